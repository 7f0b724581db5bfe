"""What a figure counts, read from the words around it (issue 13: a figure's measure): homes without a supply other
than power, those a rescue is still searching for, a share of a whole named in the singular, a sum named before
"cost(s)" or a verb in its base form, and the span someone waits. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _measure(sentence: str, figure: str) -> str | None:
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The burst main left 23,000 homes without water on Sunday.", "23,000", "without water"),
        ("About 7,400 households lost their gas supply after the pipe fractured.", "7,400", "without gas"),
        ("Some 5,100 customers were still without running water last night.", "5,100", "without water"),
        ("Nearly 31,000 properties remain without broadband after the cable was cut.", "31,000", "without broadband"),
        # power keeps its name, whichever word the report gives it
        ("The gale left 18,000 homes without electricity.", "18,000", "without power"),
        # "the number of ... without" a supply counts them too
        ("The number of customers without water has fallen to 6,200.", "6,200", "without water"),
        ("The number of homes still without electricity stood at 2,900.", "2,900", "without power"),
    ],
)
def test_homes_without_a_supply(sentence: str, figure: str, measure: str) -> None:
    assert _measure(sentence, figure) == measure


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Rescue crews were still searching for 11 people on Thursday after the mudslide.", "11"),
        ("Divers searched for four fishermen after their trawler capsized.", "four"),
        ("Rescuers are looking for at least seven after the landslide buried the road.", "at least seven"),
    ],
)
def test_those_a_rescue_searches_for_are_missing(sentence: str, figure: str) -> None:
    assert _measure(sentence, figure) == "missing"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Police are searching for two men after the robbery.", "two"),  # a manhunt: no one is missing
        ("Rescuers searched 3 km of riverbank after the flood.", "3 km"),  # a length, no one sought
    ],
)
def test_a_search_with_no_one_missing(sentence: str, figure: str) -> None:
    assert _measure(sentence, figure) != "missing"


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("About 64% of the group's income comes from licensing.", "64%", "share of income"),
        ("Some 30% of the council's budget goes to social care.", "30%", "share of budget"),
        # a plural group stays the group
        ("About 72% of nurses backed the strike.", "72%", "share of nurses"),
    ],
)
def test_a_share_of_a_whole_said_to_come_from_somewhere(sentence: str, figure: str, measure: str) -> None:
    assert _measure(sentence, figure) == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("A single tram fare will cost €2.20 from March.", "€2.20", "price"),
        ("Household water bills will fall by £38 a year to £471 from April.", "£471", "price"),
        ("Season ticket prices go up by £15 to £640 next year.", "£640", "price"),
        # only the noun right before "costs" names the sum ("premium" here is the ice cream's)
        ("A tub of premium sorbet costs $7.", "$7", "price"),
    ],
)
def test_a_named_sum_before_a_verb_in_any_form(sentence: str, figure: str, measure: str) -> None:
    assert _measure(sentence, figure) == measure


def test_a_later_count_without_water_updates_the_first() -> None:
    from .conftest import links_of, relations_between

    first = make_article(
        "The burst main in Veltra left about 48,000 homes without water on Saturday, the utility Aquaris said.\n",
        published="2037-02-07",
        outlet="Valley Wire",
        title="Burst main cuts water in Veltra",
    )
    later = make_article(
        "About 9,000 homes in Veltra were still without water on Monday, two days after the main burst, Aquaris said.\n",
        published="2037-02-09",
        outlet="Riverside Post",
        title="Thousands still without water in Veltra",
    )
    assert relations_between(links_of(first, later), "About 9,000", "about 48,000") == ["updates"]


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Patients in the county waited a median of 39 days for a scan.", "39 days"),
        ("Hauliers faced waits of up to 22 hours at the port.", "up to 22 hours"),
        ("Waiting times for knee surgery have risen to 34 weeks.", "34 weeks"),
    ],
)
def test_a_span_waited_is_a_waiting_time(sentence: str, figure: str) -> None:
    assert _measure(sentence, figure) == "waiting time"


def test_a_span_with_no_wait_is_no_waiting_time() -> None:
    assert _measure("The strike will last 22 hours, the union said.", "22 hours") != "waiting time"
