"""A view's rows as sequences whose items are read only when a row is drawn or chosen.

A ViewTable asks for the rows on screen; the models hand out sequences that make each
item when read (a measure's figures, an entity's claims). Reordering or joining them
into lists made every item: 20,000 figures, 12,500 claims, on the key that opened the view.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar, overload

T = TypeVar("T")


class Reordered(Sequence[T]):
    """``items`` in the order ``order`` gives (positions in ``items``)."""

    def __init__(self, items: Sequence[T], order: Sequence[int] | Any) -> None:
        self._items = items
        self._order = order

    def __len__(self) -> int:
        return len(self._order)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._items[int(self._order[index])]

    def __iter__(self) -> Iterator[T]:
        return (self[i] for i in range(len(self)))


class Joined(Sequence[tuple[str, T]]):
    """Each part's items after the one before, with that part's label: ``("said", claim)``."""

    def __init__(self, *parts: tuple[str, Sequence[T]]) -> None:
        self._parts = parts

    def __len__(self) -> int:
        return sum(len(items) for _label, items in self._parts)

    @overload
    def __getitem__(self, index: int) -> tuple[str, T]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, T]]: ...
    def __getitem__(self, index: int | slice) -> tuple[str, T] | list[tuple[str, T]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        position = index + len(self) if index < 0 else index
        if not 0 <= position < len(self):
            raise IndexError(index)
        for label, items in self._parts:
            if position < len(items):
                return label, items[position]
            position -= len(items)
        raise IndexError(index)  # not reached: the bounds were checked

    def __iter__(self) -> Iterator[tuple[str, T]]:
        for label, items in self._parts:
            for item in items:
                yield label, item
