"""Opening the palette lays out the palette, not the screen under it (a resize lays out both),
and draws nothing of the screen under it."""

from __future__ import annotations

from textual.screen import Screen

from tests.tui.helpers import main_of, palette_settled, screen_text
from tests.waiting import wait_until
from tui.app import FactscopeApp


def busy(app: FactscopeApp) -> bool:
    return any(worker.is_running or worker.state.name == "PENDING" for worker in app.workers)


async def test_opening_the_palette_lays_out_no_screen_under_it(make_data, monkeypatch) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        # the app's start-up work done first (its search index, the views' models): on a loaded machine
        # it could still be at work when the palette opened, and what it hands the main screen lays it out
        await pilot.pause()
        await wait_until(lambda: not busy(app), pilot=pilot, what="the app's start-up workers")
        await pilot.pause()
        laid_out: list[Screen] = []
        refresh_layout = Screen._refresh_layout

        def recording(self, *args, **kwargs):
            laid_out.append(self)
            return refresh_layout(self, *args, **kwargs)

        monkeypatch.setattr(Screen, "_refresh_layout", recording)
        await pilot.press("ctrl+p")
        await wait_until(lambda: palette_settled(app), pilot=pilot, what="the palette's list")
        await pilot.pause()
        assert main_of(app) not in laid_out  # the main screen was laid out again under it, unchanged
        await pilot.resize_terminal(100, 30)  # a resize still lays out every screen
        await pilot.pause()
        assert main_of(app) in laid_out and main_of(app).size == (100, 30)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is main_of(app)


async def test_the_palette_covers_the_browser_instead_of_dimming_it(make_data) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert "Claims (" in screen_text(app)  # the claims pane's title
        await pilot.press("ctrl+p")
        await wait_until(lambda: palette_settled(app), pilot=pilot, what="the palette's list")
        await pilot.pause()
        # drawn dimmed under it, the browser cost a third of the palette's CPU at each opening
        assert "Claims (" not in screen_text(app) and app.screen.styles.background.a == 1
