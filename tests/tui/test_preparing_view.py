"""A view whose model is still being built (seconds at 100k claims) takes its place at once,
saying so; keys stay live meanwhile; it fills in when ready, and never pops up later over
whatever the user went on to do."""

from __future__ import annotations

from tests.tui.helpers import screen_text
from tests.tui.test_views_app import real_data
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.screens.figures import FiguresScreen
from tui.screens.preparing import PreparingViewScreen
from tui.screens.timeline import TimelineScreen


def preparing_done(app: FactscopeApp) -> bool:
    return all(worker.is_finished for worker in app.workers if worker.name == "prepare_view")


async def test_a_view_being_prepared_shows_at_once_and_fills_in(tmp_path, slow_models) -> None:
    data, _ = real_data(tmp_path)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await wait_until(lambda: isinstance(app.screen, PreparingViewScreen), pilot=pilot, what="the preparing screen")
        assert "Figures · preparing" in screen_text(app)
        slow_models.set()
        await wait_until(lambda: isinstance(app.screen, FiguresScreen), pilot=pilot, what="the figures view")
        await pilot.press("escape")
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot, what="the main screen")
        assert len(app.screen_stack) == 1  # the preparing screen did not stay under the view


async def test_escape_goes_back_and_the_view_does_not_pop_up_later(tmp_path, slow_models) -> None:
    data, _ = real_data(tmp_path)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await wait_until(lambda: isinstance(app.screen, PreparingViewScreen), pilot=pilot, what="the preparing screen")
        await pilot.press("escape")
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot, what="the main screen")
        slow_models.set()
        await wait_until(lambda: preparing_done(app), pilot=pilot, what="the model built")
        await pilot.pause()
        assert app.screen is app.main_screen
        await pilot.press("f")  # ready now: the view itself, at once
        await wait_until(lambda: isinstance(app.screen, FiguresScreen), pilot=pilot, what="the figures view")


async def test_another_views_key_replaces_the_one_being_prepared(tmp_path, slow_models) -> None:
    data, _ = real_data(tmp_path)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await wait_until(lambda: isinstance(app.screen, PreparingViewScreen), pilot=pilot, what="the preparing screen")
        await pilot.press("t")
        await wait_until(
            lambda: getattr(app.screen, "view", None) == "timeline", pilot=pilot, what="the timeline being prepared"
        )
        assert len(app.screen_stack) == 2
        slow_models.set()
        await wait_until(lambda: isinstance(app.screen, TimelineScreen), pilot=pilot, what="the timeline")
        assert len(app.screen_stack) == 2  # figures, ready too, did not open over it
