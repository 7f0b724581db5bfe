"""What the search screen asks: the indexed engine when it is there, a plain scan until then.

The app loads the corpus and builds ``data.index`` in the background; the
search screen must work meanwhile, so queries fall back to a rapidfuzz scan
over the claims (same filter syntax) and switch to the engine as soon as
``data.index`` is set.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from rapidfuzz import fuzz

from corpus.model import Article, Claim

FILTER_FIELDS = ("speaker", "source", "kind", "entity", "date", "is")
_FILTER = re.compile(r'(?<!\S)-?(speaker|source|kind|entity|date|is):("[^"]*"?|\S*)', re.IGNORECASE)
_DATE = re.compile(r"^(>=|<=|>|<|=)?(\d{4}(?:-\d{2}(?:-\d{2})?)?)$")
_USER_FLAG = re.compile(r"(?<!\S)-?is:[bn]", re.IGNORECASE)  # is:bookmarked, is:noted: from the user DB
SHORT_TERM = 3  # terms this short must match exactly; fuzzy matching them matches everything
FUZZY_CUTOFF = 75
MAX_QUERY_CHARS, MAX_TERMS = 1000, 24  # as the engine: a pasted novel is cut, not scanned
LOCK_POLL_SECONDS = 0.01  # how often a search waiting for the engine checks whether it is stale


class HitLike(Protocol):
    @property
    def claim_id(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def spans(self) -> list[tuple[int, int]]: ...


@dataclass(frozen=True, slots=True)
class ScanHit:
    claim_id: str
    score: float
    spans: list[tuple[int, int]]


def split_query(query: str) -> tuple[str, list[str]]:
    """The free text of ``query`` and its filter tokens (``speaker:x``, ...)."""
    filters = [m.group(0) for m in _FILTER.finditer(query) if m.group(2).strip('"')]
    free = _FILTER.sub(" ", query)
    return " ".join(free.split()), filters


def _lowered(text: str) -> str:
    """Lower-cased with the length kept, so offsets found in it fit the original."""
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


def _words_begin(value: str, texts: list[str | None]) -> bool:
    """Every word of ``value`` begins a word of ``texts``, as the engine matches fields."""
    words = [w for text in texts for w in re.findall(r"\w+", (text or "").casefold())]
    return all(any(w.startswith(v) for w in words) for v in re.findall(r"\w+", value.casefold()))


def _names(flag: str, value: str) -> bool:
    """``is:conf``, ``is:conflict`` and ``is:conflicts`` all name the flag ``conflict``."""
    return flag.startswith(value) or value.startswith(flag)


def _date_matches(claim_date: str | None, expression: str) -> bool:
    match = _DATE.match(expression)
    if not match or not claim_date:
        return False
    op, wanted = match.group(1) or "=", match.group(2)
    have = claim_date[: len(wanted)]
    if len(have) < len(wanted):  # "2024" is not known to be after (or in) "2024-06"
        return False
    return {
        "=": have == wanted,
        ">": have > wanted,
        "<": have < wanted,
        ">=": have >= wanted,
        "<=": have <= wanted,
    }[op]


class ClaimScan:
    """A plain scan over every claim: correct, simple, fine for a few thousand claims."""

    def __init__(self, corpus: Any, user: Any = None) -> None:
        self._claims: list[Claim] = list(corpus.claims())
        self._articles: dict[str, Article] = {a.id: a for a in corpus.articles()}
        self._lowered = {c.id: _lowered(c.text) for c in self._claims}
        self._aliases: dict[str, list[str]] = {e.name: [e.name, *e.aliases] for e in corpus.entities()}
        self._conflicted = {
            claim_id for x in corpus.xrefs() if x.relation == "conflicts" for claim_id in (x.source, x.target)
        }
        self._user = user

    def search(self, query: str, limit: int = 50) -> list[ScanHit]:
        free, filters = split_query(query[:MAX_QUERY_CHARS])
        terms = list(dict.fromkeys(t.lower() for t in free.split()))[:MAX_TERMS]
        if not terms and not filters:
            return []
        hits = []
        for claim in self._claims:
            if not all(self._passes(claim, token.lstrip("-")) != token.startswith("-") for token in filters):
                continue
            scored = self._score(claim, terms)
            if scored is not None:
                hits.append(ScanHit(claim.id, scored[0], scored[1]))
        hits.sort(key=lambda h: -h.score)
        return hits[:limit]

    def _passes(self, claim: Claim, token: str) -> bool:
        field, _, value = token.partition(":")
        field, value = field.lower(), value.strip('"').lower()
        article = self._articles.get(claim.article_id)
        if field == "speaker":
            return _words_begin(value, [claim.speaker, *claim.speaker_chain])
        if field == "source":
            return _words_begin(value, [article.outlet, article.title, article.source_file] if article else [])
        if field == "kind":
            return claim.kind.startswith(value)
        if field == "entity":
            return _words_begin(value, [n for e in claim.entities for n in self._aliases.get(e, [e])])
        if field == "date":
            date = claim.date or (article.published if article else None)
            return _date_matches(date, value)
        if field == "is":
            if _names("conflict", value):
                return claim.id in self._conflicted
            if _names("hedged", value):
                return claim.certainty == "hedged"
            if _names("bookmarked", value):
                is_bookmarked = getattr(self._user, "is_bookmarked", None)
                return bool(is_bookmarked and is_bookmarked(claim.id))
            if _names("noted", value):
                note = getattr(self._user, "note", None)
                return bool(note and note(claim.id))
            return False
        return True

    def _score(self, claim: Claim, terms: list[str]) -> tuple[float, list[tuple[int, int]]] | None:
        """Every term must match the claim text (or, without highlight, its
        speaker, entities or source); the score is the mean of the term scores."""
        if not terms:
            return 50.0, []
        text = self._lowered[claim.id]
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
                if fuzz.partial_ratio(term, context, score_cutoff=FUZZY_CUTOFF):
                    total += 0.9 * fuzz.partial_ratio(term, context)
                    continue
            elif term in context:
                total += 90.0
                continue
            return None
        return total / len(terms), spans


class SearchBackend:
    """The search screen's one entry point: ``data.index`` if set, else a scan.

    With the engine, keystrokes go through one as-you-type session (each
    query narrows the last one's candidates); a lock keeps a stale search
    still running in its thread from sharing the session with a new one.
    """

    def __init__(self, data: Any) -> None:
        self._data = data
        self._scan: ClaimScan | None = None
        self._index: Any = None
        self._session: Any = None
        self._lock = threading.Lock()

    @property
    def using_index(self) -> bool:
        return getattr(self._data, "index", None) is not None

    def search(self, query: str, limit: int = 50, cancelled: Callable[[], bool] | None = None) -> list[HitLike]:
        """Hits for ``query``; ``cancelled`` is asked once the engine is free, so a
        search queued behind a slower, stale one gives up instead of running."""
        index = getattr(self._data, "index", None)
        if index is None:
            if self._scan is None:
                self._scan = ClaimScan(self._data.corpus, getattr(self._data, "user", None))
            return list(self._scan.search(query, limit=limit))
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
            if _USER_FLAG.search(query):
                self._flag_user_marks(index)
            engine = self._session or index
            return list(engine.search(query, limit=limit))
        finally:
            self._lock.release()

    def _flag_user_marks(self, index: Any) -> None:
        """Teach the engine ``is:bookmarked`` and ``is:noted`` from the user DB as it is now."""
        user, add_flag = getattr(self._data, "user", None), getattr(index, "add_flag", None)
        if user is None or add_flag is None:
            return
        from tui.data import bookmarked_ids, noted_ids

        add_flag("bookmarked", bookmarked_ids(user))
        if hasattr(user, "notes"):
            add_flag("noted", noted_ids(user))

    def _search_once(self, query: str) -> list[HitLike]:
        """A one-off search that leaves the as-you-type session alone."""
        index = getattr(self._data, "index", None)
        if index is None:
            return self.search(query, limit=1)
        with self._lock:
            return list(index.search(query, limit=1))

    def filters_matching_nothing(self, query: str) -> list[str]:
        """The filter tokens of ``query`` that match no claim even on their own."""
        _, filters = split_query(query)
        return [token for token in filters if not token.startswith("-") and not self._search_once(token)]

    @staticmethod
    def problems(query: str) -> list[str]:
        """What the engine could not use in ``query`` (e.g. ``date:2024-13``), one line each."""
        try:
            from store.search import parse_query
        except ImportError:
            return []
        return list(parse_query(query).problems)
