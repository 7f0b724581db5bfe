"""An add extends the derived files (search index, links) instead of making them again: the
result answers every query as a build over everything does."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corpus.model import CLAIM_KINDS, Article, Claim, Entity, Extraction, XRef
from store.claim_docs import ClaimDocs
from store.corpus_db import CorpusDB
from store.derived import write_derived_indexes
from store.links import LinkColumns
from store.search import SearchIndex
from store.search import index as index_module

QUERIES = [
    "kursk casualties",
    "troops",
    "pentagon 10,000",
    "source:breitbart volunteers",
    "speaker:shoigu",
    "speaker:budanov troops",
    "entity:kursk",
    "is:conflict",
    "is:corroborated",
    "kind:denial",
    "date:2025",
    "hoxa",
]
SPEAKERS = [None, "Sergei Shoigu", "Kyrylo Budanov", "a Pentagon spokesman"]


def varied(claims: list[Claim]) -> list[Claim]:
    """The sentence claims with speakers, kinds, dates and entities of several kinds."""
    return [
        replace(
            claim,
            speaker=SPEAKERS[i % len(SPEAKERS)],
            kind=CLAIM_KINDS[i % len(CLAIM_KINDS)],
            date="2025-01" if i % 5 == 0 else None,
            entities=["Kursk"] if "Kursk" in claim.text else [],
        )
        for i, claim in enumerate(claims)
    ]


def links(claims: list[Claim]) -> list[XRef]:
    relations = ["conflicts", "corroborates", "updates", "related"]
    return [
        XRef(claims[i].id, claims[i + 7].id, relations[i % 4], 0.5, f"reason {i}", "rule" if i % 2 else None, ["a"])
        for i in range(0, len(claims) - 7, 3)
    ]


def results(index: SearchIndex) -> list[list[tuple[str, float, tuple]]]:
    return [[(h.claim_id, h.score, tuple(h.spans)) for h in index.search(q, limit=30)] for q in QUERIES]


@pytest.fixture
def split(articles: list[Article], claims: list[Claim]):
    claims = varied(claims)
    old_articles, new_articles = articles[:-2], articles[-2:]
    new_ids = {a.id for a in new_articles}
    old_claims = [c for c in claims if c.article_id not in new_ids]
    new_claims = [c for c in claims if c.article_id in new_ids]
    old_links = links(old_claims)
    # new links: among new claims, and from new claims to old ones (flags on old rows change)
    new_links = [
        XRef(new_claims[i].id, old_claims[i].id, "conflicts", 0.9, "new against old") for i in range(0, 12, 2)
    ] + links(new_claims)
    entities = [Entity("Kursk", "place", ["Kursk Oblast"])]
    return old_articles, old_claims, old_links, new_articles, new_claims, new_links, entities


def test_an_add_extends_the_derived_files_and_they_answer_as_a_whole_build(tmp_path, monkeypatch, split) -> None:
    old_articles, old_claims, old_links, new_articles, new_claims, new_links, entities = split
    path = tmp_path / "corpus.json"
    db = CorpusDB.open(path, create=True)
    db.replace_all(Extraction(old_articles, old_claims, entities, old_links), "t")
    assert write_derived_indexes(CorpusDB.open(path)) == []

    built_over: list[int] = []
    build = SearchIndex._parts.__func__  # type: ignore[attr-defined]

    def counted(cls, claims, *args, **kwargs):
        built_over.append(len(list(claims)))
        return build(cls, claims, *args, **kwargs)

    monkeypatch.setattr(index_module.SearchIndex, "_parts", classmethod(counted))
    db = CorpusDB.open(path)
    db.add(Extraction(new_articles, new_claims, entities, new_links))
    assert write_derived_indexes(db) == []
    assert built_over == [len(new_claims)]  # the new claims' words alone were folded
    monkeypatch.undo()

    reopened = CorpusDB.open(path)
    extended = SearchIndex.from_db(reopened)
    assert extended.loaded_from_cache
    whole = SearchIndex.build(reopened.claims(), reopened.articles(), reopened.xrefs(), reopened.entities())
    assert results(extended) == results(whole)
    assert any(results(whole))
    mapped_links, _ = LinkColumns.from_db(reopened)
    assert mapped_links.all() == reopened.xrefs() == old_links + new_links
    for claim in old_claims[:20]:
        assert extended.article_of(claim.id) == claim.article_id
    docs, _ = ClaimDocs.from_db(reopened)
    assert all(docs.claim(claim.id) == claim for claim in reopened.claims())


def test_without_the_old_versions_files_an_add_makes_them_whole(tmp_path, split) -> None:
    old_articles, old_claims, old_links, new_articles, new_claims, new_links, entities = split
    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(Extraction(old_articles, old_claims, entities, old_links), "t")
    db = CorpusDB.open(path)
    db.add(Extraction(new_articles, new_claims, entities, new_links))
    assert write_derived_indexes(db) == []
    reopened = CorpusDB.open(path)
    index = SearchIndex.from_db(reopened)
    assert index.loaded_from_cache and len(index) == len(reopened.claims())


def answers_as_a_whole_build(db: CorpusDB) -> SearchIndex:
    """The search index mapped for ``db``, after checking that it answers every query, and
    narrows as the user types, as an index built from every claim does."""
    from store.search.session import SearchSession

    index = SearchIndex.from_db(db)
    assert index.loaded_from_cache
    whole = SearchIndex.build(db.claims(), db.articles(), db.xrefs(), db.entities())
    assert results(index) == results(whole) and any(results(whole))
    typed = SearchSession(index)
    for prefix in ("k", "ku", "kur", "kursk", "kursk c", "kursk cas"):
        assert [(h.claim_id, h.score) for h in typed.search(prefix)] == [
            (h.claim_id, h.score) for h in whole.search(prefix)
        ]
    assert typed.narrowed
    assert all(index.article_of(c.id) == c.article_id for c in db.claims())
    return index


def test_adds_extend_the_derived_files_by_a_tail_and_fold_it_into_the_base(tmp_path, monkeypatch, split) -> None:
    """Each add rewrites the tail alone (store/tails.py) until it outgrows 1/FOLD of the base; every
    version's files answer as files made whole from the record do."""
    from store import tails
    from store.claim_docs import claims_path
    from store.links import links_path
    from store.search import persist
    from store.search.terms import LayeredTerms

    old_articles, old_claims, old_links, new_articles, new_claims, new_links, entities = split
    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(Extraction(old_articles, old_claims, entities, old_links), "t")
    assert write_derived_indexes(CorpusDB.open(path)) == []
    files = (links_path(path), claims_path(path), persist.cache_path(path))
    bases = {name: (name.stat().st_ino, name.stat().st_mtime_ns) for name in files}
    monkeypatch.setattr(tails, "FOLD", 0)  # no tail outgrows its base: none is folded
    for article in new_articles:
        db = CorpusDB.open(path)
        mine = {c.id for c in new_claims if c.article_id == article.id}
        db.add(
            Extraction(
                [article], [c for c in new_claims if c.id in mine], entities, [x for x in new_links if x.source in mine]
            )
        )
        assert write_derived_indexes(db) == []
        for base, before in bases.items():
            assert (base.stat().st_ino, base.stat().st_mtime_ns) == before  # the base was not rewritten
            assert tails.tail_path(base).is_file()
        reopened = CorpusDB.open(path)
        mapped, _ = LinkColumns.from_db(reopened)
        assert mapped.all() == reopened.xrefs() and len(mapped) == len(reopened.xrefs())
        for claim in reopened.claims():
            assert mapped.of_claim(claim.id) == reopened.xrefs_for_claim(claim.id)
        docs, _ = ClaimDocs.from_db(reopened)
        assert len(docs) == len(reopened.claims())
        assert all(docs.claim(claim.id) == claim for claim in reopened.claims())
        assert docs.claim("a000000000000-0000000000") is None
        assert isinstance(answers_as_a_whole_build(reopened)._text, LayeredTerms)  # the base and its tail
    assert len(new_claims) > 0 and len(new_articles) == 2

    monkeypatch.setattr(tails, "FOLD", 10**6)  # now any tail outgrows its base: the next add folds it
    db = CorpusDB.open(path)
    db.add(
        Extraction([old_articles[0]], [], entities, [XRef(new_claims[0].id, old_claims[-1].id, "related", 0.4, "r")])
    )
    assert write_derived_indexes(db) == []
    for base in bases:
        assert not tails.tail_path(base).exists()
    reopened = CorpusDB.open(path)
    mapped, problem = LinkColumns.from_db(reopened)
    assert problem is None and mapped.all() == reopened.xrefs()
    assert mapped._tail is None  # one file again
    assert not isinstance(answers_as_a_whole_build(reopened)._text, LayeredTerms)


def test_a_tail_whose_base_is_gone_is_made_again_from_the_record(tmp_path, monkeypatch, split) -> None:
    from store import tails
    from store.links import links_path

    monkeypatch.setattr(tails, "FOLD", 0)  # no tail outgrows its base: none is folded
    old_articles, old_claims, old_links, new_articles, new_claims, new_links, entities = split
    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(Extraction(old_articles, old_claims, entities, old_links), "t")
    assert write_derived_indexes(CorpusDB.open(path)) == []
    db = CorpusDB.open(path)
    db.add(Extraction(new_articles, new_claims, entities, new_links))
    assert write_derived_indexes(db) == []
    assert tails.tail_path(links_path(path)).is_file()
    links_path(path).unlink()
    reopened = CorpusDB.open(path)
    mapped, problem = LinkColumns.from_db(reopened)
    assert problem is None and mapped.all() == reopened.xrefs() == old_links + new_links
