"""Quantity rules: points between shares, levels passed, spans thousands of years ago, rates over a time."""

from __future__ import annotations

import pytest

from .conftest import claimed_figures, figures_in


@pytest.mark.parametrize(
    "text",
    [
        "The result was a swing of 6 points to Labour, which won 41% of the vote.",
        "A poll on Sunday put Ortega on 38%, four points ahead of his nearest rival.",
        "Labour's lead has narrowed to 3 points, with the party on 35% in the latest poll.",
        "The Tories trail by 7 points on 29%, according to the survey.",
    ],
)
def test_points_between_shares_of_a_vote_are_percentage_points(text) -> None:
    (points,) = [q for q in figures_in(text) if "point" in q.text]
    assert (points.unit, points.measure) == ("percentage point", "percentage points")


@pytest.mark.parametrize(
    "text",
    [
        "City are four points clear at the top of the table after winning 60% of their games.",
        "The Lakers led by 12 points at half-time while shooting 52% from the field.",
    ],
)
def test_points_in_a_game_stay_points(text) -> None:
    (points,) = [q for q in figures_in(text) if "point" in q.text]
    assert points.unit == "point"


@pytest.mark.parametrize(
    "text",
    [
        "The jobless rate rose 1 percentage point to 5%.",
        "The jobless rate rose 0.5 percentage points to 5%.",
        "The jobless rate rose by 1.2 points to 5%.",
    ],
)
def test_a_rate_moved_in_points_is_measured_one_way_however_written(text) -> None:
    change, level = figures_in(text)
    assert (change.unit, change.measure) == ("percentage point", "percentage points")
    assert level.measure == "jobless rate"  # (a decimal point between the rate and the level is no full stop)


@pytest.mark.parametrize(
    "text, value",
    [
        ("The death toll has passed 3,900.", 3900),
        ("Attendance at the festival has topped 80,000.", 80000),
        ("Donations have crossed the 1 million mark.", 1e6),
    ],
)
def test_a_level_passed_is_a_lower_bound(text, value) -> None:
    (q,) = claimed_figures(text)
    assert (q.change, q.low, q.high) == (">", value, None)


@pytest.mark.parametrize(
    "text",
    ["Congress passed 12 bills last year.", "The song topped three charts.", "The ship passed 40 miles off the coast."],
)
def test_a_count_or_a_distance_passed_is_exact(text) -> None:
    (q,) = claimed_figures(text)
    assert q.change == "="


@pytest.mark.parametrize(
    "text, value, change",
    [
        ("The skeletons were buried up to 5,000 years ago.", 5000, "<"),
        ("The town was founded some 3,000 years ago.", 3000, "~"),
    ],
)
def test_thousands_of_years_ago_is_a_span_not_a_date(text, value, change) -> None:
    (q,) = figures_in(text)
    assert (q.value, q.unit, q.change) == (value, "year", change)


def test_a_count_over_a_week_is_measured_apart_from_the_count() -> None:
    (weekly,) = claimed_figures("The clinic treats 400 patients a week.")
    (count,) = claimed_figures("The clinic has treated 400 patients.")
    assert (weekly.measure, count.measure) == ("patient per week", "patient")


def test_a_count_after_from_is_no_end_of_a_range_in_another_unit() -> None:
    count, span = figures_in("The team studied bones from 212 graves dug up to 4,000 years ago.")
    assert (count.value, count.unit, count.from_value) == (212, "grave", None)
    assert (span.value, span.unit, span.change) == (4000, "year", "<")


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The bank made a loss of $41 million, against a profit of $95 million a year earlier.", "$95 million"),
        ("Operating profit was £310m, down from £402m a year ago.", "£402m"),
    ],
)
def test_a_sum_a_year_earlier_is_no_payment_per_period(text, figure) -> None:
    (q,) = [q for q in claimed_figures(text) if q.text == figure]
    assert q.measure != "payment per period"


def test_a_sum_a_year_is_a_payment_per_period() -> None:
    (q,) = claimed_figures("Junior nurses earn about £35,000 a year.")
    assert q.measure == "payment per period"
