"""A legend of marks (``? hedged  ≠ conflicted``) that wraps between entries, never inside one.

Wrapped as plain text, a narrow terminal split an entry across two lines
(``→ forecast  ?`` / ``hedged``), parting the mark from what it means.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content
from textual.css.styles import RulesMap

from tui.widgets.wrapped import WrappedLines

GAP = "  "


class Legend(WrappedLines):
    """``entries`` on as few lines as fit, two spaces apart; an entry wider than a line is cut."""

    def __init__(self, entries: list[str], style: str = "dim") -> None:
        self.entries = [Content.styled(entry, style) if style else Content(entry) for entry in entries]

    def __str__(self) -> str:
        return GAP.join(entry.plain for entry in self.entries)

    def wrap(self, width: int) -> list[Content]:
        lines: list[Content] = []
        line: Content | None = None
        for entry in self.entries:
            entry = entry.truncate(max(width, 1), ellipsis=True)
            if line is not None and line.cell_length + len(GAP) + entry.cell_length <= width:
                line = line + GAP + entry
                continue
            if line is not None:
                lines.append(line)
            line = entry
        if line is not None:
            lines.append(line)
        return lines

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return cell_len(str(self))
