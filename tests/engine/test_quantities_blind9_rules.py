"""Quantity rules found by blind set 9 (tests/data/quantities_blind9.json), each on sentences of our own."""

from __future__ import annotations

import pytest

from corpus.extract.quantities import is_figure

from .conftest import claimed_figures, figures_in


@pytest.mark.parametrize(
    "text",
    [
        "The visitors were 310 all out at lunch on day two.",
        "The series goes to game seven after the Hawks won 104-99.",
        "Stokes was out for 40 in round three of the county championship.",
    ],
)
def test_a_number_word_naming_a_day_or_a_game_is_no_figure(text: str) -> None:
    assert all(q.value not in (2, 7, 3) for q in figures_in(text))


def test_a_number_word_after_a_day_with_a_determiner_still_counts() -> None:
    (q,) = figures_in("During the match two were sent off for dissent.")
    assert q.value == 2


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The euro slipped half a cent against the dollar.", 0.5, "cent"),
        ("The ferry left half an hour late.", 0.5, "hour"),
        ("The new lane added half a mile to the route.", 0.5, "mile"),
    ],
)
def test_half_of_a_unit_is_a_figure_in_that_unit(text: str, value: float, unit: str) -> None:
    (q,) = figures_in(text)
    assert (q.value, q.unit) == (value, unit)


def test_half_a_century_is_still_no_figure() -> None:
    assert figures_in("The mill has stood empty for half a century.") == []


def test_a_decimal_of_a_percentage_point_is_in_percentage_points() -> None:
    (q,) = figures_in("The jobless rate rose by 0.3 of a percentage point in May.")
    assert (q.value, q.unit, q.change, q.text) == (0.3, "percentage point", "up", "0.3 of a percentage point")


@pytest.mark.parametrize(
    "text",
    [
        "He finished fourth in the 400m hurdles at the trials.",
        "She swam the 200m freestyle in under two minutes.",
        "The 100m final was run into a headwind.",
    ],
)
def test_a_race_named_by_its_distance_is_in_metres(text: str) -> None:
    (q, *_) = figures_in(text)
    assert q.unit == "metre" and q.value in (400, 200, 100)


def test_millions_before_a_counted_noun_stay_millions() -> None:
    (q,) = figures_in("The app now has 4m runners in 30 countries.")[:1]
    assert q.value == 4_000_000


def test_a_name_opening_the_sentence_then_an_adverb_and_its_verb_is_no_figure() -> None:
    (q,) = figures_in("Windows 11 now runs on about 42% of office PCs.")
    assert (q.value, q.unit) == (42, "percent")


def test_as_high_as_is_an_upper_bound() -> None:
    (q,) = figures_in("Mortgage rates climbed as high as 6.2% last year.")
    assert (q.value, q.change, q.low, q.high) == (6.2, "<", None, 6.2)


@pytest.mark.parametrize(
    "text",
    ["A mother of three from Leeds was fined £500 for fly-tipping.", "The driver, a father of two, was fined £500."],
)
def test_a_parent_of_so_many_is_who_someone_is_not_a_figure(text: str) -> None:
    family, fine = claimed_figures(text)
    assert family.measure == "family" and not is_figure(family)
    assert is_figure(fine) and fine.value == 500


def test_parents_of_so_many_named_things_count_them() -> None:
    (q,) = figures_in("Parents of 300 pupils signed the letter.")
    assert (q.value, q.unit) == (300, "pupil") and is_figure(q)
