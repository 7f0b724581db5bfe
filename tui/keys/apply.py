"""Apply the user's keymap to a running app, through Textual's own keymap.

``App.set_keymap`` rebinds every binding by its id, so the footer, the help
screen and the palette (which read ``Screen.active_bindings``) show the keys
actually in force. Sequences get the pending-keys layer; every warning
becomes a notification (the app still starts with the rest).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from textual.app import App

from keymaps.config import resolve_user_keymap
from keymaps.errors import KeymapError
from keymaps.keystrings import is_sequence
from keymaps.load import CommandSpec, ResolvedKeymap, resolve
from tui.keys.sequences import bind_first_keys

SEQUENCE_TIMEOUT = 1.0  # seconds to type the next key of a sequence
WARNING_TIMEOUT = 10.0  # warnings stay long enough to be read
MAX_NOTIFICATIONS = 5  # more would bury the screen; the CLI lists them all
PALETTE_ACTIONS = frozenset({"command_palette", "app.command_palette"})


@dataclass(slots=True)
class KeymapState:
    """The keymap applied to one app, kept on the app (``app.keymap_state``): the
    pending-keys screens read the live sequences and timeout from it."""

    resolved: ResolvedKeymap
    timeout: float
    first_keys: dict[str, set[str]] = field(default_factory=dict)  # bound -> keys caught after


def _all_commands() -> tuple[CommandSpec, ...]:
    from tui.commands import ALL_COMMANDS

    return ALL_COMMANDS


def apply_keymap(
    app: App,
    keymap: str | None = None,
    *,
    commands: Iterable[CommandSpec] | None = None,
    config_file: Path | None = None,
    sequence_timeout: float | None = None,
    notify: bool = True,
) -> ResolvedKeymap:
    """Resolve keymap ``keymap`` (None: the config's, else default) with the
    user's overrides and apply it to ``app``; return what is in force.
    ``sequence_timeout`` (seconds) wins over the config's, else 1 s.

    A config or keymap that cannot be used at all is reported and the
    default keys apply; nothing here raises for bad user input.
    """
    commands = tuple(commands if commands is not None else _all_commands())
    problems: list[str] = []
    try:
        resolved = resolve_user_keymap(commands, keymap, config_file)
    except KeymapError as exc:
        problems.append(f"{exc}; using the default keys")
        resolved = resolve(commands, None)
    problems += resolved.warnings
    timeout = sequence_timeout or resolved.sequence_timeout or SEQUENCE_TIMEOUT
    app.set_keymap(resolved.textual_keymap())
    _show_palette_key(app, commands, resolved)

    state: KeymapState | None = getattr(app, "keymap_state", None)
    if state is None:
        state = KeymapState(resolved, timeout)
        app.keymap_state = state  # type: ignore[attr-defined]  # any App: FactscopeApp declares it
    state.resolved, state.timeout = resolved, timeout
    bind_first_keys(
        app,
        state.first_keys,
        sequences=lambda: state.resolved.sequences(),
        timeout=lambda: state.timeout,
    )
    if notify:
        if len(problems) > MAX_NOTIFICATIONS:
            hidden = len(problems) - MAX_NOTIFICATIONS + 1
            problems = [
                *problems[: MAX_NOTIFICATIONS - 1],
                f"{hidden} more keymap warnings: `factscope keys` lists them all",
            ]
        for problem in problems:
            app.notify(problem, title="Keymap", severity="warning", timeout=WARNING_TIMEOUT, markup=False)
    return resolved


def _show_palette_key(app: App, commands: tuple[CommandSpec, ...], resolved: ResolvedKeymap) -> None:
    """Point the footer's palette entry at the palette key in force.

    Textual's footer shows the palette binding found under
    ``App.COMMAND_PALETTE_BINDING`` (ctrl+p); rebound elsewhere, it would vanish.
    """
    for command in commands:
        if getattr(command, "action", None) in PALETTE_ACTIONS:
            singles = [key for key in resolved.keys.get(command.id, ()) if not is_sequence(key)]
            if singles:
                app.COMMAND_PALETTE_BINDING = singles[0]  # type: ignore[misc]  # this app's, over Textual's class default
            return


def keys_in_force(app: App) -> ResolvedKeymap | None:
    """What ``apply_keymap`` last applied to ``app`` (None if it never ran)."""
    state: KeymapState | None = getattr(app, "keymap_state", None)
    return state.resolved if state is not None else None
