"""The TinyDB storage every factscope DB uses: orjson, atomic, locked, fail-closed.

- ``read()`` parses the file once per version (cached by file stamp), and a
  corrupt, truncated or empty file raises ``CorruptDatabase`` instead of
  looking like an empty DB, so TinyDB can never overwrite it.
- ``transaction()`` takes the write lock, re-reads the file, lets TinyDB
  operations (or raw edits) work on that copy, and commits all of them in one
  atomic replace, keeping the replaced file as a backup. Concurrent writers
  therefore serialise and lose nothing.
- A DB whose file or directory is not writable opens read-only; writes raise
  ``ReadOnlyDatabase``.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from store import backup
from store.atomic import FileStamp, atomic_write_bytes, current_stamp, read_tables, remove_orphan_temps
from store.errors import ReadOnlyDatabase, StoreWriteError, WriteConflict
from store.lock import DEFAULT_TIMEOUT, write_lock

Tables = dict[str, dict[str, Any]]


def readonly_reason(path: Path) -> str | None:
    """Why ``path`` cannot be written, or None if it can (as far as we can tell)."""
    existing = path if path.exists() else path.parent
    while not existing.exists():
        existing = existing.parent
    try:
        if os.statvfs(existing).f_flag & os.ST_RDONLY:
            return "read-only file system"
    except OSError:
        pass
    if path.exists() and not os.access(path, os.W_OK):
        return "file not writable"
    directory = path.parent if path.parent.exists() else existing
    if not os.access(directory, os.W_OK | os.X_OK):
        return f"directory {directory} not writable"
    return None


class Transaction:
    """The DB contents being edited under the lock; committed on clean exit.

    ``data`` is parsed from the file on first use, so a writer that already
    holds this exact version (``unchanged``) can skip re-reading a big file.
    """

    def __init__(self, path: Path, base: FileStamp | None, unchanged: bool) -> None:
        self.path = path
        self.base = base  # stamp of the file as it was when the lock was taken
        self.unchanged = unchanged  # the caller said it already holds version ``base``
        self.dirty = False
        self.cacheable = True
        self.backup = True  # False for low-value churn (search history) so backups keep real changes
        self.committed: FileStamp | None = None
        self.after_commit: list[Callable[[FileStamp], None]] = []  # run with the new stamp
        self.after_abort: list[Callable[[], None]] = []  # run if it fails before the replace (best effort)
        self._data: Tables | None = None

    @property
    def data(self) -> Tables:
        if self._data is None:
            data, stamp = read_tables(self.path)
            if stamp != self.base:  # only a writer ignoring the lock could do this
                raise WriteConflict(self.path)
            self._data = data if data is not None else {}
        return self._data

    def replace(self, data: Tables, *, cacheable: bool = True) -> None:
        """Commit ``data`` (dicts, or dataclasses orjson can serialise: ``cacheable=False``)."""
        self._data = data
        self.dirty = True
        self.cacheable = cacheable


def _abort(txn: Transaction) -> None:
    for callback in txn.after_abort:
        try:
            callback()
        except Exception:
            pass


class AtomicJSONStorage(Storage):
    """Usable directly by TinyDB: ``TinyDB(path, storage=AtomicJSONStorage)``."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        readonly: bool | None = None,
        backups: int = backup.DEFAULT_KEEP,
        lock_timeout: float = DEFAULT_TIMEOUT,
        file_mode: int | None = None,
    ) -> None:
        super().__init__()
        self.file_mode = file_mode  # fixed permissions for every write (None: keep the file's)
        # the real file: replacing a symlink would cut it loose from what it points to
        self.path = Path(os.path.realpath(path))
        self.backups = backups
        self.lock_timeout = lock_timeout
        if readonly is None:
            self._readonly_reason = readonly_reason(self.path)
        else:
            self._readonly_reason = "opened read-only" if readonly else None
        self._cache: Tables | None = None
        self._cache_stamp: FileStamp | None = None
        self._local = threading.local()  # the open transaction, per thread
        self.on_wait: Callable[[], None] | None = None  # called if another writer holds the lock

    @property
    def readonly(self) -> bool:
        return self._readonly_reason is not None

    def stamp(self) -> FileStamp | None:
        """The on-disk version right now (None when the file does not exist)."""
        return current_stamp(self.path)

    def load(self, *, cache: bool = True) -> tuple[Tables | None, FileStamp | None]:
        """The file's contents and the stamp of the version read (cached per version).

        ``cache=False`` for callers that convert the data and keep only that.
        """
        if not cache:
            return read_tables(self.path)
        now = current_stamp(self.path)
        if now is not None and now == self._cache_stamp and self._cache is not None:
            return self._cache, now
        data, stamp = read_tables(self.path)
        self._cache, self._cache_stamp = data, stamp
        return data, stamp

    # TinyDB's Storage interface -------------------------------------------------
    def read(self) -> Tables | None:
        txn: Transaction | None = getattr(self._local, "txn", None)
        if txn is not None:
            return txn.data
        return self.load()[0]

    def write(self, data: Tables) -> None:
        txn = getattr(self._local, "txn", None)
        if txn is not None:
            txn.replace(data)
            return
        # A write outside a transaction is TinyDB's own read-then-write: only
        # safe if nobody replaced the file since we read it.
        expected = self._cache_stamp
        with self.transaction(held=expected) as txn:
            if txn.base != expected:
                self._invalidate()
                raise WriteConflict(self.path)
            txn.replace(data)

    # ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self, timeout: float | None = None, *, held: FileStamp | None = None) -> Iterator[Transaction]:
        """Lock, re-read, edit, then commit everything in one atomic replace.

        ``held``: the version the caller already has in memory; if the file is
        still that version, ``txn.unchanged`` is True (and ``txn.data`` is only
        parsed if asked for).
        """
        current = getattr(self._local, "txn", None)
        if current is not None:
            yield current
            return
        if self._readonly_reason is not None:
            raise ReadOnlyDatabase(self.path, self._readonly_reason)
        with write_lock(self.path, self.lock_timeout if timeout is None else timeout, self.on_wait):
            remove_orphan_temps(self.path)
            base = current_stamp(self.path)
            txn = Transaction(self.path, base, unchanged=held is not None and held == base)
            if not txn.unchanged:
                _ = txn.data  # parse now: a corrupt file must fail before any work is done
            self._local.txn = txn
            try:
                yield txn
            except BaseException:
                self._invalidate()  # TinyDB may have edited a cached dict in place
                _abort(txn)
                raise
            finally:
                self._local.txn = None
            if txn.dirty:
                try:
                    self._commit(txn)
                except BaseException:
                    if txn.committed is None:
                        _abort(txn)
                    raise

    def _commit(self, txn: Transaction) -> None:
        try:
            payload = orjson.dumps(txn.data)
        except TypeError as exc:
            self._invalidate()
            raise StoreWriteError(self.path, f"cannot serialise: {exc}") from None

        pending: Path | None = None

        def keep_backup() -> None:
            nonlocal pending
            if txn.base is not None and txn.backup:
                pending = backup.hold(self.path, self.backups, txn.base)

        try:
            stamp = atomic_write_bytes(self.path, payload, before_replace=keep_backup, mode=self.file_mode)
        except BaseException:
            backup.drop(pending)
            self._invalidate()
            raise
        txn.committed = stamp
        backup.promote(self.path, self.backups, pending)
        for callback in txn.after_commit:
            callback(stamp)
        if txn.cacheable:
            self._cache, self._cache_stamp = txn.data, stamp
        else:
            self._invalidate()

    def _invalidate(self) -> None:
        self._cache, self._cache_stamp = None, None
