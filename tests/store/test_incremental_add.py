"""An add costs the article: the index is extended, and only new files are written."""

from __future__ import annotations

from dataclasses import fields

from corpus.model import Entity
from store.corpus_index import CorpusIndex
from tests.store import helpers

BODIES = [
    "Kyiv said 40 drones were shot down.\nOdesa reported 3 ships in port.\n",
    "Seoul counted 1,500 troops.\nKyiv said 12 more drones came later.\n",
    "Odesa said 7 ships left on Monday.\n",
]


def test_extending_an_index_equals_building_it_whole() -> None:
    old = helpers.extract([helpers.make_article(body) for body in BODIES[:2]])
    new = helpers.extract([helpers.make_article(BODIES[2])])
    index = CorpusIndex.from_parts({"a": 1}, old.articles, old.claims, old.entities, old.xrefs)
    entities = {e.name: e for e in old.entities}
    kyiv = entities["Kyiv"]
    entities["Kyiv"] = Entity(kyiv.name, kyiv.type, [*kyiv.aliases, "KYIV CITY"])  # an alias gained
    entities.update({e.name: e for e in new.entities if e.name not in entities})
    whole = CorpusIndex.from_parts(
        {"a": 2}, old.articles + new.articles, old.claims + new.claims, list(entities.values()), old.xrefs + new.xrefs
    )
    extended = index.extended({"a": 2}, new.articles, new.claims, entities, new.xrefs)
    for field in fields(CorpusIndex):
        assert getattr(extended, field.name) == getattr(whole, field.name), field.name
    assert list(extended.claims) == list(whole.claims)  # the order too
    assert index.claims.keys() == {c.id for c in old.claims}  # the old index is left as it was
