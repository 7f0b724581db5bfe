"""A catalogue of many articles keeps them in article files (store/shards.py): the catalogue file
an add replaces is a small head (meta, entities, the shard and article-file entries, the articles
added since the last article file), so an add no longer rewrites every article."""

from __future__ import annotations

import json
import os
from pathlib import Path

import orjson
import pytest

from corpus.model import Extraction
from store import shards
from store.corpus_db import CorpusDB
from store.corpus_index import SCHEMA_VERSION, SEGMENTED_SCHEMA
from store.errors import CorruptDatabase
from tests.store import helpers


def _catalogue(path: Path) -> dict:
    return orjson.loads(path.read_bytes())


def _article_files(path: Path) -> dict[str, bytes]:
    data = _catalogue(path)
    return {e["file"]: (path.parent / e["file"]).read_bytes() for e in data.get("article_files", {}).values()}


def _add_to_part(path: Path, delta: Extraction) -> None:
    """As `factscope add` stores: the catalogue alone read, one shard and the head written."""
    part = CorpusDB.open_part(path, lambda _articles: None)
    assert not part.complete
    result = part.update_index(lambda _current: delta, met=set())
    assert result.articles == [a.id for a in delta.articles]


def test_a_build_of_many_articles_keeps_them_in_article_files_and_the_catalogue_small(tmp_path: Path) -> None:
    extraction, path = helpers.built_ferry_corpus(tmp_path, 2500)
    data = _catalogue(path)
    assert data["meta"]["1"]["schema_version"] == SEGMENTED_SCHEMA  # an older factscope refuses it
    assert not data["articles"]  # the head holds none of them
    assert [e["articles"] for e in data["article_files"].values()] == [1000, 1000, 500]
    assert path.stat().st_size * 5 < sum(map(len, _article_files(path).values()))
    assert CorpusDB.open(path).articles() == extraction.articles  # every field, in stored order
    part = CorpusDB.open_part(path, lambda found: found[1700], bodies_on_demand=True)
    assert [a.id for a in part.articles()] == [a.id for a in extraction.articles]
    assert part.article("a1700").body == extraction.articles[1700].body
    assert part.claims_for_article("a1700") == [extraction.claims[1700]]
    assert part.load_rest() and part.articles() == extraction.articles


def test_a_small_db_keeps_its_articles_in_the_catalogue_as_before(tmp_path: Path) -> None:
    _, path = helpers.built_ferry_corpus(tmp_path, 40)
    data = _catalogue(path)
    assert "article_files" not in data and len(data["articles"]) == 40
    assert data["meta"]["1"]["schema_version"] == SCHEMA_VERSION


def test_an_add_rewrites_the_head_and_not_the_articles(tmp_path: Path) -> None:
    extraction, path = helpers.built_ferry_corpus(tmp_path, 2500)
    files, size = _article_files(path), path.stat().st_size
    added = helpers.ferry_extraction(5000, 1)
    _add_to_part(path, added)
    assert _article_files(path) == files  # not one article file written again
    data = _catalogue(path)
    assert [doc["id"] for doc in data["articles"].values()] == ["a5000"]
    assert path.stat().st_size < size + 2_000  # the head grew by the new article and its shard's entry
    again = helpers.ferry_extraction(5001, 1)
    CorpusDB.open(path).add(again)  # the whole read's add writes the head the same way
    assert _article_files(path) == files
    assert [doc["id"] for doc in _catalogue(path)["articles"].values()] == ["a5000", "a5001"]
    whole = CorpusDB.open(path)
    assert whole.articles() == [*extraction.articles, *added.articles, *again.articles]
    assert whole.claims_for_article("a5000") == added.claims and len(whole.claims()) == 2502


def test_a_full_head_moves_its_articles_into_an_article_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(shards, "HEAD_ARTICLES", 2)
    extraction, path = helpers.built_ferry_corpus(tmp_path, 30)
    assert [e["articles"] for e in _catalogue(path)["article_files"].values()] == [30]
    added = []
    for n in range(5):
        delta = helpers.ferry_extraction(100 + n, 1)
        (_add_to_part if n % 2 else lambda p, d: CorpusDB.open(p).add(d))(path, delta)
        added += delta.articles
    data = _catalogue(path)
    assert [e["articles"] for e in data["article_files"].values()] == [30, 3]  # the third add moved three
    assert [doc["id"] for doc in data["articles"].values()] == ["a103", "a104"]
    assert CorpusDB.open(path).articles() == [*extraction.articles, *added]
    part = CorpusDB.open_part(path, lambda found: found[-1], bodies_on_demand=True)
    assert part.articles() == [*extraction.articles, *added]


def test_a_missing_article_file_fails_closed_naming_it(tmp_path: Path) -> None:
    _, path = helpers.built_ferry_corpus(tmp_path, 1200)
    name = next(iter(_article_files(path)))
    os.unlink(path.parent / name)
    with pytest.raises(CorruptDatabase, match=name.split("/")[1]):
        CorpusDB.open(path)
    with pytest.raises(CorruptDatabase, match="article file"):
        CorpusDB.open_part(path, lambda found: found[0], bodies_on_demand=True)


def test_an_article_file_holding_other_than_its_count_fails_closed(tmp_path: Path) -> None:
    _, path = helpers.built_ferry_corpus(tmp_path, 1200)
    data = _catalogue(path)
    data["article_files"]["2"]["articles"] = 199
    # as written before entries listed them (nor their checksums)
    del data["article_files"]["2"]["ids"], data["article_files"]["2"]["spans"], data["article_files"]["2"]["body_crc32"]
    path.write_bytes(orjson.dumps(data))
    with pytest.raises(CorruptDatabase, match="holds 200 articles, not 199"):
        CorpusDB.open(path)


@pytest.mark.parametrize("entry", ["../outside.shards/0123456789abcdef.json", "/etc/passwd"])
def test_an_article_file_outside_the_shard_directory_is_refused(tmp_path: Path, entry: str) -> None:
    _, path = helpers.built_ferry_corpus(tmp_path, 1200)
    data = _catalogue(path)
    data["article_files"]["1"]["file"] = entry
    path.write_bytes(orjson.dumps(data))
    with pytest.raises(CorruptDatabase, match="not an article file"):
        CorpusDB.open(path)


def test_a_build_keeps_the_article_files_a_backup_names(tmp_path: Path) -> None:
    _, path = helpers.built_ferry_corpus(tmp_path, 600)
    first = set(_article_files(path))
    CorpusDB.open(path).replace_all(helpers.ferry_extraction(1000, 600), None, includes_bundled=False)
    second = set(_article_files(path))
    assert first.isdisjoint(second)
    assert all((path.parent / name).exists() for name in first | second)  # .bak.1 names the first
    os.replace(path.with_name(path.name + ".bak.1"), path)  # that backup restored: whole again
    assert [a.id for a in CorpusDB.open(path).articles()][:2] == ["a0", "a1"]


def test_a_build_keeps_the_added_articles_of_its_article_files(tmp_path: Path, monkeypatch) -> None:
    """`factscope build` keeps every article users added, those in article files too, not only the
    head's (it kept the head's alone: a DB of more than ``HEAD_ARTICLES`` articles lost the rest)."""
    from store.build import build_corpus_db

    monkeypatch.setattr(shards, "HEAD_ARTICLES", 0)
    monkeypatch.setattr(shards, "ARTICLES_PER_FILE", 2)
    path = tmp_path / "corpus.json"
    added = [helpers.make_article(f"Officials said {n} ferries were late on route {n}.\n") for n in range(5)]
    build_corpus_db(path, added, keep_added=False)
    assert len(_catalogue(path)["article_files"]) == 3 and not _catalogue(path)["articles"]
    other = helpers.make_article("The port said 12 ships were delayed.\n")
    rebuilt = build_corpus_db(path, [other])
    assert {a.id for a in rebuilt.articles()} == {a.id for a in [*added, other]}
    assert {a.id for a in CorpusDB.open(path).articles()} == {a.id for a in [*added, other]}


def _change_a_body_in_place(path: Path, number: int) -> str:
    """Article ``number`` of the first article file given another figure in its body, in place:
    the same length, still valid JSON, and not in its claim's text. The file's name."""
    entry = _catalogue(path)["article_files"]["1"]
    start, end = entry["spans"][number]
    file = path.parent / entry["file"]
    raw = bytearray(file.read_bytes())
    was = f"it was {number % 9} minutes".encode()
    at = raw.index(was, start, end)
    raw[at : at + len(was)] = f"it was {(number + 1) % 9} minutes".encode()
    file.write_bytes(bytes(raw))
    return entry["file"]


def test_a_body_changed_inside_an_article_file_fails_every_read_of_it_naming_the_file(tmp_path: Path) -> None:
    extraction, path = helpers.built_ferry_corpus(tmp_path, 1200)
    name = _change_a_body_in_place(path, 5)
    changed = f"its article file {name} was changed after it was written: the body of article a5 does not match"
    with pytest.raises(CorruptDatabase, match=changed):
        CorpusDB.open(path)  # a whole read: search, export, check
    with pytest.raises(CorruptDatabase, match=changed):
        CorpusDB.open_part(path, lambda found: found[0], bodies_on_demand=True)  # the browser
    part = CorpusDB.open_part(path, lambda _articles: None)  # an add: the catalogue, then the articles it meets
    assert part.article("a4") == extraction.articles[4]
    with pytest.raises(CorruptDatabase, match=changed):
        part.article("a5")
    assert part.article("a1100") == extraction.articles[1100]  # another article file's


def test_the_checksums_of_an_article_file_are_its_bodies_whatever_their_bytes(tmp_path: Path) -> None:
    extraction, path = helpers.built_ferry_corpus(tmp_path, 1200)
    bodies = {article.id: article.body for article in extraction.articles}
    for entry in _catalogue(path)["article_files"].values():
        assert entry["body_crc32"] == "".join(shards.checksum(bodies[article_id]) for article_id in entry["ids"])
        file = path.parent / entry["file"]  # another writer's spacing and escaping: the same bodies
        file.write_text(json.dumps(json.loads(file.read_text()), indent=1))
    assert CorpusDB.open(path).articles() == extraction.articles


@pytest.mark.parametrize("sums", ["", "0" * 7, "zz" * 4000, 12], ids=["empty", "short", "not hex", "not a string"])
def test_malformed_checksums_in_an_entry_fail_closed(tmp_path: Path, sums) -> None:
    _, path = helpers.built_ferry_corpus(tmp_path, 1200)
    data = _catalogue(path)
    data["article_files"]["2"]["body_crc32"] = sums
    path.write_bytes(orjson.dumps(data))
    with pytest.raises(CorruptDatabase, match="malformed checksums"):
        CorpusDB.open_part(path, lambda _articles: None)


def test_an_article_file_entry_without_checksums_is_read_as_before(tmp_path: Path) -> None:
    extraction, path = helpers.built_ferry_corpus(tmp_path, 1200)
    data = _catalogue(path)
    for entry in data["article_files"].values():
        del entry["body_crc32"]  # as written before session 28
    path.write_bytes(orjson.dumps(data))
    assert CorpusDB.open(path).articles() == extraction.articles
