"""The derived link columns grow by a tail that also names the links an add took back: a reader of
base and tail leaves them out, a fold drops them, and an add that takes links back no longer makes
``<db>.links.npz`` again from every shard (docs/storage.md, "What it costs")."""

from __future__ import annotations

import os
import random
from pathlib import Path

import numpy as np

from corpus.loader import bundled_articles, load_dir
from corpus.model import XRef
from store import tails
from store.build import add_articles, build_corpus_db
from store.columns import StringColumn
from store.corpus_db import CorpusDB
from store.derived import write_derived_indexes
from store.links import LinkColumns, links_path
from store.search import SearchIndex
from store.search.fields import FLAG_RELATIONS

from .conftest import DATA


def _x(source: str, target: str, relation: str = "related", score: float = 0.5) -> XRef:
    return XRef(source, target, relation, score, f"{source} and {target}", "shared words", ["subject"])


def _keys(xrefs) -> list[tuple[str, str, str]]:
    return [(x.source, x.target, x.relation) for x in xrefs]


def test_a_tail_hides_the_links_it_takes_back_and_a_fold_drops_them(tmp_path: Path) -> None:
    base = LinkColumns.of([_x("a", "b"), _x("b", "c", "corroborates"), _x("c", "d")])
    tail = LinkColumns.of([_x("d", "e")], unlinked=[("b", "c", "corroborates")])
    layered = base.with_tail(tail)
    assert _keys(layered.all()) == [("a", "b", "related"), ("c", "d", "related"), ("d", "e", "related")]
    assert len(layered) == 3
    assert _keys(layered.of_claim("c")) == [("c", "d", "related")]
    assert layered.ends_of("corroborates") == frozenset()
    folded = base.joined(tail)
    assert _keys(folded.all()) == _keys(layered.all())
    assert folded.unlinked == frozenset()
    assert [x.reason for x in folded.of_claim("d")] == ["c and d", "d and e"]


def test_tails_joined_take_back_from_each_other_and_carry_the_rest_down(tmp_path: Path) -> None:
    base = LinkColumns.of([_x("a", "b"), _x("b", "c")])
    first = LinkColumns.of([_x("c", "d"), _x("d", "e")], unlinked=[("a", "b", "related")])
    second = LinkColumns.of([_x("e", "f")], unlinked=[("c", "d", "related")])
    grown = first.joined(second)
    assert _keys(grown.all()) == [("d", "e", "related"), ("e", "f", "related")]
    assert grown.unlinked == {("a", "b", "related")}  # not in ``first``: it names a link of the base
    assert grown.save(tmp_path / "tail.npz", "k2", base="k1") is None
    loaded = LinkColumns.load(tmp_path / "tail.npz", "k2")
    assert loaded is not None and loaded.unlinked == {("a", "b", "related")}
    assert _keys(base.with_tail(loaded).all()) == [("b", "c", "related"), ("d", "e", "related"), ("e", "f", "related")]


def test_a_link_taken_back_and_made_again_later_is_shown_once(tmp_path: Path) -> None:
    base = LinkColumns.of([_x("a", "b")])
    first = LinkColumns.of([], unlinked=[("a", "b", "related")])
    second = LinkColumns.of([_x("a", "b", score=0.6)])
    layered = base.with_tail(first.joined(second))
    assert [(x.source, x.target, x.score) for x in layered.all()] == [("a", "b", 0.6)]


def _stamp(path: Path) -> tuple[int, int]:
    found = os.stat(path)
    return found.st_ino, found.st_mtime_ns


def test_adds_that_take_links_back_grow_the_tail_and_leave_the_base(tmp_path: Path, monkeypatch) -> None:
    from store import shards

    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 8)  # an add reads the catalogue alone, as at scale
    monkeypatch.setattr(tails, "FOLD", 0)  # a tail never outgrows 0 times the base: every add stays in the tail
    articles = sorted(bundled_articles() + load_dir(DATA / "clusters"), key=lambda a: (a.published or "", a.id))
    path = tmp_path / "corpus.json"
    write_derived_indexes(build_corpus_db(path, articles[:4], keep_added=False))
    base = _stamp(links_path(path))
    for article in articles[4:]:
        db = CorpusDB.open_part(path, lambda _articles: None)  # as `factscope add` does
        add_articles(db, [article])
        assert write_derived_indexes(db) == []
    grown = CorpusDB.open(path)
    assert len([link for entry in grown._index.shards for link in entry.get("unlinked", ())]) >= 5
    assert _stamp(links_path(path)) == base  # never made again from the shards
    part = CorpusDB.open_part(path, lambda found: found[-1])
    columns, _reason = LinkColumns.from_db(part)
    record = grown.xrefs()
    assert sorted(_keys(columns.all())) == sorted(_keys(record))
    assert len(columns) == len(record)
    # the search index's flags of links (is:conflict ...), grown by its tail or made again where an add
    # took back the last link of a relation at a claim, are a whole build's
    kept, built = SearchIndex.from_db(part), _built(grown)
    assert kept.loaded_from_cache
    for flag in FLAG_RELATIONS:
        assert _flagged(kept, flag) == _flagged(built, flag)
    assert _flagged(built, "conflict") and _flagged(built, "corroborated")


def _built(db: CorpusDB) -> SearchIndex:
    """The search index of a whole read of ``db``, made in memory (``SearchIndex.from_db(db, cache=False)``
    without the full collection it then runs for an app's sake: once per add here)."""
    return SearchIndex.build(db.claims(), db.articles(), db.xrefs(), db.entities())


def _flagged(index: SearchIndex, flag: str) -> set[str]:
    return {index.ids[int(row)] for row in np.flatnonzero(index.fields.flags[flag])}


def test_an_add_that_takes_back_the_last_link_of_a_relation_at_a_claim_clears_its_search_flag(
    tmp_path: Path, monkeypatch
) -> None:
    """A tail cannot clear a flag, so such an add has the search index made again; any other add
    grows it by a tail. Small windows (blocks of more than 6 compare neighbours 2 apart) make adds
    part pairs, so that some claim loses its only ``updates`` link."""
    from corpus.xref import blocking, link
    from store import link_index, shards

    for module in (blocking, link, link_index):
        monkeypatch.setattr(module, "SMALL_BLOCK", 6)
        monkeypatch.setattr(module, "NEIGHBOURS", 2)
    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 8)
    monkeypatch.setattr(tails, "FOLD", 0)
    articles = bundled_articles() + load_dir(DATA / "clusters")
    random.Random(3).shuffle(articles)
    path = tmp_path / "corpus.json"
    write_derived_indexes(build_corpus_db(path, articles[:4], keep_added=False))
    lost = 0
    for article in articles[4:]:
        db = CorpusDB.open_part(path, lambda _articles: None)
        add_articles(db, [article])
        growth = db.growth
        assert write_derived_indexes(db) == [] and growth is not None
        part, whole = CorpusDB.open_part(path, lambda found: found[-1]), CorpusDB.open(path)
        kept, built = SearchIndex.from_db(part), _built(whole)
        for flag, relation in FLAG_RELATIONS.items():
            assert _flagged(kept, flag) == _flagged(built, flag)
            taken = {end for x in growth.unlinked if x.relation == relation for end in (x.source, x.target)}
            lost += len(taken - _flagged(built, flag))
    assert lost


def test_a_tail_hides_exactly_the_links_it_names_among_look_alikes() -> None:
    # the same pair in another relation, the reverse link, ids sharing a prefix or of other lengths,
    # accented ids, a self-link: only the named (source, target, relation) is hidden
    stored = [
        _x("c1", "c2"),
        _x("c1", "c2", "corroborates"),
        _x("c2", "c1"),
        _x("c1", "c22"),
        _x("c11", "c2"),
        _x("clé-1", "c2", "conflicts"),
        _x("c2", "clé-1", "conflicts"),
        _x("c3", "c3", "updates"),
        _x("c1", "c3", "updates"),
    ]
    base = LinkColumns.of(stored)
    named = [("c1", "c2", "related"), ("c2", "clé-1", "conflicts"), ("c3", "c3", "updates")]
    absent = [("c1", "c2", "updates"), ("c9", "c2", "related"), ("c1", "c2" * 40, "related"), ("c1", "c2", "nope")]
    layered = base.with_tail(LinkColumns.of([], unlinked=named + absent))
    assert _keys(layered.all()) == [k for k in _keys(stored) if k not in named]
    assert _keys(layered.of_claim("c2")) == [
        ("c1", "c2", "corroborates"),
        ("c2", "c1", "related"),
        ("c11", "c2", "related"),
        ("clé-1", "c2", "conflicts"),
    ]
    folded = base.joined(LinkColumns.of([], unlinked=named + absent))
    assert _keys(folded.all()) == _keys(layered.all())
    assert folded.unlinked == frozenset(absent)  # not in the base: names a link of a layer below it


def test_a_tail_naming_thousands_of_links_taken_back_decodes_no_stored_string(monkeypatch) -> None:
    # after many adds a tail names every link they took back; a reader (every start) and an add
    # that clears a search flag look them all up: together, not a string decoded per candidate row
    rng = random.Random(7)
    ids = [f"claim-{i:05d}" for i in range(2_000)]
    pairs = {(rng.choice(ids), rng.choice(ids), rng.choice(["related", "corroborates"])) for _ in range(8_000)}
    stored = [_x(*key) for key in sorted(pairs)]
    base = LinkColumns.of(stored)
    named = _keys(rng.sample(stored, 3_000))
    tail = LinkColumns.of([_x("new-1", "claim-00001")], unlinked=named)
    decoded = []
    real_row_at = StringColumn.row_at
    monkeypatch.setattr(StringColumn, "row_at", lambda self, row: decoded.append(row) or real_row_at(self, row))
    layered = base.with_tail(tail)
    assert decoded == []
    monkeypatch.undo()
    assert len(layered) == len(stored) - len(named) + 1
    assert set(_keys(layered.all())) == (set(_keys(stored)) - set(named)) | {("new-1", "claim-00001", "related")}


def test_the_relations_of_a_claims_links_are_those_of_the_links_shown() -> None:
    base = LinkColumns.of([_x("a", "b"), _x("b", "c", "conflicts"), _x("b", "d", "corroborates")])
    layered = base.with_tail(LinkColumns.of([_x("e", "b", "updates")], unlinked=[("b", "c", "conflicts")]))
    assert (
        layered.relations_of("b")
        == {x.relation for x in layered.of_claim("b")}
        == {
            "related",
            "corroborates",
            "updates",
        }
    )
    assert layered.relations_of("c") == set()
    assert layered.relations_of("nobody") == set()


def test_a_tails_meta_is_read_once_per_version_of_the_file(tmp_path: Path, monkeypatch) -> None:
    # a links tail's meta names every link taken back since the fold (thousands after many adds);
    # an add asks about each derived file several times: parsed once while the file is the same
    base = LinkColumns.of([_x("a", "b"), _x("b", "c")])
    assert base.save(tmp_path / "x.links.npz", "2:v1") is None
    tail = LinkColumns.of([_x("c", "d")], unlinked=[("a", "b", "related")])
    assert tail.save(tails.tail_path(tmp_path / "x.links.npz"), "2:v2", base="2:v1") is None
    parsed = []
    real_loads = tails.orjson.loads
    monkeypatch.setattr(tails.orjson, "loads", lambda data: parsed.append(len(data)) or real_loads(data))
    for _ in range(3):
        assert tails.is_current(tmp_path / "x.links.npz", "2:v2")
        assert not tails.is_current(tmp_path / "x.links.npz", "2:v3")
    assert len(parsed) == 2  # the base's meta and the tail's
    more = LinkColumns.of([_x("d", "e")])
    assert tails.extend(tmp_path / "x.links.npz", "2:v2", "2:v3", LinkColumns.load, more)
    assert tails.is_current(tmp_path / "x.links.npz", "2:v3")  # the tail replaced: read again
    assert not tails.is_current(tmp_path / "x.links.npz", "2:v2")
