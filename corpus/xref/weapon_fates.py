"""Launched or downed: what a count of weapons tells was done with them.

"Russia launched 90 drones at Ukraine" counts an attack; "air defences downed 90 drones" counts what a defence
destroyed (of that night's attack, or of the other side's). The same number of one kind of weapon, told by two acts,
is two counts, never one report of one (and a count of those fired is no earlier value of those downed)."""

from __future__ import annotations

import re

from corpus.xref.features import Features
from corpus.xref.memo import per_claim

_WEAPONS = r"(?:drones?|missiles?|rockets?|shells?|projectiles?|UAVs?|bombs?|warheads?)"
_FIRED = r"launch(?:ed|es|ing)?|fir(?:ed|es|ing)|sen[dt]|sending|hurl(?:ed|s|ing)?|unleash(?:ed|es|ing)?"
_DOWNED = (
    r"down(?:ed|s|ing)?|sh(?:ot|oots|ooting)\s+down|brought\s+down|destroy(?:ed|s|ing)?|intercept(?:ed|s|ing)?|"
    r"neutrali[sz](?:ed|es|ing)|repel(?:led|s|ling)?|jamm(?:ed|ing)|disabled"
)
_FIGURE = r"(?P<figure>\d[\d,.]*|[a-z]+(?:[- ][a-z]+)?)"
# "launched 90 drones", "downed 90 Ukrainian drones", "shot down 71 of the drones", "destroyed all 90 drones"
_ACT_THEN_FIGURE = re.compile(
    rf"\b(?P<act>{_FIRED}|{_DOWNED})\s+(?:(?:at\s+least|about|some|nearly|more\s+than|over|almost|all|a\s+total\s+of)\s+)?"
    rf"{_FIGURE}\s+(?:(?:of\s+(?:the|them|these)\s+)?[A-Za-z-]+\s+){{0,2}}?{_WEAPONS}\b",
    re.IGNORECASE,
)
# "90 drones were shot down", "71 of them had been intercepted"
_FIGURE_THEN_ACT = re.compile(
    rf"\b{_FIGURE}\s+(?:(?:of\s+(?:the|them|these)\s*)?[A-Za-z-]+\s+){{0,2}}?{_WEAPONS}?\s*(?:were|was|had\s+been|have\s+been|"
    rf"are|being)\s+(?P<act>{_FIRED}|{_DOWNED})\b",
    re.IGNORECASE,
)


def _fate(act: str) -> str:
    return "downed" if re.fullmatch(_DOWNED, act, re.IGNORECASE) else "fired"


@per_claim
def weapon_fates(f: Features) -> frozenset[str]:
    """What the claim's counts of weapons tell was done with them: "fired" (launched, sent), "downed" (shot down,
    destroyed, intercepted), or both; empty when it counts none by such an act."""
    text = f.claim.text
    return frozenset(
        _fate(m["act"]) for pattern in (_ACT_THEN_FIGURE, _FIGURE_THEN_ACT) for m in pattern.finditer(text)
    )


def weapon_fates_apart(a: Features, b: Features) -> bool:
    """One claim counts weapons fired, the other weapons downed, and neither tells both: two acts' counts."""
    x, y = weapon_fates(a), weapon_fates(b)
    return len(x) == 1 and len(y) == 1 and x != y
