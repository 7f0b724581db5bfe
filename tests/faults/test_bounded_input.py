"""Huge inputs cost bounded memory: refusals read nothing, accepted files cost a
small multiple of their size, never more (measured with tracemalloc)."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from corpus.article_errors import ArticleTooLarge
from corpus.loader import load_file

MB = 1024 * 1024


def peak_bytes(action) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_refusing_a_fifty_megabyte_file_reads_none_of_it(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * MB)

    def attempt():
        with pytest.raises(ArticleTooLarge):
            load_file(huge)

    _, peak = peak_bytes(attempt)
    assert peak < 1 * MB


@pytest.mark.parametrize(
    ("unit", "max_multiple"),
    [
        ("The ministry said 300 troops arrived near Kursk on Monday, ", 3),
        # an escape sequence every 35 characters: the sanitiser's worst realistic case
        ("The ministry said 300 troops arrived \x1b[31mnear Kursk\x1b[0m on Monday, ", 6),
    ],
    ids=["plain", "escape-laden"],
)
def test_ten_megabyte_single_line_costs_a_small_multiple_of_its_size(
    tmp_path: Path, unit: str, max_multiple: int
) -> None:
    line = unit * (10 * MB // len(unit))  # one line, no newline anywhere
    path = tmp_path / "oneline.txt"
    path.write_text(line, encoding="utf-8")
    article, peak = peak_bytes(lambda: load_file(path, max_bytes=16 * MB))
    size = path.stat().st_size
    assert "\n" not in article.body and "\x1b" not in article.body
    assert len(article.body) == len(line) - line.count("\x1b[31m") * 5 - line.count("\x1b[0m") * 4
    assert article.title.startswith("The ministry said") and len(article.title) <= 300
    assert peak < max_multiple * size, f"peak {peak / MB:.1f} MB for a {size / MB:.1f} MB file"
