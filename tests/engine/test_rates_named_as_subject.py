"""A rate named as the subject of the verb before its figure measures that rate: a count per something ("The
fertility rate fell to 1.6 births per woman"), a level held ("Unemployment held at 5.8%"). Sentences written for
these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[str | None]:
    claims, _ = extract_article(Article("tr", "Economy", None, [], "2026-06-10", False, "tr.txt", sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Chile's fertility rate fell to 1.2 births per woman last year.", "fertility rate"),
        ("Japan's fertility rate edged down to 1.15 children per woman.", "fertility rate"),
        ("Unemployment in the region held at 5.8% in November.", "unemployment rate"),
        ("Inflation held steady at 2.1% in May.", "inflation rate"),
    ],
)
def test_a_rate_named_as_the_subject_measures_its_figure(sentence: str, measure: str) -> None:
    assert _measures(sentence) == [measure]


def test_a_count_held_is_no_level_held() -> None:
    assert _measures("Police held 40 people overnight after the match.") == ["people"]


def test_a_count_per_woman_keeps_its_base_in_its_unit() -> None:
    claims, _ = extract_article(
        Article(
            "tr",
            "Economy",
            None,
            [],
            "2026-06-10",
            False,
            "tr.txt",
            "Chile's fertility rate fell to 1.2 births per woman.\n",
        )
    )
    assert [q.unit for c in claims for q in c.quantities] == ["birth per woman"]
