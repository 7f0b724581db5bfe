""" "One" before a share or a scale word is a figure even after a word that makes a bare "one" no count ("only one
percent of the land"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _figures(sentence: str) -> list[tuple[str, float | None, str | None]]:
    claims, _ = extract_article(Article("os", "One", None, [], "2026-06-10", False, "os.txt", sentence + "\n"))
    return [(q.text, q.value, q.unit) for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Only one percent of the farmland is irrigated, the survey found.", [("one percent", 1.0, "percent")]),
        ("The same one per cent levy applies to every sale.", [("one per cent", 1.0, "percent")]),
    ],
)
def test_one_before_a_share_is_a_figure(sentence: str, expected) -> None:
    assert _figures(sentence) == expected


def test_only_one_alone_is_still_no_count() -> None:
    assert _figures("She was the only one who spoke, the report said.") == []
