"""What a thing costs is its price, the level a named sum moved to is of its family, and a sum told as a difference
from a named sum is of that sum's family, read as a rise or a fall (issue 13: a figure's measure). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.xref.features import compared_measure

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The new games console costs $499 in the US.", "$499"),
        ("The e-reader has a brighter screen and costs £129.", "£129"),
    ],
)
def test_what_a_thing_costs_is_its_price(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "price"


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The new stadium will cost £900m to build.", "£900m", "cost"),  # making it
        ("The refurbishment costs about $40m.", "about $40m", "cost"),  # a work's cost
    ],
)
def test_what_making_a_thing_costs_stays_its_cost(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure, change",
    [
        ("The appeal raised £1.8m over the weekend, £300,000 more than last year.", "£300,000", "donations", "up"),
        ("The tablet costs $549, $80 less than the model it replaces.", "$80", "price", "down"),
    ],
)
def test_a_difference_from_a_named_sum_is_a_move_of_its_family(
    sentence: str, figure: str, measure: str, change: str
) -> None:
    difference = _figure(sentence, figure)
    assert (difference.measure, difference.change) == (measure, change)
    assert compared_measure(difference) is None  # (a move, never a level set against another report's sum)


def test_a_difference_after_an_unnamed_sum_names_nothing() -> None:
    # (the first sum is named by nothing, so the second takes no family from it)
    assert _figure("He handed over £5,000, £1,000 more than agreed.", "£1,000").measure == "amount"


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Heating oil climbed 9 cents a gallon this week to $3.41.", "$3.41", "price"),
        ("Unleaded fell by 3p a litre over the fortnight, to an average of 138.9p.", "138.9p", "price"),
        ("Ether dropped $180 to $2,940 overnight.", "$2,940", "price"),
        ("The euro gained 0.6 cents to $1.164.", "$1.164", "exchange rate"),
    ],
)
def test_the_level_a_named_sum_moved_to_is_of_its_family(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_a_sum_after_an_unnamed_sum_move_names_nothing() -> None:
    assert _figure("The bidder raised its offer by $2bn to $31bn.", "$31bn").measure == "amount"
