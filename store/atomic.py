"""Whole-file JSON I/O that never leaves a half-written or silently emptied DB.

Reading fails closed: a missing file is "no database yet", but an empty,
truncated or otherwise unparsable file raises ``CorruptDatabase`` and is never
touched. Writing serialises first, writes a temp file in the same directory,
fsyncs it, ``os.replace``s it over the old file and fsyncs the directory, so a
crash at any point leaves either the old file or the new one.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Callable
from glob import escape as glob_escape
from pathlib import Path
from typing import Any, NamedTuple

import orjson

from store.errors import CorruptDatabase, ReadOnlyDatabase, StoreError, StoreWriteError
from store.paths import make_private_dirs

_READONLY_ERRNOS = (errno.EACCES, errno.EPERM, errno.EROFS)


class FileStamp(NamedTuple):
    """Identity of one version of a file: a replace always changes it."""

    dev: int
    ino: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, st: os.stat_result) -> FileStamp:
        return cls(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def current_stamp(path: Path) -> FileStamp | None:
    try:
        return FileStamp.of(os.stat(path))
    except FileNotFoundError:
        return None


def parse_tables(path: Path, raw: bytes) -> dict[str, dict[str, Any]]:
    """Parse TinyDB's layout ``{table: {doc_id: doc}}`` or raise ``CorruptDatabase``."""
    if not raw.strip():
        raise CorruptDatabase(path, "empty file")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        where = "truncated" if exc.pos >= len(raw.rstrip()) - 1 else "invalid JSON"
        raise CorruptDatabase(path, f"{where} at byte {exc.pos}") from None
    if not isinstance(data, dict):
        raise CorruptDatabase(path, "top level is not a JSON object")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(doc, dict) for doc in table.values()):
            raise CorruptDatabase(path, f"table {name!r} is not a table of documents")
        if not all(key.isdigit() for key in table):
            raise CorruptDatabase(path, f"table {name!r} has a document id that is not a number")
    return data


def read_regular(path: Path) -> tuple[bytes, FileStamp]:
    """The bytes of a regular file and the stamp of exactly those bytes.

    ``FileNotFoundError`` if missing; a directory, FIFO or device node is
    ``CorruptDatabase`` (O_NONBLOCK: a FIFO put where the DB should be must
    not hang us).
    """
    raw, stamp, fd = read_kept(path)
    os.close(fd)
    return raw, stamp


def read_kept(path: Path) -> tuple[bytes, FileStamp, int]:
    """``read_regular``, with the file left open: its descriptor (the caller's to close) reads
    those very bytes again later, whatever replaces the file meanwhile (every write here
    replaces, never rewrites in place)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise StoreError(path, f"cannot read database ({exc.strerror})") from None
    st = os.fstat(fd)
    if not stat.S_ISREG(st.st_mode):
        os.close(fd)
        what = "a directory, not a regular file" if stat.S_ISDIR(st.st_mode) else "not a regular file"
        raise CorruptDatabase(path, what)
    stamp = FileStamp.of(st)
    with os.fdopen(os.dup(fd), "rb") as fh:
        try:
            raw = fh.read()
        except OSError as exc:
            os.close(fd)
            raise StoreError(path, f"cannot read database ({exc.strerror})") from None
    return raw, stamp, fd


def read_tables(path: Path) -> tuple[dict[str, dict[str, Any]] | None, FileStamp | None]:
    """The parsed file and the stamp of exactly the bytes parsed; (None, None) if missing."""
    try:
        raw, stamp = read_regular(path)
    except FileNotFoundError:
        return None, None
    return parse_tables(path, raw), stamp


def _write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def fsync_dir(directory: Path) -> None:
    """Make the rename itself durable; some filesystems cannot, which is fine."""
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # the file itself is already fsynced and replaced; nothing to undo
    finally:
        os.close(fd)


def _as_store_error(path: Path, exc: OSError) -> StoreError:
    if exc.errno in _READONLY_ERRNOS:
        return ReadOnlyDatabase(path, exc.strerror or "permission denied")
    return StoreWriteError(path, exc.strerror or str(exc), exc.errno)


_TOKEN_BYTES = 6


def temp_name(path: Path) -> Path:
    # os.urandom, as secrets.token_hex reads it: importing secrets imports hmac and hashlib (OpenSSL's
    # digests set up), ~4 ms of CPU that the browser's loader paid before the first frame
    return path.with_name(f".{path.name}.{os.urandom(_TOKEN_BYTES).hex()}.tmp")


def remove_orphan_temps(path: Path) -> int:
    """Delete temp files a killed writer of ``path`` left; only call with the write lock held.

    Only names ``temp_name`` makes for ``path`` itself: the search cache
    ``<db>.search.npz`` writes its own temp file beside the DB at any time, and
    a looser pattern (``.<db>.*.tmp``) deleted it while it was being written.
    """
    removed = 0
    own = re.compile(rf"\.{re.escape(path.name)}\.[0-9a-f]{{{2 * _TOKEN_BYTES}}}\.tmp")
    try:
        leftovers = [p for p in path.parent.glob(f".{glob_escape(path.name)}.*.tmp") if own.fullmatch(p.name)]
    except OSError:
        return 0
    for leftover in leftovers:
        try:
            leftover.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def atomic_write_bytes(
    path: Path,
    payload: bytes,
    before_replace: Callable[[], None] | None = None,
    *,
    mode: int | None = None,
) -> FileStamp:
    """Replace ``path`` with ``payload`` all-or-nothing; return the new file's stamp.

    On any failure the temp file is removed and the old file is untouched.
    ``before_replace`` runs once the new bytes are safely on disk (backups).
    ``mode`` fixes the file's permissions (a private file: 0o600); without it
    the old file's are kept, and a new file gets the umask's.
    """
    try:
        make_private_dirs(path.parent)
    except OSError as exc:
        raise _as_store_error(path, exc) from None
    tmp = temp_name(path)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666 if mode is None else mode)
    except OSError as exc:
        raise _as_store_error(path, exc) from None
    try:
        try:
            _write_all(fd, payload)
            os.fsync(fd)
            if mode is not None:
                os.fchmod(fd, mode)
            else:
                try:  # keep the old file's permissions (a shared DB stays readable by others)
                    os.fchmod(fd, stat.S_IMODE(os.stat(path).st_mode))
                except FileNotFoundError:
                    pass
            stamp = FileStamp.of(os.fstat(fd))
        finally:
            os.close(fd)
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise _as_store_error(path, exc) from None
        raise
    fsync_dir(path.parent)
    return stamp
