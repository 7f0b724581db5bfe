"""The strip that names the panes on a narrow terminal, with the keys in force to move.

Keys are read from the screen's live bindings, never written in: keymaps move them.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static


def key_display(screen: Screen, binding_id: str) -> str | None:
    """How the first key bound to ``binding_id`` on ``screen`` is shown, or None if unbound."""
    for active in screen.active_bindings.values():
        if active.binding.id == binding_id:
            return screen.app.get_key_display(active.binding)
    return None


class PaneTabs(Static):
    """`` Sources  [Article]  Claims   tab: next pane``."""

    _shown: Text | None = None

    def show(self, labels: dict[str, str], active: str, hints: list[tuple[str, str]]) -> None:
        """``labels``: pane -> label, in order; ``hints``: (binding id, what it does)."""
        tabs = Text()
        for name, label in labels.items():
            tabs.append(f" {label} ", style="reverse bold" if name == active else "")
            tabs.append(" ")
        shown = [(key_display(self.screen, binding_id), what) for binding_id, what in hints]
        tabs.append("  ".join(f"{key}: {what}" for key, what in shown if key), style="dim")
        if tabs != self._shown:  # the bindings change on every return to the screen: an update
            self._shown = tabs  # lays the whole screen out again, one more frame after the first
            self.update(tabs)
