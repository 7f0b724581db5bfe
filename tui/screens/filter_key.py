"""The views' filter key is not offered while the filter box has the focus.

There the key types into the box. Textual hides such bindings from the
footer and help by asking the box whether it takes the key's character, but
it finds no character for the key named ``slash`` (Unicode calls it SOLIDUS),
so ``/ Filter`` stayed in the footer of a box that types ``/``.

Keys typed in one burst after it (``/kind:denial``) must all reach the box. A terminal
delivers them at once and the app hands each to the widget focused as it reads it; the
key's action ran later, as the list passed it up, and focused the box later still
(``Widget.focus`` waits its turn), so the first letters went to the list (``e`` opened
the entities view). As a priority binding (the command's ``priority``) the app runs the action as it reads the key,
and ``set_focus`` moves the focus then: the next key goes to the box.
"""

from __future__ import annotations

from textual.widgets import Input

FILTER_ACTION = "focus_filter"  # its commands are priority bindings (tui/commands/views.py)


class FilterKeyInBox:
    """Mixed into a view screen whose ``focus_filter`` action focuses an Input."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Hidden in the box (False), where the key is typed into it.
        return not (action == FILTER_ACTION and isinstance(self.focused, Input))  # type: ignore[attr-defined]

    def focus_filter_box(self, box: Input) -> None:
        """Focus ``box`` now, before the app hands on the next key typed."""
        self.set_focus(box)  # type: ignore[attr-defined]
