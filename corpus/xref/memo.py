"""Values a relation works out from one claim's features alone, kept with them once worked out.

A build relates each claim with dozens of others: what depends on one claim (its day, its
speakers' words, the places its article is set in) is worked out the first time a pair asks and
kept in the claim's ``Features.memo``, never stored (``corpus/xref/stored.py`` leaves it out).
What depends on a claim's article alone (its dateline towns, whether it is a correction) is worked out once an
article and shared by its claims (``per_article``): a cache keyed by the article's text, of a few thousand entries,
is emptied and filled again over and over once a build's pairs span more articles than it holds.
And a check the rules ask of one pair again and again is kept for the pair last asked (``per_pair``).
Once a build's pairs are related, ``let_go`` empties the memos (and the tables of articles) but for the values later
steps read: kept to the build's end, they grew with its claims while nothing read them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import wraps
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from corpus.model import Article
    from corpus.xref.features import Features  # features imports modules that use this one

T = TypeVar("T")

_MADE_BY: dict[str, Callable[..., object]] = {}  # each memo key and the function whose values it keeps


def per_claim(make: Callable[[Features], T]) -> Callable[[Features], T]:
    """``make(f)``, computed once per ``Features`` (``make`` must read nothing but ``f``). Kept under
    the function's name, so that features with their memo pickle (its values must too)."""
    key = _key_of(make)
    if _MADE_BY.setdefault(key, make) is not make:
        # two functions of one name in a module (the later one shadowing the first) would share a memo key, and
        # each read the other's values
        raise ValueError(f"per_claim: {key} is already the memo key of another function")

    def once(f: Features) -> T:
        memo = f.memo
        try:
            return memo[key]  # type: ignore[no-any-return]
        except KeyError:
            value = memo[key] = make(f)
            return value

    once.__name__, once.__doc__, once.__wrapped__ = make.__name__, make.__doc__, make  # type: ignore[attr-defined]
    return once


# Each ``per_article`` function's table of articles and values (``let_go`` empties them).
_HELD: list[dict[str, Any]] = []

# Articles whose values one ``per_article`` function holds at most, before it lets them all go at once: beyond any
# build's articles on one machine, but bounded in a process that loads corpus after corpus.
_ARTICLES_HELD = 1 << 20


def per_article(make: Callable[[Article], T]) -> Callable[[Features], T]:
    """``make(f.article)``, computed once per article and kept with each of its claims' features (``per_claim``):
    the claims of one article share it through a table keyed by the article's id, which holds the article itself,
    so that another article under the same id (a test's, another corpus's) is never read as it."""
    held: dict[str, tuple[Article, T]] = {}
    _HELD.append(held)

    def of_article(f: Features) -> T:
        article = f.article
        found = held.get(article.id)
        if found is not None and found[0] is article:
            return found[1]
        if len(held) >= _ARTICLES_HELD:
            held.clear()
        value = make(article)
        held[article.id] = (article, value)
        return value

    of_article.__name__, of_article.__qualname__ = make.__name__, make.__qualname__
    of_article.__module__, of_article.__doc__ = make.__module__, make.__doc__
    return per_claim(of_article)


def let_go(described: Iterable[Features], keep: Callable[[Features], object]) -> None:
    """Empty the memos of ``described`` but for ``keep``'s values (a ``per_claim`` function's: what a later step reads
    of each claim), and every ``per_article`` function's table: once a build's pairs are related, what the rules worked
    out is read no more (and worked out again if it is)."""
    for f in described:
        let_go_of(f, keep)
    for held in _HELD:
        held.clear()


def let_go_of(f: Features, keep: Callable[[Features], object]) -> None:
    """Empty the memo of one claim but for ``keep``'s value (``let_go``)."""
    memo = f.memo
    if memo:
        key = _key_of(getattr(keep, "__wrapped__", keep))
        kept = memo.get(key, memo)
        memo.clear()
        if kept is not memo:
            memo[key] = kept


def forget_article(article_id: str) -> None:
    """Every ``per_article`` function's value of one article (worked out again if asked)."""
    for held in _HELD:
        held.pop(article_id, None)


def _key_of(make: Callable[..., object]) -> str:
    return f"{make.__module__}.{make.__qualname__}"


def claim_says(pattern: re.Pattern[str], name: str) -> Callable[[Features], bool]:
    """Whether the claim's own text matches ``pattern``, once per claim and kept under ``name``: the one-pattern
    readings the rules share ("so far", "at its peak", "nationwide"), each asked of a claim by several rules."""

    def says(f: Features) -> bool:
        return pattern.search(f.claim.text) is not None

    says.__name__ = says.__qualname__ = name
    return per_claim(says)


def one_says_each(
    a: Features, b: Features, says_x: Callable[[Features], bool], says_y: Callable[[Features], bool]
) -> bool:
    """One claim says x and not y, the other y and not x: two counts of two kinds ("employers added 143,000 jobs" /
    "cuts 598,000 jobs", "displaced inside Lebanon" / "fled Lebanon to Syria"), neither a value of the other."""
    x, y = (says_x(a), says_x(b)), (says_y(a), says_y(b))
    return any(x[i] and not y[i] and y[1 - i] and not x[1 - i] for i in (0, 1))


def per_pair(check: Callable[[Features, Features], T]) -> Callable[[Features, Features], T]:
    """``check(a, b)``, kept for the last pair it was asked of: the rules asked of one pair ask a check of the same
    two claims one after another (``statements.different_times``: 19,477 of its 44,777 calls in session 32's fixed
    run). ``check`` must read nothing but the two features, which are never changed once made (but for their memo);
    the pair is held with its answer, so the same objects are the same claims. (One tuple, read and replaced whole:
    a thread never reads another pair's answer.)"""
    last: tuple[Any, Any, Any] = (None, None, None)

    @wraps(check)
    def once(a: Features, b: Features) -> T:
        nonlocal last
        held = last
        if a is held[0] and b is held[1]:
            return held[2]  # type: ignore[no-any-return]
        value = check(a, b)
        last = (a, b, value)
        return value

    return once
