"""Palette: open the entities view on an entity."""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

from corpus.display import one_line
from tui.providers.base import app_of, data_of, highlighted, name_score, plain_help


class EntitiesProvider(Provider):
    async def search(self, query: str) -> Hits:
        data = data_of(self)
        if data is None or len(query) < 2:
            return
        for entity in data.corpus.entities():
            names = [entity.name, *entity.aliases]
            match = max(name_score(query, one_line(name, 80)) for name in names)
            if match < 0.8:
                continue
            claims = data.corpus.claims_for_entity(entity.name)
            if not claims:
                continue
            count = f"{len(claims)} claim{'s' if len(claims) != 1 else ''}"
            label = f"{one_line(entity.name, 60)} ({one_line(entity.type, 20)}, {count})"
            yield Hit(
                match,
                highlighted(label, query),
                partial(app_of(self).open_view, "entities", entity=entity.name),
                text=label,
                help=plain_help("Open in the entities view"),
            )
