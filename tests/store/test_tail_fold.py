"""A derived file's tail is folded into its base before it grows with the corpus: an add rewrites
its tail whole, so the tail must stay near √(base × add) rows, not 1/8 of the base (store/tails.py)."""

from __future__ import annotations

from pathlib import Path

from corpus.model import XRef
from store import tails
from store.links import LinkColumns


def _x(n: int) -> XRef:
    return XRef(f"c{n:06d}", f"c{n + 1:06d}", "related", 0.5, "shared words", "shared words", ["subject"])


def _rows(path: Path, key: str) -> int:
    found = LinkColumns.load(path, key)
    return -1 if found is None else len(found)


def test_a_tail_of_small_adds_to_a_large_base_is_folded_long_before_an_eighth_of_it(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json.links.npz"
    base = [_x(n) for n in range(20_000)]
    assert LinkColumns.of(base).save(path, "v0") is None
    added: list[XRef] = []
    largest_tail, folds = 0, 0
    for add in range(1, 121):  # 600 links in all: an eighth of the base would be 2,500
        more = [_x(100_000 + 5 * add + k) for k in range(5)]
        added += more
        assert tails.extend(path, f"v{add - 1}", f"v{add}", LinkColumns.load, LinkColumns.of(more))
        tail_rows = _rows(tails.tail_path(path), f"v{add}")
        largest_tail = max(largest_tail, tail_rows)
        folds += tail_rows == -1  # folded: the base is of this version, and no tail is
    # √(2 × 20,000 × 5 / 8) = 158 rows: folded every ~32 adds
    assert 3 <= folds <= 4
    assert largest_tail <= 160
    layered = tails.load(path, "v120", LinkColumns.load)
    assert layered is not None
    assert [(x.source, x.target) for x in layered.all()] == [(x.source, x.target) for x in base + added]


def test_a_small_base_still_folds_its_tail_at_an_eighth() -> None:
    assert tails._fold_at(80, 20) == 10  # √(2 × 80 × 20 / 8) = 20 is more than 80 / 8


def test_no_tail_is_folded_while_folding_is_off(monkeypatch) -> None:
    monkeypatch.setattr(tails, "FOLD", 0)
    assert tails._fold_at(10**6, 1) == float("inf")
