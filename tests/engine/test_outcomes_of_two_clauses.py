"""A count whose own outcome follows it ("23 people were arrested") keeps it when another figure's outcome follows in
the next clause ("... and six officers were injured"): the nearer outcome is its own. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[tuple[str, str | None]]:
    claims, _ = extract_article(Article("to", "Unrest", None, [], "2026-06-10", False, "to.txt", sentence + "\n"))
    return [(q.text, q.measure) for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, measures",
    [
        (
            "Police said 23 people were arrested and six officers were injured.",
            [("23", "detained"), ("six", "wounded")],
        ),
        (
            "At least 40 people were evacuated and two firefighters were hurt.",
            [("At least 40", "evacuated"), ("two", "wounded")],
        ),
    ],
)
def test_each_count_keeps_the_outcome_nearest_it(sentence: str, measures: list[tuple[str, str]]) -> None:
    assert _measures(sentence) == measures


def test_a_count_with_no_outcome_of_its_own_takes_none_from_the_next_clause() -> None:
    # the 300 are residents, not the injured of the next clause
    assert ("300", "wounded") not in _measures("Some 300 residents live near the plant and four workers were injured.")
