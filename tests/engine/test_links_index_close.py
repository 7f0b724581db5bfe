"""An add's link index connection closes behind the add (``LinkIndex.close_behind``): its commit is
read by the next connection at once, and its log is copied into the file by the close, which the
next open, a removal, a fork and the process's end wait for. Our own articles (tests/data/clusters)."""

from __future__ import annotations

import os
import select
import signal
import sqlite3
import threading
from pathlib import Path

import orjson
import pytest

from corpus.loader import load_dir
from store import link_index
from store.build import add_articles, build_corpus_db
from store.corpus_db import CorpusDB

CLUSTERS = Path(__file__).resolve().parents[1] / "data" / "clusters"


@pytest.fixture(autouse=True)
def small_shards(monkeypatch: pytest.MonkeyPatch) -> None:
    from store import shards

    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 8)  # an add then reads the catalogue alone


def _indexed_shards(path: Path) -> set[str]:
    connection = sqlite3.connect(link_index.index_path(path))
    try:
        return {row[0] for row in connection.execute("SELECT file FROM shards")}
    finally:
        connection.close()


def test_an_adds_index_commit_is_read_at_once_and_its_log_copied_when_the_close_is_done(tmp_path: Path) -> None:
    articles = load_dir(CLUSTERS)[:4]
    path = tmp_path / "corpus.json"
    build_corpus_db(path, articles[:3], keep_added=False)
    add_articles(CorpusDB.open_part(path, lambda _articles: None), [articles[3]])
    catalogue = orjson.loads(path.read_bytes())
    wanted = {entry["file"] for entry in catalogue["shards"].values()}
    assert len(wanted) > 1
    assert _indexed_shards(path) == wanted  # read while the close may still be copying the log
    link_index._closed_behind()
    assert not link_index._closing
    log = link_index.index_path(path).with_name(link_index.index_path(path).name + "-wal")
    assert not log.exists() or log.stat().st_size == 0  # copied into the file by the last close
    assert _indexed_shards(path) == wanted


def test_no_process_is_forked_while_a_connection_closes_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A child forked while the closing thread is inside SQLite would hold SQLite's locks as that
    thread held them, and its own SQLite work (a build's forked index writer) would wait for ever:
    a fork waits for the close. Here the close is held open until a fork is asked for; the child
    says whether the close was done before it was forked, after SQLite work of its own (the
    parent waits for it on a pipe, bounded, and kills it if it hangs)."""
    path = tmp_path / "corpus.json"
    build_corpus_db(path, load_dir(CLUSTERS)[:3], keep_added=False)
    wanted = _indexed_shards(path)
    index = link_index.LinkIndex.open(path)
    connection = index._db
    entered, release, closed, forking = threading.Event(), threading.Event(), threading.Event(), threading.Event()

    class HeldClose:  # the connection, its close held until a fork is asked for
        def close(self) -> None:
            entered.set()
            release.wait(timeout=60)
            connection.close()
            closed.set()

    index._db = HeldClose()  # type: ignore[assignment]
    waited = link_index._closed_behind

    def closed_behind() -> None:  # what a fork runs first (os.register_at_fork): a fork is asked for
        forking.set()
        waited()

    monkeypatch.setattr(link_index, "_closed_behind", closed_behind)
    threading.Thread(target=lambda: release.set() if forking.wait(timeout=60) else None, daemon=True).start()
    index.close_behind()
    assert entered.wait(timeout=60)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: reports, then ends without running the parent's clean-up
        try:
            done = closed.is_set()
            found = _indexed_shards(path) == wanted
            os.write(write, f"{done} {found}".encode())
        finally:
            os._exit(0)
    os.close(write)
    try:
        ready, _, _ = select.select([read], [], [], 60)
        if not ready:
            os.kill(pid, signal.SIGKILL)
        said = os.read(read, 100).decode() if ready else "hung"
    finally:
        os.close(read)
        os.waitpid(pid, 0)
        release.set()
        waited()
    assert said == "True True"  # the close was done before the fork, and the child read the index
