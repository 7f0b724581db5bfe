"""CorpusDB: every table round-trips; queries answer from in-memory indexes."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import orjson
import pytest

from corpus.model import Entity, Extraction, XRef
from store.corpus_db import SCHEMA_VERSION, CorpusDB
from store.corpus_index import READABLE_SCHEMAS
from store.errors import InvalidExtraction, MissingDatabase, SchemaMismatch, UnknownId
from tests.store import helpers
from tests.store.fixtures import built_db, bundled_extraction  # noqa: F401 (pytest fixtures)


def test_every_table_round_trips(built_db: Path, bundled_extraction: Extraction) -> None:
    db = CorpusDB.open(built_db)
    x = bundled_extraction
    assert [a.to_dict() for a in db.articles()] == [a.to_dict() for a in x.articles]
    assert sorted(c.id for c in db.claims()) == sorted(c.id for c in x.claims)
    assert {c.id: c.to_dict() for c in db.claims()} == {c.id: c.to_dict() for c in x.claims}
    assert [e.to_dict() for e in db.entities()] == [e.to_dict() for e in x.entities]
    assert [r.to_dict() for r in db.xrefs()] == [r.to_dict() for r in x.xrefs]
    meta = db.meta
    assert meta["schema_version"] == SCHEMA_VERSION
    assert meta["fingerprint"] == "fp-test" and db.fingerprint == "fp-test"
    assert meta["pipeline_version"] == "t1"
    expected_counts = {"articles": 5, "claims": len(x.claims), "entities": len(x.entities), "xrefs": len(x.xrefs)}
    assert meta["counts"] == expected_counts
    assert meta["kind"] == "factscope.corpus"
    # quantities come back as Quantity objects, offsets still true
    some = next(c for c in db.claims() if c.quantities)
    assert some.quantities[0].value is not None
    body = db.article(some.article_id).body
    assert body[some.start : some.end] == some.text
    assert body[some.quantities[0].start : some.quantities[0].end] == some.quantities[0].text


def test_indexes_answer_like_a_scan(built_db: Path) -> None:
    db = CorpusDB.open(built_db)
    claims = db.claims()
    for article in db.articles():
        expected = sorted((c for c in claims if c.article_id == article.id), key=lambda c: c.start)
        assert db.claims_for_article(article.id) == expected
    for claim in claims[:20]:
        expected = [x for x in db.xrefs() if claim.id in (x.source, x.target)]
        assert sorted(map(repr, db.xrefs_for_claim(claim.id))) == sorted(map(repr, expected))
        assert db.claim(claim.id) is claim
    entity = db.entities()[0]
    assert db.claims_for_entity(entity.name) == [c for c in claims if entity.name in c.entities]
    # aliases and case find the same entity
    assert db.entity(entity.aliases[0]) == entity
    assert db.entity(entity.name.lower()) == entity
    assert db.claims_for_entity(entity.aliases[0]) == db.claims_for_entity(entity.name)


def test_missing_ids_give_none_or_a_one_line_error(built_db: Path) -> None:
    db = CorpusDB.open(built_db)
    assert db.claim("cnope") is None
    assert db.article("anope") is None
    assert db.entity("Nobody") is None
    assert db.claims_for_article("anope") == [] and db.xrefs_for_claim("cnope") == []
    with pytest.raises(UnknownId, match="no claim with id 'cnope'"):
        db.require_claim("cnope")


def test_returned_lists_are_copies(built_db: Path) -> None:
    db = CorpusDB.open(built_db)
    first = db.articles()[0]
    db.claims_for_article(first.id).clear()
    db.claims().clear()
    assert db.claims_for_article(first.id) and db.claims()


def test_open_missing_and_create(tmp_path: Path) -> None:
    with pytest.raises(MissingDatabase, match="no such database"):
        CorpusDB.open(tmp_path / "nope.json")
    db = CorpusDB.open(tmp_path / "new.json", create=True)
    assert db.is_empty() and db.claims() == [] and not (tmp_path / "new.json").exists()


def test_add_lands_dedupes_and_merges_entity_aliases(built_db: Path) -> None:
    db = CorpusDB.open(built_db)
    article = helpers.make_article("Kyiv update.\nAt least 12 people were killed in Kharkiv on Monday.\n")
    result = db.update(lambda current: helpers.extend(current, [article]))
    assert result.articles == [article.id] and len(result.claims) == 1 and result.xrefs == 1
    assert db.article(article.id) == article
    new_claim = db.claim(result.claims[0])
    assert db.claims_for_article(article.id) == [new_claim]
    assert db.xrefs_for_claim(new_claim.id)
    # again: nothing new, nothing duplicated
    again = db.add(helpers.extend(Extraction(), [article]))
    assert again.articles == [] and again.skipped_articles == [article.id]
    reopened = CorpusDB.open(built_db)
    assert [a.id for a in reopened.articles()].count(article.id) == 1
    assert len(reopened.claims()) == len(db.claims())
    # an existing entity gains a new alias instead of a duplicate
    name = reopened.entities()[0].name
    other = helpers.make_article("Another 7 people arrived.\n")
    delta = helpers.extract([other])
    delta.entities.append(Entity(name, "other", ["Brand New Alias"]))
    reopened.add(delta)
    final = CorpusDB.open(built_db)
    assert [e.name for e in final.entities()].count(name) == 1
    assert "Brand New Alias" in final.entity(name).aliases
    assert final.entity("brand new alias").name == name
    assert final.meta["counts"]["articles"] == 7


def test_reload_if_changed_sees_another_writer(built_db: Path) -> None:
    reader = CorpusDB.open(built_db)
    writer = CorpusDB.open(built_db)
    assert reader.reload_if_changed() is False
    article = helpers.make_article("Fresh news: 3 ships sank.\n")
    writer.add(helpers.extract([article]))
    assert reader.article(article.id) is None
    assert reader.reload_if_changed() is True
    assert reader.article(article.id) == article
    assert reader.reload_if_changed() is False


def test_reload_keeps_serving_when_the_new_file_is_corrupt(built_db: Path) -> None:
    from store.errors import CorruptDatabase

    reader = CorpusDB.open(built_db)
    count = len(reader.claims())
    built_db.write_bytes(b'{"articles": ')
    with pytest.raises(CorruptDatabase):
        reader.reload_if_changed()
    assert len(reader.claims()) == count


def test_invalid_extraction_is_refused_and_file_untouched(built_db: Path, bundled_extraction: Extraction) -> None:
    before = built_db.read_bytes()
    db = CorpusDB.open(built_db)
    article = helpers.make_article("Some 40 tanks moved.\n")
    bad = helpers.extract([article])
    moved = dataclasses.replace(bad.claims[0], start=bad.claims[0].start + 1)  # offsets no longer match the text
    bad = dataclasses.replace(bad, claims=[moved, *bad.claims[1:]])
    with pytest.raises(InvalidExtraction, match="offsets"):
        db.add(bad)
    dangling = helpers.extract([article])
    dangling = dataclasses.replace(dangling, xrefs=[XRef(dangling.claims[0].id, "cmissing", "conflicts", 0.9, "x")])
    with pytest.raises(InvalidExtraction, match="unknown claim"):
        db.replace_all(dangling, "fp")
    wrong = helpers.extract([article])
    wrong = dataclasses.replace(wrong, xrefs=[XRef(wrong.claims[0].id, wrong.claims[0].id, "contradicts", 0.9, "x")])
    with pytest.raises(InvalidExtraction, match="unknown relation"):
        db.replace_all(wrong, "fp")
    assert built_db.read_bytes() == before
    assert len(db.claims()) == len(bundled_extraction.claims)


def _set_schema(path: Path, version: object) -> None:
    data = orjson.loads(path.read_bytes())
    data["meta"]["1"]["schema_version"] = version
    path.write_bytes(orjson.dumps(data))


def test_schema_mismatch_is_a_clear_error(built_db: Path) -> None:
    _set_schema(built_db, max(READABLE_SCHEMAS) + 1)
    with pytest.raises(SchemaMismatch, match="newer than this factscope reads"):
        CorpusDB.open(built_db)
    _set_schema(built_db, 0)
    with pytest.raises(SchemaMismatch, match="rebuild it with 'factscope build'"):
        CorpusDB.open(built_db)


def test_a_foreign_tinydb_file_is_not_a_corpus_db(tmp_path: Path) -> None:
    path = tmp_path / "user.json"
    path.write_bytes(b'{"claims": {"1": {"x": 1}}}')
    with pytest.raises(SchemaMismatch, match="not a factscope corpus database"):
        CorpusDB.open(path)


@pytest.mark.parametrize(
    "edit, detail",
    [
        (lambda data: data["claims"]["1"].pop("article_id"), "malformed document"),
        (lambda data: data["claims"].update({"x1": data["claims"]["1"]}), "not a number"),
        (lambda data: data["claims"]["1"].update(quantities=[{"text": 5}]), "malformed document"),
    ],
)
def test_malformed_documents_fail_closed(built_db: Path, edit, detail: str) -> None:
    from store.errors import CorruptDatabase

    data = helpers.stored_tables(built_db)
    edit(data)
    built_db.write_bytes(orjson.dumps(data))
    before = built_db.read_bytes()
    with pytest.raises(CorruptDatabase, match=detail) as info:
        CorpusDB.open(built_db)
    assert "\n" not in str(info.value)
    assert built_db.read_bytes() == before


def test_queries_never_touch_the_file(built_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Loaded once; every query is answered from memory (no TinyDB scans, no reads)."""
    import builtins
    import os

    db = CorpusDB.open(built_db)

    def no_io(*args, **kwargs):
        raise AssertionError("a query touched the disk")

    monkeypatch.setattr(os, "open", no_io)
    monkeypatch.setattr(builtins, "open", no_io)
    monkeypatch.setattr(os, "stat", no_io)
    for article in db.articles():
        for claim in db.claims_for_article(article.id):
            assert db.claim(claim.id) is claim
            db.xrefs_for_claim(claim.id)
            for name in claim.entities:
                assert claim in db.claims_for_entity(name)
    assert db.entities() and db.xrefs() and db.meta
