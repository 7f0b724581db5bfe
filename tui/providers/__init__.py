"""Command-palette providers: articles, claims, entities and commands."""

from tui.providers.articles import ArticlesProvider
from tui.providers.claims import ClaimsProvider
from tui.providers.commands import CommandsProvider
from tui.providers.entities import EntitiesProvider

PROVIDERS = (ArticlesProvider, ClaimsProvider, EntitiesProvider, CommandsProvider)

__all__ = ["PROVIDERS", "ArticlesProvider", "ClaimsProvider", "CommandsProvider", "EntitiesProvider"]
