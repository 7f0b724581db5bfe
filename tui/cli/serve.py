"""`factscope serve`: the browser in a web page, via textual-serve (the optional ``serve`` extra).

Each browser tab runs ``factscope browse`` in its own process with the same
options. There is no authentication: bound to anything but a loopback address,
anyone who can reach the port can read the corpus, so we say so loudly.
"""

from __future__ import annotations

import ipaddress
import shlex
import sys

import click

from corpus.errors import FactscopeError

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


class ServeUnavailable(FactscopeError):
    """textual-serve is not installed."""


def is_loopback(host: str) -> bool:
    """True when ``host`` only accepts connections from this machine."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False  # a host name we cannot vouch for: assume it is reachable


def exposure_warning(host: str, port: int) -> str | None:
    """The warning to print before serving on ``host``, or None when it is loopback only."""
    if is_loopback(host):
        return None
    return (
        f"warning: serving on {host}:{port} with NO authentication — anyone who can reach "
        "this address can read the corpus; bind to 127.0.0.1 and use an SSH tunnel instead"
    )


def browse_command(db_path, keymap: str | None) -> str:
    """The shell command textual-serve runs per tab: this Python, this DB, this keymap."""
    argv = [sys.executable, "-m", "tui"]
    if db_path is not None:
        argv += ["--db", str(db_path)]
    if keymap:
        argv += ["--keymap", keymap]
    return shlex.join([*argv, "browse"])


def load_server_class():
    try:
        from textual_serve.server import Server
    except ImportError:
        raise ServeUnavailable(
            "serve needs textual-serve: pip install 'factscope[serve]'"
        ) from None
    return Server


@click.command("serve", short_help="Serve the browser as a web page (localhost).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True, help="Port to listen on.")
def serve(host: str, port: int) -> None:
    """Serve the browser as a web page (no authentication: keep it on localhost)."""
    from tui.cli.db import cli_context, open_corpus_db

    server_class = load_server_class()
    context = cli_context()
    # build the DB now, once, rather than in the first tab's process
    db = open_corpus_db()
    warning = exposure_warning(host, port)
    if warning:
        click.secho(f"factscope: {warning}", err=True, fg="red", bold=True)
    shown_host = f"[{host}]" if ":" in host and not host.startswith("[") else host  # IPv6 in a URL
    click.echo(f"factscope: serving {db.path} on http://{shown_host}:{port} (Ctrl+C to stop)", err=True)
    server_class(browse_command(db.path, context.keymap), host=host, port=port, title="factscope").serve()
