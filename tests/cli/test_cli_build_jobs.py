"""`factscope build --jobs N`: worker processes, the same DB as one process."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from cli_sample import collector_passes

from corpus import parallel
from corpus.loader import load_dir
from store import link_index
from store.corpus_db import CorpusDB

DATA = Path(__file__).resolve().parents[1] / "data" / "articles"

pytestmark = pytest.mark.skipif(not parallel.can_fork(), reason="worker processes are forked")


@pytest.fixture
def small_tasks(monkeypatch):
    """Pools even for this small corpus."""
    monkeypatch.setattr(parallel, "MIN_ARTICLES", 2)
    monkeypatch.setattr(parallel, "_ARTICLES_PER_TASK", 3)
    monkeypatch.setattr(parallel, "_PAIRS_PER_TASK", 40)


def test_build_jobs_option_stores_the_same_db(small_tasks, tmp_path, run):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in load_dir(DATA)[:20]:
        (corpus / Path(article.source_file).name).write_text(article.body, encoding="utf-8")
    stored = []
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.json"
        built = run("--db", str(db), "build", "--corpus", str(corpus), "--jobs", jobs, "--quiet")
        assert built.exit_code == 0, built.stderr
        opened = CorpusDB.open(db)
        stored.append((opened.articles(), opened.claims(), opened.xrefs(), opened.entities(), _link_rows(db)))
    assert stored[0] == stored[1]  # the link index too, though with 2 jobs the workers encoded its rows
    assert stored[0][1] and stored[0][2] and all(stored[0][4])
    refused = run("--db", str(tmp_path / "x.json"), "build", "--corpus", str(corpus), "--jobs", "0")
    assert refused.exit_code != 0 and "--jobs" in refused.stderr


def _link_rows(db: Path) -> list[list[tuple]]:
    """What the link index beside ``db`` holds, its shards' (random) file names left out."""
    with sqlite3.connect(link_index.index_path(db)) as connection:
        return [
            connection.execute(query).fetchall()
            for query in (
                "SELECT id, features, doc FROM claims ORDER BY rowid",
                "SELECT source, target, relation FROM links ORDER BY rowid",
                "SELECT key, position, claim FROM blocks",
                "SELECT id, features FROM articles ORDER BY rowid",
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
            )
        ]


def test_build_leaves_what_it_made_out_of_the_collectors_way(tmp_path, run):
    import gc

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for article in load_dir(DATA)[:3]:
        (corpus / Path(article.source_file).name).write_text(article.body, encoding="utf-8")
    built, passes, frozen = collector_passes(
        lambda: run("--db", str(tmp_path / "c.json"), "build", "--corpus", str(corpus), "--jobs", "1", "--quiet")
    )
    assert built.exit_code == 0, built.stderr
    # frozen before the collector is on again: its first pass after the build scans none of what it made
    assert gc.get_freeze_count() > frozen
    assert gc.isenabled()
    assert passes in ([], [0])
