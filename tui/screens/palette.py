"""The command palette: Textual's, saying what it finds, closed by ctrl+g as well (emacs)."""

from __future__ import annotations

from textual.binding import Binding
from textual.command import Command, CommandList, CommandPalette

PLACEHOLDER = "Jump to an article, claim, entity or command…"


def listing_key(command: Command) -> tuple[float, str, str]:
    """Best score first; equal scores by their text, then their help: Textual sorts by score
    alone, so equal hits came in the order the providers happened to answer in."""
    hit = command.hit
    return -hit.score, hit.text or str(command.prompt), hit.help or ""


class FactscopePalette(CommandPalette):
    BINDINGS = [Binding("ctrl+g", "escape", "Close", show=False)]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder=PLACEHOLDER, id=id)

    def _refresh_command_list(self, command_list: CommandList, commands: list[Command], clear_current: bool) -> None:
        # Textual's hook (pinned version; a test checks it is still there) with the hits in a fixed order.
        super()._refresh_command_list(command_list, sorted(commands, key=listing_key), clear_current)
