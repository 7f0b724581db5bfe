"""A read-only table that renders only the rows on screen, for tables of any length.

DataTable measures and stores every cell up front (about a millisecond a row
here), so a timeline of 20,000 claims took 20 s to open. This table asks for
a row's cells only when the row is drawn, so opening or filtering costs the
same for ten rows or a million. Cells are Rich ``Text`` (never markup); they
are cut with an ellipsis to their column, and one column may take the width
left over. The header stays on top while the rows scroll. Columns marked
``whole`` (a narrow terminal cuts them) are shown whole, for the highlighted
row, on the table's last line.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

RowCells = Callable[[int], dict[str, Text]]
_CACHE_ROWS = 256  # composed lines kept, so scrolling back and forth stays cheap
_GAP = 2  # cells between columns
WHOLE = ".whole"  # see Column.whole
CURSOR_MARK = "▶"  # as the reader marks the selected claim; "▸" means "or more" in bar charts


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    label: str
    width: int | None = None  # None: takes the width the fixed columns leave
    justify: str = "left"
    min_width: int = 8  # for the flexible column
    # > 0: when the highlighted row's cell is cut, it is also shown whole on the last line,
    # the lowest number first; a row's cells may give a longer text for it under
    # ``key + WHOLE`` (a title where the column shows a short label).
    whole: int = 0


class ViewTable(ScrollView, can_focus=True):
    """Rows ``0..count-1`` whose cells come from ``cells(row)``; a row cursor."""

    DEFAULT_CSS = """
    ViewTable {
        height: 1fr;
    }
    ViewTable > .view-table--header {
        text-style: bold;
        background: $boost;
    }
    ViewTable > .view-table--cursor {
        background: $block-cursor-blurred-background;
    }
    ViewTable > .view-table--whole {
        background: $boost;
    }
    ViewTable:focus > .view-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: bold;
    }
    """
    COMPONENT_CLASSES = {"view-table--header", "view-table--cursor", "view-table--whole"}
    # Movement inside the widget, like DataTable's own keys. Enter is left to the
    # screens' commands (e.g. figures.open), so it shows in the footer and a user's
    # keymap can rebind it; a click on the highlighted row selects it.
    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "edge(0)", "First", show=False),
        Binding("end", "edge(1)", "Last", show=False),
    ]

    cursor_row: reactive[int] = reactive(0, always_update=True)

    class RowHighlighted(Message):
        def __init__(self, table: ViewTable, row: int) -> None:
            super().__init__()
            self.table, self.row = table, row

        @property
        def control(self) -> ViewTable:
            return self.table

    class RowSelected(RowHighlighted):
        pass

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.columns: list[Column] = []
        self.row_count = 0
        self._cells: RowCells = lambda row: {}
        self._lines: OrderedDict[tuple[int, int], Text] = OrderedDict()

    # -- data ------------------------------------------------------------------------------

    def set_rows(self, columns: Sequence[Column], count: int, cells: RowCells, cursor: int = 0) -> None:
        """Show ``count`` rows; ``cells(row)`` is called only for rows being drawn."""
        resized = count != self.row_count
        self.columns, self.row_count, self._cells = list(columns), count, cells
        self._lines.clear()
        self.virtual_size = self._virtual_size()
        self.cursor_row = max(0, min(cursor, count - 1))
        height = self.styles.height
        self.refresh(layout=resized and height is not None and height.is_auto)  # as tall as its rows

    def cells(self, row: int) -> dict[str, Text]:
        return self._cells(row)

    @property
    def _footer_lines(self) -> int:
        """1 when a column is shown whole on the last line, else 0."""
        return 1 if any(column.whole for column in self.columns) else 0

    @property
    def _row_lines(self) -> int:
        """How many rows fit between the header and the last line."""
        return max(self.scrollable_content_region.height - 1 - self._footer_lines, 1)

    def whole_text(self, width: int) -> Text:
        """The highlighted row's ``whole`` cells that its line cuts, each after its column's
        name, in one line."""
        line = Text(" ", end="", no_wrap=True)
        if not self.row_count:
            return line
        cells = self._cells(self.cursor_row)
        sizes = dict(zip((column.key for column in self.columns), self.column_widths(width)))
        for column in sorted((column for column in self.columns if column.whole), key=lambda c: c.whole):
            shown = cells.get(column.key)
            if shown is None or shown.cell_len <= sizes[column.key]:
                continue  # not cut: it reads whole in its column
            cell = cells.get(column.key + WHOLE) or shown
            if len(line) > 1:
                line.append("  ·  ", style="dim")
            line.append(f"{column.label}: ", style="dim")
            whole = cell.copy()
            whole.no_wrap, whole.end = True, ""
            line.append_text(whole)
        return line

    def column_widths(self, width: int) -> list[int]:
        fixed = sum(c.width or 0 for c in self.columns) + _GAP * max(len(self.columns) - 1, 0) + 1
        flexible = [c for c in self.columns if c.width is None]
        spare = max(width - fixed, 0)
        share = spare // len(flexible) if flexible else 0
        return [c.width if c.width is not None else max(c.min_width, share) for c in self.columns]

    def line_text(self, row: int, width: int) -> Text:
        """Row ``row`` (or the header, row -1) as one line, each cell cut to its column."""
        key = (row, width)
        if key in self._lines:
            self._lines.move_to_end(key)
            return self._lines[key]
        cells = {c.key: Text(c.label, end="") for c in self.columns} if row < 0 else self._cells(row)
        line = Text(" ", end="", no_wrap=True)
        for number, (column, size) in enumerate(zip(self.columns, self.column_widths(width))):
            cell = cells.get(column.key, Text("", end="")).copy()
            cell.no_wrap, cell.end = True, ""
            cell.truncate(size, overflow="ellipsis")
            cell.align(column.justify, size)  # type: ignore[arg-type]
            line.append_text(cell)
            if number < len(self.columns) - 1:
                line.append(" " * _GAP)
        self._lines[key] = line
        if len(self._lines) > _CACHE_ROWS:
            self._lines.popitem(last=False)
        return line

    # -- drawing ---------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            text, style = self.line_text(-1, width), self.get_component_rich_style("view-table--header")
        elif self._footer_lines and y == self.scrollable_content_region.height - 1:
            text, style = self.whole_text(width), self.get_component_rich_style("view-table--whole")
            text.truncate(width, overflow="ellipsis")
        else:
            row = self.scroll_offset.y + y - 1
            if row >= self.row_count:
                return Strip.blank(width, base)
            text = self.line_text(row, width)
            style = None
            if row == self.cursor_row:  # a mark as well as a colour: NO_COLOR terminals see it too
                text = Text(CURSOR_MARK, end="", no_wrap=True) + text[1:]
                style = self.get_component_rich_style("view-table--cursor")
        segments = list(text.render(self.app.console))
        strip = Strip(segments).crop_extend(0, width, base).apply_style(base)
        return strip.apply_style(style) if style is not None else strip

    def _virtual_size(self) -> Size:
        # No width of its own: rows are cut to the viewport, which a vertical scrollbar
        # narrows; the widget's full width here made a sideways scrollbar appear.
        return Size(0, self.row_count + 1 + self._footer_lines)

    # -- cursor ----------------------------------------------------------------------------

    def _scroll_to_cursor(self) -> None:
        row = self.cursor_row
        visible = self._row_lines
        top = self.scroll_offset.y
        if row < top:
            self.scroll_to(y=row, animate=False)
        elif row >= top + visible:
            self.scroll_to(y=row - visible + 1, animate=False)

    def on_resize(self) -> None:
        self._lines.clear()
        self.virtual_size = self._virtual_size()
        # A cursor set before the first layout (a view opened at an entity far down the
        # list) could not scroll there: the table had no height yet.
        self.call_after_refresh(self._scroll_to_cursor)

    def validate_cursor_row(self, row: int) -> int:
        return max(0, min(row, self.row_count - 1)) if self.row_count else 0

    def watch_cursor_row(self, row: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        if self.row_count:
            self.post_message(self.RowHighlighted(self, row))

    def action_cursor(self, step: int) -> None:
        self.cursor_row += step

    def action_page(self, direction: int) -> None:
        self.cursor_row += direction * max(self._row_lines - 1, 1)

    def action_edge(self, last: int) -> None:
        self.cursor_row = self.row_count - 1 if last else 0

    def action_select(self) -> None:
        if self.row_count:
            self.post_message(self.RowSelected(self, self.cursor_row))

    def on_click(self, event: events.Click) -> None:
        row = self.scroll_offset.y + event.y - 1
        if 1 <= event.y <= self._row_lines and 0 <= row < self.row_count:
            if row == self.cursor_row:
                self.action_select()
            else:
                self.cursor_row = row
