"""Compact columns of strings: what lets a million claims be held as arrays, not objects.

A ``StringColumn`` is every string's UTF-8 bytes end to end plus their offsets
(two arrays, a few bytes over the text itself); an ``IdColumn`` adds the ids
sorted, so a row is found by binary search without a dict of a million keys.
Both are plain numpy arrays, so they save into an ``.npz`` and map back
(``store/mapped.py``) as they are; a string is decoded only when asked for.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

import numpy as np

from store.rows import IndexedRows

ENCODED_AT_ONCE = 16_384  # strings encoded at a time into an array being made (a column's ends)


def fixed_bytes(values: Sequence[str]) -> np.ndarray:
    """``values`` as UTF-8 in one fixed-width bytes array (as wide as the longest, at least 1),
    which numpy sorts and searches."""
    return np.array([v.encode("utf-8", "surrogatepass") for v in values], dtype="S")


def distinct_rows(rows: Sequence[int] | np.ndarray) -> np.ndarray:
    """``rows`` sorted, each once (``np.unique`` without its first call's import of ``numpy.ma``,
    ~8 ms of CPU in an add that takes links back)."""
    ordered = np.sort(np.asarray(rows, dtype=np.int64))
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))] if len(ordered) else ordered


class StringColumn(IndexedRows[str]):
    def __init__(self, blob: np.ndarray, offsets: np.ndarray) -> None:
        self.blob = blob  # uint8: every string's UTF-8 bytes, end to end
        self.offsets = offsets  # int64, len + 1: string i is blob[offsets[i]:offsets[i + 1]]

    @classmethod
    def of(cls, strings: Iterable[str]) -> StringColumn:
        return cls.of_encoded(s.encode("utf-8", "surrogatepass") for s in strings)

    @classmethod
    def of_encoded(cls, encoded: Iterable[bytes]) -> StringColumn:
        """The column of ``encoded`` strings, each copied into one growing buffer as it comes: no
        bytes object is held for every string (~35 bytes over its text), nor their text twice."""
        blob = bytearray()
        lengths = array("q")
        for piece in encoded:
            blob += piece
            lengths.append(len(piece))
        return cls._of_lengths(np.frombuffer(blob, dtype=np.uint8), [np.frombuffer(lengths, dtype=np.int64)])

    @classmethod
    def of_bytes(cls, encoded: Sequence[bytes]) -> StringColumn:
        lengths = [np.fromiter(map(len, encoded), np.int64, len(encoded))]
        return cls._of_lengths(np.frombuffer(b"".join(encoded), dtype=np.uint8), lengths)

    @classmethod
    def _of_lengths(cls, blob: np.ndarray, lengths: list[np.ndarray]) -> StringColumn:
        count = sum(map(len, lengths))
        offsets = np.zeros(count + 1, dtype=np.int64)
        np.cumsum(np.concatenate([np.zeros(0, dtype=np.int64), *lengths]), out=offsets[1:])
        blob.flags.writeable = False  # as read-only as a mapped column, whatever buffer it was made in
        return cls(blob, offsets)

    def raw(self, row: int) -> bytes:
        """String ``row``'s bytes, as stored."""
        return self.blob[int(self.offsets[row]) : int(self.offsets[row + 1])].tobytes()

    def raw_many(self, rows: np.ndarray) -> list[memoryview]:
        """The bytes of each of ``rows``, as views of the stored blob (no copy): for many at once."""
        whole = self.blob.data
        starts, ends = self.offsets[rows].tolist(), self.offsets[rows + 1].tolist()
        return [whole[start:end] for start, end in zip(starts, ends, strict=True)]

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def row_at(self, row: int) -> str:
        return self.raw(row).decode("utf-8", "surrogatepass")

    def __iter__(self) -> Iterator[str]:
        return (self[i] for i in range(len(self)))

    def without(self, rows: np.ndarray) -> StringColumn:
        """This column less ``rows`` (row numbers), in one copy made of a slice per run of rows kept:
        a few strings left out of hundreds of thousands cost a few slices, none of the others read
        one by one."""
        return StringColumn.concat([self.kept(rows)])

    def kept(self, rows: np.ndarray) -> StringLayers:
        """This column less ``rows`` (row numbers), not copied: a view of each run of rows kept, for
        ``concat`` to copy once with what follows them (a fold: the base less what its tail took
        back, then the tail)."""
        count = len(self)
        gone = distinct_rows(rows)
        if len(gone) and (int(gone[0]) < 0 or int(gone[-1]) >= count):
            raise IndexError("rows out of range")
        bounds = np.concatenate(([-1], gone, [count])).tolist()
        return StringLayers(
            [
                StringColumn(self.blob, self.offsets[first : last + 1])
                for first, last in zip([b + 1 for b in bounds[:-1]], bounds[1:], strict=True)
                if first < last
            ]
        )

    def joined(self, more: StringColumn) -> StringColumn:
        """This column followed by ``more`` (a copy: a mapped column is read-only)."""
        return StringColumn.concat([self, more])

    @staticmethod
    def concat(columns: Sequence[StringColumn | StringLayers]) -> StringColumn:
        """The columns one after another, in one copy."""
        pieces = [piece for column in columns for piece in layers_of(column)]
        blobs = [c.blob[int(c.offsets[0]) : int(c.offsets[-1])] for c in pieces]
        starts = np.cumsum([0, *(len(b) for b in blobs)])
        offsets = [np.zeros(1, dtype=np.int64)]
        offsets += [c.offsets[1:] - c.offsets[0] + start for c, start in zip(pieces, starts, strict=False)]
        return StringColumn(np.concatenate([np.zeros(0, dtype=np.uint8), *blobs]), np.concatenate(offsets))

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {f"{prefix}.blob": self.blob, f"{prefix}.offsets": self.offsets}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], prefix: str) -> StringColumn:
        column = cls(arrays[f"{prefix}.blob"], arrays[f"{prefix}.offsets"])
        if len(column.offsets) < 1 or int(column.offsets[-1]) > len(column.blob):
            raise ValueError(f"{prefix}: offsets beyond the strings")
        return column


class StringLayers(IndexedRows[str]):
    """String columns read as one, one after another, none of them copied: a mapped base and its
    tail, each string read where it lies (``StringColumn``'s reading methods)."""

    def __init__(self, layers: Sequence[StringColumn | StringLayers]) -> None:
        self.layers = [piece for layer in layers for piece in layers_of(layer)]
        self._firsts = [0]  # the first row of each layer, then the length
        for layer in self.layers:
            self._firsts.append(self._firsts[-1] + len(layer))

    def __len__(self) -> int:
        return self._firsts[-1]

    def _at(self, row: int) -> tuple[StringColumn, int]:
        layer = bisect.bisect_right(self._firsts, row) - 1
        return self.layers[layer], row - self._firsts[layer]

    def raw(self, row: int) -> bytes:
        column, local = self._at(row)
        return column.raw(local)

    def raw_many(self, rows: np.ndarray) -> list[memoryview]:
        which = np.searchsorted(np.asarray(self._firsts), rows, side="right") - 1
        found: list[memoryview] = [memoryview(b"")] * len(rows)
        for layer, column in enumerate(self.layers):
            places = np.flatnonzero(which == layer)
            if len(places):
                got = column.raw_many(rows[places] - self._firsts[layer])
                for place, view in zip(places.tolist(), got, strict=True):
                    found[place] = view
        return found

    def row_at(self, row: int) -> str:
        return self.raw(row).decode("utf-8", "surrogatepass")


def layers_of(column: StringColumn | StringLayers) -> list[StringColumn]:
    return column.layers if isinstance(column, StringLayers) else [column]


class ChainedStrings(IndexedRows[str]):
    """Two sequences of strings read as one, neither copied (a base and its tail)."""

    def __init__(self, first: Sequence[str], then: Sequence[str]) -> None:
        self.first, self.then = first, then

    def __len__(self) -> int:
        return len(self.first) + len(self.then)

    def row_at(self, row: int) -> str:
        split = len(self.first)
        return self.first[row] if row < split else self.then[row - split]


class IdColumn(Sequence[str]):
    """Ids by row, and the row of an id (``row``) by binary search over them sorted."""

    def __init__(self, by_row: StringColumn | StringLayers, sorted_ids: np.ndarray, order: np.ndarray) -> None:
        self.by_row = by_row  # a base's and its tail's read where they lie, once joined
        self.sorted_ids = sorted_ids  # fixed-width bytes ("S<n>"), ascending
        self.order = order  # int64: the row of each sorted id

    @classmethod
    def of(cls, ids: Sequence[str]) -> IdColumn:
        by_row = StringColumn.of(ids)
        fixed = fixed_bytes(ids)
        order = np.argsort(fixed, kind="stable").astype(np.int64)
        return cls(by_row, fixed[order], order)

    def __len__(self) -> int:
        return len(self.by_row)

    @overload
    def __getitem__(self, row: int) -> str: ...
    @overload
    def __getitem__(self, row: slice) -> list[str]: ...
    def __getitem__(self, row: int | slice) -> str | list[str]:
        return self.by_row[row]

    def __iter__(self) -> Iterator[str]:
        return iter(self.by_row)

    def joined(self, more: IdColumn) -> IdColumn:
        """This column followed by ``more``: the two sorted runs merged by inserting ``more``'s
        where they fall (array copies, no sort of the whole); the ids by row are not copied."""
        if isinstance(more, IdLayers):
            more = more.merged()
        width = max(self.sorted_ids.dtype.itemsize, more.sorted_ids.dtype.itemsize, 1)
        mine, theirs = self.sorted_ids.astype(f"S{width}", copy=False), more.sorted_ids.astype(f"S{width}")
        at = np.searchsorted(mine, theirs, side="right")  # an id in both: this column's row first
        merged = np.insert(mine, at, theirs)
        order = np.insert(self.order, at, more.order + len(self))
        return IdColumn(StringLayers([self.by_row, more.by_row]), merged, order)

    def row(self, claim_id: str) -> int | None:
        """The row holding ``claim_id``, or None."""
        key = claim_id.encode("utf-8", "surrogatepass")
        if not len(self.sorted_ids) or len(key) > self.sorted_ids.dtype.itemsize or key.endswith(b"\x00"):
            return None
        at = int(np.searchsorted(self.sorted_ids, key))
        if at < len(self.sorted_ids) and self.sorted_ids[at] == key:
            return int(self.order[at])
        return None

    def rows(self, claim_ids: Iterable[str]) -> list[int]:
        """The rows of those of ``claim_ids`` it holds."""
        found = (self.row(i) for i in claim_ids)
        return [r for r in found if r is not None]

    def mask_of(self, claim_ids: Iterable[str]) -> np.ndarray:
        """A boolean per row: whether its id is one of ``claim_ids`` (looked up all at once)."""
        wanted = [i.encode("utf-8", "surrogatepass") for i in claim_ids]
        mask = np.zeros(len(self), dtype=bool)
        width = self.sorted_ids.dtype.itemsize
        wanted = [w for w in wanted if len(w) <= width and not w.endswith(b"\x00")]
        if not wanted or not len(self.sorted_ids):
            return mask
        keys = np.array(wanted, dtype=f"S{width}")
        at = np.minimum(np.searchsorted(self.sorted_ids, keys), len(self.sorted_ids) - 1)
        mask[self.order[at[self.sorted_ids[at] == keys]]] = True
        return mask

    def rows_in(self, other: IdColumn) -> np.ndarray:
        """For each row here, the row of ``other`` holding the same id, or -1: in one pass over
        both sorted id arrays, not an id at a time."""
        if isinstance(other, IdLayers):  # each layer's rows, the first layer holding an id first
            found = np.full(len(self), -1, dtype=np.int64)
            for layer, first in zip(other.layers, other.firsts, strict=False):
                more = self.rows_in(layer)
                fill = (found < 0) & (more >= 0)
                found[fill] = more[fill] + first
            return found
        width = max(self.sorted_ids.dtype.itemsize, other.sorted_ids.dtype.itemsize, 1)
        mine, theirs = self.sorted_ids.astype(f"S{width}"), other.sorted_ids.astype(f"S{width}")
        found = np.full(len(self), -1, dtype=np.int64)
        if not len(theirs):
            return found
        at = np.minimum(np.searchsorted(theirs, mine), len(theirs) - 1)
        same = theirs[at] == mine
        found[self.order[same]] = other.order[at[same]]
        return found

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        by_row = self.by_row if isinstance(self.by_row, StringColumn) else StringColumn.concat([self.by_row])
        return {**by_row.arrays(prefix), f"{prefix}.sorted": self.sorted_ids, f"{prefix}.order": self.order}

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], prefix: str) -> IdColumn:
        column = cls(StringColumn.from_arrays(arrays, prefix), arrays[f"{prefix}.sorted"], arrays[f"{prefix}.order"])
        if not (len(column.sorted_ids) == len(column.order) == len(column.by_row)):
            raise ValueError(f"{prefix}: columns of different lengths")
        return column


class IdLayers(IdColumn):
    """Id columns read as one, one after another, neither copied nor merged: a mapped base and its
    tail. An id is looked up in each layer's sorted ids in turn (an id in both: the first layer's
    row, as ``joined`` has it); ``merged`` makes the one column ``joined`` would, for saving."""

    def __init__(self, layers: Sequence[IdColumn]) -> None:  # (no sorted ids of its own)
        self.layers: list[IdColumn] = []
        for layer in layers:
            self.layers += layer.layers if isinstance(layer, IdLayers) else [layer]
        self.by_row = StringLayers([layer.by_row for layer in self.layers])
        self.firsts = [0]  # the first row of each layer
        for layer in self.layers[:-1]:
            self.firsts.append(self.firsts[-1] + len(layer))

    def merged(self) -> IdColumn:
        merged = self.layers[0]
        for layer in self.layers[1:]:
            merged = merged.joined(layer)
        return merged

    def joined(self, more: IdColumn) -> IdColumn:
        return self.merged().joined(more)

    def row(self, claim_id: str) -> int | None:
        for layer, first in zip(self.layers, self.firsts, strict=True):
            found = layer.row(claim_id)
            if found is not None:
                return first + found
        return None

    def mask_of(self, claim_ids: Iterable[str]) -> np.ndarray:
        wanted = list(claim_ids)
        return np.concatenate([np.zeros(0, dtype=bool), *(layer.mask_of(wanted) for layer in self.layers)])

    def rows_in(self, other: IdColumn) -> np.ndarray:
        return np.concatenate([np.zeros(0, dtype=np.int64), *(layer.rows_in(other) for layer in self.layers)])

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return self.merged().arrays(prefix)
