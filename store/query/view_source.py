"""What the figures, timeline and entities views are made from: a corpus's view columns
(``store/view_rows.py``), its articles, and its claims by row.

A corpus read whole makes its columns in memory from the claims it holds, and
hands out those claims. A ``CorpusDB`` read in part maps ``<db>.views.npz``
(made from the shards once, then kept up by every add) and makes a claim only
for a row a view reads (``ViewRows.claim_at``): no view needs every claim read.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from pathlib import Path

from corpus.model import Article, Claim, Entity
from store.query.conflicts import CONFLICTS, conflicting_ids
from store.query.reader import CorpusReader
from store.view_rows import ViewRows


class ViewSource:
    def __init__(
        self,
        rows: ViewRows,
        articles: dict[str, Article],
        claim: Callable[[int], Claim],
        entities: list[Entity],
        conflicting: Collection[str],
    ) -> None:
        self.rows = rows
        self.articles = articles
        self.claim = claim  # the claim in a row
        self.entities = entities
        self.conflicting = conflicting

    @classmethod
    def of(cls, corpus: CorpusReader, conflicting: Collection[str] | None = None) -> ViewSource:
        """The view columns of ``corpus``; ``conflicting``: its claims in conflict, when known."""
        articles = {a.id: a for a in corpus.articles()}
        if getattr(corpus, "complete", True):
            claims = corpus.claims()
            rows = ViewRows.of(claims, articles, Path(getattr(corpus, "path", "corpus")))
            claim: Callable[[int], Claim] = claims.__getitem__
        else:
            rows, _problem = ViewRows.from_db(corpus)  # type: ignore[arg-type]  # a CorpusDB read in part
            load = corpus.claim

            def claim(row: int) -> Claim:
                return rows.claim_at(row, load)

        if conflicting is None:
            conflicting = conflicting_of(corpus)
        return cls(rows, articles, claim, corpus.entities(), conflicting)


def conflicting_of(corpus: CorpusReader) -> frozenset[str]:
    """The claims a ``conflicts`` link names; from the link columns when the corpus has them
    (``CorpusDB.linked_claims``), without making every link."""
    linked = getattr(corpus, "linked_claims", None)
    return linked(CONFLICTS) if linked is not None else conflicting_ids(corpus.xrefs())
