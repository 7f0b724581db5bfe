"""How much of a happening a claim's count covers: one named happening or all of its kind, one incident or a span.

"Seventeen people have died in the Eaton fire" and "the death toll in the Los Angeles fires rose to 16" count the
same people in part: one fire's toll and all the fires' toll, never one count told twice nor its next value.
"RSF kills 120 in attack on camp" and "at least 120 people were killed in fighting over the past week" count one
incident's dead and a week's dead: one number of two counts, however equal. Both rules only ever part two claims.
"""

from __future__ import annotations

import re

from corpus.xref.doers import a_singular_name
from corpus.xref.features import Features
from corpus.xref.figure_roles import INCIDENT, figure_series_role
from corpus.xref.happenings import CANONICAL, SUDDEN, words_pattern
from corpus.xref.memo import per_claim

# The first happening a claim names, as its noun: "fire", "wildfires", "attack". (Not the happenings whose plural
# often tells one of them, "the floods in Borno", "landslides in Wayanad": their plural parts nothing.)
_HAPPENING = re.compile(
    r"\b(?P<kind>" + words_pattern((*SUDDEN, "wildfire", "blaze")) + r")(?P<plural>e?s)?\b", re.IGNORECASE
)
# One kind by other words: a blaze and a wildfire are fires.
_KIND = {**CANONICAL, "wildfire": "fire", "blaze": "fire"}
# Capitalised words before a happening that name no one happening ("Deadly fire", "Flash floods" open a headline).
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*$")


@per_claim
def _first_happening(f: Features) -> tuple[str, bool, bool] | None:
    """The kind of the first happening the claim tells of, whether it is told in the plural ("the fires"), and whether
    a name stands right before it ("the Eaton fire", "Eaton fire death toll reaches 17")."""
    text = f.claim.text
    found = _HAPPENING.search(text)
    if found is None:
        return None
    kind = found.group("kind").lower()
    before = text[: found.start()].split()
    # (a capital opening the sentence is a name only if no common word: "Eaton fire ...", not "Deadly fire ...")
    named = (
        bool(before) and _NAME_WORD.match(before[-1]) is not None and (len(before) > 1 or a_singular_name(before[-1]))
    )
    return _KIND.get(kind, kind), bool(found.group("plural")), named


def one_named_and_all(a: Features, b: Features) -> bool:
    """One claim counts a happening it names in the singular ("the Eaton fire") and the other all of that kind in the
    plural ("the Los Angeles fires"): a part's count and the whole's."""
    x, y = _first_happening(a), _first_happening(b)
    if x is None or y is None or x[0] != y[0] or x[1] == y[1]:
        return False
    singular = x if not x[1] else y
    return singular[2]


# A count over a span of days told by the claim's own words: "over the past week", "in the last three days". (Not
# "this month", "this year": they date as often a happening as a span, "died in hospital this month".)
_OVER_A_SPAN = re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:few|several|two|three|four|five|six|"
    r"seven|ten|\d+)\s+)?(?:days?|weeks?|months?)\b",
    re.IGNORECASE,
)


@per_claim
def _counts_one_incident(f: Features) -> bool:
    """A figure of the claim is one sudden happening's toll ("kills 120 in attack on camp", "died in the blast")."""
    text = f.claim.text
    for q in f.claim.quantities:
        start, end = q.start - f.claim.start, q.end - f.claim.start
        if 0 <= start < end <= len(text) and figure_series_role(text, start, end) == INCIDENT:
            return True
    return False


def _counts_over_a_span(f: Features) -> bool:
    return _OVER_A_SPAN.search(f.claim.text) is not None


def an_incident_and_a_span(a: Features, b: Features) -> bool:
    """One article's claim counts one incident's toll and another article's counts over a span of days, telling no
    incident ("killed in fighting in the city over the past week"): two counts, whatever their values."""
    if a.article.id == b.article.id:
        return False
    for x, y in ((a, b), (b, a)):
        if (
            _counts_one_incident(x)
            and not _counts_over_a_span(x)
            and _counts_over_a_span(y)
            and not _counts_one_incident(y)
        ):
            return True
    return False
