"""An add reads the catalogue and the articles it needs, not every article file
(store/article_map.py): the catalogue's article-file entries list their articles' ids, and the
span each article's document takes in its file."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from corpus.model import Extraction
from store import article_map, shards
from store.article_map import ArticleMap
from store.corpus_db import CorpusDB
from store.errors import CorruptDatabase
from tests.store import helpers


def _catalogue(path: Path) -> dict:
    return orjson.loads(path.read_bytes())


@pytest.fixture
def files_read(monkeypatch) -> list[str]:
    """The article files read whole, by name."""
    read: list[str] = []
    original = shards.read_article_file

    def counted(db_path, entry, raw=None):
        read.append(entry["file"])
        return original(db_path, entry, raw)

    monkeypatch.setattr(shards, "read_article_file", counted)
    return read


@pytest.fixture
def read_alone(monkeypatch) -> list[str]:
    """The articles read alone from their article files, by id."""
    read: list[str] = []
    original = article_map._read_one

    def counted(path, entry, fd, at, article_id):
        read.append(article_id)
        return original(path, entry, fd, at, article_id)

    monkeypatch.setattr(article_map, "_read_one", counted)
    return read


def _unlist(path: Path) -> dict:
    """The catalogue as written before article-file entries listed their ids and spans."""
    data = _catalogue(path)
    for entry in data["article_files"].values():
        del entry["ids"], entry["spans"]
    path.write_bytes(orjson.dumps(data))
    return data


def test_an_add_reads_no_article_file_and_knows_every_stored_id(
    tmp_path: Path, files_read: list[str], read_alone: list[str]
) -> None:
    extraction, path = helpers.built_ferry_corpus(tmp_path, 3500)
    entries = list(_catalogue(path)["article_files"].values())
    assert [e["ids"][:2] for e in entries] == [["a0", "a1"], ["a1000", "a1001"], ["a2000", "a2001"], ["a3000", "a3001"]]
    files_read.clear()
    part = CorpusDB.open_part(path, lambda _articles: None)  # as `factscope add` opens it
    assert "a2999" in part.article_ids() and "a9999" not in part.article_ids()
    assert len(part.article_ids()) == 3500
    again, new = helpers.ferry_extraction(2999, 1), helpers.ferry_extraction(9000, 2)  # one stored already, two new
    delta = Extraction([*again.articles, *new.articles], [*again.claims, *new.claims], [], [])
    result = part.update_index(lambda _current: delta, met=set())
    assert result.articles == ["a9000", "a9001"] and result.skipped_articles == ["a2999"]
    assert files_read == [] and read_alone == []  # not one of the four article files parsed
    # looked up, a stored article reads its own document alone, and is the article stored
    assert part.article("a1500") == extraction.articles[1500]
    assert files_read == [] and read_alone == ["a1500"]
    whole = CorpusDB.open(path)
    assert whole.articles() == [*extraction.articles, *new.articles]
    assert whole.claims_for_article("a9001") == [new.claims[1]]


def test_an_add_that_fills_the_head_moves_it_without_reading_the_article_files(
    tmp_path: Path, files_read: list[str], monkeypatch
) -> None:
    monkeypatch.setattr(shards, "HEAD_ARTICLES", 2)
    extraction, path = helpers.built_ferry_corpus(tmp_path, 1500)
    added = []
    for n in range(4):
        files_read.clear()
        part = CorpusDB.open_part(path, lambda _articles: None)
        delta = helpers.ferry_extraction(5000 + n, 1)
        assert part.update_index(lambda _current, d=delta: d, met=set()).articles == [f"a{5000 + n}"]
        assert files_read == []
        added += delta.articles
        assert part.article(f"a{5000 + n}") == delta.articles[0] and files_read == []
    data = _catalogue(path)
    assert [e["articles"] for e in data["article_files"].values()] == [1000, 500, 3]
    assert [doc["id"] for doc in data["articles"].values()] == ["a5003"]
    assert CorpusDB.open(path).articles() == [*extraction.articles, *added]


def test_article_files_written_before_entries_listed_ids_are_written_again_once(tmp_path: Path, files_read) -> None:
    _, path = helpers.built_ferry_corpus(tmp_path, 2200)
    data = _unlist(path)  # as last session's factscope wrote them
    part = CorpusDB.open_part(path, lambda _articles: None)
    part.update_index(lambda _current: helpers.ferry_extraction(7000, 1), met=set())  # reads them all, once
    assert len(files_read) == 3
    entries = _catalogue(path)["article_files"]
    old = {e["file"] for e in data["article_files"].values()}
    assert not old & {e["file"] for e in entries.values()}  # new files, the old ones left to the backups
    assert all((path.parent / name).exists() for name in old)
    assert [e["ids"][-1] for e in entries.values()] == ["a999", "a1999", "a2199"]
    files_read.clear()
    CorpusDB.open_part(path, lambda _articles: None).update_index(
        lambda _c: helpers.ferry_extraction(7001, 1), met=set()
    )
    assert files_read == []
    assert [a.id for a in CorpusDB.open(path).articles()][-3:] == ["a2199", "a7000", "a7001"]


@pytest.mark.parametrize("damage", ["id", "span"])
def test_an_article_file_not_holding_the_articles_its_entry_lists_fails_closed(tmp_path: Path, damage: str) -> None:
    _, path = helpers.built_ferry_corpus(tmp_path, 1200)
    data = _catalogue(path)
    entry = data["article_files"]["1"]
    if damage == "id":
        entry["ids"][5] = "a9999"
    else:  # a span one byte short: not the document of a5
        entry["spans"][5][1] -= 1
    path.write_bytes(orjson.dumps(data))
    part = CorpusDB.open_part(path, lambda _articles: None)  # the catalogue alone reads no article file
    assert part.article("a4") is not None
    with pytest.raises(CorruptDatabase, match="does not hold the articles its entry names"):
        part.article("a9999" if damage == "id" else "a5")
    if damage == "id":  # (a whole read parses the file whole: a span is not used)
        with pytest.raises(CorruptDatabase, match="does not hold the articles its entry names"):
            CorpusDB.open(path)


@pytest.mark.parametrize(
    "ids", [["a1", "a1"], ["a1"], ["bad id"], "a1"], ids=["twice", "short", "not an id", "not a list"]
)
def test_malformed_ids_in_an_entry_fail_closed(tmp_path: Path, ids) -> None:
    _, path = helpers.built_ferry_corpus(tmp_path, 1200)
    data = _catalogue(path)
    entry = data["article_files"]["2"]
    entry["ids"] = ids if ids != ["a1", "a1"] else ["a1", *entry["ids"][1:]]  # a1 is in the first file too
    if ids == ["a1"]:
        entry["ids"] = entry["ids"][:-1]
    path.write_bytes(orjson.dumps(data))
    with pytest.raises(CorruptDatabase):
        CorpusDB.open_part(path, lambda _articles: None)


def test_the_map_answers_as_a_dict_of_the_same_articles(tmp_path: Path) -> None:
    extraction, path = helpers.built_ferry_corpus(tmp_path, 2100)
    data = _catalogue(path)
    entries = shards.article_entries(path, data)
    lazy = ArticleMap(path, entries, [])
    whole = {a.id: a for a in extraction.articles}
    assert list(lazy) == list(whole) and len(lazy) == len(whole)
    assert lazy.files_read() == lazy.read_alone() == 0
    assert lazy.get("a2050") == whole["a2050"] and lazy.get("nope") is None and "nope" not in lazy
    assert lazy.files_read() == 0 and lazy.read_alone() == 1
    assert dict(lazy) == whole and lazy.read_alone() == 2100
    again = ArticleMap(path, entries, [])
    assert list(again.values()) == list(whole.values()) and again.files_read() == 3  # every one: file by file
    for entry in entries:  # entries without spans (none written now): a file read whole
        del entry["spans"]
    by_file = ArticleMap(path, entries, [])
    assert by_file["a2050"] == whole["a2050"] and by_file.files_read() == 1
    assert dict(by_file) == whole and by_file.files_read() == 3


def test_an_add_through_the_pipeline_reads_only_the_articles_it_meets(
    tmp_path: Path, files_read: list[str], read_alone: list[str], monkeypatch
) -> None:
    """`factscope add`'s path (``add_articles`` on the catalogue alone, linked through the link
    index): of ten stored articles (in ten article files), those whose claims the new one meets."""
    from store.build import add_articles
    from tests.store import helpers

    monkeypatch.setattr(shards, "HEAD_ARTICLES", 0)
    monkeypatch.setattr(shards, "ARTICLES_PER_FILE", 1)
    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 2)
    told = [
        "In Harwick, 12 ferries ran late on Monday, the port said.",
        "Bellmoor council said 40 teachers went on strike over pay.",
        "Custow police said 7 people were arrested after the match.",
        "The Dunley hospital said it treated 35 patients for flu.",
        "Elsby farmers said 300 sheep died in the floods.",
        "Farrow airport said 18 flights were cancelled because of fog.",
        "The Glenby mayor said 2,000 trees would be planted this year.",
        "Hatton fire crews said 9 homes burned in the wildfire.",
        "Ivesley university said 650 students enrolled in nursing.",
        "Jarrow steelworks said 120 jobs would go by March.",
    ]
    stored = [helpers.make_article(f"Bulletin {n}.\n{text}\n") for n, text in enumerate(told)]
    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(helpers.extract(stored), None, includes_bundled=False)
    add_articles(CorpusDB.open_part(path, lambda _articles: None), [helpers.make_article("Warm-up.\nNo news.\n")])
    assert len(_catalogue(path)["article_files"]) == 11
    files_read.clear()
    read_alone.clear()
    new = helpers.make_article("Update.\nCustow police said 9 people were arrested after the match.\n")
    result = add_articles(CorpusDB.open_part(path, lambda _articles: None), [new])
    assert result.articles == [new.id] and result.xrefs  # linked to the Custow report
    assert files_read == [] and 1 <= len(set(read_alone)) <= 2, read_alone  # the Custow report (not the ten)
    whole = CorpusDB.open(path)
    assert [a.id for a in whole.articles()][-1] == new.id and whole.claims_for_article(new.id)


@pytest.mark.parametrize("spans", [[[0, 0]], [[5, 9], [2, 4]], [["0", 9]], "0-9"], ids=["empty", "back", "text", "str"])
def test_malformed_spans_in_an_entry_fail_closed(tmp_path: Path, spans) -> None:
    _, path = helpers.built_ferry_corpus(tmp_path, 1200)
    data = _catalogue(path)
    entry = data["article_files"]["2"]
    entry["spans"] = spans if isinstance(spans, str) else [*spans, *entry["spans"][len(spans) :]]
    path.write_bytes(orjson.dumps(data))
    with pytest.raises(CorruptDatabase, match="malformed spans"):
        CorpusDB.open_part(path, lambda _articles: None)
