"""A day an event is announced, called or set for ("announced a walkout on 12 November") lies ahead of the report
when it is within months of it, and the days listed before a date ("on 3, 5 and 12 November") are one date with
it, not a clause that hides the verb of what is to come. What was done on a day stays behind. Our own sentences."""

from __future__ import annotations

import pytest

from tests.engine.conftest import claim_dates


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Cabin crew at Lowmoor airport will walk out on 3, 5 and 12 November.", "2027-11-12"),
        ("The nurses' union has announced a walkout at four hospitals on 12 November.", "2027-11-12"),
        ("The premier called a snap election for 30 November.", "2027-11-30"),
    ],
)
def test_a_day_still_to_come(sentence: str, date: str) -> None:
    assert claim_dates(sentence, "2027-10-19") == [date]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Cabin crew at Lowmoor airport walked out on 3, 5 and 12 November.", "2026-11-12"),
        ("The nurses' union held a walkout at four hospitals on 12 November.", "2026-11-12"),
    ],
)
def test_a_day_something_was_done_stays_behind(sentence: str, date: str) -> None:
    assert claim_dates(sentence, "2027-10-19") == [date]
