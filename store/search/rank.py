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

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from store.search.normalise import normalise_many, word_spans

SCORER = fuzz.WRatio
FUZZY_SHARE = 0.55  # of the score; the rest is word coverage
ALL_WORDS_BONUS = 8.0
PHRASE_BONUS = 12.0  # the query's words, in order, side by side
NUMBER_BONUS = 6.0  # every number of the query is in the text as written


@dataclass(frozen=True, slots=True)
class Hit:
    claim_id: str
    score: float  # 0..100, higher is better
    spans: tuple[tuple[int, int], ...]  # (start, end) into claim.text, to highlight


def _contains_phrase(folded: str, phrase: str) -> bool:
    return f" {phrase} " in f" {folded} "


def score_candidates(
    query_text: str,
    phrases: Sequence[str],
    numbers: Sequence[str],
    texts: Sequence[str],
    coverage: np.ndarray,
    all_words: np.ndarray,
) -> np.ndarray:
    """One score (0..100) per candidate text."""
    folded = normalise_many(list(texts))
    fuzzy = process.cdist([query_text], folded, scorer=SCORER, processor=None, dtype=np.float32)[0]
    scores = FUZZY_SHARE * fuzzy + (1 - FUZZY_SHARE) * coverage.astype(np.float32)
    scores += np.where(all_words, ALL_WORDS_BONUS, 0.0)
    wanted = list(phrases)
    if len(query_text.split()) > 1:
        wanted.append(query_text)
    for i, text in enumerate(folded):
        bonus = sum(PHRASE_BONUS for p in wanted if _contains_phrase(text, p))
        words = set(text.split())
        if numbers and all(n in words for n in numbers):
            bonus += NUMBER_BONUS
        scores[i] += bonus
    return np.minimum(scores, 100.0)


def highlight_spans(text: str, terms: Sequence[str], typo_words: set[str]) -> tuple[tuple[int, int], ...]:
    """Where the query's words are in ``text``: words a query word begins, or a
    typo'd query word matched. Neighbouring hits with only spaces between
    them become one span."""
    spans: list[list[int]] = []
    for start, end, folded in word_spans(text):
        parts = folded.split()
        if not any(p in typo_words or any(p.startswith(t) for t in terms) for p in parts):
            continue
        if spans and not text[spans[-1][1] : start].strip():
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return tuple((s, e) for s, e in spans)
