"""An add's link index connection closes behind the add (``LinkIndex.close_behind``): its commit is
read by the next connection at once, and its log is copied into the file by the close, which the
next open, a removal and the process's end wait for. Our own articles (tests/data/clusters)."""

from __future__ import annotations

import sqlite3
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
