"""Quantity rules found by blind set 10 (tests/data/quantities_blind10.json), each on sentences of our own."""

from __future__ import annotations

import pytest

from .conftest import figures_in


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Hamilton pitted on lap 31 and came out in sixth.", []),
        ("The crash on lap 7 of the race brought out the safety car.", []),
        ("She swam from lane 4 and touched first in 52.3 seconds.", [52.3]),
        ("The Briton won heat 2 in a season's best.", []),
        ("By lap 40 of 57, six cars had retired.", [57, 6]),
    ],
)
def test_a_lap_a_lane_or_a_heat_numbered_is_no_figure(text: str, kept: list[float]) -> None:
    assert [q.value for q in figures_in(text)] == kept


@pytest.mark.parametrize(
    "text, values",
    [
        ("The chamber now stands at Republicans 218, Democrats 215, with two seats empty.", [218, 215, 2]),
        ("The final tally was Labour 402, Conservatives 119 and Liberals 64.", [402, 119, 64]),
    ],
)
def test_a_party_before_its_seats_in_a_tally_is_a_count_not_a_name(text: str, values: list[float]) -> None:
    assert [q.value for q in figures_in(text)] == values


def test_a_name_before_a_number_still_names_it() -> None:
    assert figures_in("The Big 12 schools meet in Dallas.") == []


@pytest.mark.parametrize(
    "text",
    [
        "City played the last half hour with one fewer man.",
        "For the mayor it is one less thing to worry about.",
    ],
)
def test_one_fewer_or_one_less_is_no_count(text: str) -> None:
    assert [q.value for q in figures_in(text) if q.value == 1] == []


def test_one_before_a_counted_noun_still_counts() -> None:
    (q,) = figures_in("One man was arrested at the scene.")
    assert q.value == 1


@pytest.mark.parametrize(
    "text, date, kept",
    [
        ("Only 90 wolves roamed the park two decades ago.", "2006", [90]),
        ("The town had 4,000 people a decade ago.", "2016", [4000]),
        ("Three decades ago the mill employed 900 workers.", "1996", [900]),
    ],
)
def test_decades_ago_is_a_date_not_a_span(text: str, date: str, kept: list[float]) -> None:
    from corpus.extract.dates import find_dates, resolve

    (mention,) = find_dates(text)
    assert resolve(mention, "2026-05-20", False)[0] == date
    assert [q.value for q in figures_in(text)] == kept


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Border guards seized 640 kg of heroin.", "kilogram"),
        ("The country bought about 3,500 metric tons of wheat.", "tonne"),
        ("The country bought about 3,500 tonnes of wheat.", "tonne"),
        ("The mine produced 48,000 ounces of silver.", "ounce"),
        ("The barge carried 900 tons of coal.", "ton"),
        ("Inspectors found 35 grams of cannabis.", "gram"),
    ],
)
def test_a_mass_is_measured_in_its_unit(text: str, unit: str) -> None:
    (q,) = figures_in(text)
    assert (q.unit, q.measure) == (unit, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The truck weighs 7,500kg when loaded.",
        "The bell weighed about 3 tonnes.",
        "Each panel weighs just 19 pounds.",
    ],
)
def test_what_weighs_a_mass_has_it_as_its_weight(text: str) -> None:
    (q,) = figures_in(text)
    assert q.measure == "weight"


def test_a_dose_is_no_mass_measure() -> None:
    (q,) = figures_in("Patients took 20mg of the drug.")
    assert q.measure != "milligram"


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Of the 40 people hurt in the blast, nine remain in critical condition.", "critical condition"),
        ("Two workers are in a serious condition after the fall.", "serious condition"),
    ],
)
def test_the_state_the_hurt_are_said_to_be_in_is_their_measure(text: str, measure: str) -> None:
    assert figures_in(text)[-1].measure == measure


def test_what_weighs_a_mass_stays_the_claims_subject() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    body = "The scooter weighs just 14 kilograms and costs 399 euros.\n"
    claims, _ = extract_article(Article("t1", "New scooter", None, [], "2026-03-04", False, "t1.txt", body))
    assert [c.subject for c in claims] == ["scooter"]
