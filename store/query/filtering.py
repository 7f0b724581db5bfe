"""The search grammar's filters over a list of claims, exactly as the search engine applies them.

The timeline's filter box and the search box's scan (before the engine has
loaded) both read a ``ParsedQuery`` here, so ``is:quantified``, ``kind:den``
or ``date:>2024-06`` select the same claims everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace

import numpy as np
import numpy.typing as npt

from corpus.model import Article, Claim, Entity, XRef
from store.columns import IdColumn
from store.query.reader import CorpusReader
from store.search.fields import FieldIndex, names_value
from store.search.query import Filter, ParsedQuery

Mask = npt.NDArray[np.bool_]
# The user's own marks, by flag name ("bookmarked", "noted") -> claim ids: ``is:bookmarked``;
# read through a function, and only when a filter names one of them.
UserMarks = Mapping[str, Collection[str]]
MarksSource = Callable[[], UserMarks]
USER_FLAGS = ("bookmarked", "noted")


def names_user_flags(flt: Filter) -> tuple[str, ...]:
    """The user's flags an ``is:`` filter names (``is:b`` names "bookmarked")."""
    if flt.field != "is":
        return ()
    return tuple(name for name in USER_FLAGS if names_value(name, flt.value))


class ClaimFilter:
    """Filters over ``claims``: one boolean per claim, in their order."""

    def __init__(
        self,
        claims: Sequence[Claim],
        articles: Sequence[Article],
        xrefs: Sequence[XRef] = (),
        entities: Sequence[Entity] = (),
    ) -> None:
        self.claims = claims  # empty for a filter over a search index's rows (``over_index``)
        self.fields = FieldIndex(claims, articles, xrefs, entities)
        self._ids: IdColumn | None = None

    @classmethod
    def of(cls, corpus: CorpusReader) -> ClaimFilter:
        """Over every claim of ``corpus``, in ``corpus.claims()`` order."""
        return cls(corpus.claims(), corpus.articles(), corpus.xrefs(), corpus.entities())

    @classmethod
    def over_index(cls, fields: FieldIndex, ids: IdColumn) -> ClaimFilter:
        """Over the rows of a search index (its ``fields``, and its claims' ``ids``): no claim read."""
        made = cls.__new__(cls)
        made.claims, made.fields, made._ids = (), fields, ids
        return made

    @property
    def ids(self) -> IdColumn:
        """The claims' ids, by row."""
        if self._ids is None:
            self._ids = IdColumn.of([c.id for c in self.claims])
        return self._ids

    def mask(self, parsed: ParsedQuery, marks: MarksSource | None = None) -> Mask:
        """The claims passing every filter of ``parsed`` (all of them when it has none)."""
        keep: Mask = np.ones(self.fields.count, dtype=bool)
        for flt in parsed.filters:
            keep &= self.one(flt, marks)
        return keep

    def one(self, flt: Filter, marks: MarksSource | None = None) -> Mask:
        """The claims one filter selects; ``is:bookmarked`` and ``is:noted`` read ``marks()``."""
        named = names_user_flags(flt)
        if not named or marks is None:
            return self.fields.mask(flt)
        selected: Mask = self.fields.mask(replace(flt, negate=False))
        user_marks = marks()
        for name in named:
            selected |= self._rows_of(user_marks.get(name, ()))
        return ~selected if flt.negate else selected

    def _rows_of(self, claim_ids: Collection[str]) -> Mask:
        mask: Mask = self.ids.mask_of(claim_ids)
        return mask
