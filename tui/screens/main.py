"""The main split view: sources | article text with claims marked | claims and links.

Wide terminals show the three panes side by side; below 100 columns one pane
shows at a time and ``pane.next`` (tab) switches. Selecting a claim anywhere
(claims list, click in the text, next/prev) updates every pane; jumps to
another article go through ``History`` so back/forward retrace them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from tui.app import FactscopeApp

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import OptionList, Static

from corpus.display import one_line
from corpus.errors import FactscopeError
from corpus.model import Article, Claim, is_background
from store.query.conflicts import conflicting_ids
from tui import data as userdata
from tui.commands.bindings import bindings
from tui.commands.main import MAIN_COMMANDS
from tui.data import AppData
from tui.navigation import History, Location
from tui.screens.breakpoints import apply_breakpoints
from tui.screens.main_marks import UserMarkActions
from tui.screens.one_frame import DrawsInOneFrame
from tui.widgets.claim_detail import ClaimDetail, ClaimView, XRefList, links_for
from tui.widgets.claims import ClaimsList
from tui.widgets.footer import KeyBar
from tui.widgets.glyphs import article_heading
from tui.widgets.pane_tabs import PaneTabs
from tui.widgets.reader import ArticleReader
from tui.widgets.sources import SourcesList

PANES = ("sources", "reader", "claims")
_CLAIM_ACTIONS = frozenset({"next_claim", "prev_claim", "first_claim", "last_claim", "toggle_bookmark", "edit_note"})
FIRST_PANE = "reader"
PANE_LABELS = {"sources": "Sources", "reader": "Article", "claims": "Claims"}
NARROW_BELOW = 100  # columns: below this one pane shows at a time


class MainScreen(UserMarkActions, DrawsInOneFrame, Screen[None]):
    BINDINGS = bindings(MAIN_COMMANDS)
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-medium"), (160, "-wide")]
    AUTO_FOCUS = "#reader"

    active_pane: reactive[str] = reactive(FIRST_PANE)
    # The one selected claim: the reader, the claims list and the detail pane are bound to it.
    # Each redraws itself; repainting the screen redrew every pane at each claim chosen (the
    # whole screen in a frame of its own before the panes' layout: Back 72 -> 46 ms CPU).
    selected_id: reactive[str | None] = reactive(None, init=False, repaint=False)

    def __init__(self) -> None:
        super().__init__()
        self.data: AppData | None = None
        self.article: Article | None = None
        self.claims: list[Claim] = []
        self.conflicting: set[str] = set()
        self.history = History()
        self._laid_out = False  # the first layout gave the panes their sizes (see laid_out)
        self._filled = False  # the panes show the data (see laid_out)
        self._xrefs: XRefList | None = None  # see _xref_list
        self._resumed = False  # see _on_screen_resume

    def compose(self) -> ComposeResult:
        apply_breakpoints(self)
        yield PaneTabs(id="pane-tabs")
        yield Static(Text("Opening the corpus…"), id="load-status")
        with Horizontal(id="panes"):
            with Vertical(id="sources-pane", classes=self._pane_classes("sources")):
                yield Static(Text("Sources", style="bold"), classes="pane-title")
                yield SourcesList(id="sources")
            with Vertical(id="reader-pane", classes=self._pane_classes("reader")):
                yield Static(id="article-title", classes="pane-title", markup=False)
                yield ArticleReader(id="reader").data_bind(MainScreen.selected_id)
            with Vertical(id="claims-pane", classes=self._pane_classes("claims")):
                yield Static(Text("Claims", style="bold"), id="claims-title", classes="pane-title")
                yield ClaimsList(id="claims").data_bind(MainScreen.selected_id)
                # Held until the first useful frame is up (``first_frame_drawn``): its facts and
                # links (~5 ms of CPU at 120x40, ~2% of that frame) come in the frame after.
                yield ClaimDetail(self._claim_view, id="detail", held=True).data_bind(MainScreen.selected_id)
        yield KeyBar()

    @staticmethod
    def _pane_classes(pane: str) -> str:
        # Set before the first layout (reading active_pane here would run its watcher too early).
        return "pane -active" if pane == FIRST_PANE else "pane"

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        # Runs before Textual's own handler (Screen._on_screen_resume), which restyles every node
        # of a resumed screen. Its first resume comes right after every node was styled as it
        # was registered: restyling them all again (the reader with its 10 component classes)
        # was 7-9 ms of the start-up's CPU. Later resumes (back from a view) restyle as before.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        self.bindings_updated_signal.subscribe(self, self._show_pane_tabs)
        self._show_pane_tabs()
        data = getattr(self.app, "data", None)
        if data is not None and self.data is None:
            self.set_data(data)
        # Opening an existing DB takes a few tens of ms: only a slower load gets a notice.
        self.set_timer(0.25, self._show_loading)

    def _show_loading(self) -> None:
        # A line of text, not Textual's animated indicator: its frames took the UI thread
        # (and the GIL) from the loading worker, ~80 ms of CPU in a 1 s load of 1M claims.
        if self.data is None:
            self.add_class("-loading")

    def show_progress(self, done: int, total: int, label: str) -> None:
        """Progress of a first build of the corpus DB (it can take a few seconds)."""
        self.query_one("#load-status", Static).update(
            Text(f"Building the corpus DB: {one_line(label, 60)} ({done}/{total})")
        )

    # -- data -------------------------------------------------------------------
    def set_data(self, data: AppData) -> None:
        self.data = data
        self.remove_class("-loading")
        if self._laid_out:  # else laid_out() fills the panes, once they have their sizes
            self._fill_panes(data)

    def first_frame_drawn(self) -> None:
        """The first useful frame is up (the sources, the article, its claims): the detail pane
        draws the selected claim now."""
        for detail in self.query(ClaimDetail):
            detail.release()
        self.refresh_bindings()  # the link keys, worked out while the links were not drawn yet

    def laid_out(self) -> None:
        """The app's first layout is done (Textual's Ready): fill the panes if the data is here.

        Filled any earlier, they were drawn again and again as Textual re-lays out the
        screen on each start-up Resize (~120 ms of the first wide screen).
        """
        self._laid_out = True
        if self.data is not None and not self._filled:
            self._fill_panes(self.data)

    def _compositor_refresh(self) -> None:
        """A frame, unless the data is here and the panes are still empty: the data came before the
        first layout (the first screen saved beside the DB, or a quick read), and the panes are
        filled as soon as that layout is done (``laid_out``). Their empty frame, and those of the
        start-up's resizes, were drawn whole again in the next one: ~15-20 ms of the first useful
        screen's CPU at 100k claims. Left undrawn, their dirty regions are drawn in that frame."""
        if self.data is not None and not self._filled and self.is_current:
            return
        super()._compositor_refresh()

    def _fill_panes(self, data: AppData) -> None:
        self._filled = True
        rows = userdata.sources_of(data)
        self.query_one(SourcesList).set_rows(rows)
        previous, self.article = self.location, None  # new data (e.g. a rebuild): reopen where we were
        if previous is not None and self._lookup_article(previous.article_id) is not None:
            self.show_location(previous)
        elif rows:
            self.show_location(Location(rows[0].article_id, None))
        else:
            self.query_one("#article-title", Static).update(
                Text("No articles yet. Add some with: factscope add FILE…", style="bold")
            )
        self.refresh_bindings()

    def links_known(self) -> None:
        """Every link is known now (it was those among the claims read): show them all, and
        the article again only if its conflicts changed."""
        location = self.location
        if self.data is None or not self._filled or location is None:
            return
        corpus, ids = self.data.corpus, {claim.id for claim in self.claims}
        if set(conflicting_ids(x for i in ids for x in corpus.xrefs_for_claim(i)) & ids) != self.conflicting:
            self.article = None
            self.show_location(location)
        else:
            for detail in self.query(ClaimDetail):  # none while the screen is being taken down
                try:
                    detail.refresh_claim()
                except NoMatches:  # still being composed: its on_mount draws it from the data
                    pass

    @property
    def location(self) -> Location | None:
        if self.article is None:
            return None
        return Location(self.article.id, self.selected_id)

    # -- navigation -------------------------------------------------------------
    def go_to(self, location: Location) -> None:
        """Jump somewhere, remembering where we were (for nav.back)."""
        if self._lookup_article(location.article_id) is None:
            raise LookupError(location.article_id)
        before = self.location
        if self._shown(location) and location != before:
            self.history.visit(before)
            self.refresh_bindings()  # Back is there now (recorded once the move was made)

    def go_to_claim(self, claim_id: str, via: Location | None = None) -> None:
        """``via``: the view the claim was chosen in, where Back returns first."""
        if self.data is None:
            return
        try:
            claim = self._lookup_claim(claim_id)
        except FactscopeError as exc:  # its shard, read on demand, damaged
            self._unreadable(exc)
            return
        if claim is None:
            raise LookupError(claim_id)
        target = Location(claim.article_id, claim.id)
        if via is None:
            self.go_to(target)
        else:
            before = self.location
            if self._shown(target):
                self.history.visit(before)
                self.history.visit(via)
                self.refresh_bindings()
        if self.active_pane == "sources":  # it shows no claims: on a narrow terminal the jump looked lost
            self._focus_pane("reader")

    def _shown(self, location: Location) -> bool:
        """``show_location``, unless what it reads on demand (the article's shard) is damaged: then
        one line naming the file, and the screen stays as it was (nothing recorded to go back to)."""
        try:
            self.show_location(location)
        except FactscopeError as exc:
            self._unreadable(exc)
            return False
        return True

    def _unreadable(self, error: FactscopeError) -> None:
        cast("FactscopeApp", self.app)._unreadable(error)  # the app's one line for a damaged shard

    def show_location(self, location: Location) -> None:
        assert self.data is not None
        if not self._filled:  # a jump before the first layout: fill the panes first, then jump
            self._fill_panes(self.data)
        if self.article is None or self.article.id != location.article_id:
            article = self._lookup_article(location.article_id)
            if article is None:
                raise LookupError(location.article_id)
            self._open_article(article)
        ids = [claim.id for claim in self.claims]
        claim_id = location.claim_id if location.claim_id in ids else (ids[0] if ids else None)
        self.select_claim(claim_id)
        self.query_one(ArticleReader).scroll_to_selected()  # a jump shows it, even if already selected
        self._hand_over_refreshes()

    def _hand_over_refreshes(self) -> None:
        """Hand the screen every redraw and layout its panes asked for, now: each widget hands
        them over when it next idles, after the screen's next frame had begun. That frame drew
        what was handed over first (the key bar, or the panes' new text at the old layout) and
        the next one laid the panes out: two frames, 16-33 ms apart, for each jump."""
        for widget in self.walk_children(Widget):
            widget._check_refresh()  # Textual's own idle step (widget.py): posts Update and Layout
            for part in widget._get_virtual_dom():  # its scrollbars (not among its children)
                part._check_refresh()

    def _open_article(self, article: Article) -> None:
        assert self.data is not None
        corpus = self.data.corpus
        # Read first (its shard, on demand): a damaged one raises here, and the screen stays as it was.
        # background sentences are text to read, not claims: not marked in the reader nor listed
        claims = [c for c in corpus.claims_for_article(article.id) if not is_background(c)]
        ids = {claim.id for claim in claims}
        # this article's links only: opening an article costs the article, not the corpus
        conflicting = set(conflicting_ids(x for i in ids for x in corpus.xrefs_for_claim(i)) & ids)
        self.article, self.claims, self.conflicting = article, claims, conflicting
        self.selected_id = None  # the new article's claim is selected next
        self.query_one(ArticleReader).show_article(article, self.claims, self.conflicting)
        self._refresh_claims_list()
        self.query_one(SourcesList).highlight_article(article.id)
        self.query_one("#article-title", Static).update(
            article_heading(article, len(self.claims), len(self.conflicting))
        )
        self.query_one("#claims-title", Static).update(Text(f"Claims ({len(self.claims)})", style="bold"))

    def refresh_user_marks(self) -> None:
        """Redraw bookmark and note marks after they changed elsewhere."""
        if self.data is not None and self.article is not None:
            self._refresh_claims_list()
            self.query_one(ClaimDetail).refresh_claim()

    def _refresh_claims_list(self) -> None:
        assert self.data is not None
        user = self.data.user
        ids = [claim.id for claim in self.claims]
        bookmarked = set(userdata.bookmarked_ids(user)) & set(ids)
        noted = {claim_id for claim_id in ids if userdata.note_for(user, claim_id)}
        self.query_one(ClaimsList).set_claims(
            self.claims, conflicting=self.conflicting, bookmarked=bookmarked, noted=noted
        )

    def select_claim(self, claim_id: str | None) -> None:
        """Make ``claim_id`` the selected claim in every pane (they are bound to it)."""
        self.selected_id = claim_id

    def watch_selected_id(self) -> None:
        self.refresh_bindings()  # the link keys are greyed out for a claim with no links

    def _claim_view(self, claim_id: str | None) -> ClaimView | None:
        """What the detail pane shows of ``claim_id``."""
        claim = next((claim for claim in self.claims if claim.id == claim_id), None)
        if claim is None or self.data is None:
            return None
        corpus, user = self.data.corpus, self.data.user
        links = links_for(claim, corpus.xrefs_for_claim(claim.id), self._lookup_claim, self._lookup_article)
        note = userdata.pending_note(user, claim.id) or userdata.note_for(user, claim.id)
        return ClaimView(claim, self.article, links, userdata.is_bookmarked(user, claim.id), note)

    def _lookup_claim(self, claim_id: str) -> Claim | None:
        return userdata.find_claim(self.data, claim_id)

    def _lookup_article(self, article_id: str) -> Article | None:
        return userdata.find_article(self.data, article_id)

    def _selected_claim(self) -> Claim | None:
        return next((claim for claim in self.claims if claim.id == self.selected_id), None)

    # -- events from the panes ----------------------------------------------------
    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        # Only the list's current highlight: an older one (keys read together, each moving
        # it) would select a claim the list has left, which moves it back, and so on.
        # Nor one of the article shown before: its list's last highlight, read after the list was
        # filled with another article's claims, has the same index as the new one.
        claims_list = event.option_list
        if isinstance(claims_list, ClaimsList) and event.option is claims_list.highlighted_option:
            self.select_claim(event.option.id)

    def on_sources_list_selected(self, event: SourcesList.Selected) -> None:
        if self.article is None or event.article_id != self.article.id:
            if self._lookup_article(event.article_id) is None:  # a first screen shown before the DB is read
                self.app.notify("Still reading the corpus: that article opens in a moment.", markup=False)
                return
            self.go_to(Location(event.article_id, None))
        self._focus_pane("reader")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if isinstance(event.option_list, ClaimsList):
            self.query_one(XRefList).focus()

    def on_article_reader_claim_clicked(self, event: ArticleReader.ClaimClicked) -> None:
        self.select_claim(event.claim_id)

    def on_article_reader_claim_scrolled_into_view(self, event: ArticleReader.ClaimScrolledIntoView) -> None:
        # Only the reader's current one: an older one (the text scrolled on while it was queued)
        # would select a claim the text has left, which scrolls it back there, and so on.
        if event.claim_id == self.query_one(ArticleReader).selected_id:
            self.select_claim(event.claim_id)

    def on_xref_list_follow(self, event: XRefList.Follow) -> None:
        self.go_to_claim(event.claim_id)

    def on_descendant_focus(self, event) -> None:
        for pane in PANES:
            if self.query_one(f"#{pane}-pane").has_focus_within:
                self.active_pane = pane

    # -- panes --------------------------------------------------------------------
    def watch_active_pane(self, pane: str) -> None:
        for name in PANES:
            self.query_one(f"#{name}-pane").set_class(name == pane, "-active")
        self._show_pane_tabs()

    def _show_pane_tabs(self, *_args: object) -> None:
        self.query_one(PaneTabs).show(PANE_LABELS, self.active_pane, [("pane.next", "next pane")])

    def _focus_pane(self, pane: str) -> None:
        self.active_pane = pane
        panes: dict[str, type[Widget]] = {"sources": SourcesList, "reader": ArticleReader, "claims": ClaimsList}
        target = self.query_one(panes[pane])
        self.call_after_refresh(target.focus)

    def _step_pane(self, step: int) -> None:
        order = [*PANES, "xrefs"]
        focused = self.focused
        current = "xrefs" if isinstance(focused, XRefList) else self.active_pane
        target = order[(order.index(current) + step) % len(order)]
        if target == "xrefs":
            self.active_pane = "claims"
            self.call_after_refresh(self.query_one(XRefList).focus)
        else:
            self._focus_pane(target)

    def action_next_pane(self) -> None:
        self._step_pane(1)

    def action_prev_pane(self) -> None:
        self._step_pane(-1)

    # -- claim actions --------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _CLAIM_ACTIONS:
            # Until the panes are filled they show as they will once the article opens,
            # not greyed out for the moment of the load.
            return True if self.claims or not self._filled else None
        if action == "step_xref":
            xrefs = self._xref_list()
            return True if xrefs is not None and xrefs.targets else None
        if action == "back":
            return True if self.history.can_go_back else None
        if action == "forward":
            return True if self.history.can_go_forward else None
        return True

    def _xref_list(self) -> XRefList | None:
        """The detail pane's list of links, once composed (kept: a query walked the screen's
        widgets for each of the ~40 bindings checked on every change of focus or claim)."""
        if self._xrefs is None:
            self._xrefs = next(iter(self.query(XRefList)), None)
        return self._xrefs

    def _step_claim(self, step: int) -> None:
        if not self.claims:
            return
        ids = [claim.id for claim in self.claims]
        index = ids.index(self.selected_id) if self.selected_id in ids else -1
        self.select_claim(ids[max(0, min(len(ids) - 1, index + step))])

    def action_next_claim(self) -> None:
        self._step_claim(1)

    def action_prev_claim(self) -> None:
        self._step_claim(-1)

    def action_first_claim(self) -> None:
        if self.claims:
            self.select_claim(self.claims[0].id)

    def action_last_claim(self) -> None:
        if self.claims:
            self.select_claim(self.claims[-1].id)

    def action_follow_xref(self) -> None:
        target = self.query_one(XRefList).highlighted_target()
        if target is None:
            self.app.notify("This claim has no cross-reference to follow.", markup=False)
            return
        self.go_to_claim(target)

    def action_step_xref(self, step: int) -> None:
        """To the selected claim's cross-references, then from one to the next; they were
        two Tabs away at a stop nothing marked."""
        xrefs = self.query_one(XRefList)
        if not xrefs.targets:
            return
        if self.focused is not xrefs:  # the first press shows where the links are
            self.active_pane = "claims"
            xrefs.focus()
            return
        if step > 0:
            xrefs.action_cursor_down()
        else:
            xrefs.action_cursor_up()

    def action_back(self) -> None:
        self._return_to(self.history.back(self.location))

    def action_forward(self) -> None:
        self._return_to(self.history.forward(self.location))

    def _return_to(self, location: Location | None) -> None:
        if location is None:
            return
        if location.view is not None:  # the claim was opened from a view: back to it
            cast("FactscopeApp", self.app).open_view(location.view, **dict(location.view_options))
            self.refresh_bindings()
            return
        try:
            self._shown(location)
        except LookupError:  # the corpus was rebuilt without that article
            self.app.notify("That article is no longer in the corpus.", severity="warning", markup=False)
        self.refresh_bindings()

    def action_reader_page_down(self) -> None:
        self.query_one(ArticleReader).scroll_page_down(animate=False)

    def action_reader_page_up(self) -> None:
        self.query_one(ArticleReader).scroll_page_up(animate=False)
