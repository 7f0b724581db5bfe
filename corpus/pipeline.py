"""The extraction pipeline: articles in, claims, entities and cross-references out.

``extract`` builds everything; ``extend`` adds new articles to an existing
extraction and returns only what is new (their claims, new entities, and the
cross-references new-new and new-existing), without recomputing the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from corpus.regex_cache import compiled_once

with compiled_once():  # ~600 regular expressions compiled at import: their code cached (corpus/regex_cache.py)
    from corpus.extract.article import claims_of_dated, dated_article
    from corpus.extract.entities import Mention, gazetteer
    from corpus.gcpause import collect_young, paused_gc
    from corpus.limits import capped_claims, capped_links, extractable
    from corpus.model import Article, Claim, Entity, Extraction, is_background
    from corpus.prefilter import prefilter_hot
    from corpus.version import PIPELINE_VERSION
    from corpus.xref.features import features
    from corpus.xref.link import InMemory, LeftOut, Stored, link, relate_all, relink

    prefilter_hot()  # the costliest patterns asked of every sentence answer at once where their words are absent

__all__ = ["PIPELINE_VERSION", "Prepared", "extend", "extract", "extract_one", "linked", "prepare"]

Progress = Callable[[int, int, str], None]
_COLLECT_EVERY = 64  # articles: with the cyclic GC paused, any cycles an article made are freed this often


def _entities(mentions: list[Mention], known: set[str], claims: Sequence[Claim] = ()) -> list[Entity]:
    """Every entity the claims name, once: gazetteer entries as they are, others as found."""
    gaz = gazetteer()
    found: dict[str, Entity] = {}
    for claim in claims:  # names a claim implies without a mention ("South Korean Foreign Ministry" -> South Korea)
        for name in claim.entities:
            if name in gaz.entities and name not in known:
                found[name] = gaz.entities[name]
    for m in mentions:
        if m.name in known or m.name in found:
            continue
        if m.name in gaz.entities:
            found[m.name] = gaz.entities[m.name]
        else:
            found[m.name] = Entity(name=m.name, type=m.type, aliases=[m.name])
    return [entity if entity.aliases else replace(entity, aliases=[name]) for name, entity in found.items()]


def extract_one(article: Article) -> tuple[Article, list[Claim], list[Mention], list[str]]:
    """The article (with the published date inferred from its text, if it had none: ``dated_article``), its
    claims and mentions, within the bounds of ``corpus.limits``, and notices where it reached one."""
    readable, cut = extractable(article)
    dated, floor = dated_article(readable)
    found, seen = claims_of_dated(dated, floor)
    found, capped = capped_claims(article, found)
    # (an article cut to what may be read is dated for its extraction only, and stored as it came)
    return dated if readable is article else article, found, seen, [n for n in (cut, capped) if n]


def _claims_for(
    articles: list[Article], progress: Progress | None, offset: int, total: int, notices: list[str]
) -> tuple[list[Article], list[Claim], list[Mention]]:
    """Each article as ``extract_one`` gives it, and their claims and mentions."""
    dated: list[Article] = []
    claims: list[Claim] = []
    mentions: list[Mention] = []
    for i, article in enumerate(articles):
        article, found, seen, reached = extract_one(article)
        dated.append(article)
        notices.extend(reached)
        claims.extend(found)
        mentions.extend(seen)
        if progress is not None:
            progress(offset + i + 1, total, article.title or article.source_file)
        if i % _COLLECT_EVERY == _COLLECT_EVERY - 1:
            collect_young()
    return dated, claims, mentions


def extract(articles: list[Article], progress: Progress | None = None) -> Extraction:
    """Full build: claims for every article, the entities they mention, and xrefs."""
    notices: list[str] = []
    with paused_gc():
        dated, claims, mentions = _claims_for(articles, progress, 0, len(articles), notices)
        return linked(dated, claims, mentions, notices)


def linked(
    articles: list[Article],
    claims: list[Claim],
    mentions: list[Mention],
    notices: list[str],
    relate_pairs: Callable[..., Any] = relate_all,
    claim_features: list[Any] | None = None,
) -> Extraction:
    """A full build's extraction from every article's claims and mentions: their xrefs and entities.
    (``relate_pairs`` and ``claim_features``: see ``corpus.xref.link.link``.) Its ``link_features``
    are the claims' features followed by the candidate links the caps left out (``LeftOut``)."""
    if claim_features is None:
        by_id = {a.id: a for a in articles}
        claim_features = [features(c, by_id[c.article_id]) for c in claims if c.article_id in by_id]
    left_out = LeftOut()
    found = link(claims, articles, relate_pairs, claim_features, left_out)
    xrefs, capped = capped_links(found, claims, articles)
    return Extraction(
        articles=list(articles),
        claims=claims,
        entities=_entities(mentions, set(), claims),
        xrefs=xrefs,
        notices=notices + capped,
        link_features=[*claim_features, left_out],
    )


@dataclass(slots=True)
class Prepared:
    """New articles' claims, extracted before taking the DB's write lock (the slow part)."""

    articles: list[Article]
    claims: list[Claim]
    mentions: list[Mention]
    notices: list[str]


def prepare(new_articles: list[Article]) -> Prepared:
    """Extract the claims of ``new_articles``, needing nothing from the corpus they join."""
    fresh = list({a.id: a for a in new_articles}.values())
    notices: list[str] = []
    with paused_gc():
        dated, claims, mentions = _claims_for(fresh, None, 0, len(fresh), notices)
    return Prepared(dated, claims, mentions, notices)


def extend(
    existing: Extraction,
    new_articles: list[Article],
    prepared: Prepared | None = None,
    stored: Stored | None = None,
) -> Extraction:
    """Incremental build: only the new articles, their claims, new entities and new xrefs, and the
    existing xrefs a build over everything would not make (``unlinked``): the existing xrefs less
    those, plus the new, are exactly what ``extract`` gives for every article.

    ``prepared`` (from ``prepare``, outside the lock) saves extracting again; articles
    ``existing`` already holds (another process added them meanwhile) are left out.
    ``stored``: the existing claims' blocks and links from the store's link index, so that only
    the claims next to the new ones are read (else every existing claim is looked at, in memory).
    """
    have = {a.id for a in existing.articles}
    if prepared is None:
        prepared = prepare([a for a in new_articles if a.id not in have])
    fresh = [a for a in prepared.articles if a.id not in have]
    kept = {a.id for a in fresh}
    claims = [c for c in prepared.claims if c.article_id in kept]
    mentions, notices = prepared.mentions, list(prepared.notices)
    with paused_gc():
        if stored is None:
            stored = InMemory.of(existing.claims, existing.articles, existing.xrefs, existing.link_features)
        articles = {a.id: a for a in [*existing.articles, *fresh]}
        # the new claims' features, handed on in ``link_features`` too: the link index keeps them
        # once the add is stored (store/link_index.py index_new_shards) instead of making them again
        described = [features(c, articles[c.article_id]) for c in claims if not is_background(c)]
        linked = relink(claims, described, articles, stored)
    xrefs, capped = capped_links(linked.xrefs, claims, fresh)  # only the new articles' links are counted
    known = {e.name for e in existing.entities}
    return Extraction(
        articles=fresh,
        claims=claims,
        entities=_entities(mentions, known, claims),
        xrefs=xrefs,
        notices=notices + capped,
        unlinked=linked.unlinked,
        link_features=described,
    )
