"""A screen's breakpoint class, in force before its first layout.

Textual gives a screen its ``HORIZONTAL_BREAKPOINTS`` class on its first
Resize, after the first frame: the screen is then restyled, laid out and drawn
a second time (a view's open cost ~40 ms more, the main screen's ~120 ms).
"""

from __future__ import annotations

from textual.screen import Screen


def breakpoint_class(breakpoints: list[tuple[int, str]], width: int) -> str:
    """The class Textual gives a screen ``width`` cells wide."""
    return next((name for minimum, name in sorted(breakpoints, reverse=True) if width >= minimum), "")


def apply_breakpoints(screen: Screen) -> None:
    """Call from ``compose``: the class Textual would give it on its first Resize."""
    if screen.HORIZONTAL_BREAKPOINTS:
        screen.add_class(breakpoint_class(screen.HORIZONTAL_BREAKPOINTS, screen.app.size.width))
