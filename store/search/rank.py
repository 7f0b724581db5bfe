"""Order a few hundred candidates: fuzzy score, word coverage, exact phrases.

The index has already found the claims holding the query's words (or words
close to them) and how well each word matched ("coverage"). Here rapidfuzz
compares the whole query with each candidate's folded text, and exact
phrases and numbers earn a bonus, so "pentagon 10,000" puts the claim with
that exact figure above one with a merely similar figure. The scorer was
chosen by measurement (docs/search-benchmark.md): ``WRatio`` agrees best with
what a full scan would rank first and is fast enough on a few hundred texts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from store.search.normalise import normalise, normalise_many

SCORER: Callable[..., Any] | None = None  # rapidfuzz's ``fuzz.WRatio`` when None (a bench sets others)
FUZZY_SHARE = 0.55  # of the score; the rest is word coverage
ALL_WORDS_BONUS = 8.0
PHRASE_BONUS = 12.0  # the query's words, in order, side by side
QUOTED_BONUS = 30.0  # a "quoted phrase" the user asked for, as written
NUMBER_BONUS = 6.0  # every number of the query is in the text as written


@dataclass(frozen=True, slots=True)
class Hit:
    claim_id: str
    score: float  # 0..100, higher is better
    spans: tuple[tuple[int, int], ...]  # (start, end) into claim.text, to highlight


def _contains_phrase(folded: str, phrase: str) -> bool:
    return f" {phrase} " in f" {folded} "


def load_matcher() -> None:
    """Import rapidfuzz now. It is imported where a search first needs it, so that writing the index (each
    `factscope add` extends it) loads none of it (~15 ms); whatever loads an index to search it calls this
    beside the load, so that the first search's keystroke does not wait for the import."""
    import rapidfuzz.distance.OSA
    import rapidfuzz.fuzz
    import rapidfuzz.process  # noqa: F401


def score_candidates(
    query_text: str,
    phrases: Sequence[str],
    numbers: Sequence[str],
    texts: Sequence[str],
    coverage: np.ndarray,
    all_words: np.ndarray,
) -> np.ndarray:
    """One score (0..100) per candidate text."""
    from rapidfuzz import fuzz, process

    folded = normalise_many(list(texts))
    scorer = SCORER if SCORER is not None else fuzz.WRatio
    fuzzy: np.ndarray = process.cdist([query_text], folded, scorer=scorer, processor=None, dtype=np.float32)[0]
    scores = FUZZY_SHARE * fuzzy + (1 - FUZZY_SHARE) * coverage.astype(np.float32)
    scores += np.where(all_words, ALL_WORDS_BONUS, 0.0)
    wanted = [(f" {p} ", QUOTED_BONUS) for p in phrases]
    if " " in query_text:
        wanted.append((f" {query_text} ", PHRASE_BONUS))
    numbers = [f" {n} " for n in numbers]
    best = 100.0 + ALL_WORDS_BONUS + sum(value for _, value in wanted) + (NUMBER_BONUS if numbers else 0.0)
    if not wanted and not numbers:
        return scores * (100.0 / best)
    for i, text in enumerate(folded):
        padded = f" {text} "
        bonus = sum(value for phrase, value in wanted if phrase in padded)
        if numbers and all(n in padded for n in numbers):
            bonus += NUMBER_BONUS
        scores[i] += bonus
    return scores * (100.0 / best)  # 100 = every bonus earned and a perfect fuzzy match


_MARK = "[\u0300-\u036f]"


def _candidate_words(initials: set[str]) -> re.Pattern[str]:
    """A regex for the words worth testing: those starting with one of
    ``initials`` (any case) or with a non-ASCII letter; the regex engine skips
    the rest in C. Same word shapes as ``normalise.WORD``."""
    letters = "".join(sorted(c for c in initials if c.isascii() and c.isalpha()))
    digits = "".join(sorted(c for c in initials if c.isdigit()))
    starts = [f"[{re.escape(letters)}]" if letters else None, "[^\\W\\x00-\\x7f]"]
    alternatives = []
    if digits:
        alternatives.append(f"[{digits}]\\d{{0,2}}(?:,\\d{{3}})+(?!\\d)")
        starts.append(f"[{digits}]")
    word_tail = f"(?:[^\\W_]|{_MARK})*"
    alternatives += [f"{start}{word_tail}" for start in starts if start]
    return re.compile(f"(?<![^\\W_])(?:{'|'.join(alternatives)})", re.IGNORECASE)


class Highlighter:
    """Finds the query's words in claim texts: words a query word begins, or
    words a typo'd query word matched. Typos keep the first letter, so only
    words starting with one of the query words' first letters (or with a
    non-ASCII letter, which may fold to one) are folded and tested."""

    def __init__(self, terms: Sequence[str], typo_words: set[str]) -> None:
        self._prefixes = tuple(terms)
        self._typo_words = typo_words
        self._initials = {t[0] for t in terms if t}
        self._seen: dict[str, bool] = {}
        self._words = _candidate_words(self._initials)

    def _matches(self, word: str) -> bool:
        hit = self._seen.get(word)
        if hit is None:
            initial = word[0].lower()
            if initial.isascii() and initial not in self._initials:
                hit = False
            else:
                parts = normalise(word).split()
                hit = any(p in self._typo_words or p.startswith(self._prefixes) for p in parts)
            self._seen[word] = hit
        return hit

    def spans(self, texts: Sequence[str]) -> list[tuple[tuple[int, int], ...]]:
        """Spans per text; neighbouring hits with only spaces between merge."""
        out = []
        for text in texts:
            spans: list[list[int]] = []
            for match in self._words.finditer(text):
                if not self._matches(match.group()):
                    continue
                start, end = match.span()
                if spans and not text[spans[-1][1] : start].strip():
                    spans[-1][1] = end
                else:
                    spans.append([start, end])
            out.append(tuple((s, e) for s, e in spans))
        return out
