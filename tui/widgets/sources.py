"""The list of sources: title, outlet, date (≈ when estimated) and claim count.

A Line API widget that draws only the rows on screen: laid out as an
``OptionList``, thousands of articles cost seconds of the first screen (every
prompt wrapped to measure its height). Here a row's height follows from its
strings' widths alone (the title on one or two lines, cut with an ellipsis
past that; outlet, date and claim count on one line, or the outlet on a line
of its own), so laying out the list is a sum of widths, and
only the rows in view are wrapped and drawn.
"""

from __future__ import annotations

import sys
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import ClassVar, NamedTuple

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from corpus.display import counted, one_line
from corpus.model import Article
from tui.widgets.glyphs import article_date, article_title

OPEN_MARK = "▶ "  # the article shown in the reader; a glyph, so it shows without colour too
OPEN_MARK_CELLS = cell_len(OPEN_MARK)


class SourceRow(NamedTuple):
    article_id: str
    title: str  # one line, sanitised, without the open mark
    outlet: str
    when_and_count: str  # date · N claims
    title_cells: int  # the title's width in cells, and the meta line's: laying out the list
    meta_cells: int  # is then a sum of numbers (thousands of rows, on every article opened)

    @property
    def meta(self) -> str:
        return f"{self.outlet} · {self.when_and_count}"


TITLE_LIMIT = 120  # characters of a title a row keeps


def source_row(article: Article, claim_count: int, title: str | None = None) -> SourceRow:
    """``title``: the article's whole title on one line (``article_title``), when already made."""
    whole = article_title(article) if title is None else title
    # one_line cuts only past the limit: within it, the cut title is the whole one
    cut = whole if len(whole) <= TITLE_LIMIT else article_title(article, TITLE_LIMIT)
    outlet = one_line(article.outlet, 40) if article.outlet else "outlet unknown"
    when_and_count = f"{article_date(article)} · {counted(claim_count, 'claim')}"
    return SourceRow(article.id, cut, outlet, when_and_count, cell_len(cut), cell_len(f"{outlet} · {when_and_count}"))


def sort_key(article: Article) -> tuple[bool, str, str]:
    # Oldest first, undated last: the story reads in the order it happened.
    return (article.published is None, article.published or "", article_title(article))


def in_list_order(articles: Iterable[Article]) -> list[tuple[str, Article]]:
    """``articles`` in the list's order (``sort_key``), each with its title on one line: every
    title is sanitised once, for the order and the row alike."""
    titled = [(article_title(article), article) for article in articles]
    titled.sort(key=lambda pair: (pair[1].published is None, pair[1].published or "", pair[0]))
    return titled


def source_rows(ordered: Iterable[tuple[str, Article]], claim_count: Callable[[str], int]) -> tuple[SourceRow, ...]:
    """The list's rows for ``ordered`` (``in_list_order``): made once per corpus, off the UI thread
    (50,000 articles' titles, outlets and dates cost ~0.3 s of CPU)."""
    return tuple(source_row(article, claim_count(article.id), title) for title, article in ordered)


def lines_needed(text: str, width: int) -> int:
    """Lines ``text`` (one line of text) takes drawn at ``width``: one if it fits, else two
    (at most two are drawn: ``wrapped``). Exact without wrapping it."""
    return lines_for(cell_len(text), width)


def lines_for(cells: int, width: int) -> int:
    """``lines_needed`` of a text ``cells`` wide."""
    return 1 if cells <= width else 2


def wrapped(text: Text, width: int, console: Console) -> list[Text]:
    """``text`` word-wrapped at ``width`` on at most two lines, the second cut with an ellipsis."""
    lines = list(text.wrap(console, width))
    if len(lines) > 2:
        for line in lines[1:]:
            line.rstrip()  # the space a line broke at
        rest = Text(" ").join(lines[1:])
        rest.truncate(width, overflow="ellipsis")
        lines = [lines[0], rest]
    return lines


def row_lines(row: SourceRow, width: int, *, is_open: bool, console: Console) -> list[Text]:
    """The lines of ``row`` drawn ``width`` cells wide (as many as ``lines_needed`` says)."""
    lines = wrapped(Text(f"{OPEN_MARK}{row.title}" if is_open else row.title, style="bold"), width, console)
    if cell_len(row.meta) <= width:
        lines.append(Text(row.meta, style="dim"))
    else:  # the outlet on a line of its own, cut if it must be: the date and count stay whole
        lines += [Text(row.outlet, style="dim"), Text(row.when_and_count, style="dim")]
        for line in lines[-2:]:
            line.truncate(width, overflow="ellipsis")
    return lines


class Widths:
    """One column of row widths (cells), counted at any width without a loop over the rows
    in Python: a list of 50,000 rows counted row by row cost ~4 ms of the first screen for
    each width it was laid out at (two: before and after its scrollbar came)."""

    def __init__(self, cells: Sequence[int]) -> None:
        self._cells = cells
        self._low: bytes | None = None  # every width as one byte, when every width fits one
        self._counts: Counter[int] | None = None  # else how many rows are of each width
        self._read = False

    def __len__(self) -> int:
        return len(self._cells)

    def __getitem__(self, row: int) -> int:
        return self._cells[row]

    def wider_than(self, width: int) -> int:
        """How many rows are wider than ``width`` cells."""
        if not self._read:
            self._low, self._read = _as_bytes(self._cells), True
            if self._low is None:
                self._counts = Counter(self._cells)
        if self._low is not None:
            return 0 if width >= 255 else self._low.translate(_wider_table(width)).count(1)
        assert self._counts is not None
        return sum(count for cells, count in self._counts.items() if cells > width)


def _as_bytes(cells: Sequence[int]) -> bytes | None:
    """``cells`` as bytes, one a width (None when one is past 255); read as they lie from a
    16-bit array (``tui/first_screen.py``'s)."""
    if isinstance(cells, array) and cells.typecode == "H":
        raw = cells.tobytes()
        low, high = (raw[0::2], raw[1::2]) if sys.byteorder == "little" else (raw[1::2], raw[0::2])
        return low if high.count(0) == len(high) else None
    try:
        return bytes(cells)
    except (ValueError, TypeError):
        return None


@lru_cache(maxsize=8)
def _wider_table(width: int) -> bytes:
    """A ``bytes.translate`` table: 1 for a width past ``width``, else 0."""
    return bytes(1 if cells > width else 0 for cells in range(256))


class RowLayout:
    """The list's rows laid out at one width: each row's height (``base_height``, or as set for
    the open row) and the line it starts at, worked out only as far as a row or line asked for
    (the first screen asks for its rows alone), and the lines of all of them (``total``)."""

    CHUNK = 256  # rows laid out at a time past the last one asked for

    def __init__(self, titles: Widths, metas: Widths, width: int) -> None:
        self.width = width
        self._titles, self._metas = titles, metas
        self._set: dict[int, int] = {}  # heights set apart from the widths (the open row's)
        self._tops = [0]  # the first line of each row laid out so far
        self.total = 2 * len(titles) + titles.wider_than(width) + metas.wider_than(width)

    def __len__(self) -> int:
        return len(self._titles)

    def base_height(self, row: int) -> int:
        width = self.width
        return (1 if self._titles[row] <= width else 2) + (1 if self._metas[row] <= width else 2)

    def height(self, row: int) -> int:
        found = self._set.get(row)
        return found if found is not None else self.base_height(row)

    def set_height(self, row: int, height: int) -> bool:
        """Give ``row`` ``height`` lines; whether that moved the rows below it."""
        old = self.height(row)
        if height == self.base_height(row):
            self._set.pop(row, None)
        else:
            self._set[row] = height
        if height == old:
            return False
        self.total += height - old
        del self._tops[row + 1 :]  # the rows below start elsewhere now: laid out again when asked
        return True

    def top(self, row: int) -> int:
        """The line ``row`` starts at (``len(self)``: the end)."""
        self._lay_out_to(row)
        return self._tops[row]

    def row_at(self, line: int) -> int | None:
        """The row drawn on ``line``, or None past the last."""
        if not 0 <= line < self.total:
            return None
        tops = self._tops
        while tops[-1] <= line:
            self._lay_out_to(len(tops) - 1 + self.CHUNK)
        return bisect_right(tops, line) - 1

    def _lay_out_to(self, row: int) -> None:
        tops = self._tops
        if row < len(tops):
            return
        start = len(tops) - 1
        end = min(len(self), max(row, start + self.CHUNK))
        if end <= start:
            return
        width, titles, metas, found = self.width, self._titles, self._metas, self._set
        line = tops[-1]
        for index in range(start, end):
            height = found.get(index)
            if height is None:
                height = (1 if titles[index] <= width else 2) + (1 if metas[index] <= width else 2)
            line += height
            tops.append(line)


class SourcesList(ScrollView, can_focus=True):
    """One row per article, oldest first; Enter or a click opens it. The open one is marked."""

    ALLOW_SELECT = False
    BINDINGS: ClassVar[list[BindingType]] = [  # as OptionList's, so keys work as in the other lists
        Binding("down", "cursor_down", "Down", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "select", "Select", show=False),
        Binding("home", "first", "First", show=False),
        Binding("pagedown", "page_down", "Page Down", show=False),
        Binding("pageup", "page_up", "Page Up", show=False),
        Binding("up", "cursor_up", "Up", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"sources-list--highlighted", "sources-list--hover"}
    DEFAULT_CSS = """
    SourcesList {
        height: 1fr;
        overflow-x: hidden;
        padding: 0 1;
        background: $surface;
        & > .sources-list--highlighted {
            color: $foreground;
            background: $block-cursor-blurred-background;
        }
        &:focus {
            background-tint: $foreground 5%;
            & > .sources-list--highlighted {
                color: $block-cursor-foreground;
                background: $block-cursor-background;
                text-style: $block-cursor-text-style;
            }
        }
        & > .sources-list--hover {
            background: $block-hover-background;
        }
    }
    """

    highlighted: reactive[int | None] = reactive(None, init=False)
    _hover: reactive[int | None] = reactive(None, init=False)

    class Selected(Message):
        """An article was chosen (Enter or a click)."""

        def __init__(self, sources: SourcesList, article_id: str) -> None:
            super().__init__()
            self.sources, self.article_id = sources, article_id

        @property
        def control(self) -> SourcesList:
            return self.sources

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: Sequence[SourceRow] = ()
        self._cells = (Widths([]), Widths([]))  # every row's title and meta widths
        self._index: dict[str, int] | None = None  # made when first needed (``_row_of``)
        self.open_id: str | None = None
        self._layout = RowLayout(*self._cells, 0)
        self._laid_out_width = -1
        self._drawn: LRUCache[tuple[int, int, bool, Style], list[Strip]] = LRUCache(256)

    # -- data ---------------------------------------------------------------------
    def set_articles(self, articles: list[Article], claim_counts: dict[str, int]) -> None:
        self.set_rows(source_rows(in_list_order(articles), lambda article_id: claim_counts.get(article_id, 0)))

    def set_rows(self, rows: Sequence[SourceRow]) -> None:
        """Show ``rows`` (``source_rows``), in their order. Rows that know their widths and
        positions (``cells``, ``index_of``: the first screen's, ``tui/first_screen.py``) are
        asked for those, so only the rows drawn are read."""
        self.rows = rows
        cells = getattr(rows, "cells", None)
        titles, metas = cells() if cells is not None else ([r.title_cells for r in rows], [r.meta_cells for r in rows])
        self._cells = (Widths(titles), Widths(metas))
        self._index = None
        self._laid_out_width = -1
        self._layout_rows()
        if self.rows and self.highlighted is None:
            self.highlighted = 0
        elif self.highlighted is not None:
            self.highlighted = min(self.highlighted, len(self.rows) - 1) if self.rows else None

    def row_text(self, index: int) -> str:
        """The row's whole text, unwrapped (mark, title, then the outlet line)."""
        row = self.rows[index]
        return f"{self._title(row)}\n{row.meta}"

    @property
    def highlighted_id(self) -> str | None:
        return self.rows[self.highlighted].article_id if self.highlighted is not None and self.rows else None

    def highlight_article(self, article_id: str) -> None:
        """Mark ``article_id`` as the open article and move the cursor to it."""
        previous, self.open_id = self.open_id, article_id
        if previous != article_id:
            self._mark_moved(previous)  # the mark may take the title onto another line
        index = self._row_of(article_id)
        if index is None:
            return
        if self.highlighted != index:
            self.highlighted = index
        else:
            self.scroll_to_highlight()

    def _row_of(self, article_id: str) -> int | None:
        index_of = getattr(self.rows, "index_of", None)
        if index_of is not None:
            return index_of(article_id)
        if self._index is None:
            self._index = {row.article_id: index for index, row in enumerate(self.rows)}
        return self._index.get(article_id)

    # -- layout -----------------------------------------------------------------------
    @property
    def _text_width(self) -> int:
        return max(self.scrollable_content_region.width, 1)

    def _title(self, row: SourceRow) -> str:
        return f"{OPEN_MARK}{row.title}" if row.article_id == self.open_id else row.title

    def _layout_rows(self, force: bool = False) -> None:
        width = self._text_width
        if not force and width == self._laid_out_width:
            return
        self._laid_out_width = width
        # the rows' heights follow from their widths, worked out for the rows drawn or asked for
        # (``RowLayout``): laid out all at once, 50,000 rows cost ~8 ms of the first screen
        self._layout = RowLayout(*self._cells, width)
        opened = self._row_of(self.open_id) if self.open_id is not None else None
        if opened is not None:
            self._layout.set_height(opened, self._row_height(opened, width))
        self._lay_out(width)

    def _row_height(self, index: int, width: int) -> int:
        row = self.rows[index]
        title = row.title_cells + (OPEN_MARK_CELLS if row.article_id == self.open_id else 0)
        return lines_for(title, width) + lines_for(row.meta_cells, width)

    def _lay_out(self, width: int) -> None:
        self._drawn.clear()
        self.virtual_size = Size(width, self._layout.total)
        self.refresh()

    def _mark_moved(self, previous: str | None) -> None:
        """The open mark moved from ``previous``: only those two rows may change height."""
        if self._laid_out_width < 0:
            return  # laid out when first drawn
        width, changed = self._laid_out_width, False
        for article_id in (previous, self.open_id):
            index = self._row_of(article_id) if article_id is not None else None
            if index is not None and index < len(self._layout):
                changed |= self._layout.set_height(index, self._row_height(index, width))
        if changed:
            self._lay_out(width)
        else:
            for article_id in (previous, self.open_id):
                self._refresh_row(self._row_of(article_id) if article_id is not None else None)

    def on_resize(self, _event: events.Resize) -> None:
        self._layout_rows()
        self.scroll_to_highlight()

    def _row_at_line(self, line: int) -> int | None:
        return self._layout.row_at(line)

    # -- drawing ------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        self._layout_rows()
        width = self._text_width
        line = self.scroll_offset.y + y
        index = self._row_at_line(line)
        if index is None:
            return Strip.blank(width, self.rich_style)
        if index == self.highlighted:
            style = self.get_component_rich_style("sources-list--highlighted")
        elif index == self._hover:
            style = self.get_component_rich_style("sources-list--hover")
        else:
            style = self.rich_style
        key = (index, width, self.rows[index].article_id == self.open_id, style)
        strips = self._drawn.get(key)
        if strips is None:
            strips = self._draw_row(index, width, style)
            self._drawn[key] = strips
        return strips[line - self._layout.top(index)]

    def _draw_row(self, index: int, width: int, style: Style) -> list[Strip]:
        row = self.rows[index]
        console = self.app.console
        strips = []
        for text in row_lines(row, width, is_open=row.article_id == self.open_id, console=console):
            segments = Segment.apply_style(text.render(console), style)
            strips.append(Strip(segments).extend_cell_length(width, style).crop(0, width))
        return strips

    def watch_highlighted(self, previous: int | None, index: int | None) -> None:
        self._refresh_row(previous)
        self._refresh_row(index)
        self.scroll_to_highlight()

    def watch__hover(self, previous: int | None, index: int | None) -> None:
        self._refresh_row(previous)
        self._refresh_row(index)

    def _refresh_row(self, index: int | None) -> None:
        if index is not None and index < len(self._layout):
            top = self._layout.top(index)
            self.refresh(Region(0, top - self.scroll_offset.y, self.size.width, self._layout.height(index)))

    def scroll_to_highlight(self) -> None:
        index = self.highlighted
        if index is None or not self.is_mounted or index >= len(self._layout):
            return
        self._layout_rows()
        region = Region(0, self._layout.top(index), self._text_width, self._layout.height(index))
        self.scroll_to_region(region, force=True, animate=False, immediate=True)

    # -- keys and mouse -------------------------------------------------------------------
    def _move_to(self, index: int) -> None:
        if self.rows:
            self.highlighted = max(0, min(len(self.rows) - 1, index))

    def action_cursor_down(self) -> None:
        self._move_to(0 if self.highlighted is None else self.highlighted + 1)

    def action_cursor_up(self) -> None:
        self._move_to(0 if self.highlighted is None else self.highlighted - 1)

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(len(self.rows) - 1)

    def _move_page(self, direction: int) -> None:
        if self.highlighted is None:
            self._move_to(0 if direction < 0 else len(self.rows) - 1)
            return
        line = self._layout.top(self.highlighted) + direction * self.scrollable_content_region.height
        target = self._row_at_line(max(0, min(self._layout.total - 1, line)))
        if target is not None:
            self._move_to(target)

    def action_page_down(self) -> None:
        self._move_page(1)

    def action_page_up(self) -> None:
        self._move_page(-1)

    def action_select(self) -> None:
        article_id = self.highlighted_id
        if article_id is not None:
            self.post_message(self.Selected(self, article_id))

    def _row_under(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        return None if offset is None else self._row_at_line(offset.y + self.scroll_offset.y)

    def on_click(self, event: events.Click) -> None:
        index = self._row_under(event)
        if index is not None:
            self.highlighted = index
            self.action_select()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._hover = self._row_under(event)

    def on_leave(self, _event: events.Leave) -> None:
        self._hover = None
