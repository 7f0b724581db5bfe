"""Palette: jump to a claim by its words or its speaker."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

from corpus.display import claim_date_label, one_line
from tui.providers.base import app_of, data_of, highlighted, plain_help
from tui.widgets.glyphs import kind_glyph, source_label

LIMIT = 20


class ClaimsProvider(Provider):
    async def startup(self) -> None:
        data = data_of(self)
        claims = data.corpus.claims() if data is not None else []
        self._claims = claims
        self._corpus = data.corpus if data is not None else None
        self._labels = [
            f"{kind_glyph(claim.kind)} {one_line(claim.text, 140)}"
            + (f" — {one_line(claim.speaker, 40)}" if claim.speaker else "")
            for claim in claims
        ]

    async def search(self, query: str) -> Hits:
        if len(query) < 2 or not self._labels:
            return
        # rapidfuzz scans thousands of claims in milliseconds; the palette's own matcher would not.
        from rapidfuzz import fuzz, process

        matches = process.extract(query, self._labels, scorer=fuzz.WRatio, processor=str.lower, limit=LIMIT)
        for label, match, index in matches:
            if match < 50:
                continue
            claim = self._claims[index]
            yield Hit(
                match / 100,
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
