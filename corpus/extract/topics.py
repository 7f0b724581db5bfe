"""A short topic label for claims without a measured figure (used for subjects and xref blocking).

Topics are the recurring subjects of conflict and policy reporting; a claim
matching none keeps ``subject=None`` and is linked by entities and time only.
"""

from __future__ import annotations

import re

TOPICS: list[tuple[str, re.Pattern[str]]] = [
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in (
        ("casualties", r"\b(killed|died|death|deaths|dead|casualt\w+|wounded|injured|losses|fallen)\b"),
        ("troop deployment", r"\b(troops?|soldiers|military personnel|combat units|infantry|officers|deploy\w*|volunteers)\b"),
        ("workers", r"\b(workers|laborers|labourers|labou?r force|labou?r exports?|manual labou?r)\b"),
        ("payments", r"\b(pays?|paid|payments?|hard currency|foreign currency|cash|wages?|revenue|money)\b"),
        ("weapons supply", r"\b(munitions|artillery|shells|weapons|missiles|ammunition|arms)\b"),
        ("alliance", r"\b(pact|treaty|partnership|alliance|agreement|ties|cooperation)\b"),
        ("sanctions", r"\b(sanctions?|resolutions?|prohibit\w*|violat\w+)\b"),
        ("memorials", r"\b(monuments?|memorials?)\b"),
    )
]


def topic_of(text: str) -> str | None:
    for label, pattern in TOPICS:
        if pattern.search(text):
            return label
    return None


def topics_of(text: str) -> set[str]:
    return {label for label, pattern in TOPICS if pattern.search(text)}
