"""Sheltering or fled: a count of displaced people in a place, or of those who left it.

"About 400,000 people are sheltering in the Zamzam camp" counts who are there (a stock); "Some 60,000 people have
fled the camp" counts who left it (a flow). Both are of displaced people, but neither is a later value of the other,
nor a second report of it."""

from __future__ import annotations

import re

from corpus.xref.features import Features
from corpus.xref.memo import per_claim

# Who are in a place: "are sheltering in", "living in", "housed at", "is home to", "hosts".
_THERE = re.compile(
    r"\b(?:shelter(?:ing|ed)|living|staying|housed|hosted|camped|crammed|packed|stranded)\s+(?:in|at|inside)\b"
    r"|\b(?:is|was|are|were)\s+home\s+to\b|\bhost(?:s|ed|ing)\b",
    re.IGNORECASE,
)
# Who left a place: "have fled the camp", "left the city", "were displaced from", "forced from their homes".
_LEFT = re.compile(
    r"\b(?:fled|flee(?:ing|s)?|escaped|evacuated\s+from|displaced\s+from|(?:forced|driven|chased)\s+(?:out\s+)?"
    r"(?:from|of)|left\s+(?:the|their|its)\b|crossed\s+(?:in)?to)\b",
    re.IGNORECASE,
)


@per_claim
def displaced_where(f: Features) -> str | None:
    """ "there" when the claim counts people staying in a place, "left" when it counts people who left one, None when
    it says neither or both."""
    there, left = _THERE.search(f.claim.text) is not None, _LEFT.search(f.claim.text) is not None
    return None if there == left else "there" if there else "left"


def stock_and_flow(a: Features, b: Features) -> bool:
    """Both claims count displaced people, one those in a place, the other those who left one."""
    if "displaced" not in a.families or "displaced" not in b.families:
        return False
    x, y = displaced_where(a), displaced_where(b)
    return x is not None and y is not None and x != y
