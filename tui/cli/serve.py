"""`factscope serve`: one corpus for a team, in a browser (default) or over SSH (``--ssh``).

Both need the optional extra (``pip install 'factscope[serve]'``). Before the
first session, the corpus DB is brought up to date and its search index
written beside it, so sessions only ever read it. Web mode: tui/web_server.py
(a secret link, Origin-checked websocket, a fresh user DB per visitor); SSH
mode: tui/ssh_server.py (public keys, one user DB per key, never a shell).
"""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

from corpus.errors import FactscopeError

LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}
WEB_PORT, SSH_PORT = 8000, 2222


class ServeUnavailable(FactscopeError):
    """The optional serving packages are not installed."""


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
    """What to tell the operator before serving the web page on ``host``; None when it is loopback only."""
    if is_loopback(host):
        return None
    return (
        f"warning: serving on {host}:{port}: anyone who can reach this address AND has the link can read and "
        "search the whole corpus and keep bookmarks and notes for their visit (discarded when they leave); "
        "they cannot change the corpus, run commands, or see your notes or other visitors'. The link is the "
        "only key and plain http shows it to the network: prefer 127.0.0.1 with an SSH tunnel, or a TLS "
        "reverse proxy (README: Serving a team)"
    )


def require(module: str, what: str) -> None:
    import importlib.util

    if importlib.util.find_spec(module) is None:
        raise ServeUnavailable(f"{what} needs the optional packages: pip install 'factscope[serve]'")


def prepare_corpus():
    """The corpus DB, built or rebuilt now if needed, with its search index written beside it."""
    from store.derived import write_derived_indexes
    from tui.cli.db import open_corpus_db
    from tui.cli.output import warn

    db = open_corpus_db()
    for problem in write_derived_indexes(db):
        warn(f"warning: {problem}")
    return db


@click.command("serve", short_help="Serve the browser to a team: a web page, or SSH (--ssh).")
@click.option("--ssh", "over_ssh", is_flag=True, help="Serve over SSH (public keys) instead of a web page.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=None,
    help=f"Port to listen on (default {WEB_PORT}, with --ssh {SSH_PORT}; 0: any free port).",
)
@click.option(
    "--authorized-keys",
    "authorized_keys",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="--ssh: the public keys allowed in, one per line; each key is one user "
    "(default: authorized_keys in <data dir>/serve/).",
)
@click.option(
    "--max-sessions",
    type=click.IntRange(1, 1000),
    default=8,
    show_default=True,
    help="Sessions (app processes) running at once; more are refused.",
)
@click.option(
    "--idle-timeout",
    type=click.FloatRange(0),
    default=30.0,
    show_default=True,
    help="Minutes without input before a session is closed (0: never).",
)
@click.option(
    "--allow-origin",
    "allowed_origins",
    multiple=True,
    metavar="URL",
    help="Web: another origin the page may be opened from (a reverse proxy that rewrites Host).",
)
def serve(
    over_ssh: bool,
    host: str,
    port: int | None,
    authorized_keys: Path | None,
    max_sessions: int,
    idle_timeout: float,
    allowed_origins: tuple[str, ...],
) -> None:
    """Serve the browser on one corpus to a team.

    Web page (default): a secret link printed once; each visitor gets a fresh
    user DB. --ssh: `ssh -p PORT anyname@HOST` opens the browser, never a
    shell; each public key keeps its own bookmarks and notes. The corpus is
    opened read-only by every session.
    """
    from tui.cli.db import cli_context

    context = cli_context()
    if over_ssh:
        require("asyncssh", "serve --ssh")
        serve_ssh(
            host, SSH_PORT if port is None else port, authorized_keys, max_sessions, idle_timeout * 60, context.keymap
        )
    else:
        require("textual_serve", "serve")
        require("aiohttp_jinja2", "serve")
        serve_web_page(
            host, WEB_PORT if port is None else port, max_sessions, idle_timeout * 60, allowed_origins, context.keymap
        )


def serve_web_page(
    host: str, port: int, max_sessions: int, idle_seconds: float, allowed_origins: tuple[str, ...], keymap
) -> None:
    from tui.web_server import serve_web

    db = prepare_corpus()
    warning = exposure_warning(host, port)
    if warning:
        click.secho(f"factscope: {warning}", err=True, fg="red", bold=True)

    def announce(url: str) -> None:
        click.echo(f"factscope: serving {db.path} read-only; open {url} (Ctrl+C to stop)", err=True)

    serve_web(
        db.path,
        keymap,
        host=host,
        port=port,
        max_sessions=max_sessions,
        idle_timeout=idle_seconds,
        allowed_origins=allowed_origins,
        announce=announce,
    )


def serve_ssh(
    host: str, port: int, authorized_keys: Path | None, max_sessions: int, idle_seconds: float, keymap
) -> None:
    from tui.ssh_server import SSHServeConfig, run, serve_dir

    keys = authorized_keys if authorized_keys is not None else serve_dir() / "authorized_keys"
    if not keys.exists():
        raise ServeUnavailable(
            f"{keys}: no authorized keys file; give --authorized-keys FILE (one public key per line, "
            "e.g. each reader's id_ed25519.pub)"
        )
    db = prepare_corpus()
    config = SSHServeConfig(
        db_path=db.path,
        authorized_keys=keys,
        host=host,
        port=port,
        keymap=keymap,
        max_sessions=max_sessions,
        idle_timeout=idle_seconds,
    )

    def announce(bound: int, host_key, hub) -> None:
        where = f"[{host}]" if ":" in host else host
        click.echo(
            f"factscope: serving {db.path} read-only over SSH on {where}:{bound} to {len(hub.users)} key(s) "
            f"from {keys}; connect with: ssh -p {bound} facts@{host} (host key "
            f"{host_key.get_fingerprint('sha256')}; Ctrl+C to stop)",
            err=True,
        )

    run(config, announce)
