"""The serve tests' ``process_gone`` treats a process that exits between opening and reading its
/proc stat file (the read fails with ESRCH) as gone, as it does one whose file is already missing."""

from __future__ import annotations

import builtins
import io

import pytest

from tests.serve.conftest import process_gone


class _ExitedWhileRead(io.StringIO):
    def read(self, *args: object) -> str:
        raise ProcessLookupError(3, "No such process")


def test_a_process_gone_between_open_and_read_is_gone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(builtins, "open", lambda *args, **kwargs: _ExitedWhileRead())
    assert process_gone(123456)


def test_a_running_process_is_not_gone() -> None:
    import os

    assert not process_gone(os.getpid())
