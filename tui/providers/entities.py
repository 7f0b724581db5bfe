"""Palette: open the entities view on an entity.

Each entity's claims are counted by the entities view's model (built behind search soon after
start-up, or at once for a corpus read whole): counting them from the claims read every claim
of a corpus read in part (at 100k claims, seconds of CPU on the second key typed). A corpus
read in part whose model is not built yet has no entity hits.
"""

from __future__ import annotations

from functools import partial

from textual.command import Hit, Hits, Provider

from corpus.display import one_line
from tui.data import queries_of
from tui.providers.base import app_of, data_of, highlighted, name_score, plain_help


class EntitiesProvider(Provider):
    async def search(self, query: str) -> Hits:
        data = data_of(self)
        if data is None or len(query) < 2:
            return
        queries = queries_of(data)
        if not (getattr(data.corpus, "complete", True) or queries.ready("entities")):
            return
        for row in queries.entities.rows:
            entity = row.entity
            names = [entity.name, *entity.aliases]
            match = max(name_score(query, one_line(name, 80)) for name in names)
            if match < 0.8:
                continue
            claims = row.claim_count
            if not claims:
                continue
            count = f"{claims} claim{'s' if claims != 1 else ''}"
            label = f"{one_line(entity.name, 60)} ({one_line(entity.type, 20)}, {count})"
            yield Hit(
                match,
                highlighted(label, query),
                partial(app_of(self).open_view, "entities", entity=entity.name),
                text=label,
                help=plain_help("Open in the entities view"),
            )
