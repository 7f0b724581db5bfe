"""Your bookmarked claims (newest first) with their notes; Enter opens one."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from corpus.display import claim_date_label
from corpus.errors import FactscopeError
from tui import data as userdata
from tui.commands.base import bindings
from tui.commands.main import BOOKMARKS_COMMANDS
from tui.data import AppData
from tui.widgets.footer import KeyBar
from tui.widgets.glyphs import (
    BOOKMARK_GLYPH,
    NOTE_GLYPH,
    kind_glyph,
    one_line,
    source_label,
)
from tui.widgets.pane_tabs import key_display


class BookmarksScreen(ModalScreen[str | None]):
    """Dismisses with the claim id to open, or None."""

    BINDINGS = bindings(BOOKMARKS_COMMANDS)

    def __init__(self, data: AppData) -> None:
        super().__init__()
        self.data = data

    def compose(self) -> ComposeResult:
        with Vertical(id="bookmarks-box"):
            yield Static(Text(f"{BOOKMARK_GLYPH} Bookmarks", style="bold"), id="bookmarks-title")
            yield OptionList(id="bookmarks")
        yield KeyBar()  # the keys in force, not a hand-written hint

    def on_mount(self) -> None:
        self._fill()
        self.query_one(OptionList).focus()

    def _fill(self) -> None:
        corpus, user = self.data.corpus, self.data.user
        options = []
        for claim_id, snapshot in userdata.bookmark_snapshots(user).items():
            claim = corpus.claim(claim_id)
            if claim is None:  # kept, but its claim is not in this corpus DB
                gone = Text(f"? {one_line(snapshot or claim_id, 200)}", style="dim")
                gone.append("\n   not in this corpus", style="dim italic")
                options.append(Option(gone, id=claim_id, disabled=True))
                continue
            prompt = Text(f"{kind_glyph(claim.kind)} ", style="bold")
            prompt.append(one_line(claim.text, 200))
            article = corpus.article(claim.article_id)
            date = claim_date_label(claim, article)
            prompt.append(f"\n   {source_label(article, 40)} · {date}", style="dim")
            note = userdata.note_for(user, claim_id)
            if note:
                prompt.append(f"\n   {NOTE_GLYPH} {one_line(note, 120)}", style="italic")
            options.append(Option(prompt, id=claim_id))
        if not options:
            options.append(Option(Text(self._empty_hint(), style="dim"), disabled=True))
        option_list = self.query_one(OptionList)
        option_list.set_options(options)
        option_list.highlighted = next(
            (index for index, option in enumerate(options) if not option.disabled), None
        )
        self.refresh_bindings()  # open/remove are greyed out once nothing is left

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
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
        return f"No bookmarks yet: {how} to add one."

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_open(self) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is not None and option.id:
            self.dismiss(option.id)

    def action_remove(self) -> None:
        option = self.query_one(OptionList).highlighted_option
        if option is None or not option.id:
            return
        try:
            userdata.set_bookmark(self.data.user, option.id, False)
        except FactscopeError as exc:
            self.app.notify(f"Bookmark not removed: {exc}", severity="error", markup=False)
            return
        self._fill()

    def action_close(self) -> None:
        self.dismiss(None)
