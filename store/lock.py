"""An exclusive inter-process write lock: ``fcntl.flock`` on ``<db>.lock``.

Writers hold it across a whole read-modify-write, so concurrent ``factscope
add`` runs serialise instead of overwriting each other. Readers never take it:
writes replace the DB file atomically, so a reader sees the old or the new file.

``flock`` locks belong to an open file description, so two handles in one
process would block each other; a per-process registry makes the lock
re-entrant for one thread and shared correctly between threads.
The lock file is never deleted (deleting lock files reopens the race).
"""

from __future__ import annotations

import errno
import fcntl
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from store.errors import DatabaseBusy, ReadOnlyDatabase, StoreWriteError
from store.paths import make_private_dirs

DEFAULT_TIMEOUT = 30.0  # quick writes (user DB)
BATCH_TIMEOUT = 600.0  # corpus DB writers (build, add) wait for each other rather than fail
_POLL_SECONDS = 0.02


def lock_path_for(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


@dataclass
class _Held:
    thread_lock: threading.RLock = field(default_factory=threading.RLock)
    depth: int = 0
    fd: int | None = None


_registry: dict[str, _Held] = {}
_registry_guard = threading.Lock()


def _entry(key: str) -> _Held:
    with _registry_guard:
        return _registry.setdefault(key, _Held())


def _open_lock_file(db_path: Path, lock_path: Path) -> int:
    try:
        make_private_dirs(lock_path.parent)
        # Read-only is enough for flock, and lets users who cannot write the
        # lock file (shared servers) still open a lock created by someone else.
        # Non-blocking and no symlinks: a FIFO or a link planted there must not
        # hang us or make us create a file elsewhere.
        fd = os.open(lock_path, os.O_RDONLY | os.O_CREAT | os.O_CLOEXEC | os.O_NONBLOCK | os.O_NOFOLLOW, 0o666)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyDatabase(db_path, f"cannot create lock file {lock_path.name}") from None
        if exc.errno == errno.ELOOP:
            raise StoreWriteError(
                db_path, f"lock file {lock_path.name} is a symbolic link; remove it", exc.errno
            ) from None
        raise StoreWriteError(db_path, f"cannot open lock file: {exc.strerror}", exc.errno) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise StoreWriteError(db_path, f"lock file {lock_path.name} is not a regular file; remove it")
    return fd


def _flock(fd: int, db_path: Path, timeout: float, on_wait: Callable[[], None] | None) -> None:
    deadline = time.monotonic() + timeout
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise DatabaseBusy(db_path, timeout) from None
            if on_wait is not None and not told:
                told = True
                on_wait()
            time.sleep(_POLL_SECONDS)


@contextmanager
def write_lock(
    db_path: Path, timeout: float = DEFAULT_TIMEOUT, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    """Hold the DB's write lock; re-entrant within a thread, exclusive across processes.

    ``on_wait`` is called once if another process holds it (to tell the user why we pause).
    """
    lock_path = lock_path_for(db_path)
    entry = _entry(os.path.realpath(lock_path))
    if not entry.thread_lock.acquire(timeout=max(timeout, 0.0)):
        raise DatabaseBusy(db_path, timeout)
    try:
        if entry.depth == 0:
            fd = _open_lock_file(db_path, lock_path)
            try:
                _flock(fd, db_path, timeout, on_wait)
            except BaseException:
                os.close(fd)
                raise
            entry.fd = fd
        entry.depth += 1
        try:
            yield
        finally:
            entry.depth -= 1
            if entry.depth == 0 and entry.fd is not None:
                fd, entry.fd = entry.fd, None
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
    finally:
        entry.thread_lock.release()
