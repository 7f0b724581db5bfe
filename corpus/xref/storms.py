"""A storm is told by its own name: "Hurricane Otis", "Typhoon Haikui", "Tropical Storm Alberto", "Storm Babet". Two
names are two storms, whatever their figures share: a year after Hurricane Otis, "Floods from Hurricane John have
killed at least 15 people" in the same city is another toll, and its 10,000 soldiers sent are other soldiers.

A claim's storm is the one it names itself, else the one its article's headline and lead name. A storm named to set
another beside it ("nearly a year after Hurricane Otis ravaged the resort", "the strongest since Typhoon Haiyan") is
not the one the clause tells of. Only ever parts two claims.
"""

from __future__ import annotations

import re

from corpus.model import Article
from corpus.xref.features import Features
from corpus.xref.memo import per_article, per_claim
from corpus.xref.statements import LEAD_CHARS

# A storm by its kind and name, the one way the rules read one (``relations._NAMED_HAPPENING`` too). The name word is
# the storm: it keeps it as it strengthens or weakens, "Tropical Storm Otis" -> "Hurricane Otis".
STORM_NAME = (
    r"(?:Super\s+Typhoon|Hurricane|Typhoon|Cyclone|(?:Severe\s+)?Tropical\s+Cyclone|"
    r"(?:Post-|Sub)?[Tt]ropical\s+(?:Storm|Depression)|Winter\s+Storm|Storm)\s+(?P<storm>[A-Z][a-z]+)"
)
_STORM = re.compile(rf"\b{STORM_NAME}\b")
# A connective that sets the storm after it beside the one told of, a few words before it in its clause.
_RECALLED = re.compile(
    r"\b(?:after|before|since|than|like|unlike|following|recalling|recalled|recalls|as\s+did|similar\s+to|"
    r"compared\s+(?:with|to))(?:\s+[\w'’-]+){0,4}\s*$",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]—–]")


def _storms_told(text: str) -> frozenset[str]:
    """The names of the storms the text tells of (not those it recalls beside them)."""
    names = set()
    for m in _STORM.finditer(text):
        clause = _CLAUSE_BREAK.split(text[max(0, m.start() - 80) : m.start()])[-1]
        if not _RECALLED.search(clause):
            names.add(m.group("storm"))
    return frozenset(names)


@per_article
def _article_storm(article: Article) -> frozenset[str]:
    """The one storm the headline and lead tell of, if they tell of one."""
    told = _storms_told(f"{article.title or ''}\n{article.body[:LEAD_CHARS]}")
    return told if len(told) == 1 else frozenset()


@per_claim
def _storm_of(f: Features) -> frozenset[str]:
    return _storms_told(f.claim.text) or _article_storm(f)


def storms_apart(a: Features, b: Features) -> bool:
    """Each claim is of a storm by name, and the names differ."""
    x = _storm_of(a)
    return bool(x) and bool(y := _storm_of(b)) and x.isdisjoint(y)
