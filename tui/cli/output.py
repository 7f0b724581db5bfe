"""What every CLI command prints with: sanitised text, JSON, one-line warnings.

Article text is untrusted, so everything printed from it goes through
``corpus.sanitize.sanitize_text`` again (``clean``, ``one_line``); layout and
styles for a terminal are ``tui.cli.terminal``'s. Piped output carries no
styling and no escape codes.
"""

from __future__ import annotations

from typing import Any

import click

from corpus.display import one_line
from corpus.sanitize import escape_json_unsafe, sanitize_text


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
