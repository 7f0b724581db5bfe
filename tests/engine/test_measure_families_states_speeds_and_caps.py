"""What a figure measures from the words right after or around it (issue 13: a figure's measure): what the people
counted are in (out of work, sleeping rough, in need of aid, facing hunger, on a waiting list, in hospital), the top
speed a vehicle reaches, a vaccine's protection, the level a sum per a period moved to, the noun a sum is "of", things
told as cancelled. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The jobless rate edged up to 4.1%, with 1.2 million people out of work.", "1.2 million", "unemployed"),
        ("Volunteers counted 2,700 people sleeping rough in the city.", "2,700", "rough sleeping"),
        ("The floods left 320,000 people in need of food aid.", "320,000", "in need of aid"),
        ("Some 1.4 million people face severe hunger in the north.", "1.4 million", "food insecurity"),
        ("The storm left 40,000 people without help for days.", "40,000", "people"),
        ("Some 2,600 households are on the council's waiting list.", "2,600", "waiting list"),
        ("About 5,300 patients in the region are waiting for a hip operation.", "5,300", "waiting list"),
        ("The heatwave put 730 people in hospital.", "730", "hospitalised"),
        ("Some 900 nurses in hospitals across the region backed the offer.", "900", "nurse"),  # where they work
    ],
)
def test_what_the_people_counted_are_in_names_their_count(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The new high-speed trains reach 300 km/h.", "300 km/h", "top speed"),
        ("The electric car can hit 155 mph.", "155 mph", "top speed"),
        ("He was doing 90 mph in a 30 mph zone.", "90 mph", "speed"),
        ("Winds reached 130 mph on the coast.", "130 mph", "wind speed"),
    ],
)
def test_the_speed_a_vehicle_reaches_is_its_top_speed(sentence: str, figure: str, measure: str | None) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("In adults over 70, the vaccine gave 64% protection against hospital admission.", "64%", "efficacy"),
        ("The jab showed 88% efficacy in the trial.", "88%", "efficacy"),
        ("The fire is 40% contained.", "40%", "containment"),
    ],
)
def test_a_vaccines_protection_is_its_efficacy(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The regulator raised the price cap by 5.1% to £1,790 a year.", "£1,790 a year", "price cap"),
        ("Council tax will rise by 4.9% to £2,110 a year.", "£2,110 a year", "council tax"),
        ("Each tenant will pay £240 a year more.", "£240 a year", "payment per period"),
    ],
)
def test_a_sum_per_a_period_a_named_thing_moved_to_is_its_level(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Motorists face a toll of €9.80 to use the tunnel.", "€9.80", "toll"),
        ("The judge made a confiscation order of £2.4m.", "£2.4m", "confiscation order"),
        ("The kidnappers demanded a ransom of $3 million.", "$3 million", "ransom"),
    ],
)
def test_a_sum_a_noun_is_of_takes_that_nouns_name(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_a_sums_size_names_no_kind_of_sum() -> None:
    assert _figure("Donors gave a total of $5m to the appeal.", "$5m").measure != "total"


def test_things_told_as_cancelled_before_their_noun_are_cancelled() -> None:
    assert _figure("Rail strikes led to 3,200 cancelled trains over the weekend.", "3,200").measure == "cancelled"
