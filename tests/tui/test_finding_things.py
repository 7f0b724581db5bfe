"""Finding one's way: Back returns to the view a claim was opened from; the footer at
80 columns keeps the keys to search, see figures and quit; the timeline keeps its
Source column at 80 columns."""

from __future__ import annotations

from tests.tui.helpers import screen_text
from tui.app import FactscopeApp
from tui.screens.figures import FiguresScreen
from tui.screens.main import MainScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.footer import KeyBar


async def _settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_back_from_a_claim_opened_in_figures_returns_to_figures(make_data) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await _settle(pilot)
        before = app.main_screen.location
        await pilot.press("f")
        await _settle(pilot)
        figures = app.screen
        assert isinstance(figures, FiguresScreen)
        measure = figures.current.label
        if figures.highlighted_figure().claim.id == before.claim_id:
            await pilot.press("down")  # a claim elsewhere than where we are
        await pilot.press("enter")
        await _settle(pilot)
        assert isinstance(app.screen, MainScreen) and app.main_screen.location != before
        await pilot.press("backspace")
        await _settle(pilot)
        assert isinstance(app.screen, FiguresScreen) and app.screen.current.label == measure
        await pilot.press("escape")
        await _settle(pilot)
        await pilot.press("backspace")  # and on back to where we were before the figures
        await _settle(pilot)
        assert isinstance(app.screen, MainScreen) and app.main_screen.location == before


async def test_footer_at_80_columns_shows_search_figures_and_quit(make_data) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        shown, _cut = app.main_screen.query_one(KeyBar).visible_keys(80)
        descriptions = {key.description for key in shown}
        assert {"Search", "Figures", "Quit"} <= descriptions
        footer = screen_text(app).splitlines()[-1] if "\n" in screen_text(app) else screen_text(app)
        assert "? Help" in footer or "?Help" in footer


async def test_timeline_keeps_a_source_column_at_80_columns(make_data) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        await pilot.press("t")
        await _settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        table = app.screen.query_one("#timeline-table")
        assert "source" in [column.key for column in table.columns]
        assert "Seoul Daily" in screen_text(app)
