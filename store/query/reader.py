"""What the query layer reads: the read side of ``CorpusDB``, whatever the layout on disk.

The layer asks only for these methods, so a ``CorpusDB`` of any storage layout,
an ``Extraction`` held in memory (``ExtractionReader``) or a test's stand-in
all serve.
"""

from __future__ import annotations

from typing import Protocol

from corpus.model import Article, Claim, Entity, Extraction, XRef


class CorpusReader(Protocol):
    def articles(self) -> list[Article]: ...

    def article(self, article_id: str) -> Article | None: ...

    def claims(self) -> list[Claim]: ...

    def claim(self, claim_id: str) -> Claim | None: ...

    def xrefs(self) -> list[XRef]: ...

    def xrefs_for_claim(self, claim_id: str) -> list[XRef]: ...

    def entities(self) -> list[Entity]: ...


class ExtractionReader:
    """An ``Extraction`` read through the ``CorpusReader`` methods."""

    def __init__(self, extraction: Extraction) -> None:
        self._extraction = extraction
        self._articles = {a.id: a for a in extraction.articles}
        self._claims = {c.id: c for c in extraction.claims}

    def articles(self) -> list[Article]:
        return list(self._extraction.articles)

    def article(self, article_id: str) -> Article | None:
        return self._articles.get(article_id)

    def claims(self) -> list[Claim]:
        return list(self._extraction.claims)

    def claim(self, claim_id: str) -> Claim | None:
        return self._claims.get(claim_id)

    def xrefs(self) -> list[XRef]:
        return list(self._extraction.xrefs)

    def xrefs_for_claim(self, claim_id: str) -> list[XRef]:
        return [x for x in self._extraction.xrefs if claim_id in (x.source, x.target)]

    def entities(self) -> list[Entity]:
        return list(self._extraction.entities)
