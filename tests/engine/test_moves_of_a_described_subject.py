"""A move told in a clause describing its subject ("The rupee, which fell 4% last month, ...") is a move of that
subject; a currency that lost or gained so many percent moved its exchange rate; a rate per so many people named as
the subject ("The murder rate rose to 9.8 per 100,000 people") is that rate. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[str | None]:
    claims, _ = extract_article(Article("tm", "Markets", None, [], "2026-06-10", False, "tm.txt", sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The rupee, which fell 4% last month, steadied on Monday.", "exchange rate decrease"),
        ("House prices, which climbed 9% last year, are now falling.", "house price increase"),
        ("The naira, which has lost 38% since January, fell again on Tuesday.", "exchange rate decrease"),
        ("The lira has shed 20% this year.", "exchange rate decrease"),
        ("The country's murder rate rose to 9.8 per 100,000 people.", "murder rate"),
    ],
)
def test_the_subject_a_move_or_a_rate_is_said_of_names_it(sentence: str, measure: str) -> None:
    assert _measures(sentence) == [measure]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        # what the clause's verb takes is counted, not the subject before its comma
        ("The team, which has lost 12 games, sacked its coach.", "exchange rate"),
        # a company that lost so many percent of its customers moved no exchange rate
        ("The company, which lost 38% of its customers, closed.", "exchange rate"),
        # a rate per so many people with no rate named stays unnamed
        ("There were 9.8 per 100,000 residents last year.", "rate"),
    ],
)
def test_no_move_of_a_subject_that_is_none(sentence: str, measure: str) -> None:
    assert not any(m and measure in m for m in _measures(sentence))
