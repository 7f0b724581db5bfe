"""The fault harnesses' forked children: one that hangs fails its test instead of hanging the suite,
and none is forked while another thread of the test process runs (tests/faults/fileops.py)."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from tests.faults.fileops import fork_trial, trial_exit_code


def test_a_child_that_never_ends_is_killed_and_fails_the_test() -> None:
    pid = fork_trial()
    if pid == 0:  # the child: waits for a signal that only the kill brings
        signal.pause()
        os._exit(0)
    with pytest.raises(AssertionError, match="without ending"):
        trial_exit_code(pid, timeout=0.2)
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)  # reaped: no zombie left


def test_a_child_is_forked_once_the_other_threads_have_ended() -> None:
    release = threading.Event()
    ended: list[str] = []

    def stray() -> None:
        release.wait(30)
        ended.append("stray")

    thread = threading.Thread(target=stray, name="stray")
    thread.start()
    threading.Timer(0.1, release.set).start()  # the timer's own thread ends with it
    pid = fork_trial()
    if pid == 0:
        os._exit(0)
    assert ended == ["stray"]  # the fork waited for it
    assert trial_exit_code(pid) == 0
    thread.join()
