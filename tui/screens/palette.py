"""The command palette: Textual's, saying what it finds, closed by ctrl+g as well (emacs)."""

from __future__ import annotations

from textual.binding import Binding
from textual.command import CommandPalette

PLACEHOLDER = "Jump to an article, claim, entity or command…"


class FactscopePalette(CommandPalette):
    BINDINGS = [Binding("ctrl+g", "escape", "Close", show=False)]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder=PLACEHOLDER, id=id)
