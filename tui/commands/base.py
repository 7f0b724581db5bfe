"""One object per user-facing command: its binding id, key, palette entry and help.

Keys, footer, command palette, help screen and ``factscope keys`` are all
derived from these objects, so they never drift apart. A command names the
action it runs (an ``action_*`` method on the screen or app in its scope);
user keymaps rebind it by its stable dotted ``id`` via ``App.update_keymap``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Command:
    id: str  # stable dotted id, e.g. "claim.next"; documented in the README
    key: str  # default key(s), Textual syntax, comma separated: "j,down"
    action: str  # action run by the binding, e.g. "next_claim"
    title: str  # short label for footer and palette, e.g. "Next claim"
    help: str  # one line for the help screen and `factscope keys`
    scope: str = "app"  # "app" or the screen class's name that binds it
    show: bool = True  # shown in the footer
    footer_if_room: bool = False  # not shown, but the footer adds it when it has room to spare
    priority: bool = False  # priority binding (works even when an Input has focus)
    palette: bool = True  # offered in the command palette
