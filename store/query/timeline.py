"""The timeline: every dated claim in date order, and its filter.

A claim without a date of its own is placed at its article's date, estimated.
The filter is the search box's grammar (``store.search.query``): its filters
select what they select in search (``ClaimFilter``); its free words must each
appear in the claim's entities (or their aliases), measures, subject,
speaker, kind or date.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from corpus.display import one_line
from corpus.model import Article, Claim
from store.query.filtering import ClaimFilter, MarksSource
from store.query.reader import CorpusReader
from store.query.view_source import ViewSource, decoded
from store.rows import IndexedRows
from store.search.query import ParsedQuery, parse_query
from store.view_rows import SEPARATOR, fold


@dataclass(frozen=True, slots=True)
class Event:
    claim: Claim
    article: Article | None
    date: str
    estimated: bool
    conflicted: bool


class Events(IndexedRows[Event]):
    """Timeline events in date order, each made when read (``rows``: their rows of the view
    columns): a timeline of a million claims held each as an object, ~330 MB at 1M claims, to
    show a screenful. What the view asks of every event (where one is now, the first of a kind)
    is answered from the columns. Events read again soon are the same objects (a screenful is
    drawn again on every move)."""

    _KEEP = 4096  # events kept made: a few screenfuls

    def __init__(self, source: ViewSource, rows: npt.NDArray[np.int64]) -> None:
        self._source = source
        self.rows = rows
        self._made: dict[int, Event] = {}

    def __len__(self) -> int:
        return len(self.rows)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Events):
            return self._source is other._source and np.array_equal(self.rows, other.rows)
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def row_at(self, row: int) -> Event:
        found = self._made.get(row)
        return found if found is not None else self.rows_in(range(row, row + 1))[0]

    def rows_in(self, rows: range) -> list[Event]:
        missing = [row for row in rows if row not in self._made]
        if missing:
            if len(self._made) + len(missing) > self._KEEP:
                self._made.clear()
            self._made.update(zip(missing, self._make(self.rows[missing]), strict=True))
        return [self._made[row] for row in rows]

    def __iter__(self) -> Iterator[Event]:
        for start in range(0, len(self), 1024):
            yield from self._make(self.rows[start : start + 1024])

    def _make(self, rows: npt.NDArray[np.int64]) -> list[Event]:
        source, columns = self._source, self._source.rows
        conflicted = source.conflicted_rows()[rows].tolist()
        articles = decoded(columns["article"][rows], source.articles.get)
        dates = decoded(columns["date"][rows], str)
        estimated = columns["estimated"][rows].tolist()
        return list(map(Event, source.claims(rows), articles, dates, estimated, conflicted))

    def kept(self, keep: npt.NDArray[np.bool_]) -> Events:
        """The events ``keep`` says, in the same order."""
        return Events(self._source, self.rows[keep])

    def position(self, row: int) -> int | None:
        """Where the event of view row ``row`` is, if here."""
        found = np.flatnonzero(self.rows == row)
        return int(found[0]) if len(found) else None

    def first_with(self, field: str, value: str) -> int | None:
        """The position of the first event whose claim's ``field`` (a category column: kind,
        certainty) is ``value``."""
        names = self._source.rows.categories[field]
        if value not in names:
            return None
        found = np.flatnonzero(self._source.rows.arrays[f"{field}.code"][self.rows] == names.index(value))
        return int(found[0]) if len(found) else None


@dataclass(frozen=True, slots=True)
class Filtered:
    """What a filter kept, and what in it could not be used (one line each)."""

    events: Events
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
        self.events = Events(source, rows)
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
            keep &= np.fromiter(
                (kept and all(term in haystack for term in terms) for kept, haystack in zip(keep.tolist(), haystacks)),
                dtype=bool,
                count=len(haystacks),
            )
        return Filtered(self.events.kept(keep), parsed.problems)

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


def collect_events(corpus: CorpusReader, conflicting: Collection[str] | None = None) -> tuple[Events, int]:
    """Dated claims in date order, and how many claims had no date at all."""
    source = ViewSource.of(corpus, conflicting)
    rows, undated = _dated_rows(source)
    return Events(source, rows), undated


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
