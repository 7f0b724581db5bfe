"""A month named just after the report's, judged in the present as possible or likely, lies ahead (issue 13).
Our own sentences."""

from __future__ import annotations

import pytest

from tests.engine.conftest import claim_dates


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        (
            "A cut in interest rates in July is possible if prices keep falling, a rate-setter said.",
            "2027-06-02",
            "2027-07",
        ),
        ("The stronger data makes a rate rise in August less likely, analysts said.", "2027-06-10", "2027-08"),
        ("A second vote in September looks certain, party officials said.", "2027-07-01", "2027-09"),
    ],
)
def test_a_month_judged_possible_or_likely_lies_ahead(sentence: str, published: str, date: str) -> None:
    assert claim_dates(sentence, published) == [date]


@pytest.mark.parametrize(
    ("sentence", "published", "date"),
    [
        ("The company reported a loss of 4 million euros in July, its chief executive said.", "2027-06-02", "2026-07"),
        ("Sales in August were 4% higher than a year earlier, the company said.", "2027-06-10", "2026-08"),
    ],
)
def test_a_month_of_what_happened_stays_behind(sentence: str, published: str, date: str) -> None:
    assert claim_dates(sentence, published) == [date]


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The ministry ordered farms across the country to keep their hens indoors from Thursday.", "2027-11-11"),
        ("Police told residents to stay indoors from Thursday.", "2027-11-11"),
    ],
)
def test_what_is_ordered_from_a_weekday_starts_then(sentence: str, date: str) -> None:
    assert claim_dates(sentence, "2027-11-08") == [date]  # (a Monday)


def test_a_state_since_a_weekday_stays_behind() -> None:
    assert claim_dates("The shop has been closed from Thursday, the owner said.", "2027-11-08") == ["2027-11-04"]


def test_a_forecast_in_the_perfect_was_made_in_the_month_named() -> None:
    assert claim_dates("The ministry had forecast a harvest of 31 million tonnes in May.", "2027-08-04") == ["2027-05"]
    assert claim_dates("The ministry forecasts a harvest of 31 million tonnes in October.", "2027-08-04") == ["2027-10"]
