"""A shared, read-only corpus: its writers write every derived index, its readers never write."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from store.corpus_db import CorpusDB
from store.search import SearchIndex, persist
from tests.serve.conftest import REPO, isolated_env
from tests.store.helpers import copy_db
from tests.tui.corpus_fixture import build_extraction, write_corpus
from tests.waiting import wait_until


def test_build_writes_the_search_index_beside_the_db(served_corpus: Path) -> None:
    index_file = persist.cache_path(served_corpus)
    assert index_file.exists()
    reader = CorpusDB.open(served_corpus, readonly=True)
    assert SearchIndex.from_db(reader).loaded_from_cache  # a reader that may not write finds it ready


def test_add_rewrites_the_search_index_for_the_new_db(served_corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "corpus.json"
    copy_db(served_corpus, db)
    article = tmp_path / "harbour.txt"
    article.write_text(
        "Harbour fire update\n\nThe harbour master said 40 warehouses burned on Tuesday.\n", encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "tui", "--db", str(db), "add", str(article)],
        cwd=REPO,
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    index = SearchIndex.from_db(CorpusDB.open(db, readonly=True))
    assert index.loaded_from_cache and len(index) == len(CorpusDB.open(db).claims())


def test_a_reader_that_cannot_write_the_index_keeps_it_in_memory_and_says_why(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    write_corpus(path, build_extraction())
    before = path.read_bytes()
    index = SearchIndex.from_db(CorpusDB.open(path, readonly=True))
    assert len(index) > 0 and not index.loaded_from_cache
    assert index.not_saved and str(persist.cache_path(path)) in index.not_saved
    assert not persist.cache_path(path).exists() and path.read_bytes() == before


async def test_a_session_never_writes_the_corpus_and_says_once_that_its_index_is_in_memory(tmp_path: Path) -> None:
    from tui.session import SessionApp

    corpus = tmp_path / "shared.json"
    write_corpus(corpus, build_extraction())  # stale for this pipeline: a normal browse would rebuild it
    before = corpus.read_bytes()
    user_db = tmp_path / "alice" / "user.json"
    app = SessionApp(corpus, user_db)
    messages: list[str] = []
    notify = app.notify
    app.notify = lambda message, **options: (messages.append(message), notify(message, **options))  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(
            lambda: app.data is not None and app.data.index is not None, pilot=pilot, what="the data and index"
        )
        assert app.data is not None and app.data.corpus.readonly
        assert app.data.index is not None
        await pilot.press("b")
        await pilot.pause()
        app.data.derived.index = None  # as after the corpus changed on disk: the index is built again
        app.build_search_index(app.data)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.data.index is not None
    notices = [m for m in messages if "search index was built in memory" in m]
    assert len(notices) == 1
    assert corpus.read_bytes() == before and not persist.cache_path(corpus).exists()
    assert user_db.exists() and '"bookmarks"' in user_db.read_text()
