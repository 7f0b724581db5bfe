"""How every screen and view looks at 80x24 and 120x40 (SVG snapshots).

The main view's own cases (a followed conflict, the narrow panes) are in test_main_snapshots.py.
The palette lists equally scored hits by their text (tui/screens/palette.py), so its snapshot holds.
Update deliberately with ``pytest tests/tui/snapshots --snapshot-update`` and review the SVGs in
``__snapshots__/`` before committing them.
"""

from __future__ import annotations

import pytest

from tests.tui.helpers import SIZES, notices, palette_settled
from tests.waiting import wait_until
from tui.app import FactscopeApp


def _claim_id(extraction, fragment: str) -> str:
    return next(claim.id for claim in extraction.claims if fragment in claim.text)


async def _ready(pilot, app: FactscopeApp, extraction) -> None:
    """The data and the search index loaded, the claim with a conflict selected."""
    await wait_until(lambda: app.data is not None and app.data.index is not None, pilot=pilot, what="the data")
    app.open_claim(_claim_id(extraction, "1,500 special"))
    await pilot.pause()


async def _shown(pilot, app: FactscopeApp, screen: str) -> None:
    await wait_until(lambda: type(app.screen).__name__ == screen, pilot=pilot, what=screen)
    await app.workers.wait_for_complete()
    await pilot.pause()


def _toasts(app: FactscopeApp) -> int:
    """Notifications still kept or drawn: a screen under a modal one shows its own toasts."""
    return len(app._notifications) + sum(len(screen.query("Toast")) for screen in app.screen_stack)


async def _steady(pilot, app: FactscopeApp) -> None:
    """What would differ from one run to the next is made still: blinking cursors, passing toasts."""
    from textual.widgets import Input, TextArea

    for box in [*app.screen.query(Input), *app.screen.query(TextArea)]:
        box.cursor_blink = False
    app.clear_notifications()
    await wait_until(lambda: not _toasts(app), pilot=pilot, what="the toasts to go")
    await pilot.pause()


async def _search(pilot, app: FactscopeApp) -> None:
    await pilot.press("slash", *"denied")
    await _shown(pilot, app, "SearchScreen")
    await wait_until(lambda: app.screen.results_current, pilot=pilot, what="the search results")


async def _bookmarks(pilot, app: FactscopeApp) -> None:
    said = notices(app)
    await pilot.press("b")
    # its notice gone first: else, drawn on the main view under the list, it stayed in the picture
    await wait_until(lambda: "Bookmarked." in said, pilot=pilot, what="Bookmarked.")
    await _steady(pilot, app)
    await pilot.press("B")
    await _shown(pilot, app, "BookmarksScreen")


async def _palette(pilot, app: FactscopeApp) -> None:
    await pilot.press("ctrl+p")
    await wait_until(lambda: type(app.screen).__name__ == "FactscopePalette", pilot=pilot, what="the palette")
    await pilot.press(*"troops")  # claims, an entity and articles: hits of equal score among them
    await wait_until(lambda: palette_settled(app), pilot=pilot, what="the palette's hits")


async def _note(pilot, app: FactscopeApp) -> None:
    await pilot.press("a")
    await _shown(pilot, app, "NoteScreen")
    await pilot.press(*"check the count")


def _press(key: str, screen: str):
    async def open_screen(pilot, app: FactscopeApp) -> None:
        await pilot.press(key)
        await _shown(pilot, app, screen)

    return open_screen


SCREENS = {
    "search": _search,
    "bookmarks": _bookmarks,
    "note": _note,
    "help": _press("question_mark", "HelpScreen"),
    "figures": _press("f", "FiguresScreen"),
    "timeline": _press("t", "TimelineScreen"),
    "entities": _press("e", "EntitiesScreen"),
    "palette": _palette,
}


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
@pytest.mark.parametrize("name", list(SCREENS))
def test_screen(snap_compare, make_data, extraction, name: str, size: tuple[int, int]) -> None:
    app = FactscopeApp(data=make_data())

    async def run_before(pilot) -> None:
        await _ready(pilot, app, extraction)
        await SCREENS[name](pilot, app)
        await _steady(pilot, app)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_load_failure_screen(snap_compare, monkeypatch, tmp_path, size: tuple[int, int]) -> None:
    """On the web page a DB that cannot be loaded is a screen saying so (a terminal gets one line)."""
    from corpus.errors import FactscopeError

    def failing_load(db_path, progress=None):
        raise FactscopeError("corpus.json: corrupt database (truncated); left untouched")

    monkeypatch.setattr("tui.app.load_app_data", failing_load)
    monkeypatch.setattr(FactscopeApp, "is_web", property(lambda self: True))
    app = FactscopeApp(db_path=tmp_path / "corpus.json")

    async def run_before(pilot) -> None:
        await _shown(pilot, app, "LoadFailedScreen")

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_preparing_view_screen(snap_compare, make_data, monkeypatch, size: tuple[int, int]) -> None:
    """A view's key pressed while its model is still being built (as at 100k claims): here it never is."""
    from store.query.queries import CorpusQueries

    monkeypatch.setattr(CorpusQueries, "ready", lambda self, name: False)
    monkeypatch.setattr(FactscopeApp, "prepare_view", lambda self, name, options: None)
    app = FactscopeApp(data=make_data())

    async def run_before(pilot) -> None:
        await wait_until(lambda: app.data is not None and app.data.index is not None, pilot=pilot, what="the data")
        await pilot.press("f")
        await wait_until(lambda: type(app.screen).__name__ == "PreparingViewScreen", pilot=pilot, what="preparing")
        await _steady(pilot, app)

    assert snap_compare(app, terminal_size=size, run_before=run_before)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_pending_keys_screen(snap_compare, make_data, extraction, size: tuple[int, int]) -> None:
    """Half a key sequence typed (vim's `g`, of `g g`): what may follow, over the browser."""
    app = FactscopeApp(data=make_data(), keymap="vim")

    async def run_before(pilot) -> None:
        await _ready(pilot, app, extraction)
        assert app.keymap_state is not None
        app.keymap_state.timeout = 600.0  # the sequence stays half typed for the picture
        await _steady(pilot, app)
        await pilot.press("g")
        await wait_until(lambda: type(app.screen).__name__ == "PendingKeysScreen", pilot=pilot, what="the keys")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=run_before)
