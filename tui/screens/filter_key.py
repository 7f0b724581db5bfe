"""The views' filter key is not offered while the filter box has the focus.

There the key types into the box. Textual hides such bindings from the
footer and help by asking the box whether it takes the key's character, but
it finds no character for the key named ``slash`` (Unicode calls it SOLIDUS),
so ``/ Filter`` stayed in the footer of a box that types ``/``.
"""

from __future__ import annotations

from textual.widgets import Input


class FilterKeyInBox:
    """Mixed into a view screen whose ``focus_filter`` action focuses an Input."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Hidden in the box (False), where the key is typed into it.
        return not (action == "focus_filter" and isinstance(self.focused, Input))  # type: ignore[attr-defined]
