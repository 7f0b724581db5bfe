"""Measure families of a sum named by the verb right before it ("borrowed £17.4bn": borrowing), of a sum per a time
named by what it is ("rents ... to £2,252 a month": rent, not a payment per month), and of a stock or survey index
named as the subject of its level or its move ("The FTSE 100 closed down 1.4% at 8,102.5"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measure_of(sentence: str, text: str) -> str | None:
    claims, _ = extract_article(Article("ti", "Desk", None, [], "2026-06-10", False, "ti.txt", sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("Tourists spent £4.1bn in the region last year.", "£4.1bn", "spending"),
        # and a percent comparing it with another time is its move
        ("Visitors spent £32.5bn, 9% more than in 2024.", "9%", "spending increase"),
        ("The state borrowed $9.2bn in the first quarter.", "$9.2bn", "borrowing"),
        ("Each household would save an average of $640 under the plan.", "$640", "savings"),
        ("The council will shut two depots to save £3.5 million a year.", "£3.5 million a year", "savings"),
        ("The utility must repay $1.1 billion to customers.", "$1.1 billion", "repayment"),
    ],
)
def test_a_sum_takes_the_family_of_the_verb_before_it(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("Average rents in the city rose 6% to €1,980 a month.", "€1,980 a month", "rent"),
        ("Tuition fees will rise to $41,000 a year from 2027.", "$41,000 a year", "fee"),
        # named by nothing: a payment per its time, as before
        ("She earns £900 a week.", "£900 a week", "payment per period"),
    ],
)
def test_a_sum_per_a_time_named_by_what_it_is_takes_that_family(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


def test_a_pledge_stays_a_donors_sum() -> None:
    # a donor's pledge is compared as aid is, by the cross-references' sums: no family of its own
    assert _measure_of("Norway pledged $300 million in aid.", "$300 million") == "aid"


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("The FTSE 100 closed down 0.8% at 8,311.2 on Friday.", "8,311.2", "ftse 100 index"),
        ("The FTSE 100 closed down 0.8% at 8,311.2 on Friday.", "0.8%", "ftse 100 index decrease"),
        ("The Nikkei 225 rose 412 points to 39,120.", "412 points", "nikkei 225 index increase"),
        ("The Baltic Dry Index fell 64 points, or 3.9%, to 1,577.", "3.9%", "baltic dry index decrease"),
        ("The Baltic Dry Index fell 64 points, or 3.9%, to 1,577.", "1,577", "baltic dry index"),
        ("The index of consumer confidence fell to 71.3 in May.", "71.3", "consumer confidence index"),
    ],
)
def test_an_index_named_as_the_subject_measures_its_level_and_moves(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        # another subject between: the pound's move is the pound's
        ("The FTSE 100 rose 0.5%, while the pound fell 0.3%.", "0.3%", "exchange rate decrease"),
        # a bare "index" names none; a price index in lower case is left as it was
        ("The index fell 30 to 2,500.", "2,500", None),
        ("The consumer price index rose 0.4% in March.", "0.4%", "percent increase"),
    ],
)
def test_a_figure_of_no_named_index_is_not_the_indexs(sentence: str, text: str, measure: str | None) -> None:
    assert _measure_of(sentence, text) == measure
