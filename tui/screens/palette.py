"""The command palette: Textual's, saying what it finds, closed by ctrl+g as well (emacs)."""

from __future__ import annotations

from textual import events
from textual.binding import Binding
from textual.command import Command, CommandList, CommandPalette

from tui.screens.one_frame import DrawsInOneFrame

PLACEHOLDER = "Jump to an article, claim, entity or command…"


def listing_key(command: Command) -> tuple[float, str, str]:
    """Best score first; equal scores by their text, then their help: Textual sorts by score
    alone, so equal hits came in the order the providers happened to answer in."""
    hit = command.hit
    return -hit.score, hit.text or str(command.prompt), hit.help or ""


class FactscopePalette(CommandPalette, DrawsInOneFrame):
    BINDINGS = [Binding("ctrl+g", "escape", "Close", show=False)]
    # It covers the screen: Textual drew the browser under it, dimmed (its every cell tinted at
    # each full frame), for the few rows its list leaves: a third of its CPU at each opening.
    DEFAULT_CSS = """
    FactscopePalette { background: $background; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder=PLACEHOLDER, id=id)
        self._resized = False  # see _on_resize

    def _refresh_command_list(self, command_list: CommandList, commands: list[Command], clear_current: bool) -> None:
        # Textual's hook (pinned version; a test checks it is still there) with the hits in a fixed order.
        super()._refresh_command_list(command_list, sorted(commands, key=listing_key), clear_current)

    async def _on_resize(self, event: events.Resize) -> None:
        # Its first Resize comes from the layout that just sized it, at the size of the screens
        # under it. Textual's handler (Screen's, run after this one unless prevented) laid it out
        # again, and the main screen under it too: ~12 ms of CPU at each opening.
        if not self._resized:
            self._resized = True
            if all(screen.size == event.size for screen in [self, *self.app._background_screens]):
                event.prevent_default()
                event.stop()
