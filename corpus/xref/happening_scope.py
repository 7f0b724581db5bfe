"""How much of a happening a claim's count covers: one named happening or all of its kind, one incident or a span.

"Seventeen people have died in the Eaton fire" and "the death toll in the Los Angeles fires rose to 16" count the
same people in part: one fire's toll and all the fires' toll, never one count told twice nor its next value.
"RSF kills 120 in attack on camp" and "at least 120 people were killed in fighting over the past week" count one
incident's dead and a week's dead: one number of two counts, however equal. Both rules only ever part two claims.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from corpus.extract.number_words import UNITS
from corpus.model import Article
from corpus.towns import countries_of_region
from corpus.wordlist import rarity
from corpus.xref.doers import a_singular_name
from corpus.xref.features import Features, is_headline
from corpus.xref.figure_roles import INCIDENT, figure_series_role
from corpus.xref.happenings import BODY_AFTER_A_HAPPENING, CANONICAL, SUDDEN, words_pattern
from corpus.xref.memo import per_article, per_claim
from corpus.xref.places import lead_past_dateline

# What befell people in a happening, counted by it: a toll, never a level that stands ("has stood at 4.25% since").
HARMED_FAMILIES = frozenset({"casualties", "killed", "wounded", "missing", "displaced", "abducted", "detained"})

# An incident's dead and hurt: told once for it, unlike the displaced or the missing, counted up as they are found.
_DEAD_OR_HURT = frozenset({"casualties", "killed", "wounded"})

# The first happening a claim names, as its noun: "fire", "wildfires", "attack". (Not the happenings whose plural
# often tells one of them, "the floods in Borno", "landslides in Wayanad": their plural parts nothing.)
_HAPPENING = re.compile(
    r"\b(?P<kind>" + words_pattern((*SUDDEN, "wildfire", "blaze")) + r")(?P<plural>e?s)?\b"
    # (not a body named for it: "the Forest Fire Centre"; a body in lower case, "the fire brigade", is read as
    # before: its article's fire)
    rf"(?!\s+(?-i:{BODY_AFTER_A_HAPPENING})\b)",
    re.IGNORECASE,
)
# One kind by other words: a blaze and a wildfire are fires.
_KIND = {**CANONICAL, "wildfire": "fire", "blaze": "fire"}
# Capitalised words before a happening that name no one happening ("Deadly fire", "Flash floods" open a headline).
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*$")


_NAME_RARITY = 3.0  # a headline's first word this rare is a name ("Eaton" 3.1, "Palisades" 6.5; "Deadly" 2.3)


def _a_name(word: str) -> bool:
    return a_singular_name(word) or rarity(word.lower()) >= _NAME_RARITY


@per_claim
def _first_happening(f: Features) -> tuple[str, bool, str | None] | None:
    """The happening the claim's count is of: the one named nearest its first figure (else its first), as its kind,
    whether it is told in the plural ("the fires"), and the name right before it ("the Eaton fire", "Eaton fire death
    toll reaches 17"), if any. ("Palisades fire grows to 17,000 acres; five dead in Eaton fire": the five are the
    Eaton fire's.)"""
    text = f.claim.text
    told = list(_HAPPENING.finditer(text))
    if not told:
        return None
    tolls = [q for q in f.claim.quantities if q.measure in HARMED_FAMILIES] or list(f.claim.quantities)
    figures = [q.start - f.claim.start for q in tolls if 0 <= q.start - f.claim.start < len(text)]
    found = min(told, key=lambda m: abs(m.start() - figures[0])) if figures else told[0]
    kind = found.group("kind").lower()
    before = text[: found.start()].split()
    # (a capital opening the sentence is a name only if no common word: "Eaton fire ...", not "Deadly fire ...")
    named = bool(before) and _NAME_WORD.match(before[-1]) is not None and (len(before) > 1 or _a_name(before[-1]))
    return _KIND.get(kind, kind), bool(found.group("plural")), before[-1].lower() if named else None


def one_named_and_all(a: Features, b: Features) -> bool:
    """One claim counts a happening it names in the singular ("the Eaton fire") and the other all of that kind in the
    plural ("the Los Angeles fires"), or names none in an article that names several of that kind ("More than 12,000
    structures have been destroyed" under a story of the Eaton and Palisades fires): a part's count and the whole's."""
    x, y = _first_happening(a), _first_happening(b)
    for one, other, other_f in ((x, y, b), (y, x, a)):
        if (
            one is not None
            and not one[1]
            and one[2] is not None
            and other is None
            and one[0] in _several_named_together(other_f)
        ):
            return True
    if x is None or y is None or x[0] != y[0] or x[1] == y[1]:
        return False
    singular = x if not x[1] else y
    return singular[2] is not None


# A word before a happening that dates it or says whose it is, no name of it: "Sunday's crash", "Monday's fire".
_A_TIME_OR_OWNER = re.compile(
    r"['’]s?$|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|last|this|next)$"
)
# A happening told as a new one, by an indefinite article: "A fast-moving wildfire near Castaic Lake", "Another fire".
_A_NEW_ONE = re.compile(r"\b(?:an?|another)\s+(?:new\s+)?(?:[a-z-]+\s+){0,2}$", re.IGNORECASE)


@per_claim
def _tells_a_new_one(f: Features) -> bool:
    """The claim's happening is told with an indefinite article, naming none ("A fast-moving wildfire near X")."""
    told = _first_happening(f)
    if told is None or told[1] or told[2] is not None:
        return False
    m = next(_HAPPENING.finditer(f.claim.text), None)
    return m is not None and _A_NEW_ONE.search(f.claim.text[: m.start()]) is not None


def a_new_one_and_a_named_one(a: Features, b: Features) -> bool:
    """One claim tells of "a" happening, naming none, and the other counts one it names, which the first claim's
    article never names ("A fast-moving wildfire near Castaic Lake burned 9,400 acres" / "The Palisades Fire had
    burned nearly 16,000 acres"): another happening of that kind."""
    if a.article.id == b.article.id:
        return False
    for x, y in ((a, b), (b, a)):
        if not _tells_a_new_one(x):
            continue
        kind = (_first_happening(x) or ("",))[0]
        named = _first_happening(y)
        if named is not None and (named[1] or named[0] != kind):
            continue
        # (a claim naming none is of the happenings its article names: "Some 153,000 residents remained under
        # evacuation orders" in a story of the Eaton and Palisades fires)
        names = {named[2]} if named is not None and named[2] else {n for k, n in _named_happenings(y) if k == kind}
        # ("Sunday's crash" names no crash; "Pichincha blaze" names a region, which the other may call by its capital)
        names = {n for n in names if not _A_TIME_OR_OWNER.search(n) and not countries_of_region(n.title())}
        told = f"{x.article.title or ''}\n{x.article.body}".lower()
        if names and not any(name in told for name in names):
            return True
    return False


def two_named_happenings(a: Features, b: Features) -> bool:
    """Two articles' claims count a happening each names in the singular, by other names ("The Palisades fire has
    killed eight" / "five dead in Eaton fire"): two happenings' tolls."""
    if a.article.id == b.article.id or not a.families & b.families & HARMED_FAMILIES:
        return False
    x, y = _first_happening(a), _first_happening(b)
    if x is None or y is None or x[0] != y[0] or x[1] or y[1] or x[2] is None or y[2] is None or x[2] == y[2]:
        return False
    # (only when an article of the two names both, as two: "the Maui wildfire" and "the Lahaina fire" may be one)
    return any({(x[0], x[2]), (y[0], y[2])} <= _named_happenings(f) for f in (a, b))


@per_article
def _several_named_together(article: Article) -> frozenset[str]:
    """The kinds of happening one sentence of the article names two of, by two names ("with 16 of the deaths in the
    Eaton Fire and eight in the Palisades Fire", "the Eaton and Palisades fires"): told as two. (Two names in two
    sentences may be one happening's: "the Maui fire", "the Lahaina fire".)"""
    kinds = set()
    for sentence in re.split(r"(?<=[.!?])\s+|\n", f"{article.title or ''}\n{article.body}"):
        names: dict[str, set[str]] = {}
        for kind, name in _happenings_named_in(sentence):
            names.setdefault(kind, set()).add(name)
        kinds |= {kind for kind, named in names.items() if len(named) > 1}
    return frozenset(kinds)


@per_article
def _named_happenings(article: Article) -> frozenset[tuple[str, str]]:
    """(kind, name) of each happening the article names in the singular ("Palisades fire ...; five dead in Eaton fire":
    (fire, palisades), (fire, eaton)), once an article."""
    return frozenset(_happenings_named_in(article.body))


def _happenings_named_in(text: str) -> Iterator[tuple[str, str]]:
    """(kind, name) of each happening the text names: by the name right before a singular noun ("Eaton fire"), or two
    names before a plural one ("the Eaton and Palisades fires")."""
    for m in _HAPPENING.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()].split()
        kind = _KIND.get(m.group("kind").lower(), m.group("kind").lower())
        if m.group("plural"):
            if _two_names_before(before):
                yield kind, before[-3].lower()
                yield kind, before[-1].lower()
        elif before and _NAME_WORD.match(before[-1]) and _a_name(before[-1]):
            yield kind, before[-1].lower()


def _two_names_before(before: list[str]) -> bool:
    """The words before a plural happening noun end in two names joined by "and" ("the Eaton and Palisades")."""
    return (
        len(before) > 2
        and before[-2] == "and"
        and all(_NAME_WORD.match(w) and _a_name(w) for w in (before[-1], before[-3]))
    )


# A count over a span of days told by the claim's own words: "over the past week", "in the last three days", "during
# two weeks of protests". (Not
# "this month", "this year": they date as often a happening as a span, "died in hospital this month".)
_OVER_A_SPAN = re.compile(
    r"\b(?:over|in|during|within)\s+the\s+(?:past|last|previous)\s+(?:(?:few|several|two|three|four|five|six|"
    r"seven|ten|\d+)\s+)?(?:days?|weeks?|months?)\b"
    r"|\b(?:over|in|during|after)\s+(?:two|three|four|five|six|several|\d+)\s+(?:days|weeks|months)\s+of\b"
    # "since protests against the tax rises began two weeks ago", "since the demonstrations started"
    r"|\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){0,6}?(?:began|begun|started|erupted|broke\s+out)\b",
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


# A span a count is told over from a happening on, with its length: "in the two weeks after the attack", "in the
# first week", "in the month since the storm", "over the first 10 days".
_SPAN_AFTER = re.compile(
    r"\b(?:in|over|during|within)\s+the\s+(?:first\s+|past\s+)?(?P<n>\d+|[a-z]+)?\s*"
    r"(?P<unit>days?|weeks?|months?|fortnight)\s+(?:after|since|following)?",
    re.IGNORECASE,
)
_SPAN_DAYS = {"day": 1, "week": 7, "fortnight": 14, "month": 30}
_SPAN_COUNTS = {**UNITS, "ten": 10, "eleven": 11, "twelve": 12}


@per_claim
def _span_told(f: Features) -> int | None:
    """The days of the span the claim (a headline: its lead) tells its count over, if it tells one."""
    text = f.claim.text
    if is_headline(f.claim, f.article):
        text = lead_past_dateline(f.article.title or "", f.article.body)
    m = _SPAN_AFTER.search(text)
    if m is None:
        return None
    n = (m.group("n") or "one").lower()
    count = int(n) if n.isdigit() else _SPAN_COUNTS.get(n)
    return None if count is None else count * _SPAN_DAYS[m.group("unit").lower().rstrip("s")]


def spans_of_other_lengths(a: Features, b: Features) -> bool:
    """Both claims tell their counts over spans from a happening on, of other lengths ("in the two weeks after the
    cyber attack" / "in the month after the Synnovis attack"): one running count at two points, never a dispute."""
    x, y = _span_told(a), _span_told(b)
    return x is not None and y is not None and x != y


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


# A count summed over several happenings by the claim's own words: "the two waves of explosions", "both attacks",
# "three strikes".
_SEVERAL_HAPPENINGS = re.compile(
    r"\b(?:(?:two|three|four|five|several|multiple|\d+)\s+(?:waves|rounds|days|nights)\s+of\s+(?:[a-z-]+\s+)?"
    r"|(?:both|the\s+two|the\s+three|two|three|four|five)\s+(?:[a-z-]+\s+)?)(?:"
    + words_pattern(SUDDEN)
    + r")(?:e?s)\b",
    re.IGNORECASE,
)


def _sums_several_happenings(f: Features) -> bool:
    return _SEVERAL_HAPPENINGS.search(f.claim.text) is not None


def _dated_to_one_day(f: Features) -> bool:
    """The claim names the day of what it tells by its own words ("on Tuesday", "Tuesday's pager explosions"), or it
    is its article's headline, which tells the news of its article's day ("Exploding pagers kill 9 across Lebanon")."""
    if f.claim.date_text:
        return len(f.claim.date or "") == 10 and not f.claim.date_estimated
    published = f.article.published or ""
    return is_headline(f.claim, f.article) and len(published) >= 10 and not f.article.published_estimated


def _day(f: Features) -> str:
    """The day ``_dated_to_one_day`` reads."""
    return ((f.claim.date if f.claim.date_text else f.article.published) or "")[:10]


def several_happenings_and_one(a: Features, b: Features) -> bool:
    """One claim counts over several happenings it numbers ("The two waves of explosions killed at least 37") and the
    other counts one day's happening, naming none in the plural ("exploded across Lebanon on Tuesday, killing at least
    nine"): a sum and a part."""
    for x, y in ((a, b), (b, a)):
        if _sums_several_happenings(x) and not _sums_several_happenings(y) and _dated_to_one_day(y):
            return bool(a.families & b.families & HARMED_FAMILIES)
    return False


# A happening the claim tells its own came after: "killing at least 20 people, a day after the pager attack".
_AFTER_ANOTHER = re.compile(
    r"\b(?:a|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?)\s+after\s+(?:the|a|an|last\s+\w+[’']s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:" + words_pattern(SUDDEN) + r")(?:e?s)?\b",
    re.IGNORECASE,
)


@per_claim
def _toll_before_another_happening(f: Features) -> bool:
    """The claim gives a toll and then recalls an earlier happening as what its own came after ("Radios exploded on
    Wednesday, killing at least 20, a day after the pager attack"): the toll is its own happening's. (Not a toll told
    after the words, "a day after a fire there killed 21 workers": that is the recalled happening's.)"""
    after = _AFTER_ANOTHER.search(f.claim.text)
    return after is not None and any(0 <= q.start - f.claim.start < after.start() for q in f.claim.quantities)


def incidents_of_other_days(a: Features, b: Features) -> bool:
    """One claim counts its own incident's dead or hurt and recalls an earlier one as what it came after, and the other
    article's claim, dated to another day, counts other values: the recalled incident's toll, not this one's."""
    if a.article.id == b.article.id or not (_dated_to_one_day(a) and _dated_to_one_day(b)) or _day(a) == _day(b):
        return False
    if not a.families & b.families & _DEAD_OR_HURT:
        return False  # (not "agreed on Friday to cut 35,000 jobs", nor the displaced, counted up as people flee)
    if not (_toll_before_another_happening(a) or _toll_before_another_happening(b)):
        return False
    return not {q.value for q in a.claim.quantities} & {q.value for q in b.claim.quantities}


# A count of what someone saw at one spot, not a toll: "A Reuters reporter saw three bodies outside parliament",
# "witnesses counted at least 12 bodies".
_SIGHTED = re.compile(
    r"\b(?:saw|seen|had\s+seen|counted)\s+(?:at\s+least\s+|about\s+|some\s+|around\s+|nearly\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of)\s+"
    r"(?:[a-z-]+\s+)?(?:bodies|corpses|dead)\b",
    re.IGNORECASE,
)


def a_sighting_and_a_toll(a: Features, b: Features) -> bool:
    """One claim's count is what someone saw at one spot ("A reporter saw three bodies outside parliament") and the
    other's is not: a glimpse of the dead, no value of the toll."""
    return (_SIGHTED.search(a.claim.text) is None) != (_SIGHTED.search(b.claim.text) is None)
