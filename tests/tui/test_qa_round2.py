"""Second QA round: defects found using the browser as an analyst would, each pinned by a test."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tests.tui.test_views_table import TableApp
from tui.widgets.view_table import ViewTable


async def test_a_long_table_does_not_scroll_sideways() -> None:
    """The vertical scrollbar took 2 cells the rows were laid out for: a horizontal bar appeared."""
    app = TableApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.query_one(ViewTable)
        assert table.max_scroll_y > 0  # long enough for a vertical scrollbar
        assert table.max_scroll_x == 0
        assert table.scrollable_content_region.height == table.size.height  # no row lost to a bar
        await pilot.press("right")
        assert table.scroll_x == 0
