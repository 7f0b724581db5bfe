"""One object per user-facing command: its binding id, key, palette entry and help.

Keys, footer, command palette, help screen and ``factscope keys`` are all
derived from these objects, so they never drift apart. A command names the
action it runs (an ``action_*`` method on the screen or app in its scope);
user keymaps rebind it by its stable dotted ``id`` via ``App.update_keymap``.
A command's key is its default key: the ``default`` keymap changes nothing,
``vim`` and ``emacs`` are overlays naming only the ids they rebind.

A command's scope is the screen class that binds it (``BINDINGS =
bindings(...)``): the palette offers a screen the commands its class binds,
plus the app's. ``screen_commands`` labels a screen's commands with the class's
name once, for the headless ``factscope keys`` and the keymaps' conflict check
(a test holds each label equal to the class that binds the command).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

APP_SCOPE = "app"  # commands the app binds: in force on every screen


@dataclass(frozen=True, slots=True)
class Command:
    id: str  # stable dotted id, e.g. "claim.next"; documented in keymaps/README.md, never renamed
    key: str  # default key(s), Textual syntax, comma separated: "j,down"
    action: str  # action run by the binding, e.g. "next_claim"
    title: str  # short label for footer and palette, e.g. "Next claim"
    help: str  # one line for the help screen and `factscope keys`
    show: bool = True  # shown in the footer
    footer_if_room: bool = False  # not shown, but the footer adds it when it has room to spare
    priority: bool = False  # priority binding (works even when an Input has focus)
    palette: bool = True  # offered in the command palette
    scope: str = APP_SCOPE  # set by ``screen_commands``, never by hand


def screen_commands(screen_class_name: str, *commands: Command) -> tuple[Command, ...]:
    """The commands bound by the screen class ``screen_class_name``, labelled with its name."""
    return tuple(replace(command, scope=screen_class_name) for command in commands)
