"""What a figure measures, named by the words right around it (issue 13: a figure's measure): those a trial enrolled,
how effective or how contained a thing is, what a venue or a craft holds, life expectancy, a harvest or an output
forecast with its place, and sums a court orders, a drug seizure is worth or a change costs. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _measure(sentence: str, figure: str) -> str | None:
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The vaccine cut infections by half in a trial of 16,000 volunteers.", "16,000"),
        ("The pill lowered cholesterol in a study involving about 2,300 patients.", "about 2,300"),
    ],
)
def test_those_a_trial_enrolled_are_its_participants(sentence: str, figure: str) -> None:
    assert _measure(sentence, figure) == "participants"


def test_a_polls_sample_is_no_trials_participants() -> None:
    assert _measure("A poll of 1,300 voters found the mayor ahead.", "1,300") != "participants"


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The booster was 76% effective against hospital admission.", "76%", "efficacy"),
        ("The bushfire is now 65% contained, officials said.", "65%", "containment"),
    ],
)
def test_a_percentage_said_of_the_word_after_it(sentence: str, figure: str, measure: str) -> None:
    assert _measure(sentence, figure) == measure


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The cup final will be played at the city's stadium, which holds 48,000.", "48,000"),
        ("The new ferry can carry up to 1,400 passengers.", "up to 1,400"),
    ],
)
def test_what_a_venue_or_a_craft_holds_is_its_capacity(sentence: str, figure: str) -> None:
    assert _measure(sentence, figure) == "capacity"


def test_seats_a_party_holds_are_no_capacity() -> None:
    assert _measure("Of the 120 seats, the ruling bloc holds 64 and the opposition 56.", "64") != "capacity"


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Life expectancy for women rose to 83.1 years in 2025.", "83.1 years", "life expectancy"),
        ("The district has a life expectancy of 72 years.", "72 years", "life expectancy"),
    ],
)
def test_years_of_life_expectancy(sentence: str, figure: str, measure: str) -> None:
    assert _measure(sentence, figure) == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The grape harvest in Portugal is expected to come in at 6.1 million hectolitres.", "6.1 million", "harvest"),
        ("Oil output from the new field will peak at 180,000 barrels a day.", "barrels a day", "output"),
    ],
)
def test_a_harvest_or_an_output_forecast_where_it_is(sentence: str, figure: str, measure: str) -> None:
    assert _measure(sentence, figure) == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Police seized 80kg of cocaine with a street value of £6.4m.", "£6.4m", "street value"),
        ("The landlord was ordered to pay £2,400 in costs.", "£2,400", "cost"),
        ("The new rules will cost landlords an extra £340m.", "£340m", "cost"),
    ],
)
def test_a_sum_named_by_the_words_around_it(sentence: str, figure: str, measure: str) -> None:
    assert _measure(sentence, figure) == measure
