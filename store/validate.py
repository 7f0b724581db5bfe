"""Checks on what a DB holds: pipeline output before it is stored (a DB never
holds a claim whose offsets miss its text or an xref pointing at nothing), and
a DB file's documents when it is loaded (ids, kinds, certainties, relations of
the shape factscope writes, else the file is refused)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from corpus.model import CERTAINTIES, CHANGES, CLAIM_KINDS, RELATIONS, Article, Claim, Entity, Extraction, XRef
from corpus.sanitize import escape_unsafe
from store.errors import CorruptDatabase, InvalidExtraction


def check_extraction(
    path: Path,
    extraction: Extraction,
    known_articles: Mapping[str, Article] | None = None,
    known_claims: Iterable[str] = (),
) -> None:
    """Raise ``InvalidExtraction`` naming the first claim/xref/article at fault.

    ``known_*`` are what the DB already holds (for an incremental add).
    """
    known = known_articles or {}  # looked up, never copied: a catalogue's are read when asked for
    articles: dict[str, Article] = {}
    for article in extraction.articles:
        if not article.id:
            raise InvalidExtraction(path, f"article from {article.source_file} has no id")
        articles.setdefault(article.id, article)
    claim_ids = set(known_claims)
    for claim in extraction.claims:
        source = known.get(claim.article_id) or articles.get(claim.article_id)
        if source is None:
            raise InvalidExtraction(path, f"claim {claim.id} names unknown article {claim.article_id}")
        if not 0 <= claim.start <= claim.end <= len(source.body) or (
            source.body[claim.start : claim.end] != claim.text
        ):
            raise InvalidExtraction(path, f"claim {claim.id} offsets {claim.start}-{claim.end} do not match its text")
        claim_ids.add(claim.id)
    for xref in extraction.xrefs:
        if xref.relation not in RELATIONS:
            raise InvalidExtraction(path, f"xref {xref.source}->{xref.target} has unknown relation {xref.relation!r}")
        for end in (xref.source, xref.target):
            if end not in claim_ids:
                raise InvalidExtraction(path, f"xref {xref.source}->{xref.target} names unknown claim {end}")


# -- what a loaded DB may hold ------------------------------------------------------
# A DB file may have been written by other software (or by hand): before the app,
# the CLI or an export sees it, every id, kind, certainty, relation and entity type
# must be of the shape factscope writes, or the whole file is refused (fail closed).
# Free text (bodies, titles, speakers, reasons) is kept: it is sanitised at output.
ID_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")  # generated: a<12 hex>, a<12 hex>-<10 hex>[-n]
DATE_SHAPE = re.compile(r"[0-9][0-9A-Za-z:./+-]{0,39}")  # ISO, possibly partial: 2024, 2024-10, 2024-10-11
_TEXT = (str,)
_OPTIONAL_TEXT = (str, type(None))
_NUMBER = (int, float)
_OPTIONAL_NUMBER = (int, float, type(None))


class _Bad(Exception):
    """One field of one document is wrong; becomes a ``CorruptDatabase``."""


def _shown(value: object) -> str:
    return escape_unsafe(repr(value)[:60])


def _require_id(value: object, what: str) -> None:
    if not (type(value) is str and ID_SHAPE.fullmatch(value)):
        raise _Bad(f"{what} {_shown(value)} is not an id")


def _require(value: object, types: tuple[type, ...], what: str) -> None:
    if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
        raise _Bad(f"{what} has the wrong type ({type(value).__name__})")


def _require_date(value: object, what: str) -> None:
    if value is not None and not (type(value) is str and DATE_SHAPE.fullmatch(value)):
        raise _Bad(f"{what} {_shown(value)} is not a date")


def _require_texts(values: object, what: str) -> None:
    if not isinstance(values, list) or not all(type(v) is str for v in values):
        raise _Bad(f"{what} is not a list of strings")


def _require_choice(value: object, choices: tuple[str, ...], what: str) -> None:
    if value not in choices or type(value) is not str:
        raise _Bad(f"unknown {what} {_shown(value)}")


def _check_article(article: Article) -> None:
    _require_id(article.id, "id")
    for name in ("title", "outlet", "note"):
        _require(getattr(article, name), _OPTIONAL_TEXT, name)
    _require_date(article.published, "published")
    for name in ("source_file", "body"):
        _require(getattr(article, name), _TEXT, name)
    _require_texts(article.authors, "authors")
    _require(article.bundled, (bool,), "bundled")
    _require(article.published_estimated, (bool,), "published_estimated")


def _check_claim(claim: Claim) -> None:
    _require_id(claim.id, "id")
    _require_id(claim.article_id, "article_id")
    _require(claim.start, (int,), "start")
    _require(claim.end, (int,), "end")
    _require(claim.text, _TEXT, "text")
    _require_choice(claim.kind, CLAIM_KINDS, "kind")
    _require_choice(claim.certainty, CERTAINTIES, "certainty")
    for name in ("speaker", "date_text", "subject"):
        _require(getattr(claim, name), _OPTIONAL_TEXT, name)
    _require_date(claim.date, "date")
    _require_texts(claim.entities, "entities")
    _require_texts(claim.speaker_chain, "speaker_chain")
    for q in claim.quantities:
        _require(q.text, _TEXT, "quantity text")
        for name in ("unit", "measure", "counted", "counted_lemma"):
            _require(getattr(q, name), _OPTIONAL_TEXT, f"quantity {name}")
        _require_choice(q.change, CHANGES, "quantity change")
        for name in ("value", "low", "high", "from_value"):
            _require(getattr(q, name), _OPTIONAL_NUMBER, f"quantity {name}")
        if not _pair_sound(q.pair):
            raise _Bad(f"quantity pair {_shown(q.pair)} is not two numbers")
        _require_date(q.period, "quantity period")
        _require(q.start, (int,), "quantity start")
        _require(q.end, (int,), "quantity end")


def _pair_sound(pair: object) -> bool:
    """A score's pair: None, or a list of two numbers (a DB file may hold anything)."""
    return pair is None or (
        type(pair) is list and len(pair) == 2 and all(type(n) in (int, float) and n == n for n in pair)
    )


def _check_entity(entity: Entity) -> None:
    _require(entity.name, _TEXT, "name")
    if not (type(entity.type) is str and ID_SHAPE.fullmatch(entity.type)):
        raise _Bad(f"entity type {_shown(entity.type)} is not a type name")
    _require_texts(entity.aliases, "aliases")


def _check_xref(xref: XRef) -> None:
    _require_id(xref.source, "source")
    _require_id(xref.target, "target")
    _require_choice(xref.relation, RELATIONS, "relation")
    _require(xref.score, _NUMBER, "score")
    _require(xref.reason, _TEXT, "reason")
    _require(xref.rule, _OPTIONAL_TEXT, "rule")
    _require_texts(xref.matched, "matched")


_RELATION_SET = frozenset(RELATIONS)
_NONE = type(None)


def _types(values: Iterable[object]) -> set[type]:
    return {type(v) for v in values}


def _ids_sound(ids: list[object]) -> bool:
    return _types(ids) <= {str} and all(map(ID_SHAPE.fullmatch, ids))  # type: ignore[arg-type]


ids_sound = _ids_sound  # for the catalogue's lists of ids (store/shards.py)


def _dates_sound(dates: list[object]) -> bool:
    dated = [d for d in dates if d is not None]
    return _types(dated) <= {str} and all(map(DATE_SHAPE.fullmatch, dated))  # type: ignore[arg-type]


def _articles_sound(articles: list[Article]) -> bool:
    """``_check_article`` for every article at once, field by field (a catalogue holds every
    article: a call per article was most of the cost of opening one); False when any one fails,
    for the slow path to name it."""
    return (
        _ids_sound([a.id for a in articles])
        and _dates_sound([a.published for a in articles])
        and _types(v for a in articles for v in (a.title, a.outlet, a.note)) <= {str, _NONE}
        and _types(v for a in articles for v in (a.source_file, a.body)) <= {str}
        and _types(a.authors for a in articles) <= {list}
        and _types(name for a in articles for name in a.authors) <= {str}
        and _types(v for a in articles for v in (a.bundled, a.published_estimated)) <= {bool}
    )


def _claims_sound(claims: list[Claim]) -> bool:
    """``_check_claim`` for every claim at once, field by field; False when any one fails."""
    quantities = [q for c in claims for q in c.quantities]
    try:
        kinds, certainties = {c.kind for c in claims}, {c.certainty for c in claims}
        changes = {q.change for q in quantities}
    except TypeError:  # an unhashable value: let the slow path name it
        return False
    return (
        _ids_sound([v for c in claims for v in (c.id, c.article_id)])
        and _types(v for c in claims for v in (c.start, c.end)) <= {int}
        and _types(c.text for c in claims) <= {str}
        and _types(kinds) <= {str}
        and kinds <= set(CLAIM_KINDS)
        and _types(certainties) <= {str}
        and certainties <= set(CERTAINTIES)
        and _types(v for c in claims for v in (c.speaker, c.date_text, c.subject)) <= {str, _NONE}
        and _dates_sound([c.date for c in claims])
        and _types(v for c in claims for v in (c.entities, c.speaker_chain)) <= {list}
        and _types(name for c in claims for name in (*c.entities, *c.speaker_chain)) <= {str}
        and _types(q.text for q in quantities) <= {str}
        and _types(v for q in quantities for v in (q.unit, q.measure, q.counted, q.counted_lemma)) <= {str, _NONE}
        and _types(changes) <= {str}
        and changes <= set(CHANGES)
        and _types(v for q in quantities for v in (q.value, q.low, q.high, q.from_value)) <= {int, float, _NONE}
        and _types(v for q in quantities for v in (q.start, q.end)) <= {int}
        and _dates_sound([q.period for q in quantities])
        and all(_pair_sound(q.pair) for q in quantities if q.pair is not None)
    )


def _xrefs_sound(xrefs: list[XRef], claim_ids: Mapping[str, Claim] | None) -> bool:
    """The common case, field by field over all xrefs at once (a DB holds ~8 per
    claim, so a call per xref would cost more than loading them): every end is
    a claim already checked (unless ``claim_ids`` is None: a part of the DB), every
    relation known, score and reason of their type."""
    try:
        ends = {x.source for x in xrefs} | {x.target for x in xrefs}
        relations = {x.relation for x in xrefs}
    except TypeError:  # an unhashable value: let the slow path name it
        return False
    return (
        all(type(end) is str for end in ends)
        and (claim_ids is None or all(end in claim_ids for end in ends))
        and all(type(r) is str for r in relations)
        and relations <= _RELATION_SET
        and {type(x.score) for x in xrefs} <= {int, float}
        and {type(x.reason) for x in xrefs} <= {str}
        and {type(x.rule) for x in xrefs} <= {str, type(None)}
        and {type(x.matched) for x in xrefs} <= {list}
        and {type(name) for x in xrefs for name in x.matched} <= {str}
    )


def check_loaded(
    path: Path,
    articles: Iterable[Article],
    claims: Mapping[str, Claim],
    entities: Iterable[Entity],
    xrefs: Iterable[XRef],
    *,
    ends_here: bool = True,
) -> None:
    """Raise ``CorruptDatabase`` naming the first document of a shape factscope never writes.
    ``ends_here`` False: the xrefs may name claims not in ``claims`` (a part of the DB)."""
    articles, claim_list = list(articles), list(claims.values())
    checks: tuple[tuple[str, Iterable[Any], Callable[[Any], None]], ...] = (
        ("articles", () if _articles_sound(articles) else articles, _check_article),
        ("claims", () if _claims_sound(claim_list) else claim_list, _check_claim),
        ("entities", entities, _check_entity),
    )
    for table, items, check in checks:
        for number, item in enumerate(items, 1):
            try:
                check(item)
            except _Bad as exc:
                raise CorruptDatabase(path, f"{table} document {number}: {exc}") from None
    xrefs = list(xrefs)
    if _xrefs_sound(xrefs, claims if ends_here else None):
        return
    for number, xref in enumerate(xrefs, 1):
        try:  # a dangling end is for `check` to report; a malformed one fails here
            _check_xref(xref)
        except _Bad as exc:
            raise CorruptDatabase(path, f"xrefs document {number}: {exc}") from None


def check_articles(path: Path, articles: list[Article]) -> None:
    """``check_loaded`` of articles alone (an article read by itself: ``store/article_map.py``)."""
    if _articles_sound(articles):
        return
    for number, article in enumerate(articles, 1):
        try:
            _check_article(article)
        except _Bad as exc:
            raise CorruptDatabase(path, f"articles document {number}: {exc}") from None


def is_valid_article(article: Article) -> bool:
    """Whether ``article`` has the shape a loaded DB requires (for salvaging from a damaged one)."""
    try:
        _check_article(article)
    except _Bad:
        return False
    return True
