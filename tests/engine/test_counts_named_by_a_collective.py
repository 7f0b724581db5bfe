"""A bare count whose subject is a singular noun of the many it counts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[str | None]:
    claims, _ = extract_article(Article("cc", "Counts", None, [], "2026-05-01", False, "cc.txt", sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Enrolment at the university jumped to 41,000 this year.", "enrolment"),
        ("Attendance reached 61,500 on Saturday.", "attendance"),
        ("Net migration fell to 412,000 last year.", "net migration"),
        ("Unemployment rose to 1.5 million in March.", "unemployed"),
        ("The population of the town is 12,400.", "population"),
    ],
)
def test_a_count_named_by_a_collective_noun(sentence: str, measure: str) -> None:
    assert _measures(sentence) == [measure]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Unemployment rose to 5.1% in March.", "unemployment rate"),
        ("The company's 4,000 employees were told on Monday.", "workers"),
    ],
)
def test_a_rate_or_a_named_count_keeps_its_family(sentence: str, measure: str) -> None:
    assert _measures(sentence) == [measure]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Visitor numbers to the island reached 2.2 million last year.", "visitor"),
        ("Passenger numbers rose to 41 million.", "passenger"),
        ("Pupil numbers at the school fell to 310.", "pupil"),
    ],
)
def test_numbers_of_a_thing_count_that_thing(sentence: str, measure: str) -> None:
    assert _measures(sentence) == [measure]


@pytest.mark.parametrize("sentence", ["The numbers rose to 400.", "Sales figures rose to 4,000."])
def test_numbers_of_nothing_named_count_nothing(sentence: str) -> None:
    assert _measures(sentence) == [None]
