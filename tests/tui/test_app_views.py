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


async def test_every_key_typed_fast_after_slash_on_the_main_screen_goes_into_the_search_box(make_data) -> None:
    """The main screen's `/` in a burst, as for the views' filter keys: `/kind:denial` lost every key
    after the `/` (read while the browser had the focus, run once the search box was over it), the
    first time the box opened and when it opened again."""
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(100, 30)) as pilot:
        before = app.main_screen.location
        for _time in ("first", "again"):
            for typed in ("slash", *"kind", "colon", *"denial"):
                app.post_message(events.Key(typed, {"slash": "/", "colon": ":"}.get(typed, typed)))
            await wait_until(lambda: isinstance(app.screen, SearchScreen), pilot=pilot, what="the search box")
            search = app.screen
            await wait_until(lambda: app.screen.query_text == "kind:denial", pilot=pilot, what="the text in the box")
            assert app.screen_stack[1:] == [search]
            await pilot.press("escape")
            await wait_until(lambda: app.screen is app.main_screen, pilot=pilot, what="the main screen")
        assert app.main_screen.location == before


async def test_slash_types_into_a_text_box_and_a_views_filter_not_opening_search(make_data) -> None:
    """The search key is a priority binding: it must still type `/` into a note and a view's filter,
    and do nothing over the help screen (where it was not in force)."""
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("question_mark")
        await wait_until(lambda: type(app.screen).__name__ == "HelpScreen", pilot=pilot, what="the help")
        await pilot.press("slash")
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot, what="the main screen")
        await pilot.press("a")
        await wait_until(lambda: type(app.screen).__name__ == "NoteScreen", pilot=pilot, what="the note box")
        await pilot.press("x", "slash", "y")
        assert type(app.screen).__name__ == "NoteScreen"
        assert "x/y" in app.screen.query_one("TextArea").text
        await pilot.press("escape")
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot, what="the main screen")
        await pilot.press("t")
        await wait_until(lambda: isinstance(app.screen, TimelineScreen), pilot=pilot, what="the timeline")
        await pilot.press("slash", "a", "slash", "b")
        assert isinstance(app.screen, TimelineScreen)
        assert app.screen.query_one("#timeline-filter").value == "a/b"
