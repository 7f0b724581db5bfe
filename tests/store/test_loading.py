"""How the app loads the corpus DB: once per process, the staleness check from the loaded meta."""

from __future__ import annotations

from pathlib import Path

from tests.tui.corpus_fixture import build_extraction, write_corpus


def counting_parses(monkeypatch, target: Path) -> list[Path]:
    """Every parse of ``target`` by the storage, recorded."""
    import store.storage

    parsed: list[Path] = []
    read_tables = store.storage.read_tables

    def counted(path):
        if Path(path).resolve() == target.resolve():
            parsed.append(path)
        return read_tables(path)

    monkeypatch.setattr(store.storage, "read_tables", counted)
    import store.corpus_db

    read_kept = store.corpus_db.read_kept

    def kept(path):  # the browser's part read, which keeps the file open for the bodies
        if Path(path).resolve() == target.resolve():
            parsed.append(path)
        return read_kept(path)

    monkeypatch.setattr(store.corpus_db, "read_kept", kept)
    return parsed


async def test_the_app_parses_a_current_db_once(tmp_path, monkeypatch) -> None:
    from tui.app import FactscopeApp

    path = tmp_path / "corpus.json"
    write_corpus(path, build_extraction(), current=True)
    parsed = counting_parses(monkeypatch, path)
    app = FactscopeApp(db_path=path)
    async with app.run_test(size=(80, 24)) as pilot:
        while app.data is None or app.data.index is None or app.workers._workers:
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert app.data.corpus.articles()
    assert len(parsed) == 1


def test_the_staleness_check_reuses_the_loaded_db(tmp_path, monkeypatch) -> None:
    from tui.data import check_fresh, open_existing

    path = tmp_path / "corpus.json"
    write_corpus(path, build_extraction(), current=True)
    parsed = counting_parses(monkeypatch, path)
    data = open_existing(path)
    assert check_fresh(data) is data
    assert len(parsed) == 1


def test_a_stale_db_is_still_rebuilt(tmp_path, monkeypatch) -> None:
    from store.build import pipeline_version
    from tests.store import helpers
    from tui.data import check_fresh, open_existing

    path = tmp_path / "corpus.json"
    db = write_corpus(path, build_extraction(), current=True)
    db.replace_all(build_extraction(), None, pipeline_version="an older one", includes_bundled=False)
    monkeypatch.setattr("store.build.pipeline_module", lambda: helpers)
    data = open_existing(path)
    fresh = check_fresh(data)
    assert fresh is not data
    assert fresh.corpus.meta["pipeline_version"] == pipeline_version()
    assert fresh.user is data.user


def sharded_corpus(tmp_path, monkeypatch) -> Path:
    import store.shards

    monkeypatch.setattr(store.shards, "CLAIMS_PER_SHARD", 1)
    path = tmp_path / "corpus.json"
    write_corpus(path, build_extraction(), current=True)
    assert len(list(store.shards.shard_dir(path).iterdir())) >= 2
    return path


async def test_without_derived_files_the_rest_is_read_and_they_are_made(tmp_path, monkeypatch) -> None:
    """A DB of several shards and no derived files: the app opens on one article's claims, then
    reads the rest in a worker to build the search index and the links, and saves both."""
    from store.links import links_path
    from store.search.persist import cache_path
    from tests.tui.helpers import option_texts
    from tui.app import FactscopeApp
    from tui.widgets.sources import SourcesList

    path = sharded_corpus(tmp_path, monkeypatch)
    seen: list[bool] = []
    app = FactscopeApp(db_path=path)
    original = app._data_ready

    def ready(data):
        seen.append(data.corpus.complete)
        original(data)

    monkeypatch.setattr(app, "_data_ready", ready)
    async with app.run_test(size=(120, 40)) as pilot:
        while app.data is None or app.data.index is None or app.workers._workers:
            await app.workers.wait_for_complete()
            await pilot.pause()
        assert seen[0] is False
        assert app.data.corpus.complete
        whole = build_extraction()
        texts = option_texts(app.main_screen.query_one(SourcesList))
        assert len(texts) == len(whole.articles)
        assert len(app.data.index) == len(whole.claims)  # the search index has every claim
    assert cache_path(path).is_file() and links_path(path).is_file()


async def test_with_derived_files_claims_stay_on_demand(tmp_path, monkeypatch) -> None:
    """With the derived files of this version beside the DB, the app maps them and never reads
    every claim: a search hit's claim is read from its article's shard alone, and a claim's
    links are all there, also those stored with claims not read."""
    from store.corpus_db import CorpusDB
    from store.derived import write_derived_indexes
    from store.query.search import found_claims
    from tui.app import FactscopeApp

    path = sharded_corpus(tmp_path, monkeypatch)
    assert write_derived_indexes(CorpusDB.open(path)) == []
    whole = build_extraction()
    app = FactscopeApp(db_path=path)
    async with app.run_test(size=(120, 40)) as pilot:
        while app.data is None or app.data.index is None or app.workers._workers:
            await app.workers.wait_for_complete()
            await pilot.pause()
        corpus = app.data.corpus
        assert not corpus.complete and app.data.index.loaded_from_cache
        for xref in whole.xrefs:  # every link, whichever shard holds it
            assert xref in corpus.xrefs_for_claim(xref.source) and xref in corpus.xrefs_for_claim(xref.target)
        last = whole.claims[-1]
        hits = app.data.index.search(" ".join(last.text.split()[:4]), limit=50)
        assert last.id in [hit.claim_id for hit in hits]
        assert [f.claim for f in found_claims(corpus, hits) if f.claim.id == last.id] == [last]
        assert not corpus.complete  # read from its shard, not by reading everything
        assert corpus.claim("no such claim") is None and not corpus.complete
        assert sorted(x.source + x.target for x in corpus.xrefs()) == sorted(x.source + x.target for x in whole.xrefs)


def test_the_loaded_corpus_is_out_of_the_collectors_way(tmp_path) -> None:
    import gc

    from tui.data import open_existing

    path = tmp_path / "corpus.json"
    write_corpus(path, build_extraction(), current=True)
    gc.unfreeze()
    try:
        data = open_existing(path)
        claim = data.corpus.claims()[0]
        assert gc.get_freeze_count() > 0
        assert not gc.is_tracked(claim) or claim not in gc.get_objects()  # frozen: no generation lists it
    finally:
        gc.freeze()  # as the worker was (tests/conftest.py): left unfrozen, its every full collection walked all


def test_the_first_screen_opens_on_the_first_article_of_the_sources_list() -> None:
    """The order worked out once for the first screen (``ListOrder``) is the list's own
    (``sort_key``: the earliest date, then the title; undated articles last), and the
    article opened first is the list's first."""
    import itertools
    from dataclasses import replace

    from corpus.model import Article
    from tui.data import ListOrder
    from tui.widgets.sources import in_list_order, sort_key

    plain = Article("a000000000001", "t", "o", [], None, False, "f.txt", "Body.")
    dates = [None, "2024", "2024-10", "2024-10-11", "2023-12"]
    titles = ["Zeta report", "alpha report", None, "Beta report"]
    articles = [
        replace(plain, id=f"a{i:012x}", published=date, title=title)
        for i, (date, title) in enumerate(itertools.product(dates, titles))
    ]
    for size in (1, 2, 3, 5, 9, len(articles)):
        for start in range(0, len(articles), 3):
            chosen = articles[start : start + size]
            assert [a for _title, a in in_list_order(chosen)] == sorted(chosen, key=sort_key)
            assert ListOrder().first(chosen) is min(chosen, key=sort_key)
    undated = [a for a in articles if a.published is None]
    assert ListOrder().first(undated) is min(undated, key=sort_key)
    assert ListOrder().first([]) is None
