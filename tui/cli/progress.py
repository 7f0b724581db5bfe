"""Progress for long CLI work (building a corpus DB): a Rich bar on a terminal,
a few plain lines otherwise. Both go to stderr so stdout stays clean for pipes.

The reporter is a ``progress(done, total, label)`` callback as the pipeline and
``store.build`` expect. It draws nothing until the first call, so commands can
pass it along "just in case" (the DB may already be built) at no cost.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

from corpus.display import one_line
from tui.cli.output import is_terminal

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


class _RichProgress:
    """One Rich bar, started lazily on the first report; the label follows the work."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream
        self._progress: Any = None
        self._task: Any = None

    def __call__(self, done: int, total: int, label: str) -> None:
        if self._progress is None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            from tui.cli.output import make_console

            self._progress = Progress(
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                # markup=False: a label may quote an article title
                TextColumn("{task.description}", markup=False),
                console=make_console(self._stream, terminal=True),
            )
            self._progress.start()
            self._task = self._progress.add_task("", total=None)
        self._progress.update(self._task, completed=done, total=total or None, description=one_line(label, 60))

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


@contextmanager
def progress_reporter(stream: IO[str] | None = None, *, quiet: bool = False) -> Iterator[ProgressCallback]:
    """Yield a progress callback suited to ``stream`` (default stderr); ``quiet`` silences it."""
    stream = stream if stream is not None else sys.stderr
    if quiet:
        yield lambda done, total, label: None
        return
    reporter = _RichProgress(stream) if is_terminal(stream) else _PlainProgress(stream)
    try:
        yield reporter
    finally:
        reporter.close()
