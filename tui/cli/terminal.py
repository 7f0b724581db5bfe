"""Plain terminal text for the headless CLI: cell widths, word wrap with a hanging indent,
columns, and SGR styles on a terminal only (no Rich: `factscope search` stays light).

Text handed in here is already sanitised (``corpus.sanitize``): the only escape sequences
written are the SGR style codes made below, never a byte of a DB string.
"""

from __future__ import annotations

import os
import shutil
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import IO

# The styles the CLI uses, as SGR parameters.
_SGR = {"bold": "1", "dim": "2", "italic": "3", "underline": "4", "reverse": "7"}
_SGR |= {"red": "31", "green": "32", "yellow": "33", "cyan": "36"}
DEFAULT_WIDTH = 100  # when the terminal does not say


@dataclass(frozen=True, slots=True)
class Terminal:
    """How output is laid out: ``width`` None for a pipe (one logical line per line, never
    wrapped), and whether styles are drawn."""

    width: int | None = None
    colour: bool = False

    @classmethod
    def of(cls, stream: IO[str] | None = None) -> Terminal:
        """A terminal's width and colours for ``stream`` (default stdout); a pipe's plain lines.
        ``NO_COLOR`` (any value) or ``TERM=dumb`` keeps the layout and drops the styles."""
        stream = stream if stream is not None else sys.stdout
        if not is_terminal(stream):
            return cls()
        colour = "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"
        return cls(shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns, colour)


def is_terminal(stream: IO[str] | None = None) -> bool:
    """True when ``stream`` (default: stdout) is an interactive terminal."""
    stream = stream if stream is not None else sys.stdout
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Terminal cells ``char`` takes: 2 for wide East Asian characters, 0 for combining marks
    and format characters (zero-width joiners, bidi marks), else 1."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def cell_width(text: str) -> int:
    return sum(char_width(char) for char in text)


def wrap_ranges(text: str, width: int) -> list[tuple[int, int]]:
    """Where ``text`` (one line) breaks to fit ``width`` cells: (start, end) per line. Breaks
    at spaces, which are dropped at the break; a word longer than a line is cut."""
    width = max(width, 1)
    lines: list[tuple[int, int]] = []
    start, length = 0, len(text)
    while start < length:
        while start < length and text[start] == " ":
            start += 1
        if start >= length:
            break
        end, cells, last_space = start, 0, -1
        while end < length:
            cells += char_width(text[end])
            if cells > width:
                break
            if text[end] == " ":
                last_space = end
            end += 1
        if end < length and text[end] != " " and last_space > start:
            end = last_space  # mid-word: break at the last space that fits
        elif end == start:
            end = start + 1  # one character wider than the line: it still goes somewhere
        stop = end
        while stop > start and text[stop - 1] == " ":
            stop -= 1
        lines.append((start, stop))
        start = end
    return lines or [(0, 0)]


@dataclass(slots=True)
class Styled:
    """A line of text with styled spans (``append`` builds it, ``highlight`` marks a span)."""

    text: str = ""
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, style

    def append(self, text: str, style: str = "") -> Styled:
        if style and text:
            self.spans.append((len(self.text), len(self.text) + len(text), style))
        self.text += text
        return self

    def highlight(self, start: int, end: int, style: str) -> None:
        self.spans.append((start, end, style))

    def render(self, terminal: Terminal, start: int = 0, end: int | None = None) -> str:
        """Characters ``start:end``, with their styles' SGR codes when the terminal has colour."""
        end = len(self.text) if end is None else end
        if not terminal.colour or not self.spans:
            return self.text[start:end]
        out: list[str] = []
        current = ""
        for index in range(start, end):
            style = " ".join(s for a, b, s in self.spans if a <= index < b)
            if style != current:
                out.append(_RESET if current else "")
                out.append(sgr(style))
                current = style
            out.append(self.text[index])
        if current:
            out.append(_RESET)
        return "".join(out)

    def lines(self, terminal: Terminal, width: int | None) -> list[str]:
        """The text wrapped to ``width`` cells (None: one line), each line rendered."""
        if width is None:
            return [self.render(terminal)]
        return [self.render(terminal, start, end) for start, end in wrap_ranges(self.text, width)]


_RESET = "\x1b[0m"


def sgr(style: str) -> str:
    """The SGR sequence for ``style`` ("bold reverse", "dim", ...); "" for no style."""
    codes = [_SGR[word] for word in style.split() if word in _SGR]
    return f"\x1b[{';'.join(dict.fromkeys(codes))}m" if codes else ""


def paint(text: str, style: str, terminal: Terminal) -> str:
    return Styled().append(text, style).render(terminal)


def indented(text: Styled, cells: int, terminal: Terminal, hanging: int | None = None) -> list[str]:
    """``text`` led by ``cells`` spaces; on a terminal every wrapped line keeps the indent, or with
    ``hanging`` starts that many cells in (a list entry's head: its wrapped lines under its text,
    not at its start, where they would read as the next entry's)."""
    pad = " " * cells
    if hanging is None or hanging <= cells or terminal.width is None:
        width = None if terminal.width is None else max(terminal.width - cells, 10)
        return [pad + line for line in text.lines(terminal, width)]
    (start, end), *_ = wrap_ranges(text.text, max(terminal.width - cells, 10))
    rest = [(end + a, end + b) for a, b in wrap_ranges(text.text[end:], max(terminal.width - hanging, 10))]
    lines = [pad + text.render(terminal, start, end)]
    return lines + [" " * hanging + text.render(terminal, a, b) for a, b in rest if b > a]


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    ratio: int = 0  # 0: as wide as its widest cell, never wrapped; else a share of the room left
    min_width: int = 0
    right: bool = False  # right-aligned


GAP = "  "  # between columns


def column_widths(columns: Sequence[Column], rows: Sequence[Sequence[Styled]], width: int) -> list[int]:
    """Fixed columns as wide as their widest cell; the room left shared by ratio, each at least
    its ``min_width`` and its header (taken from the widest when they do not all fit)."""
    widths = [
        max([cell_width(column.header)] + [cell_width(row[index].text) for row in rows]) if not column.ratio else 0
        for index, column in enumerate(columns)
    ]
    flexible = [index for index, column in enumerate(columns) if column.ratio]
    if not flexible:
        return widths
    room = width - sum(widths) - len(GAP) * (len(columns) - 1)
    total = sum(columns[index].ratio for index in flexible)
    floors = {index: max(columns[index].min_width, cell_width(columns[index].header), 1) for index in flexible}
    for index in flexible:
        widths[index] = max(room * columns[index].ratio // total, floors[index])
    widest = max(flexible, key=lambda index: columns[index].ratio)
    widths[widest] += max(room - sum(widths[index] for index in flexible), 0)  # rounding's cells
    while sum(widths[index] for index in flexible) > room:
        shrinkable = [index for index in flexible if widths[index] > floors[index]]
        if not shrinkable:
            break  # too narrow for the floors: the lines run over, as a pipe's would
        widths[max(shrinkable, key=lambda index: widths[index])] -= 1
    return widths


def table_lines(
    columns: Sequence[Column], rows: Sequence[Sequence[Styled]], terminal: Terminal, *, rule: str = "─"
) -> list[str]:
    """An aligned table for a terminal: a bold header, and each row's cells wrapped in their
    columns (a dim rule between rows)."""
    width = terminal.width or DEFAULT_WIDTH
    widths = column_widths(columns, rows, width)

    def laid_out(cells: Sequence[Styled]) -> list[str]:
        ranges = [wrap_ranges(cell.text, widths[index]) for index, cell in enumerate(cells)]
        out = []
        for number in range(max(len(lines) for lines in ranges)):
            parts = []
            for index, column in enumerate(columns):
                shown, used = "", 0
                if number < len(ranges[index]):
                    start, end = ranges[index][number]
                    shown, used = cells[index].render(terminal, start, end), cell_width(cells[index].text[start:end])
                fill = " " * max(widths[index] - used, 0)
                parts.append(fill + shown if column.right else shown + fill)
            out.append(GAP.join(parts).rstrip())
        return out

    header = laid_out([Styled().append(column.header, "bold") for column in columns])
    separator = paint(rule * min(width, sum(widths) + len(GAP) * (len(columns) - 1)), "dim", terminal)
    lines = [*header, separator]
    for number, row in enumerate(rows):
        if number:
            lines.append(separator)
        lines += laid_out(row)
    return lines
