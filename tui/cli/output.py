"""Terminal-or-pipe output for the CLI: Rich on a terminal, plain text in a pipe.

Article text is untrusted, so everything printed from it goes through
``corpus.sanitize.sanitize_text`` again and reaches Rich only as ``Text``
objects (never markup). Piped output carries no styling and no escape codes.
"""

from __future__ import annotations

import sys
from typing import IO, TYPE_CHECKING, Any

import click

from corpus.display import one_line
from corpus.sanitize import escape_json_unsafe, sanitize_text

if TYPE_CHECKING:
    from rich.console import Console


def is_terminal(stream: IO[str] | None = None) -> bool:
    """True when ``stream`` (default: stdout) is an interactive terminal."""
    stream = stream if stream is not None else sys.stdout
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def make_console(stream: IO[str] | None = None, *, terminal: bool | None = None) -> Console:
    """A Rich console for ``stream``: styled on a terminal, plain (no escape codes) otherwise.

    ``terminal`` forces the decision (tests render the terminal form into a buffer).
    """
    from rich.console import Console

    stream = stream if stream is not None else sys.stdout
    styled = is_terminal(stream) if terminal is None else terminal
    if styled:
        return Console(file=stream, force_terminal=True, highlight=False, emoji=False, markup=False)
    # Explicit settings: FORCE_COLOR / TTY_COMPATIBLE in the environment must not
    # smuggle colour codes into a pipe; soft_wrap keeps one logical line per line.
    return Console(
        file=stream,
        force_terminal=False,
        color_system=None,
        no_color=True,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=True,
    )


def clean(text: str | None) -> str:
    """Untrusted text made safe to print (the render-time pass of the sanitiser)."""
    return sanitize_text(text or "")


def echo_json(data: Any) -> None:
    """Print ``data`` as indented UTF-8 JSON with no raw control byte (``escape_json_unsafe``)."""
    import orjson

    payload = orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS)
    click.echo(escape_json_unsafe(payload.decode("utf-8")))


def warn(message: str) -> None:
    """A one-line notice on stderr, prefixed like the CLI's errors."""
    click.echo(f"factscope: {one_line(message)}", err=True)
