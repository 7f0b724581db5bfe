"""Sequences read by row, each item made only when a row is read.

A view shows a screenful of tens of thousands of rows (a measure's figures, an entity's
claims): the query layer hands out sequences that make each item when read, and
reordering or joining them must not make every item either. Indexing (negative rows
included), bounds and slices are handled once, in ``IndexedRows``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar, overload

T = TypeVar("T")


class IndexedRows(Sequence[T]):
    """A sequence by row: a subclass says how long it is and how to read one row in range
    (``row_at``), and may read a run of rows at once (``rows_in``) when that is cheaper."""

    def row_at(self, row: int) -> T:
        raise NotImplementedError

    def rows_in(self, rows: range) -> list[T]:
        return [self.row_at(row) for row in rows]

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return self.rows_in(range(*index.indices(len(self))))
        row = index + len(self) if index < 0 else index
        if not 0 <= row < len(self):
            raise IndexError(index)
        return self.row_at(row)

    def __iter__(self) -> Iterator[T]:
        return (self.row_at(row) for row in range(len(self)))


class Reordered(IndexedRows[T]):
    """``items`` in the order ``order`` gives (positions in ``items``)."""

    def __init__(self, items: Sequence[T], order: Sequence[int] | Any) -> None:
        self._items = items
        self._order = order

    def __len__(self) -> int:
        return len(self._order)

    def row_at(self, row: int) -> T:
        return self._items[int(self._order[row])]


class Joined(IndexedRows[tuple[str, T]]):
    """Each part's items after the one before, with that part's label: ``("said", claim)``."""

    def __init__(self, *parts: tuple[str, Sequence[T]]) -> None:
        self._parts = parts

    def __len__(self) -> int:
        return sum(len(items) for _label, items in self._parts)

    def row_at(self, row: int) -> tuple[str, T]:
        for label, items in self._parts:
            if row < len(items):
                return label, items[row]
            row -= len(items)
        raise IndexError(row)  # not reached: IndexedRows checked the bounds

    def __iter__(self) -> Iterator[tuple[str, T]]:
        for label, items in self._parts:
            for item in items:
                yield label, item
