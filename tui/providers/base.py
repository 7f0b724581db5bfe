"""Shared helpers: palette entries are ``rich.text.Text`` (never markup), matched with rapidfuzz.

The palette parses a hit's ``help`` as markup when it is a ``str``; ``plain_help``
hands it a ``Content``, which it shows as it is (a ``[/foo]`` in a title crashed the app).
rapidfuzz is imported when the palette first searches, not at app start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from rich.text import Text
from textual.content import Content

if TYPE_CHECKING:
    from textual.command import Provider

    from tui.app import FactscopeApp


def app_of(provider: Provider) -> FactscopeApp:
    """The provider's app, typed as the app it always is here."""
    return cast("FactscopeApp", provider.app)


def data_of(provider: Any):
    """The app's loaded data, or None while it is still loading."""
    return getattr(provider.app, "data", None)


def highlighted(label: str, query: str, style: str = "reverse") -> Text:
    """``label`` as plain Text with the best-matching stretch of ``query`` highlighted."""
    text = Text(label)
    if query:
        from rapidfuzz import fuzz

        alignment = fuzz.partial_ratio_alignment(query.lower(), label.lower())
        if alignment is not None and alignment.score >= 60 and alignment.dest_end > alignment.dest_start:
            text.stylize(style, alignment.dest_start, alignment.dest_end)
    return text


def plain_help(text: str) -> Any:
    """A hit's help line as plain text (typed ``Any``: Textual's annotation says ``str``)."""
    return Content(text)


def score(query: str, label: str) -> float:
    """0..1: how well ``label`` matches ``query`` (word order and partial words tolerated)."""
    from rapidfuzz import fuzz

    return fuzz.WRatio(query, label, processor=str.lower) / 100


def name_score(query: str, name: str) -> float:
    """0..1 for short names: a query longer than the name must match the whole name."""
    from rapidfuzz import fuzz

    query, name = query.lower(), name.lower()
    if len(query) <= len(name):
        return fuzz.partial_ratio(query, name) / 100
    return fuzz.ratio(query, name) / 100
