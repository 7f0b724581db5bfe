"""Search history for the search box: recall older and newer queries, as a shell does.

The queries live in the user DB (they survive restarts); this class keeps a
newest-first copy and a cursor while the user walks through them.

A query is written to the user DB behind the key that keeps it (opening a result, Escape),
in the order kept, on a thread of its own. On the UI thread the write (a locked, fsynced
replace of the file) held the frame that answered the key by 20-30 ms, more on a busy disk.
"""

from __future__ import annotations

import functools
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from corpus.errors import FactscopeError

KEEP = 100  # how many queries the box can recall

# Writes run one after another, in the order the queries were kept, on a thread that ends once
# none is left (no thread stays behind: a test forks only when it is alone). It is no daemon:
# the interpreter waits for it before it exits.
_writes: deque[Callable[[], None]] = deque()
_writes_lock = threading.Lock()
_writer: threading.Thread | None = None


def _write_behind(write: Callable[[], None]) -> None:
    global _writer
    with _writes_lock:
        _writes.append(write)
        if _writer is None:
            _writer = threading.Thread(target=_write_all, name="factscope-history")
            _writer.start()


def _write_all() -> None:
    global _writer
    while True:
        with _writes_lock:
            if not _writes:
                _writer = None
                return
            write = _writes.popleft()
        write()


def wait_for_saves() -> None:
    """Return once every query kept so far is written (or has failed)."""
    with _writes_lock:
        writer = _writer
    if writer is not None and writer is not threading.current_thread():
        writer.join()


def _load(user: Any) -> list[str]:
    if user is None:
        return []
    wait_for_saves()  # a history read back includes every query kept before
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
        if self._user is not None:
            _write_behind(functools.partial(self._save, self._user, query))

    def _save(self, user: Any, query: str) -> None:  # on the writer thread
        try:
            user.add_search(query)
        except FactscopeError as exc:  # a read-only user DB must not stop the jump
            self.error = str(exc)
        except Exception as exc:  # shown as the store's errors are: a thread's traceback would
            self.error = f"{type(exc).__name__}: {exc}"  # be written over the screen
