"""The extraction pipeline: articles in, claims, entities and cross-references out.

``extract`` builds everything; ``extend`` adds new articles to an existing
extraction and returns only what is new (their claims, new entities, and the
cross-references new-new and new-existing), without recomputing the rest.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@contextlib.contextmanager
def compiled_once(cache: Path | None = None) -> Iterator[None]:
    """Regular expressions compiled as they were by the last process, while the extraction imports.

    The extraction's modules compile ~600 regular expressions when imported: ~0.13 s of CPU in
    every process that extracts (a whole `factscope add` is ~0.6 s), nearly all of it in Python's
    own parser and code generator (``re._parser``, ``re._compiler``), whose output is a function of
    the pattern, its flags and the Python build alone. Inside this block a pattern's compiled code
    is taken from ``cache`` (in ``corpus/__pycache__``, beside the modules' own bytecode, keyed by
    the Python build and its regex engine; written whether or not Python writes bytecode) and handed
    to the engine (``_sre.compile``, which checks it) as ``re`` does; a pattern not there, or whose
    code the engine refuses, is compiled as ``re`` compiles it, checked equal to what ``re`` gives,
    and the cache written again (atomically) with the patterns used this time. Nothing changes
    where the cache cannot be read or written, or on a Python without these internals.
    """
    try:
        internals: list[Any] = [importlib.import_module(name) for name in ("_sre", "re._compiler", "re._parser")]
        _sre, _compiler, _parser = internals
        original, code_of, engine, debug = _compiler.compile, _compiler._code, _sre.compile, _compiler.SRE_FLAG_DEBUG
    except (ImportError, AttributeError):  # another Python: compiled as ever
        yield
        return
    if cache is None:
        cache = Path(__file__).with_name("__pycache__") / f"patterns.{sys.implementation.cache_tag}.marshal"
    build = (sys.version, _sre.MAGIC, _sre.CODESIZE)
    try:
        stored_build, stored = marshal.loads(cache.read_bytes())
        if stored_build != build or not isinstance(stored, dict):
            stored = {}
    except (OSError, ValueError, EOFError, TypeError):
        stored = {}
    used: dict[tuple[str | bytes, int], tuple[Any, ...]] = {}
    made_again: list[tuple[str | bytes, int]] = []

    def compiled(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & debug:
            return original(pattern, flags)
        key = (pattern, int(flags))
        made = stored.get(key)
        if made is not None:
            try:
                found = engine(pattern, *made)
            except Exception:  # not code the engine takes (a damaged file): made again
                made = None
            else:
                used[key] = made
                return found
        parsed = _parser.parse(pattern, flags)  # as ``re._compiler.compile`` does
        groups = parsed.state.groupdict
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groups.items():
            indexgroup[i] = name
        code = [int(op) for op in code_of(parsed, flags)]  # (its opcodes are named ints: stored as ints)
        made = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groups), tuple(indexgroup))
        found, expected = engine(pattern, *made), original(pattern, flags)
        if found != expected:  # not as ``re`` makes it (another Python's internals): not kept
            return expected
        used[key] = made
        made_again.append(key)
        return found

    _compiler.compile = compiled
    try:
        yield
    finally:
        _compiler.compile = original
    if made_again or used.keys() != stored.keys():
        temporary = cache.with_name(f".{cache.name}.{os.getpid()}.tmp")
        try:
            cache.parent.mkdir(exist_ok=True)
            temporary.write_bytes(marshal.dumps((build, used)))
            os.replace(temporary, cache)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                temporary.unlink()


with compiled_once():
    from corpus.extract.article import extract_article
    from corpus.extract.entities import Mention, gazetteer
    from corpus.gcpause import collect_young, paused_gc
    from corpus.limits import capped_claims, capped_links, extractable
    from corpus.model import Article, Claim, Entity, Extraction
    from corpus.version import PIPELINE_VERSION
    from corpus.xref.features import features
    from corpus.xref.link import InMemory, LeftOut, Stored, link, relate_all, relink

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
    for name, entity in found.items():
        if not entity.aliases:
            entity.aliases = [name]
    return list(found.values())


def extract_one(article: Article) -> tuple[list[Claim], list[Mention], list[str]]:
    """Claims and mentions of one article, within the bounds of ``corpus.limits``, and notices where it
    reached one. (It may set the article's published date, inferred from its text.)"""
    readable, cut = extractable(article)
    found, seen = extract_article(readable)
    found, capped = capped_claims(article, found)
    return found, seen, [n for n in (cut, capped) if n]


def _claims_for(
    articles: list[Article], progress: Progress | None, offset: int, total: int, notices: list[str]
) -> tuple[list[Claim], list[Mention]]:
    """Claims and mentions of each article (``extract_one``)."""
    claims: list[Claim] = []
    mentions: list[Mention] = []
    for i, article in enumerate(articles):
        found, seen, reached = extract_one(article)
        notices.extend(reached)
        claims.extend(found)
        mentions.extend(seen)
        if progress is not None:
            progress(offset + i + 1, total, article.title or article.source_file)
        if i % _COLLECT_EVERY == _COLLECT_EVERY - 1:
            collect_young()
    return claims, mentions


def extract(articles: list[Article], progress: Progress | None = None) -> Extraction:
    """Full build: claims for every article, the entities they mention, and xrefs."""
    notices: list[str] = []
    with paused_gc():
        claims, mentions = _claims_for(articles, progress, 0, len(articles), notices)
        return linked(articles, claims, mentions, notices)


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
    found = link(claims, [], articles, [], relate_pairs, claim_features, left_out)
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
        claims, mentions = _claims_for(fresh, None, 0, len(fresh), notices)
    return Prepared(fresh, claims, mentions, notices)


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
        linked = relink(claims, None, articles, stored)
    xrefs, capped = capped_links(linked.xrefs, claims, fresh)  # only the new articles' links are counted
    known = {e.name for e in existing.entities}
    return Extraction(
        articles=fresh,
        claims=claims,
        entities=_entities(mentions, known, claims),
        xrefs=xrefs,
        notices=notices + capped,
        unlinked=linked.unlinked,
    )
