"""Count every call that changes the file system, and act at each one.

Both fault harnesses build on this: ``crashpoints`` ends the process at the
N-th call, as ``kill -9`` would; ``errorpoints`` makes the N-th call fail with
an ``OSError``, as a full disk, a failing disk or a read-only file system would.

Counted: ``os.open`` for writing or creating, ``write``, ``fsync``,
``fchmod``/``chmod``, ``replace``, ``rename``, ``link``, ``unlink``, ``mkdir``;
with ``file_objects=True`` also the opening, the first ``write`` and the
``close`` of each file opened for writing through ``open()``/``Path.open``/``os.fdopen`` (the
search cache and export files are written that way, not through ``os.write``;
any later write of the same file fails the same way, and a zip archive makes
hundreds).
"""

from __future__ import annotations

import builtins
import gc
import io
import os
import select
import signal
import sys
import threading
from collections.abc import Callable
from typing import Any

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT
HOOKED = ("write", "fsync", "fchmod", "chmod", "replace", "rename", "link", "unlink", "mkdir")
_FILE_CALLS = ("write", "close")

# act(name, args, after): called just before each counted call (after=False) and
# just after it returns (after=True); it may end the process or raise.
Act = Callable[[str, tuple, bool], None]


class _CountedFile:
    """A file opened for writing whose first write and whose close are counted."""

    def __init__(self, real: Any, act: Act) -> None:
        self._real = real
        self._act = act
        self._written = False

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._real, name)
        if name not in _FILE_CALLS or (name == "write" and self._written):
            return attr

        def counted(*args: Any, **kwargs: Any) -> Any:
            try:
                self._act(f"file.{name}", (getattr(self._real, "name", "?"),), False)
            except OSError:
                if name == "close":  # the descriptor is released even when close reports an error
                    self._real.close()
                raise
            self._written = self._written or name == "write"
            result = attr(*args, **kwargs)
            self._act(f"file.{name}", (getattr(self._real, "name", "?"),), True)
            return result

        return counted

    def __enter__(self) -> _CountedFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __iter__(self):
        return iter(self._real)


def install(act: Act, *, file_objects: bool = False) -> Callable[[], None]:
    """Route the counted calls through ``act``; returns a function that undoes it."""
    saved: dict[tuple[object, str], Any] = {}

    def patch(owner: object, name: str, replacement: Any) -> None:
        saved[(owner, name)] = getattr(owner, name)
        setattr(owner, name, replacement)

    def counted(name: str, real: Callable) -> Callable:
        def hooked(*args: Any, **kwargs: Any) -> Any:
            act(name, args, False)
            result = real(*args, **kwargs)
            act(name, args, True)
            return result

        return hooked

    real_open = os.open
    hooked_open = counted("open", real_open)

    def open_(path, flags, *args, **kwargs):
        return (hooked_open if flags & WRITE_FLAGS else real_open)(path, flags, *args, **kwargs)

    patch(os, "open", open_)
    for name in HOOKED:
        patch(os, name, counted(name, getattr(os, name)))
    if file_objects:
        real_io_open = io.open

        def io_open(file, mode="r", *args, **kwargs):
            if not any(c in mode for c in "wax+"):
                return real_io_open(file, mode, *args, **kwargs)
            act("open", (file,), False)
            handle = _CountedFile(real_io_open(file, mode, *args, **kwargs), act)
            act("open", (file,), True)
            return handle

        patch(io, "open", io_open)
        patch(builtins, "open", io_open)

    def undo() -> None:
        for (owner, name), real in saved.items():
            setattr(owner, name, real)

    return undo


def _alone() -> bool:
    return threading.active_count() == 1


def fork_trial() -> int:
    """``os.fork()`` for a trial, which stands for a fresh ``factscope`` process.

    Forked only once no thread but the main one runs here: a thread an earlier test left finishing
    (an app's worker still writing) may hold a lock inside a C library, and the child inherits it
    held; SQLite's allocator mutex hung a child, and with it the suite. In the child, everything
    inherited is frozen out of the cyclic collector: a command's full collection (the search index's,
    after a load) would otherwise walk the test worker's whole heap and copy each page it touches,
    ~35 ms of ~60 per add trial in a worker that had run app tests."""
    from tests.waiting import wait_until_sync

    if not _alone():
        names = ", ".join(thread.name for thread in threading.enumerate()[1:])
        wait_until_sync(_alone, timeout=60, what=f"the test process's other threads ({names}) to end before a fork")
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        gc.freeze()
    return pid


def trial_exit_code(pid: int, timeout: float = 120.0) -> int:
    """The exit code of a trial's child (negative: the signal that ended it). A child still running
    after ``timeout`` is killed and fails the test, instead of hanging the suite."""
    try:
        handle = os.pidfd_open(pid)
    except (AttributeError, OSError):  # no pidfd: wait without a bound
        return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    try:
        ended, _, _ = select.select([handle], [], [], timeout)
    finally:
        os.close(handle)
    if not ended:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise AssertionError(f"a trial's child ran for {timeout:g} s without ending (a lock it inherited held?)")
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
