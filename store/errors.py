"""Store failures, each one line naming the database file at fault.

They all derive from ``StoreError`` (a ``FactscopeError``), so the CLI and the
app show them without a traceback. Every message also says what happened to
the data, because the first question a user asks is "did I lose anything?".
"""

from __future__ import annotations

from pathlib import Path

from corpus.errors import FactscopeError


class StoreError(FactscopeError):
    """A database could not be read or written; ``path`` is the file at fault."""

    def __init__(self, path: Path | str, message: str) -> None:
        self.path = Path(path)
        super().__init__(f"{path}: {message}")


class CorruptDatabase(StoreError):
    """The file exists but is not a readable database; it is left untouched."""

    exit_code = 3  # 2 is click's for bad usage; scripts can tell "fix the DB" from "fix the command"

    def __init__(self, path: Path | str, detail: str) -> None:
        self.detail = detail
        super().__init__(
            path,
            f"corrupt database ({detail}); left untouched, "
            "try 'factscope check --repair' to restore the last good backup",
        )


class DamagedShard(CorruptDatabase):
    """A shard file of a corpus DB is missing, unreadable or not as written (``store/shards.py``);
    ``path`` is the DB's. Nothing derived from the DB is dropped for it: a repair mends the record."""


class MissingDatabase(StoreError):
    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "no such database")


class ReadOnlyDatabase(StoreError):
    """A write was refused because the file or its directory is not writable."""

    def __init__(self, path: Path | str, reason: str = "file or directory not writable") -> None:
        self.reason = reason
        super().__init__(path, f"database is read-only ({reason}); nothing was written")


class StoreWriteError(StoreError):
    """Saving failed (disk full, I/O error...); the previous file is intact."""

    def __init__(self, path: Path | str, reason: str, errno: int | None = None) -> None:
        self.reason = reason
        self.errno = errno
        super().__init__(path, f"could not save ({reason}); the previous version is intact")


class DatabaseBusy(StoreError):
    """Another process held the write lock for longer than we were willing to wait."""

    def __init__(self, path: Path | str, waited: float) -> None:
        self.waited = waited
        super().__init__(path, f"locked by another factscope process for {waited:.0f}s; try again when it finishes")


class WriteConflict(StoreError):
    """A write based on a read that another process has since superseded."""

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "changed by another process since it was read; nothing was written, reload and retry")


class SchemaMismatch(StoreError):
    """The file is a database, but of a layout this version cannot read."""

    def __init__(self, path: Path | str, found: object, expected: int, what: str = "corpus") -> None:
        self.found = found
        self.expected = expected
        if found is None:
            message = f"not a factscope {what} database (it has no schema version)"
        elif isinstance(found, int) and found > expected:
            message = (
                f"database schema version {found} is newer than this factscope reads ({expected}); upgrade factscope"
            )
        else:
            message = (
                f"database schema version {found}, this factscope reads {expected}; rebuild it with 'factscope build'"
            )
        super().__init__(path, message)


class InvalidExtraction(StoreError):
    """Pipeline output that would break the DB's invariants; nothing is stored."""

    def __init__(self, path: Path | str, detail: str) -> None:
        super().__init__(path, f"refused to store extraction ({detail}); nothing was written")


class UnknownId(StoreError, LookupError):
    """A claim, article or entity id that the database does not hold."""

    def __init__(self, path: Path | str, kind: str, ident: str) -> None:
        self.kind = kind
        self.ident = ident
        super().__init__(path, f"no {kind} with id {ident!r}")
