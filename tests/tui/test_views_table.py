"""ViewTable: only the rows on screen are built; cursor keys, paging, clicks; cells drawn literally."""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from tests.tui.test_views_sample import MARKUP_TEXT
from tui.widgets.view_table import Column, ViewTable

ROWS = 1_000_000


class TableApp(App):
    def __init__(self) -> None:
        super().__init__()
        self.built: set[int] = set()
        self.selected: list[int] = []

    def compose(self) -> ComposeResult:
        yield ViewTable(id="table")

    def on_mount(self) -> None:
        table = self.query_one(ViewTable)
        columns = [Column("n", "Number", 9, "right"), Column("text", "Text")]
        table.set_rows(columns, ROWS, self.cells)
        table.focus()

    def cells(self, row: int) -> dict[str, Text]:
        self.built.add(row)
        text = MARKUP_TEXT if row == 3 else f"row {row} " + "word " * 30
        return {"n": Text(f"{row:,}"), "text": Text(text)}

    def on_view_table_row_selected(self, event: ViewTable.RowSelected) -> None:
        self.selected.append(event.row)


async def test_a_million_rows_build_only_what_is_drawn() -> None:
    app = TableApp()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(ViewTable)
        await pilot.pause()
        assert table.row_count == ROWS
        assert 0 < len(app.built) <= 24  # the rows on screen, not a million
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == ROWS - 1
        assert ROWS - 1 in app.built and len(app.built) <= 48
        await pilot.press("home", "down", "down", "pagedown")
        assert table.cursor_row == 2 + (table.scrollable_content_region.height - 2)
        await pilot.press("home", "down")
        assert table.cursor_row == 1
        drawn = "".join(segment.text for segment in table.render_line(2))  # line 2: row 1
        assert drawn.startswith("▶")  # the cursor row is marked without colour too


async def test_cells_are_cut_to_their_column_and_drawn_literally() -> None:
    app = TableApp()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(ViewTable)
        await pilot.pause()
        width = table.scrollable_content_region.width
        line = table.line_text(0, width).plain
        assert len(line) <= width and line.rstrip().endswith("…")
        assert line.startswith(" " * 9)  # the number is right-aligned in its 9 cells
        header = table.line_text(-1, width).plain
        assert header.split() == ["Number", "Text"]
        markup = table.line_text(3, 200).plain
        assert "[bold]300[/bold]" in markup and "[@click=app.quit]here[/]" in markup


async def test_a_click_moves_the_cursor_and_a_second_click_selects() -> None:
    app = TableApp()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(ViewTable)
        await pilot.pause()
        await pilot.click(ViewTable, offset=(5, 4))  # line 4 = row 3 under the header
        assert table.cursor_row == 3 and app.selected == []
        await pilot.click(ViewTable, offset=(5, 4))
        assert app.selected == [3]


class CutTableApp(App):
    """A narrow source column whose cells are cut; the last line names the highlighted row's whole."""

    def compose(self) -> ComposeResult:
        yield ViewTable(id="table")

    def on_mount(self) -> None:
        table = self.query_one(ViewTable)
        columns = [Column("n", "Number", 9, "right"), Column("text", "Text"), Column("source", "Source", 12, whole=1)]
        table.set_rows(columns, 100, self.cells)
        table.focus()

    @staticmethod
    def cells(row: int) -> dict[str, Text]:
        source = "Short" if row % 2 else f"A very long source title number {row}"
        return {"n": Text(f"{row}"), "text": Text("words " * 20), "source": Text(source)}


def table_lines(table: ViewTable) -> list[str]:
    return [table.render_line(y).text for y in range(table.scrollable_content_region.height)]


async def test_a_cut_cell_of_the_highlighted_row_is_shown_whole_on_the_last_line() -> None:
    app = CutTableApp()
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.query_one(ViewTable)
        await pilot.pause()
        assert "Source: A very long source title number 0" in table_lines(table)[-1]
        await pilot.press("down")  # "Short" fits its column: nothing to repeat
        assert "Source:" not in table_lines(table)[-1]
        await pilot.press("end")  # the last row is above that line, not under it
        await pilot.pause()
        lines = table_lines(table)
        assert lines[-2].strip().startswith("▶") and "99" in lines[-2]
        assert "Source: A very long source title number 99" not in lines[-1]  # 99 is "Short"
        await pilot.press("up")
        assert "Source: A very long source title number 98" in table_lines(table)[-1]
