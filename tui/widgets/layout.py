"""Word-wrap article text into display lines, as offsets into the body.

The reader draws lines lazily, so only the line boundaries are computed up
front: one pass over the text, no per-line objects beyond an (start, end)
pair. Offsets stay offsets into ``Article.body``, so claims map to lines
with a bisect.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*|\s+")


@dataclass(slots=True)
class TextLayout:
    width: int
    starts: list[int]  # body offset where each display line starts
    ends: list[int]  # body offset where it ends (exclusive, before any newline)

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """The display line holding body ``offset`` (clamped)."""
        return max(bisect_right(self.starts, offset) - 1, 0)


def _split_long_word(word: str, start: int, width: int, starts: list[int], ends: list[int]) -> int:
    """Hard-break a word wider than the line; returns the cells used on the last piece."""
    used = 0
    piece_start = start
    for index, char in enumerate(word):
        char_cells = cell_len(char)
        if used + char_cells > width and used:
            starts.append(piece_start)
            ends.append(start + index)
            piece_start, used = start + index, 0
        used += char_cells
    starts.append(piece_start)
    ends.append(start + len(word))
    return used


def wrap_text(body: str, width: int) -> TextLayout:
    """Greedy word wrap of ``body`` at ``width`` cells; each paragraph starts a line."""
    width = max(width, 1)
    starts: list[int] = []
    ends: list[int] = []
    offset = 0
    for paragraph in body.split("\n"):
        line_start, used = offset, 0
        if not paragraph:
            starts.append(offset)
            ends.append(offset)
        elif paragraph.isascii() and len(paragraph) <= width:
            starts.append(offset)  # fast path: most short paragraphs fit on one line
            ends.append(offset + len(paragraph))
        else:
            for match in _WORD.finditer(paragraph):
                word = match.group()
                word_start = offset + match.start()
                stripped = word.rstrip()
                cells = len(stripped) if stripped.isascii() else cell_len(stripped)
                if used and used + cells > width:
                    starts.append(line_start)
                    ends.append(word_start)
                    line_start, used = word_start, 0
                if cells > width:
                    used = _split_long_word(stripped, word_start, width, starts, ends)
                    line_start = starts.pop()
                    ends.pop()
                    used += len(word) - len(stripped)
                    continue
                used += cells + (len(word) - len(stripped))
            starts.append(line_start)
            ends.append(offset + len(paragraph))
        offset += len(paragraph) + 1
    return TextLayout(width, starts, ends)
