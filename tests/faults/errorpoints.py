"""An error-point hook: make a process's N-th file operation fail, as a full disk,
a failing disk or a read-only file system would.

``run_failing(work, n, err)`` forks; in the child the N-th call that changes the
file system (``tests.faults.fileops``, file objects included) raises
``OSError(err)`` instead of running (with ``sticky``, so does every later one,
as on a file system remounted read-only), and the work goes on from there as
it would on a real system: it must report the failure, or absorb it. The trial
records what the work printed, its exit status and which call failed.
``error_trials`` walks N from 1 until the work completes without reaching it,
so every file operation of the work fails in turn.
"""

from __future__ import annotations

import errno
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.faults.fileops import fork_trial, install, trial_exit_code

RAISED = 99  # the work let an exception other than SystemExit escape: a traceback for the user
# An I/O error or a full disk fails one call (cleaning up can still work: removing a
# file frees space); a file system that went read-only fails every call after it. The
# store handles EIO and ENOSPC alike, so one pass fails each call once, with them in turn
# (every message checked for both), and a second pass goes read-only at each call.
FAULTS: dict[str, tuple[tuple[int, ...], bool]] = {
    "EIO or ENOSPC": ((errno.EIO, errno.ENOSPC), False),
    "EROFS": ((errno.EROFS,), True),
}


def errno_at(errnos: tuple[int, ...], n: int) -> int:
    """The error the ``n``-th call (from 1) fails with: ``errnos`` in turn."""
    return errnos[(n - 1) % len(errnos)]


@dataclass(frozen=True, slots=True)
class ErrorTrial:
    n: int
    err: int
    status: int  # the work's exit status, or RAISED
    output: str  # stdout and stderr of the work, interleaved
    failed_call: str | None  # the call made to fail ("replace .corpus.json.1a2b.tmp"), None if never reached

    @property
    def reached(self) -> bool:
        return self.failed_call is not None

    def __str__(self) -> str:
        return f"{errno.errorcode[self.err]} at call {self.n} ({self.failed_call}): exit {self.status}\n{self.output}"


def _shown(args: tuple) -> str:
    first = args[0] if args else ""
    return os.path.basename(first) if isinstance(first, (str, os.PathLike)) else str(first)


def run_failing(work: Callable[[], object], n: int, err: int, log: Path, *, sticky: bool = False) -> ErrorTrial:
    """Run ``work`` in a forked child whose ``n``-th file operation raises ``OSError(err)``."""
    failed = log.with_name(log.name + ".call")
    failed.unlink(missing_ok=True)
    pid = fork_trial()
    if pid == 0:  # the child: never returns
        status = RAISED
        count = 0
        where: list[str] = []

        def act(name: str, args: tuple, returned: bool) -> None:
            nonlocal count
            if returned:
                return
            count += 1
            if count == n or (sticky and count > n):
                where.append(f"{name} {_shown(args)}")
                path = args[0] if args and isinstance(args[0], (str, os.PathLike)) else None
                raise OSError(err, os.strerror(err), path) if path is not None else OSError(err, os.strerror(err))

        undo = lambda: None  # noqa: E731
        try:
            sys.stdout = sys.stderr = open(log, "w", buffering=1, encoding="utf-8")  # noqa: SIM115
            undo = install(act, file_objects=True)
            result = work()
            status = result if isinstance(result, int) else 0
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        except BaseException:
            traceback.print_exc()
        finally:
            try:
                undo()
                if where:
                    failed.write_text(where[0], encoding="utf-8")
                sys.stdout.flush()
            finally:
                os._exit(status)
    status = trial_exit_code(pid)
    call = failed.read_text(encoding="utf-8") if failed.exists() else None
    return ErrorTrial(n, err, status, log.read_text(encoding="utf-8"), call)


def error_trials(
    work: Callable[[], object],
    reset: Callable[[], None],
    errnos: tuple[int, ...],
    log: Path,
    *,
    sticky: bool = False,
    limit: int = 200,
) -> Iterator[ErrorTrial]:
    """Fail each file operation of ``work`` in turn (with ``errnos`` in turn), ``reset``
    between trials; stops at the first N the work completes without reaching."""
    for n in range(1, limit + 1):
        reset()
        trial = run_failing(work, n, errno_at(errnos, n), log, sticky=sticky)
        yield trial
        if not trial.reached:
            return
    raise AssertionError(f"work still reaching a failing call after {limit} file operations")
