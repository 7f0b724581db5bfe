"""A view's key pressed while the corpus is still loading (a large DB: its search index, which says
where every claim lives, comes a second or more after the first screen) takes the view's place at
once, saying what is still loading; the keys typed after it wait for the view, which opens in its
place when the index is there. It used to be a two-second notice, the key dropped and the
keys typed after it sent to the article under it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from store.corpus_db import CorpusDB
from tests.tui.helpers import screen_text
from tests.tui.test_views_app import real_data
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import AppData, Derived
from tui.screens.preparing import PreparingViewScreen
from tui.screens.search import SearchScreen


@pytest.fixture
def slow_index(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The search index is built only once the returned event is set (as at 1M claims, ~1.5 s)."""
    import tui.app

    let = threading.Event()
    build = tui.app.build_index

    def build_when_let(data: AppData):  # type: ignore[no-untyped-def]
        let.wait(60)
        return build(data)

    monkeypatch.setattr(tui.app, "build_index", build_when_let)
    yield let
    let.set()  # no worker left waiting when the app shuts down


def _part(tmp_path, monkeypatch: pytest.MonkeyPatch) -> AppData:  # type: ignore[no-untyped-def]
    """The corpus in shards, read as its first screen's part (no claim reachable but the first article's)."""
    from store import shards

    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 4)
    data, _sample = real_data(tmp_path, with_index=False)
    part = CorpusDB.open_part(tmp_path / "corpus.json", lambda found: found[0])
    assert not part.complete
    return AppData(corpus=part, user=data.user, derived=Derived(index=None))


async def test_search_pressed_while_the_index_loads_says_so_and_opens_with_what_was_typed(
    tmp_path, slow_index: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = FactscopeApp(data=_part(tmp_path, monkeypatch))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", "k", "y")
        await wait_until(lambda: isinstance(app.screen, PreparingViewScreen), pilot=pilot, what="the waiting screen")
        await wait_until(lambda: "Search · loading" in screen_text(app), pilot=pilot, what="the title")
        assert "search index" in screen_text(app)
        slow_index.set()
        await wait_until(lambda: isinstance(app.screen, SearchScreen), pilot=pilot, what="the search view")
        await wait_until(
            lambda: [box.value for box in app.screen.query("Input")] == ["ky"], pilot=pilot, what="the keys typed"
        )
        assert len(app.screen_stack) == 2  # the waiting screen gave its place to the view


async def test_escape_while_the_index_loads_goes_back_and_nothing_pops_up_later(
    tmp_path, slow_index: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = FactscopeApp(data=_part(tmp_path, monkeypatch))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await wait_until(lambda: isinstance(app.screen, PreparingViewScreen), pilot=pilot, what="the waiting screen")
        await wait_until(lambda: "Figures · loading" in screen_text(app), pilot=pilot, what="the title")
        await pilot.press("escape")
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot, what="the main screen")
        slow_index.set()
        await wait_until(lambda: app.data is not None and app.data.index is not None, pilot=pilot, what="the index")
        await pilot.pause()
        assert app.screen is app.main_screen
