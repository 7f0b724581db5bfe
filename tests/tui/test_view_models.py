"""The views' answers are built once per corpus version, off the UI thread, and reused."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from store.query.queries import CorpusQueries
from tests.tui.helpers import screen_text
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import Derived, build_index, open_existing, queries_of


async def test_views_open_on_answers_built_once_in_a_worker(make_data, monkeypatch) -> None:
    threads: dict[str, list[str]] = {}
    once = CorpusQueries._once

    def recording(self, name, build):
        def wrapped():
            threads.setdefault(name, []).append(threading.current_thread().name)
            return build()

        return once(self, name, wrapped)

    monkeypatch.setattr(CorpusQueries, "_once", recording)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        for key in ("f", "escape", "t", "escape", "e", "escape", "f", "escape", "e"):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert "Entities" in screen_text(app)
    main = threading.main_thread().name
    for name in ("figures", "timeline", "entities"):
        assert len(threads[name]) == 1, name  # once, reused on every later open
        assert threads[name][0] != main, name  # not on the UI thread


async def test_a_reloaded_corpus_gets_new_answers(make_data) -> None:
    data = make_data()
    first = queries_of(data)
    assert queries_of(data) is first
    reloaded = replace(data, derived=Derived())  # a new snapshot, as a reload makes: answers built again
    assert queries_of(reloaded) is not first and queries_of(data) is first


async def test_a_corpus_read_in_part_has_its_views_ready_before_their_first_key(
    extraction, tmp_path, monkeypatch
) -> None:
    """As at 100k claims (the DB opened in part): once search works, a worker builds every view's
    model and the app composes their screens off screen, so the first f, t or e only shows one."""
    from tests.tui.corpus_fixture import write_corpus
    from tui.screens.entities import EntitiesScreen
    from tui.screens.figures import FiguresScreen
    from tui.screens.timeline import TimelineScreen

    monkeypatch.setattr("store.shards.CLAIMS_PER_SHARD", 1)  # an article a shard: the DB is opened in part
    write_corpus(tmp_path / "mine.json", extraction, current=True)
    build_index(open_existing(tmp_path / "mine.json"))  # its derived files saved, as a build leaves them
    app = FactscopeApp(db_path=tmp_path / "mine.json")
    views = {"f": FiguresScreen, "t": TimelineScreen, "e": EntitiesScreen}

    def composed() -> dict[type, object]:
        return {type(screen): screen for screen in app._installed_screens.values() if screen.is_mounted}

    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: set(views.values()) <= set(composed()), pilot=pilot, what="the views composed")
        assert app.data is not None and not app.data.corpus.complete  # read in part
        assert all(queries_of(app.data).ready(name) for name in ("figures", "timeline", "entities"))
        ahead = composed()
        for key, view in views.items():
            await pilot.press(key)
            assert app.screen is ahead[view]  # shown at once: no preparing screen, no new screen
            await pilot.press("escape")
            await wait_until(lambda: app.screen is app.main_screen, pilot=pilot, what="the main screen")


@pytest.mark.parametrize("view", ["figures", "timeline", "entities"])
async def test_the_app_exits_cleanly_while_a_view_is_composed_ahead(make_data, view) -> None:
    """Quitting as a view's screen is composed off screen: it is closed before its widgets are
    all mounted, and its on_mount must not look for them (NoMatches ended the test's app)."""

    class QuitsMeanwhile(FactscopeApp):
        def _compose_views_ahead(self, data, names) -> None:
            super()._compose_views_ahead(data, names)
            if names and names[0] == view:
                self.exit()

    app = QuitsMeanwhile(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(lambda: app.return_code is not None, pilot=pilot, what="the exit")
    assert app.return_code == 0


@pytest.mark.parametrize("view", ["figures", "timeline", "entities"])
async def test_the_app_shuts_down_cleanly_while_a_view_is_composed_ahead(make_data, view) -> None:
    """The same when the app is shut down without exit (as Pilot's run_test ends, or on a
    signal): the full suite's teardowns met it under load."""
    import asyncio

    composing = asyncio.Event()

    class ComposesAhead(FactscopeApp):
        def _compose_views_ahead(self, data, names) -> None:
            super()._compose_views_ahead(data, names)
            if names and names[0] == view:
                composing.set()

    app = ComposesAhead(data=make_data())
    async with app.run_test(size=(80, 24)):
        await asyncio.wait_for(composing.wait(), 30)
    assert app.return_code in (None, 0)


@pytest.mark.parametrize("view", ["figures", "timeline", "entities"])
async def test_a_view_key_handled_as_its_screen_is_composed_ahead_opens_it(make_data, view) -> None:
    """The view's key handled after its screen starts off screen but before it composes (the
    full suite met it under load): asking the screen where it was left raised NoMatches."""
    opened = []

    class KeyMeanwhile(FactscopeApp):
        def _compose_views_ahead(self, data, names) -> None:
            super()._compose_views_ahead(data, names)
            if names and names[0] == view:
                opened.append(self._kept_views[view])
                self.open_view(view)  # as the key's action runs, in the same turn of the app's loop

    app = KeyMeanwhile(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(lambda: opened and app.screen is opened[0], pilot=pilot, what="the view shown")
        await pilot.press("escape")
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot, what="the main screen")
