"""Progress for long CLI work (building a corpus DB): one line redrawn in place on a
terminal, a few plain lines otherwise. Both go to stderr so stdout stays clean for pipes.

The reporter is a ``progress(done, total, label)`` callback as the pipeline and
``store.build`` expect. It draws nothing until the first call, so commands can
pass it along "just in case" (the DB may already be built) at no cost.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO

import click

from corpus.display import one_line
from tui.cli.terminal import cell_width, is_terminal

ProgressCallback = Callable[[int, int, str], None]


class _PlainProgress:
    """Plain lines: one per tenth of the way (and one when a new phase starts).

    Labels may change on every call (the pipeline reports each article's title),
    so they are shown but never trigger a line on their own.
    """

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._total: int | None = None
        self._last_tenth = -1

    def __call__(self, done: int, total: int, label: str) -> None:
        tenth = (10 * done // total) if total > 0 else 10
        if total != self._total:
            self._total, self._last_tenth = total, -1
        if tenth == self._last_tenth:
            return
        self._last_tenth = tenth
        figures = f"{done}/{total}" if total > 0 else str(done)
        click.echo(f"{figures} {one_line(label, 70)}", file=self._stream)

    def close(self) -> None:
        pass


class _LineProgress:
    """One line on a terminal, redrawn in place at most ten times a second: a bar, done/total,
    the time taken, and the label (cut to fit: a wrapped line could not be redrawn)."""

    BAR_CELLS = 24
    REDRAW_SECONDS = 0.1

    def __init__(self, stream: IO[str], width: int | None = None, clock: Callable[[], float] = time.monotonic) -> None:
        self._stream = stream
        self._width = width or shutil.get_terminal_size().columns
        self._clock = clock
        self._started: float | None = None
        self._drawn_at: float | None = None
        self._drawn_cells = 0

    def __call__(self, done: int, total: int, label: str) -> None:
        now = self._clock()
        if self._started is None:
            self._started = now
        finished = 0 < total <= done
        if self._drawn_at is not None and not finished and now - self._drawn_at < self.REDRAW_SECONDS:
            return
        self._drawn_at = now
        line = self.line(done, total, label, now - self._started)
        cells = cell_width(line)
        self._stream.write("\r" + line + " " * max(self._drawn_cells - cells, 0))
        self._stream.flush()
        self._drawn_cells = cells

    def line(self, done: int, total: int, label: str, seconds: float) -> str:
        minutes, secs = divmod(int(seconds), 60)
        if total > 0:
            filled = min(self.BAR_CELLS, self.BAR_CELLS * done // total)
            head = f"{'━' * filled}{'─' * (self.BAR_CELLS - filled)} {done}/{total} {minutes}:{secs:02d} "
        else:
            head = f"{done} {minutes}:{secs:02d} "
        room = self._width - 1 - cell_width(head)  # the last column would wrap on some terminals
        shown = one_line(label, room) if room > 1 else ""
        while cell_width(shown) > room:  # wide characters take two cells
            shown = one_line(shown, len(shown) - 1)
        return head + shown

    def close(self) -> None:
        if self._drawn_at is not None:
            self._stream.write("\n")
            self._stream.flush()


@contextmanager
def progress_reporter(stream: IO[str] | None = None, *, quiet: bool = False) -> Iterator[ProgressCallback]:
    """Yield a progress callback suited to ``stream`` (default stderr); ``quiet`` silences it."""
    stream = stream if stream is not None else sys.stderr
    if quiet:
        yield lambda done, total, label: None
        return
    reporter: _LineProgress | _PlainProgress = _LineProgress(stream) if is_terminal(stream) else _PlainProgress(stream)
    try:
        yield reporter
    finally:
        reporter.close()
