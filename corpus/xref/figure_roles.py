"""What one reported figure is: a single event's toll, a running total, a forecast or an addition.

"3 wounded in the strike on Monday" and "4,100 wounded since the war began" count
the same thing but are not two values of one series: drawn together, the first
reads as a fall and the second as a rise. The role is read from the words of the
figure's own clause (a sentence can hold both: "The strike killed 3, bringing the
toll to 4,100"), and only from cues English news writes for it; a figure whose
clause gives none is left unmarked, never guessed. A part of another figure
("including 1,000 deminers") and the earlier value of a change ("up from 31%")
are told apart by the cross-reference rules that already know them.
"""

from __future__ import annotations

import re

from corpus.extract.measures import is_currency
from corpus.model import Claim, Quantity
from corpus.xref.features import a_limit, figure_role
from corpus.xref.frames import besides_other_fates
from corpus.xref.happenings import SUDDEN, words_pattern
from corpus.xref.revisions import part_figures, prior_figures

INCIDENT = "incident"  # one event's toll: "in the strike", "on Monday", "overnight"
TOTAL = "total"  # a running total: "so far", "since the war began", "the death toll rose to"
FORECAST = "forecast"  # "expected to rise to more than 10,000"
INCREMENT = "increment"  # "sent an additional 3,000"
LIMIT = "limit"  # a cap, rule or capacity: "certified for 300 people", "no more than 200 passengers"
UNMARKED = "count"  # the clause does not say
PART = "part"  # a part of another figure: "27 civilians, including 9 children"
PRIOR = "prior"  # the earlier value a change is from: "up from 31%"

# The patterns read the clause lower-cased (cheaper than IGNORECASE, and most clauses need
# only the quick word checks before them).
_DAYS = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?"
_EVENTS = rf"(?:{words_pattern(SUDDEN)})(?:e?s)?"  # one sudden happening's: "killed in the blast"
# Where a clause ends: another figure's clause can begin there with its own role.
_CLAUSE_BREAK = re.compile(
    r"[;:]|\.\s|,\s*(?=(?:and\s+|while\s+|but\s+|whereas\s+)?(?:bringing|raising|taking|pushing|lifting|while|but|whereas|compared|up from|down from|after)\b)"
    r"|\s(?:while|whereas|but)\s"
    # "posted sales of $4.2bn in the quarter and now expects annual revenue of $16bn": the outlook is a clause
    # ("..., and it now expects full-year profit of ...", "and the group still sees": the outlook's own subject)
    r"|\s(?:and|but)\s+(?=(?:(?:it|they|we|the\s+(?:[a-z-]+\s+)?[a-z]+)\s+)?(?:now\s+|also\s+|still\s+)?"
    r"(?:expects?|forecasts?|predicts?|projects?|anticipates?|sees)\b)",
    re.IGNORECASE,
)
_TOTAL_HINTS = (
    "so far", "to date", "thus far", "total", "altogether", "in all", "overall", "cumulative", "since",
    "now", "toll", "tally", "count", "rose", "risen", "climbed", "increased", "grown", "bring", "brought",
    "raising", "taking", "as of",
)  # fmt: skip
_TOTAL = re.compile(
    r"\b(?:so far|to date|thus far|in total|a total of|totall?(?:ed|ing)?|altogether|in all|overall|cumulative\w*|"
    r"since the (?:start|beginning|outbreak|onset)\b|"
    r"since (?:the|\w+[’']s)?\s*(?:full-scale\s+)?(?:war|invasion|conflict|fighting|offensive|pandemic|outbreak|crisis|"
    r"floods?|flooding|storm|hurricane|typhoon|cyclone|earthquake|quake|wildfires?|fires?|drought|heatwave|epidemic|"
    r"unrest|protests?|siege|disaster)\b|"
    r"(?:has|have|had) now\s+(?:reached|risen|climbed|passed|topped|exceeded|surpassed|hit)|"
    r"(?:death|casualty|injury|overall|total)\s+(?:toll|count|tally)|"
    r"(?:toll|tally|total|number)\s+(?:has\s+|had\s+|now\s+)?(?:rose|risen|climbed|stands|stood|reached|increased|grew|grown)|"
    r"(?:rose|risen|climbed|increased|grown)\s+to|"
    r"(?:bringing|brings|brought|raising|taking)\b[^.;]{0,40}\bto|"
    r"(?:bringing|brings|brought|raising|taking)\s+(?:[\w'’-]+\s+){0,6}?(?:total|toll|tally|number|count)\b[^.;]{0,100}?\bto|"
    r"as of)\b"
)
_EVENT_HINTS = tuple(sorted({w.split()[-1] for w in SUDDEN}))  # the quick check before the pattern
_EVENT = re.compile(
    rf"\b(?:(?:in|during|from|after|by|when)\s+(?:the|a|an|one|that|this|\w+[’']s)?\s*(?:[\w-]+\s+){{0,2}}?{_EVENTS}|"
    rf"(?:the|a|an|\w+[’']s)\s+(?:[\w-]+\s+){{0,2}}?{_EVENTS}\s+(?:[\w-]+\s+){{0,4}}?(?:killed|wounded|injured|left|hurt))\b"
)
_EVENT_TIMES = ("overnight", "last night", "yesterday", "this morning", "earlier today")
_DAY = re.compile(rf"\b(?:(?:on\s+)?{_DAYS}|on\s+(?:\d{{1,2}}\s+{_MONTHS}|{_MONTHS}\s+\d{{1,2}}))\b")
# "said on Monday that 4,100 ...": the day of the telling, not of an event; "since Monday",
# "by Friday": a period, not one event.
_NOT_THE_EVENTS_DAY = frozenset(
    "said says told announced reported stated added confirmed claimed wrote posted estimated tweeted"
    " since until by before through".split()
)


def figure_clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` that holds the figure at ``start:end`` (offsets into ``text``)."""
    begin = 0
    for found in _CLAUSE_BREAK.finditer(text, 0, start):
        begin = found.end()
    after = _CLAUSE_BREAK.search(text, end)
    return text[begin : after.start() if after else len(text)]


def says_running_total(lowered: str) -> bool:
    return any(hint in lowered for hint in _TOTAL_HINTS) and _TOTAL.search(lowered) is not None


def _says_one_event(lowered: str) -> bool:
    if any(time in lowered for time in _EVENT_TIMES):
        return True
    if any(hint in lowered for hint in _EVENT_HINTS) and _EVENT.search(lowered):
        return True
    return any(day_of_an_event(lowered, day.start()) for day in _DAY.finditer(lowered))


def day_of_an_event(text: str, index: int) -> bool:
    """The day named at ``index`` is no day of the telling ("said on Monday", "told reporters on
    Monday", "told a news conference on Monday") nor the end of a period ("since Monday")."""
    words = text[max(0, index - 40) : index].split()[-4:]
    if not words or words[-1] in _NOT_THE_EVENTS_DAY:
        return not words
    return not any(word in _TOLD for word in words[-4:-1])


# A verb of telling a few words before a day: the day it was told ("told parliament on Monday").
_TOLD = frozenset("said says told tells announced reported stated confirmed wrote posted tweeted".split())


def figure_series_role(text: str, start: int, end: int) -> str:
    """The role of the figure at ``start:end`` of ``text``: INCIDENT, TOTAL, FORECAST,
    INCREMENT or UNMARKED. A running-total cue outranks an event's: "wounded in attacks
    since the war began" is a total."""
    if a_limit(text, start, end):
        return LIMIT
    clause = figure_clause(text, start, end)
    role = figure_role(clause)
    if role != "count":
        return role
    lowered = clause.lower()
    if says_running_total(lowered):
        return TOTAL
    if _says_one_event(lowered):
        return INCIDENT
    return UNMARKED


# "6,000 personnel: 1,000 deminers and 5,000 builders": a figure after a total and a colon.
_BREAKDOWN = re.compile(r"\d[\d,.]*\s+(?:[\w-]+\s+){0,2}[\w-]+\s*:\s*$")
# Between two listed parts: "1,000 deminers and ", "9 children, ".
_NEXT_IN_LIST = re.compile(r"\s*(?:[\w-]+\s+){0,3}?[\w-]*\s*(?:,\s*(?:and\s+)?|and\s+)")


def _span_in_claim(claim: Claim, quantity: Quantity) -> tuple[int, int] | None:
    start, end = quantity.start - claim.start, quantity.end - claim.start
    return (start, end) if 0 <= start < end <= len(claim.text) else None


def parts_of_a_total(claim: Claim, body: str) -> list[Quantity]:
    """The claim's figures that count a part of another: "including 1,000 deminers", and the
    figures listed with such a part ("... and 5,000 builders") or after a total and a colon."""
    parts = list(part_figures(claim, body)) if body else []
    previous: Quantity | None = None
    for quantity in sorted(claim.quantities, key=lambda q: q.start):
        span = _span_in_claim(claim, quantity)
        if span is not None and not any(q is quantity for q in parts):
            after_part = (
                previous is not None
                and any(q is previous for q in parts)
                and (gap := _span_in_claim(claim, previous)) is not None
                and _NEXT_IN_LIST.fullmatch(claim.text, gap[1], span[0]) is not None
            )
            if after_part or _BREAKDOWN.search(claim.text, 0, span[0]):
                parts.append(quantity)
        previous = quantity
    return parts


def quantity_role(claim: Claim, quantity: Quantity, body: str) -> str:
    """The role of one of ``claim``'s quantities; ``body``: its article's text ("" when not at
    hand: parts said with "including" and earlier values are then not told apart)."""
    if any(q is quantity for q in parts_of_a_total(claim, body)):
        return PART
    if body and any(q is quantity for q in prior_figures(claim, body)):
        return PRIOR
    span = _span_in_claim(claim, quantity) or (0, len(claim.text))  # offsets not kept: the whole claim
    role = figure_series_role(claim.text, *span)
    if role == INCREMENT and body and besides_other_fates(claim.text, body[max(0, claim.start - 600) : claim.start]):
        role = UNMARKED  # "a further 23 were trapped" after the dead: the trapped, besides them
    if role == UNMARKED and body and _others_of_an_incident(claim, span, body):
        return INCIDENT
    if role == INCIDENT and (quantity.unit == "percent" or (quantity.unit and is_currency(quantity.unit))):
        return UNMARKED  # "left its rate at 3.75% on Wednesday": a rate or a sum is no one event's toll
    return role


# "three other North Koreans were injured", "two more soldiers died": people besides those just told of.
_OTHERS = re.compile(
    r"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens|"
    r"scores|hundreds)\s+(?:other|more)\b"
)
_LAST_SENTENCE = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?=[A-Z“\"])")
_NEARBY = 800  # characters back to look for the sentence before
_HARMED = re.compile(r"\b(?:killed|kills|killing|wounded|injured|injuring|died|dead|hurt)\b")


def _tells_an_incident(sentence: str) -> bool:
    """ "a missile strike on ... killed more than 20 soldiers": one event and what it did to people."""
    lowered = sentence.lower()
    return (
        any(hint in lowered for hint in _EVENT_HINTS)
        and _HARMED.search(lowered) is not None
        and not says_running_total(lowered)
    )


def _others_of_an_incident(claim: Claim, span: tuple[int, int], body: str) -> bool:
    """A figure counting others besides those just told of ("three other North Koreans were injured")
    whose clause names no event nor a running total, after a sentence telling of one incident and its
    toll ("a missile strike on ... killed more than 20 soldiers") or before one naming it ("The Oct. 3
    strike ..."): that incident's toll, not a value of the running total."""
    clause = figure_clause(claim.text, *span).lower()
    if _OTHERS.search(clause) is None or says_running_total(clause):
        return False
    before = body[max(0, claim.start - _NEARBY) : claim.start].rstrip()
    starts = [m.end() for m in _LAST_SENTENCE.finditer(before)]
    previous = before[starts[-1] :] if starts else ""
    following = body[claim.end : claim.end + _NEARBY // 2].lstrip().split("\n", 1)[0]
    return _tells_an_incident(previous) or _tells_an_incident(following)
