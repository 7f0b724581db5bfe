"""The timeline: every dated claim in date order, and its filter.

A claim without a date of its own is placed at its article's date, estimated.
The filter is the search box's grammar (``store.search.query``): its filters
select what they select in search (``ClaimFilter``); its free words must each
appear in the claim's entities (or their aliases), measures, subject,
speaker, kind or date.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from corpus.display import claim_when, one_line
from corpus.model import Article, Claim, is_background
from store.query.conflicts import conflicting_ids
from store.query.filtering import ClaimFilter, MarksSource
from store.query.ordering import date_key
from store.query.reader import CorpusReader
from store.search.query import ParsedQuery, parse_query


@dataclass(frozen=True, slots=True)
class Event:
    claim: Claim
    article: Article | None
    date: str
    estimated: bool
    conflicted: bool
    haystack: str  # folded words the filter's free words look in


@dataclass(frozen=True, slots=True)
class Filtered:
    """What a filter kept, and what in it could not be used (one line each)."""

    events: tuple[Event, ...]
    problems: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Timeline:
    events: tuple[Event, ...]  # dated claims, in date order
    undated: int  # claims with no date at all, not shown
    words: tuple[str, ...]  # what the filter box suggests
    claim_filter: ClaimFilter  # over every claim of the corpus ...
    rows: npt.NDArray[np.int64]  # ... where each event's claim is in it

    @classmethod
    def of(
        cls, corpus: CorpusReader, conflicting: Collection[str] | None = None, claim_filter: ClaimFilter | None = None
    ) -> Timeline:
        """The timeline of ``corpus``; ``claim_filter`` (over ``corpus.claims()``) when the caller has one."""
        if claim_filter is None:
            claim_filter = ClaimFilter.of(corpus)
        events, undated = collect_events(corpus, conflicting)
        row_of = {c.id: i for i, c in enumerate(claim_filter.claims)}
        rows = np.fromiter((row_of[e.claim.id] for e in events), np.int64, len(events))
        return cls(events, undated, filter_words(corpus), claim_filter, rows)

    def apply(self, query: str | ParsedQuery, marks: MarksSource | None = None) -> Filtered:
        """The events ``query`` keeps (all of them for an empty one)."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if parsed.is_empty:
            return Filtered(self.events, parsed.problems)
        keep = self.claim_filter.mask(parsed, marks)[self.rows]
        terms = parsed.terms
        shown = tuple(
            event
            for kept, event in zip(keep.tolist(), self.events)
            if kept and all(term in event.haystack for term in terms)
        )
        return Filtered(shown, parsed.problems)


def collect_events(corpus: CorpusReader, conflicting: Collection[str] | None = None) -> tuple[tuple[Event, ...], int]:
    """Dated claims in date order, and how many claims had no date at all."""
    if conflicting is None:
        conflicting = conflicting_ids(corpus.xrefs())
    articles = {a.id: a for a in corpus.articles()}
    aliases = {e.name: [e.name, *e.aliases] for e in corpus.entities()}
    events, undated = [], 0
    for claim in corpus.claims():
        if is_background(claim):
            continue  # not a claim: no event on the timeline
        article = articles.get(claim.article_id)
        date, estimated = claim_when(claim, article)
        if not date:
            undated += 1
            continue
        # the date too, so "2025-04" keeps that month
        words = [date, claim.kind, claim.certainty, claim.speaker or "", claim.subject or ""]
        words += [name for entity in claim.entities for name in aliases.get(entity, [entity])]
        words += [q.measure or "" for q in claim.quantities]
        # Only matched against, never shown: folding is enough, no sanitising needed.
        haystack = "\n".join(" ".join(w.casefold().split()) for w in words if w)
        events.append(Event(claim, article, date, estimated, claim.id in conflicting, haystack))
    events.sort(key=lambda e: (date_key(e.date), e.estimated, e.claim.article_id, e.claim.start))
    return tuple(events), undated


def filter_words(corpus: CorpusReader) -> tuple[str, ...]:
    """What the filter box suggests: entity names and aliases, measures, subjects."""
    words = {name for e in corpus.entities() for name in (e.name, *e.aliases)}
    for claim in corpus.claims():
        words.update(q.measure for q in claim.quantities if q.measure)
        if claim.subject:
            words.add(claim.subject)
    return tuple(sorted((one_line(w) for w in words if w), key=str.casefold))
