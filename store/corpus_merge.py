"""Merging an incremental ``Extraction`` into a corpus DB inside a transaction.

Articles already stored (same id, i.e. same body) are skipped with their
claims, entities gain any new aliases, duplicate xrefs are dropped, so running
``factscope add`` twice, or two adds of one file at once, stores each thing once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone

from tinydb.table import Table

from corpus.model import Extraction
from store.corpus_index import SCHEMA_VERSION, CorpusIndex, meta_doc
from store.storage import AtomicJSONStorage
from store.validate import check_extraction


@dataclass(slots=True)
class AddResult:
    """What an add stored (ids), and which articles were already there."""

    articles: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    xrefs: int = 0
    skipped_articles: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.articles or self.xrefs or self.entities)


def _new_parts(current: CorpusIndex, delta: Extraction, result: AddResult) -> Extraction:
    kept = Extraction()
    for article in delta.articles:
        if article.id in current.articles or article.id in result.articles:
            result.skipped_articles.append(article.id)
        else:
            kept.articles.append(article)
            result.articles.append(article.id)
    fresh = set(result.articles)
    seen_claims: set[str] = set()
    for claim in delta.claims:
        if claim.article_id in fresh and claim.id not in current.claims and claim.id not in seen_claims:
            seen_claims.add(claim.id)
            kept.claims.append(claim)
    known = current.claims.keys() | seen_claims
    seen = {(x.source, x.target, x.relation) for x in current.xrefs}
    for xref in delta.xrefs:
        key = (xref.source, xref.target, xref.relation)
        # xrefs about a skipped article's claims go with them
        if key not in seen and xref.source in known and xref.target in known:
            seen.add(key)
            kept.xrefs.append(xref)
    return kept


def merge_delta(storage: AtomicJSONStorage, current: CorpusIndex, delta: Extraction) -> AddResult:
    """Write ``delta``'s new parts through TinyDB tables; call inside ``storage.transaction()``."""
    result = AddResult()
    kept = _new_parts(current, delta, result)
    check_extraction(storage.path, kept, current.articles, current.claims)
    if not (kept.articles or kept.xrefs):
        return result
    data = storage.read() or {}
    entity_ids = {doc["name"]: int(key) for key, doc in (data.get("entities") or {}).items()}
    entities = Table(storage, "entities")
    for entity in delta.entities:
        if entity.name in entity_ids:
            old = current.entities.get(entity.name)
            old_aliases = old.aliases if old else []
            aliases = list(dict.fromkeys([*old_aliases, *entity.aliases]))
            if aliases != old_aliases:
                entities.update({"aliases": aliases}, doc_ids=[entity_ids[entity.name]])
        elif entity.name not in result.entities:
            entities.insert(entity.to_dict())
            result.entities.append(entity.name)
    Table(storage, "articles").insert_multiple(a.to_dict() for a in kept.articles)
    Table(storage, "claims").insert_multiple(c.to_dict() for c in kept.claims)
    Table(storage, "xrefs").insert_multiple(x.to_dict() for x in kept.xrefs)
    result.claims = [c.id for c in kept.claims]
    result.xrefs = len(kept.xrefs)
    _touch_meta(storage)
    return result


def _touch_meta(storage: AtomicJSONStorage) -> None:
    data = storage.read() or {}
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    counts = {name: len(data.get(name) or {}) for name in ("articles", "claims", "entities", "xrefs")}
    meta = Table(storage, "meta")
    if meta_doc(data):
        first = min(map(int, data["meta"]))
        meta.update({"updated_at": now, "counts": counts}, doc_ids=[first])
    else:
        meta.insert({
            "schema_version": SCHEMA_VERSION, "fingerprint": None, "pipeline_version": None,
            "includes_bundled": False, "built_at": now, "updated_at": now, "counts": counts,
        })
