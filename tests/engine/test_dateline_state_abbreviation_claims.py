"""An AP dateline whose state is abbreviated ("MEDFORD, Ore. (AP) —") opens the first claim, which is the
report's own words: the state's period ends no sentence, so no "(AP) —" is left in front of the claim."""

from __future__ import annotations

import pytest

from corpus.extract.sentences import split_sentences
from corpus.model import Article
from corpus.pipeline import extract_one


@pytest.mark.parametrize("state", ["Ore.", "Calif.", "Wash.", "Ill.", "Tenn."])
def test_the_abbreviated_state_before_an_agency_ends_no_sentence(state: str) -> None:
    text = f"LAKEVIEW, {state} (AP) — Crews cut a firebreak overnight. Rain is forecast."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        f"LAKEVIEW, {state} (AP) — Crews cut a firebreak overnight.",
        "Rain is forecast.",
    ]


def test_the_claim_after_an_abbreviated_state_is_the_reports_own_words() -> None:
    body = "Fire grows\nLAKEVIEW, Ore. (AP) — The blaze has burned 9,400 acres since Sunday, forestry officials said.\n"
    article = Article(
        id="a",
        title=None,
        outlet=None,
        authors=[],
        published="2027-08-10",
        published_estimated=False,
        source_file="a.txt",
        body=body,
    )
    _, claims, _, _ = extract_one(article)
    assert [c.text for c in claims] == ["The blaze has burned 9,400 acres since Sunday, forestry officials said."]


def test_a_bracketed_aside_after_a_full_stop_still_opens_a_sentence() -> None:
    text = "The vote passed. (The count took an hour.) Turnout was low."
    assert len(split_sentences(text)) >= 2
