"""Sheltering or fled: a count of displaced people in a place, or of those who left it.

"About 400,000 people are sheltering in the Zamzam camp" counts who are there (a stock); "Some 60,000 people have
fled the camp" counts who left it (a flow). Both are of displaced people, but neither is a later value of the other,
nor a second report of it. So with people ordered to leave ("ordered the evacuation of 87,000") beside people in
shelters ("About 45,000 people had moved to evacuation centres")."""

from __future__ import annotations

import re

from corpus.xref.features import Features
from corpus.xref.memo import claim_says, one_says_each, per_claim

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


# People told to leave ("ordered the evacuation of 87,000", "under evacuation orders", "were ordered to leave") and
# people in shelters ("in evacuation centres", "in public shelters", "staying in relief camps").
_ORDERED_OUT = re.compile(
    r"\b(?:ordered\s+(?:the\s+)?evacuation|evacuation\s+orders?|(?:were|was|been)\s+ordered\s+to\s+(?:leave|evacuate)|"
    r"told\s+to\s+(?:leave|evacuate))\b",
    re.IGNORECASE,
)
_SHELTERED = re.compile(
    r"\b(?:in|to|into)\s+(?:public\s+|temporary\s+|emergency\s+)?(?:evacuation\s+centres?|evacuation\s+centers?|shelters?|"
    r"relief\s+camps?|camps?)\b",
    re.IGNORECASE,
)
_ordered_out = claim_says(_ORDERED_OUT, "_ordered_out")
_sheltered = claim_says(_SHELTERED, "_sheltered")


def ordered_and_sheltered(a: Features, b: Features) -> bool:
    """One claim counts people ordered to leave, the other people in shelters (and neither tells both)."""
    return one_says_each(a, b, _ordered_out, _sheltered)
