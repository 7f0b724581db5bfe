"""A glued "m" before a unit of a count is millions, never metres ("9.8m TEU", "9.8m bpd"); a vote written from its
larger side after a verb of voting is a pair, whatever its size under 100,000 ("approved the bond 6,412 to 5,977"),
where a range written from its top stays a range ("put the crowd at 3,000 to 2,500").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article, Quantity


def _quantities(sentence: str) -> list[Quantity]:
    claims, _ = extract_article(Article("ts", "Ports", None, [], "2026-06-10", False, "ts.txt", sentence + "\n"))
    return [q for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, value, unit",
    [
        ("The port handled 9.8m TEU last year.", 9_800_000, None),
        ("Saudi output rose to 9.8m bpd in May.", 9_800_000, "barrel per day"),
    ],
)
def test_a_scale_before_a_unit_of_a_count_is_millions(sentence: str, value: float, unit: str | None) -> None:
    [q] = _quantities(sentence)
    assert (q.value, q.unit) == (value, unit)


def test_metres_stay_metres() -> None:
    [q] = _quantities("The wall is 2.8m high.")
    assert (q.value, q.unit) == (2.8, "metre")


@pytest.mark.parametrize(
    "sentence, pair",
    [
        ("Voters approved the $85 million school bond 6,412 to 5,977, a margin of 435 votes.", [6412, 5977]),
    ],
)
def test_a_large_vote_is_one_pair(sentence: str, pair: list[int]) -> None:
    assert [q.pair for q in _quantities(sentence) if q.pair] == [pair]


def test_a_range_written_from_its_top_stays_a_range() -> None:
    [q] = _quantities("Police put the crowd at 3,000 to 2,500.")
    assert (q.pair, q.low, q.high) == (None, 2500, 3000)
