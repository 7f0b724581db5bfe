"""The app opens the view screens and follows the claim they hand back."""

from __future__ import annotations

import pytest
from textual import events

from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.screens.entities import EntitiesScreen
from tui.screens.figures import FiguresScreen
from tui.screens.search import SearchScreen
from tui.screens.timeline import TimelineScreen


async def test_search_jumps_to_the_claim_and_back_returns(make_data, extraction) -> None:
    target = next(claim for claim in extraction.claims if "Pyongyang denied" in claim.text)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_claim(next(c.id for c in extraction.claims if "1,500" in c.text))
        before = app.main_screen.location
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"denied")
        await wait_until(lambda: app.screen.results_current, pilot=pilot, what="the search results")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is app.main_screen
        assert app.main_screen.selected_id == target.id
        await pilot.press("backspace")
        assert app.main_screen.location == before


@pytest.mark.parametrize(
    ("key", "screen_class"),
    [("f", FiguresScreen), ("t", TimelineScreen), ("e", EntitiesScreen)],
)
async def test_view_keys_open_their_screens_and_escape_returns(make_data, key, screen_class) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        before = app.main_screen.location
        await pilot.press(key)
        # the preparing screen first if the view's model is still being built in its worker
        await wait_until(lambda: isinstance(app.screen, screen_class), pilot=pilot, what="the view")
        await pilot.press("escape")
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot, what="the main screen")
        assert app.main_screen.location == before


async def test_one_view_at_a_time_over_the_browser(make_data) -> None:
    """f f t t: one timeline over the browser, not four screens for Escape to walk back through."""
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f", "f")
        assert [type(screen) for screen in app.screen_stack[1:]] == [FiguresScreen]
        await pilot.press("t", "t")
        await pilot.pause()
        assert [type(screen) for screen in app.screen_stack[1:]] == [TimelineScreen]
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen


@pytest.mark.parametrize(
    ("key", "screen_class", "box"),
    [
        ("f", FiguresScreen, "#figures-filter"),
        ("t", TimelineScreen, "#timeline-filter"),
        ("e", EntitiesScreen, "#entities-filter"),
    ],
)
async def test_every_key_typed_fast_after_the_filter_key_goes_into_the_box(make_data, key, screen_class, box) -> None:
    """As a terminal delivers a burst: every key queued before the app reads the first. Typed so,
    `/denial` lost its first letters to the list, and its `e` opened the entities view. (One
    pilot.press call cannot show it: Pilot lets the app go idle between keys.)"""
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(key)
        await wait_until(lambda: isinstance(app.screen, screen_class), pilot=pilot, what="the view")
        view = app.screen
        for typed in ("slash", *"denial"):
            app.post_message(events.Key(typed, "/" if typed == "slash" else typed))
        await wait_until(lambda: view.query_one(box).value == "denial", pilot=pilot, what="the text in the box")
        assert app.screen is view
