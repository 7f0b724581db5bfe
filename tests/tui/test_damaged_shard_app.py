"""A shard found damaged while browsing (claims are read on demand, article by article): one line
naming the file, never a traceback; the app stays where it was, and the DB is left as it is."""

from __future__ import annotations

import asyncio

import pytest

from store.corpus_db import CorpusDB
from store.errors import CorruptDatabase
from tests.tui.helpers import notices
from tests.tui.test_views_app import real_data
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import AppData, Derived


def _in_shards(tmp_path, monkeypatch: pytest.MonkeyPatch) -> tuple[AppData, str, str]:
    """The sample corpus in shards of a few claims, read as its first article's part; the id of an
    article in another shard, and that shard's file, truncated."""
    from store import shards

    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 4)
    data, _sample = real_data(tmp_path, with_index=False)
    path = tmp_path / "corpus.json"
    part = CorpusDB.open_part(path, lambda found: found[0])
    assert not part.complete
    first = part.articles()[0].id
    entry = next(e for e in CorpusDB.open(path)._index.shards if first not in e["articles"])  # not read yet
    other = next(iter(entry["articles"]))
    damaged = path.parent / entry["file"]
    damaged.write_bytes(damaged.read_bytes()[: len(damaged.read_bytes()) // 2])
    return AppData(corpus=part, user=data.user, derived=Derived(index=None)), other, entry["file"]


async def test_opening_an_article_of_a_damaged_shard_says_so_in_one_line_and_stays(tmp_path, monkeypatch) -> None:
    data, other, file = _in_shards(tmp_path, monkeypatch)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        given = notices(app)
        shown = app.main_screen.article.id
        app.open_article(other)
        await wait_until(lambda: given, pilot=pilot, what="a notice")
        assert len(given) == 1 and "\n" not in given[0] and file.split("/")[-1] in given[0]
        assert "corrupt" in given[0] and "check --repair" in given[0]
        assert app.is_running and app.main_screen.article.id == shown  # where it was
    assert app.return_code in (0, None)


async def test_a_damaged_file_met_anywhere_else_ends_the_app_in_one_line_with_its_exit_code(tmp_path) -> None:
    """The last line of defence: a store error no screen catches is the one line `browse` prints,
    and its exit code (3: a corrupt DB), not Textual's traceback of the app's locals."""
    data, _sample = real_data(tmp_path)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()

        def broken() -> None:
            raise CorruptDatabase(tmp_path / "corpus.json.shards" / "0123.json", "truncated at byte 10")

        app.call_later(broken)
        for _ in range(600):  # (not the pilot's waits: they wait for an app that is ending)
            if app.return_code is not None:
                break
            await asyncio.sleep(0.05)
    assert app.return_code == 3
    assert app.failure is not None and "0123.json" in app.failure and "\n" not in app.failure
    assert not app._exit_renderables  # no traceback printed after the app


async def test_choosing_a_source_of_a_damaged_shard_says_so_and_stays_with_no_step_to_go_back(
    tmp_path, monkeypatch
) -> None:
    """The sources list's Enter (or a click): the one line, the article shown still, and Back goes where
    it went before (no step recorded for a move that did not happen)."""
    from tui.widgets.sources import SourcesList

    data, other, file = _in_shards(tmp_path, monkeypatch)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        given = notices(app)
        main = app.main_screen
        shown, back = main.article.id, main.history.back(main.location)
        sources = main.query_one(SourcesList)
        main.post_message(SourcesList.Selected(sources, other))
        await wait_until(lambda: given, pilot=pilot, what="a notice")
        assert len(given) == 1 and file.split("/")[-1] in given[0]
        assert app.is_running and main.article.id == shown
        assert main.history.back(main.location) == back
