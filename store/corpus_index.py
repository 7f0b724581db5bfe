"""The in-memory view of a corpus DB: model objects plus the indexes the UI needs.

Built once from the parsed file (no TinyDB scans per query) and never mutated
afterwards, so a reload swaps in a whole new index in one assignment and
readers in other threads always see one consistent version.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from corpus.gcpause import paused_gc as paused_gc  # re-exported: store's loaders use it
from corpus.model import Article, AttributionSpan, Claim, Entity, Extraction, Quantity, XRef

SCHEMA_VERSION = 2  # bump when the stored layout changes; older files are rebuilt
# 1: one file holding every table; still read as it is, and converted on its first write
# 3: a catalogue whose articles are in article files (store/shards.py): what a catalogue holding
# them is written as, so that an older factscope refuses it instead of seeing a corpus without
# those articles (and writing that back); one without them is still written as 2
SEGMENTED_SCHEMA = 3
READABLE_SCHEMAS = (1, SCHEMA_VERSION, SEGMENTED_SCHEMA)


def table_docs(data: dict[str, dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """A table's documents in insertion (doc id) order."""
    table = data.get(name) or {}
    return [table[key] for key in sorted(table, key=int)] if table else []


def meta_doc(data: dict[str, dict[str, Any]]) -> dict[str, Any]:
    docs = table_docs(data, "meta")
    return dict(docs[0]) if docs else {}


# Stored documents come from ``to_dict`` so their keys match the dataclass
# exactly; ``cls(**doc)`` is several times faster than ``from_dict``, which
# stays the fallback for documents written by another version.
def _article(doc: dict[str, Any] | Article) -> Article:
    """``doc`` as an ``Article``; one already made (a partly read DB keeps its catalogue's
    articles as objects, not documents) is taken as it is."""
    try:
        return Article(**doc)  # type: ignore[arg-type]
    except TypeError:
        return doc if isinstance(doc, Article) else Article.from_dict(doc)


def _claim(doc: dict[str, Any]) -> Claim:
    try:
        return Claim(
            **{
                **doc,
                "quantities": [Quantity(**q) for q in doc.get("quantities", ())],
                "attributions": [AttributionSpan(**a) for a in doc.get("attributions", ())],
            }
        )
    except TypeError:
        return Claim.from_dict(doc)


def _entity(doc: dict[str, Any]) -> Entity:
    try:
        return Entity(**doc)
    except TypeError:
        return Entity.from_dict(doc)


def _xref(doc: dict[str, Any]) -> XRef:
    try:
        return XRef(**doc)
    except TypeError:
        return XRef.from_dict(doc)


def claims_of(docs: list[dict[str, Any]]) -> list[Claim]:
    return list(map(_claim, docs))


def xrefs_of(docs: list[dict[str, Any]]) -> list[XRef]:
    return list(map(_xref, docs))


@dataclass(frozen=True, slots=True)
class CorpusIndex:
    meta: dict[str, Any] = field(default_factory=dict)
    # stored order; a catalogue read in part for an add: its article files read when asked (store/article_map.py)
    articles: Mapping[str, Article] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)  # by article, then start
    by_article: dict[str, list[Claim]] = field(default_factory=dict)
    xrefs: list[XRef] = field(default_factory=list)
    by_claim: dict[str, list[XRef]] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    entity_keys: dict[str, str] = field(default_factory=dict)  # casefolded name or alias -> name
    by_entity: dict[str, list[Claim]] = field(default_factory=dict)
    shards: tuple[dict[str, Any], ...] = ()  # the shard files holding the claims (store/shards.py); () before any
    article_files: tuple[dict[str, Any], ...] = ()  # the article files holding the first articles (store/shards.py)
    complete: bool = True  # False: a catalogue alone (articles, entities, meta, shards), no claim or link read

    @classmethod
    def build(cls, data: dict[str, dict[str, Any]]) -> CorpusIndex:
        """From the parsed file (TinyDB layout)."""
        return cls.from_parts(
            meta_doc(data),
            list(map(_article, table_docs(data, "articles"))),
            list(map(_claim, table_docs(data, "claims"))),
            list(map(_entity, table_docs(data, "entities"))),
            list(map(_xref, table_docs(data, "xrefs"))),
        )

    @classmethod
    def from_parts(
        cls,
        meta: dict[str, Any],
        articles: list[Article],
        claims: list[Claim],
        entities: list[Entity],
        xrefs: list[XRef],
    ) -> CorpusIndex:
        """From model objects (a build, or the old index plus an add); shares them."""
        by_id = {a.id: a for a in articles}
        # each article's claims, grouped in article order (a catalogue alone: none, and no empty
        # list for each of its articles, 50,000 of them at a million claims)
        claimed = {claim.article_id for claim in claims}
        by_article: dict[str, list[Claim]] = {aid: [] for aid in by_id if aid in claimed}
        for claim in claims:
            by_article.setdefault(claim.article_id, []).append(claim)
        ordered: dict[str, Claim] = {}
        for group in by_article.values():
            group.sort(key=lambda c: (c.start, c.end))
            for claim in group:
                ordered[claim.id] = claim
        named = {e.name: e for e in entities}
        entity_keys: dict[str, str] = {}
        for entity in named.values():
            for alias in entity.aliases:
                entity_keys.setdefault(alias.casefold(), entity.name)
        for entity in named.values():  # canonical names win over aliases
            entity_keys[entity.name.casefold()] = entity.name
        by_entity: dict[str, list[Claim]] = {}
        for claim in ordered.values():
            for name in claim.entities:
                by_entity.setdefault(name, []).append(claim)
        by_claim: dict[str, list[XRef]] = {}
        for xref in xrefs:
            by_claim.setdefault(xref.source, []).append(xref)
            if xref.target != xref.source:
                by_claim.setdefault(xref.target, []).append(xref)
        return cls(dict(meta), by_id, ordered, by_article, list(xrefs), by_claim, named, entity_keys, by_entity)

    def extended(
        self,
        meta: dict[str, Any],
        articles: list[Article],
        claims: list[Claim],
        entities: dict[str, Entity],
        xrefs: list[XRef],
    ) -> CorpusIndex:
        """This index plus new articles with their claims and xrefs, and the merged ``entities``.

        The same as ``from_parts`` over everything, in time proportional to what is
        new (plus a few C-level copies of the dicts): what lets an add cost the
        article, not the corpus. Claims of articles already here are not expected.
        """
        by_id = {**self.articles, **{a.id: a for a in articles}}
        by_article = dict(self.by_article)
        ordered = dict(self.claims)
        fresh: dict[str, list[Claim]] = {a.id: [] for a in articles}
        for claim in claims:
            fresh.setdefault(claim.article_id, []).append(claim)
        for article_id, group in fresh.items():
            group.sort(key=lambda c: (c.start, c.end))
            by_article[article_id] = [*by_article.get(article_id, ()), *group]
            for claim in group:
                ordered[claim.id] = claim
        entity_keys = dict(self.entity_keys)
        changed = [e for name, e in entities.items() if self.entities.get(name) is not e]
        for entity in changed:
            for alias in entity.aliases:
                entity_keys.setdefault(alias.casefold(), entity.name)
        for entity in changed:
            entity_keys[entity.name.casefold()] = entity.name
        by_entity = dict(self.by_entity)
        for group in fresh.values():
            for claim in group:
                for name in claim.entities:
                    by_entity[name] = [*by_entity.get(name, ()), claim]
        by_claim = dict(self.by_claim)
        for xref in xrefs:
            by_claim[xref.source] = [*by_claim.get(xref.source, ()), xref]
            if xref.target != xref.source:
                by_claim[xref.target] = [*by_claim.get(xref.target, ()), xref]
        return CorpusIndex(
            dict(meta),
            by_id,
            ordered,
            by_article,
            [*self.xrefs, *xrefs],
            by_claim,
            dict(entities),
            entity_keys,
            by_entity,
            self.shards,
            self.article_files,
        )

    def tables(self) -> dict[str, dict[str, Any]]:
        """The TinyDB layout to store, holding the model objects (orjson serialises them)."""

        def table(items: Any) -> dict[str, Any]:
            return {str(i): item for i, item in enumerate(items, 1)}

        return {
            "articles": table(self.articles.values()),
            "claims": table(self.claims.values()),
            "entities": table(self.entities.values()),
            "xrefs": table(self.xrefs),
            "meta": table([self.meta]),
        }

    def entity_name(self, name: str) -> str | None:
        """The canonical name for ``name`` or one of its aliases, any case."""
        if name in self.entities:
            return name
        return self.entity_keys.get(name.casefold())

    def extraction_for(self, article_ids: Iterable[str]) -> Extraction:
        """What ``corpus.pipeline.extend`` needs of this index to add the articles ``article_ids``
        when the link index gives the stored claims and links (``stored``): the stored articles
        among them (which it skips), and every entity. No other article is read: of the articles
        it holds, linking looks up only the new claims' (and the link index its own claims')."""
        held = self.articles
        return Extraction(
            articles=[held[article_id] for article_id in dict.fromkeys(article_ids) if article_id in held],
            claims=[],
            entities=list(self.entities.values()),
            xrefs=[],
        )

    def extraction(self) -> Extraction:
        return Extraction(
            articles=list(self.articles.values()),
            claims=list(self.claims.values()),
            entities=list(self.entities.values()),
            xrefs=list(self.xrefs),
        )
