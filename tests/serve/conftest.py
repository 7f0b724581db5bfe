"""Fixtures for the serving tests: a real `factscope serve` process on loopback, its log, its port."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def isolated_env(home: Path) -> dict[str, str]:
    """The environment of a process that must not touch the real user's files."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FACTSCOPE_", "XDG_", "NO_COLOR"))}
    env.update(
        FACTSCOPE_DATA_DIR=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "xdg-data"),
        PYTHONIOENCODING="utf-8",
    )
    return env


class ServeProcess:
    """``python -m tui ... serve ...`` started in the background; its stderr kept line by line."""

    def __init__(self, args: list[str], env: dict[str, str], ready: str) -> None:
        self.lines: list[str] = []
        self.eof = False  # stderr closed: the process has ended
        self._changed = threading.Condition()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tui", *args],
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        threading.Thread(target=self._collect, daemon=True).start()
        found = self.wait_for_line(ready, timeout=180)
        if found is None:
            self.stop()
            raise AssertionError("serve never said it was listening:\n" + "".join(self.lines[-20:]))
        self.port = int(found.group("port"))
        self.ready_line = found.string

    def _collect(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self._changed:
                self.lines.append(line)
                self._changed.notify_all()
        with self._changed:
            self.eof = True
            self._changed.notify_all()

    def wait_for_line(self, pattern: str, timeout: float = 30.0, start: int = 0) -> re.Match | None:
        """The first log line from ``start`` on matching ``pattern``, waiting up to ``timeout``."""
        regex = re.compile(pattern)
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for line in self.lines[start:]:
                    match = regex.search(line)
                    if match:
                        return match
                remaining = deadline - time.monotonic()
                if remaining <= 0 or self.eof:
                    return None
                self._changed.wait(min(remaining, 0.5))

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def process_gone(pid: int) -> bool:
    """True once ``pid`` has exited and been reaped (or is a zombie nobody will run again)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except (FileNotFoundError, ProcessLookupError):
        return True  # (a process gone between the open and the read: ESRCH)


@pytest.fixture(scope="session")
def served_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus DB built once from the bundled articles by the real CLI, with its search index."""
    home = tmp_path_factory.mktemp("corpus-home")
    db = home / "corpus.json"
    done = subprocess.run(
        [sys.executable, "-m", "tui", "--db", str(db), "build", "--quiet"],
        cwd=REPO,
        env=isolated_env(home),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    return db
