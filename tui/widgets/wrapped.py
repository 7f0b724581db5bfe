"""A Textual Visual drawn as whole lines worked out for a width.

The hanging-indent prompts and the clamped headings share it: each says how
its text breaks into lines at a width (``wrap``); drawing, height and the
cache of the last width's lines are here once.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class WrappedLines(Visual):
    _wrapped: tuple[int, list[Content]] | None = None  # the last width asked for, and its lines

    def wrap(self, width: int) -> list[Content]:
        """The lines at ``width`` cells, each fitting it."""
        raise NotImplementedError

    def lines(self, width: int) -> list[Content]:
        """The lines drawn ``width`` cells wide (OptionList asks for the height, then draws)."""
        if self._wrapped is None or self._wrapped[0] != width:
            self._wrapped = (width, self.wrap(width))
        return self._wrapped[1]

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return Content("\n").join(self.lines(width)).render_strips(width, height, style, options)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.lines(width))
