""" "One" standing for a noun named before it ("the previous one in April", "a bigger one") is no count; "one" before
what it counts or a scale word is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _figures(sentence: str) -> list[str]:
    claims, _ = extract_article(Article("op", "One", None, [], "2026-06-10", False, "op.txt", sentence + "\n"))
    return [q.text for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Trust stood at 54% in the latest poll, down from 58% in the previous one in March.", ["54%", "58%"]),
        ("The club sold its old stadium and will build a bigger one, the mayor said.", []),
        ("The storm was the third such one since 2019, forecasters said.", []),
        # a count, or a number going on
        ("The team won one game in March.", ["one"]),
        ("The striker scored one in the second half and another late on.", ["one"]),
        ("A further one million doses arrived on Monday.", ["one million"]),
    ],
)
def test_one_standing_for_a_noun_is_no_count(sentence: str, expected: list[str]) -> None:
    assert _figures(sentence) == expected
