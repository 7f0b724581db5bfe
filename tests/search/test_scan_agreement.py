"""The index finds what a plain rapidfuzz scan of every claim finds.

Each query names the claim a reader wants. The full scan (WRatio over every
text, as the issue's naive baseline) must rank it in its top five, which shows
the case is fair; the index must then rank it in its top three.
"""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process, utils

CASES = [
    # typo'd
    ("ukranian intelligance", "Ukrainian intelligence reports Moscow pays"),
    ("hoxa peskov", "Kremlin spokesman Dmitry Peskov"),
    ("korotchenko volunters", "There are reports that 100,000 North Korean volunteers"),
    # reordered
    ("volunteers korotchenko", "There are reports that 100,000 North Korean volunteers"),
    ("kursk region retaking", "Russia said that North Korean soldiers had provided"),
    ("hoax peskov dismissed", "Kremlin spokesman Dmitry Peskov"),
    # partial
    ("gerasim", "Valery Gerasimov, chief of the general staff"),
    ("significant assist", "Russia said that North Korean soldiers had provided"),
    ("peskov hoa", "Kremlin spokesman Dmitry Peskov"),
    # numeric
    ("10,000", "the Pentagon estimated that about 10,000"),
    ("pentagon estimated 10,000", "the Pentagon estimated that about 10,000"),
    ("$2,000 monthly", "Ukrainian intelligence reports Moscow pays"),
]


def _rank_of(anchor: str, texts: list[str]) -> int | None:
    for rank, text in enumerate(texts):
        if anchor in text:
            return rank
    return None


@pytest.mark.parametrize(("query", "anchor"), CASES)
def test_index_ranks_what_the_scan_finds(index, claims, query, anchor):
    texts = [c.text for c in claims]
    scan = [
        texts[i]
        for _, _, i in process.extract(query, texts, scorer=fuzz.WRatio, processor=utils.default_process, limit=5)
    ]
    assert _rank_of(anchor, scan) is not None, f"the scan itself misses {anchor!r}"
    by_id = {c.id: c.text for c in claims}
    ours = [by_id[hit.claim_id] for hit in index.search(query, limit=10)]
    rank = _rank_of(anchor, ours)
    assert rank is not None and rank < 3, f"{query!r}: {anchor!r} ranked {rank}; got {ours[:3]}"


def test_scan_top_results_mostly_appear_in_index_results(index, claims):
    """Beyond the chosen claims: the scan's own first result is usually among ours."""
    texts = [c.text for c in claims]
    by_id = {c.id: c.text for c in claims}
    found = 0
    for query, _ in CASES:
        best = texts[process.extractOne(query, texts, scorer=fuzz.WRatio, processor=utils.default_process)[2]]
        found += best in [by_id[h.claim_id] for h in index.search(query, limit=10)]
    assert found >= 0.75 * len(CASES)
