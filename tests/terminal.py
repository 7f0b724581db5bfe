"""A program on a pseudo-terminal of its own, driven as a person would: keys in, screen bytes out.

The one pty driver of the tests. The terminal is the program's controlling terminal (unless
told not to), so resizing it sends the program SIGWINCH exactly as a terminal emulator's
window would. Every read waits for a condition, within a bound: never for a fixed time.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import termios
import time

_CURSOR_ROW = re.compile(rb"\x1b\[(\d+);\d+H")
_CONTROL = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def visible(output: bytes) -> str:
    """The text in terminal output, without its control sequences (styles split words)."""
    return _CONTROL.sub(b"", output).decode("utf-8", "replace")


def _controlling_terminal() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    def __init__(
        self,
        argv: list[str],
        columns: int,
        lines: int,
        env: dict[str, str] | None = None,
        *,
        cwd: str | os.PathLike[str] | None = None,
        controlling: bool = True,
    ) -> None:
        """``controlling=False``: the program runs in a session of its own without a controlling
        terminal, so closing the terminal sends it no SIGHUP (a dropped connection can look so)."""
        self.master, slave = os.openpty()
        self.resize(columns, lines)
        self.process = subprocess.Popen(
            argv,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            cwd=cwd,
            start_new_session=True,
            preexec_fn=_controlling_terminal if controlling else None,
        )
        os.close(slave)
        self.output = bytearray()
        self.closed = False  # the terminal's other end has gone
        self.mark = 0  # where the output since the last ``since_mark`` starts

    def resize(self, columns: int, lines: int) -> None:
        fcntl.ioctl(self.master, termios.TIOCSWINSZ, struct.pack("HHHH", lines, columns, 0, 0))

    def type(self, keys: str | bytes) -> None:
        os.write(self.master, keys.encode() if isinstance(keys, str) else keys)

    def wait_for(self, done, timeout: float = 60.0) -> bool:
        """Read until ``done(new_output)`` holds for what arrived since the mark, or the time is up."""
        deadline = time.monotonic() + timeout
        while True:
            if done(bytes(self.output[self.mark :])):
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            if self.closed:  # nothing more will arrive: poll ``done`` (e.g. the program's exit)
                time.sleep(min(remaining, 0.05))
                continue
            ready, _, _ = select.select([self.master], [], [], min(remaining, 0.2))
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:  # the program closed the terminal
                    chunk = b""
                if not chunk:
                    self.closed = True
                self.output.extend(chunk)

    def wait_for_text(self, text: str, timeout: float = 60.0) -> bool:
        """Wait until ``text`` shows in what arrived since the mark."""
        return self.wait_for(lambda new: text in visible(new), timeout)

    def read_to_end(self, timeout: float = 60.0) -> bool:
        """Read until the program has closed the terminal (it exited)."""
        return self.wait_for(lambda _new: self.closed, timeout)

    def hang_up(self) -> None:
        """Close the terminal's end, as a dropped connection does."""
        if self.master >= 0:
            os.close(self.master)
            self.master = -1
        self.closed = True

    def set_mark(self) -> None:
        self.mark = len(self.output)

    def rows_drawn(self) -> set[int]:
        """The screen rows the program moved the cursor to since the mark (1-based)."""
        return {int(row) for row in _CURSOR_ROW.findall(bytes(self.output[self.mark :]))}

    def tail(self, size: int = 1500) -> str:
        return visible(bytes(self.output[-size * 4 :]))[-size:]

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.hang_up()
