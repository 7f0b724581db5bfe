"""An add links with the cyclic collector paused (``store.build.add_articles``): linking makes the
features and links of the stored claims it meets, which the collector would scan again and again;
it is on again once the add is done, and stays off if it was off. Our own articles (tests/data/clusters)."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from corpus import pipeline
from corpus.loader import load_dir
from store.build import add_articles, build_corpus_db
from store.corpus_db import CorpusDB

CLUSTERS = Path(__file__).resolve().parents[1] / "data" / "clusters"


@pytest.mark.parametrize("enabled", [True, False])
def test_an_add_links_with_the_collector_paused_and_leaves_it_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    articles = load_dir(CLUSTERS)[:3]
    path = tmp_path / "corpus.json"
    build_corpus_db(path, articles[:2], keep_added=False)
    seen: list[bool] = []
    extend = pipeline.extend

    def watched(*args, **kwargs):
        seen.append(gc.isenabled())
        return extend(*args, **kwargs)

    monkeypatch.setattr(pipeline, "extend", watched)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        result = add_articles(CorpusDB.open_part(path, lambda _articles: None), [articles[2]])
        after = gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
    assert result.articles == [articles[2].id]
    assert seen == [False]
    assert after is enabled


def test_an_add_leaves_its_linking_to_be_freed_without_the_collector(tmp_path: Path) -> None:
    """The caps an add works out again point back at the linking that holds them: left as a cycle,
    everything the linking made (~34k objects for one article at 100k claims: the stored claims
    it met, their features and links) waited for the collector, whose pass when it came back on
    cost more than a tenth of `factscope add`. Freed as the linking returns, none of it is left."""
    from corpus.xref import link

    articles = load_dir(CLUSTERS)[:3]
    path = tmp_path / "corpus.json"
    build_corpus_db(path, articles[:2], keep_added=False)
    db = CorpusDB.open_part(path, lambda _articles: None)
    was = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        result = add_articles(db, [articles[2]])
        left = [o for o in gc.get_objects() if type(o) is link._Caps]
    finally:
        (gc.enable if was else gc.disable)()
    assert result.articles == [articles[2].id]
    assert left == []
