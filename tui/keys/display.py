"""How a sequence such as "ctrl+x ctrl+s" is shown in footer, help and palette.

Textual formats a binding's key by splitting it on "+", which garbles a
sequence whose later keys have modifiers ("x ctrl+^s"); each key of the
sequence is formatted on its own instead.
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding


def sequence_key_display(app: App, binding: Binding) -> str | None:
    """The display of a sequence binding's keys, or None for a single key."""
    if " " not in binding.key or binding.key_display:
        return None
    return " ".join(App.get_key_display(app, binding.with_key(part)) for part in binding.key.split(" "))
