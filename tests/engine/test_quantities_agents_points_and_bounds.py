"""Quantity rules: who did the harm, points between shares, levels passed, spans thousands of years ago, rates."""

from __future__ import annotations

import pytest

from .conftest import claimed_figures, figures_in


@pytest.mark.parametrize(
    "text, figure",
    [
        ("After one attack in June killed 24 people, the army sent more troops.", "one"),
        ("Two bombs killed 13 people in the market on Friday.", "Two"),
        ("Three strikes on the town wounded at least 40 civilians.", "Three"),
        ("Two explosions killed several people near the station.", "Two"),
    ],
)
def test_a_count_of_what_did_the_harm_is_not_of_those_harmed(text, figure) -> None:
    (agent,) = [q for q in claimed_figures(text) if q.text == figure]
    assert agent.measure not in ("killed", "wounded", "casualties")


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Five people were killed the day before the talks.", "killed"),
        ("Two children injured in the blast were taken to hospital.", "wounded"),
        ("After one attack in June killed 24 people, the army sent more troops.", "killed"),
    ],
)
def test_the_harmed_keep_their_outcome(text, measure) -> None:
    harmed = [q for q in claimed_figures(text) if q.unit in ("people", "child")]
    assert harmed and all(q.measure == measure for q in harmed)


@pytest.mark.parametrize(
    "text, measure",
    [
        ("The result was a swing of 6 points to Labour, which won 41% of the vote.", "percentage points"),
        # a gap one side is ahead or behind by is a lead, whichever side the sentence stands on
        ("A poll on Sunday put Ortega on 38%, four points ahead of his nearest rival.", "poll lead"),
        ("Labour's lead has narrowed to 3 points, with the party on 35% in the latest poll.", "poll lead"),
        ("The Tories trail by 7 points on 29%, according to the survey.", "poll lead"),
    ],
)
def test_points_between_shares_of_a_vote_are_percentage_points(text, measure) -> None:
    (points,) = [q for q in figures_in(text) if "point" in q.text]
    assert (points.unit, points.measure) == ("percentage point", measure)


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
    # (the move measures the rate it moved to, whichever way its points are written)
    assert (change.unit, change.measure) == ("percentage point", "unemployment rate")
    assert level.measure == "unemployment rate"  # (a decimal point between the rate and the level is no full stop)


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


@pytest.mark.parametrize(
    "text",
    ["The benchmark 10-year yield climbed to 4.2% on Monday.", "Ten-year gilt yields rose to 4.6%."],
)
def test_a_percentage_said_of_a_yield_is_the_yield(text) -> None:
    (level,) = [q for q in figures_in(text) if q.unit == "percent"]
    assert level.measure == "yield"


@pytest.mark.parametrize(
    "text, measure",
    [
        ("The bank expects growth of 1.2% next year and 1.5% in 2028.", "growth rate"),
        ("Inflation was 3.1% in March and 2.9% in April.", "inflation rate"),
    ],
)
def test_a_rate_given_for_a_second_period_is_the_same_rate(text, measure) -> None:
    first, second = figures_in(text)
    assert (first.measure, second.measure) == (measure, measure)


def test_a_percentage_after_a_rate_and_another_noun_is_not_that_rate() -> None:
    rate, other = figures_in("Inflation was 3.1% in March and a 5% pay rise was agreed.")
    assert rate.measure == "inflation rate" and other.measure != "inflation rate"
