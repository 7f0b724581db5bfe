"""The views' answers are built once per corpus version, off the UI thread, and reused."""

from __future__ import annotations

import threading
from dataclasses import replace

from store.query.queries import CorpusQueries
from tests.tui.helpers import screen_text
from tui.app import FactscopeApp
from tui.data import Derived, queries_of


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
