"""Search history for the search box: recall older and newer queries, as a shell does.

The queries live in the user DB (they survive restarts); this class keeps a
newest-first copy and a cursor while the user walks through them.
"""

from __future__ import annotations

from typing import Any

from corpus.errors import FactscopeError

KEEP = 100  # how many queries the box can recall


def _load(user: Any) -> list[str]:
    if user is None:
        return []
    return [str(q) for q in user.search_history()][:KEEP]


class SearchHistory:
    def __init__(self, user: Any) -> None:
        self._user = user
        self.entries: list[str] = _load(user)  # newest first
        self._position = -1  # index into entries while recalling; -1 = not recalling
        self.error: str | None = None  # the last write failure, shown by the screen

    def browsing(self, current: str) -> bool:
        """True while the box holds an unedited recalled query."""
        return 0 <= self._position < len(self.entries) and self.entries[self._position] == current

    def typed(self, current: str) -> None:
        """The box changed: editing a recalled query ends the recall."""
        if not self.browsing(current):
            self._position = -1

    def older(self, current: str) -> str | None:
        """The next older query, or None at the oldest."""
        start = self._position if self.browsing(current) else -1
        for position in range(start + 1, len(self.entries)):
            if self.entries[position] != current:
                self._position = position
                return self.entries[position]
        return None

    def newer(self, current: str) -> str | None:
        """The next newer query while recalling ("" past the newest); None otherwise."""
        if not self.browsing(current):
            return None
        self._position -= 1
        return self.entries[self._position] if self._position >= 0 else ""

    def remember(self, query: str) -> None:
        """Keep ``query`` as the newest entry (once), here and in the user DB."""
        query = query.strip()
        self._position = -1
        if not query:
            return
        self.entries = [query, *(q for q in self.entries if q != query)][:KEEP]
        if self._user is None:
            return
        try:
            self._user.add_search(query)
        except FactscopeError as exc:  # a read-only user DB must not stop the jump
            self.error = str(exc)
