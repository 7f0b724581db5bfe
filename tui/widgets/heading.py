"""The article heading: the title, then the line naming outlet, date and counts.

The heading has room for a few lines only. A long title wrapped over all of
them and pushed out the line that says where the article is from and how many
of its claims conflict; here the title gives way (cut with …) and that line
always shows. ``str()`` is the whole text, uncut.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

ELLIPSIS = "…"


class ArticleHeading(Visual):
    """``title`` wrapped in what ``meta`` leaves of ``max_lines``, at least one line."""

    def __init__(self, title: Text, meta: Text, max_lines: int = 3) -> None:
        self.title = Content.from_rich_text(title)
        self.meta = Content.from_rich_text(meta)
        self.max_lines = max_lines
        self._style = title.style  # for the ellipsis
        self._wrapped: tuple[int, list[Content]] | None = None

    def __str__(self) -> str:
        return f"{self.title.plain}\n{self.meta.plain}"

    def lines(self, width: int) -> list[Content]:
        """The lines drawn ``width`` cells wide."""
        if self._wrapped is not None and self._wrapped[0] == width:
            return self._wrapped[1]
        width = max(width, 2)
        meta = self.meta.wrap(width)
        room = max(self.max_lines - len(meta), 1)
        title = self.title.wrap(width)
        if len(title) > room:
            title = title[:room]
            last = title[-1].rstrip()
            if last.cell_length + len(ELLIPSIS) > width:
                last = last.truncate(width - len(ELLIPSIS)).rstrip()
            title[-1] = last.append_text(ELLIPSIS, str(self._style or ""))
        lines = [*title, *meta]
        self._wrapped = (width, lines)
        return lines

    # -- the Visual protocol ---------------------------------------------------------
    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return Content("\n").join(self.lines(width)).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(self.title.cell_length, self.meta.cell_length)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(width))
