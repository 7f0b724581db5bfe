"""The same links whether articles come one by one (`factscope add`) or all at once (`build`) (issue 12)."""

from __future__ import annotations

from corpus.loader import load_dir
from corpus.model import Extraction
from corpus.pipeline import extend, extract

from .conftest import DATA

STRONG = {"corroborates", "conflicts", "updates", "cites"}


def _keys(xrefs, relations=None) -> set[tuple[str, str, str]]:
    return {
        (min(x.source, x.target), max(x.source, x.target), x.relation)
        for x in xrefs
        if relations is None or x.relation in relations
    }


def test_adding_the_clusters_one_by_one_links_them_as_a_build_does() -> None:
    articles = load_dir(DATA / "clusters")
    assert len(articles) >= 25
    built = extract(articles)
    grown = extract(articles[:1])
    for article in articles[1:]:
        delta = extend(grown, [article])
        # (the existing links less those a build over everything would no longer make, plus the new: ``extend``)
        gone = {(x.source, x.target, x.relation) for x in delta.unlinked}
        grown = Extraction(
            grown.articles + delta.articles,
            grown.claims + delta.claims,
            grown.entities + delta.entities,
            [x for x in grown.xrefs if (x.source, x.target, x.relation) not in gone] + delta.xrefs,
        )
    assert _keys(grown.xrefs, STRONG) == _keys(built.xrefs, STRONG)
    assert _keys(grown.xrefs) == _keys(built.xrefs)
