"""Claims worth checking: background and colour stay readable text but are not claims."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _claim_texts(body: str) -> list[str]:
    claims, _ = extract_article(make_article(body))
    return [c.text for c in claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "The harbour of Valmora reopened to cargo ships after the repairs.",  # names a party
        "The storm killed 14 people in the valley.",  # a figure
        "The council said the road would reopen.",  # a reported statement
        "It is spread by ticks, not from person to person.",  # continues a named subject
        "The ministry denied any delay.",  # a denial
        "For decades Drusia has been one of Kavaria's closest allies.",  # what one named party is to another
    ],
)
def test_checkable_sentences_are_claims(sentence: str) -> None:
    assert _claim_texts(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Of course, nobody expected the rain to last that long.",  # opinion opener
        "But we don't live in normal times any more.",  # the writer's own voice
        "“Every street, every school, every family.”",  # a quotation nobody is named for
        "What a week it has been for everyone here!",  # an exclamation
        "Rain fell all morning over the quiet streets.",  # colour naming no party
        "Mayor Tomas Berg is a tall man with a loud laugh.",  # a description, nothing done
    ],
)
def test_background_and_colour_are_not_claims(sentence: str) -> None:
    assert _claim_texts(sentence) == []
