"""Opinion polls: each party's share in a poll, and how two polls' readings relate.

"Labour has 33 per cent support, ahead of the Conservatives on 29 per cent, according to an Opinium poll" and, two
weeks later, "Labour has slipped to 30 per cent in the latest Opinium poll": the same pollster's later poll updates
its earlier one. Another pollster's poll of the same days agrees with it within a poll's margin of error or
conflicts with it; one of other days neither revises nor confirms it (two methods, two samples). A poll recalled from another campaign ("the
final poll of that campaign", "at the 2030 election") is no reading of this one, and an election's result ("won 34
per cent of the vote") is no poll.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from corpus.xref.features import days_between
from corpus.xref.memo import per_claim

if TYPE_CHECKING:
    from corpus.xref.features import Features

_POLL = re.compile(r"\b(?:poll|polls|polling|survey)\b", re.IGNORECASE)
# A poll of a race (not a survey of firms or of households): the claim or its article's headline and lead say so.
_RACE = re.compile(
    r"\b(?:elections?|vot(?:e|es|ers|ing)|part(?:y|ies)|support|lead|ahead|behind|campaign|approval|ballot|race)\b",
    re.IGNORECASE,
)
# Who took the poll: the name just before "poll" ("an Opinium poll", "a Brightline Polling survey", "the latest
# YouGov poll"), less what kind of firm it is.
_POLLSTER = re.compile(r"((?:[A-Z][\w&'’-]*\s+){1,3})(?:poll|polling|survey)\b", re.IGNORECASE)
_NOT_A_POLLSTER = frozenset(
    "a an the this that its their latest new final last first recent opinion online telephone national weekly "
    "monthly polling poll polls research survey surveys".split()
)
# ("with the Conservatives up to 31 per cent": in a poll, "up to" is where a share rose to, no bound)
# A party's name before its share: the last capitalised word (and its neighbours) before the figure.
_NAME = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
_NOT_A_PARTY = frozenset("a an the according in on at to and with while but".split())
# A poll or result of another campaign than the one the article follows.
_ANOTHER_CAMPAIGN = re.compile(
    r"\b(?:last|previous|that|past|(?:19|20)\d\d)\s+(?:election|campaign|vote|race)\b|"
    r"\b(?:in|at|during)\s+(?:the\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_MARGIN = 3.0  # percentage points: a national poll's usual margin of error
_SAME_DAYS = 3  # polls published this close are of the same days


@dataclass(frozen=True, slots=True)
class PollReading:
    pollster: str
    day: str  # the day the poll was told (its article's, else the claim's)
    shares: dict[str, float]  # party (its first word, lower-cased, no plural "s") -> per cent


def _party_key(name: str) -> str | None:
    words = [w for w in name.split() if w.lower() not in _NOT_A_PARTY]
    if not words:
        return None
    first = words[0].lower().strip("'’")
    return first[:-1] if first.endswith("s") and len(first) > 4 else first


def _pollster_of(text: str) -> str | None:
    for m in _POLLSTER.finditer(text):
        words = [w for w in m.group(1).split() if w.lower().strip("'’") not in _NOT_A_POLLSTER]
        if words and words[-1][:1].isupper():
            return words[-1].lower()
    return None


@per_claim
def poll_reading(f: Features) -> PollReading | None:
    """The parties' shares a claim gives from a poll it names, if it gives any."""
    text = f.claim.text
    if not _POLL.search(text) or _ANOTHER_CAMPAIGN.search(text):
        return None
    if not (_RACE.search(text) or _RACE.search(f.article.title or "") or _RACE.search(f.article.body[:400])):
        return None
    pollster = _pollster_of(text) or _pollster_of(f.article.title or "") or _pollster_of(f.article.body[:400])
    if pollster is None:
        return None
    shares: dict[str, float] = {}
    at = 0
    for q in f.claim.quantities:
        if q.unit != "percent" or q.measure != "share" or q.value is None or q.change not in (None, "=", "~", "<"):
            continue
        where = text.find(q.text, at)
        if where < 0:
            return None
        names = [m.group(0) for m in _NAME.finditer(text, at, where)]
        at = where + len(q.text)
        party = _party_key(names[-1]) if names else None
        if party is None or party == pollster or party in shares:
            return None  # a share whose party the sentence does not name just before it: not read
        shares[party] = q.value
    if not shares:
        return None
    day = (f.article.published or f.when or "")[:10]
    return PollReading(pollster, day, shares) if len(day) == 10 else None


Link = TypeVar("Link")


def poll_relation(a: Features, b: Features, link: Callable[[Features, Features, str, float, str], Link]) -> Link | None:
    """How two claims' poll readings relate, if both give one with a party in common (``link`` makes the
    Candidate: new, old, relation, score, what)."""
    x, y = poll_reading(a), poll_reading(b)
    if x is None or y is None or a.article.id == b.article.id:
        return None
    parties = sorted(x.shares.keys() & y.shares.keys())
    if not parties:
        return None
    new, old = (a, b) if (x.day, a.claim.id) >= (y.day, b.claim.id) else (b, a)
    n, o = (x, y) if new is a else (y, x)
    told = ", ".join(f"{p.title()} {o.shares[p]:g}% → {n.shares[p]:g}%" for p in parties)
    apart = days_between(n.day, o.day)
    if apart is None:
        return None  # (a day its article gives that is no calendar day)
    if n.pollster == o.pollster:
        if apart == 0 and all(n.shares[p] == o.shares[p] for p in parties):
            return link(new, old, "corroborates", 0.6, f"the same {n.pollster.title()} poll ({told})")
        if apart > 0:
            return link(new, old, "updates", 0.65, f"the same pollster's later poll ({told})")
        return None
    if apart > _SAME_DAYS:
        return None  # two pollsters' polls of other days: neither revises the other (their methods differ)
    if all(abs(n.shares[p] - o.shares[p]) <= _MARGIN for p in parties):
        return link(
            new, old, "corroborates", 0.55, f"another pollster's poll of the same days, within the margin ({told})"
        )
    return link(new, old, "conflicts", 0.55, f"another pollster's poll of the same days, beyond the margin ({told})")
