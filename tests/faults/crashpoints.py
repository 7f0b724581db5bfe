"""A crash-point hook: kill a process at its N-th file operation, as `kill -9` would.

``run_crashing(work, n, after=False)`` forks; the child counts every call that
changes the file system (``tests.faults.fileops``: ``os.open`` for writing or
creating, ``write``, ``fsync``, ``fchmod``/``chmod``, ``replace``, ``rename``,
``link``, ``unlink``, ``mkdir``) and ends itself with ``os._exit`` just before the N-th (or just
after it, with ``after=True``): no ``finally`` block, no flush, no cleanup
runs, exactly like SIGKILL. ``crash_trials`` walks N from 1 until the work
completes, so every file operation of the work is interrupted in turn.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from tests.faults.fileops import fork_trial, install, trial_exit_code

CRASHED = 137  # the exit status of a child killed at its crash point
FAILED = 3  # the work raised (a bug, or an error the test did not expect)


@dataclass(frozen=True, slots=True)
class Trial:
    n: int
    after: bool
    status: int  # CRASHED, 0 (the work completed before the N-th operation), or FAILED
    output: str  # what the child printed before it ended

    @property
    def crashed(self) -> bool:
        return self.status == CRASHED


def _install(n: int, after: bool) -> None:
    count = 0

    def act(_name: str, _args: tuple, returned: bool) -> None:
        nonlocal count
        count += not returned
        if count == n and returned == after:
            os._exit(CRASHED)

    install(act)


def run_crashing(work: Callable[[], object], n: int, log: Path, *, after: bool = False) -> Trial:
    """Run ``work`` in a forked child that dies at its ``n``-th file operation."""
    pid = fork_trial()
    if pid == 0:  # the child: never returns
        status = FAILED
        try:
            sys.stdout = sys.stderr = open(log, "w", buffering=1, encoding="utf-8")  # noqa: SIM115
            _install(n, after)
            work()
            status = 0
        except SystemExit as exc:
            status = 0 if exc.code in (0, None) else FAILED
        except BaseException as exc:
            print(f"raised {type(exc).__name__}: {exc}")
        finally:
            try:
                sys.stdout.flush()
            finally:
                os._exit(status)
    return Trial(n, after, trial_exit_code(pid), log.read_text(encoding="utf-8"))


def crash_trials(
    work: Callable[[], object], reset: Callable[[], None], log: Path, *, limit: int = 200
) -> Iterator[Trial]:
    """Kill ``work`` before, then after, each of its file operations in turn, ``reset``
    between trials; stops at the first N the work completes without reaching."""
    for after in (False, True):
        for n in range(1, limit + 1):
            reset()
            trial = run_crashing(work, n, log, after=after)
            yield trial
            if not trial.crashed:
                break
        else:
            raise AssertionError(f"work still crashing after {limit} file operations")
