"""Palette: open an article by title, outlet or date."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from corpus.display import one_line
from tui.providers.base import app_of, data_of, highlighted, plain_help, score
from tui.widgets.glyphs import article_date, article_title


class ArticlesProvider(Provider):
    def _entries(self):
        data = data_of(self)
        if data is None:
            return []
        return [
            (
                f"{article_title(article, 100)} · {one_line(article.outlet, 30) or 'outlet unknown'} · {article_date(article)}",
                article,
            )
            for article in data.corpus.articles()
        ]

    async def search(self, query: str) -> Hits:
        for label, article in self._entries():
            match = score(query, label)
            if match >= 0.5:
                yield Hit(
                    match,
                    highlighted(label, query),
                    partial(app_of(self).open_article, article.id),
                    text=label,
                    help=plain_help("Open article"),
                )

    async def discover(self) -> Hits:
        for label, article in self._entries():
            yield DiscoveryHit(
                highlighted(label, ""),
                partial(app_of(self).open_article, article.id),
                text=label,
                help=plain_help("Open article"),
            )
