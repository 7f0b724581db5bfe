"""Quantity rules: "20-odd" is about 20, rents and pay per calendar month, week or year, pay bands and tiers."""

from __future__ import annotations

import pytest

from .conftest import figures_in


@pytest.mark.parametrize(
    "text, written, unit",
    [
        ("He has spent 30-odd years in the job.", "30-odd years", "year"),
        ("Some 40-odd people turned up to the meeting.", "Some 40-odd", "people"),
    ],
)
def test_a_number_odd_is_about_that_many(text, written, unit) -> None:
    (q,) = figures_in(text)
    assert (q.text, q.unit, q.change, q.low, q.high) == (written, unit, "~", q.value, q.value)


@pytest.mark.parametrize(
    "text, written, unit",
    [
        ("He paid £1,250pcm for a one-bed flat.", "£1,250pcm", "GBP per month"),
        ("Rents average £1,250 pcm in the town.", "£1,250 pcm", "GBP per month"),
        ("The room is let at £180pw.", "£180pw", "GBP per week"),
        ("The post pays £40,000pa plus benefits.", "£40,000pa", "GBP per year"),
    ],
)
def test_a_sum_per_calendar_month_week_or_year_is_a_rate(text, written, unit) -> None:
    (q,) = figures_in(text)
    assert (q.text, q.unit) == (written, unit)


@pytest.mark.parametrize(
    "text",
    ["It is worth £2,000 a year for a typical band 5 nurse.", "The city moves into tier 3 restrictions on Monday."],
)
def test_a_pay_band_or_a_tier_is_named_by_its_number(text) -> None:
    assert all(q.value not in (5, 3) for q in figures_in(text))
