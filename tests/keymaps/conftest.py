"""A small Textual app with a few commands, to drive the key layer in tests
(it stands in for the real app so the layer is tested on its own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Input, Label

from tui.commands.base import Command, screen_commands
from tui.commands.bindings import bindings
from tui.keys.apply import apply_keymap

APP_COMMANDS = (
    Command("t.help", "question_mark", "record('help')", "Help", "Show help"),
    Command("t.search", "slash", "record('search')", "Search", "Search things"),
)
READER_COMMANDS = screen_commands(
    "ReaderScreen",
    Command("t.next", "n", "record('next')", "Next", "Next item"),
    Command("t.prev", "p", "record('prev')", "Prev", "Previous item"),
    Command("t.first", "home", "record('first')", "First", "First item"),
    Command("t.last", "end", "record('last')", "Last", "Last item"),
    Command("t.top", "ctrl+t", "record('top')", "Top", "Top of the page"),
)
OTHER_COMMANDS = screen_commands(
    "OtherScreen", Command("t.other", "o", "record('other')", "Other", "Other screen's action")
)
COMMANDS = (*APP_COMMANDS, *READER_COMMANDS, *OTHER_COMMANDS)


class ReaderScreen(Screen):
    BINDINGS = bindings(READER_COMMANDS)
    AUTO_FOCUS = ""  # keys go to the screen unless a test focuses the input

    def compose(self) -> ComposeResult:
        yield Label("reader")
        yield Input(id="query")
        yield Footer()

    def action_record(self, what: str) -> None:
        self.app.log_actions.append(what)


class OtherScreen(Screen):
    BINDINGS = bindings(OTHER_COMMANDS)

    def compose(self) -> ComposeResult:
        yield Label("other")
        yield Footer()

    def action_record(self, what: str) -> None:
        self.app.log_actions.append(what)


class KeysSampleApp(App[None]):
    BINDINGS = bindings(APP_COMMANDS)

    def __init__(
        self, keymap: str | None = None, config_file: Path | None = None, timeout: float | None = None
    ) -> None:
        super().__init__()
        self.keymap_name = keymap
        self.config_file = config_file
        self.timeout = timeout
        self.log_actions: list[str] = []
        self.resolved = None

    def on_mount(self) -> None:
        self.push_screen(ReaderScreen())
        self.resolved = apply_keymap(
            self,
            self.keymap_name,
            commands=COMMANDS,
            config_file=self.config_file,
            sequence_timeout=self.timeout,
        )

    def action_record(self, what: str) -> None:
        self.log_actions.append(what)

    def other_screen(self) -> Screen:
        return OtherScreen()


@pytest.fixture
def make_app():
    """Build the sample app: make_app(keymap_path, config_file=None, timeout=None)."""
    return KeysSampleApp
