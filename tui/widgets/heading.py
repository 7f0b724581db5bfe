"""Text kept to the few lines it is given, cut with … where it must give way.

The article heading: a long title wrapped over all its lines and pushed out
the line that says where the article is from and how many of its claims
conflict; here the title gives way and that line always shows. A claim's
facts: a long note or attribution chain ran past the box and was cut off
with no sign; here the last line shown ends with …. ``str()`` is the whole
text, uncut.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.css.styles import RulesMap

from tui.widgets.wrapped import WrappedLines

ELLIPSIS = "…"


class ArticleHeading(WrappedLines):
    """``title`` wrapped in what ``meta`` leaves of ``max_lines``, at least one line."""

    def __init__(self, title: Text, meta: Text, max_lines: int = 3) -> None:
        self.title = Content.from_rich_text(title)
        self.meta = Content.from_rich_text(meta)
        self.max_lines = max_lines
        self._style = title.style  # for the ellipsis

    def __str__(self) -> str:
        return f"{self.title.plain}\n{self.meta.plain}"

    def wrap(self, width: int) -> list[Content]:
        width = max(width, 2)
        meta = self.meta.wrap(width)
        room = max(self.max_lines - len(meta), 1)
        title = self.title.wrap(width)
        if len(title) > room:
            title = title[:room]
            title[-1] = _with_ellipsis(title[-1], width, str(self._style or ""))
        return [*title, *meta]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(self.title.cell_length, self.meta.cell_length)


class ClampedText(WrappedLines):
    """``text`` wrapped to at most ``max_lines``; a cut shows as … at the end of the last line."""

    def __init__(self, text: Text, max_lines: int) -> None:
        self.content = Content.from_rich_text(text)
        self.max_lines = max_lines

    def __str__(self) -> str:
        return self.content.plain

    def wrap(self, width: int) -> list[Content]:
        width = max(width, 2)
        lines = [line for part in self.content.split("\n") for line in part.wrap(width)]
        if len(lines) > self.max_lines:
            lines = lines[: self.max_lines]
            lines[-1] = _with_ellipsis(lines[-1], width, "")
        return lines

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((line.cell_length for line in self.content.split("\n")), default=0)


def _with_ellipsis(line: Content, width: int, style: str) -> Content:
    """``line`` ending with …, cut to fit ``width``."""
    line = line.rstrip()
    if line.cell_length + len(ELLIPSIS) > width:
        line = line.truncate(width - len(ELLIPSIS)).rstrip()
    return line.append_text(ELLIPSIS, style)
