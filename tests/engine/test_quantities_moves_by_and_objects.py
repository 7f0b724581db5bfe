"""A change told with "by" before a counted noun is a change ("payrolls grew by 210,000 jobs"); a figure describing
the thing a verb of change takes ("gained a 10% stake", "lost a $40 million lawsuit") is no change. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _changes(sentence: str) -> list[str]:
    claims, _ = extract_article(Article("mv", "Moves", None, [], "2026-04-08", False, "mv.txt", sentence + "\n"))
    return [q.change for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Manufacturing employment grew by 18,400 jobs last month.", ["up"]),
        ("Enrolment at the college fell by 1,150 students.", ["down"]),
        ("The waiting list increased by 640 patients over the winter.", ["up"]),
        # without "by", the count of what changed stays a count
        ("The carmaker shed 3,200 jobs.", ["="]),
        ("The club added 900 members.", ["="]),
    ],
)
def test_a_change_by_so_many_of_a_noun(sentence: str, expected: list[str]) -> None:
    assert _changes(sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The pension fund gained a 12% stake in the port operator.", ["="]),
        ("The insurer lost a $25 million lawsuit over flood claims.", ["="]),
        # a move told with "a" before the figure stays a move
        ("Copper rose a further 3% on Wednesday.", ["up"]),
        ("The currency fell 2% against the dollar.", ["down"]),
    ],
)
def test_a_figure_describing_what_a_verb_takes_is_no_change(sentence: str, expected: list[str]) -> None:
    assert _changes(sentence) == expected


@pytest.mark.parametrize(
    "sentence, measures",
    [
        # (the change by a sum in the level's currency is of the same family; in pence against pounds it stays an
        # amount)
        ("Average house prices rose by £4,100 to £288,500.", ["price", "price"]),
        ("The price of a pint climbed 20p to £5.10.", ["amount", "price"]),
        ("Turnover fell by €30m to €910m.", ["revenue", "revenue"]),
    ],
)
def test_the_level_a_named_sum_moved_to_is_of_its_family(sentence: str, measures: list[str | None]) -> None:
    claims, _ = extract_article(Article("mv", "Moves", None, [], "2026-04-08", False, "mv.txt", sentence + "\n"))
    assert [q.measure for c in claims for q in c.quantities] == measures


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The bank cut its branch network by a third, or 140 branches.", ["down", "down"]),
        ("Exports grew by 4.1%, or 2,300 containers.", ["up", "up"]),
        # without "by", what changed is counted
        ("Sales rose 5%, or 40,000 cars.", ["up", "="]),
    ],
)
def test_a_count_restating_a_change_by_is_a_change(sentence: str, expected: list[str]) -> None:
    assert _changes(sentence) == expected
