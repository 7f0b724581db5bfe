"""A short topic label for claims without a measured figure (used for subjects and xref blocking).

Topics are the recurring subjects of conflict and policy reporting; a claim
matching none keeps ``subject=None`` and is linked by entities, wording and
position only. Matching is by word lookup (one pass, no big regex), because
it runs for every claim of every article.
"""

from __future__ import annotations

import re

# (label, exact words, word prefixes, phrases), in order of priority.
TOPICS: list[tuple[str, frozenset[str], tuple[str, ...], tuple[str, ...]]] = [
    ("casualties", frozenset("killed died death deaths dead wounded injured losses fallen".split()), ("casualt",), ()),
    (
        "troop deployment",
        frozenset("troop troops soldiers infantry officers volunteers".split()),
        ("deploy",),
        ("military personnel", "combat units"),
    ),
    ("workers", frozenset("workers laborers labourers".split()), (), ("labor force", "labour force", "labor export", "labour export", "manual labor", "manual labour")),
    ("payments", frozenset("pay pays paid payment payments cash wage wages revenue money".split()), (), ("hard currency", "foreign currency")),
    ("weapons supply", frozenset("munitions artillery shells weapons missiles ammunition arms".split()), (), ()),
    ("alliance", frozenset("pact treaty partnership alliance agreement ties cooperation".split()), (), ()),
    ("sanctions", frozenset("sanction sanctions resolution resolutions".split()), ("prohibit", "violat"), ()),
    ("memorials", frozenset("monument monuments memorial memorials".split()), (), ()),
]
_ORDER = {label: i for i, (label, *_rest) in enumerate(TOPICS)}
_WORDS = re.compile(r"[a-z]+")


def topics_of(text: str) -> set[str]:
    lower = text.lower()
    words = set(_WORDS.findall(lower))
    found: set[str] = set()
    for label, exact, prefixes, phrases in TOPICS:
        if words & exact or any(p in lower for p in phrases) or (
            prefixes and any(w.startswith(prefixes) for w in words)
        ):
            found.add(label)
    return found


def topic_of(text: str) -> str | None:
    """The main topic: the first in the list above that the text mentions."""
    found = topics_of(text)
    return min(found, key=_ORDER.__getitem__) if found else None
