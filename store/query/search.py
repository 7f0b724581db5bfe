"""Search: one grammar (``store.search.query``), the indexed engine, and one fallback.

The engine (``SearchIndex``) loads in the background; until it is there a
query runs as a plain scan (``ClaimScan``) of the same parsed query: the
same filters through ``ClaimFilter`` (so ``is:quantified`` selects the same
claims), its words matched with rapidfuzz. ``ClaimSearch`` picks one or the
other per query, so callers never see which ran except through ``using_index``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from rapidfuzz import fuzz

from corpus.model import Article, Claim
from store.query.conflicts import CONFLICTS, CORROBORATES, relation_count
from store.query.filtering import (
    USER_FLAGS,
    ClaimFilter,
    MarksSource,
    UserMarks,
    names_user_flags,
)
from store.query.reader import CorpusReader
from store.search.query import Filter, ParsedQuery, parse_query
from store.search.rank import Hit

SHORT_TERM = 3  # terms this short must match exactly; fuzzy matching them matches everything
FUZZY_CUTOFF = 75
LOCK_POLL_SECONDS = 0.01  # how often a search waiting for the engine checks whether it is stale


class Engine(Protocol):
    """What ``ClaimSearch`` asks of the indexed engine (``SearchIndex``, or a test's stand-in)."""

    def search(self, query: str | ParsedQuery, limit: int = 50) -> list[Hit]: ...


def _lowered(text: str) -> str:
    """Lower-cased with the length kept, so offsets found in it fit the original."""
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


class ClaimScan:
    """A plain scan over every claim: correct, simple, fine until the engine has loaded."""

    def __init__(self, claim_filter: ClaimFilter, articles: Sequence[Article]) -> None:
        self._filter = claim_filter
        self._articles: dict[str, Article] = {a.id: a for a in articles}
        self._lowered: dict[str, str] = {}

    def search(self, query: str | ParsedQuery, limit: int = 50, marks: MarksSource | None = None) -> list[Hit]:
        parsed = parse_query(query) if isinstance(query, str) else query
        if parsed.is_empty or limit <= 0:
            return []
        terms = list(dict.fromkeys(parsed.terms))
        keep = self._filter.mask(parsed, marks)
        hits = []
        for row in np.flatnonzero(keep).tolist():
            claim = self._filter.claims[row]
            scored = self._score(claim, terms)
            if scored is not None:
                hits.append(Hit(claim.id, scored[0], tuple(scored[1])))
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]

    def _text(self, claim: Claim) -> str:
        text = self._lowered.get(claim.id)
        if text is None:
            text = self._lowered[claim.id] = _lowered(claim.text)
        return text

    def _score(self, claim: Claim, terms: list[str]) -> tuple[float, list[tuple[int, int]]] | None:
        """Every term must match the claim text (or, without highlight, its
        speaker, entities or source); the score is the mean of the term scores."""
        if not terms:
            return 50.0, []
        text = self._text(claim)
        article = self._articles.get(claim.article_id)
        source = [article.title or "", article.outlet or ""] if article else []
        context = " ".join([claim.speaker or "", *claim.entities, *source]).lower()
        total, spans = 0.0, []
        for term in terms:
            found = [(m.start(), m.end()) for m in re.finditer(re.escape(term), text)]
            if found:
                total += 100.0
                spans.extend(found)
                continue
            if len(term) > SHORT_TERM:
                aligned = fuzz.partial_ratio_alignment(term, text, score_cutoff=FUZZY_CUTOFF)
                if aligned is not None:
                    total += aligned.score
                    spans.append((aligned.dest_start, aligned.dest_end))
                    continue
                in_context = fuzz.partial_ratio(term, context, score_cutoff=FUZZY_CUTOFF)
                if in_context:
                    total += 0.9 * in_context
                    continue
            elif term in context:
                total += 90.0
                continue
            return None
        return total / len(terms), spans


def filter_text(flt: Filter) -> str:
    """A filter as the user would type it again: ``speaker:"sergei shoigu"``, ``-kind:denial``."""
    value = f'"{flt.value}"' if " " in flt.value else flt.value
    return f"{'-' if flt.negate else ''}{flt.field}:{value}"


class ClaimSearch:
    """Every search of the app: the engine when ``engine()`` has one, else a ``ClaimScan``.

    With the engine, keystrokes go through one as-you-type session (each
    query narrows the last one's candidates); a lock keeps a stale search
    still running in its thread from sharing the session with a new one.
    """

    def __init__(
        self, engine: Callable[[], Engine | None], scan: Callable[[], ClaimScan], marks: MarksSource = dict
    ) -> None:
        """``engine()``: the engine once loaded, else None; ``scan()``: the scan of the
        corpus as it is now (kept by the caller, once per corpus version)."""
        self._engine = engine
        self._scan = scan
        self._marks = marks
        self._index: Engine | None = None
        self._session: Engine | None = None
        self._lock = threading.Lock()

    @property
    def using_index(self) -> bool:
        return self._engine() is not None

    def search(self, query: str, limit: int = 50, cancelled: Callable[[], bool] | None = None) -> list[Hit]:
        """Hits for ``query``; ``cancelled`` is asked once the engine is free, so a
        search queued behind a slower, stale one gives up instead of running."""
        parsed = parse_query(query)
        index = self._engine()
        if index is None:
            return self._scan().search(parsed, limit, self._marks)
        # The index's caches are not safe to share between threads, so searches take
        # turns; one queued behind a slower search gives up as soon as it is stale,
        # freeing its worker thread instead of waiting for its turn.
        while not self._lock.acquire(timeout=LOCK_POLL_SECONDS):
            if cancelled is not None and cancelled():
                return []
        try:
            if cancelled is not None and cancelled():
                return []
            if index is not self._index:  # the engine landed, or was rebuilt
                self._index = index
                make_session = getattr(index, "session", None)
                self._session = make_session() if make_session else None
            self._flag_user_marks(index, parsed)
            engine = self._session or index
            return list(engine.search(query, limit=limit))
        finally:
            self._lock.release()

    def _flag_user_marks(self, index: Engine, parsed: ParsedQuery) -> None:
        """Teach the engine ``is:bookmarked`` and ``is:noted`` from the user's marks as they are now."""
        add_flag = getattr(index, "add_flag", None)
        if add_flag is None or not any(names_user_flags(f) for f in parsed.filters):
            return
        marks: UserMarks = self._marks()
        for name in USER_FLAGS:
            add_flag(name, marks.get(name, ()))

    def _search_once(self, parsed: ParsedQuery) -> list[Hit]:
        """A one-off search that leaves the as-you-type session alone."""
        index = self._engine()
        if index is None:
            return self._scan().search(parsed, 1, self._marks)
        with self._lock:
            return list(index.search(parsed, limit=1))

    def filters_matching_nothing(self, query: str) -> list[str]:
        """The filters of ``query`` that match no claim even on their own, as typed again."""
        parsed = parse_query(query)
        alone = (ParsedQuery((), (), (flt,)) for flt in parsed.filters if not flt.negate)
        return [filter_text(one.filters[0]) for one in alone if not self._search_once(one)]

    @staticmethod
    def problems(query: str) -> list[str]:
        """What the grammar could not use in ``query`` (e.g. ``date:2024-13``), one line each."""
        return list(parse_query(query).problems)


@dataclass(frozen=True, slots=True)
class Found:
    """One ranked claim with what a list of results shows beside it."""

    claim: Claim
    article: Article | None
    score: float
    spans: tuple[tuple[int, int], ...]
    corroborating: int  # links of each kind naming it
    conflicting: int


def found_claims(corpus: CorpusReader, hits: Iterable[Hit]) -> list[Found]:
    """``hits`` with their claims, articles and link counts; a hit whose claim is gone
    (an index older than the corpus) is left out."""
    found = []
    for hit in hits:
        claim = corpus.claim(hit.claim_id)
        if claim is None:
            continue
        links = corpus.xrefs_for_claim(claim.id)
        found.append(
            Found(
                claim=claim,
                article=corpus.article(claim.article_id),
                score=float(hit.score),
                spans=tuple((int(s), int(e)) for s, e in hit.spans),
                corroborating=relation_count(links, CORROBORATES),
                conflicting=relation_count(links, CONFLICTS),
            )
        )
    return found
