"""A day fixed for a hearing lies ahead of the report however many months away ("A trial date was set for 9
October", told in April); a day it "had been set for" and an act on a day stay in the past (sentences written for
these tests)."""

from __future__ import annotations

import pytest

from .conftest import claim_dates


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("A trial date was set for 9 October.", "2034-10-09"),
        ("The inquest was adjourned until 2 November.", "2034-11-02"),
        ("Sentencing was set for Dec. 12, the court said.", "2034-12-12"),
    ],
)
def test_a_day_fixed_ahead_is_this_years(sentence: str, date: str) -> None:
    assert claim_dates(sentence, "2034-04-10") == [date]


@pytest.mark.parametrize(
    "sentence",
    ["He was arrested on 9 October.", "The trial had been set for 9 October but was moved."],
)
def test_a_day_told_in_the_past_stays_last_years(sentence: str) -> None:
    assert claim_dates(sentence, "2034-04-10") == ["2033-10-09"]
