"""The browser needs a terminal: without one it refuses in one line; when its terminal
hangs up (a dropped SSH connection) it exits instead of running on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.terminal import Terminal

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ, FACTSCOPE_DATA_DIR=str(tmp_path / "data"), TERM="xterm-256color")
    env.pop("TEXTUAL_DRIVER", None)
    return env


def test_no_terminal_is_refused_in_one_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode != 0
    assert result.stdout == ""  # no escape sequences written into the pipe
    assert result.stderr.strip().splitlines() == [
        "factscope: not a terminal; use ssh -t (or `factscope search` for plain output)"
    ]


def test_the_app_exits_when_its_terminal_goes_away(tmp_path: Path) -> None:
    """The terminal closes (the SSH connection dropped) with no SIGHUP reaching the app:
    it must notice and exit, not read end-of-file in a loop for ever."""
    # not its controlling terminal: no SIGHUP on close
    terminal = Terminal([sys.executable, "-m", "tui"], 80, 24, _env(tmp_path), cwd=ROOT, controlling=False)
    try:
        assert terminal.wait_for(lambda new: b"Sources" in new or terminal.process.poll() is not None, 60)
        assert terminal.process.poll() is None, f"the app never drew its screen: {terminal.tail()}"
        terminal.hang_up()
        assert terminal.process.wait(timeout=20) != 0
    finally:
        terminal.close()


def test_a_corrupt_db_ends_the_browser_with_exit_3_and_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "corpus.json"
    broken.write_text('{"_meta": {"1": {"schema_version": 1', encoding="utf-8")  # cut off mid-write
    argv = [sys.executable, "-m", "tui", "--db", str(broken)]
    terminal = Terminal(argv, 80, 24, _env(tmp_path), cwd=ROOT, controlling=False)
    try:
        terminal.read_to_end(60)
        assert terminal.process.wait(timeout=20) == 3
    finally:
        terminal.close()
    text = bytes(terminal.output).decode("utf-8", "replace")
    lines = [line for line in text.replace("\r", "\n").splitlines() if "factscope:" in line]
    assert len(lines) == 1 and str(broken) in lines[0] and "corrupt" in lines[0]
    assert broken.read_text(encoding="utf-8") == '{"_meta": {"1": {"schema_version": 1'  # untouched
