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
from typing import TypeVar

import numpy as np
import numpy.typing as npt

from corpus.model import Article, Claim, Entity
from store.query.conflicts import CONFLICTS, conflicting_ids
from store.query.reader import CorpusReader
from store.view_rows import ViewRows

T = TypeVar("T")


class ViewSource:
    def __init__(
        self,
        rows: ViewRows,
        articles: dict[str, Article],
        entities: list[Entity],
        conflicting: Collection[str],
        *,
        held: list[Claim] | None = None,
        load: Callable[[str], Claim | None] | None = None,
    ) -> None:
        """``held``: every claim, in row order (a corpus read whole); else ``load`` makes a claim
        from its id (a corpus read in part)."""
        self.rows = rows
        self.articles = articles
        self.entities = entities
        self.conflicting = conflicting
        self._held = held
        self._load = load
        self._conflicted: npt.NDArray[np.bool_] | None = None

    @property
    def holds_claims(self) -> bool:
        """Its claims are the corpus's own objects (read whole), not made from the columns."""
        return self._held is not None

    def conflicted_rows(self) -> npt.NDArray[np.bool_]:
        """Per row: whether a ``conflicts`` link names its claim."""
        if self._conflicted is None:
            self._conflicted = self.rows.ids.mask_of(self.conflicting)
        return self._conflicted

    @classmethod
    def of(cls, corpus: CorpusReader, conflicting: Collection[str] | None = None) -> ViewSource:
        """The view columns of ``corpus``; ``conflicting``: its claims in conflict, when known."""
        articles = {a.id: a for a in corpus.articles()}
        if conflicting is None:
            conflicting = conflicting_of(corpus)
        if getattr(corpus, "complete", True):
            claims = corpus.claims()
            rows = ViewRows.of(claims, articles, Path(getattr(corpus, "path", "corpus")))
            return cls(rows, articles, corpus.entities(), conflicting, held=claims)
        mapped, _problem = ViewRows.from_db(corpus)  # type: ignore[arg-type]  # a CorpusDB read in part
        return cls(mapped, articles, corpus.entities(), conflicting, load=corpus.claim)

    def claim(self, row: int) -> Claim:
        """The claim in ``row``."""
        if self._held is not None:
            return self._held[row]
        assert self._load is not None
        return self.rows.claim_at(row, self._load)

    def claims(self, rows: npt.NDArray[np.int64]) -> list[Claim]:
        """The claims in ``rows``, all at once."""
        if self._held is not None:
            held = self._held
            return [held[row] for row in rows.tolist()]
        assert self._load is not None
        return self.rows.claims_at(rows, self._load)


def decoded(values: npt.NDArray[np.bytes_], then: Callable[[str], T]) -> list[T]:
    """``then(value)`` for each of ``values`` (UTF-8 bytes), each distinct value decoded once
    and its answer shared (thousands of claims share a date, an article)."""
    distinct, which = np.unique(values, return_inverse=True)
    answers = [then(value.decode("utf-8", "surrogatepass")) for value in distinct.tolist()]
    return [answers[i] for i in which.tolist()]


def conflicting_of(corpus: CorpusReader) -> frozenset[str]:
    """The claims a ``conflicts`` link names; from the link columns when the corpus has them
    (``CorpusDB.linked_claims``), without making every link."""
    linked = getattr(corpus, "linked_claims", None)
    return linked(CONFLICTS) if linked is not None else conflicting_ids(corpus.xrefs())
