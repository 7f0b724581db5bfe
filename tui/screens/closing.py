"""Whether the app is closing, for a view's on_mount.

The app composes the views' screens ahead, off screen, once their models are built
(``FactscopeApp._compose_views_ahead``). If the app exits meanwhile, Textual closes such a
screen before its widgets are mounted (it mounts nothing into a closing node) but still sends
it Mount: its on_mount must then not look for them (NoMatches ended the app with an error).
"""

from __future__ import annotations

from textual.screen import Screen


def app_closing(screen: Screen) -> bool:
    """The app was told to exit (``exit``: its return code is set) or is shutting down."""
    return screen.app.return_code is not None or not screen.app.is_running
