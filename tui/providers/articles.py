"""Palette: open an article by title, outlet or date.

The labels are made once per corpus (kept while it is the one shown) and matched by rapidfuzz
in one call per key (at 5,000 articles each key made and scored every label in Python); with
nothing typed, the first ``SHOWN`` articles are listed (all 5,000 made the palette lay out
5,000 rows).
"""

from __future__ import annotations

from functools import partial
from typing import Any
from weakref import WeakKeyDictionary

from textual.command import DiscoveryHit, Hit, Hits, Provider

from corpus.display import one_line
from tui.providers.base import app_of, data_of, highlighted, plain_help
from tui.widgets.glyphs import article_date, article_title

LIMIT = 20  # hits per query
SHOWN = 50  # articles listed before anything is typed
_ENTRIES: WeakKeyDictionary[object, list[tuple[str, Any]]] = WeakKeyDictionary()  # per corpus


def entries(corpus: Any) -> list[tuple[str, Any]]:
    """(label, article) for every article of ``corpus``, made once per corpus."""
    found = _ENTRIES.get(corpus)
    if found is None:
        found = _ENTRIES[corpus] = [
            (
                f"{article_title(article, 100)} · {one_line(article.outlet, 30) or 'outlet unknown'}"
                f" · {article_date(article)}",
                article,
            )
            for article in corpus.articles()
        ]
    return found


class ArticlesProvider(Provider):
    async def startup(self) -> None:
        data = data_of(self)
        self._entries = entries(data.corpus) if data is not None else []
        self._labels = [label for label, _article in self._entries]

    async def search(self, query: str) -> Hits:
        if not self._labels:
            return
        from rapidfuzz import fuzz, process

        matches = process.extract(
            query, self._labels, scorer=fuzz.WRatio, processor=str.lower, limit=LIMIT, score_cutoff=50
        )
        for label, match, index in matches:
            article = self._entries[index][1]
            yield Hit(
                match / 100,
                highlighted(label, query),
                partial(app_of(self).open_article, article.id),
                text=label,
                help=plain_help("Open article"),
            )

    async def discover(self) -> Hits:
        for label, article in self._entries[:SHOWN]:
            yield DiscoveryHit(
                highlighted(label, ""),
                partial(app_of(self).open_article, article.id),
                text=label,
                help=plain_help("Open article"),
            )
