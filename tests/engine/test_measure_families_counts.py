"""The unemployed counted as "the number of people out of work", and a sum set against a named sum.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[tuple[str, str | None]]:
    claims, _ = extract_article(Article("mc", "Counts", None, [], "2026-06-10", False, "mc.txt", sentence + "\n"))
    return [(q.text, q.measure) for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The number of people out of work rose to 1.61 million, the agency said.", "unemployed"),
        ("The number of unemployed fell to 2.9 million in May.", "unemployed"),
        ("The number of people treated in hospital after the blaze has risen to 31.", "hospitalised"),
        ("The number of patients admitted to hospital with measles stood at 212 on Friday.", "hospitalised"),
    ],
)
def test_the_family_of_a_count(sentence: str, measure: str) -> None:
    assert _measures(sentence)[0][1] == measure


@pytest.mark.parametrize(
    "sentence, measures",
    [
        ("Bail was set at $50,000, up from $20,000 requested by prosecutors.", ["bail", "bail"]),
        ("The average price of a flat hit €410,000, compared with €385,000 a year ago.", ["price", "price"]),
    ],
)
def test_a_sum_set_against_a_named_sum_is_of_its_family(sentence: str, measures: list[str]) -> None:
    assert [m for _, m in _measures(sentence)] == measures


def test_a_sum_of_another_clause_keeps_its_own_family() -> None:
    assert _measures("The charity raised £3.4m in donations and spent £1.1m on staff.")[1][1] == "amount"


def test_a_part_of_a_whole_told_as_approximate_counts_the_wholes_noun() -> None:
    claims, _ = extract_article(
        Article(
            "mc", "Counts", None, [], "2026-06-10", False, "mc.txt", "About 900 of the roughly 4,200 jobs will go.\n"
        )
    )
    assert [(q.text, q.counted_lemma) for c in claims for q in c.quantities] == [
        ("About 900", "job"),
        ("roughly 4,200", "job"),
    ]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("After the recount her winning margin narrowed to 214 votes.", "margin"),
        ("The profit margin narrowed to 4.1% in the quarter.", "share"),
    ],
)
def test_a_margin_narrowed_to_a_figure_is_a_winning_margin_not_a_profit_margin(sentence: str, measure: str) -> None:
    assert _measures(sentence)[0][1] == measure
