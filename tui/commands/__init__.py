"""Every user-facing command, gathered for the palette, help, keymaps and `factscope keys`."""

from __future__ import annotations

from tui.commands.app import APP_COMMANDS
from tui.commands.base import Command
from tui.commands.main import BOOKMARKS_COMMANDS, HELP_COMMANDS, MAIN_COMMANDS, NOTE_COMMANDS
from tui.commands.views import VIEW_COMMANDS

ALL_COMMANDS: tuple[Command, ...] = (
    *APP_COMMANDS,
    *MAIN_COMMANDS,
    *NOTE_COMMANDS,
    *BOOKMARKS_COMMANDS,
    *HELP_COMMANDS,
    *VIEW_COMMANDS,
)

_APP_IDS = frozenset(command.id for command in APP_COMMANDS)
_DECLARED = {command.id: index for index, command in enumerate(ALL_COMMANDS)}


def listing_order(binding_id: str | None) -> tuple[bool, bool, int]:
    """Where a key is listed, in the footer and in help: the screen's commands, then the
    app's, each in the order declared here (not the order of ``active_bindings``, which a
    keymap that rebinds a key changes); keys that belong to no command (a widget's own) last."""
    if binding_id not in _DECLARED:
        return True, True, len(_DECLARED)
    return False, binding_id in _APP_IDS, _DECLARED[binding_id]


__all__ = ["ALL_COMMANDS", "APP_COMMANDS", "MAIN_COMMANDS", "Command", "listing_order"]
