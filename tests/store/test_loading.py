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


async def test_the_first_screen_comes_from_a_part_and_the_rest_follows(tmp_path, monkeypatch) -> None:
    """A DB of several shards: the app opens on one article's claims, then reads the rest in a
    worker, and only then builds the search index; the sources list counts every article's claims."""
    import store.shards
    from tests.tui.helpers import option_texts
    from tui.app import FactscopeApp
    from tui.widgets.sources import SourcesList

    monkeypatch.setattr(store.shards, "CLAIMS_PER_SHARD", 1)
    path = tmp_path / "corpus.json"
    write_corpus(path, build_extraction(), current=True)
    assert len(list(store.shards.shard_dir(path).iterdir())) >= 2
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
        assert seen[0] is False and seen[-1] is True
        assert app.data.corpus.complete
        whole = build_extraction()
        texts = option_texts(app.main_screen.query_one(SourcesList))
        assert len(texts) == len(whole.articles)
        assert len(app.data.index._lengths) == len(whole.claims)  # the search index has every claim


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
        gc.unfreeze()
