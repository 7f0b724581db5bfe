"""Sequences read by row (store/rows.py): every way of indexing reads as a list does, and
reordering or joining reads only the rows asked for."""

from __future__ import annotations

import pytest

from store.rows import IndexedRows, Joined, Reordered


class Counted(IndexedRows[str]):
    """``n`` rows named r0, r1, ...; counts the rows read."""

    def __init__(self, n: int) -> None:
        self.n, self.read = n, 0

    def __len__(self) -> int:
        return self.n

    def row_at(self, row: int) -> str:
        self.read += 1
        return f"r{row}"


@pytest.mark.parametrize(
    "index", [0, 3, -1, -5, slice(None), slice(1, 4), slice(None, None, -1), slice(4, 0, -2), slice(-3, None)]
)
def test_indexing_reads_as_a_list_does(index) -> None:
    rows, plain = Counted(5), [f"r{i}" for i in range(5)]
    assert rows[index] == plain[index]
    assert list(Reordered(rows, [4, 3, 2, 1, 0]))[::-1] == plain
    assert Reordered(rows, [4, 3, 2, 1, 0])[index] == plain[::-1][index]


@pytest.mark.parametrize("index", [5, -6])
def test_a_row_out_of_range_is_an_index_error(index: int) -> None:
    for rows in (Counted(5), Reordered(Counted(5), range(5)), Joined(("a", Counted(2)), ("b", Counted(3)))):
        with pytest.raises(IndexError):
            rows[index]


def test_joined_labels_each_part_and_reads_only_the_row_asked_for() -> None:
    said, about = Counted(2), Counted(3)
    joined = Joined(("said", said), ("about", about))
    assert len(joined) == 5
    assert joined[3] == ("about", "r1") and joined[-5] == ("said", "r0")
    assert said.read + about.read == 2
    assert list(joined) == [("said", "r0"), ("said", "r1"), ("about", "r0"), ("about", "r1"), ("about", "r2")]
    assert joined[1:4] == list(joined)[1:4]


def test_reordered_reads_only_the_rows_drawn() -> None:
    rows = Counted(10_000)
    shown = Reordered(rows, list(range(9_999, -1, -1)))[:20]
    assert shown[0] == "r9999" and rows.read == 20
