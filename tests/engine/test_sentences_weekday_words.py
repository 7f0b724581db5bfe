"""A weekday's abbreviation ends no sentence only before a date or a time ("Sun. Oct. 5"); "the Sun." or "He
sat." end theirs (issue 14). Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The study was first reported by the Sun. Doctors said the risk was small.",
        "He sat. Nobody spoke for a minute.",
        "The couple will wed. Their families agreed on Monday.",
    ],
)
def test_a_weekday_word_at_a_sentence_end_ends_it(text: str) -> None:
    assert len(_sentences(text)) == 2


@pytest.mark.parametrize("text", ["The final is on Sun. Oct. 5 at noon.", "Doors open on Sat. 3 p.m., the club said."])
def test_a_weekday_before_a_date_or_time_goes_on(text: str) -> None:
    assert len(_sentences(text)) == 1
