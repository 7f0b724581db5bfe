"""The derived files are mapped, and what a whole sweep of them reads does not stay in the
process's memory: an array's header is read alone, and the pages a check or a view's model read
are given back (store/mapped.py ``release``) while every answer stays the same."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from store import mapped
from store.corpus_db import CorpusDB
from store.mapped import map_npz, release, save_npz
from tests.store.test_part_memory import _extraction

needs_smaps = pytest.mark.skipif(not Path("/proc/self/smaps").exists() or sys.platform != "linux", reason="Linux")


def resident_kb(path: Path) -> int:
    """This process's resident kB of its mappings of ``path``."""
    total, inside = 0, False
    for line in Path("/proc/self/smaps").read_text().splitlines():
        parts = line.split()
        if parts and "-" in parts[0] and not parts[0].endswith(":"):
            inside = len(parts) >= 6 and parts[-1] == str(path)
        elif inside and parts[0] == "Rss:":
            total += int(parts[1])
    return total


class _Recorded(bytearray):
    """A buffer that records every slice taken of it."""

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.sliced: list[int] = []

    def __getitem__(self, index):  # type: ignore[override]
        found = super().__getitem__(index)
        if isinstance(index, slice):
            self.sliced.append(len(found))
        return found


def test_an_array_is_viewed_after_reading_its_header_alone(tmp_path) -> None:
    path = tmp_path / "a.npz"
    values = np.arange(200_000, dtype=np.int64)
    assert save_npz(path, {"values": values}) is None
    raw = path.read_bytes()
    start = raw.index(b"\x93NUMPY")
    buffer = _Recorded(raw)
    array = mapped._array_at(buffer, start, len(raw) - start)  # type: ignore[arg-type]
    assert np.array_equal(array, values)
    assert max(buffer.sliced) < 200, buffer.sliced  # the header's bytes, not 64 KB of the data after it


@needs_smaps
def test_released_pages_leave_the_process_and_read_back_the_same(tmp_path) -> None:
    path = tmp_path / "big.npz"
    values = np.arange(1_000_000, dtype=np.int64)  # 8 MB
    assert save_npz(path, {"values": values, "small": np.arange(3)}) is None
    arrays = map_npz(path)
    total = int(arrays["values"].sum())
    assert resident_kb(path) > 6_000
    assert release(arrays) == 1
    assert resident_kb(path) < 100
    assert int(arrays["values"].sum()) == total and arrays["small"].tolist() == [0, 1, 2]


@needs_smaps
def test_the_view_columns_and_the_views_made_of_them_keep_no_pages(tmp_path) -> None:
    from store.query.queries import CorpusQueries
    from store.view_rows import ViewRows, views_path

    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(_extraction(3000, 3), None, includes_bundled=False)
    db = CorpusDB.open_part(path, lambda _articles: None)
    made, problem = ViewRows.from_db(db)  # made from the shards and saved
    assert problem is None and views_path(path).stat().st_size > 500_000
    del made
    rows, _problem = ViewRows.from_db(db)  # mapped, and checked (every row of several columns read)
    assert resident_kb(views_path(path)) <= 8
    queries = CorpusQueries(db)
    assert len(queries.view_source.rows) == len(rows) == 9000
    assert resident_kb(views_path(path)) <= 8
    for name in ("figures", "timeline", "entities"):
        queries.build(name)
        assert resident_kb(views_path(path)) <= 8, name
    assert len(queries.timeline.events) == 9000
