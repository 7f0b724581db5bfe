"""`factscope browse` (also plain `factscope`): open the browser."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from tui.cli.context import CliContext, existing_dir_db


@click.command("browse")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    callback=existing_dir_db,
    default=None,
    help="Corpus DB to browse (overrides the top-level --db).",
)
@click.option("--keymap", default=None, help="Keymap: default, vim or emacs (overrides the top-level --keymap).")
@click.pass_context
def browse(ctx: click.Context, db_path: Path | None, keymap: str | None) -> None:
    """Open the browser: sources, article text with claims marked, cross-references."""
    require_terminal()
    from tui.app import FactscopeApp  # Textual loads only when the app really opens

    options = ctx.obj if isinstance(ctx.obj, CliContext) else CliContext(None, None)
    keymap = keymap or options.keymap
    if keymap:
        from keymaps.config import require_keymap

        require_keymap(keymap)  # an unknown --keymap is one line and exit 1, not a notification
    app = FactscopeApp(db_path=db_path or options.db_path, keymap=keymap)
    app.run()
    if app.failure:
        click.echo(f"factscope: {app.failure}", err=True)
    if app.return_code:
        raise SystemExit(app.return_code)


def require_terminal() -> None:
    """With no terminal (``ssh host factscope`` without -t, a pipe) the app would write
    escape sequences into the pipe and, once the connection dropped, spin: refuse in one line."""
    if os.environ.get("TEXTUAL_DRIVER"):  # a driver of its own (the web page): no terminal needed
        return
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        from corpus.errors import FactscopeError

        raise FactscopeError("not a terminal; use ssh -t (or `factscope search` for plain output)")
