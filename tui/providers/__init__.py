"""Command-palette providers: articles, claims, entities and commands.

``PROVIDERS`` holds loaders, not the classes: Textual accepts a callable that
returns the provider class in ``App.COMMANDS`` and calls it when the palette
opens, so the providers are not imported on the way to the first screen.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.command import Provider


def _loader(module: str, name: str) -> Callable[[], type[Provider]]:
    def load() -> type[Provider]:
        return getattr(import_module(f"tui.providers.{module}"), name)

    load.__qualname__ = f"load_{name}"
    return load


PROVIDERS = (
    _loader("articles", "ArticlesProvider"),
    _loader("claims", "ClaimsProvider"),
    _loader("entities", "EntitiesProvider"),
    _loader("commands", "CommandsProvider"),
)

__all__ = ["PROVIDERS"]
