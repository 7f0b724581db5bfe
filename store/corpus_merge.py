"""Merging an incremental ``Extraction`` into what a corpus DB holds.

Articles already stored (same id, i.e. same body) are skipped with their
claims, entities gain any new aliases, duplicate xrefs are dropped, so running
``factscope add`` twice, or two adds of one file at once, stores each thing once.
The result is a new ``CorpusIndex`` sharing the old objects (no re-parse).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from corpus.model import Article, Claim, Entity, Extraction, XRef
from store.corpus_index import SCHEMA_VERSION, CorpusIndex
from store.validate import check_extraction


@dataclass(slots=True)
class AddResult:
    """What an add stored (ids), and which articles were already there."""

    articles: list[str] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    xrefs: int = 0
    skipped_articles: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # where extraction stopped at a bound (corpus.limits)
    relations: dict[str, int] = field(default_factory=dict)  # the new links, by relation
    unlinked: list[XRef] = field(default_factory=list)  # stored links taken back (a better one came)

    @property
    def changed(self) -> bool:
        return bool(self.articles or self.xrefs or self.entities)


def _new_parts(current: CorpusIndex, delta: Extraction, result: AddResult, stored: Collection[str]) -> Extraction:
    """What of ``delta`` is new; ``stored``: the ids of the stored claims its links may name."""
    articles: list[Article] = []
    for article in delta.articles:
        if article.id in current.articles or article.id in result.articles:
            result.skipped_articles.append(article.id)
        else:
            articles.append(article)
            result.articles.append(article.id)
    fresh = set(result.articles)
    claims: list[Claim] = []
    seen_claims: set[str] = set()
    for claim in delta.claims:
        if claim.article_id in fresh and claim.id not in current.claims and claim.id not in seen_claims:
            seen_claims.add(claim.id)
            claims.append(claim)
    known = set(stored) | seen_claims
    seen = {(x.source, x.target, x.relation) for x in current.xrefs}
    xrefs: list[XRef] = []
    for xref in delta.xrefs:
        key = (xref.source, xref.target, xref.relation)
        # xrefs about a skipped article's claims go with them
        if key not in seen and xref.source in known and xref.target in known:
            seen.add(key)
            xrefs.append(xref)
    # links taken back for the new articles' sake, each once
    unlinked = list({(x.source, x.target, x.relation): x for x in delta.unlinked}.values()) if articles else []
    return Extraction(articles=articles, claims=claims, xrefs=xrefs, unlinked=unlinked)


def _merged_entities(current: CorpusIndex, incoming: list[Entity], result: AddResult) -> dict[str, Entity]:
    entities = dict(current.entities)
    for entity in incoming:
        old = entities.get(entity.name)
        if old is None:
            entities[entity.name] = entity
            result.entities.append(entity.name)
            continue
        aliases = list(dict.fromkeys([*old.aliases, *entity.aliases]))
        if aliases != old.aliases:
            entities[entity.name] = Entity(old.name, old.type, aliases)
    return entities


def merge_delta(path: Path, current: CorpusIndex, delta: Extraction) -> tuple[AddResult, CorpusIndex | None]:
    """The add's outcome and the merged index (None when there is nothing new)."""
    result = AddResult(notices=list(delta.notices))
    kept = _new_parts(current, delta, result, current.claims.keys())
    check_extraction(path, kept, current.articles, current.claims)
    if not (kept.articles or kept.xrefs):
        return result, None
    entities = _merged_entities(current, delta.entities, result)
    _count(result, kept)
    meta = _meta(current)
    taken = {(x.source, x.target, x.relation) for x in kept.unlinked}
    result.unlinked = [x for x in current.xrefs if (x.source, x.target, x.relation) in taken]
    if result.unlinked:  # the stored links less those taken back, then the new ones
        current = replace(
            CorpusIndex.from_parts(
                current.meta,
                list(current.articles.values()),
                list(current.claims.values()),
                list(current.entities.values()),
                [x for x in current.xrefs if (x.source, x.target, x.relation) not in taken],
            ),
            shards=current.shards,
            article_files=current.article_files,
        )
    merged = current.extended(meta, kept.articles, kept.claims, entities, kept.xrefs)
    merged.meta["counts"] = counts(merged)
    return result, merged


@dataclass(frozen=True, slots=True)
class Appended:
    """What an add brings to a DB read as its catalogue alone: the new parts, and the catalogue's
    new entities and meta."""

    parts: Extraction  # the new articles, their claims and the new links
    entities: dict[str, Entity]  # every entity, merged
    meta: dict[str, Any]


def merge_appended(
    path: Path, current: CorpusIndex, delta: Extraction, stored: Collection[str]
) -> tuple[AddResult, Appended | None]:
    """``merge_delta`` for ``current`` a catalogue alone (no claim, no link read): ``stored``
    are the stored claims the delta's links may name (those the add met). A link joins a new
    claim, so none can be stored already."""
    result = AddResult(notices=list(delta.notices))
    kept = _new_parts(current, delta, result, stored)
    check_extraction(path, kept, current.articles, stored)
    if not (kept.articles or kept.xrefs):
        return result, None
    entities = _merged_entities(current, delta.entities, result)
    _count(result, kept)
    meta = _meta(current)
    result.unlinked = list(kept.unlinked)
    links = sum(e.get("xrefs", 0) - len(e.get("unlinked", ())) for e in current.shards) - len(kept.unlinked)
    before = sum(entry.get("claims", 0) for entry in current.shards), links
    meta["counts"] = {
        "articles": len(current.articles) + len(kept.articles),
        "claims": before[0] + len(kept.claims),
        "entities": len(entities),
        "xrefs": before[1] + len(kept.xrefs),
    }
    return result, Appended(kept, entities, meta)


def _count(result: AddResult, kept: Extraction) -> None:
    result.claims = [c.id for c in kept.claims]
    result.xrefs = len(kept.xrefs)
    result.relations = dict(Counter(x.relation for x in kept.xrefs))


def _meta(current: CorpusIndex) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    meta = dict(current.meta) or {
        "schema_version": SCHEMA_VERSION,
        "kind": "factscope.corpus",
        "fingerprint": None,
        "pipeline_version": None,
        "includes_bundled": False,
        "built_at": now,
    }
    meta["updated_at"] = now
    return meta


def counts(index: CorpusIndex) -> dict[str, int]:
    return {
        "articles": len(index.articles),
        "claims": len(index.claims),
        "entities": len(index.entities),
        "xrefs": len(index.xrefs),
    }
