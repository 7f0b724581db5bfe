"""Every user-facing command, gathered for the palette, help, keymaps and `factscope keys`."""

from __future__ import annotations

from tui.commands.app import APP_COMMANDS
from tui.commands.base import Command
from tui.commands.main import BOOKMARKS_COMMANDS, HELP_COMMANDS, MAIN_COMMANDS, NOTE_COMMANDS


def _view_commands() -> tuple[Command, ...]:
    # The views engineer's screens may not exist yet; the app still runs without them.
    try:
        from tui.commands.views import VIEW_COMMANDS
    except ImportError:
        return ()
    return tuple(VIEW_COMMANDS)


ALL_COMMANDS: tuple[Command, ...] = (
    *APP_COMMANDS,
    *MAIN_COMMANDS,
    *NOTE_COMMANDS,
    *BOOKMARKS_COMMANDS,
    *HELP_COMMANDS,
    *_view_commands(),
)

__all__ = ["ALL_COMMANDS", "APP_COMMANDS", "MAIN_COMMANDS", "Command"]
