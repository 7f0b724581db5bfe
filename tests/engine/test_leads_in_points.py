"""A lead told in points: what the subject of the verb, or the noun after the figure, names. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[str | None]:
    claims, _ = extract_article(Article("ld", "Leads", None, [], "2026-05-01", False, "ld.txt", sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, measures",
    [
        ("Labour's lead narrowed to 6 points from 11 a month ago, the poll found.", ["poll lead", "poll lead"]),
        ("The survey gives the president a lead of 8 points over his rival.", ["poll lead"]),
        ("Her lead over the incumbent has widened to 9 points among likely voters.", ["poll lead"]),
        ("The Tories have a 4-point lead in the latest poll.", ["poll lead"]),
        ("The champions' lead shrank to 4 points after the draw.", ["lead"]),
    ],
)
def test_a_lead_in_points(sentence: str, measures: list[str]) -> None:
    assert _measures(sentence) == measures


@pytest.mark.parametrize(
    "sentence",
    ["Okafor scored 31 points in the win, the poll of coaches found.", "The index rose to 412 points in May."],
)
def test_other_points_are_no_lead(sentence: str) -> None:
    assert "poll lead" not in _measures(sentence) and "lead" not in _measures(sentence)
