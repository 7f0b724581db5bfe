"""As-you-type search: each keystroke narrows the last keystroke's candidates.

When the new query asks for at least everything the previous one asked for
(the same filters plus perhaps more, every earlier word still there or
extended, e.g. "nis cas" -> "nis casu"), its candidates are a subset of the
previous ones, so only those are checked, through the index's forward word
lists, instead of the whole corpus. Whether that holds is checked exactly
(a longer word can match a typo the shorter one did not), and the search
starts over when it does not, so a session always returns what a fresh
``index.search`` would. A UI should run this off its event loop and drop
results of stale keystrokes; ``generation`` helps it tell them apart.
"""

from __future__ import annotations

import numpy as np

from store.search.index import Candidates, SearchIndex
from store.search.query import ParsedQuery, parse_query
from store.search.rank import Hit


def _subset(new: tuple[np.ndarray, np.ndarray], old: tuple[np.ndarray, np.ndarray]) -> bool:
    return bool(np.isin(new[0], old[0]).all())


class SearchSession:
    def __init__(self, index: SearchIndex) -> None:
        self.index = index
        self.generation = 0  # bumped by every search
        self.narrowed = False  # did the last search narrow the previous one?
        self._last: Candidates | None = None
        self._version = index.version

    def reset(self) -> None:
        self._last = None

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        self.generation += 1
        parsed = parse_query(query)
        self.narrowed = False
        if parsed.is_empty or limit <= 0:
            self._last = None
            return []
        if self._version != self.index.version:  # flags changed under us
            self._last, self._version = None, self.index.version
        found = self._narrow(parsed) if self._last is not None else None
        if found is None:
            found = self.index.candidates(parsed)
        else:
            self.narrowed = True
        self._last = found
        return self.index.rank(found, limit)

    def _narrow(self, parsed: ParsedQuery) -> Candidates | None:
        """``parsed``'s candidates from the previous ones, or None if unsafe."""
        last = self._last
        if last is None:
            return None
        old = last.parsed
        if not set(old.filters) <= set(parsed.filters) or len(parsed.terms) < len(old.terms):
            return None
        if not old.terms and not old.filters:
            return None
        for old_word, new_word in zip(old.terms, parsed.terms):
            if old_word == new_word:
                continue
            pairs = zip(self.index.expansions(new_word), self.index.expansions(old_word))
            if not all(_subset(new, old) for new, old in pairs):
                return None
        rows = last.rows
        keep = np.ones(len(rows), dtype=bool)
        for flt in set(parsed.filters) - set(old.filters):
            keep &= self.index.one_filter(flt)[rows]
        strengths = []
        for i, word in enumerate(parsed.terms):
            if i < len(old.terms) and old.terms[i] == word:
                strengths.append(last.strengths[i])
            else:
                strengths.append(self.index.word_strengths_at(word, rows))
                keep &= strengths[-1] > 0
        matrix = np.stack(strengths)[:, keep] if strengths else np.zeros((0, int(keep.sum())), np.uint8)
        return Candidates(parsed, rows[keep], matrix)
