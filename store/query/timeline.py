"""The timeline: every dated claim in date order, and its filter.

A claim without a date of its own is placed at its article's date, estimated.
The filter is the search box's grammar (``store.search.query``): its filters
select what they select in search (``ClaimFilter``); its free words must each
appear in the claim's entities (or their aliases), measures, subject,
speaker, kind or date.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from corpus.display import one_line
from corpus.model import Article, Claim
from store.query.filtering import ClaimFilter, MarksSource
from store.query.reader import CorpusReader
from store.query.view_source import ViewSource, decoded
from store.search.query import ParsedQuery, parse_query
from store.view_rows import SEPARATOR, fold


@dataclass(frozen=True, slots=True)
class Event:
    claim: Claim
    article: Article | None
    date: str
    estimated: bool
    conflicted: bool


@dataclass(frozen=True, slots=True)
class Filtered:
    """What a filter kept, and what in it could not be used (one line each)."""

    events: tuple[Event, ...]
    problems: tuple[str, ...]


class Timeline:
    """Dated claims in date order (``events``), how many had no date (``undated``, not shown),
    what the filter box suggests (``words``), and the filter (``apply``)."""

    def __init__(
        self,
        source: ViewSource,
        rows: npt.NDArray[np.int64],
        undated: int,
        claim_filter: Callable[[], ClaimFilter],
    ) -> None:
        self._source = source
        self._rows = rows  # each event's row of the view columns
        self.undated = undated
        self._claim_filter = claim_filter
        self._filter_rows: npt.NDArray[np.int64] | None = None  # each event's row of the claim filter
        self._haystacks: list[str] | None = None  # per event: folded words the filter's free words look in
        self.events = _events(source, rows)
        self.words = filter_words(source)

    @classmethod
    def of(
        cls,
        corpus: CorpusReader,
        conflicting: Collection[str] | None = None,
        claim_filter: ClaimFilter | None = None,
        source: ViewSource | None = None,
    ) -> Timeline:
        """The timeline of ``corpus``; ``claim_filter`` (over ``corpus.claims()``) and ``source``
        (its view columns) when the caller has them."""
        source = source if source is not None else ViewSource.of(corpus, conflicting)
        found = claim_filter
        return cls.of_source(source, lambda: found if found is not None else ClaimFilter.of(corpus))

    @classmethod
    def of_source(cls, source: ViewSource, claim_filter: Callable[[], ClaimFilter]) -> Timeline:
        """From view columns; ``claim_filter`` gives the filter when a query first has filters."""
        rows, undated = _dated_rows(source)
        return cls(source, rows, undated, claim_filter)

    @property
    def claim_filter(self) -> ClaimFilter:
        return self._claim_filter()

    def apply(self, query: str | ParsedQuery, marks: MarksSource | None = None) -> Filtered:
        """The events ``query`` keeps (all of them for an empty one)."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if parsed.is_empty:
            return Filtered(self.events, parsed.problems)
        keep: npt.NDArray[np.bool_] = np.ones(len(self.events), dtype=bool)
        if parsed.filters:
            claim_filter = self.claim_filter
            if self._filter_rows is None:
                self._filter_rows = self._source.rows.ids.rows_in(claim_filter.ids)[self._rows]
            rows = self._filter_rows
            keep = claim_filter.mask(parsed, marks)[np.maximum(rows, 0)] & (rows >= 0)
        terms = parsed.terms
        if terms:
            haystacks = self._haystacks_of_events()
            shown = tuple(
                event
                for kept, event, haystack in zip(keep.tolist(), self.events, haystacks)
                if kept and all(term in haystack for term in terms)
            )
        else:
            shown = tuple(event for kept, event in zip(keep.tolist(), self.events) if kept)
        return Filtered(shown, parsed.problems)

    def _haystacks_of_events(self) -> list[str]:
        """Each event's words: its own (stored folded) and its entities' names and aliases."""
        if self._haystacks is None:
            source = self._source
            aliases = {e.name: "\n".join(fold(n) for n in (e.name, *e.aliases) if n) for e in source.entities}
            own, named = source.rows.strings["haystack"], source.rows.strings["entities"]
            haystacks = []
            for row in self._rows.tolist():
                names = named[row]
                words = [aliases.get(n) or fold(n) for n in names.split(SEPARATOR)] if names else []
                haystacks.append("\n".join([own[row], *words]))
            self._haystacks = haystacks
        return self._haystacks


def _dated_rows(source: ViewSource) -> tuple[npt.NDArray[np.int64], int]:
    """The rows of dated claims in date order (undated last, estimated after exact, then article
    and place), and how many claims (not background) had no date at all."""
    rows = source.rows
    claims = ~rows["background"]
    dated = claims & (rows["date"] != b"")
    chosen = np.flatnonzero(dated)
    order = np.lexsort(
        (rows["start"][chosen], rows["article"][chosen], rows["estimated"][chosen], rows["date"][chosen])
    )
    return chosen[order], int(claims.sum() - dated.sum())


def _events(source: ViewSource, rows: npt.NDArray[np.int64]) -> tuple[Event, ...]:
    columns = source.rows
    conflicted = source.conflicted_rows()[rows].tolist()
    articles = decoded(columns["article"][rows], source.articles.get)
    dates = decoded(columns["date"][rows], str)
    estimated = columns["estimated"][rows].tolist()
    return tuple(map(Event, source.claims(rows), articles, dates, estimated, conflicted))


def collect_events(corpus: CorpusReader, conflicting: Collection[str] | None = None) -> tuple[tuple[Event, ...], int]:
    """Dated claims in date order, and how many claims had no date at all."""
    source = ViewSource.of(corpus, conflicting)
    rows, undated = _dated_rows(source)
    return _events(source, rows), undated


def filter_words(source: ViewSource) -> tuple[str, ...]:
    """What the filter box suggests: entity names and aliases, measures, subjects."""
    words = {name for e in source.entities for name in (e.name, *e.aliases)}
    keys = source.rows["suggest_key"]
    _distinct, firsts = np.unique(keys, return_index=True)
    suggest = source.rows.strings["suggest"]
    for row in firsts.tolist():
        if keys[row]:
            words.update(suggest[row].split(SEPARATOR))
    return tuple(sorted((one_line(w) for w in words if w), key=str.casefold))
