"""Your bookmarked claims (newest first) with their notes, then the claims you wrote a
note on without bookmarking them; Enter opens one, d removes one, u puts it back."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from corpus.display import claim_when, one_line
from corpus.errors import FactscopeError
from tui import data as userdata
from tui.commands.bindings import bindings
from tui.commands.main import BOOKMARKS_COMMANDS
from tui.data import AppData
from tui.screens.one_frame import DrawsInOneFrame
from tui.widgets.footer import KeyBar
from tui.widgets.glyphs import (
    BOOKMARK_GLYPH,
    NOTE_GLYPH,
    format_date,
    kind_glyph,
    source_label,
)
from tui.widgets.pane_tabs import key_display


@dataclass(frozen=True, slots=True)
class Removed:
    """What one press of remove took away: a bookmark (with its saved text) or a note."""

    claim_id: str
    bookmark: str | None = None
    note: str | None = None


class BookmarksScreen(ModalScreen[str | None], DrawsInOneFrame):
    """Dismisses with the claim id to open, or None."""

    BINDINGS = bindings(BOOKMARKS_COMMANDS)

    def __init__(self, data: AppData) -> None:
        super().__init__()
        self.data = data
        self.removed: list[Removed] = []  # what d took away, last last: u puts it back
        self.marks_changed = False  # removed or put back here: the main screen redraws its marks

    def compose(self) -> ComposeResult:
        with Vertical(id="bookmarks-box"):
            yield Static(Text(f"{BOOKMARK_GLYPH} Bookmarks and {NOTE_GLYPH} notes", style="bold"), id="bookmarks-title")
            yield OptionList(id="bookmarks")
        yield KeyBar()  # the keys in force, not a hand-written hint

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    def reopened(self, data: AppData) -> None:
        """Shown again (the app keeps this screen): the list as the user's DB is now, from the top."""
        self.data = data
        self.removed, self.marks_changed = [], False
        if self.is_mounted:
            option_list = self.query_one(OptionList)
            option_list.highlighted = None
            self._fill()
            option_list.focus()

    def _fill(self) -> None:
        corpus, user = self.data.corpus, self.data.user
        options = []
        snapshots = userdata.bookmark_snapshots(user)
        noted_only = [claim_id for claim_id in userdata.noted_ids(user) if claim_id not in snapshots]
        for claim_id, snapshot in [*snapshots.items(), *((claim_id, None) for claim_id in noted_only)]:
            glyph = BOOKMARK_GLYPH if claim_id in snapshots else NOTE_GLYPH
            claim = corpus.claim(claim_id)
            note = userdata.note_for(user, claim_id)
            if claim is None:  # kept, but its claim is not in this corpus DB
                gone = Text(f"{glyph} ? {one_line(snapshot or note or claim_id, 200)}", style="dim")
                gone.append("\n   not in this corpus", style="dim italic")
                options.append(Option(gone, id=claim_id))
                continue
            prompt = Text(f"{glyph} {kind_glyph(claim.kind)} ", style="bold")
            prompt.append(one_line(claim.text, 200))
            article = corpus.article(claim.article_id)
            date = format_date(*claim_when(claim, article))  # "undated", not a dangling "·"
            prompt.append(f"\n   {source_label(article, 40)} · {date}", style="dim")
            if note:
                prompt.append(f"\n   {NOTE_GLYPH} {one_line(note, 120)}", style="italic")
            options.append(Option(prompt, id=claim_id))
        if not options:
            options.append(Option(Text(self._empty_hint(), style="dim"), disabled=True))
        option_list = self.query_one(OptionList)
        keep = option_list.highlighted
        option_list.set_options(options)
        enabled = [index for index, option in enumerate(options) if not option.disabled]
        option_list.highlighted = (
            min(keep, enabled[-1]) if keep is not None and enabled else (enabled[0] if enabled else None)
        )
        self.refresh_bindings()  # open/remove/undo are greyed out when they can't apply

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo":
            return True if self.removed else None
        if action in ("open", "remove"):
            lists = self.query(OptionList)  # none before the list is composed
            option = lists.first().highlighted_option if lists else None
            return True if option is not None and not option.disabled and option.id else None
        return True

    def _empty_hint(self) -> str:
        """Names the bookmark key in force (vim binds it to m), not a hard-coded b."""
        main = getattr(self.app, "main_screen", None)
        key = key_display(main, "bookmark.toggle") if main is not None else None
        how = f"press {key} on a claim" if key else "bookmark a claim"
        note_key = key_display(main, "note.edit") if main is not None else None
        note = f", {note_key} to write a note on it" if note_key else ""
        return f"No bookmarks or notes yet: {how} to bookmark it{note}."

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self._open(event.option.id)

    def action_open(self) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is not None:
            self._open(option.id)

    def _open(self, claim_id: str | None) -> None:
        if not claim_id:
            return
        if self.data.corpus.claim(claim_id) is None:  # listed to be removed, not opened
            self.app.notify("That claim is not in this corpus.", severity="warning", markup=False)
            return
        self.dismiss(claim_id)

    def action_remove(self) -> None:
        """A bookmark goes, its note stays (listed as a note); a note-only entry loses its note."""
        option = self.query_one(OptionList).highlighted_option
        if option is None or option.disabled or not option.id:
            return
        claim_id, user = option.id, self.data.user
        if userdata.is_bookmarked(user, claim_id):
            removed = Removed(claim_id, bookmark=userdata.bookmark_snapshots(user).get(claim_id) or "")
            change, done = (lambda: userdata.set_bookmark(user, claim_id, False)), "Bookmark removed"
            if userdata.note_for(user, claim_id):
                done += "; its note is kept"
        else:
            removed = Removed(claim_id, note=userdata.note_for(user, claim_id) or "")
            change, done = (lambda: userdata.save_note(user, claim_id, "")), "Note deleted"
        try:
            change()
        except FactscopeError as exc:
            self.app.notify(one_line(f"Not removed: {exc}"), severity="error", markup=False)
            return
        self.removed.append(removed)
        self.marks_changed = True
        undo = key_display(self, "bookmarks.undo")
        self.app.notify(f"{done}." + (f" Press {undo} to undo." if undo else ""), markup=False, timeout=4)
        self._fill()

    def action_undo(self) -> None:
        if not self.removed:
            return
        last = self.removed[-1]
        try:
            if last.bookmark is not None:
                userdata.set_bookmark(self.data.user, last.claim_id, True, last.bookmark or None)
            if last.note is not None:
                userdata.save_note(self.data.user, last.claim_id, last.note)
        except FactscopeError as exc:
            self.app.notify(one_line(f"Not put back: {exc}"), severity="error", markup=False)
            return
        self.removed.pop()
        self.marks_changed = True
        self.app.notify("Put back.", markup=False, timeout=2)
        self._fill()

    def action_close(self) -> None:
        self.dismiss(None)
