"""A claim's link features as a JSON document, so that an add reads them instead of computing them.

``features.Features`` holds the claim and its article plus plain fields (strings, numbers, sets,
dicts, tuples). A document keeps the plain fields a claim owns, by name; the fields its article
determines (headline, lead) are computed again from the article when read, from small caches, so
they are not stored once per claim. The converters follow the fields' declared types, so a field
added to ``Features`` is stored without a change here; ``FEATURES_SCHEMA`` names the fields and
their types, and a store whose schema differs is stale.
"""

from __future__ import annotations

import hashlib
import math
import types
import typing
from collections.abc import Callable
from dataclasses import fields
from functools import cache
from typing import Any

from corpus.model import Article, Claim
from corpus.xref.features import Features, article_features, read_forms

# The fields that are functions of the article alone: stored once per article (``article_doc``).
_ARTICLE_FIELDS = ("story", "headline", "lead_lemmas", "event_lemmas", "event_years")
_NOT_KEPT = ("claim", "article", "memo")  # the memo: what relations worked out, made again when needed
_OF_ARTICLE = (*_NOT_KEPT, *_ARTICLE_FIELDS)

Convert = Callable[[Any], Any]


class MalformedFeatures(ValueError):
    """A stored document that does not decode to the fields ``Features`` declares."""


def _identity(value: Any) -> Any:
    return value


def _number(value: Any) -> float:
    if isinstance(value, str):  # non-finite floats are stored as "inf", "-inf", "nan"
        return float(value)
    if type(value) not in (int, float):
        raise MalformedFeatures(f"not a number: {value!r}"[:80])
    return float(value)


def _checked(kind: type) -> Convert:
    def convert(value: Any) -> Any:
        if not isinstance(value, kind):
            raise MalformedFeatures(f"not a {kind.__name__}: {value!r}"[:80])
        return value

    return convert


def _converter(hint: Any) -> Convert:
    """How to turn the JSON form of a value of type ``hint`` back into that value."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is float:
        return _number
    if hint in (str, bool, int):
        return _checked(hint)
    if origin in (types.UnionType, typing.Union):
        inner = [_converter(a) for a in args if a is not type(None)]
        if len(inner) != 1:
            raise TypeError(f"unsupported union {hint}")
        only = inner[0]
        return lambda v: None if v is None else only(v)
    if origin in (frozenset, set, list, tuple):
        if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            parts = [_converter(a) for a in args]
            return lambda v: tuple(c(x) for c, x in zip(parts, _sequence(v, len(parts)), strict=True))
        if args[0] is str:  # the commonest field (names, words): checked in one pass, no call per item
            return lambda v: origin(_strings(_sequence(v)))
        item = _converter(args[0])
        return lambda v: origin(item(x) for x in _sequence(v))
    if origin is dict:
        key, value = _converter(args[0]), _converter(args[1])
        if args == (str, float):  # word -> rarity, measure -> precision: the largest fields, decoded inline
            return _words_to_numbers

        def convert_dict(v: Any) -> dict[Any, Any]:
            if not isinstance(v, dict):
                raise MalformedFeatures("not a mapping")
            return {key(k): value(x) for k, x in v.items()}

        return convert_dict
    raise TypeError(f"Features field of a type the store cannot keep: {hint}")


def _strings(items: list[Any]) -> list[str]:
    if not all(type(x) is str for x in items):  # JSON text decodes to exact str
        bad = next(x for x in items if type(x) is not str)
        raise MalformedFeatures(f"not a str: {bad!r}"[:80])
    return items


def _words_to_numbers(value: Any) -> dict[str, float]:
    """A ``dict[str, float]`` field as ``_converter`` decodes any mapping, in one pass."""
    if not isinstance(value, dict):
        raise MalformedFeatures("not a mapping")
    out: dict[str, float] = {}
    for k, x in value.items():
        if type(k) is not str:
            raise MalformedFeatures(f"not a str: {k!r}"[:80])
        out[k] = x if type(x) is float else _number(x)
    return out


def _sequence(value: Any, length: int | None = None) -> list[Any]:
    if not isinstance(value, list) or (length is not None and len(value) != length):
        raise MalformedFeatures("not a list of the declared length")
    return value


def _typed(make: Callable[[Any], Convert], of_article: bool) -> tuple[tuple[str, Convert], ...]:
    """Each stored field's name with ``make`` of its declared type: a claim's own fields, or its article's."""
    hints = typing.get_type_hints(Features)
    names = _ARTICLE_FIELDS if of_article else [f.name for f in fields(Features) if f.name not in _OF_ARTICLE]
    return tuple((name, make(hints[name])) for name in names)


@cache
def _stored_fields() -> tuple[tuple[str, Convert], ...]:
    return _typed(_converter, of_article=False)


@cache
def _article_fields() -> tuple[tuple[str, Convert], ...]:
    return _typed(_converter, of_article=True)


@cache
def features_schema() -> str:
    """A short hash of the stored fields' names and types: stored features of another schema are stale."""
    hints = typing.get_type_hints(Features)
    described = ";".join(f"{f.name}:{hints[f.name]}" for f in fields(Features) if f.name not in _NOT_KEPT)
    return hashlib.sha256(described.encode()).hexdigest()[:16]


def _sorted_set(v: Any) -> list[Any]:
    return sorted(v, key=repr) if len(v) > 1 else list(v)  # (most sets hold one item or none)


def _finite(value: float) -> float | str:
    return value if math.isfinite(value) else str(value)  # JSON has no inf or nan


def _encoder(hint: Any) -> Convert:
    """How to turn a value of type ``hint`` into what JSON holds: sets as lists (sorted by repr, a
    fixed order), tuples as lists, non-finite floats as text; ``_converter`` undoes it."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is float:
        return _finite
    if hint in (str, bool, int):
        return _identity
    if origin in (types.UnionType, typing.Union):
        (only,) = [_encoder(a) for a in args if a is not type(None)]
        return _identity if only is _identity else lambda v: None if v is None else only(v)
    if origin in (frozenset, set):
        item = _encoder(args[0])
        if item is _identity:
            return _sorted_set
        return lambda v: sorted((item(x) for x in v), key=repr)
    if origin is tuple and not (len(args) == 2 and args[1] is Ellipsis):
        parts = [_encoder(a) for a in args]
        return lambda v: [c(x) for c, x in zip(parts, v, strict=True)]
    if origin in (list, tuple):
        item = _encoder(args[0])
        return list if item is _identity else lambda v: [item(x) for x in v]
    if origin is dict:
        value = _encoder(args[1])
        if value is _finite:  # (word -> rarity: the largest fields) copied as they are when every value is finite
            return lambda v: dict(v) if all(map(math.isfinite, v.values())) else {k: _finite(x) for k, x in v.items()}
        return dict if value is _identity else lambda v: {k: value(x) for k, x in v.items()}
    raise TypeError(f"Features field of a type the store cannot keep: {hint}")


@cache
def _stored_encoders() -> tuple[tuple[str, Convert], ...]:
    return _typed(_encoder, of_article=False)


@cache
def _article_encoders() -> tuple[tuple[str, Convert], ...]:
    return _typed(_encoder, of_article=True)


def to_doc(f: Features) -> dict[str, Any]:
    """The claim-owned fields of ``f``, JSON-ready."""
    return {name: encode(getattr(f, name)) for name, encode in _stored_encoders()}


def article_doc(f: Features) -> dict[str, Any]:
    """The fields every claim of ``f``'s article shares (``features.article_features``), JSON-ready."""
    return {name: encode(getattr(f, name)) for name, encode in _article_encoders()}


def article_values(doc: Any) -> dict[str, Any]:
    """The shared fields from an ``article_doc``; ``MalformedFeatures`` if it does not fit."""
    return _decode(doc, _article_fields())


def from_doc(doc: Any, claim: Claim, article: Article, shared: dict[str, Any] | None = None) -> Features:
    """The ``Features`` of ``claim`` from its stored document and its article's (``article_values``;
    computed from the article when not given); ``MalformedFeatures`` if the document does not fit."""
    values = _decode(doc, _stored_fields())
    claim, article = read_forms(claim, article)
    return Features(claim=claim, article=article, **(shared or article_features(article)), **values)


def _decode(doc: Any, converters: tuple[tuple[str, Convert], ...]) -> dict[str, Any]:
    if not isinstance(doc, dict):
        raise MalformedFeatures("not a mapping")
    try:
        return {name: convert(doc[name]) for name, convert in converters}
    except KeyError as missing:
        raise MalformedFeatures(f"no field {missing}") from None
    except (TypeError, ValueError) as exc:
        raise MalformedFeatures(str(exc)[:80]) from None
