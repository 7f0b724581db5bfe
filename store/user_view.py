"""What the user DB holds, read without its writer: bookmarks, notes and search history.

``store/user_db.py`` writes the user DB through TinyDB and the store's locked storage; reading
it for a first screen (which claims are bookmarked or noted) needs neither. The browser's loader
reads it here before the saved first screen is drawn (``read_view``), and opens the user DB
itself once that screen is up: importing the writer (TinyDB, the storage, its backups and
locks) cost ~9 ms of CPU before the first frame.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from store.atomic import FileStamp, read_tables
from store.corpus_index import meta_doc, table_docs
from store.errors import SchemaMismatch

USER_SCHEMA_VERSION = 1
USER_KIND = "factscope.user"

Tables = dict[str, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Bookmark:
    claim_id: str
    created: str  # ISO UTC
    claim_text: str | None = None  # snapshot, shown if the claim leaves the corpus


@dataclass(frozen=True, slots=True)
class Note:
    claim_id: str
    text: str
    updated: str  # ISO UTC


@dataclass(frozen=True, slots=True)
class UserView:
    bookmarks: dict[str, Bookmark]  # newest first
    notes: dict[str, Note]  # newest first
    history: list[str]  # newest first

    @classmethod
    def build(cls, data: Tables) -> UserView:
        # hand-edited files may hold odd documents: skip them rather than fail
        marks = [
            Bookmark(d["claim_id"], str(d.get("created", "")), d.get("claim_text"))
            for d in table_docs(data, "bookmarks")
            if isinstance(d.get("claim_id"), str)
        ]
        notes = [
            Note(d["claim_id"], d["text"], str(d.get("updated", "")))
            for d in table_docs(data, "notes")
            if isinstance(d.get("claim_id"), str) and isinstance(d.get("text"), str)
        ]
        history = [d["query"] for d in reversed(table_docs(data, "history")) if isinstance(d.get("query"), str)]
        marks.sort(key=lambda b: b.created, reverse=True)
        notes.sort(key=lambda n: n.updated, reverse=True)
        return cls({b.claim_id: b for b in marks}, {n.claim_id: n for n in notes}, history)


def check_user_tables(path: Path, data: Tables) -> None:
    """A user DB of our schema, or an empty file-to-be; anything else raises ``SchemaMismatch``."""
    meta = meta_doc(data)
    if meta and meta.get("kind") != USER_KIND:
        raise SchemaMismatch(path, None, USER_SCHEMA_VERSION, "user")
    if meta and meta.get("schema_version") != USER_SCHEMA_VERSION:
        raise SchemaMismatch(path, meta.get("schema_version"), USER_SCHEMA_VERSION, "user")
    if not meta and any(data.get(name) for name in ("articles", "claims")):
        raise SchemaMismatch(path, None, USER_SCHEMA_VERSION, "user")


def read_view(path: Path) -> tuple[UserView, FileStamp | None]:
    """The user DB at ``path`` as it is now (a missing file: empty), and the stamp of the version
    read; one that cannot be read or is not a user DB raises the store's error, as opening it does."""
    data, stamp = read_tables(path)
    data = data or {}
    check_user_tables(path, data)
    return UserView.build(data), stamp
