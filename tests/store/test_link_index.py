"""The link index (store/link_index.py): an add links through it, and gives what a build gives."""

from __future__ import annotations

import random
import sqlite3
from dataclasses import fields
from pathlib import Path

import orjson
import pytest

from corpus.loader import bundled_articles, load_dir
from corpus.model import Article
from corpus.pipeline import extract_one
from corpus.xref.features import features
from corpus.xref.stored import MalformedFeatures, from_doc, to_doc
from store.build import add_articles, build_corpus_db
from store.corpus_db import CorpusDB
from store.link_index import index_path

CLUSTERS = Path(__file__).resolve().parents[1] / "data" / "clusters"


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    found = load_dir(CLUSTERS)
    assert len(found) >= 25
    return found


@pytest.fixture(autouse=True)
def small_shards(monkeypatch: pytest.MonkeyPatch) -> None:
    """Builds write several shards, so that an add reads the catalogue alone (a DB of one shard
    is read whole: nothing to gain)."""
    from store import shards

    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 8)


def _links(db: CorpusDB) -> set[tuple[str, str, str, float, str]]:
    return {(x.source, x.target, x.relation, x.score, x.reason) for x in db.xrefs()}


@pytest.fixture(scope="module")
def built_links(articles: list[Article], tmp_path_factory: pytest.TempPathFactory) -> frozenset:
    """The links a build of every article makes (in shards of about 8 claims, as each test's DB):
    what each add below must end with, built once for the module."""
    from store import shards

    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 8)
        return frozenset(
            _links(build_corpus_db(tmp_path_factory.mktemp("built") / "built.json", articles, keep_added=False))
        )


def _add(path: Path, article: Article) -> None:
    """Add ``article`` as `factscope add` does: the DB read as its catalogue alone."""
    add_articles(CorpusDB.open_part(path, lambda _articles: None), [article])


def _grown(path: Path, articles: list[Article]) -> CorpusDB:
    """A DB built from the first article, the others added one by one as `factscope add` does."""
    build_corpus_db(path, articles[:1], keep_added=False)
    for article in articles[1:]:
        _add(path, article)
    return CorpusDB.open(path)


def test_adding_one_by_one_through_the_index_gives_exactly_the_built_links(
    articles: list[Article], built_links: frozenset, tmp_path: Path
) -> None:
    grown = _grown(tmp_path / "grown.json", articles)
    assert index_path(tmp_path / "grown.json").is_file()  # the adds went through the link index
    assert _links(grown) == built_links  # same pairs, relations, scores and reasons
    assert len(built_links) > 40


def test_without_the_caps_per_claim_any_order_of_adds_gives_exactly_the_built_links(
    articles: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Blocking, windows and relations are the same whatever came first, caps or none (docs/storage.md)."""
    from corpus.xref import link

    every = bundled_articles() + articles
    random.Random(5).shuffle(every)
    capped = _links(build_corpus_db(tmp_path / "capped.json", every, keep_added=False))
    # (the limits as the build and an add read them, from CAPS: its module constants are read once, at import)
    monkeypatch.setattr(link, "CAPS", dict.fromkeys(link.CAPS, (10**6, 10**6)))
    built = build_corpus_db(tmp_path / "built.json", every, keep_added=False)
    grown = _grown(tmp_path / "grown.json", every)
    assert _links(grown) == _links(built)
    # the caps were off: the build kept links the caps leave out (a patch that missed them would change nothing)
    assert capped < _links(built)
    assert len(_links(built)) > 400


def test_a_build_writes_the_index_of_every_shard(articles: list[Article], tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    build_corpus_db(path, articles, keep_added=False)
    with sqlite3.connect(index_path(path)) as index:
        covered = {row[0] for row in index.execute("SELECT file FROM shards")}
        indexed = index.execute("SELECT count(*) FROM claims").fetchone()[0]
    db = CorpusDB.open(path)
    assert covered == {entry["file"] for entry in db._index.shards}
    assert indexed == sum(1 for c in db.claims() if c.kind != "background")


def test_a_build_leaves_its_index_in_the_journal_mode_adds_write_it_in(articles: list[Article], tmp_path: Path) -> None:
    """A build writes its index with a rollback journal (its pages are all new); an add writes through a
    write-ahead log, and switching to it writes and syncs the file (~0.3 s wall at 100k claims): the build
    switches it once, so that the first add after it does not."""
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:3], keep_added=False)
    with sqlite3.connect(index_path(path)) as index:
        assert index.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    _add(path, articles[3])
    with sqlite3.connect(index_path(path)) as index:
        assert index.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_an_unreadable_index_is_rebuilt_and_links_the_same(
    articles: list[Article], built_links: frozenset, tmp_path: Path
) -> None:
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    _add(path, articles[-2])  # nothing new, but nothing broken either
    index_path(path).write_bytes(b"not a database at all" * 100)
    _add(path, articles[-1])
    assert _links(CorpusDB.open(path)) == built_links
    with sqlite3.connect(index_path(path)) as index:  # rebuilt: it covers every shard
        covered = {row[0] for row in index.execute("SELECT file FROM shards")}
    assert covered == {entry["file"] for entry in CorpusDB.open(path)._index.shards}


def test_an_index_behind_the_db_catches_up_on_the_shards_it_lacks(
    articles: list[Article], built_links: frozenset, tmp_path: Path
) -> None:
    """An add killed after its catalogue was committed but before it indexed its shard."""
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:10], keep_added=False)
    _add(path, articles[10])
    stale = index_path(path).read_bytes()
    _add(path, articles[11])
    index_path(path).write_bytes(stale)  # as if the second add never indexed its shard
    for article in articles[12:]:
        _add(path, article)
    assert _links(CorpusDB.open(path)) == built_links


def test_damaged_stored_features_make_the_add_link_in_memory(
    articles: list[Article], built_links: frozenset, tmp_path: Path
) -> None:
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    _add(path, articles[0])  # indexes the corpus
    with sqlite3.connect(index_path(path)) as index:
        index.execute("UPDATE claims SET features = ?", (b'{"words": 7}',))
    _add(path, articles[-1])
    assert _links(CorpusDB.open(path)) == built_links


def test_damaged_stored_claims_make_the_add_link_in_memory(
    articles: list[Article], built_links: frozenset, tmp_path: Path
) -> None:
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    with sqlite3.connect(index_path(path)) as index:
        index.execute("UPDATE claims SET doc = ?", (b'{"id": "a1", "kind": 3}',))
    _add(path, articles[-1])
    assert _links(CorpusDB.open(path)) == built_links


def test_an_add_to_a_catalogue_reads_no_stored_shard(
    articles: list[Article], built_links: frozenset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The claims it links to come from the link index: only its own new shard is read (to index it)."""
    from store import shards

    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    before = {entry["file"] for entry in CorpusDB.open(path)._index.shards}
    assert len(before) > 1
    read: list[str] = []
    real = shards.read_shard
    monkeypatch.setattr(
        shards,
        "read_shard",
        lambda db_path, entry, *more: (
            read.append(entry if isinstance(entry, str) else entry["file"]) or real(db_path, entry, *more)
        ),
    )
    db = CorpusDB.open_part(path, lambda _articles: None)
    result = add_articles(db, [articles[-1]])
    assert result.claims and result.xrefs and not db.complete
    assert read and not set(read) & before
    monkeypatch.undo()
    assert _links(CorpusDB.open(path)) == built_links
    assert (
        db.claim_count(articles[-1].id)
        == len(result.claims)
        == len(CorpusDB.open(path).claims_for_article(articles[-1].id))
    )


def test_stored_features_read_back_equal_to_computed(articles: list[Article]) -> None:
    for given in articles[:8]:
        article, claims, _mentions, _notices = extract_one(given)
        for claim in claims:
            computed = features(claim, article)
            read = from_doc(orjson.loads(orjson.dumps(to_doc(computed))), claim, article)
            for field in fields(computed):
                assert getattr(read, field.name) == getattr(computed, field.name), field.name


def test_a_document_of_the_wrong_shape_is_refused(articles: list[Article]) -> None:
    article, claims, _mentions, _notices = extract_one(articles[0])
    claim = claims[0]
    doc = to_doc(features(claim, article))
    for broken in ({**doc, "words": "abc"}, {**doc, "figures": [1]}, {k: v for k, v in doc.items() if k != "when"}):
        with pytest.raises(MalformedFeatures):
            from_doc(broken, claim, article)


def test_indexing_an_add_takes_the_features_its_linking_made(
    articles: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The add's shard is indexed with the features linking made of its claims, none made again,
    and the rows are those of features made afresh (a build's)."""
    from store import link_index

    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    made: list[str] = []
    real = link_index.features
    monkeypatch.setattr(link_index, "features", lambda claim, article: made.append(claim.id) or real(claim, article))
    result = add_articles(CorpusDB.open_part(path, lambda _articles: None), [articles[-1]])
    monkeypatch.undo()
    db = CorpusDB.open(path)
    linked = [c for c in db.claims_for_article(articles[-1].id) if c.kind != "background"]
    assert linked and len(result.claims) >= len(linked) and not made
    article = next(a for a in db.articles() if a.id == articles[-1].id)
    with sqlite3.connect(index_path(path)) as index:
        for claim in linked:
            (stored,) = index.execute("SELECT features FROM claims WHERE id=?", (claim.id,)).fetchone()
            assert orjson.loads(stored) == orjson.loads(orjson.dumps(to_doc(features(claim, article))))


def test_block_rows_come_in_the_order_sorting_the_rows_gives() -> None:
    """The rows of the blocks table, made by sorting claims and keys apart (store/link_index.py
    ``_block_rows``), are exactly the rows sorted: shared keys, tied positions, a key a claim
    gives twice, keys and positions that are prefixes of others."""
    from types import SimpleNamespace

    from store.link_index import _block_rows

    rng = random.Random(7)
    keys = ['["figure","killed"]', '["figure","kill"]', '["topic","a"]', '["topic","a","b"]', "k", "k2", "K"]
    encoded = []
    for _ in range(300):
        position = (
            rng.choice(["2024-01-02", "2024-01-0", "", "2025"]) + f"\x1fa{rng.randrange(5)}\x1f{rng.randrange(3):012d}"
        )
        claim = SimpleNamespace(id=f"c{rng.randrange(40)}")
        blocks = tuple(rng.choice(keys) for _ in range(rng.randrange(4)))
        encoded.append(SimpleNamespace(position=position, claim=claim, blocks=blocks))
    want = sorted((key, e.position, e.claim.id) for e in encoded for key in e.blocks)
    assert _block_rows(encoded) == want
    assert len(want) > 300  # (the draw made rows enough to tie)
