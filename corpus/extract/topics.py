"""A short topic label for claims without a measured figure (used for subjects and xref blocking).

Topics are the recurring subjects of conflict and policy reporting; a claim
matching none keeps ``subject=None`` and is linked by entities, wording and
position only. Matching is by word lookup (one pass, no big regex), because
it runs for every claim of every article.
"""

from __future__ import annotations

import re
from functools import lru_cache

# (label, exact words, word prefixes, phrases), in order of priority.
TOPICS: list[tuple[str, frozenset[str], tuple[str, ...], tuple[str, ...]]] = [
    ("casualties", frozenset("killed died death deaths dead wounded injured losses fallen".split()), ("casualt",), ()),
    (
        "troop deployment",
        frozenset("troop troops soldiers infantry officers volunteers".split()),
        ("deploy",),
        ("military personnel", "combat units"),
    ),
    (
        "workers",
        frozenset("workers laborers labourers".split()),
        (),
        ("labor force", "labour force", "labor export", "labour export", "manual labor", "manual labour"),
    ),
    (
        "payments",
        frozenset("pay pays paid payment payments cash wage wages revenue money".split()),
        (),
        ("hard currency", "foreign currency"),
    ),
    (
        "weapons supply",
        frozenset("munitions artillery shells weapons weaponry missiles ammunition arms".split()),
        (),
        (),
    ),
    ("technology transfer", frozenset("technology technological technologies expertise know-how".split()), (), ()),
    ("reactions", frozenset("condemned condemns condemn condemnation urged urges concern concerns".split()), (), ()),
    ("alliance", frozenset("pact treaty partnership alliance agreement ties cooperation".split()), (), ()),
    ("sanctions", frozenset("sanction sanctions resolution resolutions".split()), ("prohibit", "violat"), ()),
    ("memorials", frozenset("monument monuments memorial memorials".split()), (), ()),
]
# Words of a topic that mean something else in other news: each counts only beside what marks the
# topic's sense ("army officers", not "police officers"; "arms sales", not "his arms crossed"; a UN
# "resolution", not "a contempt resolution"; "losses" with no money in the sentence, not "tax losses").
_MONEY = r"[$€£]|\b(?:tax|taxes|dollars?|million|billion|profits?|revenues?|income|investments?|real estate|bankrupt\w*|stocks?|shares|markets?|financial|fiscal|earnings)\b"
_TRANSFER = r"\b(?:transfer\w*|shar(?:e|es|ed|ing)|provid\w+|suppl\w+|gave|give|gives|giving|given|receiv\w+|acquir\w+|obtain\w+|exchange|assist\w*|help\w*|access|gain\w*)\b"
_UN = r"\b(?:security council|u\.n\.|un|united nations|sanction\w*|embargo\w*)\b|\bresolutions? \d"
_MILITARY = r"\b(?:troops?|soldiers?|military|army|armed forces|forces|war|front|battlefield|fight\w*|combat|battles?|conflict|deploy\w*|units|navy|naval|air force|marines?)\b"
_SENSES: dict[str, re.Pattern[str]] = {
    word: re.compile(pattern)
    for word, pattern in {
        "officers": _MILITARY,
        "volunteers": _MILITARY,
        "arms": r"\barms (?:deals?|sales?|suppl\w+|shipments?|transfers?|trade|trafficking|embargo|exports?|imports?|deliver\w+|race|"
        r"control|industry|dealers?|makers?|manufactur\w+|cache\w*|depots?)\b|"
        r"\b(?:suppl\w+|sell\w*|sold|ship\w*|sen[dt]\w*|provid\w+|transfer\w*|deliver\w*|smuggl\w+|bought|buy\w*)\s+(?:\w+\s+)?arms\b",
        "losses": "^(?!.*(?:" + _MONEY + "))",
        "dead": r"\bdead\b(?!\s+(?:heat|end|wrong|serious|set|last|even|cent(?:er|re)|of night|giveaway|ringer|weight|line))",
        # the dead ("honoured the fallen", "fallen soldiers"), not a fall ("levels have fallen to 49%")
        "fallen": r"\b(?:the|our|their|his|her|its)\s+fallen\b(?!\s+(?:to|by|from|below|under|over|back|sharply|steeply|"
        r"short|behind|ill|sick|apart|out|off|into)\b)|\bfallen\s+(?:soldiers|troops|heroes|comrades|servicemen|"
        r"officers|fighters|firefighters)\b",
        "resolution": _UN,
        "resolutions": _UN,
        "technology": _TRANSFER,
        "technological": _TRANSFER,
        "technologies": _TRANSFER,
        "expertise": _TRANSFER,
    }.items()
}
# ("deployed troops", "forces deployed to the border", not "the airbag failed to deploy", "deployed new software")
_ARMED = (
    _MILITARY.replace("|deploy\\w*", "")[:-3] + r"|personnel|contingents?|fighters|battalions?|brigades?|regiments?)\b"
)
# (the noun keeps its sense in news of a war: "condemned the deployments", "public admission of the deployment")
_PREFIX_SENSES = {
    "prohibit": re.compile(_UN),
    "violat": re.compile(_UN),
    "deploy": re.compile(_ARMED + r"|\bdeployments?\b"),
}
_ORDER = {label: i for i, (label, *_rest) in enumerate(TOPICS)}
_WORDS = re.compile(r"[a-z]+")
_BY_WORD = {word: label for label, exact, _p, _ph in TOPICS for word in exact}
_PREFIX = re.compile(r"\b(" + "|".join(p for _l, _e, prefixes, _ph in TOPICS for p in prefixes) + ")")
_BY_PREFIX = {p: label for label, _e, prefixes, _ph in TOPICS for p in prefixes}


@lru_cache(maxsize=8192)
def _topics(text: str) -> frozenset[str]:
    lower = text.lower()
    found = {
        _BY_WORD[w] for w in _WORDS.findall(lower) if w in _BY_WORD and (w not in _SENSES or _SENSES[w].search(lower))
    }
    found.update(
        _BY_PREFIX[m.group(1)]
        for m in _PREFIX.finditer(lower)
        if m.group(1) not in _PREFIX_SENSES or _PREFIX_SENSES[m.group(1)].search(lower)
    )
    found.update(label for label, _e, _p, phrases in TOPICS if any(p in lower for p in phrases))
    return frozenset(found)


def in_military_sense(text: str) -> bool:
    """``text`` marks the military sense of "officers" and "volunteers" (an army's, not the police's)."""
    return _SENSES["officers"].search(text.lower()) is not None


def topics_of(text: str) -> set[str]:
    return set(_topics(text))


def topic_of(text: str) -> str | None:
    """The main topic: the first in the list above that the text mentions."""
    found = topics_of(text)
    return min(found, key=_ORDER.__getitem__) if found else None
