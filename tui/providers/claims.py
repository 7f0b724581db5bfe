"""Palette: jump to a claim by its words or its speaker.

Answered by the search index once it is built (the words of every claim, in memory as columns):
a claim is made only for a hit shown. Matching every claim's label instead read every claim of
the corpus when the palette opened (at 100k claims: seconds of CPU on the UI thread, and 100k
labels in memory) and scanned them all at each key. Before the index is built, a corpus read
whole (a small one) is matched by its labels as before; one read in part has no claim hits yet.
"""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

from corpus.display import claim_date_label, one_line
from tui.providers.base import app_of, data_of, highlighted, plain_help
from tui.widgets.glyphs import kind_glyph, source_label

LIMIT = 20


def claim_label(claim) -> str:
    return f"{kind_glyph(claim.kind)} {one_line(claim.text, 140)}" + (
        f" — {one_line(claim.speaker, 40)}" if claim.speaker else ""
    )


class ClaimsProvider(Provider):
    async def startup(self) -> None:
        data = data_of(self)
        self._corpus = data.corpus if data is not None else None
        self._index = getattr(data, "index", None) if data is not None else None
        self._claims: list = []
        self._labels: list[str] = []
        if self._index is None and self._corpus is not None and getattr(self._corpus, "complete", True):
            self._claims = self._corpus.claims()
            self._labels = [claim_label(claim) for claim in self._claims]

    async def search(self, query: str) -> Hits:
        if len(query) < 2:
            return
        if self._index is not None:
            found = [
                (claim, min(float(hit.score) / 100, 1.0))  # the index scores 0..100
                for hit in self._index.search(query, limit=LIMIT)
                if (claim := self._corpus.claim(hit.claim_id) if self._corpus is not None else None) is not None
            ]
        elif self._labels:
            # rapidfuzz scans thousands of claims in milliseconds; the palette's own matcher would not.
            from rapidfuzz import fuzz, process

            matches = process.extract(query, self._labels, scorer=fuzz.WRatio, processor=str.lower, limit=LIMIT)
            found = [(self._claims[index], match / 100) for _label, match, index in matches if match >= 50]
        else:
            return
        for claim, match in found:
            label = claim_label(claim)
            yield Hit(
                match,
                highlighted(label, query),
                partial(app_of(self).open_claim, claim.id),
                text=label,
                help=plain_help(self._where(claim)),
            )

    def _where(self, claim) -> str:
        """``Open claim · The Epoch Times · ≈2025-04-28``: one quote is often in several sources."""
        article = self._corpus.article(claim.article_id) if self._corpus is not None else None
        parts = ["Open claim", source_label(article, 40), claim_date_label(claim, article)]
        return " · ".join(part for part in parts if part)
