"""Entities with the claims they made (as speaker) and the claims about them.

"Said" is matched by name: a claim whose speaker, folded, is the entity's
name or one of its aliases (the extraction resolves speakers to canonical
names). "About" is the claim's own entity list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from corpus.model import Article, Claim, Entity
from store.query.reader import CorpusReader
from store.query.view_source import ViewSource
from store.rows import IndexedRows, Joined, Reordered
from store.view_rows import fold as _fold
from store.view_rows import name_key


class ClaimRows(IndexedRows[Claim]):
    """Claims of some rows of the view columns, each made when first read (and kept)."""

    def __init__(self, source: ViewSource, rows: npt.NDArray[np.int64]) -> None:
        self._source = source
        self.rows = rows
        self._made: dict[int, Claim] = {}  # the claims read (an entity's rows are read a screen at a time)

    def __len__(self) -> int:
        return len(self.rows)

    def row_at(self, row: int) -> Claim:
        made = self._made.get(row)
        if made is None:
            made = self._made[row] = self._source.claim(int(self.rows[row]))
        return made

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence) or len(other) != len(self):
            return False
        return all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]  # equal to a sequence of the same claims

    def figure_count(self) -> int:
        return int(self._source.rows["figure_count"][self.rows].sum())

    def with_figures(self) -> npt.NDArray[np.int64]:
        """The positions (in this sequence) of the claims that report a figure, without making them."""
        return np.flatnonzero(self._source.rows["figure_count"][self.rows] > 0)


@dataclass(frozen=True, slots=True)
class EntityRow:
    entity: Entity
    said: ClaimRows
    about: ClaimRows  # mentions it, excluding what it said itself

    @property
    def claim_count(self) -> int:
        return len(self.said) + len(self.about)

    @property
    def figure_count(self) -> int:
        return self.said.figure_count() + self.about.figure_count()

    @property
    def other_names(self) -> tuple[str, ...]:
        """Its aliases without its own name (stored aliases may repeat it) or repeats."""
        seen = {_fold(self.entity.name)}
        names = []
        for alias in self.entity.aliases:
            if alias and _fold(alias) not in seen:
                seen.add(_fold(alias))
                names.append(alias)
        return tuple(names)

    def matches(self, folded: str) -> bool:
        return any(folded in _fold(name) for name in (self.entity.name, *self.entity.aliases))

    def claims(self, figures_only: bool = False) -> Sequence[tuple[str, Claim]]:
        """What it said, then what is said about it, each claim with its role ("said", "about")
        and made only when read; ``figures_only``: those that report a figure."""
        claims: Sequence[tuple[str, Claim]] = Joined(("said", self.said), ("about", self.about))
        if figures_only:
            with_figures = np.concatenate([self.said.with_figures(), self.about.with_figures() + len(self.said)])
            claims = Reordered(claims, with_figures)
        return claims


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """Entity -> claims said / about, the most discussed first."""

    rows: tuple[EntityRow, ...]
    articles: Mapping[str, Article]

    @classmethod
    def of(cls, corpus: CorpusReader, source: ViewSource | None = None) -> EntityIndex:
        """``source``: the corpus's view columns, when the caller has them."""
        from store.mapped import release

        source = source if source is not None else ViewSource.of(corpus)
        columns = source.rows
        # every claim's place in date order (undated last, then article and place in it)
        dates = columns["date"]
        order = np.lexsort((columns["start"], columns["article"], dates, dates == b""))
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        release(columns)  # each sweep's pages given back before the next (mapped columns)
        by_speaker = _Grouped(columns["speaker_key"], np.arange(len(columns), dtype=np.int64), rank)
        release(columns)
        mentions = _Grouped(columns["mention_key"], columns["mention_row"], rank)
        release(columns)
        rows = []
        for entity in source.entities:
            keys = {name_key(_fold(n)) for n in (entity.name, *entity.aliases) if _fold(n)}
            said = _by_rank(np.concatenate([by_speaker.rows(key) for key in keys]), rank) if keys else _NONE
            about = mentions.rows(name_key(entity.name))
            if len(said) and len(about):
                about = about[~np.isin(about, said)]
            rows.append(EntityRow(entity, ClaimRows(source, said), ClaimRows(source, about)))
        rows.sort(key=lambda r: (-r.claim_count, r.entity.name.casefold()))
        return cls(tuple(rows), source.articles)

    def filtered(self, text: str) -> list[EntityRow]:
        folded = _fold(text)
        return [r for r in self.rows if r.matches(folded)] if folded else list(self.rows)


_NONE = np.zeros(0, dtype=np.int64)


class _Grouped:
    """Rows by a key: each key's rows in date order (``rank``), found by binary search."""

    def __init__(self, keys: npt.NDArray[np.uint64], rows: npt.NDArray[np.int64], rank: npt.NDArray[np.int64]) -> None:
        order = np.lexsort((rank[rows], keys))
        self._keys, self._rows = keys[order], rows[order]

    def rows(self, key: int) -> npt.NDArray[np.int64]:
        wanted = np.uint64(key)
        first = int(np.searchsorted(self._keys, wanted, "left"))
        last = int(np.searchsorted(self._keys, wanted, "right"))
        return self._rows[first:last]


def _by_rank(rows: npt.NDArray[np.int64], rank: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """``rows`` without repeats, in date order."""
    rows = np.unique(rows)
    return rows[np.argsort(rank[rows], kind="stable")]
