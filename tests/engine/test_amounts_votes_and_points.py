"""Measure families of an amount of a good by what was done with it or what it is said of ("harvested 14 million
tonnes": harvest, "seized 2 tonnes of cocaine": seized, "the maize crop is forecast at 9 million tonnes": harvest),
of a share of the vote, of a seat or a bill won "with a majority of 42", and of points a player scored. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measure_of(sentence: str, text: str) -> str | None:
    claims, _ = extract_article(Article("tv", "Desk", None, [], "2026-06-10", False, "tv.txt", sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        # the verb right before the amount
        ("Growers harvested 8.2 million tonnes of barley this year.", "8.2 million tonnes", "harvest"),
        ("Border police seized 2.1 tonnes of cannabis at the port.", "2.1 tonnes", "seized"),
        ("The field pumped 640,000 barrels a day in March.", "640,000 barrels a day", "output"),
        ("The mine produced 98,000 ounces of gold last year.", "98,000 ounces", "output"),
        ("Vietnam exported about 1.9 million tonnes of coffee.", "about 1.9 million tonnes", "exports"),
        # the noun it is said of
        ("The maize crop is forecast at 9.3 million tonnes.", "9.3 million tonnes", "harvest"),
        ("Olive oil production fell to 1.1 million tonnes.", "1.1 million tonnes", "output"),
    ],
)
def test_an_amount_of_a_good_takes_the_family_of_what_was_done_with_it(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("The lorry carried 24 tonnes of gravel.", "24 tonnes", "tonne"),  # carried: no family, the unit stays
        ("The bridge weighs 1,800 tonnes.", "1,800 tonnes", "weight"),  # a weight, as before
    ],
)
def test_an_amount_with_no_such_verb_or_noun_keeps_its_measure(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("The Greens took 18.4% of the vote, their best result.", "18.4%", "vote share"),
        ("The mayor won 52% of votes cast.", "52%", "vote share"),
        # a majority a seat or a bill was won by, told bare
        ("She held the seat with a majority of just 61.", "61", "margin"),
        ("The motion passed with a majority of 12.", "12", "margin"),
        # points scored or let in
        ("Adeyemi scored 34 points as the Falcons won.", "34 points", "points"),
        ("The champions conceded 21 points in the second half.", "21 points", "points"),
    ],
)
def test_votes_majorities_and_points_are_measured(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("The coalition has a majority of 53 senators.", "53", "senator"),  # a majority of them: senators counted
        ("The index added 87 points on Monday.", "87 points", None),  # an index's points: no game's
    ],
)
def test_what_is_no_margin_or_game_points_is_not_read_as_one(sentence: str, text: str, measure: str | None) -> None:
    assert _measure_of(sentence, text) == measure
