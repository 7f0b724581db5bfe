"""A link index made again by an add (store/link_index.py ``sync``): in committed batches, told to
the user, taken up where a stopped add left it; and an add on a DB with a damaged shard: one error
naming the shard, nothing stored, the link index kept."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from corpus.model import Article
from store import link_index, shards
from store.build import add_articles, build_corpus_db
from store.corpus_db import CorpusDB
from store.errors import DamagedShard
from store.link_index import index_path
from tests.store.test_link_index import _links, articles, built_links, small_shards  # noqa: F401 (fixtures)


def _covered(path: Path) -> set[str]:
    with sqlite3.connect(index_path(path)) as index:
        return {row[0] for row in index.execute("SELECT file FROM shards")}


def _add(path: Path, article: Article, progress=None) -> None:
    add_articles(CorpusDB.open_part(path, lambda _articles: None), [article], progress=progress)


class Stopped(Exception):
    """The add stopped midway (as by ^C)."""


def test_an_index_made_again_goes_in_batches_told_and_is_taken_up_where_it_stopped(
    articles: list[Article], built_links: frozenset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(link_index, "BATCH_SHARDS", 2)
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    entries = CorpusDB.open(path)._index.shards
    assert len(entries) > 6
    link_index.remove(path)  # as after an index of another layout was dropped
    told: list[tuple[int, int, str]] = []

    def stop_at_the_third(done: int, total: int, label: str) -> None:
        told.append((done, total, label))
        if len(told) == 3:
            raise Stopped

    before = path.read_bytes()
    with pytest.raises(Stopped):
        _add(path, articles[-1], stop_at_the_third)
    assert path.read_bytes() == before  # nothing stored
    total = sum(entry["claims"] for entry in entries)
    assert [t[:2] for t in told] == [
        (0, total),
        (sum(e["claims"] for e in entries[:2]), total),
        (sum(e["claims"] for e in entries[:4]), total),
    ]
    assert "link index made again" in told[0][2]
    assert _covered(path) == {entry["file"] for entry in entries[:4]}  # two batches committed
    told.clear()
    _add(path, articles[-1], lambda *args: told.append(args))
    rest = sum(entry["claims"] for entry in entries[4:])
    assert told[0][:2] == (0, rest) and told[-1][:2] == (rest, rest)  # the rest only
    assert _links(CorpusDB.open(path)) == built_links
    assert _covered(path) == {entry["file"] for entry in CorpusDB.open(path)._index.shards}


def test_an_index_up_to_date_tells_nothing(articles: list[Article], tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    told: list[tuple] = []
    _add(path, articles[-1], lambda *args: told.append(args))
    assert told == []


def test_an_add_on_a_db_with_a_shard_cut_short_stores_nothing_and_names_the_shard(
    articles: list[Article], tmp_path: Path
) -> None:
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    entry = CorpusDB.open(path)._index.shards[2]
    file = path.parent / entry["file"]
    file.write_bytes(file.read_bytes()[:-40])
    before = {p.name: p.read_bytes() for p in path.parent.rglob("*") if p.is_file()}
    with pytest.raises(DamagedShard) as caught:
        _add(path, articles[-1])
    assert f"its shard {entry['file']} cannot be read: " in str(caught.value)
    assert "\n" not in str(caught.value)
    after = {p.name: p.read_bytes() for p in path.parent.rglob("*") if p.is_file()}
    assert after == before  # the catalogue, every shard and the link index as they were


def test_a_damaged_shard_met_while_the_index_catches_up_keeps_the_index(
    articles: list[Article], tmp_path: Path
) -> None:
    """The index lacks a shard (an add killed before indexing it) whose claims were changed in
    place (its size the same): the add fails naming the shard; the index keeps every other shard."""
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    entry = CorpusDB.open(path)._index.shards[-1]
    with sqlite3.connect(index_path(path)) as index:
        index.execute("DELETE FROM shards WHERE file=?", (entry["file"],))
    covered = _covered(path)
    file = path.parent / entry["file"]
    raw = file.read_bytes()
    at = raw.index(b'"text":"') + 8
    file.write_bytes(raw[:at] + (b"X" if raw[at : at + 1] != b"X" else b"Y") + raw[at + 1 :])
    with pytest.raises(DamagedShard, match=f"its shard {entry['file']} was changed after it was written"):
        _add(path, articles[-1])
    assert index_path(path).is_file() and _covered(path) == covered
    assert shards.read_shard(path, entry["file"])  # (read without its entry: unchecked)
