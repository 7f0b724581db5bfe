"""Shown when the data cannot be loaded: the one-line reason, and how to quit."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Static

from tui.commands.app import APP_COMMANDS
from tui.commands.bindings import bindings
from tui.widgets.footer import KeyBar
from tui.widgets.glyphs import ALERT_STYLE

_QUIT = [command for command in APP_COMMANDS if command.id == "app.quit"]


class LoadFailedScreen(Screen[None]):
    BINDINGS = bindings(_QUIT)

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(id="load-failed"):
            yield Static(Text("factscope could not open its data", style=ALERT_STYLE))
            yield Static(Text(self.message), id="load-failed-message")
            yield Static(Text("Fix the file named above (or run 'factscope check'), then start again.", style="dim"))
        yield KeyBar()
