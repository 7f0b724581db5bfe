"""The strip that names the panes on a narrow terminal, with the keys in force to move.

Keys are read from the screen's live bindings, never written in: keymaps move them.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen
from textual.widget import Widget


def key_display(screen: Screen, binding_id: str) -> str | None:
    """How the first key bound to ``binding_id`` on ``screen`` is shown, or None if unbound."""
    for active in screen.active_bindings.values():
        if active.binding.id == binding_id:
            return screen.app.get_key_display(active.binding)
    return None


class PaneTabs(Widget):
    """`` Sources  [Article]  Claims   tab: next pane``.

    Drawn from the screen's bindings when it is drawn, so only below 100 columns, where it
    shows: looking the keys up on every change of the bindings was ~4 ms of CPU before the
    first screen on a wide terminal, where it is hidden. A change repaints it and lays nothing
    out (its height is fixed): the bindings change on every return to the screen."""

    DEFAULT_CSS = "PaneTabs { height: 1; }"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._labels: dict[str, str] = {}
        self._active = ""
        self._hints: list[tuple[str, str]] = []

    def show(self, labels: dict[str, str], active: str, hints: list[tuple[str, str]]) -> None:
        """``labels``: pane -> label, in order; ``hints``: (binding id, what it does)."""
        self._labels, self._active, self._hints = labels, active, hints
        self.refresh()

    def render(self) -> Text:
        tabs = Text()
        for name, label in self._labels.items():
            tabs.append(f" {label} ", style="reverse bold" if name == self._active else "")
            tabs.append(" ")
        shown = [(key_display(self.screen, binding_id), what) for binding_id, what in self._hints]
        tabs.append("  ".join(f"{key}: {what}" for key, what in shown if key), style="dim")
        return tabs
