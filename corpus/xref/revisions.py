"""How a claim presents its figures: as a revision, as an earlier value, or for one side.

"The toll has risen to 34" is a later figure whatever the other report says;
"38%, up from the 31% it announced on the day" states 31% only as the value it
replaces; "12 fighters were killed" and "27 civilians were killed" count
different people, so they never disagree with each other.
"""

from __future__ import annotations

import re

from corpus.extract.dates import GIVEN_EARLIER
from corpus.model import Claim, Quantity

# Words right before a figure that make it the value being replaced.
_PRIOR_BEFORE = re.compile(
    r"\b(?:(?:up|down|rising|falling|risen|fallen|increased|decreased|revised|raised|lowered|cut)\s+from|"
    r"compared\s+(?:with|to)|from\s+an?\s+(?:earlier|previous|initial)\s+\w+\s+of|"
    # "raising the number from 12 announced on Saturday night", "bringing the toll from 9"
    r"(?:rais|increas|lower|revis|bring|push|tak)\w*\s+(?:the|its|their)\s+(?:number|total|toll|figure|count|tally)"
    r"\s+from)\s+"
    # "up from a flash reading of 3.4%", "up from the 31%"
    r"(?:the\s+|an?\s+|its\s+)?(?:earlier\s+|previous\s+|initial\s+|original\s+)?(?:\w+\s+)?(?:\w+\s+of\s+)?$|"
    # the new value first: "cut the fine to 20 million dollars from 40 million", "raised it to 6.5% from 5.9%"
    r"\bto\s+[$€£]?\d[\d.,]*(?:\s*(?:%|per\s?cent|million|billion|trillion|bn|mn|m)\b)?(?:\s+[a-z]+)?\s+from\s+[$€£]?$",
    re.IGNORECASE,
)
# "more than twice its initial estimate", "up on its first figure", "more than twice the number the
# company first disclosed": the claim sets its figure against the earlier value it replaces.
_AGAINST_EARLIER_TEXT = (
    r"\b(?:than|from|on|over|times|twice|double[sd]?|triple[sd]?|above|below)\s+(?:"
    # ("twice the company's initial estimate", "two more than preliminary figures showed")
    r"(?:in\s+)?(?:(?:its|their|the)\s+)?(?:[\w-]+[’']s\s+)?(?:initial|first|earlier|previous|original|preliminary|"
    r"provisional)\s+(?:estimate|figure|count|tally|reading|result)s?\b|"
    r"the\s+(?:number|figure|total|count|estimate|tally)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:first|initially|originally|earlier|previously)\s+(?:disclosed|reported|gave|announced|estimated|"
    r"released|published|put\s+forward)\b|"
    # "more than it first estimated", "higher than previously thought", "up from what officials initially said"
    r"(?:what\s+)?(?:(?:it|they|he|she|officials|authorities|the\s+[a-z]+)\s+)?(?:had\s+)?"
    r"(?:first|initially|originally|earlier|previously)\s+(?:estimated|said|thought|reported|disclosed|announced|"
    r"believed|feared|stated)\b)|"
    # "150 monitors, fewer than the 200 its foreign policy chief had announced a day earlier": a plan or promise
    # the figure scales back or up, told as what was announced before
    r"\b(?:than|from)\s+the\s+[\d,.]+\s+(?:[\w'’-]+\s+){0,5}?had\s+(?:first\s+|initially\s+|originally\s+|"
    r"earlier\s+|previously\s+)?(?:announced|promised|pledged|planned|proposed|targeted)\b|"
    # "had flown about 650 km, revising an initial estimate of 600 km": the figure replaces the one it names
    # (a statistic's first release is its "flash" or "advance" estimate: "revising up its flash estimate of 2.3%")
    r"\b(?:revising|revised|correcting|corrected|updating|updated)\s+(?:(?:up|down)(?:ward)?\s+)?(?:an?|its|their|the)\s+"
    r"(?:initial|earlier|previous|original|first|preliminary|provisional|flash|advance)\s+(?:estimate|figure|count|tally|reading|toll|"
    r"total|number)s?\b"
)
# The claim says its figure is a new value of a running count.
_REVISED = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:risen|rose|climbed|jumped|increased|grown|grew|soared|fallen|fell|dropped|"
    r"revised|raised|lowered|expanded|extended|widened|broadened|"
    # "cut its forecast for this year's wheat harvest to 19.8 million tonnes": a source's own figure, replaced
    r"cut|cuts|reduced|reduces|trimmed|trims|slashed|slashes|lifted|lifts|upgraded|downgraded)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:to|(?:its|their|the|an?)\s+(?:[\w'’-]+\s+){1,8}?to)\s+"
    r"(?=(?:about|around|nearly|almost|some|roughly|more\s+than|at\s+least|over|an?\s+(?:estimated|reported)|"
    r"a\s+(?:new|record|revised)|between)?\s*(?:[$€£¥]?\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozens|hundreds|thousands|millions)\b))|"
    r"\bnow\s+(?:stands|stood)\s+at\b|"
    # "gained one seat, to 10", "lost 40 jobs, to 1,200": the change, then the level it replaces the old one with
    r"\b(?:gained|gains|lost|loses|picked\s+up|added|adds|shed|sheds)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+to\s+(?=\d)|"
    # "final results showing 145 seats", "three more than in the preliminary count": the count that replaces
    # an early one
    r"\b(?:final|certified)\s+(?:official\s+)?(?:results?|count|tally|figures?|toll)\b|"
    r"\b(?:than|from|on)\s+(?:in\s+)?(?:the|its|their)\s+(?:preliminary|provisional|initial)\s+(?:results?|count|tally|figures?)\b|"
    # ("revised the number of people injured in last Sunday's crush at the stadium to 63": however far the value)
    r"\brevised\s+(?:its|their|the)\s+(?:(?:official|own|earlier|first)\s+)?(?:estimate|figure|count|tally|toll|number)s?\b|"
    # "now puts the number at", "now says 6,300": the source's current value, so an earlier one's successor.
    r"\bnow\s+(?:puts?|says?|estimates?|reports?|counts?|believes?|covers?|affects?|includes?)\b|"
    + _AGAINST_EARLIER_TEXT
    + r"|"
    # "is extending its recall to three more batches, a total of 310,000 tins": the widened count after what it now
    # takes in
    r"\b(?:extend|expand|widen|broaden)(?:s|ed|ing)?\b[^.;]{0,100}?,\s+(?:a|bringing\s+the|taking\s+the)\s+total\s+"
    r"(?:of\s+|to\s+)?(?=(?:about|around|nearly|some|more\s+than)?\s*[$€£¥]?\d)|"
    # "more than twice its initial estimate": set against the value it replaces (_AGAINST_EARLIER_TEXT).
    r"\b(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed|raising|raises)\s+(?:the\s+)?"
    r"(?:total|overall|death\s+toll|toll|tally|number|count)\b[^.;]{0,50}?\bto\b",
    re.IGNORECASE,
)
_REVISION_HINTS = (
    "correct",
    "expand",
    "extend",
    "widen",
    "broaden",
    "updat",
    "gain",
    "lost",
    "lose",
    "picked",
    "added",
    "adds",
    "shed",
    "final",
    "certified",
    "provisional",
    "rose",
    "risen",
    "climb",
    "jump",
    "increas",
    "grew",
    "grown",
    "soar",
    "fell",
    "fallen",
    "dropped",
    "revis",
    "raised",
    "lowered",
    "cut",
    "reduce",
    "trim",
    "slash",
    "lift",
    "grade",
    "now ",
    "initial",
    "first",
    "earlier",
    "previous",
    "original",
    "preliminary",
    "bring",
    "brought",
    "taking",
    "takes",
    "took",
    "push",
    "had announced",
    "had promised",
    "had pledged",
    "had planned",
    "had proposed",
    "had targeted",
)
_GROUP_AFTER = re.compile(  # used with match() at the figure's end, so no "^"
    r"\s+(?:[A-Za-z-]+\s+){0,2}?(?P<noun>civilians?|villagers|residents|children|women|passengers|"
    r"fighters|soldiers|troops|militants|rebels|insurgents|combatants|gunmen|servicemen|policemen|police officers)\b"
)
_COMBATANTS = frozenset(
    "fighters soldiers troops militants rebels insurgents combatants gunmen servicemen policemen".split()
)


_PART_BEFORE = re.compile(
    r"\b(?:including|among them|of whom|of them|of which)\s+(?:at least\s+|about\s+|some\s+)?$", re.IGNORECASE
)


def part_figures(claim: Claim, body: str) -> list[Quantity]:
    """The quantities that count a part of another ("27 civilians, including nine children")."""
    lowered = claim.text.lower()
    if not claim.quantities or not any(
        hint in lowered for hint in ("includ", "among them", " of whom", " of them", " of which")
    ):
        return []
    return [q for q in claim.quantities if _PART_BEFORE.search(body[max(claim.start, q.start - 30) : q.start])]


# "closer to 2,600, because some 400 contract workers would also lose their jobs": a figure given as the
# reason another is larger, what it adds to it.
_REASON_BEFORE = re.compile(r"\b(?:because|since|as)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_ALSO_AFTER = re.compile(r"^(?:\s+[\w'’-]+){1,5}?\s+also\b", re.IGNORECASE)


def added_figures(claim: Claim) -> list[Quantity]:
    """The quantities a claim gives as what makes up the difference to another of its figures ("because some
    400 contract workers would also lose their jobs"): a part added to that figure, not a count of its own."""
    if len(claim.quantities) < 2 or "also" not in claim.text:
        return []
    out = []
    for q in claim.quantities:
        start, end = q.start - claim.start, q.end - claim.start
        inside = 0 <= start < end <= len(claim.text)
        if inside and _REASON_BEFORE.search(claim.text, 0, start) and _ALSO_AFTER.match(claim.text[end : end + 60]):
            out.append(q)
    return out


def prior_figures(claim: Claim, body: str) -> list[Quantity]:
    """The quantities the claim gives as the earlier value ("up from the 31% it announced")."""
    lowered = claim.text.lower()
    if len(claim.quantities) < 1 or not (
        " first " in lowered
        or "initially" in lowered
        or "originally" in lowered
        or " from " in lowered
        or "compared" in lowered
        or " than the " in lowered
        or " against " in lowered
        or " after " in lowered
        or " to " in lowered
    ):
        return []
    out = []
    for q in claim.quantities:
        before = body[max(claim.start, q.start - 50) : q.start]
        if (
            _PRIOR_BEFORE.search(before)
            or (q.change == "from-to" and _UP_OR_DOWN.search(before))
            or _told_days_before(claim, body, q)
            or _changed_to_another(claim, body, q)
            or first_value_replaced(claim, body, q)
        ):
            out.append(q)  # ("down from 1.6 billion to 1.8 billion euros": the range it replaces)
        elif _THAN_THE_BEFORE.search(before) and _GIVEN_BEFORE_AFTER.match(body, q.end):
            out.append(q)  # "1,150 jobs, fewer than the 1,200 it announced in June"
    return out


# A value told as the first one given, the claim going on to the one that replaced it: "The haul was first put at 2.3
# tonnes, but a full count found 2.6 tonnes", "initially estimated at 400, the toll was later revised to 520".
_FIRST_PUT_BEFORE = re.compile(
    r"\b(?:first|initially|originally|earlier)\s+(?:put|estimated|given|reported|counted|set|thought\s+to\s+be|"
    r"said\s+to\s+be)\s+(?:at\s+)?(?:(?:about|around|some|roughly|nearly|more\s+than|at\s+least)\s+)?[$€£]?$",
    re.IGNORECASE,
)
_THEN_ANOTHER = re.compile(r"\b(?:but|before|until|later|now|since|then)\b", re.IGNORECASE)


def first_value_replaced(claim: Claim, body: str, q: Quantity) -> bool:
    """``q`` is told as a first value ("was first put at 2.3 tonnes") and the claim goes on, past a turn ("but",
    "later"), to a value in its unit: the one that replaced it."""
    if not _FIRST_PUT_BEFORE.search(body, max(claim.start, q.start - 40), q.start):
        return False
    return any(
        other.start > q.end and other.unit == q.unit and _THEN_ANOTHER.search(body, q.end, other.start)
        for other in claim.quantities
    )


# The old value as what a change was done to, the new one after "to": "reduced a $48 million award against Velcor to
# $21 million", "raised its offer of 3.1 billion euros for Ostmark to 3.4 billion" (the verb right before the old
# value, the two in one unit, a few words between them).
_CHANGED_BEFORE = re.compile(
    r"\b(?:reduc|cut|lower|slash|trimm|rais|increas|revis|upp|halv|doubl)\w*\s+(?:(?:a|an|the|its|his|her|their)\s+)?"
    r"(?:[a-z-]+\s+of\s+)?[$€£]?$",
    re.IGNORECASE,
)
# (not "cutting 550 more jobs and bringing the total to 2,350": an increment, then the total it makes)
_CHANGED_TO = re.compile(
    r"(?!\s+(?:more|additional|extra|further|new)\b)"
    r"(?:\s+(?!(?:and|or|but|while|after|before|bringing|taking|pushing|raising|lifting)\b)[\w'’-]+){0,6}?"
    r"\s+to\s+(?:about\s+|around\s+|some\s+|just\s+)?[$€£]?",
    re.IGNORECASE,
)


def _changed_to_another(claim: Claim, body: str, q: Quantity) -> bool:
    """``q`` is the value a change was done to, and the claim gives the value it was changed to right after."""
    if q.unit is None or not _CHANGED_BEFORE.search(body, max(claim.start, q.start - 40), q.start):
        return False
    return any(
        later.start > q.end and later.unit == q.unit and _CHANGED_TO.fullmatch(body, q.end, later.start)
        for later in claim.quantities
    )


# A figure told in a clause of what happened days before: "restored to all but 15,000 homes, a day after the storm
# cut supply to about 200,000 properties" (the earlier value the first figure follows).
_DAYS_AFTER_BEFORE = re.compile(
    r"(?i)\b(?:a|one|two|three|four|five|six|several|\d+)\s+(?:days?|weeks?)\s+after\s+[^.;,]{0,60}?"
    r"\b(?:cut|left|knocked|forced|hit|affected|killed|displaced|stranded)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:to\s+)?(?:about|around|some|nearly|almost|more\s+than|at\s+least|over|up\s+to\s+)?\s*[$€£]?$"
)


def _told_days_before(claim: Claim, body: str, q: Quantity) -> bool:
    """The figure is told in a clause of what happened days before, after a figure of the claim's own ("all but
    15,000 homes, a day after the storm cut supply to about 200,000 properties"). Alone, it is the claim's figure:
    "detained the owner on Saturday, a day after a fire there killed 21 workers" tells the toll."""
    after = _DAYS_AFTER_BEFORE.search(body, max(claim.start, q.start - 90), q.start)
    return after is not None and any(p is not q and p.end <= after.start() for p in claim.quantities)


# A figure set against the one its source gave earlier: "fewer than the 1,200 it announced in June", "a figure
# of £350m, against £410m it had forecast in January".
_THAN_THE_BEFORE = re.compile(
    r"\b(?:(?:more|fewer|less|higher|lower|smaller|bigger|larger|greater)\s+than\s+the|against(?:\s+the)?)\s+[$€£¥]?$",
    re.IGNORECASE,
)
_GIVEN_BEFORE_AFTER = re.compile(
    r"(?:\s+[a-z-]+)?\s+(?:"
    + GIVEN_EARLIER
    # (no giver named: "far more than the 100 first reported", "fewer than the 40 initially announced")
    + r"|(?:first|initially|originally|earlier|previously)\s+(?:reported|announced|given|estimated|stated|disclosed)\b"
    # ("smaller than the 10 billion reais reported by local media earlier in the week": given before, by another)
    + r"|(?:reported|announced|given|estimated|floated|cited|published|quoted)\s+(?:by|in)\s)",
    re.IGNORECASE,
)


def corrected_figures(claim: Claim, body: str) -> list[Quantity]:
    """The quantities a correction replaces as they were first given ("nine pieces were taken, not seven as
    first reported", "210 people were aboard, not 180 as initially announced")."""
    lowered = claim.text.lower()
    if not claim.quantities or " not " not in lowered or _FIRST_REPORTED_HINT.search(lowered) is None:
        return []
    return [
        q
        for q in claim.quantities
        if _NOT_BEFORE.search(body, max(claim.start, q.start - 10), q.start)
        and _FIRST_REPORTED_AFTER.match(body, q.end)
    ]


_FIRST_REPORTED_HINT = re.compile(r"\b(?:first|initially|originally|earlier|previously)\b")
_NOT_BEFORE = re.compile(r"\bnot\s+(?:the\s+)?$", re.IGNORECASE)
_FIRST_REPORTED_AFTER = re.compile(
    r"(?:\s+[\w-]+)?\s+(?:as|that)\s+(?:(?:was|were|had\s+been|it)\s+)?"
    r"(?:first|initially|originally|earlier|previously)\s+(?:reported|announced|stated|said|thought|believed|given)\b",
    re.IGNORECASE,
)


_UP_OR_DOWN = re.compile(r"\b(?:up|down)\s*$", re.IGNORECASE)


def set_against_earlier(text: str) -> bool:
    """ "more than twice its initial estimate": the claim names an earlier value only to say its own
    figure replaces it (the claim's figure is the new one, not the earlier)."""
    return bool(_AGAINST_EARLIER.search(text))


_AGAINST_EARLIER = re.compile(_AGAINST_EARLIER_TEXT, re.IGNORECASE)


def says_revised(claim: Claim) -> bool:
    """ "has risen to 34", "revised its estimate", "now stands at": the figure replaces an earlier one."""
    return text_says_revised(claim.text)


def text_says_revised(text: str) -> bool:
    """``says_revised`` of a sentence."""
    lowered = text.lower()
    if not any(word in lowered for word in _REVISION_HINTS):
        return False  # most claims: one cheap scan instead of the pattern
    return bool(_REVISED.search(text))


def group_of(q: Quantity, body: str) -> str | None:
    """Whom a count of people is about: "civilian", "combatant", or None when it does not say."""
    m = _GROUP_AFTER.match(body, q.end, min(len(body), q.end + 40))
    if m is None:
        return None
    noun = m.group("noun").lower()
    return "combatant" if noun in _COMBATANTS else "civilian"


_MISSING = re.compile(r"\bmissing\b|\bunaccounted\s+for\b", re.IGNORECASE)
_FOUND = re.compile(
    r"\b(?:found|confirmed|declared|presumed)\s+(?:dead|alive|safe)\b|\b(?:were|was|been|had\s+been)\s+(?:rescued|found|recovered)\b",
    re.IGNORECASE,
)


def resolves_missing(later: str, earlier: str) -> bool:
    """ "the two missing workers had been found dead" after "two workers were missing": what became of
    the missing is the next news of them, not a second report of their being missing."""
    return bool(_MISSING.search(earlier) and _FOUND.search(later) and not _FOUND.search(earlier))
