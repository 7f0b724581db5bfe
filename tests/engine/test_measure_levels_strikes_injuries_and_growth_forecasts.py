"""Measure families and periods read from the words around a figure (issue 13): the sum a named thing moved to, with
the time of the move between ("The average price paid for a home climbed 3.2% in the year to October, to £287,400":
`price`, was `amount`); days of strikes are a strike's length ("staged 14 days of walkouts": `strike`, was `time
span`); people treated for injuries are the injured ("treated 1,242 people for firework injuries": `wounded`, was
`people`); a growth forecast of those who forecast an economy, told by its noun, is `economic growth forecast`
("Forecasters at the central bank cut their growth estimate for next year to 0.8%, from 1.2%": both; was `share`); a
time named in a clause opened by ", after" is that clause's figure's, not the one before ("confirmed 6,153 exoplanets,
after the telescope added 212 to the tally this year": 6,153 has no period); the economy's growth named with its
quarter is `economic growth` ("revised the economy's second-quarter growth to 0.9% from 0.7%"; was `share`); a count
of a head that names many kinds of thing is named with its kind ("1,436 bird strikes": `bird strike`, "312,560
parking tickets": `parking ticket`; were `strike`, `ticket`); "half the 4,600 councillors" counts councillors (was
"4,600 councillors", the whole's figure read as part of what is counted). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str, published: str = "2026-11-20"):
    claims, _ = extract_article(make_article(sentence + "\n", published=published))
    return next(q for c in claims for q in c.quantities if q.text.startswith(figure))


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The average price paid for a flat in the city rose 4.1% in the year to September, to £312,600.", "£312,600"),
        ("Bitcoin slid 6% on Tuesday to $61,200.", "$61,200"),
    ],
)
def test_the_sum_a_named_thing_moved_to_with_the_time_between_is_of_it(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "price"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Junior doctors staged 12 days of walkouts over the autumn.", "12 days"),
        ("The union has called 10 days of strike action in March.", "10 days"),
    ],
)
def test_days_of_strikes_are_a_strikes_length(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "strike"


def test_days_of_anything_else_stay_what_they_were() -> None:
    assert _figure("Junior doctors staged 12 days of walkouts.", "12 days").measure == "strike"
    assert _figure("It took 12 days of talks to agree a deal.", "12 days").measure != "strike"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Hospitals treated 860 people for firework injuries over the weekend.", "860"),
        ("The burns unit treated 214 patients for burns after the refinery blast.", "214"),
    ],
)
def test_people_treated_for_injuries_are_the_injured(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "wounded"


def test_people_treated_for_an_illness_are_no_injured() -> None:
    assert _figure("Hospitals treated 860 people for burns last winter.", "860").measure == "wounded"
    assert _figure("Clinics treated 400 patients for flu last week.", "400").measure != "wounded"


def test_a_growth_forecast_told_by_its_noun_is_an_economic_growth_forecast() -> None:
    sentence = "Forecasters at the central bank trimmed their growth estimate for next year to 0.9%, from 1.4% in June."
    assert _figure(sentence, "0.9%").measure == "economic growth forecast"
    assert _figure(sentence, "1.4%").measure == "economic growth forecast"
    assert _figure("The retailer cut its sales growth forecast to 3%.", "3%").measure != "economic growth forecast"


def test_a_time_in_a_clause_after_a_comma_and_after_is_that_clauses() -> None:
    sentence = "Surveyors have now mapped 4,310 shipwrecks, after the sonar team added 190 to the register this year."
    assert _figure(sentence, "4,310", published="2026-12-01").period is None
    assert _figure(sentence, "190", published="2026-12-01").period == "2026"


def test_the_economys_growth_named_with_its_quarter_is_economic_growth() -> None:
    sentence = "The statistics office revised the economy's second-quarter growth to 0.9% from 0.7%."
    assert _figure(sentence, "0.9%", published="2026-08-28").measure == "economic growth"


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Air crews reported 2,210 bird strikes at the region's airfields last year.", "2,210", "bird strike"),
        ("Wardens issued 48,300 parking tickets in the old town in the spring.", "48,300", "parking ticket"),
        ("Mortgage approvals slipped to 61,900 in April, the bank said.", "61,900", "mortgage approval"),
        ("Officers logged 9,840 car thefts across the county in 2025.", "9,840", "car theft"),
    ],
)
def test_a_count_of_a_head_of_many_kinds_is_named_with_its_kind(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_a_count_of_such_a_head_told_by_how_many_keeps_its_lemma() -> None:
    assert _figure("Officers logged 9,840 car thefts across the county.", "9,840").measure == "car theft"
    assert _figure("Officers logged 9,840 recorded thefts across the county.", "9,840").measure == "theft"


def test_a_fraction_of_a_whole_told_by_its_figure_counts_the_things_not_the_figure() -> None:
    fraction = _figure("Only half the 3,200 nurses promised have been hired.", "half")
    assert (fraction.counted, fraction.counted_lemma) == ("nurses", "nurse")
