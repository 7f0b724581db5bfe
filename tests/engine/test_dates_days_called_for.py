"""A weekday something is called, booked or declared for ("called a strike for Friday", "declared Thursday a day
of mourning") lies ahead of the report; the day something happened ("Friday's strike", "on Friday") stays behind.
Our own sentences."""

from __future__ import annotations

import pytest

from tests.engine.conftest import claim_dates


# 2027-09-21 is a Tuesday.
@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The dockers' union called a strike at the container terminal for Friday.", "2027-09-24"),
        ("The mayor declared Thursday a day of mourning for the 12 victims of the fire.", "2027-09-23"),
        ("Talks between the two sides have been booked for Monday, the union said.", "2027-09-27"),
    ],
)
def test_a_day_called_or_declared_for_lies_ahead(sentence: str, date: str) -> None:
    assert claim_dates(sentence, "2027-09-21") == [date]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The union held a strike at the container terminal on Friday, police said.", "2027-09-17"),
        ("Police arrested 14 people for Friday's violence at the container terminal.", "2027-09-17"),
    ],
)
def test_a_day_that_happened_stays_behind(sentence: str, date: str) -> None:
    assert claim_dates(sentence, "2027-09-21") == [date]
