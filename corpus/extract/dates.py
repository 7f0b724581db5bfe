"""Dates in news text: absolute, partial and relative, resolved against the published date.

Hand rules instead of dateparser: news dates come in a handful of shapes, and
dateparser costs ~1 s to import and milliseconds per call, which the build
speed target cannot afford. Resolved dates are ISO, possibly partial
("2024-10", "2024"); a date inferred from an estimated published date, or a
vague one ("this week", "this summer"), is marked estimated.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from corpus.extract.labels import is_label_number
from corpus.extract.number_words import TENS, UNITS

MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_MONTH = rf"(?P<month>{MONTH_NAME})"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_PART = r"(?:(?P<part>early|mid|late|end of|beginning of|the end of|the start of)[\s-]+)?"

# A lookahead first names the characters a match can begin with ("(?=[12])" for a year): the rest of the
# pattern (a lookbehind, a word boundary, an alternation) is then tried at those only, 1.3-2x cheaper.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "On 2024-10-30 the Pentagon said": an ISO date in running text (never the range 10-30), also as a
    # timestamp ("2024-10-30T09:30:00Z") and year first with slashes or dots ("2024/10/30", "2024.10.30").
    (
        "iso",
        re.compile(
            r"(?=[12])(?<![\w/.-])(?P<year>(?:19|20)\d{2})(?P<isep>[-/.])(?P<mnum>0[1-9]|1[0-2])(?P=isep)"
            r"(?P<day>0[1-9]|[12]\d|3[01])(?:(?=T\d)|(?![\w-]|[/.]\d))"
        ),
    ),
    # "12/03/2025", "3.12.2025": a numeric date (day and month placed by resolve()).
    (
        "numeric",
        re.compile(
            r"(?=\d)(?<![\w/.,-])(?P<first>[0-3]?\d)(?P<sep>[/.-])(?P<second>[0-3]?\d)(?P=sep)"
            r"(?P<year>(?:19|20)\d{2})(?![\w/-]|[.,]\d)"
        ),
    ),
    ("mdy", re.compile(rf"(?=[JFMASOND])\b{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)")),
    ("dmy", re.compile(rf"(?=\d)\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s+{_YEAR}(?!\d)")),
    # (not "In May 20,000 people marched", "May 20 40"; but "On May 20, 40 MPs rebelled" is May 20)
    ("md", re.compile(rf"(?=[JFMASOND])\b{_MONTH}\s+{_DAY}\b(?![,.]?\d|\s+\d|\s*%)")),
    ("dm", re.compile(rf"(?=\d)\b{_DAY}\s+(?:of\s+)?{_MONTH}\b")),
    # "April 2025" also when a flattened table glued the next cell to the year ("April 2025600").
    ("my", re.compile(rf"(?=[EeMmLlBbTtJFASOND])(?i:{_PART}){_MONTH}\s+(?:of\s+)?{_YEAR}")),
    ("m", re.compile(rf"(?i:\b(?P<prep>mid)-){_MONTH}\b")),
    (
        "m",
        re.compile(
            rf"\b(?=[IiSsBbDdUuFfTtOoEeMmLlNn])(?i:\b(?P<prep>(?:until|till|by|through)\s+the\s+(?:end|start|beginning|middle)\s+of|in|since|by|during|until|from|between|through|of|early|mid|late|last|this|next|mid-)\s+){_MONTH}\b(?!\s+\d)"
            # ("in January last year": that month of the year before the report's)
            r"(?i:\s+(?P<yrel>last|this|next)\s+year\b)?"
        ),
    ),
    (
        "py",
        re.compile(
            rf"(?=[EeMmLlBbTt])(?i:\b(?P<part>early|mid|late|end of|beginning of|the end of|earlier in|later in)[\s-]+){_YEAR}"
        ),
    ),
    # "the 1990s": a decade, placed at its first year and marked estimated (no ISO date names a decade)
    ("decade", re.compile(r"(?=[12])(?<![\d,.$£€#-])(?P<year>(?:19|20)\d0)(?:s|[’']s)\b")),
    ("y", re.compile(rf"(?=[12])(?<![\d,.$£€#-]){_YEAR}(?!\d|,\d|\.\d|\s*%)")),
    (
        "weekday",
        re.compile(
            r"(?=[OoLlTtNnEeBbMWFS])(?i:\b(?P<rel>on|last|this|next|later on|earlier on|by)\s+)?\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        ),
    ),
    (
        "rel",
        re.compile(
            r"(?i)\b(?=[eltnpyoabrifs\d])(?P<rel>(?:earlier |later )?(?:this|last|next|past) (?:week(?:end)?|month|year|spring|summer|fall|autumn|winter)|"
            r"yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|last night|at the time|"
            # (a word number whole: "twenty-two years ago", never the "two years ago" inside it)
            r"(?<!-)(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|"
            r"eight|nine))?|a|one|two|three|four|five|six|seven|eight|nine|ten|(?<![\d,.])\d{1,3}) "
            r"(?:days?|weeks?|fortnights?|months?|years?|decades?) ago|"
            r"(?:by )?the end of (?:this|the) year|earlier this (?:week|month|year)|recent (?:days|weeks)|"
            r"in recent (?:days|weeks|months))\b"
        ),
    ),
]
# Words (lower case) without one of which a pattern cannot match: "mid-March", "late 2024".
_WORDS_NEEDED: dict[re.Pattern[str], tuple[str, ...]] = {
    next(p for k, p in _PATTERNS if k == "m"): ("mid-",),
    next(p for k, p in _PATTERNS if k == "py"): ("early", "earlier", "mid", "late", "end of", "beginning of"),
}
_SPECIFICITY = {
    "iso": 6,
    "numeric": 6,
    "mdy": 6,
    "dmy": 6,
    "md": 5,
    "dm": 5,
    "weekday": 5,
    "my": 4,
    "m": 3,
    "rel": 2,
    "py": 2,
    "y": 1,
    "decade": 1,
}
# A year directly followed by a counted noun is a count ("2000 troops"), not a date.
_COUNT_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(troops|soldiers|people|workers|civilians|casualties|deaths|personnel|members|units|cases|votes)\b"
)
# A capitalised word right before a capitalised "Today" in running text (not a headline's title case) makes it a name.
_NAME_BEFORE_TODAY = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?:[A-Z][\w&]*|[A-Z]\.[A-Z]\.?)\s+$")
# A unit of length, weight or area, or "-strong", right after a number: "2000ft", "1900 feet", "a 2000-strong crowd".
_UNIT_AFTER = re.compile(
    r"(?P<gap>-|\s+|)(?P<unit>ft|feet|foot|metres?|meters?|m|km|kilomet(?:re|er)s?|miles?|yards?|kg|kilograms?|"
    r"tonnes?|lbs?|acres?|hectares?|mph|strong)\b"
)


def _a_measure(text: str, start: int, unit: re.Match[str]) -> bool:
    """The year-like number before ``unit`` is a measure: the unit written onto it ("2000ft", "a 1900-metre ridge"),
    or after a space where no preposition of time opens it ("fell 2000 feet"; not "in 2020 miles of road closed")."""
    if unit.group("unit") == "strong":
        return unit.group("gap") == "-"
    return not unit.group("gap").isspace() or not _YEAR_PREP.search(text, max(0, start - 10), start)


_YEAR_PREP = re.compile(r"(?i)\b(?:in|since|by|during|until|from|of|before|after|early|late|mid)\s+$")


@dataclass(slots=True)
class DateMention:
    start: int  # offsets into the text searched
    end: int
    text: str
    kind: str
    groups: dict[str, Any]  # the pattern's named groups

    @property
    def specificity(self) -> int:
        return _SPECIFICITY[self.kind]


_NEEDS = {
    "iso": ("year",),
    "numeric": ("year",),
    "mdy": ("month", "year"),
    "dmy": ("month", "year"),
    "md": ("month", "digit"),
    "dm": ("month", "digit"),
    "my": ("month", "year"),
    "m": ("month",),
    "py": ("year",),
    "y": ("year",),
    "decade": ("year",),
    "weekday": ("weekday",),
    "rel": ("rel",),
}
# A month's name as every month pattern needs it: whole, not the start of "Mayor", "Maria" or "Novak".
_ANY_MONTH = re.compile(rf"(?=[JFMASOND]){MONTH_NAME}(?!\w)")
_ANY_YEAR = re.compile(r"(?:19|20)\d\d")
_ANY_DIGIT = re.compile(r"\d")
_ANY_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
# Words of relative dates (looked for in the lowered text: a dozen substring tests cost less than one
# case-insensitive pattern).
_RELATIVE_WORDS = (
    "week",
    "month",
    "year",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "morning",
    "afternoon",
    "evening",
    "night",
    "the time",
    "spring",
    "summer",
    "fall",
    "autumn",
    "winter",
    "ago",
    "recent",
)


def find_dates(text: str) -> list[DateMention]:
    """Non-overlapping date mentions, most specific pattern first."""
    # Which kinds of date words the sentence has at all, so most patterns are never run.
    lowered = text.lower()
    has = {
        "month": bool(_ANY_MONTH.search(text)),
        "year": bool(_ANY_YEAR.search(text)),
        "digit": bool(_ANY_DIGIT.search(text)),
        "weekday": "day" in text and bool(_ANY_WEEKDAY.search(text)),
        "rel": any(word in lowered for word in _RELATIVE_WORDS),
    }
    lacking = {kind for kind, present in has.items() if not present}
    if len(lacking) == len(has):
        return []  # most sentences name no date
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    for kind, pattern in _PATTERNS:
        if not lacking.isdisjoint(_NEEDS[kind]):
            continue
        words = _WORDS_NEEDED.get(pattern)
        if words is not None and not any(word in lowered for word in words):
            continue
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind == "y" and _COUNT_AFTER.match(text, e) and not _YEAR_PREP.search(text, max(0, s - 10), s):
                continue
            if kind == "y" and (unit := _UNIT_AFTER.match(text, e)) and _a_measure(text, s, unit):
                continue  # "fell 2000ft", "a 1900-metre ridge", "a 2000-strong crowd": a measure, no year
            if kind in ("y", "numeric") and is_label_number(text, s, e):  # "village 1900", "Version 1.2.2025"
                continue
            if kind in ("md", "dm") and not (1 <= int(m.group("day")) <= 31):
                continue
            if kind == "rel" and m.group(0) == "Today" and _NAME_BEFORE_TODAY.search(text, max(0, s - 40), s):
                continue  # "Russia Today", "USA Today", "Psychology Today": a name, not the day
            taken.append((s, e))
            found.append(DateMention(s, e, m.group(0), kind, {k: v for k, v in m.groupdict().items() if v}))
    found.sort(key=lambda d: d.start)
    if has["month"]:
        found = _span_ends(text, found, taken)
        if has["weekday"]:
            found = _weekdays_named_with_their_date(text, found)
    return found


_WEEKDAY_DATE_GAP = re.compile(r",?\s+(?:the\s+)?")
_DAY_DATES = frozenset({"md", "dm", "mdy", "dmy", "iso", "numeric"})


def _weekdays_named_with_their_date(text: str, found: list[DateMention]) -> list[DateMention]:
    """ "On Tuesday, March 3", "Wednesday 20 May": the date says which Tuesday; the weekday alone is no date of
    its own (read from the report's day, it named the Tuesday before a report of May 14)."""
    return [
        d
        for d, after in zip(found, [*found[1:], None])
        if not (
            d.kind == "weekday"
            and after is not None
            and after.kind in _DAY_DATES
            and _WEEKDAY_DATE_GAP.fullmatch(text, d.end, after.start)
        )
    ]


# A month named bare where a span of months ends: "between April and June", "from May through July" (a month
# name alone is no date: "May" may be the modal, "June" a name).
_BARE_MONTH_AFTER_JOIN = re.compile(
    rf"\s*(?:and|to|until|till|through|thru|[-–—])\s*(?i:the\s+end\s+of\s+)?{_MONTH}\b(?![\s-]+\d)"
)


def _span_ends(text: str, found: list[DateMention], taken: list[tuple[int, int]]) -> list[DateMention]:
    added = []
    for d in found:
        if d.kind != "m" or (d.groups.get("prep") or "").lower() not in ("between", "from"):
            continue
        m = _BARE_MONTH_AFTER_JOIN.match(text, d.end)
        if m is None:
            continue
        s, e = m.start("month"), m.end()
        if any(s < te and ts < e for ts, te in taken):
            continue
        added.append(DateMention(s, e, text[s:e], "m", {"month": m.group("month")}))
    return sorted(found + added, key=lambda d: d.start) if added else found


def parse_published(published: str | None) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) of an ISO date, partial or not; impossible parts are dropped."""
    if not published:
        return None, None, None
    parts = [int(p) for p in re.findall(r"\d+", str(published))[:3]]
    year, month, day = (parts + [None, None, None])[:3]
    if year is None or not 1 <= year <= 9999:
        return None, None, None
    if month is None or not 1 <= month <= 12:
        return year, None, None
    if day is not None:
        try:
            dt.date(year, month, day)
        except ValueError:
            day = None
    return year, month, day


def _iso(year: int, month: int | None = None, day: int | None = None) -> str:
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month(groups: dict[str, Any], key: str = "month") -> int:
    return MONTHS[groups[key].lower().rstrip(".")]


# What is due to happen, said of it with a form of "be": "is expected to", "were due to".
_DUE_TO = r"(?:expected|due|scheduled|set|poised|likely|planned|slated|on\s+track)\s+to"
# What is still to come in the clause that holds a date: "will reopen in May", "expects a cut in March",
# "is due to open in June". "Would" is left out: reported speech ("said it would close in March") may tell
# of a month already past.
_AHEAD_CUE = re.compile(
    # ("had forecast a crop of 25 million tonnes in June": a forecast made then, in the perfect, not one ahead)
    r"\b(?:will|shall|(?-i:may|might)(?!\s+(?:not\s+)?have\b)|expects?|(?<!had\s)(?<!has\s)(?<!have\s)forecasts?|"
    r"predicts?|projects?|sees?|plans? to|aims? to|"
    r"intends? to|hopes? to|"
    r"(?:is|are) " + _DUE_TO + r"|"
    # a clause of its own that opens so ("The strike, due to start on Wednesday, ..."): said of what is to come
    r"(?:(?<=^ )|(?<=^))(?:due|set|scheduled|slated|expected) to|"
    # "Up to 40mm of rain is expected on Friday", "Highs of 34C are forecast for Sunday": said in the present
    r"(?:is|are) (?:expected|forecast|predicted|due)(?=\s+(?:on|for|by|from|until|over|this|next|later)\b|\s*$)|"
    # "is up for re-election in November", "faces a vote in June": what is still to come, said in the present
    r"(?:is|are) up for|faces? (?:re-?election|a (?:vote|ballot|referendum|trial|hearing))|stands? for re-?election|"
    # "the new rules take effect from September 1", "the ban comes into force on Monday"
    r"takes? effect|comes? into (?:force|effect))\b",
    re.IGNORECASE,
)
# A verb in the past between the cue and the date takes the date with it: "will try those who fled in March".
# ("will stay closed until Wednesday", "will remain suspended": a state, not a verb in the past)
_PAST_BETWEEN = re.compile(
    r"\b(?<!be )(?<!been )(?<!being )(?<!stay )(?<!stays )(?<!remain )(?<!remains )(?<!keep )(?<!kept )(?<!get )"
    r"(?<!become )\w{2,}ed\b",
    re.IGNORECASE,
)
# A participle after a determiner or a preposition describes a noun ("will raise the tariff on imported steel from
# October 1", "will publish its revised forecast in May"): no verb in the past.
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|on|of|for|from|with|in|at|by)\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(
    # (an acronym in brackets is no clause of its own: "will keep its duty on crude palm oil (CPO) at 10% in June")
    r",(?!\d)|[;:\u2014\u2013]|\((?![A-Z]{2,6}\))|(?<![A-Z])\)"
    r"|\b(?:but|while|after|before|because|when|who|which|whose|where|that)\b"
    # (not "and" joining two nouns before the date's preposition: "a tax on diesel and petrol from July")
    r"|\band\b(?!\s+[a-z]+\s+(?:(?:from|in|on|by|until|till|through)\b|$))",
    re.IGNORECASE,
)


_STARTING = re.compile(r"(?i)(?:from|starting|beginning|as\s+of|effective)\b")
_STARTING_BEFORE = re.compile(r"(?i)\b(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?$")
# Deciding, planning or proposing to do something: what is decided starts after the report ("proposed raising
# council tax by 4.99% from April").
_INTENT_CUE = re.compile(
    r"\b(?:voted|agreed|decided|approved|plans?|planned|planning|pledged|promised|vowed|moved|proposed|proposes|"
    r"proposing)(?:\s+[\w-]+){0,2}?\s+to\b|\b(?:propos(?:ed|es|ing)|consider(?:ed|s|ing)|plan(?:s|ned|ning)\s+on)\s+"
    r"[a-z]+ing\b",
    re.IGNORECASE,
)


def _next_months(mention: DateMention, published: str | None, within: int) -> bool:
    """A month (named alone or with a day) that is one of the ``within`` after the report's month."""
    _, pm, _ = parse_published(published)
    if pm is None:
        return False
    try:
        month = _month(mention.groups)
    except (KeyError, ValueError, TypeError):
        return False
    return 1 <= (month - pm) % 12 <= within


# A price or a schedule said in the present ("go for", "costs", "opens", "runs", "starts", "takes place").
_PRESENT_SCHEDULE = re.compile(
    r"\b(?:due(?=\s*$)|go(?:es)?\s+for|sells?\s+for|costs?|runs?\s+(?:from|until|through|in|for)|opens?|starts?|begins?|"
    r"takes?\s+place|(?:is|are)\s+held)\b(?!\s+(?:in|on)\s+(?:the\s+)?past)",
    re.IGNORECASE,
)
_SENTENCE_PART_END = re.compile(r"[;:.!?]|,\s+(?:and|but|while|which|who)\b|\s+[–—-]\s+")
_PAST_AFTER = re.compile(
    r"(?i)\b(?:was|were|had|did|fell|rose|grew|sold|went|came|saw|paid|took|made|gave|hit|slid|sank|shrank|\w{2,}ed)\b"
)
# A weekday in reported speech of what is to come ("said the heat would last until Tuesday") is within
# days of the report, so it lies ahead of it; a month after "would" may already be past.
_WOULD = re.compile(r"\bwould(?!\s+(?:not\s+)?have\b)\b", re.IGNORECASE)
# What may come, said in the present: "Wind chills could dip to -40F on Tuesday night" (not "could not", "could
# have": an ability or a chance in the past).
_COULD = re.compile(r"\bcould(?!\s+(?:not|never|have|still\s+not)\b)(?=\s+[a-z])", re.IGNORECASE)
# An intention, an expectation or a decision told in the past, of the weeks ahead: "said it hoped to reconnect most
# homes by Wednesday", "said it expected to cancel 800 flights on Thursday", "agreed on Thursday to raise output by
# 411,000 barrels per day in May" (told in April); in a headline's present, "agrees to raise output in May", "is to
# cut fares in June".
_INTENDED = re.compile(
    r"\b(?:hoped|planned|aimed|intended|promised|pledged|vowed|expected|agreed|decided|voted|"
    r"hopes|plans|aims|intends|promises|pledges|vows|expects|agrees|decides|votes|(?:is|are)(?:\s+set)?)"
    r"(?:\s+on\s+\w+day)?\s+to\b",
    re.IGNORECASE,
)
_WAS_EXPECTED = re.compile(r"\b(?:was|were)\s+" + _DUE_TO + r"\b", re.IGNORECASE)
# An obligation or a deadline still open, said in the present: "Bidders must submit offers by midnight on Friday",
# "The deadline for bids is noon on Friday" (not "must have left on Friday", "the deadline was Friday").
_DUE_BY = re.compile(
    r"\bmust(?!\s+(?:not\s+)?have\b)\b|\b(?:deadline|cut-?off)\s+(?:[^\s.;]+\s+){0,8}?(?:is|falls|expires|runs\s+out)\b",
    re.IGNORECASE,
)
_WARNED_OF = re.compile(r"\b(?:warn(?:ed|s|ing)?|warnings?|alerts?)\s+(?:of|for|about)\b", re.IGNORECASE)
# A date something was put off or fixed for ("sentencing was set for Dec. 12", "the hearing was adjourned until
# Tuesday") lies ahead of the report when it is within weeks of it, though the verb is in the past.
_SET_FOR = re.compile(
    r"\b(?:was|were|(?:has|have|had)\s+been|is|are)\s+(?:(?:now|provisionally|tentatively)\s+)?"
    r"(?:set|scheduled|slated|planned|fixed|adjourned|postponed|delayed|pushed\s+back|put\s+off|rescheduled)\s+"
    r"(?:for|until|till|to)\b",
    re.IGNORECASE,
)


# "raised its forecast ... on Monday", "the bank's projections": a noun, not a verb of what is to come
_NOUN_CUE = re.compile(r"(?i)(?:forecasts?|projects?|plans?)$")
_DETERMINER_BEFORE = re.compile(
    r"(?i)\b(?:its|their|his|her|our|the|a|an|this|that|whose|[a-z]+['’]s)\s+(?:(?:growth|budget|deficit|revenue|"
    r"profit|sales|earnings|economic|inflation|official|latest|new|revised|previous|earlier|initial|own)\s+)?$"
)
_FORECAST_VERB = re.compile(r"(?i)(?:expects?|forecasts?|predicts?|projects?|sees?)$")
_WHEN_SAID = re.compile(r"(?i)\s*(?:(?:in|on|at|last|this|earlier)\s*)?")


# A date that opens the sentence before a comma ("From Monday, the fare will rise", "On Friday, the union will
# strike"): the clause it belongs to is the one after the comma. The words a start date takes ("from", "starting",
# "as of") make an obligation ahead too ("From Monday, drivers must pay").
_OPENING_DATE = re.compile(
    r"\s*(?:(?P<starting>(?:starting|beginning|effective)(?:\s+(?:on|from))?|from|as\s+of)\s+|(?:on|next|this)\s+)?$",
    re.IGNORECASE,
)
_OPENING_COMMA = re.compile(r"\s*,\s*")
_MUST = re.compile(r"\bmust\b", re.IGNORECASE)
# A verb in the past: before the cue of the clause after an opening date ("On Friday, officials said the bridge
# will reopen" is the day it was said), or in a clause of time ("after it lost the contract in May").
_PAST_IN_CLAUSE = re.compile(
    r"\b(?:\w{2,}ed|was|were|had|did|said|told|began|became|came|went|took|made|left|fell|rose|grew|won|lost|sold|"
    r"bought|paid|saw|met|ran|gave|got|held|kept|led|brought|thought|found|struck|broke|spoke|wrote|chose|drove|"
    r"flew|knew|shot|stood|sent|spent|built|caught|fought|felt|meant)\b",
    re.IGNORECASE,
)
# A start date after a comma belongs to the clause before it: "The strike will last 48 hours, starting on Friday",
# "Fares will rise 5%, effective Monday".
_TRAILING_START = re.compile(
    r",\s*(?:(?:starting|beginning|effective)(?:\s+(?:on|from))?|from|as\s+of)\s+$", re.IGNORECASE
)


def _opening_clause_ahead(text: str, mention: DateMention) -> bool:
    """``mention`` opens the sentence before a comma, and the clause after it tells of what is still to come."""
    if mention.kind not in ("weekday", "m", "md", "dm", "rel"):
        return False
    opening = _OPENING_DATE.fullmatch(text, 0, mention.start)
    if opening is None:
        return False
    starting = bool(opening.group("starting") or _STARTING.match(mention.text))
    comma = _OPENING_COMMA.match(text, mention.end)
    if comma is None or comma.end() == mention.end:
        if not starting:
            return False
        # "From April the cap will be £1,849": a start date opens its clause without a comma too
        after = text[mention.end :]
    else:
        after = text[comma.end() :]
    stop = _CLAUSE_BREAK.search(after)
    if stop is not None:
        after = after[: stop.start()]
    cue = _AHEAD_CUE.search(after) or (_MUST.search(after) if starting else None)
    return cue is not None and not _PAST_IN_CLAUSE.search(after, 0, cue.start())


# A clause of time under a clause of what is to come is to come too: "will lose their jobs when the plant closes in
# June", "will be paid after the audit ends in May" (its verb in the present, never the past).
_TEMPORAL_BREAK = re.compile(r"(?:when|after|before)$", re.IGNORECASE)


def _temporal_under_ahead(
    clause: str, breaks: list[re.Match[str]], text: str, mention: DateMention, published: str | None = None
) -> bool:
    last = breaks[-1]
    if not _TEMPORAL_BREAK.match(last.group(0)):
        return False
    tail = text[last.end() : mention.end]
    if _PAST_IN_CLAUSE.search(tail):
        return False
    main = clause[: last.start()]
    if len(breaks) > 1:
        main = main[breaks[-2].end() :]
    cues = list(_AHEAD_CUE.finditer(main))
    if mention.kind in ("m", "md", "dm") and _next_months(mention, published, 2):
        # "said the council would hold hearings before voting in June", in April: as "would vote in June" is
        cues += _WOULD.finditer(main)
        cues.sort(key=lambda cue: cue.end())
    return bool(cues) and not _PAST_BETWEEN.search(main, cues[-1].end())


def _warned_of_a_list(clause: str, breaks: list[re.Match[str]]) -> bool:
    """A weekday at the end of a list of what is warned of: "Forecasters warned of gusts of up to 80mph and 50-70mm
    of rain on Friday" (the "and" joins what is warned of; no verb in the past follows the warning)."""
    warnings = list(_WARNED_OF.finditer(clause))
    if not warnings:
        return False
    warned = warnings[-1]
    after = [b for b in breaks if b.start() >= warned.end()]
    return all(b.group(0).lower() in ("and", ",") for b in after) and not _PAST_IN_CLAUSE.search(clause, warned.end())


# What the date is told of is judged after it, in the present: "a cut in July is possible", "makes a cut in July
# less likely", "the vote in June looks certain".
_JUDGED_AFTER = re.compile(
    r"\s+(?:(?:is|are|looks?|seems?|remains?|becomes?)\s+(?:now\s+|still\s+|also\s+)?|"
    r"(?:[a-z]+\s+){0,2}?(?=(?:more|less)\s+likely))"
    r"(?:(?:more|less|very|quite|highly|increasingly)\s+)?(?:possible|likely|unlikely|probable|certain|expected|on\s+the\s+table)\b",
    re.IGNORECASE,
)


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)
_ORDERED_TO = re.compile(
    r"\b(?:ordered|told|required|asked|instructed|urged|advised|banned|barred)\s+(?:[\w’'-]+\s+){0,6}?to\s+[a-z]",
    re.IGNORECASE,
)


_CALLED_OFF = re.compile(
    r"\b(?:(?:has|have|had)\s+been|(?:was|were|is|are)(?:\s+being)?)\s+(?:cancell?ed|called\s+off|postponed|scrapped|"
    r"axed|suspended|put\s+off|delayed)\b",
    re.IGNORECASE,
)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:this\s+|next\s+)?$", re.IGNORECASE)
_DECLARED_BEFORE = re.compile(r"\b(?:declared|named|proclaimed|made)\s+$", re.IGNORECASE)
_DECLARED_A_DAY = re.compile(
    r"\s+(?:as\s+)?an?\s+(?:national\s+|public\s+|official\s+)?(?:day|holiday)\b", re.IGNORECASE
)


# The days listed before a day and month ("on 6, 8 and 10 October", "on the 6th, 8th or 10th of"): one date.
_DAY_LIST_BEFORE = re.compile(r"(?:\b\d{1,2}(?:st|nd|rd|th)?\s*,\s*)*\b\d{1,2}(?:st|nd|rd|th)?,?\s+(?:and|or|&)\s+$")


# An event announced, called or set for a day ("has announced three days of strikes on 10 October", "called a
# general election for 4 July"): the day is the event's, not the announcement's.
_EVENT_CALLED_FOR = re.compile(
    # ("The unions plan a one-day general strike on April 2", "threatened a walkout on 3 May")
    r"(?i)\b(?:announc\w*|call(?:s|ed|ing)?|set|sets|schedul\w*|plan(?:s|ned|ning)?|threaten\w*)\s+"
    r"(?:[\w’'-]+\s+){0,5}?"
    r"(?:strikes?|walkouts?|stoppages?|elections?|referend\w*|ballots?|hearings?|summits?|protests?|rall(?:y|ies))"
    r"\s+(?:(?:at|across|in|by)\s+(?:[\w’'-]+\s+){1,3}?)?(?:on|for)\s+(?:the\s+)?$"
)


def looks_ahead(text: str, mention: DateMention, published: str | None = None) -> bool:
    """Whether the clause holding ``mention`` tells of what is still to come ("expects the bridge to reopen
    in May"): a month named alone then falls on or after the report's month, not before it."""
    listed = _DAY_LIST_BEFORE.search(text, max(0, mention.start - 40), mention.start) if mention.kind == "dm" else None
    if listed is not None:
        # "will strike on 6, 8 and 10 October": the days before the last are the date's, not a clause of their own
        text = text[: listed.start()] + " " * (mention.start - listed.start()) + text[mention.start :]
    if _opening_clause_ahead(text, mention):
        return True
    if (
        mention.kind in ("md", "dm")
        and _EVENT_CALLED_FOR.search(text, max(0, mention.start - 120), mention.start)
        and _next_months(mention, published, 3)
    ):
        return True  # "announced three days of strikes on 10 October", told in September: the strikes' day ahead
    if (
        mention.kind in ("m", "md", "dm")
        and _next_months(mention, published, 3)
        and _JUDGED_AFTER.match(text, mention.end)
    ):
        return True
    if (
        mention.kind == "weekday"
        and text.startswith(("'s", "’s"), mention.end)
        and _CALLED_OFF.search(text, mention.end, min(len(text), mention.end + 80))
    ):
        return True  # "Wednesday's Tube strike has been cancelled": an event called off before its day, still ahead
    if mention.kind == "weekday" and (
        (
            _FOR_BEFORE.search(text, max(0, mention.start - 8), mention.start)
            and not text.startswith(("'s", "’s"), mention.end)
        )
        or (
            _DECLARED_A_DAY.match(text, mention.end)
            and _DECLARED_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        )
    ):
        # "called a strike at the plant for Friday", "declared Thursday a day of national mourning": the day
        # something is called or declared for lies ahead of the report (not "Friday's strike")
        return True
    if (
        mention.kind == "weekday"
        and _FROM_BEFORE.search(text, max(0, mention.start - 6), mention.start)
        and _ORDERED_TO.search(text, 0, mention.start)
    ):
        return True  # "ordered farms to keep their birds indoors from Tuesday": what is ordered starts then
    if (
        mention.kind in ("md", "dm")
        and _STARTING_BEFORE.search(text, max(0, mention.start - 16), mention.start)
        and _next_months(mention, published, 1)
    ):
        return True  # "a walkout starting March 3", reported in February: a start still to come
    trailing = _TRAILING_START.search(text, max(0, mention.start - 30), mention.start)
    if trailing is not None and not _STARTING.match(mention.text):
        # ("..., starting on Friday": the clause before the comma)
        return looks_ahead(
            text[: trailing.start()] + " " * (mention.start - trailing.start()) + text[mention.start :],
            mention,
            published,
        )
    clause = text[: mention.start]
    breaks = list(_CLAUSE_BREAK.finditer(clause))
    if breaks:
        if _temporal_under_ahead(clause, breaks, text, mention, published):
            return True
        if mention.kind == "weekday" and _warned_of_a_list(clause, breaks):
            return True
        clause = clause[breaks[-1].end() :]
    cues = list(_AHEAD_CUE.finditer(clause))
    if _STARTING.match(mention.text) and _next_months(mention, published, 6):
        cues += _INTENT_CUE.finditer(clause)  # "voted to raise council tax by 4.99% from April"
    if mention.kind == "weekday" or (mention.kind in ("m", "md", "dm") and _next_months(mention, published, 2)):
        # "said it would consult staff in March" a day before March, "said it would cut the pressure from
        # September 1" in August: reported speech of the weeks ahead
        cues += _WOULD.finditer(clause)
        cues += _INTENDED.finditer(clause)  # "said it hoped to reconnect most homes by Wednesday"
    if mention.kind == "weekday":
        cues += _DUE_BY.finditer(clause)  # "must apply by Friday": within days of the report, so ahead of it
        # "Forecasters warned of up to 40mm of rain on Friday", "a warning for gales on Sunday": what is warned of
        # lies within days ahead of the report (not "warned on Friday that ...")
        cues += _WARNED_OF.finditer(clause)
        cues += _COULD.finditer(clause)
    if mention.kind in ("m", "md", "dm") and _next_months(mention, published, 6):
        # "Rooms go for €290 a night in August", "the exhibition opens in September", told in May: a price or a
        # schedule said in the present of a month still to come is that coming month's
        # (not a noun, "the costs in August", nor a clause whose verb comes later, in the past: "Housing starts in
        # August fell 3%")
        part_end = _SENTENCE_PART_END.search(text, mention.end)
        if not _PAST_AFTER.search(text, mention.end, part_end.start() if part_end else len(text)):
            cues += (
                cue
                for cue in _PRESENT_SCHEDULE.finditer(clause)
                if not _DETERMINER_BEFORE.search(clause, 0, cue.start())
            )
    if mention.kind == "weekday" or (mention.kind in ("md", "dm", "m") and _next_months(mention, published, 3)):
        cues += _SET_FOR.finditer(clause)
    elif mention.kind in ("md", "dm") and _next_months(mention, published, 8):
        # "A trial date was set for 9 October", told in April: a day fixed for a hearing lies ahead up to eight months
        # on (one a few months back was set before: "The vote was scheduled for August 3", told in October; nor one
        # that "had been set for" it: a schedule since changed)
        cues += (cue for cue in _SET_FOR.finditer(clause) if not cue.group().lower().startswith("had"))
    if mention.kind == "weekday" or (mention.kind in ("md", "dm", "m") and _next_months(mention, published, 3)):
        cues += _WAS_EXPECTED.finditer(clause)  # "said the outbreak was expected to peak in April", in March
    cues = [
        cue for cue in cues if not _NOUN_CUE.match(cue.group()) or not _DETERMINER_BEFORE.search(clause, 0, cue.start())
    ]
    cues.sort(key=lambda cue: cue.end())
    if cues and _FORECAST_VERB.match(cues[-1].group()) and _WHEN_SAID.fullmatch(clause, cues[-1].end()):
        return False  # "down from the 1.6% it forecast in March": when the forecast was made, not what it is of
    return bool(cues) and not any(
        not _ADJECTIVE_BEFORE.search(clause, max(0, past.start() - 8), past.start())
        for past in _PAST_BETWEEN.finditer(clause, cues[-1].end())
    )


def resolve(
    mention: DateMention,
    published: str | None,
    published_estimated: bool,
    previous: tuple[str, bool] | None = None,
    published_is_floor: bool = False,
    ahead: bool = False,
) -> tuple[str | None, bool]:
    """Return ``(iso, estimated)`` for ``mention``; ``iso`` is None when it cannot be placed.

    ``published_is_floor``: the report's date is only the latest date its text names, so it was published
    that day or after; a weekday it tells of ("said on Tuesday") is then the first such day from it.
    ``ahead``: the date's clause tells of what is still to come (``looks_ahead``)."""
    py, pm, pd = parse_published(published)
    g, kind = mention.groups, mention.kind
    if kind == "numeric":
        return _numeric(g), False
    if kind in ("mdy", "dmy", "iso"):
        day = int(g["day"])
        month = int(g["mnum"]) if kind == "iso" else _month(g)
        try:
            dt.date(int(g["year"]), month, day)
        except ValueError:
            return _iso(int(g["year"]), month), False
        return _iso(int(g["year"]), month, day), False
    if kind == "decade":
        return _iso(int(g["year"])), True
    if kind in ("my", "py", "y"):
        year = int(g["year"])
        vague = bool(g.get("part"))
        return (_iso(year, _month(g)) if kind == "my" else _iso(year)), vague
    if py is None:
        return None, False
    if kind in ("md", "dm", "m"):
        month = _month(g)
        year = py
        # A month after the published month is last year's, unless said as "next"/"until"; one before it
        # in a clause of what is to come is next year's.
        prep = (g.get("prep") or "of").split()[0].lower()
        coming = ahead or prep in ("next", "until", "till", "by")
        if g.get("yrel"):
            year += {"last": -1, "this": 0, "next": 1}[g["yrel"].lower()]
        elif pm is not None and (month > pm or (month == pm and prep == "last")) and not coming:
            # ("last January" told in January is the January a year before)
            year -= 1
        elif pm is not None and month < pm and ahead:
            year += 1
        if kind == "m":
            return _iso(year, month), published_estimated
        return _iso(year, month, int(g["day"])), published_estimated
    if kind == "weekday":
        if pm is None or pd is None:
            return _iso(py, pm), True
        pub = dt.date(py, pm, pd)
        target = WEEKDAYS.index(g["wd"].lower())
        back = (pub.weekday() - target) % 7
        rel = g.get("rel", "").lower()
        if rel == "next":
            date = pub + dt.timedelta(days=(target - pub.weekday()) % 7 or 7)
        elif (published_is_floor or ahead) and rel in ("", "on", "by"):
            # (a day of what is still to come, "will meet on Tuesday", is the next one, or the report's day)
            date = pub + dt.timedelta(days=(target - pub.weekday()) % 7)
        else:
            date = pub - dt.timedelta(days=back or (7 if rel == "last" else 0))
        return date.isoformat(), published_estimated
    return _relative(g["rel"].lower(), py, pm, pd, published_estimated, previous)


def _numeric(g: dict[str, Any]) -> str:
    """A numeric date: a part over 12 is the day; dots write day.month.year; "03/04/2025" could be either
    (US and British usage differ), so only its year is certain."""
    first, second, year = int(g["first"]), int(g["second"]), int(g["year"])
    if first > 12 or (g["sep"] == "." and second <= 12):
        day, month = first, second
    elif second > 12:
        day, month = second, first
    else:
        return _iso(year)
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return _iso(year)


_AGO_NUMBERS = {
    "a": 1,
    **UNITS,
    "ten": 10,
    **TENS,
    **{f"{t}-{u}": tv + uv for t, tv in TENS.items() for u, uv in UNITS.items()},
}
_DAY_SHIFT = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
}


def _relative(
    rel: str, py: int, pm: int | None, pd: int | None, estimated: bool, previous: tuple[str, bool] | None
) -> tuple[str | None, bool]:
    if rel == "at the time":
        return previous if previous else (None, False)
    if rel in _DAY_SHIFT:
        # "this morning" is the report's day, "last night" the night before it, "tomorrow" the day after
        if pd is None or pm is None:
            return _iso(py, pm), True
        date = dt.date(py, pm, pd) + dt.timedelta(days=_DAY_SHIFT[rel])
        return date.isoformat(), estimated
    shift = -1 if ("last" in rel or "past" in rel) else (1 if "next" in rel else 0)
    if "ago" in rel:
        amount, unit = rel.split()[:2]
        n = _AGO_NUMBERS.get(amount.lower()) or int(amount)
        if unit.startswith("fortnight"):
            n, unit = 2 * n, "weeks"  # "a fortnight ago": two weeks ago
        if unit.startswith("year"):
            return _iso(py - n), True
        if unit.startswith("decade"):
            return _iso(py - 10 * n), True  # "two decades ago": about 20 years before, as estimated as the year
        if unit.startswith(("day", "week")) and pm and pd:
            # "three days ago": that day; "two weeks ago": the month it falls in (the day is not said)
            date = dt.date(py, pm, pd) - dt.timedelta(days=n if unit.startswith("day") else 7 * n)
            return (date.isoformat(), estimated) if unit.startswith("day") else (_iso(date.year, date.month), True)
        if unit.startswith("month") and pm:
            total = py * 12 + pm - 1 - n
            return _iso(total // 12, total % 12 + 1), True
        return (_iso(py, pm) if pm else _iso(py)), True
    if "year" in rel:
        return _iso(py + shift), estimated
    if "month" in rel and pm:
        total = py * 12 + pm - 1 + shift
        return _iso(total // 12, total % 12 + 1), estimated
    if "week" in rel or "days" in rel:
        if pm and pd and shift:
            date = dt.date(py, pm, pd) + dt.timedelta(days=7 * shift)
            return _iso(date.year, date.month), True
        return (_iso(py, pm) if pm else _iso(py)), True
    # Seasons: only the year is certain.
    return _iso(py + shift), True


# "since February 2022", "since fighting resumed last month": the date opens a period.
# (a longer clause only with a verb in it: "since it was first detected on August 18" opens a period, but in
# "since a collision near Pardubice in 2023 killed 11" the year is the collision's)
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:early\s+|late\s+|mid-?|(?:[a-z]+\s+){1,3}|"
    r"(?=(?:[\w’'-]+\s+){0,6}?(?:was|were|is|are|has|have|had|been|began|begun|started|broke|struck|hit|came|took|"
    r"swept|spread|fell|\w+ed)\s)(?:[\w’'-]+\s+){4,8})?$",
    re.IGNORECASE,
)
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)
# An aside opened by a participle before the date and closed after it ("Ruiz, signed ... in July, now has").
_PARTICIPLE_ASIDE_OPEN = re.compile(
    r"\w,\s+(?:(?:first|originally|only|recently|newly)\s+)?(?:[a-z]+ed|built|born|made|held|taken|given|known|"
    r"written|founded|sold|bought|won|lost|begun|chosen|drawn|grown|led|kept|found|brought|caught|paid|laid|sent|"
    r"spent|struck|shot|hit|set|run|seen|shown|worn|torn|sworn)\b[^,;:()]*$"
)
_ASIDE_CLOSES = re.compile(r"[^,;:()]{0,40},\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:s|ed)?\b")
# A relative clause opened before the date, with no comma closing it before the date; also after a noun set beside a
# name ("Mara Quinn, the singer who topped the charts in 1985, has died": the singer's time, not the claim's).
_RELATIVE_OPEN = re.compile(
    r",\s*(?:(?:the|a|an)\s+(?:[\w’'-]+\s+){1,5})?(?:which|who|whose|where)\b[^,;:()]*$", re.IGNORECASE
)
# A decade describing the noun set beside a name: "Mara Quinn, the 1980s pop singer, has died".
_DECADE_DESCRIBING = re.compile(r",\s*(?:the|a|an)\s+$", re.IGNORECASE)
# A decade naming the style or age of a thing, before its noun: "cross the 1960s bridge", "a 1930s cinema" (not "in the
# 1990s", "since the 1970s", "by the 1960s cars had ...": a time).
_DECADE_AS_ADJECTIVE = re.compile(
    r"(?<!\bin\s)(?<!\bsince\s)(?<!\bduring\s)(?<!\bby\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bfrom\s)(?<!\bthrough\s)"
    r"(?<!\bto\s)(?<!\bof\s)(?<!\bthroughout\s)\b(?:the|a|an|its|their|his|her|our)\s+$",
    re.IGNORECASE,
)
_NOUN_AFTER_DECADE = re.compile(
    r"\s+(?!(?:and|or|to|when|as|until|onwards?|on|through|but|with|that|which|who|saw|brought|were|was|had)\b)"
    r"[a-z][a-z-]+\b"
)
# When the things counted were made: "adding models built in 2020", "cars made between 2019 and 2021", "homes
# constructed before 1990" (a participle after its noun: the things' time, not the claim's nor its figure's; not
# "sold in 2024" or "registered in May", which are the time of a count of sales).
_THINGS_MADE_WHEN = re.compile(
    r"(?i)\b[a-z]+s\s+(?:(?:that|which)\s+were\s+)?(?:built|made|manufactured|produced|constructed|assembled|born|"
    r"installed|fitted)\s+(?:in|between|from|before|after|during|since|up\s+to|until|through)\s+(?:the\s+)?"
    r"(?:(?:model\s+)?years?\s+)?(?:(?:19|20)\d\d\s*(?:and|or|to|through|-|–)\s*)?$"
)
# A "that" clause about the noun of a participle phrase: ", ending a dispute that led to strikes last month".
_PARTICIPLE_NOUN_THAT_OPEN = re.compile(
    r",\s+[a-z]+ing\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+that\s+[^,;:()]*$"
)


# What a change is measured against, before a relative date: "than a year ago", "from a year earlier".
_COMPARED_WITH = re.compile(
    r"\b(?:than|from|compared\s+(?:with|to)|versus|vs\.?|against|over)\s+(?:the\s+same\s+\w+\s+)?$", re.IGNORECASE
)


_NEXT = re.compile(r"(?i)next\b")
# Who gave a figure before, after it: "(the 1,200) it announced", "(the 95) the bank had first planned".
GIVEN_EARLIER = (
    # ("the 4.2 million the telecoms company first reported": the giver's noun may take a word or two before it)
    r"(?:that\s+)?(?:it|they|he|she|we|the\s+(?:[a-z-]+\s+){0,2}?[a-z]+)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:first\s+|initially\s+|originally\s+|earlier\s+|previously\s+)?"
    r"(?:announced|forecast|reported|expected|predicted|promised|planned|estimated|gave|set|targeted|said|disclosed)\b"
)
_FIGURE_COMPARED_WITH = re.compile(
    r"\b(?:from|(?<!more )(?<!less )(?<!fewer )(?<!no )(?<!rather )than|compared\s+(?:with|to)|against|versus|vs\.?)\s+"
    r"(?:about\s+|around\s+|some\s+)?[$€£¥]?\d[\d.,]*"
    r"(?:\s*(?:%|per\s*cent|percent|points?|billion|million|bn|m|[a-z]+))?\s+(?:(?:in|on|at|during|for)\s+)?$"
    # "fewer than the 1,200 it announced in June": a figure someone gave before, and when
    r"|\b(?:than|from|compared\s+(?:with|to)|versus|against)\s+the\s+[$€£¥]?\d[\d.,]*"
    r"(?:\s*(?:%|per\s*cent|percent|points?|billion|million|bn|m|[a-z]+))?"
    r"\s+" + GIVEN_EARLIER + r"\s+(?:(?:in|on|at|during|for)\s+)?$",
    re.IGNORECASE,
)


# The size of a change, right before the time it is measured from ("up two points from February").
_CHANGE_SIZE_BEFORE = re.compile(
    r"(?i)\b(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[\w.,]+\s*"
    r"(?:%|per\s*cent|percent|(?:percentage\s+)?points?)?\s+$"
)


# "up 12% on the same point last year", "compared with the same period a year earlier": the time compared with.
_SAME_POINT_BEFORE = re.compile(
    r"(?i)\b(?:on|from|than|with|to|against|over)\s+the\s+same\s+(?:point|period|time|day|week|month|quarter|stage|"
    r"date)(?:\s+(?:of|in))?\s+$"
)


# "not four as announced in February", "as first reported on Monday": when the figure set aside was given.
_AS_GIVEN_BEFORE = re.compile(
    r"(?i)\bas\s+(?:(?:first|initially|originally|previously|earlier)\s+)?(?:announced|reported|stated|planned|"
    r"promised|forecast|estimated)\s+(?:(?:in|on|at)\s+)?$"
)


def opens_period(text: str, d: DateMention) -> bool:
    """ "since February 2022", "since fighting resumed last month", "since April" (the word in the mention)."""
    if (d.groups.get("prep") or "").lower() == "since":
        return True
    return bool(_SINCE_BEFORE.search(text, max(0, d.start - 60), d.start))


# A span of time between two dates: "between January 2019 and March 2024", "from 2019 to 2023", "from May
# through July". What the claim counts over the span is as it stands at its end.
_SPAN_OPEN = re.compile(r"\b(?:between|from)\s+(?:(?:the\s+)?(?:start|end|beginning|middle)\s+of\s+)?$", re.IGNORECASE)
_SPAN_OPENS_MENTION = re.compile(r"(?:between|from)\s", re.IGNORECASE)
_SPAN_JOIN = re.compile(
    r"\s*(?:and|to|until|till|through|thru|[-–—])\s*(?:(?:the\s+)?(?:start|end|beginning|middle)\s+of\s+)?",
    re.IGNORECASE,
)


def opens_span(text: str, d: DateMention, dates: list[DateMention]) -> bool:
    """``d`` is where a span of time begins and another of ``dates`` where it ends ("between January 2019
    and March 2024"): the claim's figure stands at the span's end, not at its start."""
    if not (_SPAN_OPENS_MENTION.match(d.text) or _SPAN_OPEN.search(text, max(0, d.start - 40), d.start)):
        return False
    join = _SPAN_JOIN.match(text, d.end)
    # (the end may hold the joining word: "from May through July" finds "through July")
    return join is not None and any(d.end < e.start <= join.end() for e in dates)


# A year naming the deed a claim's act answers for: "jailed for the 2024 theft", "fined over the 2022 leak",
# "charged in connection with the 2023 attack" (the jailing, the fine and the charge are the claim's, not 2024's).
_CAUSE_YEAR_BEFORE = re.compile(
    r"(?i)\b(?:for|over|in\s+connection\s+with|in\s+relation\s+to)\s+(?:the|a|an|its|their|his|her)\s+$"
)
_NOUN_AFTER_YEAR = re.compile(r"\s+[a-z][a-z-]+")
_DOCUMENT_YEAR_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|their|his|her|this|that)\s+$")
_DOCUMENT_AFTER = re.compile(
    r"(?i)\s+(?:[a-z-]+\s+)?(?:agreements?|accords?|treat(?:y|ies)|deals?|laws?|acts?|rules?|regulations?|"
    r"directives?|contracts?|constitution|charter|pacts?|memorandum|ceasefire|guidelines|reforms?|strateg(?:y|ies)|"
    r"plans?|framework|declaration|resolution)\b"
)


# A year naming a figure or level another is set against: "twice the 2022 figure", "94% of their 2019 level",
# "still below its 2019 peak", "compared with the 2021 total" (not "The 2024 total reached 300": the claim's own).
_COMPARED_YEAR_BEFORE = re.compile(
    r"(?i)\b(?:of|than|from|with|to|above|below|over|under|against|versus|twice|thrice|times|beyond|past|exceeding|"
    r"surpassing|matching|beating)\s+(?:(?:the|its|their|his|her|our|this|that)\s+)?$"
)
_COMPARED_YEAR_AFTER = re.compile(
    r"(?i)\s+(?:pre-\w+\s+)?(?:figures?|levels?|totals?|peaks?|highs?|lows?|averages?|volumes?|tally|tallies|record)\b"
)

# A record or best set before, with its year: "beating the record set in 2021", "a mark established in 2019".
# ("beating the 37.1C set at the same site in July 2022": the beaten figure itself stands for the record)
_RECORD_SET_BEFORE = re.compile(
    r"(?i)(?:\b(?:record|mark|best|high|low|peak)s?|\b(?:beating|beat|beats|surpassing|surpassed|breaking|broke|"
    r"topping|topped|eclipsing|eclipsed)\s+(?:the|its|their|his|her)\s+[^\s,;]*\d[^\s,;]*(?:\s+[a-z]+)?)\s+"
    r"(?:(?:previously|first|last)\s+)?(?:set|reached|achieved|established|recorded)\s+(?:back\s+)?"
    r"(?:(?:at|by)\s+(?:[\w’'-]+\s+){1,4}?)?(?:in|on)\s+(?:the\s+)?$"
)


# What a change is set against, a noun before its time: "down three points from the previous poll in September",
# "compared with the same month in 2025", "since the last survey in March". The time is the earlier reading's, not
# when the claim happened or was told, nor a figure's period. ("from" only after a word of change: "fled from the
# city in March" is the claim's own time.)
_COMPARED_POINT_BEFORE = re.compile(
    r"(?i)(?:\b(?:up|down|higher|lower|unchanged|changed|more|less|fewer|rise|fall|drop|decline|increase|decrease|"
    r"gain|jump|dip|slide|improvement|deterioration|points?|percent|per\s+cent|%)\s+from|%\s*from|\bthan|"
    r"\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst|\brelative\s+to|\bsince)\s+"
    r"(?:the|its|their|his|her|our|a|an|that)\s+"
    r"(?:(?:previous|last|prior|earlier|same|preceding|corresponding|latest|first|original)\s+(?:[\w-]+\s+){0,2}?"
    r"|(?:[\w-]+\s+){0,2}?(?=(?:polls?|surveys?|counts?|census|reports?|readings?|estimates?|figures?|levels?|"
    r"tally|tallies|data|close|peaks?|highs?|lows?|records?|averages?|forecasts?|results?|rounds?|elections?|votes?|"
    r"quarters?|months?|years?|periods?|weeks?|seasons?)\s))"
    r"[\w-]+\s+(?:(?:taken|published|conducted|released|held|carried\s+out)\s+)?(?:(?:in|on|at|of|during)\s+)?$"
)
# The same with the earlier figure named: "down from 42% in the previous survey in April" (the claim's date no more;
# the 42%'s period it is).
_FIGURE_AT_POINT_BEFORE = re.compile(
    r"(?i)\b(?:from|than|compared\s+(?:with|to)|against)\s+(?:about\s+|around\s+|some\s+)?[$€£]?\d[\d.,]*\s*"
    r"(?:%|per\s*cent|percent|(?:percentage\s+)?points?|bn|m|million|billion)?\s+(?:in|at|on)\s+"
    r"(?:the|its|their|a|an)\s+(?:previous|last|prior|earlier|preceding|latest|first|same)\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]+\s+(?:(?:taken|published|conducted|released|held|carried\s+out)\s+)?(?:(?:in|on|at|of|during)\s+)?$"
)
# A change set against a year with "on" (British): "up 3.1 points on 2021", "down 4% on last year", "12% higher on
# 2024" (not "rose 3% on May 4": a day is when it moved).
_CHANGE_ON_BEFORE = re.compile(
    r"(?i)(?:\b(?:up|down|higher|lower|rise|fall|increase|decrease|gain|drop|growth)\s+(?:of\s+|by\s+)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?[$€£]?\d[\d.,]*\s*"
    r"(?:%|per\s*cent|percent|(?:percentage\s+)?points?|bn|m|million|billion|[a-z]+)?"
    r"|\d\s*(?:%|per\s*cent|percent|(?:percentage\s+)?points?)\s+(?:up|down|higher|lower|more|less|increase|decrease|rise|fall|drop|gain|jump|decline))"
    r"\s+on\s+(?:the\s+same\s+(?:\w+\s+)?(?:of|in)\s+)?$"
)
# A plan's or a budget's time: "approved the budget for next year", "next year's budget", "its target for 2030"
# (what the plan is for, not when it was made or told).
_PLAN_NOUNS = (
    r"(?:budgets?|plans?|targets?|goals?|forecasts?|projections?|outlook|guidance|spending|programmes?|programs?|"
    r"schedule|timetable|priorities|agenda|strateg(?:y|ies)|allocations?|quotas?|roadmap|calendar|fixtures?|"
    r"pay\s+(?:rise|deal|award)|settlement|funding|grants?|tax\s+rates?)"
)
_PLAN_FOR_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|its|their|his|her|our|a|an|this|new|annual|draft)\s+(?:[\w’'%.$€£-]+\s+){0,3}?"
    + _PLAN_NOUNS
    # (a plural needs no determiner: "approved plans for 2030", "set targets for next year")
    + r"|\b(?:plans|targets|budgets|goals|projections|priorities|quotas))"
    + r"\s+for\s+(?:the\s+)?(?:(?:fiscal|financial|tax|school|academic)\s+)?$"
)
_PLAN_AFTER = re.compile(r"(?i)(?:[’']s?)\s+(?:[\w-]+\s+){0,1}?" + _PLAN_NOUNS + r"\b")
# A term's end: "a contract until 2032", "banned until March", "extended his deal to June 2030", "a lease running
# through 2040" (how long something holds, not when the claim happened; "until Tuesday, when he was freed" dates it).
# (a term named: "the schools will stay shut until Tuesday" is a forecast dated by the time it looks to)
_TERM_TO_BEFORE = re.compile(
    r"(?i)\b(?:contracts?|deals?|terms?|lease|mandate|extension|agreement|loan|tenure|licen[cs]e|concession|bans?|"
    r"banned|suspended|suspension|moratorium|freeze|visa|permit|extend(?:s|ed|ing)?|"
    r"valid|tied|locked|committed)\b(?:\s+[^\s,;:.]+){0,4}?\s+(?:to|through|thru|until|till|up\s+until)\s+"
    r"(?:at\s+least\s+|the\s+end\s+of\s+)?$"
)


def _not_when(text: str, d: DateMention, dates: list[DateMention], compared: bool = False) -> bool:
    """The time of something the claim sets against or plans, or the end of a term: never the claim's own."""
    before = text[max(0, d.start - 90) : d.start]
    if re.match(r"(?i)(?:until|till)\s", d.text):  # ("until March": the word is in the mention)
        before += d.text.split(None, 1)[0] + " "
    if _WHEN_AFTER.match(text, d.end):
        return False
    if _COMPARED_POINT_BEFORE.search(before) or _PLAN_FOR_BEFORE.search(before):
        return True
    if not compared and _FIGURE_AT_POINT_BEFORE.search(before):
        return True
    if (d.kind == "y" or (d.kind == "rel" and d.text.lower().endswith(("year", "month")))) and _CHANGE_ON_BEFORE.search(
        before
    ):
        return True  # "up 3.1 points on 2021": the year compared with
    if d.kind == "rel" and _PLAN_AFTER.match(text, d.end):
        return True
    closes_span = any(e.end < d.start and opens_span(text, e, dates) for e in dates)
    return not closes_span and _TERM_TO_BEFORE.search(before) is not None


def claim_dates(text: str, dates: list[DateMention], compared: bool = False) -> list[DateMention]:
    """The dates that can be the claim's own: those attached to its reported event or verb.

    Left out: a period opened by "since" ("since February 2022"; but "since 2022, when 27
    miners died" dates the clause that follows it); a date inside a relative clause about
    something else ("Kursk, which suffered damage in August 2024"); the start of a span ("between January
    2019 and March 2024": the claim is dated by its end). "Killed in Friday's clash"
    keeps Friday: the possessive names the very event the figure counts. A claim whose only dates are such is about the
    article's present: it has no date of its own. ``compared``: keep the time of a figure set against the claim's
    ("down from 15 per cent in August"), which is that figure's own period.
    """
    out = []
    for d in dates:
        if opens_period(text, d) and not _WHEN_AFTER.match(text, d.end):
            continue
        if _not_when(text, d, dates, compared):
            continue  # "down three points from the previous poll in September", "the budget for next year",
            # "a contract until 2032": a comparison's time, a plan's, a term's end
        if _RELATIVE_OPEN.search(text, max(0, d.start - 160), d.start):
            continue
        if d.kind == "decade" and (
            _DECADE_DESCRIBING.search(text, max(0, d.start - 8), d.start)
            or (
                _DECADE_AS_ADJECTIVE.search(text, max(0, d.start - 20), d.start)
                and _NOUN_AFTER_DECADE.match(text, d.end)
            )
        ):
            continue
        if _THINGS_MADE_WHEN.search(text, max(0, d.start - 80), d.start):
            continue  # "expanded the recall to 620,000 vehicles, adding models built in 2020": when they were built
        if _PARTICIPLE_NOUN_THAT_OPEN.search(text, max(0, d.start - 120), d.start):
            continue  # "accepted a deal, ending a dispute that began last month": the dispute's time
        if _PARTICIPLE_ASIDE_OPEN.search(text, max(0, d.start - 80), d.start) and _ASIDE_CLOSES.match(text, d.end):
            continue  # "Ruiz, signed for a record fee in July, now has 11 goals": the aside's time, not the claim's
        if d.kind == "rel" and _COMPARED_WITH.search(text, max(0, d.start - 30), d.start):
            continue  # "3.6% higher than a year ago": the time compared with, not the claim's
        closes_span = any(
            e.end < d.start
            and opens_span(text, e, dates)
            and (j := _SPAN_JOIN.match(text, e.end))
            and e.end < d.start <= j.end()
            for e in dates
        )  # ("from 2019 to 2023": the span's end, not a figure's time compared with)
        if (
            not compared
            and not closes_span
            and not _NEXT.match(d.text)
            and _FIGURE_COMPARED_WITH.search(text, max(0, d.start - 50), d.start)
        ):
            continue  # "dropped to 11 per cent, down from 15 per cent in August": the older figure's time
            # (a time still to come is none: "will rise to 4.5% from 4.25% next Tuesday")
        if opens_span(text, d, dates):
            continue  # "between January 2019 and March 2024, ... recorded 1,200": dated by the span's end
        span = _MONTH_SPAN.search(text, d.start, min(len(text), d.end + 16)) if d.kind == "m" else None
        if span is not None and span.start() < d.end:
            continue  # "in April-June": a quarter the figure is for (its period), not the month the claim is of
        if (
            d.text.lower().startswith("from ")  # (not "closed up 18% on Wednesday": the day of the move)
            and _CHANGE_SIZE_BEFORE.search(text, max(0, d.start - 50), d.start)
        ) or (
            _SAME_POINT_BEFORE.search(text, max(0, d.start - 50), d.start)
            or _AS_GIVEN_BEFORE.search(text, max(0, d.start - 40), d.start)
        ):
            # "up two points from February", "up 12% on the same point last year": the time a change is measured
            # from; "not four as announced in February": when the figure set aside was given
            continue
        if (
            d.kind == "y"
            and _DOCUMENT_YEAR_BEFORE.search(text, max(0, d.start - 12), d.start)
            and _DOCUMENT_AFTER.match(text, d.end)
        ):
            continue  # "a breach of a 2019 trade agreement", "the 2015 law": a text's year, not when the claim's act was
        if (
            d.kind == "y"
            and _CAUSE_YEAR_BEFORE.search(text, max(0, d.start - 40), d.start)
            and _NOUN_AFTER_YEAR.match(text, d.end)
        ):
            continue  # "jailed for the 2024 theft", "fined over the 2022 data leak": what it was for, not when
        if (
            d.kind == "y"
            and _COMPARED_YEAR_BEFORE.search(text, max(0, d.start - 30), d.start)
            and _COMPARED_YEAR_AFTER.match(text, d.end)
        ):
            continue  # "twice the 2022 figure", "94% of their 2019 level": the year of what the figure is set against
        if _RECORD_SET_BEFORE.search(text, max(0, d.start - 80), d.start):
            continue  # "beating the record set in 2021": when the record it beat was set, not when the figure was
        if _EARLIER_TELLING_BEFORE.search(text, max(0, d.start - 50), d.start):
            continue  # "..., after saying on Tuesday that no bank details were taken": when it said that, earlier
        out.append(d)
    return out


# An earlier telling the claim is set after or against: "after saying on Tuesday that", "days after it had announced
# on Monday", "before denying on Friday".
_EARLIER_TELLING_BEFORE = re.compile(
    r"(?i)\b(?:after|before)\s+(?:(?:it|he|she|they|we|the\s+\w+)\s+(?:had\s+)?)?(?:saying|said|announcing|"
    r"announced|denying|denied|insisting|insisted|claiming|claimed|stating|stated|telling|told|promising|promised|"
    r"confirming|confirmed)\s+(?:\w+ly\s+)?$"
)


# Figure periods: the month, quarter, half, year or week a figure is for ("exports rose 3.1% in July", "Q3
# revenue", "in the first half", "in the week ended Oct. 10"), as against the day it was told ("the ministry
# said on Monday", the claim's date). ISO, possibly partial, with a quarter or a half as "2026-Q3", "2026-H1"
# and a week as the day it ends.
_PART_NUMBERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}
_QUARTER_OR_HALF = re.compile(
    r"\b(?:(?i:(?P<ord>first|second|third|fourth|final)[\s-]+(?P<what>quarter|half))(?![\w-])|"
    # ("Q3", "H1"; the number first as filings write it: "3Q", "1H", "1H26", "3Q 2025")
    r"(?P<letter>[QH])(?P<num>[1-4])(?![\w-])|(?P<num2>[1-4])(?P<letter2>[QH])(?:(?P<yy>[2-3]\d)\b)?(?![\w-]))"
    r"(?:(?i:\s+of\s+)(?P<year>(?:19|20)\d\d)\b|\s+(?P<year2>(?:19|20)\d\d)\b|(?i:\s+of\s+the\s+year)\b|"
    # ("in the second half of last year", "the first quarter of this year")
    r"(?i:\s+of\s+(?P<last>last|this)\s+year)\b)?"
)
# "in the three months to September" (a quarter), "the 12 months to May", "the year to May" (the year to that month,
# told as it).
# A statistic said to be for a month: "the inflation rate for December", "retail sales for March 2026".
_STATISTIC_FOR_MONTH = re.compile(
    r"(?i)\b(?:rate|inflation|figures?|data|reading|numbers?|sales|output|index|growth|unemployment)\s+"
    r"(?P<when>for\s+" + _MONTH + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?)\b"
)
# A statistic named by its month, the month before its noun: "its July figure", "Gdansk's December traffic",
# "February's total" (not "the July 4 parade", a day, nor "the January floods", an event's time).
_MONTHS_OWN_STATISTIC = re.compile(
    r"(?P<owner>\b(?i:its|their|the|this|last)\s+|'s\s+)?" + _MONTH + r"(?P<its>'s)?\s+"
    r"(?i:figures?|traffic|totals?|numbers?|counts?|tally|data|reading|sales|output|exports|imports|arrivals)\b"
)


def names_a_months_statistic(text: str) -> bool:
    """Whether ``text`` names a statistic by its month ("its July figure"), a period no date pattern finds."""
    return any(m.group("owner") or m.group("its") for m in _MONTHS_OWN_STATISTIC.finditer(text))


_MONTHS_TO = re.compile(
    r"(?i)\b(?:(?P<n>three|3|six|6|twelve|12)[\s-]+months?|(?<=the\s)year)\s+(?:to|through|ending|ended)\s+"
    r"(?:the\s+end\s+of\s+)?" + _MONTH + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
# "the first three months of the year" (a quarter), "the first six months of 2025" (a half).
_FIRST_MONTHS = re.compile(
    r"(?i)\bfirst\s+(?P<n>three|3|six|6)\s+months\s+of\s+(?:the\s+year|(?P<year>(?:19|20)\d\d))\b"
)
# The year a report is in, told as running still: "so far this year", "this year so far", "the total for the year so
# far", "the year to date" (a figure's period, whatever "so far" says of the clause).
_YEAR_SO_FAR = re.compile(
    r"(?i)\b(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far|(?:the\s+total\s+)?(?:for|in|of)\s+the\s+year\s+so\s+far|"
    r"(?:in\s+|for\s+)?the\s+year\s+to\s+date)\b"
)


def tells_year_so_far(text: str) -> bool:
    """Whether the text gives a figure for the year so far ("so far this year", "the year to date")."""
    return _YEAR_SO_FAR.search(text) is not None


_WEEK_ENDING = re.compile(
    r"(?i)\bweek\s+(?:ended|ending|to|through)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$"
)
# A quarter or a half named as someone's own: "its second quarter", "their first half", "Voltra's third quarter".
_OWN_CALENDAR_BEFORE = re.compile(r"(?:\b(?i:its|their)|\b[A-Z][\w-]*[’']s)\s+$")
_FISCAL_BEFORE = re.compile(r"(?i)\bfiscal(?:[\s-]+year)?\s+(?:(?:19|20)\d\d\s+)?$")
# A quarter of a fiscal year named after it: "the first quarter of fiscal 2026", "the third quarter of its financial
# year" (the body's own calendar, as "the fiscal third quarter" is: no calendar quarter).
_FISCAL_AFTER = re.compile(r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|last\s+|next\s+)?(?:fiscal|financial)\b")
# The words that make a month, a year or "last year" the time a figure is for: "in July", "for 2025",
# "during the year", "in the whole of 2025" (not "since", "by", "until", "from", "of": when the figure started,
# is due, or what it is set against).
_PERIOD_PREP_BEFORE = re.compile(r"(?i)\b(?:in|during|for|throughout|in\s+the\s+whole\s+of|over)\s+$")
_PERIOD_RELATIVE = frozenset({"last year", "this year", "last month"})
_THAN_BEFORE = re.compile(r"(?i)\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:in|during|for)\s+)?$")
_TOLD_BEFORE = re.compile(
    r"(?i)\b(?:said|says|told|announced|reported|stated|added|confirmed|estimated|published|released|issued|"
    r"disclosed|revealed|wrote)\s+(?:\w+\s+)?(?:in|on|during|last|this)?\s*$"
)
# Where a figure is set against an earlier one: "down from 3.8%", "against 37", "compared with $4bn", "from a
# profit of €95m" (not "more than 300": a bound).
_BASELINE_BEFORE = re.compile(
    r"(?i)(?:\bfrom|(?<!more )(?<!less )(?<!fewer )(?<!no )(?<!rather )\bthan|\bcompared\s+(?:with|to)|\bagainst|"
    r"\bversus|\bvs\.?)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$"
    # a level named by a noun that a figure stands above or below: "above the central bank's 2% target"
    r"|(?i:\b(?:above|below|beneath|short\s+of)\s+(?:a|an|the|its|their|his|her|our)\s+(?:[\w’'-]+\s+){0,3}?$)"
)
# An earlier figure of the same period a year before: "from a profit of €95m a year earlier".
_YEAR_EARLIER_AFTER = re.compile(
    r"(?i)\s*(?:in\s+)?(?:the\s+same\s+(?:period|quarter|half|month)\s+)?(?:a\s+year\s+(?:earlier|ago|before)|"
    r"the\s+(?:previous|prior)\s+year|last\s+year|the\s+year\s+before)\b"
)
# What ends the clause a figure's period holds over: "; ", a dash, ", and", "but", an aside about a noun (", its
# fourth cut this year"), or a time of its own ("now").
_CLAUSE_END = re.compile(
    r"(?i);|\s[\u2014\u2013-]\s|\u2014|,\s+(?:and|but|whereas|its|their|his|her|the|a|an|after)\b|\bbut\b|\bwhereas\b|"
    r"\b(?:now|currently|today|so\s+far|since)\b"
)


_FRONTED = re.compile(r"(?i)[\W_]*(?:(?:in|for|during|over|throughout)\s+)?(?:the\s+)?")


@dataclass(slots=True)
class _Period:
    start: int
    end: int
    iso: str
    fronted: bool  # opens the sentence ("In July, ..."): every figure of it is for that time


# Months a figure spans, told as a span: "in April-June", "the July–September quarter", "January to June 2026", "from
# April through June", "between April and June".
_MONTH_SPAN = re.compile(
    rf"(?i)\b(?:(?P<between>between)\s+)?(?P<first>{MONTH_NAME})\s*(?:-|–|to|through|thru|(?(between)and|(?!)))\s*"
    rf"(?P<last>{MONTH_NAME})\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)


def _quarter_iso(part: str, number: int, year: int | None, py: int | None, pm: int | None) -> str | None:
    """ "2026-Q3" / "2026-H1"; a quarter or half named without its year is the latest begun by the report's month."""
    months = 3 if part == "Q" else 6
    first = (number - 1) * months + 1
    if year is None:
        if py is None or pm is None:
            return None
        year = py if first <= pm else py - 1
    return f"{year:04d}-{part}{number}"


def _period_start(iso: str) -> str:
    """The first month of a period, "2026-Q3" -> "2026-07", for comparing it with the report's date."""
    m = re.fullmatch(r"(\d{4})-([QH])(\d)", iso)
    if m is None:
        return iso
    months = 3 if m.group(2) == "Q" else 6
    return f"{m.group(1)}-{(int(m.group(3)) - 1) * months + 1:02d}"


# A participle after its noun, with the time it tells of that thing: "An asteroid discovered last month", "The firm,
# founded in 1998," (not "300 workers were hired in May": a passive tells when the figure's event was).
PARTICIPLE_OF_A_NOUN = re.compile(
    r"(?i)(?:\b(?!(?:was|were|been|be|is|are|has|have|had|being|also|first|then|only|just|recently|newly)\b)[a-z]{3,}|,)"
    r"\s+(?:discovered|found|launched|founded|built|elected|appointed|opened|introduced|unveiled|spotted|detected|"
    r"diagnosed|installed|established)\s+(?:in\s+|on\s+|during\s+)?$"
)


def _periods_named(
    text: str, dates: list[DateMention], published: str | None, estimated: bool, floor: bool
) -> list[_Period]:
    py, pm, _ = parse_published(published)
    found: list[_Period] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, iso: str | None) -> None:
        if iso is None or any(start < te and ts < end for ts, te in taken):
            return
        if published and _period_start(iso) > published[: len(_period_start(iso))]:
            return  # a time after the report: what is expected of it, not a figure it was
        taken.append((start, end))
        fronted = _FRONTED.fullmatch(text, 0, start) is not None
        found.append(_Period(start, end, iso, fronted))

    for m in _MONTHS_TO.finditer(text):
        n, month = (m.group("n") or "twelve").lower(), _month(m.groupdict())  # ("the year to May": 12 months)
        year = int(m.group("year")) if m.group("year") else (py - (month > pm) if py and pm else None)
        if year is None:
            continue
        if n in ("twelve", "12"):
            add(m.start(), m.end(), _iso(year, month))
        elif n in ("three", "3") and month % 3 == 0:
            add(m.start(), m.end(), f"{year:04d}-Q{month // 3}")
        elif n in ("six", "6") and month % 6 == 0:
            add(m.start(), m.end(), f"{year:04d}-H{month // 6}")
    if py is not None:
        for m in _YEAR_SO_FAR.finditer(text):
            add(
                m.start(), m.end(), f"{py:04d}"
            )  # "so far this year", "the total for the year so far": the report's year
    for m in _FIRST_MONTHS.finditer(text):
        n = m.group("n").lower()
        add(m.start(), m.end(), _quarter_iso("Q" if n in ("three", "3") else "H", 1, _int(m.group("year")), py, pm))
    for m in _QUARTER_OR_HALF.finditer(text):
        if _FISCAL_BEFORE.search(text, max(0, m.start() - 20), m.start()) or _FISCAL_AFTER.match(text, m.end()):
            continue  # a fiscal quarter is the company's own calendar
        if not (
            m.group("year") or m.group("year2") or m.group("last") or m.group("yy")
        ) and _OWN_CALENDAR_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "sales in its second quarter", "Pear's third quarter": a company's own, maybe no calendar's
        if m.group("ord"):
            part, number = ("Q" if m.group("what").lower() == "quarter" else "H"), _PART_NUMBERS[m.group("ord").lower()]
        elif m.group("letter"):
            part, number = m.group("letter"), int(m.group("num"))
        else:
            part, number = m.group("letter2"), int(m.group("num2"))
        if part == "H" and number > 2:
            continue
        year = _int(m.group("year") or m.group("year2"))
        if year is None and m.group("yy"):
            year = 2000 + int(m.group("yy"))  # "1H26": the first half of 2026
        if year is None and m.group("last") and py is not None:
            year = py - 1 if m.group("last").lower() == "last" else py
        if year is None and _AHEAD_CUE.search(text, 0, m.start()) and py is not None and pm is not None:
            # "will fall to 2% in the second half": the next such quarter or half, still to come
            year = py if (number - 1) * (3 if part == "Q" else 6) + 1 >= pm else py + 1
        add(m.start(), m.end(), _quarter_iso(part, number, year, py, pm))
    for m in _STATISTIC_FOR_MONTH.finditer(text):
        # "Germany's annual inflation rate for December was confirmed at 2.6%": the month the statistic is of
        month = _month(m.groupdict())
        year = int(m.group("year")) if m.group("year") else (py - (month > pm) if py and pm else None)
        if year is not None:
            add(m.start("when"), m.end(), _iso(year, month))
    for m in _MONTHS_OWN_STATISTIC.finditer(text):
        if not (m.group("owner") or m.group("its")):
            continue  # ("Exports in July figures ..." is no statistic named by its month)
        month = _month(m.groupdict())
        year = py - (month > pm) if py and pm else None
        if year is not None:
            add(m.start("month"), m.end("month"), _iso(year, month))
    for m in _MONTH_SPAN.finditer(text):
        first, last = _month(m.groupdict(), "first"), _month(m.groupdict(), "last")
        year = _int(m.group("year"))
        if first % 3 == 1 and last == first + 2:
            add(m.start(), m.end(), _quarter_iso("Q", (first + 2) // 3, year, py, pm))  # "in April-June": Q2
        elif first in (1, 7) and last == first + 5:
            add(m.start(), m.end(), _quarter_iso("H", (first + 5) // 6, year, py, pm))  # "January-June": H1
    own = claim_dates(text, dates, compared=True)
    for d in dates:
        if _WEEK_ENDING.search(text, max(0, d.start - 40), d.start) and d.kind in _DAY_DATES | {"md", "dm"}:
            iso, _ = resolve(d, published, estimated, None, floor)
            start = text.rfind("week", 0, d.start)
            add(start, d.end, iso)
            continue
        if d not in own or _FISCAL_BEFORE.search(text, max(0, d.start - 20), d.start):
            continue
        if _THAN_BEFORE.search(text, max(0, d.start - 30), d.start):
            continue  # "12% higher than in March": the time compared with, not the figure's
        if _TOLD_BEFORE.search(text, max(0, d.start - 40), d.start):
            continue  # "Daily NK reported in April that ...": when it was told, the claim's date, not its figures' period
        if PARTICIPLE_OF_A_NOUN.search(text, max(0, d.start - 40), d.start):
            continue  # "An asteroid discovered last month has a 1.2% chance": when it was found, not the figure's time
        before = _PERIOD_PREP_BEFORE.search(text, max(0, d.start - 20), d.start)
        if d.kind == "m":
            prep = (d.groups.get("prep") or "").lower()
            if prep not in ("in", "during", "last") and not (
                prep == "of" and _AT_THE_END_OF.search(text, max(0, d.start - 20), d.start)
            ):
                continue  # (but "rose to 412,000 at the end of March", "as of March": that month's figure)
        elif d.kind in ("my", "y"):
            if d.groups.get("part") or (before is None and not (d.kind == "my" and not text[: d.start].strip())):
                continue
        elif d.kind == "rel":
            if d.text.lower() not in _PERIOD_RELATIVE or _BASELINE_BEFORE.search(text, max(0, d.start - 40), d.start):
                continue
            if re.search(r"(?i)\b(?:same\s+\w+|by|until|than)\s+$", text[max(0, d.start - 20) : d.start]):
                continue
        else:
            continue
        iso, _ = resolve(d, published, estimated, None, floor, looks_ahead(text, d, published))
        add(d.start, d.end, iso)
    found.sort(key=lambda p: p.start)
    return found


_QUARTER_OR_HALF_ISO = re.compile(r"-[QH]\d$")
_AT_THE_END_OF = re.compile(r"(?i)(?:\bat\s+the\s+(?:end|close)\s+|\bas\s+)$")


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def _year_before(iso: str) -> str | None:
    return f"{int(iso[:4]) - 1:04d}{iso[4:]}" if iso[:4].isdigit() and len(iso) <= 7 else None


def figure_periods(
    text: str,
    spans: list[tuple[int, int] | None],
    dates: list[DateMention],
    published: str | None,
    estimated: bool = False,
    floor: bool = False,
    told_before: str | None = None,
    earlier_after: frozenset[int] = frozenset(),
) -> list[str | None]:
    """The period each figure of the sentence ``text`` is for (``spans``: the figures' offsets in it, None for
    what is no figure), else None.

    A figure's own period is the nearest one named after it in its clause ("rose 3.1% in July"), else the nearest
    before it there ("Q3 revenue came in at $8.7bn"), else one opening the sentence ("In the week to Nov. 6,
    applications rose 4.2%"). A figure set against an earlier one ("down from 3.8% in April", "against 37 in
    2025") has only the period named after it, or the year before its sentence's period when it is "a year
    earlier"'s ("from a profit of €95m a year earlier"). ``told_before``: the time before the day it was told
    that the claim names (article.py), the period of figures that have none of their own. ``earlier_after``: the
    figures that are a change told new value first ("fell to 41% from 44%"), whose time named right after is the
    earlier value's ("from 44% in September"), not theirs."""
    if not any(spans):
        return [None] * len(spans)
    periods = _periods_named(text, dates, published, estimated, floor)
    if not periods and not told_before:
        return [None] * len(spans)
    inside = [p for p in periods if not any(s and s[0] <= p.start and p.end <= s[1] for s in spans)]
    figures = [
        (i, s) for i, s in enumerate(spans) if s is not None and not any(p.start <= s[0] < p.end for p in periods)
    ]
    baseline = {i for i, s in figures if _BASELINE_BEFORE.search(text, max(0, s[0] - 40), s[0])}

    def clause_between(a: int, b: int) -> bool:
        return _CLAUSE_END.search(text, a, b) is None

    def after(i: int, s: tuple[int, int]) -> _Period | None:
        for p in inside:
            if p.start < s[1]:
                continue
            if (
                i in earlier_after
                and not _QUARTER_OR_HALF_ISO.search(p.iso)
                and (
                    "from" in text[s[0] : s[1]]  # ("dropped to 812,000 from 840,000 in June": one figure, both values)
                    or any(j != i and s[1] <= t[0] and t[1] <= p.start for j, t in figures)
                )
            ):
                return None  # "fell to 41% from 44% in September": September is the 44%'s (but "rose to €5.1bn
                # from €4.6bn in the first half" is the half's change; "rose to 412,000 at the end of March, up
                # from 405,300 in February": March, named before the earlier value, is the new one's)
            others = [j for j, t in figures if j != i and s[1] <= t[0] and t[1] <= p.start and j in baseline]
            if others or not clause_between(s[1], p.start):
                return None
            return p
        return None

    out: list[str | None] = [None] * len(spans)
    owned: set[int] = set()
    for i, s in figures:
        within = [p for p in periods if s[0] < p.start and p.end <= s[1]]
        if within and not text.startswith(("from", "From"), s[0]):
            out[i] = within[0].iso  # "eased to 2.1% in November from 2.4%": the figure told first is November's
            continue
        p = after(i, s)
        if p is not None:
            out[i] = p.iso
            if i in baseline:
                owned.add(p.start)
    for i, s in figures:
        if out[i] is not None or i in baseline:
            continue
        before = [p for p in inside if p.end <= s[0] and p.start not in owned and clause_between(p.end, s[0])]
        fronted = [p for p in inside if p.fronted and p.end <= s[0]]
        if before:
            out[i] = before[-1].iso
        elif fronted:
            out[i] = fronted[0].iso
        elif told_before:
            out[i] = told_before
    for i, s in figures:
        if i in baseline and out[i] is None and _YEAR_EARLIER_AFTER.match(text, s[1]):
            governing = [g for j, t in figures if t[0] < s[0] and j not in baseline and (g := out[j])]
            if governing:
                out[i] = _year_before(governing[-1])
    return out
