"""What a denial denies, against a count: a denial conflicts only with a claim telling the thing it denies.

"Isavia denied reports that Keflavik had been closed" denies a closure; "Icelandair cancelled 64 flights to and from
Keflavik" counts flights, and tells no closure: the two share a place and a story, not a thing said and unsaid. "The
ministry rejected reports of cholera cases in Cite Soleil" denies cases in one district; "412 suspected cases in the
Artibonite" counts cases elsewhere. A denial with no figure of its own is of a count's thing only when what it
denies is what the count counts ("denied that its troops had entered the Gedo region" / "about 8,000 troops
deployed to the Gedo region") and every place it denies it in is one the count names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from corpus.xref.disputes import _AUXILIARY, _SAYING, _WHEN_WORDS, _denied_parts, _denied_words
from corpus.xref.features import stems
from corpus.xref.memo import per_claim
from corpus.xref.stems import stem

if TYPE_CHECKING:
    from corpus.xref.features import Features

# What a denial calls the thing it denies, with no clause: "rejected reports of cholera cases in Cite Soleil",
# "dismissed claims about a fuel shortage".
_REPORTS_OF = re.compile(
    r"\b(?:reports?|claims?|allegations?|suggestions?|rumou?rs?|accounts?)\s+(?:of|about)\s+(?P<thing>[^.;,]+)",
    re.IGNORECASE,
)


_TOLD_WHOLE = 0.75  # the share of the denied words a report that tells the denied thing holds


@per_claim
def _denied_text(f: Features) -> str:
    """The words of what the denial says did not happen ("the airport at Keflavik had been shut"), else those of the
    thing it names ("cholera cases in Cite Soleil"), else ""."""
    parts = _denied_parts(f)
    if parts is not None and (parts["clause"] or parts["act"]):
        # (up to "saying ...": "denied that it had closed the airport, saying one runway stayed open")
        return _SAYING.split(str(parts["clause"] or parts["act"]), maxsplit=1)[0]
    m = _REPORTS_OF.search(f.claim.text)
    return m.group("thing") if m else ""


def _denied_stems(f: Features) -> frozenset[str]:
    """The stems of what the denial denies, none when it names it by a word for a report alone ("dismissed that
    report on Thursday": the report of the sentence before, which its words do not give)."""
    found = frozenset(_denied_words(f)) or frozenset(stems(_denied_text(f)))
    return found if len(found - _A_REPORT) >= _FEWEST_WORDS else frozenset()


@per_claim
def _denied_predicate(f: Features) -> frozenset[str]:
    """The stems of what the denied clause says its subject did or underwent, from its verb on ("the airport had been
    shut": shut; "the group's fighters had shelled the city's Saudi Hospital": shelled, city, Saudi, Hospital), else
    none: whoever the clause names as doer, a report of the act tells it in its own words."""
    text = _denied_text(f)
    verb = _AUXILIARY.search(text)
    return frozenset(stems(text[verb.start("verb") :])) - _WHEN_WORDS if verb else frozenset()


_A_REPORT = frozenset(stem(w) for w in "report reports claim claims allegation allegations story rumour rumor".split())
_FEWEST_WORDS = 2


def _counted(report: Features) -> frozenset[str]:
    return frozenset(stem(q.counted_lemma) for q in report.claim.quantities if q.value is not None and q.counted_lemma)


def denial_of_another_thing(a: Features, b: Features) -> bool:
    """One claim denies something, with no figure of its own; the other gives a count of something it does not deny:
    what it counts is none of the denied words ("flights" / "Keflavik had been closed"), or the denial places what it
    denies somewhere the count never names ("cases in Cite Soleil" / "cases in the Artibonite")."""
    for denial, report in ((a, b), (b, a)):
        if denial.polarity != "deny" or report.polarity == "deny" or denial.figures or not report.figures:
            continue
        denied = _denied_stems(denial)
        counted = _counted(report)
        if not denied or not counted:
            continue
        predicate = _denied_predicate(denial) or denied
        if len(predicate & report.words) >= _TOLD_WHOLE * len(predicate):
            continue  # the report tells what was denied ("denied that officers had fired tear gas" / "fired tear gas")
        if not counted & denied:
            return True
        where = _denied_text(denial).casefold()
        places = [p for p in denial.places if p.casefold() in where]
        reported = report.claim.text.casefold()
        if any(p not in report.places and p.casefold() not in reported for p in places):
            return True
    return False
