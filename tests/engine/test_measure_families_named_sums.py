"""Sums and figures named by the words around them: earnings per share, what building a thing costs, a minimum wage,
a currency's exchange rate, a win's margin, how long help took to come. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measure_of(sentence: str, text: str) -> str | None:
    claims, _ = extract_article(Article("ns", "Figures", None, [], "2026-09-09", False, "ns.txt", sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        (
            "Net income climbed to $4.1 billion, or $2.07 per diluted share, in the quarter.",
            "share",
            "earnings per share",
        ),
        ("Adjusted earnings were 61 cents a share, the company said.", "61 cents a share", "earnings per share"),
        # the whole set against the whole, past the sum per share between them
        (
            "Net income climbed to $4.1 billion, or $2.07 per diluted share, from $3.6 billion.",
            "$3.6 billion",
            "profit",
        ),
        ("The tunnel will cost about $6.4bn to build.", "$6.4bn", "cost"),
        ("The minimum wage will rise to $15.50 an hour next year.", "$15.50 an hour", "minimum wage"),
        ("The national living wage rises to £12.60 in April.", "£12.60", "minimum wage"),
        ("The pound fell to $1.262 after the data.", "$1.262", "exchange rate"),
        ("The senator won the seat by 1,204 votes.", "1,204", "margin"),
        ("The hosts beat Samoa by 19 points in Apia.", "19 points", "margin"),
        (
            "Ambulances took an average of 52 minutes to reach heart attack patients in March.",
            "52 minutes",
            "response time",
        ),
        (
            "Fire crews took 11 minutes to reach the blaze, against a target of eight minutes.",
            "eight minutes",
            "response time",
        ),
    ],
)
def test_a_figure_named_by_the_words_around_it(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        # a price of the shares, not earnings, though earnings are named
        ("Shares closed at $41.20 a share after earnings beat forecasts.", "$41.20 a share", "earnings per share"),
        ("The offer values the brewer at 18.20 euros a share.", "18.20 euros a share", "earnings per share"),
        # a profit in a sum per share is no profit of that size
        ("Net income climbed to $4.1 billion, or $2.07 per diluted share, from $3.6 billion.", "share", "profit"),
        ("The flight took 40 minutes to reach cruising altitude.", "40 minutes", "response time"),
        ("The poll gives her a lead of 4 points, with a margin of error of 3 points.", "3 points", "margin"),
        ("The dollar bought 151 yen on Friday, while a coffee in Tokyo costs 480 yen.", "480 yen", "exchange rate"),
        ("The minimum wage will rise to $15.50 an hour next year.", "$15.50 an hour", "salary"),
    ],
)
def test_a_figure_is_not_named_by_words_that_do_not_say_so(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) != measure


@pytest.mark.parametrize(
    "sentence, measures",
    [
        ("A judge reduced a $9 million jury award against the clinic to $3.5 million.", ["damages", "damages"]),
        ("The jury's award includes $6 million in punitive damages.", ["punitive damages"]),
        ("The judge cut the punitive damages to $2 million from $6 million.", ["punitive damages"]),
    ],
)
def test_what_a_court_or_jury_awarded(sentence: str, measures: list[str]) -> None:
    claims, _ = extract_article(Article("ns", "Figures", None, [], "2026-09-09", False, "ns.txt", sentence + "\n"))
    assert [q.measure for c in claims for q in c.quantities] == measures
