"""The derived files are mapped, and what a whole sweep of them reads does not stay in the
process's memory: an array's header is read alone, and the pages a check or a view's model read
are given back (store/mapped.py ``release``) while every answer stays the same."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy as np
import pytest

from store import mapped, tails
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


# -- a base and its tail read as one column (store/mapped.py ``appended``) ----------------------


def _mapped_column(path: Path, column: np.ndarray, before: int, after: int) -> np.ndarray:
    """``column`` saved between two filler arrays of ``before`` and ``after`` bytes (so that it
    starts anywhere in a page and ends anywhere before the file's end), and mapped back."""
    fillers = {"a_before": np.zeros(before, dtype=np.uint8), "z_after": np.zeros(after, dtype=np.uint8)}
    assert save_npz(path, {**fillers, "column": column}) is None
    return map_npz(path)["column"]


@pytest.mark.parametrize(
    ("column", "tail"),
    [
        (np.arange(300_000, dtype=np.int64), np.arange(-5, 0, dtype=np.int64)),
        (np.arange(4096, dtype=np.uint16), np.array([7, 8, 9], dtype=np.uint16)),
        (np.array([b"2024-05", b"", b"2025-01"] * 1000, dtype="S7"), np.array([b"2026-12"], dtype="S7")),
        (np.arange(1000) % 3 == 0, np.array([True, False] * 5000)),  # a tail of several pages
        (np.arange(10, dtype=np.float64), np.zeros(0, dtype=np.float64)),
    ],
)
@pytest.mark.parametrize(("before", "after"), [(0, 0), (1, 0), (4000, 1), (123, 70_000)])
def test_a_mapped_column_and_its_tail_are_one_array_that_leaves_the_column_mapped(
    tmp_path, column, tail, before, after
) -> None:
    base = _mapped_column(tmp_path / "base.npz", column, before, after)
    joined = mapped.appended(base, tail)
    assert joined.dtype == column.dtype and np.array_equal(joined, np.concatenate([column, tail]))
    if sys.platform == "linux":
        assert [type(m).__name__ for m in mapped.mappings_of(joined)] == ["_Pages"]  # not a copy
        assert not joined.flags.writeable
        assert release(joined) == 1  # the base's pages given back: they read back the same
        assert np.array_equal(joined, np.concatenate([column, tail]))
        assert np.array_equal(joined[len(column) :], tail)  # the tail's rows are never given back


@needs_smaps
def test_a_column_appended_to_keeps_its_base_out_of_the_process_memory(tmp_path) -> None:
    path = tmp_path / "base.npz"
    column = np.arange(2_000_000, dtype=np.int64)  # 16 MB
    joined = mapped.appended(_mapped_column(path, column, 10, 10), np.arange(3, dtype=np.int64))
    total = int(joined.sum())
    assert resident_kb(path) > 12_000  # the base's pages, read: the file's, not a copy
    assert release(joined) == 1
    assert resident_kb(path) < 100
    assert int(joined.sum()) == total == int(column.sum()) + 3


def test_a_column_of_a_file_replaced_since_it_was_mapped_is_copied(tmp_path) -> None:
    path = tmp_path / "base.npz"
    column = np.arange(5000, dtype=np.int64)
    base = _mapped_column(path, column, 0, 0)
    assert save_npz(path, {"column": np.zeros(5000, dtype=np.int64)}) is None  # a fold's new base
    joined = mapped.appended(base, np.array([1], dtype=np.int64))
    assert np.array_equal(joined, np.concatenate([column, [1]]))
    assert mapped.mappings_of(joined) == []


def test_the_view_columns_of_a_base_and_its_tail_are_those_of_all_its_claims(tmp_path) -> None:
    from dataclasses import replace

    from corpus.model import Quantity
    from store.view_rows import ViewRows, views_path

    extraction = _extraction(400, 3)
    articles = {article.id: article for article in extraction.articles}
    claims = [
        replace(
            claim,
            entities=[f"Port {n % 7}"],
            speaker=f"Official {n % 5}",
            quantities=[
                Quantity(f"{n} people", float(n), float(n), float(n), "person", "killed", claim.start, claim.start + 3)
            ]
            if n % 2
            else [],
        )
        for n, claim in enumerate(extraction.claims)
    ]
    path = views_path(tmp_path / "corpus.json")
    assert ViewRows.of(claims[:1180], articles, path).save(path, "v0") is None
    assert tails.extend(path, "v0", "v1", ViewRows.load, ViewRows.of(claims[1180:], articles, path))
    assert tails.tail_path(path).exists()
    layered, whole = tails.load(path, "v1", ViewRows.load), ViewRows.of(claims, articles, path)
    assert layered is not None and len(layered) == len(whole) == 1200
    assert {"start", "mention_row", "figure_row", "kind.code", "figure_low"} <= set(layered.arrays)
    for name, column in layered.arrays.items():  # every column but the strings and ids (read where they lie)
        assert np.array_equal(column, whole.arrays[name]), name
    assert [layered.ids[row] for row in range(1200)] == [claim.id for claim in claims]
    if sys.platform == "linux":  # the base's columns stay mapped: not copied into the process
        assert [type(m).__name__ for m in mapped.mappings_of(layered.arrays["start"])] == ["_Pages"]
        assert [type(m).__name__ for m in mapped.mappings_of(layered.arrays["mention_row"])] == ["_Pages"]


@needs_smaps
def test_a_column_appended_to_is_unmapped_once_no_array_holds_it(tmp_path) -> None:
    import gc

    path = tmp_path / "base.npz"
    base = _mapped_column(path, np.arange(100_000, dtype=np.int64), 10, 10)

    def mappings() -> int:  # of the file, in this process
        return sum(line.rstrip().endswith(str(path)) for line in Path("/proc/self/maps").read_text().splitlines())

    alone = mappings()
    joined = mapped.appended(base, np.arange(3, dtype=np.int64))
    part = joined[50_000:]  # a view of it keeps it mapped
    assert mappings() > alone
    del joined
    gc.collect()
    assert mappings() > alone and int(part[-1]) == 2
    del part
    gc.collect()
    assert mappings() == alone


class _Writes(io.BytesIO):
    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []

    def write(self, data) -> int:  # type: ignore[override]
        self.sizes.append(len(memoryview(data).cast("B")))
        return super().write(data)


def test_a_derived_file_is_written_64_kb_at_a_time_at_most_and_reads_back_the_same(tmp_path) -> None:
    arrays = {"big": np.arange(1_000_000, dtype=np.int64), "small": np.arange(3), "text": np.array([b"ab", b"c"])}
    written = _Writes()
    mapped.write_npz(written, arrays)  # type: ignore[arg-type]
    assert max(written.sizes) <= 64 * 1024 and sum(written.sizes) > 8_000_000
    path = tmp_path / "a.npz"
    path.write_bytes(written.getvalue())
    read = map_npz(path)
    assert all(np.array_equal(read[name], array) for name, array in arrays.items())
    whole = io.BytesIO()
    np.savez(whole, **arrays)  # type: ignore[arg-type]
    assert written.getvalue() == whole.getvalue()  # the same file np.savez writes, in smaller writes
