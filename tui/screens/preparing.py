"""A view whose model is still being built (every claim read, at 100k claims seconds of it).

Shown at once on the view's key, in the view's place: its name and what is under way. The
keys stay live: Escape goes back, another view's key opens that one; other keys typed after the
view's key wait for the view. When the model is
ready the app puts the view in its place, if this screen is still the one shown; if the
user has gone elsewhere, nothing pops up, and the view opens at once on its key.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Static

from tui.commands.bindings import bindings
from tui.commands.views import PREPARING_COMMANDS
from tui.widgets.footer import KeyBar

TITLES = {"figures": "Figures", "timeline": "Timeline", "entities": "Entities"}


class PreparingViewScreen(Screen[None]):
    BINDINGS = bindings(PREPARING_COMMANDS)
    CSS = """
    PreparingViewScreen .view-title { height: 1; padding: 0 1; text-style: bold; background: $boost; }
    #preparing-message { height: 1fr; padding: 1 2; }
    """

    def __init__(self, view: str, claims: int) -> None:
        super().__init__()
        self.view = view
        self.claims = claims

    def compose(self) -> ComposeResult:
        # "·", not the view's own "Title —": the view's title means the view is there.
        yield Static(Text(f"{TITLES.get(self.view, self.view)} · preparing", end=""), classes="view-title")
        yield Static(
            Text(
                f"Preparing this view from {self.claims:,} claims: it opens here when ready.\n"
                "Escape goes back meanwhile; the view keeps preparing, and opens at once on its key.",
                style="dim",
            ),
            id="preparing-message",
        )
        yield KeyBar()

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
