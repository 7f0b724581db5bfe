"""A tail that falls due over a large base is folded behind the add, not in it (store/tails.py
``behind``, ``tails.fold``; store/fold.py): the add saves the grown tail and names it, a fold
afterwards puts the base and tail together, and an add that comes in between is never undone."""

from __future__ import annotations

import contextlib
from pathlib import Path

from corpus.model import XRef
from store import tails
from store.links import LinkColumns


def _x(n: int) -> XRef:
    return XRef(f"c{n:06d}", f"c{n + 1:06d}", "related", 0.5, "shared words", "shared words", ["subject"])


def _pairs(columns: LinkColumns | None) -> list[tuple[str, str]]:
    assert columns is not None
    return [(x.source, x.target) for x in columns.all()]


def _base(path: Path, rows: int) -> list[XRef]:
    links = [_x(n) for n in range(rows)]
    assert LinkColumns.of(links).save(path, "v0") is None
    return links


def _no_lock() -> contextlib.AbstractContextManager[object]:
    return contextlib.nullcontext()


def _add(path: Path, add: int, size: int, behind: list[Path] | None) -> list[XRef]:
    more = [_x(900_000 + 100 * add + k) for k in range(size)]
    assert tails.extend(path, f"v{add - 1}", f"v{add}", LinkColumns.load, LinkColumns.of(more), behind)
    return more


def test_a_tail_due_over_a_large_base_is_saved_and_named_not_folded(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(tails, "BEHIND", 1_000)
    path = tmp_path / "corpus.json.links.npz"
    links = _base(path, 2_000)  # falls due past √(2 × 2,000 × 20 / 8) = 100 rows: the sixth add
    behind: list[Path] = []
    for add in range(1, 7):
        links += _add(path, add, 20, behind)
    assert behind == [path]  # the sixth add named it ...
    assert LinkColumns.load(path, "v0") is not None  # ... and left the base as it was
    assert len(LinkColumns.load(tails.tail_path(path), "v6") or []) == 120
    assert _pairs(tails.load(path, "v6", LinkColumns.load)) == _pairs(LinkColumns.of(links))

    assert tails.fold(path, LinkColumns.load, _no_lock)
    assert not tails.tail_path(path).exists()
    assert _pairs(LinkColumns.load(path, "v6")) == _pairs(LinkColumns.of(links))  # one base of the new version
    assert not list(tmp_path.glob("*.tmp"))


def test_without_behind_or_over_a_small_base_the_add_folds_as_before(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "corpus.json.links.npz"
    _base(path, 2_000)
    behind: list[Path] = []
    for add in range(1, 7):  # the base is under BEHIND (20,000 rows): the sixth add folds it itself
        _add(path, add, 20, behind)
    assert behind == [] and not tails.tail_path(path).exists()
    assert LinkColumns.load(path, "v6") is not None


def test_a_tail_left_unfolded_is_folded_by_the_add_once_it_holds_twice_what_falls_due(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(tails, "BEHIND", 1_000)
    path = tmp_path / "corpus.json.links.npz"
    links = _base(path, 2_000)
    behind: list[Path] = []
    for add in range(1, 11):  # 100 rows fall due; no fold comes: the eleventh add's 220 are over 200
        links += _add(path, add, 20, behind)
    assert behind == [path] * 5 and tails.tail_path(path).exists()
    links += _add(path, 11, 20, behind)
    assert not tails.tail_path(path).exists()
    assert _pairs(LinkColumns.load(path, "v11")) == _pairs(LinkColumns.of(links))


def test_a_fold_overtaken_by_an_add_keeps_the_add_and_the_old_base(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(tails, "BEHIND", 1_000)
    path = tmp_path / "corpus.json.links.npz"
    links = _base(path, 2_000)
    behind: list[Path] = []
    for add in range(1, 7):
        links += _add(path, add, 20, behind)

    @contextlib.contextmanager
    def an_add_comes_first():  # the seventh add extends the tail while the fold writes its base
        links.extend(_add(path, 7, 20, []))  # as `factscope add` would: not folded
        yield

    assert not tails.fold(path, LinkColumns.load, an_add_comes_first)
    assert LinkColumns.load(path, "v0") is not None and not list(tmp_path.glob("*.tmp"))
    assert _pairs(tails.load(path, "v7", LinkColumns.load)) == _pairs(LinkColumns.of(links))


def test_no_fold_without_a_tail(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json.links.npz"
    _base(path, 100)
    assert not tails.fold(path, LinkColumns.load, _no_lock)
    assert LinkColumns.load(path, "v0") is not None
