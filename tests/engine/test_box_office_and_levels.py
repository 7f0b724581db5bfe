"""What a film took is its box office, and the level a named thing moved
to keeps that thing's family whatever words of loss come later. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[str | None]:
    claims, _ = extract_article(Article("tb", "Business", None, [], "2026-06-10", False, "tb.txt", sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, measures",
    [
        ("The sequel took $88.4m in its opening weekend in North America.", ["box office"]),
        ("The animated film has grossed $1.2bn worldwide.", ["box office"]),
        ("The horror movie earned £3.1m at the UK box office.", ["box office"]),
        (
            "Ether dropped 5% to $2,150 on Friday, extending its losses this month to 19%.",
            ["ether price decrease", "price", "share"],
        ),
    ],
)
def test_a_sum_named_by_what_it_was(sentence: str, measures: list[str]) -> None:
    assert _measures(sentence) == measures


@pytest.mark.parametrize(
    "sentence",
    [
        # a studio's profit is no film's takings; a film's cost is no takings either
        "The studio's parent made $2.1bn in profit last year.",
        "The film cost $200m to make.",
        "The director, whose last film was a hit, was paid $20m.",
    ],
)
def test_other_sums_near_a_film_are_no_box_office(sentence: str) -> None:
    assert "box office" not in _measures(sentence)
