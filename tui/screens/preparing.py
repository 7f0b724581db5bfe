"""A view whose model is still being built (every claim read, at 100k claims seconds of it).

Shown at once on the view's key, in the view's place: its name and what is under way. The
keys stay live: Escape goes back, another view's key opens that one; other keys typed after the
view's key wait for the view. When the model is
ready the app puts the view in its place, if this screen is still the one shown; if the
user has gone elsewhere, nothing pops up, and the view opens at once on its key.

The same screen holds a view's place while the corpus itself is still loading (``loading``: on a
large DB the search index, which says where every claim lives, comes a second or more after the
first screen): it says so, and the app opens the view in its place once the index is there.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from tui.commands.bindings import bindings
from tui.commands.views import PREPARING_COMMANDS
from tui.widgets.footer import KeyBar

TITLES = {"search": "Search", "figures": "Figures", "timeline": "Timeline", "entities": "Entities"}


class PreparingViewScreen(Screen[None]):
    BINDINGS = bindings(PREPARING_COMMANDS)
    CSS = """
    PreparingViewScreen .view-title { height: 1; padding: 0 1; text-style: bold; background: $boost; }
    #preparing-message { height: 1fr; padding: 1 2; }
    """

    def __init__(
        self, view: str, claims: int, *, corpus_loading: bool = False, options: dict[str, Any] | None = None
    ) -> None:
        super().__init__()
        self.view = view
        self.claims = claims
        self.corpus_loading = corpus_loading  # the corpus (its search index) still loading, not the view's model
        self.options = options or {}  # the view's, as its key or command asked for it

    def compose(self) -> ComposeResult:
        # "·", not the view's own "Title —": the view's title means the view is there.
        title = TITLES.get(self.view, self.view)
        yield Static(
            Text(f"{title} · {'loading' if self.corpus_loading else 'preparing'}", end=""), classes="view-title"
        )
        if self.corpus_loading:
            message = (
                "The corpus is still loading: its search index, which says where every claim is.\n"
                "This view opens here when it is ready; the keys typed meanwhile go to it. Escape goes back."
            )
        else:
            message = (
                f"Preparing this view from {self.claims:,} claims: it opens here when ready.\n"
                "Escape goes back meanwhile; the view keeps preparing, and opens at once on its key."
            )
        yield Static(Text(message, style="dim"), id="preparing-message")
        yield KeyBar()

    def failed(self, message: str) -> None:
        """What was loading for the view failed: said here, where the user waits for it."""
        if self.corpus_loading and self.is_mounted:
            self.query_one("#preparing-message", Static).update(
                Text(f"The search index could not be loaded: {message}\nEscape goes back.")
            )

    def answers_key(self, key: str, first: bool) -> bool:
        """The keys this screen answers: its own (back) wherever typed, and another view's key typed
        first (a view in its place; after other keys it is text for the view, as in `t/denial`).
        The app keeps the other keys typed after the view's key for the view (tui/keys/in_order.py)."""
        active = self.active_bindings.get(key)
        return active is not None and (active.node is self or (first and active.binding.action.startswith("view_")))

    def on_screen_suspend(self) -> None:
        resume = getattr(self.app, "resume_keys", None)
        if resume is not None:
            resume()  # the view in this screen's place (or whatever the user went to) takes them

    def action_close(self) -> None:
        self.dismiss(None)
