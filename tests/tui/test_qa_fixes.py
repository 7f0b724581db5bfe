"""Defects found by using the browser as an analyst would, each pinned by a test."""

from __future__ import annotations

from store.paths import config_path
from tests.tui.test_views_figures import show
from tests.tui.test_views_sample import ViewHost, sample_data
from tui.app import FactscopeApp
from tui.screens.figures import FiguresScreen
from tui.widgets.view_bar_chart import OPEN_UP
from tui.widgets.view_table import ViewTable


async def test_figures_caption_gives_a_large_spread_in_full_not_in_e_notation() -> None:
    data, sample = sample_data()
    killed = next(c for c in data.corpus.claims() if c.id == sample.ids["nis"])
    low = next(q for q in killed.quantities if q.measure == "killed")
    low.value, low.low, low.high = 0.25, None, None  # 300 killed elsewhere: a ×1,200 spread
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await show(pilot, "North Korean casualties")
        caption = str(app.screen.query_one("#figures-chart-caption").render())
        assert "(×1,200)" in caption and "e+" not in caption


async def test_figures_cursor_mark_is_not_the_chart_glyph_for_or_more() -> None:
    data, _ = sample_data()
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await show(pilot, "troops deployed")
        table = app.screen.query_one("#figures-table", ViewTable)
        cursor_line = "".join(segment.text for segment in table.render_line(1))  # under the header
        assert cursor_line[0] != OPEN_UP and cursor_line.startswith("▶")


async def test_narrow_layout_names_the_help_key_in_force_the_footer_has_no_room_for(make_data) -> None:
    config_path().parent.mkdir(parents=True)
    config_path().write_text('[keys]\n"help.show" = "f2"\n')
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        strip = str(app.main_screen.query_one("#pane-tabs").render())
        assert "f2: help" in strip and "tab: next pane" in strip
        await pilot.press("f2")
        assert type(app.screen).__name__ == "HelpScreen"
