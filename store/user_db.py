"""The per-user DB: bookmarks, notes and search history.

Separate from the corpus DB (a shared read-only corpus still allows personal
bookmarks) and stored with the same atomic, locked storage: every change is
one transaction on a fresh read of the file, so two browsers of one user
both keep their changes. A failed write raises the store's one-line error,
leaves the file and this object's view as they were, and is remembered in
``pending`` so the UI can offer to retry it (``retry_pending``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tinydb import Query
from tinydb.table import Table

from corpus.sanitize import sanitize_line, sanitize_text
from store import backup, paths
from store.atomic import FileStamp, parse_tables
from store.corpus_index import meta_doc
from store.errors import StoreError
from store.lock import DEFAULT_TIMEOUT
from store.storage import AtomicJSONStorage, Tables
from store.user_view import (  # the reading side, re-exported: it is the user DB's API
    USER_KIND,
    USER_SCHEMA_VERSION,
    Bookmark,
    Note,
    UserView,
    check_user_tables,
)

HISTORY_LIMIT = 100
NOTE_LIMIT = 100_000  # characters; a note is not a place for whole articles


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class PendingWrite:
    """A change that could not be saved; ``value`` is the wanted state."""

    kind: str  # "bookmark" (value: bool) or "note" (value: text, None = delete)
    claim_id: str
    value: object
    reason: str  # the error's one-line message


class UserDB:
    def __init__(self, storage: AtomicJSONStorage, data: Tables, stamp: FileStamp | None, history_limit: int) -> None:
        self._storage = storage
        self._view = UserView.build(data)
        self._stamp = stamp
        self.history_limit = history_limit
        self.pending: list[PendingWrite] = []

    @classmethod
    def open(
        cls,
        path: Path | str | None = None,
        readonly: bool | None = None,
        *,
        history_limit: int = HISTORY_LIMIT,
        lock_timeout: float = DEFAULT_TIMEOUT,
    ) -> UserDB:
        """Open (or start, if missing) the user DB; a corrupt file raises, untouched."""
        target = Path(path) if path is not None else paths.user_db_path()
        storage = AtomicJSONStorage(
            target,
            readonly=readonly,
            backups=backup.DEFAULT_KEEP,
            lock_timeout=lock_timeout,
            file_mode=paths.PRIVATE_FILE_MODE,  # one's notes are one's own (backups are hard links: 0600 too)
        )
        data, stamp = storage.load()
        data = data or {}
        check_user_tables(target, data)
        return cls(storage, data, stamp, history_limit)

    @property
    def path(self) -> Path:
        return self._storage.path

    @property
    def readonly(self) -> bool:
        return self._storage.readonly

    # -- reads ------------------------------------------------------------------------
    def bookmarks(self) -> list[Bookmark]:
        return list(self._view.bookmarks.values())

    def is_bookmarked(self, claim_id: str) -> bool:
        return claim_id in self._view.bookmarks

    def note(self, claim_id: str) -> Note | None:
        return self._view.notes.get(claim_id)

    def notes(self) -> list[Note]:
        return list(self._view.notes.values())

    def search_history(self) -> list[str]:
        return list(self._view.history)

    def reload_if_changed(self) -> bool:
        """Pick up changes another process (another browser, a serve tab) saved."""
        now = self._storage.stamp()
        if now is None or now == self._stamp:
            return False
        data, stamp = self._storage.load()
        check_user_tables(self.path, data or {})
        self._view, self._stamp = UserView.build(data or {}), stamp
        return True

    # -- writes -------------------------------------------------------------------------
    def add_bookmark(self, claim_id: str, claim_text: str | None = None) -> None:
        def change(marks: Table) -> None:
            if not marks.contains(Query().claim_id == claim_id):
                marks.insert({"claim_id": claim_id, "created": _now(), "claim_text": claim_text})

        self._save("bookmarks", change, PendingWrite("bookmark", claim_id, True, ""))

    def remove_bookmark(self, claim_id: str) -> None:
        def change(marks: Table) -> None:
            if marks.contains(Query().claim_id == claim_id):
                marks.remove(Query().claim_id == claim_id)

        self._save("bookmarks", change, PendingWrite("bookmark", claim_id, False, ""))

    def toggle_bookmark(self, claim_id: str) -> bool:
        """Flip the bookmark; returns whether the claim is bookmarked now."""
        wanted = not self.is_bookmarked(claim_id)
        (self.add_bookmark if wanted else self.remove_bookmark)(claim_id)
        return wanted

    def set_note(self, claim_id: str, text: str) -> None:
        """Save the note for a claim; blank text deletes it."""
        text = sanitize_text(text)
        if not text.strip():
            self.delete_note(claim_id)
            return
        if len(text) > NOTE_LIMIT:
            raise StoreError(
                self.path, f"note for {claim_id} is {len(text)} characters, over the {NOTE_LIMIT} limit; not saved"
            )

        def change(notes: Table) -> None:
            notes.upsert({"claim_id": claim_id, "text": text, "updated": _now()}, Query().claim_id == claim_id)

        self._save("notes", change, PendingWrite("note", claim_id, text, ""))

    def delete_note(self, claim_id: str) -> None:
        def change(notes: Table) -> None:
            if notes.contains(Query().claim_id == claim_id):
                notes.remove(Query().claim_id == claim_id)

        self._save("notes", change, PendingWrite("note", claim_id, None, ""))

    def add_search(self, query: str) -> None:
        """Remember a query as the newest (once); the oldest beyond the limit go."""
        query = sanitize_line(query)
        if not query:
            return

        def change(history: Table) -> None:
            history.remove(Query().query == query)
            history.insert({"query": query, "at": _now()})
            excess = len(history) - self.history_limit
            if excess > 0:
                oldest = sorted(doc.doc_id for doc in history.all())[:excess]
                history.remove(doc_ids=oldest)

        self._save("history", change, None, backup=False)

    def clear_search_history(self) -> None:
        self._save("history", lambda history: history.truncate(), None)

    def retry_pending(self) -> int:
        """Save the changes that failed before, oldest first; returns how many were saved.

        Stops at the first that fails again (raising its error), keeping it and
        the rest pending.
        """
        saved = 0
        for write in list(self.pending):
            if write.kind == "bookmark":
                (self.add_bookmark if write.value else self.remove_bookmark)(write.claim_id)
            elif write.value is None:
                self.delete_note(write.claim_id)
            else:
                self.set_note(write.claim_id, str(write.value))
            saved += 1
        return saved

    def _save(
        self, table: str, change: Callable[[Table], None], intent: PendingWrite | None, *, backup: bool = True
    ) -> None:
        try:
            with self._storage.transaction() as txn:
                txn.backup = backup
                check_user_tables(self.path, txn.data)
                if not meta_doc(txn.data):
                    Table(self._storage, "meta").insert({"schema_version": USER_SCHEMA_VERSION, "kind": USER_KIND})
                change(Table(self._storage, table))
        except StoreError as exc:
            if intent is not None:
                self._remember(PendingWrite(intent.kind, intent.claim_id, intent.value, str(exc)))
            raise
        self._view = UserView.build(txn.data)
        self._stamp = txn.committed or txn.base
        if intent is not None:
            self.pending = [p for p in self.pending if (p.kind, p.claim_id) != (intent.kind, intent.claim_id)]

    def _remember(self, write: PendingWrite) -> None:
        key = (write.kind, write.claim_id)
        self.pending = [p for p in self.pending if (p.kind, p.claim_id) != key] + [write]


def user_payload_loads(path: Path, payload: bytes) -> bool:
    """Whether ``payload`` would open as the user DB at ``path`` (to choose a backup)."""
    try:
        check_user_tables(path, parse_tables(path, payload))
    except StoreError:
        return False
    return True


class UnavailableUserDB:
    """Stands in for a user DB that cannot be opened (corrupt, of another kind):
    the corpus stays browsable, nothing is bookmarked, and every change is refused
    with the reason, so nothing is written over the damaged file."""

    readonly = True

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        self.pending: list[PendingWrite] = []

    def bookmarks(self) -> list[Bookmark]:
        return []

    def is_bookmarked(self, claim_id: str) -> bool:
        return False

    def note(self, claim_id: str) -> Note | None:
        return None

    def notes(self) -> list[Note]:
        return []

    def search_history(self) -> list[str]:
        return []

    def reload_if_changed(self) -> bool:
        return False

    def _refuse(self, *_args: object, **_kwargs: object) -> None:
        raise StoreError(self.path, f"bookmarks and notes are off ({self.reason}); run 'factscope check --repair'")

    add_bookmark = remove_bookmark = toggle_bookmark = set_note = delete_note = _refuse

    def add_search(self, query: str) -> None:
        """Search history is a convenience: not kept while the file is damaged."""

    def clear_search_history(self) -> None:
        """Nothing kept, nothing to clear."""

    def retry_pending(self) -> int:
        return 0


def open_or_unavailable(path: Path | None = None) -> tuple[UserDB | UnavailableUserDB, str | None]:
    """The user DB, or a stand-in and the one-line reason when it cannot be opened."""
    target = Path(path) if path is not None else paths.user_db_path()
    try:
        return UserDB.open(target), None
    except StoreError as exc:
        detail = getattr(exc, "detail", None) or str(exc)
        stand_in = UnavailableUserDB(target, detail)
        return stand_in, f"Bookmarks and notes are off: {exc}"
