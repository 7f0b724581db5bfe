"""`factscope keys [--json | --markdown]`: every binding id with the keys in force.

Keys are resolved exactly as the app resolves them (keymap, then the config
file's ``[keys]``), so this is what the footer and help will show. Warnings
about the keymap or the config go to stderr, one line each; the listing still
prints. ``--json`` writes only the list to stdout, for scripts; ``--markdown`` the
shipped keymaps as the README's table.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

import click

from tui.cli.context import CliContext

if TYPE_CHECKING:
    from tui.commands.base import Command


def _scope_order(commands) -> list[str]:
    """ "app" first, then screens in the order their commands are declared."""
    scopes = list(dict.fromkeys(command.scope for command in commands))
    return sorted(scopes, key=lambda scope: (scope != "app", scopes.index(scope)))


def _rows(commands, resolved) -> list[dict]:
    from keymaps.keystrings import display_key

    by_scope: dict[str, list] = {}
    for command in commands:
        by_scope.setdefault(command.scope, []).append(command)
    return [
        {
            "id": command.id,
            "keys": [display_key(key) for key in resolved.keys.get(command.id, ())],
            "scope": scope,
            "description": command.help,
        }
        for scope in _scope_order(commands)
        for command in by_scope[scope]
    ]


def _table(rows: list[dict]) -> list[str]:
    id_width = max((len(row["id"]) for row in rows), default=0)
    key_width = min(max((len(", ".join(row["keys"])) for row in rows), default=0), 28)
    lines: list[str] = []
    scope = None
    for row in rows:
        if row["scope"] != scope:
            scope = row["scope"]
            lines.append("")
            lines.append("Everywhere (app)" if scope == "app" else scope)
        keys = ", ".join(row["keys"]) or "(none)"
        lines.append(f"  {row['id']:<{id_width}}  {keys:<{key_width}}  {row['description']}")
    return lines


def markdown_table(commands: Sequence[Command]) -> str:
    """Every id with its shipped keys in each keymap: the README's binding tables (a test compares)."""
    from keymaps.keystrings import display_key
    from keymaps.load import resolve

    def cell(keys: tuple[str, ...]) -> str:
        return ", ".join(f"`{display_key(key)}`".replace("|", "\\|") for key in keys)

    keymaps = ("default", "vim", "emacs")
    shipped = {name: resolve(commands, name).keys for name in keymaps}
    lines = ["| Id | Scope | Default | Vim | Emacs | What it does |", "|---|---|---|---|---|---|"]
    for command in commands:
        keys = " | ".join(cell(shipped[name][command.id]) for name in keymaps)
        lines.append(f"| `{command.id}` | {command.scope} | {keys} | {command.help} |")
    return "\n".join(lines)


@click.command("keys")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of {id, keys, scope, description}.")
@click.option(
    "--markdown",
    is_flag=True,
    help="Print the shipped keys of every keymap as a Markdown table (the README's), ignoring your config.",
)
@click.option("--keymap", "keymap", default=None, help="Keymap to list (same as `factscope --keymap`).")
@click.pass_context
def keys(ctx: click.Context, as_json: bool, markdown: bool, keymap: str | None) -> None:
    """List every key binding id, its keys in force, scope and description."""
    from keymaps.config import resolve_user_keymap
    from store.paths import config_path
    from tui.commands import ALL_COMMANDS

    if markdown:
        click.echo(markdown_table(ALL_COMMANDS))
        return
    context = ctx.obj if isinstance(ctx.obj, CliContext) else None
    name = keymap or (context.keymap if context else None)
    config_file = config_path()
    resolved = resolve_user_keymap(ALL_COMMANDS, name, config_file)
    for warning in resolved.warnings:
        click.echo(f"factscope: warning: {warning}", err=True)
    rows = _rows(ALL_COMMANDS, resolved)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    state = "" if config_file.exists() else " (not created yet)"
    click.echo(f"Keymap: {resolved.name} ({resolved.path})")
    click.echo(f"Config: {config_file}{state}")
    click.echo('  set keymap = "vim" there, or override one id under [keys], e.g. "claim.next" = "j"')
    for line in _table(rows):
        click.echo(line)
