"""The main screen's bookmark and note actions (a mixin of ``MainScreen``).

They write to the user DB through ``tui.data``; a write that fails is reported
with the key in force to retry. A note that could not be saved is kept by the
user DB with its failed writes (``tui.data.pending_note``), not here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus.display import one_line
from corpus.errors import FactscopeError
from tui import data as userdata
from tui.widgets.pane_tabs import key_display

# A mixin for MainScreen: to the type checker it is the Screen it is mixed into.
if TYPE_CHECKING:
    from textual.screen import Screen as _ScreenBase

    from corpus.model import Claim
    from tui.data import AppData
else:
    _ScreenBase = object


class UserMarkActions(_ScreenBase):
    """Needs ``data``, ``selected_id``, ``_selected_claim`` and ``refresh_user_marks``
    from the screen."""

    if TYPE_CHECKING:  # what MainScreen provides
        data: AppData | None
        selected_id: str | None

        def _selected_claim(self) -> Claim | None: ...
        def refresh_user_marks(self) -> None: ...

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
        self.refresh_user_marks()

    async def action_edit_note(self) -> None:
        """The note box, focused before the next key is read: a terminal hands the keys typed fast
        after the note key over at once, and the app gives each to the widget focused as it reads
        it. As a priority binding this runs as the app reads the key, and the app reads no other
        until it returns; it waits for the box to be mounted and focuses it, so the next key goes
        into the box (a note screen still composing took them, and they were lost)."""
        from tui.screens.note import NoteScreen

        claim = self._selected_claim()
        if self.data is None or claim is None:
            return
        user = self.data.user
        pending = userdata.pending_note(user, claim.id)
        text = pending if pending is not None else (userdata.note_for(user, claim.id) or "")

        def save(new_text: str) -> None:
            userdata.save_note(user, claim.id, new_text)

        def closed(unsaved: bool | None) -> None:
            if unsaved:
                retry = key_display(self, "note.edit") or "the note key"
                self.app.notify(f"Note not saved; press {retry} to retry.", severity="warning", markup=False)
            self.refresh_user_marks()

        note = NoteScreen(one_line(claim.text, 200), text, save, unsaved=pending is not None)
        await self.app.push_screen(note, closed)
        note.focus_box()
