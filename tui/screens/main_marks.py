"""The main screen's bookmark and note actions (a mixin of ``MainScreen``).

They write to the user DB through ``tui.data``; a write that fails is reported
with the key in force to retry, and a note that could not be saved is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.errors import FactscopeError
from tui import data as userdata
from tui.widgets.glyphs import one_line
from tui.widgets.pane_tabs import key_display

if TYPE_CHECKING:
    from corpus.model import Claim
    from tui.data import AppData


class UserMarkActions:
    """Needs ``data``, ``selected_id``, ``pending_notes``, ``_selected_claim``,
    ``_refresh_claims_list`` and ``_show_detail`` from the screen."""

    if TYPE_CHECKING:  # what MainScreen provides
        data: AppData | None
        selected_id: str | None
        pending_notes: dict[str, str]

        def _selected_claim(self) -> Claim | None: ...
        def _refresh_claims_list(self) -> None: ...
        def _show_detail(self) -> None: ...

    def action_toggle_bookmark(self) -> None:
        if self.data is None or self.selected_id is None:
            return
        claim_id, user = self.selected_id, self.data.user
        wanted = not userdata.is_bookmarked(user, claim_id)
        try:
            claim = self._selected_claim()
            userdata.set_bookmark(user, claim_id, wanted, claim.text if claim else None)
        except FactscopeError as exc:
            retry = key_display(self, "bookmark.toggle") or "the bookmark key"
            self.app.notify(f"Bookmark not saved: {exc}. Press {retry} to retry.", severity="error", markup=False)
            return
        self.app.notify("Bookmarked." if wanted else "Bookmark removed.", markup=False, timeout=2)
        self._refresh_claims_list()
        self._show_detail()

    def action_edit_note(self) -> None:
        from tui.screens.note import NoteScreen

        claim = self._selected_claim()
        if self.data is None or claim is None:
            return
        user = self.data.user
        pending = self.pending_notes.get(claim.id)
        text = pending if pending is not None else (userdata.note_for(user, claim.id) or "")

        def save(new_text: str) -> None:
            userdata.save_note(user, claim.id, new_text)

        def closed(result: str | None) -> None:
            # NoteScreen returns text it could not save, so it is kept for a retry.
            if result is None:
                self.pending_notes.pop(claim.id, None)
            else:
                self.pending_notes[claim.id] = result
                retry = key_display(self, "note.edit") or "the note key"
                self.app.notify(f"Note not saved; press {retry} to retry.", severity="warning", markup=False)
            self._refresh_claims_list()
            self._show_detail()

        self.app.push_screen(
            NoteScreen(one_line(claim.text, 200), text, save, unsaved=pending is not None), closed
        )
