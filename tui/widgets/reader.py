"""The article reader: long text drawn line by line, with every claim marked in place.

Built on Textual's line API (``ScrollView.render_line``): only the visible
lines are rendered, and the wrap is one cheap pass over offsets, so a 500 KB
article opens without freezing. Each claim is underlined and coloured by
kind, and the gutter carries glyphs (kind, ≠ for a conflict, ▶ for the
selected claim) so the marks survive NO_COLOR and 16-colour terminals.
The text is drawn as plain segments: it is never parsed as markup.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, pairwise

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from corpus.model import Article, Claim
from tui.widgets.glyphs import KIND_GLYPHS, kind_glyph
from tui.widgets.layout import TextLayout, wrap_text

GUTTER = 4  # selection mark, kind glyph, conflict glyph, a space
# Length-preserving: offsets must keep pointing into the body, so any control
# character that slipped past ingest becomes a visible replacement, not a gap.
_DISPLAY = dict.fromkeys([*range(32), *range(127, 160)], "�")
_DISPLAY[ord("\t")] = " "
_DISPLAY[ord("\n")] = " "


def display_chars(text: str) -> str:
    return text.translate(_DISPLAY)


class ArticleReader(ScrollView, can_focus=True):
    """Shows one article with its claims marked.

    ``selected_id`` is bound to the screen's selected claim (``data_bind``): a claim
    selected elsewhere is marked and scrolled into view. A click or a scroll selects
    here first (without scrolling) and tells the screen, whose value then comes back
    unchanged and only redraws.
    """

    selected_id: reactive[str | None] = reactive(None, init=False)

    COMPONENT_CLASSES = {
        "reader--gutter",
        "reader--selected",
        "reader--selected-gutter",
        "reader--conflict",
        *(f"reader--kind-{kind}" for kind in KIND_GLYPHS),
    }
    # The scrollbar's columns are kept even when it is not shown: the text wraps to the width
    # left beside it, and Textual sends no Resize when a scrollbar comes with new text.
    DEFAULT_CSS = """
    ArticleReader { overflow-x: hidden; scrollbar-gutter: stable; }
    ArticleReader > .reader--gutter { color: $text-muted; }
    ArticleReader > .reader--selected { text-style: reverse bold underline; }
    ArticleReader > .reader--selected-gutter { color: $accent; text-style: bold; }
    ArticleReader > .reader--conflict { color: $error; text-style: bold; }
    ArticleReader > .reader--kind-quantity { color: ansi_bright_cyan; text-style: underline; }
    ArticleReader:nocolor > .reader--kind-quantity { color: $foreground; }
    ArticleReader > .reader--kind-statement { color: ansi_bright_green; text-style: underline; }
    ArticleReader:nocolor > .reader--kind-statement { color: $foreground; }
    ArticleReader > .reader--kind-event { color: ansi_bright_yellow; text-style: underline; }
    ArticleReader:nocolor > .reader--kind-event { color: $foreground; }
    ArticleReader > .reader--kind-denial { color: ansi_bright_red; text-style: underline; }
    ArticleReader:nocolor > .reader--kind-denial { color: $foreground; }
    ArticleReader > .reader--kind-confirmation { color: ansi_bright_magenta; text-style: underline; }
    ArticleReader:nocolor > .reader--kind-confirmation { color: $foreground; }
    ArticleReader > .reader--kind-forecast { color: ansi_bright_blue; text-style: underline; }
    ArticleReader:nocolor > .reader--kind-forecast { color: $foreground; }
    /* NO_COLOR greys colours by brightness: red or blue claim text (and a reversed
       selection of it) came out near-black; the underline and glyphs mark claims there */
    ArticleReader:nocolor > .reader--conflict { color: $foreground; }
    ArticleReader:nocolor > .reader--selected-gutter { color: $foreground; }
    """

    class ClaimClicked(Message):
        """The user clicked a claim in the text."""

        def __init__(self, claim_id: str) -> None:
            self.claim_id = claim_id
            super().__init__()

    class ClaimScrolledIntoView(Message):
        """The user scrolled the selected claim away; this claim is now the first in view."""

        def __init__(self, claim_id: str) -> None:
            self.claim_id = claim_id
            super().__init__()

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.claims: list[Claim] = []
        self.conflicting: set[str] = set()
        self._claim_starts: list[int] = []
        self._max_ends: list[int] = []  # running max of claim ends, for overlap lookup
        self._layout = TextLayout(0, [], [])

    # -- public API ---------------------------------------------------------------
    def show_article(self, article: Article | None, claims: list[Claim], conflicting: set[str]) -> None:
        self.article = article
        self.claims = sorted(claims, key=lambda claim: (claim.start, claim.end))
        self.conflicting = conflicting
        self.set_reactive(ArticleReader.selected_id, None)  # the screen selects its claim next
        self._claim_starts = [claim.start for claim in self.claims]
        self._max_ends = list(accumulate((claim.end for claim in self.claims), max))
        self._relayout()
        self.scroll_to(0, 0, animate=False, immediate=True)

    def watch_selected_id(self, old: str | None, new: str | None) -> None:
        claim = self._claim(new)
        if claim is not None and new != old:
            self.scroll_to_claim(claim)
        self.refresh()

    def scroll_to_selected(self) -> None:
        claim = self._claim(self.selected_id)
        if claim is not None:
            self.scroll_to_claim(claim)

    def _select_here(self, claim_id: str) -> None:
        """Selected by the user in this pane: marked where it is, not scrolled to."""
        self.set_reactive(ArticleReader.selected_id, claim_id)
        self.refresh()

    def scroll_to_claim(self, claim: Claim) -> None:
        """Bring the whole claim into view, a third down the pane when it must move."""
        first, last = self.claim_lines(claim)
        top, height = int(self.scroll_y), max(self.scrollable_content_region.height, 1)
        if first >= top and last < top + height:
            return
        target = max(first - height // 3, 0) if last - first < height else first
        self.scroll_to(y=target, animate=False, immediate=True)

    def claim_lines(self, claim: Claim) -> tuple[int, int]:
        return self._layout.line_of(claim.start), self._layout.line_of(max(claim.end - 1, claim.start))

    def line_count(self) -> int:
        return len(self._layout)

    def visible_claim_ids(self) -> list[str]:
        """Claims with at least one line in view, in text order."""
        top = int(self.scroll_y)
        bottom = min(top + self.scrollable_content_region.height, len(self._layout)) - 1
        if bottom < top:
            return []
        start, end = self._layout.starts[top], self._layout.ends[bottom]
        return [claim.id for claim in self._claims_on(start, max(end, start + 1))]

    def line_text(self, index: int) -> str:
        """The plain text of display line ``index`` (for tests and copy)."""
        if self.article is None or not 0 <= index < len(self._layout):
            return ""
        return display_chars(self.article.body[self._layout.starts[index] : self._layout.ends[index]])

    # -- layout -------------------------------------------------------------------
    def _claim(self, claim_id: str | None) -> Claim | None:
        return next((claim for claim in self.claims if claim.id == claim_id), None)

    def _text_width(self) -> int:
        return max(self.scrollable_content_region.width - GUTTER, 10)

    def _relayout(self) -> None:
        body = self.article.body if self.article else ""
        self._layout = wrap_text(body, self._text_width())
        self.virtual_size = Size(self._text_width() + GUTTER, len(self._layout))
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        if self.article is not None and self._layout.width != self._text_width():
            selected = self._claim(self.selected_id)
            self._relayout()
            if selected is not None:
                self.scroll_to_claim(selected)

    def on_mount(self) -> None:
        self.watch(self, "scroll_y", self._scrolled, init=False)

    def _scrolled(self, _value: float) -> None:
        # Keep the claims pane in step when the user scrolls the text by hand. No selection
        # yet means a new article is being shown: the screen is about to select its claim
        # (a jump's target), which a "first visible claim" posted now would override.
        if not self.has_focus or not self.claims or self.selected_id is None:
            return
        visible = self.visible_claim_ids()
        if visible and self.selected_id not in visible:
            self._select_here(visible[0])
            self.post_message(self.ClaimScrolledIntoView(visible[0]))

    # -- rendering ----------------------------------------------------------------
    def _claims_on(self, start: int, end: int) -> list[Claim]:
        """Claims overlapping body[start:end] (or touching an empty line's offset)."""
        found = []
        index = bisect_right(self._claim_starts, max(end - 1, start)) - 1
        while index >= 0 and self._max_ends[index] > start:
            claim = self.claims[index]
            if claim.end > start:
                found.append(claim)
            index -= 1
        found.reverse()
        return found

    def _gutter(self, claims: list[Claim], start: int, end: int) -> list[Segment]:
        gutter_style = self.get_component_rich_style("reader--gutter")
        selected = any(claim.id == self.selected_id for claim in claims)
        mark = "▶" if selected else ("┃" if claims else " ")
        starting = [claim for claim in claims if start <= claim.start < max(end, start + 1)]
        glyph = kind_glyph(starting[0].kind) if starting else " "
        conflict = "≠" if any(claim.id in self.conflicting for claim in starting) else " "
        mark_style = self.get_component_rich_style("reader--selected-gutter") if selected else gutter_style
        glyph_style = (
            self.get_component_rich_style(f"reader--kind-{starting[0].kind}", partial=True)
            if starting
            else gutter_style
        )
        return [
            Segment(mark, mark_style),
            Segment(glyph, glyph_style + Style(underline=False)),
            Segment(conflict, self.get_component_rich_style("reader--conflict")),
            Segment(" ", gutter_style),
        ]

    def _text_segments(self, claims: list[Claim], start: int, end: int, base: Style) -> list[Segment]:
        assert self.article is not None
        body = self.article.body
        cuts = {start, end}
        for claim in claims:
            cuts.update(offset for offset in (claim.start, claim.end) if start < offset < end)
        points = sorted(cuts)
        segments = []
        for left, right in pairwise(points):
            style = base
            for claim in claims:
                if claim.start <= left and right <= claim.end:
                    style = style + self.get_component_rich_style(f"reader--kind-{claim.kind}", partial=True)
                    if claim.id == self.selected_id:
                        style = style + self.get_component_rich_style("reader--selected", partial=True)
            segments.append(Segment(display_chars(body[left:right]), style))
        return segments

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if self.article is None or index >= len(self._layout):
            return Strip.blank(width, base)
        start, end = self._layout.starts[index], self._layout.ends[index]
        claims = self._claims_on(start, end)
        segments = self._gutter(claims, start, end) + self._text_segments(claims, start, end, base)
        return Strip(segments).crop_extend(scroll_x, scroll_x + width, base)

    # -- mouse --------------------------------------------------------------------
    def on_click(self, event: events.Click) -> None:
        offset = self._body_offset_at(event.x, event.y)
        if offset is None:
            return
        for claim in self._claims_on(offset, offset + 1):
            if claim.start <= offset < claim.end:
                self._select_here(claim.id)
                self.post_message(self.ClaimClicked(claim.id))
                return

    def _body_offset_at(self, x: int, y: int) -> int | None:
        index = int(self.scroll_y) + y
        if self.article is None or index >= len(self._layout) or x < GUTTER:
            return None
        start, end = self._layout.starts[index], self._layout.ends[index]
        column = x - GUTTER
        used = 0
        for offset in range(start, end):
            used += cell_len(self.article.body[offset])
            if used > column:
                return offset
        return None
