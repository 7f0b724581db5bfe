"""Write or edit the note on a claim; a failed save keeps the text for a retry
(the user DB keeps the failed write: ``tui.data.pending_note``)."""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea

from corpus.errors import FactscopeError
from tui.commands.bindings import bindings
from tui.commands.main import NOTE_COMMANDS
from tui.widgets.footer import KeyBar
from tui.widgets.glyphs import ALERT_STYLE


class NoteScreen(ModalScreen[bool]):
    """Dismisses with True when text it was asked to save is still not saved."""

    BINDINGS = bindings(NOTE_COMMANDS)

    def __init__(self, claim_label: str, text: str, save: Callable[[str], None], *, unsaved: bool = False) -> None:
        super().__init__()
        self.claim_label = claim_label
        self.initial_text = text
        self._save = save
        self.failed = unsaved  # text that is not on disk yet must survive a cancel

    def compose(self) -> ComposeResult:
        with Vertical(id="note-box"):
            yield Static(Text("Note on: ", style="bold") + Text(self.claim_label), id="note-claim")
            yield TextArea(self.initial_text, id="note-text", soft_wrap=True)
            yield Static(id="note-error", markup=False)
            yield Static(Text("An empty note is deleted.", style="dim"))
        yield KeyBar()  # the keys in force (keymaps can move them), not a hand-written hint
        if self.failed:
            self.call_after_refresh(self._show_error, "This note was not saved yet.")

    def on_mount(self) -> None:
        self.focus_box()

    def focus_box(self) -> None:
        """Focus the text box now (``Widget.focus`` waits its turn, after keys already read)."""
        self.set_focus(self.query_one(TextArea))

    def _show_error(self, message: str) -> None:
        self.query_one("#note-error", Static).update(
            Text(f"{message} Press ctrl+s to retry; escape keeps it for later.", style=ALERT_STYLE)
        )

    def action_save(self) -> None:
        text = self.query_one(TextArea).text
        try:
            self._save(text)
        except FactscopeError as exc:
            self.failed = True
            self._show_error(f"Not saved: {exc}.")
            return
        self.dismiss(False)

    def action_cancel(self) -> None:
        if not self.failed:
            self.dismiss(False)
            return
        # Saving was asked for and failed: one more try with the text as it is now, so a
        # failure keeps this text (not the earlier attempt's) for the retry.
        try:
            self._save(self.query_one(TextArea).text)
        except FactscopeError:
            self.dismiss(True)
            return
        self.dismiss(False)
