"""Reports that a party had been warned about something before it happened: one proposition in many words.

"Families said the company had ignored warnings about cracks in the tunnel roof" and, weeks later, "an
inquiry found that managers had been told about cracks in the tunnel roof": two sources say the same thing,
whatever verb each uses (warned, warnings, told, alerted, notified, knew, aware). What the warning was about
is the words after "about", "of", "to" or "that"; two claims whose objects share two rare words, in one story,
with the same polarity, say it alike. (A denial of the warning against a report of it is a denial's rule.)
"""

from __future__ import annotations

import re

from corpus.xref.features import Features
from corpus.xref.memo import per_claim
from corpus.xref.statements import bag

# "warned", "warnings", "had been told", "were alerted", "was made aware", "knew": then within a few words what of.
_WARNED = re.compile(
    r"(?:\bwarn(?:ed|ing|ings|s)?\b|\b(?:been|was|were|being)\s+(?:\w+\s+)?(?:told|alerted|notified|informed|made\s+aware)\b"
    r"|\bknew\b|\baware\b)"
    r"[^.;:]{0,40}?\b(?:about|of|to|that)\s+(?P<what>[^.;:]+)",
    re.IGNORECASE,
)
_RARE = 2.0  # a word of what the warning was about this rare in English ("crack", "roof"; not "people", "years")
_SHARED = 2


@per_claim
def warned_about(f: Features) -> dict[str, float]:
    """The rare content words of what the claim says someone was warned about (empty when it says no warning)."""
    m = _WARNED.search(f.claim.text)
    if m is None:
        return {}
    return {k: w for k, w in bag(m.group("what")).items() if w >= _RARE}


def forewarned_alike(a: Features, b: Features) -> list[str]:
    """The rare words both claims' warnings were about, when both say, with one polarity and unnegated, that
    someone was warned about the same thing (at least two words); else []."""
    if a.polarity != b.polarity or a.polarity not in ("assert", "confirm") or a.negated or b.negated:
        return []
    x, y = warned_about(a), warned_about(b)
    shared = sorted(x.keys() & y.keys(), key=lambda k: (-min(x[k], y[k]), k))
    return shared if len(shared) >= _SHARED else []
