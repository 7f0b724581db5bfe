"""What a figure measures and the period it is for, read from general news English (issue 13): people vaccinated,
sheltered, dug out alive or driven out; a percentage named by its noun ("a 40% haircut", "a load factor of
91%") or a share of a named whole ("6% of its workforce"); a sum a thing is "costing"; a half or a quarter written
"1H26", "3Q" or "of last year", never part of what a move is named. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str, published: str | None = None):
    claims, _ = extract_article(make_article(sentence + "\n", published=published))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Nurses vaccinated 41,000 infants against measles in a week.", "41,000", "vaccinated"),
        ("About 9,500 pupils were vaccinated at school.", "9,500", "vaccinated"),
        ("Mudslides forced 3,200 villagers into relief camps.", "3,200", "displaced"),
        ("Some 48,000 people remain in emergency shelters.", "48,000", "displaced"),
        ("Firefighters dug 6 people out alive after the blast.", "6", "rescued"),
        ("The blaze drove 2,300 residents out of their flats.", "2,300", "displaced"),
    ],
)
def test_what_was_done_to_people_names_their_count(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Creditors accepted a 35% haircut on the loans.", "35%", "haircut"),
        ("The fund took a 12% stake in the brewer.", "12%", "stake"),
        ("The ferry line ran at a load factor of 84%.", "84%", "load factor"),
        ("The chain will shut 90 stores, about 8% of its estate.", "8%", "share of estate"),
        ("Only 23% of the population has a passport.", "23%", "share of population"),
    ],
)
def test_a_percentage_is_named_by_its_noun(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_a_thing_costing_a_sum_is_its_price() -> None:
    q = _figure("Prices kept rising, with the typical flat now costing £231,500.", "£231,500")
    assert q.measure == "price"


@pytest.mark.parametrize(
    "sentence, figure, period",
    [
        ("Sales at the toymaker rose 6% in the second half of last year.", "6%", "2025-H2"),
        ("Orders rose 4% in the first quarter of last year.", "4%", "2025-Q1"),
        ("Operating profit rose 11% in 1H26.", "11%", "2026-H1"),
        ("Net income fell 3% in 2Q 2025.", "3%", "2025-Q2"),
    ],
)
def test_halves_and_quarters_as_written(sentence: str, figure: str, period: str) -> None:
    assert _figure(sentence, figure, published="2026-08-20").period == period


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("First-half profit rose 12% to £310m.", "12%", "profit increase"),
        ("H1 revenue rose 9% to $2.1bn.", "9%", "revenue increase"),
        ("Second-quarter sales fell 5%.", "5%", "sales decrease"),
    ],
)
def test_the_period_is_no_part_of_a_moves_name(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure, published="2026-08-20").measure == measure
