"""Keys typed fast after a key that opens a screen act on that screen, as a person typing fast
expects. A terminal hands a burst over at once (over SSH in one read): the app read the next keys
before the first had been handled, so a priority key (`/`) ran first, and the others went to the
screen that was in front when they were read."""

from __future__ import annotations

import pytest
from textual import events

from tests.tui.test_preparing_view import preparing_done
from tests.tui.test_views_app import real_data
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import queries_of
from tui.screens.entities import EntitiesScreen
from tui.screens.figures import FiguresScreen
from tui.screens.preparing import PreparingViewScreen
from tui.screens.search import SearchScreen
from tui.screens.timeline import TimelineScreen

CHARACTERS = {"slash": "/", "colon": ":", "space": " ", "question_mark": "?"}


def type_burst(app: FactscopeApp, *keys: str) -> None:
    """Every key queued before the app reads the first (Pilot's press lets the app settle between keys)."""
    for key in keys:
        app.post_message(events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None)))


@pytest.mark.parametrize(
    ("key", "screen_class", "box"),
    [
        ("f", FiguresScreen, "#figures-filter"),
        ("t", TimelineScreen, "#timeline-filter"),
        ("e", EntitiesScreen, "#entities-filter"),
    ],
)
async def test_a_filter_typed_fast_after_a_view_key_goes_into_that_views_box(make_data, key, screen_class, box) -> None:
    """`t/denial` in one burst opened search (its `/` ran while the `t` was still on its way) and lost the `t`."""
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(lambda: app.data and queries_of(app.data).ready("figures"), pilot=pilot, what="the views")
        type_burst(app, key, "slash", *"denial")

        def settled() -> bool:
            screen = app.screen
            boxes = screen.query(box)  # none while the view composes
            return isinstance(screen, SearchScreen) or (boxes and boxes.first().value == "denial")

        await wait_until(settled, pilot=pilot, what="the view or search")
        assert [type(screen) for screen in app.screen_stack[1:]] == [screen_class]
        assert app.screen.query_one(box).value == "denial"


async def test_a_filter_typed_while_the_view_is_prepared_waits_for_the_view(tmp_path, slow_models) -> None:
    """`t/denial` before the timeline's model is built: the preparing screen in its place took the
    `/` (search opened over it); the keys now wait for the view, its letters (`e`) too."""
    data, _ = real_data(tmp_path)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        type_burst(app, "t", "slash", *"denial")
        await wait_until(lambda: isinstance(app.screen, PreparingViewScreen), pilot=pilot, what="the preparing screen")
        slow_models.set()
        await wait_until(
            lambda: (
                isinstance(app.screen, SearchScreen)
                or any(box.value == "denial" for box in app.screen.query("#timeline-filter"))
            ),
            pilot=pilot,
            what="the timeline or search",
        )
        assert [type(screen) for screen in app.screen_stack[1:]] == [TimelineScreen]
        assert app.screen.query_one("#timeline-filter").value == "denial"


async def test_escape_while_a_view_is_prepared_drops_the_keys_typed_for_it(tmp_path, slow_models) -> None:
    """Escape answers at once, the keys typed for the view before it are dropped, and those after it act."""
    data, _ = real_data(tmp_path)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        type_burst(app, "f", "slash", *"kursk", "escape", "question_mark")
        await wait_until(lambda: type(app.screen).__name__ == "HelpScreen", pilot=pilot, what="the help")
        slow_models.set()
        await wait_until(lambda: preparing_done(app), pilot=pilot, what="the model built")
        await pilot.pause()
        # the help over the browser: the figures did not open for the dropped keys
        assert [type(screen).__name__ for screen in app.screen_stack] == ["MainScreen", "HelpScreen"]
