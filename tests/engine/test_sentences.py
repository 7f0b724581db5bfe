"""Sentence splitting on news text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus.extract.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.N. Security Council met. It voted.", ["The U.N. Security Council met.", "It voted."]),
        ("Officials arrived on Oct. 3 in Geneva. Talks began.", ["Officials arrived on Oct. 3 in Geneva.", "Talks began."]),
        ("The strike hit on Feb. 25, 2025. KCNA confirmed it.", ["The strike hit on Feb. 25, 2025.", "KCNA confirmed it."]),
        ("J. R. Smith and Dr. Ana Ruiz spoke. They agreed.", ["J. R. Smith and Dr. Ana Ruiz spoke.", "They agreed."]),
        ("Aid came from the U.S. The EU sent more.", ["Aid came from the U.S.", "The EU sent more."]),
        ("Sanctions hit U.S. firms hard.", ["Sanctions hit U.S. firms hard."]),
        ("He called it a “hoax.” Others disagreed.", ["He called it a “hoax.”", "Others disagreed."]),
        (
            "“It could matter. Especially now,” the official said. Nobody replied.",
            ["“It could matter. Especially now,” the official said.", "Nobody replied."],
        ),
        ("Gov. Helen Marsh spoke — briefly — at noon. No questions.", ["Gov. Helen Marsh spoke — briefly — at noon.", "No questions."]),
        ("Is it legal? No. It is not.", ["Is it legal?", "No.", "It is not."]),
        ("A line without a final stop", ["A line without a final stop"]),
    ],
)
def test_news_sentences(text, expected) -> None:
    assert _split(text) == expected


def test_offsets_are_relative_to_the_given_offset() -> None:
    assert split_sentences("One two. Three four.", offset=100) == [(100, 108), (109, 120)]


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = "He said “this never closes. Then more text follows. " + "Filler sentence here. " * 60
    assert len(split_sentences(text)) > 30


@given(st.text(alphabet=st.sampled_from(list("ab .?!\"“”'\nUS")), max_size=200))
def test_spans_are_ordered_trimmed_and_inside_the_text(text) -> None:
    spans = split_sentences(text)
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous = end
