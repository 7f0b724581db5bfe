"""Figures in a sentence: numerals, ranges, money, percentages, units, number words, fractions, vague amounts.

Dates, years, identifiers ("Resolution 2397", "B-52", "COVID-19"), numbers inside
names ("S&P 500", "iPhone 14", "Big 12") and times are masked out first, so they
are never read as counts; a year glued to the next table cell ("April 2025600") is
split off by the date mask.

Each figure keeps what the text says: ``value`` as stated, ``change`` from its
modifier or verb ("about" ~, "more than" >, "up to" <, "rose 5%" up, "fell 0.9%"
down, "from $36,040 to $34,935" from-to), ``low``/``high`` only as far as the words
go (a bound keeps one side open; "about 6,000" is 6,000, never 5,400-6,600: a
comparison may allow a tolerance, see ``compared_figure``), a unit from the
vocabulary of units.py or money.py, and what it counts (measures.py).

Vague amounts follow one convention: a plural scale word means one to ten of it
("dozens" 12-120, "hundreds" 100-1,000, "tens of thousands" 10,000-100,000),
"several"/"a few" two to ten ("several hundred" 200-1,000).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from itertools import pairwise

from corpus.extract.attribution import people_plural
from corpus.extract.cues import ASSERTING, CONFIRMING, ESTIMATING, SAYING, TELLING, WARNING, forms
from corpus.extract.dates import MONTH_NAME, DateMention
from corpus.extract.entities import IDENTIFIER_WORDS
from corpus.extract.labels import NOT_A_NAME_WORD, is_label_number, is_name_number
from corpus.extract.measures import (
    CARDINAL_WORDS,
    COMMODITIES,
    CURRENCY_NAMES,
    MONEY_PURPOSES,
    PEOPLE_NOUNS,
    SIZE_MEASURES,
    SIZES,
    STATES_OF_PEOPLE,
    TROOP_NOUNS,
    WORKER_NOUNS,
    compound_counted,
    counted_after,
    deed_done_to_stuff,
    family_of_word,
    is_currency,
    is_magnitude,
    is_money,
    is_sum_lost,
    is_unit_word,
    measure_for,
    property_of,
)
from corpus.extract.money import (
    CURRENCY_PREFIX_RE,
    GLUED_CURRENCY_RE,
    RAND_RE,
    code_before,
    code_for_sign,
    currency_after,
)
from corpus.extract.number_words import TENS, UNITS
from corpus.extract.patterns import trie
from corpus.extract.units import DURATIONS, is_plural, per_after, plural, singular, unit_after, unit_named
from corpus.extract.units import UNITS as UNIT_NAMES
from corpus.model import Quantity
from corpus.wordlist import RAREST, rarity

_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "bln": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "trln": 1e12,
    "tln": 1e12,
    "hundred": 100,
    "dozen": 12,
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
_WORDS = {
    **UNITS,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    **TENS,
    "hundred": 100,
    "a hundred": 100,
    "a thousand": 1000,
    "one thousand": 1000,
    "a million": 1e6,
    "one million": 1e6,
    "a billion": 1e9,
    "a dozen": 12,
    "dozen": 12,
    "one hundred": 100,
    "half a": 0.5,
    "half an": 0.5,
    "half a dozen": 6,
    "a couple of": 2,  # only before a scale: "a couple of hundred", "a couple of dozen" (see _build)
    "a couple": 2,  # "a couple dozen bankers", "a couple thousand fans"
}
_WORDS.update({f"{t}-{u}": tv + uv for t, tv in TENS.items() for u, uv in UNITS.items()})  # "twenty-five"
# "two and a half years", "two-and-a-half years"
_WORDS.update({f"{u}{sep}and{sep}a{sep}half": uv + 0.5 for u, uv in {**UNITS, "ten": 10}.items() for sep in (" ", "-")})
_FRACTIONS = {
    "half": 1 / 2,
    "halves": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fourth": 1 / 4,
    "fourths": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
    "tenth": 1 / 10,
    "tenths": 1 / 10,
    "sixth": 1 / 6,
    "sixths": 1 / 6,
    "eighth": 1 / 8,
    "eighths": 1 / 8,
}
_FRACTION_COUNT = {
    "a": 1,
    "an": 1,
    **{word: n for word, n in _WORDS.items() if n < 10 and " " not in word},
}  # "two-thirds"
# Vague amounts: (low, high) by the convention in the module docstring.
_VAGUE: dict[str, tuple[float, float | None]] = {
    "several thousand": (2000, 10000),
    "a few thousand": (2000, 10000),
    "thousands": (1000, 10000),
    "tens of thousands": (10000, 100000),
    "hundreds of thousands": (100000, 1e6),
    "several hundred": (200, 1000),
    "several hundred thousand": (200000, 1e6),
    "a few hundred thousand": (200000, 1e6),
    "a few million": (2e6, 1e7),
    "several hundred million": (2e8, 1e9),
    "a few hundred million": (2e8, 1e9),
    "several billion": (2e9, 1e10),
    "a few billion": (2e9, 1e10),
    "a few hundred": (200, 1000),
    "hundreds": (100, 1000),
    "dozens": (12, 120),
    "several dozen": (24, 120),
    "millions": (1e6, 1e7),
    "several million": (2e6, 1e7),
    "tens of millions": (1e7, 1e8),
    "hundreds of millions": (1e8, 1e9),
    "billions": (1e9, 1e10),
    "a handful": (2, 10),
    "scores": (20, 200),
}
_MODIFIERS = [
    # (pattern, change)
    (
        r"at least|no fewer than|no less than|a minimum of|minimum of|more than|over|above|in excess of|upwards of|"
        r"exceed(?:s|ed|ing)?|greater than|higher than|north of|>=?|≥",
        ">",
    ),
    (
        r"fewer than|less than|lower than|under|below|just under|up to|as many as|as much as|as high as|at most|no more than|a maximum of|"
        r"maximum of|sub-|<=?|≤",
        "<",
    ),
    (
        r"nearly|almost|close to|closer to|nearer to|about|approximately|approx\.?|around|roughly|some|an estimated|"
        r"estimated|circa|c\.|~|or so",
        "~",
    ),
]
_MODIFIER_PATTERNS = [(re.compile(p, re.IGNORECASE), c) for p, c in _MODIFIERS]
_NEAR = re.compile(r"(?i)nearly|almost|close to|just under")
# Spaces become \s+ (the pattern below is VERBOSE, where a bare space means nothing).
_MOD_RE = "|".join(p for p, _ in _MODIFIERS).replace(" ", r"\s+")
_SEP = r"[,\u00a0\u2009\u202f]"  # thousands: "3,000", "3 000" with a no-break or thin space
# "3 000", "12 500 000" with a plain space: a number as a whole, not after a number and a space ("in 2024 3 000
# people" when the year is not masked, "rooms 4 101") nor before one ("1 000 2"), nor inside a list ("12 345 678 9").
# One plain-space group joins only when it is round ("45 000", "1 200", "1 150"): "44 737 jets", "18 787
# Dreamliners" are a count and a model's number.
_SPACED = r"(?<![\d,.]\x20)(?<![\d,.])\d{1,3}(?:(?:\x20\d{3}){2,3}|\x20\d\d0)(?![\d,]|\.\d|\x20\d)"  # (\x20: the pattern is VERBOSE)
# "2½", "½", "1 1/2", "5-3/4": a whole number and a fraction ("1/2" alone is a date or a code).
_VULGAR = {
    "½": 1 / 2,
    "⅓": 1 / 3,
    "⅔": 2 / 3,
    "¼": 1 / 4,
    "¾": 3 / 4,
    "⅕": 1 / 5,
    "⅛": 1 / 8,
    "⅜": 3 / 8,
    "⅝": 5 / 8,
    "⅞": 7 / 8,
}
_VULGAR_CLASS = "".join(_VULGAR)
_MIXED = rf"\d+[ -]?[{_VULGAR_CLASS}]|[{_VULGAR_CLASS}]|\d+[ -]\d/(?:2|3|4|8|16)(?![\d/])"
_MIXED_RE = re.compile(rf"(?P<whole>\d+)?[ -]?(?:(?P<vulgar>[{_VULGAR_CLASS}])|(?P<over>\d)/(?P<under>\d+))")
# (A whole number is tried first and left to _MIXED only when a fraction follows it: most numbers have none.)
_NUM = (
    rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?:\.\d+)?(?!\d)|{_SPACED}|(?>\d+)(?![ -]?[{_VULGAR_CLASS}]|[ -]\d/(?:2|3|4|8|16)(?![\d/]))"
    rf"(?:\.\d+)?|{_MIXED}|\.\d+"
)
# Tries: what the longest-first alternations match, tried far faster (a space matches any spaces).
_WORD_NUM = trie(sorted(_WORDS)).replace(r"\ ", r"\s+")
_VAGUE_RE = trie(sorted(_VAGUE)).replace(r"\ ", r"\s+")
# A fraction of something ("a third of", "half the"), or the size of a change ("fell by half", "cut by a
# third", "down a fifth") where the clause ends after it.
# (never one news writes unreduced or whole: "two quarters of slowing sales", "five quarters" are periods)
_NO_FRACTION_AHEAD = (
    r"(?!(?i:(?:two|three|four|five|six|seven|eight|nine)[\s-]+halves\b|(?:three|four|five|six|seven|eight|nine)[\s-]+"
    r"thirds\b|(?:two|four|five|six|seven|eight|nine)[\s-]+(?:quarters|fourths)\b|(?:five|six|seven|eight|nine)[\s-]+"
    r"fifths\b|(?:two|three|four|six|seven|eight|nine)[\s-]+sixths\b|(?:two|four|six|eight)[\s-]+eighths\b))"
)
_FRACTION_WORDS = (
    _NO_FRACTION_AHEAD + r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)|half)"
)
# Right before the size of a change: "by", "up", "down", and a modifier after them ("fell by about a third", "cut by
# more than half"): one fixed-width look-behind each.
_CHANGE_SIZE_LOOKBEHIND = "|".join(
    rf"(?<=\b{word}\s{mod})"
    for word in ("by", "up", "down")
    for mod in (
        "",
        "about\\s",
        "almost\\s",
        "nearly\\s",
        "roughly\\s",
        "around\\s",
        "some\\s",
        "over\\s",
        "more\\sthan\\s",
        "less\\sthan\\s",
        "just\\sover\\s",
        "just\\sunder\\s",
    )
)
_FRACTION_RE = (
    rf"(?:{_FRACTION_WORDS}(?=\s+(?:of(?!\s+what\b)|the|its|their|his|her|all)\b)"
    rf"|{_FRACTION_WORDS}(?=[\s-]+(?:percentage[\s-]+)?points?\b)"  # "a quarter point", "a half-point cut"
    # "two-fifths had no savings": a share of those the sentence is about (not "a third was hurt", a third person)
    r"|" + _NO_FRACTION_AHEAD + r"(?:two|three|four|five|six|seven|eight|nine)[\s-]+(?:thirds|quarters|fourths|fifths|"
    r"sixths|eighths|tenths)(?=\s+(?:had|have|has|were|are|said|say|says|would|will|did|do|supported|opposed|backed|voted|agreed)\b)"
    rf"|(?:{_CHANGE_SIZE_LOOKBEHIND}){_FRACTION_WORDS}"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|from|since|over|last|this|after|compared|to|year|between|and)\b))"
)
_HALF_OF_A_PERIOD = re.compile(r"(?i)\b(?:first|second|latter|former|back|front|other)\s+$")
_CHANGE_SIZE_BEFORE = re.compile(r"\b(?:by|up|down)\s$")
# "sixfold", "a hundredfold": so many times
_FOLD = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_FOLD.update({"twenty": 20, "hundred": 100, "thousand": 1000})
_FOLD_RE = "|".join(_FOLD)
_SCALE_RE = r"(?:(?:\s*|-(?=(?:thousand|million|billion|trillion)\b))(?P<scale>thousand|million|billion|trillion|hundred|dozen|lakhs?|crores?|bn|bln|mn|mln|tn|trn|trln|tln|k|m|b)\b)?"
_SCALE2_RE = _SCALE_RE.replace("scale", "scale2")
# "five hundred and fifty", "a hundred and twenty-five", "one hundred twenty": the words after a hundred add to it,
# and a scale after them scales the whole ("two hundred and fifty thousand"); not another hundred's number
# ("between two hundred and three hundred").
_BELOW_A_HUNDRED = {w: v for w, v in _WORDS.items() if v == int(v) and 1 <= v < 100 and " " not in w and w != "dozen"}
_HUNDRED_REST_RE = (
    rf"(?:(?<=hundred)(?:\s+and)?\s+(?P<rest>{trie(sorted(_BELOW_A_HUNDRED))})\b"
    r"(?![\s-]*(?:hundred|dozen|and\s+a\s+half)\b)(?:\s+(?P<rest_scale>thousand|million|billion)\b)?)?"
)

_QUANTITY = re.compile(
    rf"""
    (?:(?P<mod>{_MOD_RE})\s*)?
    (?:
        (?P<vague>\b(?:{_VAGUE_RE})\b)
      | (?P<fraction>\b{_FRACTION_RE})
      | (?P<fold>\b(?:{_FOLD_RE})fold\b)
      | (?P<cur>{CURRENCY_PREFIX_RE})?(?P<sign>(?:(?<![\w.,])[-−+]|\bminus[\s-])(?=[\d.]))?
        (?:(?P<num>(?:(?<![\w.,])|(?<=[A-Z]{{2}})|(?<=\$)|(?<=\$[A-Z])|(?<=(?<![\w$.])R))(?:{_NUM}))|(?P<word>\b(?:{_WORD_NUM})\b(?!-(?:thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)\b)))
        {_SCALE_RE}{_HUNDRED_REST_RE}
        (?:(?:\s*(?:-|–|—|to|and)\s*|-to-)(?P<cur2>{CURRENCY_PREFIX_RE})?(?:(?P<num2>(?:{_NUM})(?!\w(?<![kmbKMB]))(?!(?!(?:bn|bln|mn|mln|tn|trn|trln|tln)\b)\w{{2}}))|(?<=to\s)(?P<word2>(?:{_WORD_NUM})\b))(?:{_SCALE2_RE}))?
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
_DIGIT_RUN = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?")  # (never ending with a comma: "S&P 500, the Dow")
_GLUED_BEFORE = re.compile(r"[A-Za-z]+-?$")
_NUMBER_TO_BEFORE = re.compile(r"\d-to-$")
_LETTER_OR_DASH = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-")
_SCALE_AFTER = re.compile(r"(?:bn|bln|mn|mln|tn|trn|trln|tln|m|k|b|M|B|K)(?![A-Za-z])")
_CURRENCY_GLUED = re.compile(rf"(?:{GLUED_CURRENCY_RE})$")
_RAND = re.compile(RAND_RE)
_GLUED_AMOUNT = re.compile(rf"(?:{GLUED_CURRENCY_RE})\d")
# "0401 GMT", "1930 local time": a clock time, not a count
_AM_PM_AFTER = re.compile(r"\s?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)|\s+o[’']clock\b")
_TIME_RANGE_AFTER = re.compile(
    r"\s?(?:[-–]|to|and)\s?(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?(?:[ap]\.m\.|[AP]\.M\.|[ap]m\b|[AP]M\b)"
)
_HOURS_AND_MINUTES = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|UTC|EDT|EST|CET|CEST|BST|PDT|PST|IST|JST|KST|hrs|local time)\b")


# Text folded to ASCII (as "unidecode" does) writes "£" as "PS" and "¥" as "Y=": "PS2.7m", "Y=28,030".
# "PS" is a pound only before a figure that cannot be a console's number ("PS5").
_TRANSLITERATED_SIGN = re.compile(
    r"(?<![A-Za-z])(?:(?P<pound>PS)(?=\d[\d,.]*\d|\d+\s?(?:m|bn|k|million|billion)\b)|(?P<yen>Y=)(?=\d))"
)
# Years of an era are dates, not counts: "A.D. 1000 and 1260", "300 BC", "500-600 CE".
_ERA_YEARS = re.compile(
    r"(?<![\w.])(?:A\.D\.|AD)\s?\d{1,4}(?:\s*(?:and|to|-|–)\s*\d{1,4})?(?![\d,.]?\d)"
    r"|(?<![\d,.])\d{1,4}(?:\s*(?:and|to|-|–)\s*\d{1,4})?\s?(?:B\.C\.E\.|B\.C\.|BCE|BC|A\.D\.|AD|C\.E\.|CE)(?![\w])"
)

# What every era year is written with (a cheap test before _ERA_YEARS, which is tried at every digit).
_ERA_WORD = re.compile(r"A\.?D|B\.?C|C\.?E")


def _as_signs(masked: str) -> str:
    """ "PS2.7m" read as "£ 2.7m", "Y=28,030" as "¥ 28,030" (the same length: offsets hold)."""
    if "PS" not in masked and "Y=" not in masked:
        return masked
    return _TRANSLITERATED_SIGN.sub(lambda m: "£ " if m.group("pound") else "¥ ", masked)


# "3 000", "3\u2009000", "2, 000ft": a thousands group after its digits, not a code
_BROKEN_GROUP = re.compile(r"\d(?:[,.]\s?|[\s\u00a0\u2009\u202f])$")
_DIGIT_GROUPS = re.compile(r"(?:[ -]\d{2,}(?![\d,.]))*")
_PAREN_LETTER = re.compile(r"(?:\([a-z]\))+")
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Boulevard|Blvd\.|Drive|Place|Square|Terrace|"
    r"Crescent|Gardens)(?![a-z])"
)


# A short number joined by a hyphen to a capitalised word is a name ("7-Eleven", "5-Star"), not a count of it;
# a title-cased unit is still a unit ("a 20-Year-Old Man", "a 5-Mile Race").
_NAME_AFTER_HYPHEN = re.compile(
    r"-(?!(?:Years?|Months?|Weeks?|Days?|Hours?|Minutes?|Seconds?|Miles?|Foot|Feet|Metres?|Meters?|Points?|Percent|"
    r"Per|Million|Billion|Thousand|Storey|Story|Bedroom|Member|Man|Woman|Seat|Game|Match|Time)\b)[A-Z][a-z]+"
)
# A three-digit number after a count and one space, before a noun: the number of a model, not a thousands group.
_COUNT_BEFORE_MODEL = re.compile(r"(?<![\d,.]\x20)(?<![\d,.])\d{1,3}\x20$")
_MODEL_NOUN = re.compile(
    r"\x20(?!(?:and|or|but|to|of|in|on|at|by|for|from|with|than|was|were|is|are|has|have|had|said|says)\b)"
    r"(?:[A-Z][A-Za-z-]*|[a-z][a-z-]*s)\b"
)


# Three or more numbers joined by hyphens are a code, a phone number, a formation or a record of wins, losses
# and draws ("9-1-1", "555-123-4567", "a 4-3-3 formation", "Rahman (45-7-2)"), never a figure (its last number
# was read as one).
_HYPHEN_CHAIN = re.compile(r"(?<![\w.,-])\d{1,4}(?:[-–]\d{1,4}){2,}(?![\w-]|[.,]\d)")


# A container's standard size names a unit, no length of anything: "twenty-foot equivalent units", "40-foot
# equivalent".
_FOOT_EQUIVALENT = re.compile(r"(?i)\b(?:twenty|forty|20|40)(?=[\s-]+f(?:oo|ee)t[\s-]+equivalent\b)")


def _mask_identifiers(masked: str) -> str:
    """Blank out numbers that are parts of names or codes: B-52, COVID-19, MH17, 38th, 5G, 10:30, 24/7, #3."""
    if "equivalent" in masked:
        masked = _mask(masked, [m.span() for m in _FOOT_EQUIVALENT.finditer(masked)])
    if "-" in masked or "–" in masked:
        masked = _mask(masked, [m.span() for m in _HYPHEN_CHAIN.finditer(masked)])
    spans = []
    for m in _DIGIT_RUN.finditer(masked):
        s, e = m.span()
        before, after = masked[max(0, s - 25) : s], masked[e : e + 2]
        # (each pattern runs only where the last characters could end its match)
        glued = _GLUED_BEFORE.search(before) if before[-1:] in _LETTER_OR_DASH else None
        if (
            glued
            and not _CURRENCY_GLUED.search(before)
            and not _SIGN_WORD.search(before)
            and not _RAND.match(masked, s - 1)
            and not _NUMBER_TO_BEFORE.search(before)
        ):  # "B-52", "MH17", "COVID-19" (not "R250 million", nor the 24 of "18-to-24-year-olds", the 3 of "4-to-3")
            s -= len(glued.group(0))
        elif before.endswith("#"):
            s -= 1
        elif before.rstrip().endswith("-") and _SPACED_COVID.search(before):
            pass  # "COVID -19" written with a space: the name, not minus 19
        elif (
            (before[-1:].isspace() or before.endswith("."))  # (both need a space before it, or "no." glued)
            and (is_label_number(masked, s, e) or is_name_number(masked, s, e))
            and unit_after(masked, e) is None
            and not _pair_starts(masked, s)
        ):
            pass  # "Route 9", "on day 77", "S&P 500"; but "sector 0.68 percent" is a figure
        elif masked[s].isdigit() and _opening_name_number(masked, s, e):
            pass  # "Title 42 expired", "Formula 1 returns to": a name opening the sentence, then its verb
        elif (e - s == 4 or _HOURS_AND_MINUTES.fullmatch(masked, s, e)) and _CLOCK_AFTER.match(masked, e):
            pass  # "0401 GMT", "14.15 local time"
        elif e - s >= 3 and masked[s] == "0" and masked[s + 1].isdigit() and not _BROKEN_GROUP.search(before):
            groups = _DIGIT_GROUPS.match(masked, e)  # (matches the empty string at least)
            e = groups.end() if groups else e  # "call 0800 123 456", "case 0412-22": a code, not a figure
        elif (paren := _PAREN_LETTER.match(masked, e)) is not None:
            e = paren.end()  # "401(k) plans", "Section 501(c)(3)"
        elif e - s <= 5 and "," not in masked[s:e] and _ADDRESS_AFTER.match(masked, e):
            pass  # "10 Downing Street", "1600 Pennsylvania Avenue": an address
        elif (e - s <= 2 or _HOURS_AND_MINUTES.fullmatch(masked, s, e)) and _AM_PM_AFTER.match(masked, e):
            pass  # "at 8 p.m.", "at about 2.15 p.m.", "9.30am": a time of day
        elif (e - s <= 2 or _HOURS_AND_MINUTES.fullmatch(masked, s, e)) and (
            hours := _TIME_RANGE_AFTER.match(masked, e)
        ):
            e = hours.end()  # "between 10-11 a.m.", "from 9 to 11pm": two times of day
        elif (
            e - s in (4, 5)
            and masked[s] in "12"
            and _OTHER_CENTURY_YEAR.match(masked, s)
            and _is_other_century_year(masked, s, s + 4)
        ):
            pass  # "founded in 1850", "by 2150" (dates.py reads 1900-2099 as years)
        elif (
            after[:1].isupper()
            and not after[1:2].isalnum()
            and (named := _NAME_BEFORE.search(before)) is not None
            and named.group("word") not in NOT_A_NAME_WORD
        ):
            pass  # "Courtroom 4B", "Gate 12A", "Flat 3C": a place's label, never 4 billion
        elif (
            after[:1].isalpha()
            and not _SCALE_AFTER.match(masked, e)
            and not _PER_ABBREVIATION.match(masked, e)
            and unit_after(masked, e) is None
        ):
            pass  # "38th", "5G", "3D"
        elif after[:1] == "/" and _MIXED_BEFORE.search(before) and _FRACTION_AFTER.match(masked, e):
            continue  # "1 1/2 cups": the fraction of a mixed number
        elif after[:1] in (":", "/") and after[1:2].isdigit():
            e = run.end() if (run := _DIGIT_RUN.match(masked, e + 1)) else e
        elif e - s <= 2 and (named := _NAME_AFTER_HYPHEN.match(masked, e)):
            e = named.end()  # "7-Eleven", "5-Star": a name, neither number a figure
        elif (
            e - s == 3 and masked[e - 1] != "0" and _COUNT_BEFORE_MODEL.search(before) and _MODEL_NOUN.match(masked, e)
        ):
            pass  # "44 737 jets", "18 787 Dreamliners": a count, then a model's number ("45 000 fans" is one figure)
        elif masked[e - 1] == "0" and _DECADE_AFTER.match(masked, e):
            e += 2  # "the 90’s", "the 1980's": a decade, not a figure (as "the 80s")
        elif e - s == 3 and _EMERGENCY_NUMBER.match(masked, s):
            pass  # "Police received 911 calls", "a 999 call": the number dialled, not a count of calls
        elif e - s >= 10 and masked[s:e].isdigit() and not _CURRENCY_BEFORE_DIGITS.search(before):
            pass  # "timestamp=1474387200", "tweet 778257943577919488": an identifier; news writes such amounts
            # with separators or a scale word ("7,800,000,000", "7.8 billion")
        else:
            continue
        while e < len(masked) and (
            masked[e].isalnum() or masked[e] in "-/" or (masked[e] == ":" and masked[e + 1 : e + 2].isdigit())
        ):
            e += 1  # (the rest of the name or code: "Romans 8:31", "Ephesians 5:11")
        spans.append((s, e))
    return _mask(masked, spans) if spans else masked


_DECADE_AFTER = re.compile(r"[’']s\b")
_EMERGENCY_NUMBER = re.compile(
    r"(?:911|999)(?=[\s-]+(?:calls?|callers?|dispatch(?:ers?)?|operators?|cent(?:er|re)s?|lines?|tapes?|"
    r"recordings?|system|services?|emergency)\b)",
    re.IGNORECASE,
)
_CURRENCY_BEFORE_DIGITS = re.compile(r"[$€£¥₹₩₽₺₪₦]\s?$")


# A name opening the sentence: one capitalised word and a short number ("Title 42", "Formula 1", "Windows 11"),
# then a verb agreeing with one thing: a past or modal verb, "is"/"was"/"has", or after "1" a verb in -s (a count
# of 1 takes no plural). Not a modifier or a word of time ("Nearly 300 died", "Yesterday 300 marched").
_OPENING_NAME = re.compile(r"[\s\"“‘'(]*(?P<word>[A-Z][a-z]{2,})\s$")
_NAME_BEFORE = re.compile(r"(?<![\w’'.-])(?P<word>[A-Z][a-z]{2,})\s$")
_NOT_OPENING_NAMES = frozenset(
    """
    about above across after almost also altogether another around at before below between but by circa during each
    even every exactly for from here in just last meanwhile more nearly next now of on only over overall perhaps
    since some still than that then there these this those today together tonight under until when while with
    yesterday yet another and january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday page chapter
    """.split()
)
_SINGULAR_VERB_AFTER = re.compile(
    r"\s+(?:is|was|has|does|will|would|could|can|may|might|must|should|"
    r"(?!(?:kill|wound|injur|arrest|detain|displac|evacuat|rescu|captur|hospitali|deploy|infect|confirm|report|record|"
    r"register|list|sign|vot|march|protest|rall|gather|attend|turn)[a-z]*ed\b)[a-z]{3,}ed)\b"
)
_VERB_IN_S_AFTER = re.compile(r"\s+[a-z]{2,}(?<!s)s\b(?!\s+(?:of|are|were|have|had)\b)")


def _opening_name_number(masked: str, s: int, e: int) -> bool:
    if e - s > 3 or not masked[s:e].isdigit():
        return False
    m = _NAME_BEFORE.search(masked, max(0, s - 30), s)
    if m is None or m.group("word").lower() in _NOT_OPENING_NAMES or m.group("word").endswith("ly"):
        return False
    if masked[s:e] == "1" and _VERB_IN_S_AFTER.match(masked, e):
        return True  # anywhere: "said Formula 1 returns"
    if not _OPENING_NAME.fullmatch(masked, 0, s):
        return False
    if _SINGULAR_VERB_AFTER.match(masked, e):
        return True
    # "Windows 11 now runs on 42% of PCs": an adverb, then a verb agreeing with one thing (eleven would "run")
    adverb = _ADVERB_AFTER.match(masked, e)
    return adverb is not None and bool(
        _SINGULAR_VERB_AFTER.match(masked, adverb.end()) or _VERB_IN_S_AFTER.match(masked, adverb.end())
    )


_ADVERB_AFTER = re.compile(r"\s+(?:now|still|also|already|currently|only|just|even|again|officially|finally)(?=\s)")


# A year of another century after the words that place a time: "built in 1889", "since 1776", "by 2150",
# not "1500 cases", "rose by 1200" or "1850 km".
_OTHER_CENTURY_YEAR = re.compile(r"(?:1[0-8]\d\d|21\d\d)(?!\d|[,.]\d)")  # (a run may end with a comma)
_YEAR_BEFORE = re.compile(r"(?i)\b(?:in|since|until|till|before|after|during|by|circa)\s+$")
_PLURAL_NEXT = re.compile(r"\s+(?:[a-z-]+\s+)?[a-z][a-z-]*s\b")


def _is_other_century_year(masked: str, s: int, e: int) -> bool:
    prep = _YEAR_BEFORE.search(masked, max(0, s - 8), s)
    if prep is None or _PLURAL_NEXT.match(masked, e) or unit_after(masked, e) is not None:
        return False
    return not (prep.group(0)[:2].lower() == "by" and _direction_before(masked, s))


# "minus-1.4", "sub-7 nanometre"; "her now-18-month-old daughter", "the then-24-year-old"
_SIGN_WORD = re.compile(r"(?i)\b(?:minus|sub|over|under|now|then)-$")
_MIXED_BEFORE = re.compile(r"(?<![\d,./])\d+[ -]$")
_FRACTION_AFTER = re.compile(r"/(?:2|3|4|8|16)(?![\d/])")
_SPACED_COVID = re.compile(r"(?i)\bcovid\s+-\s*$")
_PLUS_OR = re.compile(r"(?i)\bplus\s+or\s+$")
# ("48 of the 90 seats", "eight of the 90 seats", "Three of the 20 people on board", "None of the 40 passengers":
# the second is the whole)
# Between a part and the whole it is of: "241 of the 242 people", "four out of 11".
_OF_A_WHOLE = r"\s+(?:of|out of)\s+(?:the\s+|all\s+)?"
_OF_TOTAL = re.compile(rf"(?:\d[\d,]*|(?i:\b(?:{_WORD_NUM}|none|neither))){_OF_A_WHOLE}$")
_TOTAL_BEFORE = re.compile(r"(?i)\b(?:total|tally|overall|cumulative)\b[^.;]{0,25}$")
_INCLUDING = re.compile(r"(?i)\b(?:including|among them|of them|of whom)\s+$")
_FIRST_WORDS = frozenset(w.split()[0] for w in [*_WORDS, *_VAGUE] if w.split()[0].isalpha()) - {"a", "an"} | {
    "minus",
    "half",
    "sub",
}
_DIGIT_OR_MONEY = re.compile(r"[\d$€£¥₩₹₽₺₪₦]")
_A_BEFORE = frozenset(
    "third quarter fourth fifth sixth eighth tenth half dozen hundred thousand million billion few handful minimum maximum couple".split()
)


# Where a figure can begin. Two patterns, merged as one scan would (``_anchors``): a pattern with a
# branch per word is tried at every character, which costs several times more.
# A sign: a digit not inside a word or number, a currency sign, "~", ">=", a sign before a digit, "R$".
_SIGN_ANCHOR = re.compile(
    rf"[.\d{_VULGAR_CLASS}$€£¥₩₹₽₺₪₦~>≥<≤+−R-](?:(?<=[\d{_VULGAR_CLASS}])(?<![\w.,].)|"
    r"(?<=\.)(?<![\w.,]\.)\d|(?<=R)(?<![A-Za-z]R)\$|(?<=-)(?=\d)"
    r"|(?<=[$€£¥₩₹₽₺₪₦~>≥<≤+−]))"
)
# A word: the first word of a number or vague amount, "a"/"an" before one ("a third", "a few hundred"),
# or a currency code written before its figure ("USD10m", "RM4.20", "HK$450", "US $58", "A$3.5bn").
_FIRST_LETTERS = "".join(sorted({w[0] for w in _FIRST_WORDS} | {"a"}))
_WORD_ANCHOR = re.compile(
    rf"(?=[{_FIRST_LETTERS}A-Z])\b(?:(?=[{_FIRST_LETTERS}{_FIRST_LETTERS.upper()}])"
    rf"(?i:{trie(sorted(_FIRST_WORDS))}|an?(?=\s+{trie(sorted(_A_BEFORE))}(?![A-Za-z]))|(?:{_FOLD_RE})fold)"
    r"|(?![Aa][Nn]?(?![A-Za-z$]))(?:[A-Z]{1,3}|Rs)(?=[$\d]| \$))(?![A-Za-z])"
)
# The same words without the currency codes, which need a digit or "$" after them: for a sentence without any.
_WORD_ANCHOR_WITHOUT_CODES = re.compile(
    rf"(?=[{_FIRST_LETTERS}{_FIRST_LETTERS.upper()}])\b"
    rf"(?i:{trie(sorted(_FIRST_WORDS))}|an?(?=\s+{trie(sorted(_A_BEFORE))}(?![A-Za-z]))|(?:{_FOLD_RE})fold)(?![A-Za-z])"
)
_MOD_BEFORE = re.compile(rf"(?:{_MOD_RE.replace(chr(92) + 's+', ' ')})\s*$", re.IGNORECASE)
# The last words a modifier can end with ("more than", "exceeded"): _MOD_BEFORE, a search that
# tries every position of its window, runs only after one of them (or a sign, "~", ">=", "c.").
_MOD_LAST_WORDS = tuple(
    {
        re.sub(r"\(\?:[^)]*\)\??|\\.\??|[^a-z ]", "", alternative).split()[-1]
        for pattern, _ in _MODIFIERS
        for alternative in re.split(r"\|(?![^(]*\))", pattern)
        if re.search(r"[a-z]{2}", alternative)
    }
)
_OUTCOME_OF_THE_COUNTED = re.compile(
    r"(?i)\s+(?:(?!(?:were|was|are|is|has|have|had|been|be|each|one)\s)[a-z][\w-]*\s+){1,2}?"
    r"(?:who\s+(?:were\s+|have\s+been\s+)?)?"
    r"(?:killed|died|wounded|injured|missing|trapped|dead)\b"  # (a toll: "the three climbers who were rescued" is who)
    r"(?!\s+(?:the|a|an|his|her|their|its|our|off)\b)"  # ("the two leaders killed the deal": a verb)
)
_DEFINITE_WORD = re.compile(r"(?i)\b(?:the|these|those|both|all|which|whose|every|each)\s+$")
_HALF_OF = re.compile(r"(?i)\s+(?:million|billion|trillion|percentage point|point\b)")
_LIST_AND = re.compile(r"(?i)\s*and\b")
_BY_BEFORE = re.compile(r"(?i)\bby\s+$")
_RANGE_CONNECTOR_AND = re.compile(r"(?i)\bbetween\s+$")
# "one" is a count only before what it counts ("one count of fraud", "one of the best"),
# never in "no one", "one another", "one day", "the one who".
_ONE_BEFORE = re.compile(
    r"(?i)\b(?:according\s+to|no|any|every|some|the|this|that|which|each|such|a|another|only|like|same|other|last|next|new|old)\s+$"
)
_ONE_AFTER = re.compile(
    r"(?i)\s+(?:another|day|morning|afternoon|evening|night|by one|way or|thing|after|or (?:two|another)|and only|who|that|"
    r"fewer|less|"  # "played with one fewer man", "one less thing to worry about": a difference of one, no count
    r"which|is|was|has|had|would|will|could|can|'s|’s)\b"
)
# "One official said", "one analyst at the bank told", "one resident, who asked not to be named, said": an
# indefinite source (as "an official"), not a count of officials.
_REPORTING = trie(
    sorted({f for lemma in (*SAYING, *TELLING, *ASSERTING, *ESTIMATING, *CONFIRMING, *WARNING) for f in forms(lemma)})
)
_ONE_SOURCE = re.compile(
    r"(?:\s+(?!(?:he|she|they|we|i|you|it)\b)[a-z][\w’'-]*){1,3}?(?:\s+(?:at|from|with|in|for|of|on)\s+(?:the\s+)?[\w’'&.-]+(?:\s+[A-Z][\w’'&.-]*){0,3})?"
    rf"(?:\s*,[^,.;]{{1,80}},)?\s+(?:{_REPORTING})\b"
)
_ONE_COUNTS = re.compile(r"(?i)\s+(?!of\b)(?:[a-z])(?![\w’'-]*\s+[\w’'-]+\s+\d)(?![\w’'-]*\s+\d)")
# A duration that places the report in time rather than measuring something: "within three months",
# "three decades after", "over the next three years", "in 15 years", "the past two years".
TIME_SPAN = "time span"
RACE_TIME = "race time"
# The measure of a percentage by which something moved, by its direction.
PERCENT_CHANGES = {"up": "percent increase", "down": "percent decrease"}
# The move a percentage is of, named right after it: "a 12% rise", "18 per cent lower", "36% more likely".
_MOVE_AFTER_PERCENT = re.compile(
    r"(?i)\s+(?:(?:annual|yearly|year-on-year|monthly|quarterly|overall|relative)\s+)?(?:"
    r"(?P<up>rise|increase|gain|jump|climb|surge|growth|higher|more\s+likely|greater)"
    r"|(?P<down>fall|drop|decline|decrease|cut|reduction|slump|lower|less\s+likely|smaller))\b(?!-)"
)
# A move by so many percent of what a noun before it names: "a 9.5% pay rise", "a 4% wage increase", "a 12% rent
# hike", "a 6% fare rise", "a 10% price cut"; a pay offer, award, deal or settlement is a rise of pay.
_NAMED_MOVE_AFTER_PERCENT = re.compile(
    r"(?i)\s+(?:(?:annual|yearly|average|basic|headline|real-terms|inflation-busting|across-the-board)\s+)?"
    r"(?P<what>pay|wages?|salary|salaries|rents?|fares?|prices?|tax|taxes)\s+"
    r"(?:(?P<up>rises?|increases?|hikes?|offers?|awards?|deals?|settlements?|uplifts?)|(?P<down>cuts?|reductions?))\b(?!-)"
)
# The same named before "of": "a pay offer of 3.5%", "a rent increase of 12%", "a fare rise of up to 6%".
_NAMED_MOVE_BEFORE_PERCENT = re.compile(
    r"(?i)\b(?:an?|the|its|their|this|that)\s+(?:(?:annual|yearly|average|basic|headline|real-terms|new|improved|"
    r"revised|final|latest)\s+)?(?P<what>pay|wages?|salary|rents?|fares?|prices?|tax)\s+"
    r"(?:(?P<up>rises?|increases?|hikes?|offers?|awards?|deals?|settlements?|uplifts?)|(?P<down>cuts?|reductions?))\s+of\s+"
    r"(?:(?:about|around|nearly|almost|roughly|just|only|up\s+to|at\s+least)\s+)?$"
)
_MOVED_BY_PERCENT = {"wage": "pay", "salary": "pay", "salarie": "pay", "fare": "price", "taxe": "tax"}
# The same named after "in": "a 5.5% uplift in salaries", "a 12% rise in rents", "a 10% cut in fares".
_NAMED_MOVE_IN_AFTER_PERCENT = re.compile(
    r"(?i)\s+(?:(?P<up>rise|increase|hike|uplift|boost)|(?P<down>cut|reduction))\s+in\s+(?:(?:the|their|its|basic|"
    r"average|annual)\s+)?(?P<what>pay|wages?|salary|salaries|rents?|fares?|prices?|tax|taxes)\b"
)
# A risk moved by so many percent: "a 17% lower risk of", "a 30% higher risk", "cut the risk of dementia by 26%",
# "reduced their risk of a stroke by a third" (the figure right after "by").
_RISK_AFTER = re.compile(r"(?i)\s+(?:(?P<up>higher|greater|increased)|lower|smaller|reduced)\s+risk\b")
_RISK_MOVED_BY_BEFORE = re.compile(
    r"(?i)\b(?:(?P<up>rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|doubl(?:e|ed|es|ing))|cut(?:s|ting)?|reduc(?:e|ed|es|ing)|"
    r"lower(?:s|ed|ing)?|halv(?:e|ed|es|ing)|slash(?:ed|es|ing)?)\s+(?:the|their|its|his|her|your|a\s+person's)\s+risk\b"
    r"[^.;%\d]{0,60}?\bby\s+(?:(?:about|around|nearly|almost|some|roughly|up\s+to|more\s+than|just\s+over)\s+)?$"
)
# Things counted by so many percent more or fewer than before, named right after: "7% fewer stabbings", "12% more
# passengers", "40% fewer new homes" (a plural noun, up to two words before it; not "more likely", "less than").
_FEWER_THINGS_AFTER = re.compile(
    r"(?i)\s+(?:(?P<more>more)|fewer|less)\s+(?P<things>(?:(?!(?:than|likely|often|of|in|on|for|to|the|a|an)\b)"
    r"[a-z][a-z-]*\s+){0,2}?(?!(?:than|likely|often)\b)[a-z][a-z-]{2,}(?<![su]s)s)\b"
)
# A sum paid or spent so many percent more or less than before: "are paying 18% more for", "spent 0.6% less in".
_PAID_MORE_BEFORE = re.compile(
    r"(?i)\b(?:(?:pay|pays|paying|paid)|(?P<spent>spend|spends|spending|spent))\s+(?:(?:about|around|nearly|almost|"
    r"some|roughly|an?\s+extra|just|only)\s+)?$"
)
_MORE_FOR_AFTER = re.compile(r"(?i)\s+(?:(?P<more>more)|less)\s+(?:for|on|in|at)\b")
# The measure of how many sources a report names ("two people familiar with the matter said"): not a figure.
SOURCE_COUNT = "sources"
# The measure of how many children a person described as "a mother of three", "father of two" has: who someone is,
# not a figure.
FAMILY = "family"
_PARENT_OF_BEFORE = re.compile(
    r"(?i)\b(?:mother|father|parent|mum|mom|dad|grandmother|grandfather|grandparent|grandmother|grandma|grandpa)s?\s+of\s+$"
)
_OF_NOUN_AFTER = re.compile(r"\s+(?!children\b|kids\b|sons\b|daughters\b|boys\b|girls\b)[a-z]+s\b")
AGES = frozenset({"year of age", "month of age"})
AGE = "age"  # the measure of an age: how old someone is
_WINDOW_BEFORE = re.compile(
    r"(?i)\b(?:within|over|for|in|after|before|during|past|next|last|first|about|nearly|almost|some|than|the|those|these|"
    # ("0.4% from the previous three months": the time a move is set against)
    r"previous|preceding|prior)\s+$"
)
# How long a plant or a service is out of use (an outage) or a place or a line shut (a closure), told right before it:
# "idle for 19 months", "offline for up to six hours", "shut to lorries for 14 months", "closed for six weeks" (not
# "suspended for six matches": a ban).
_OUT_OF_SERVICE_BEFORE = re.compile(
    r"(?i)\b(?P<state>idle|shut|closed|offline|off\s+line|out\s+of\s+(?:action|service|use|commission)|mothballed|"
    r"halted)\s+"
    # (where, between: "was closed between junctions 10 and 11 for nine hours")
    r"(?:(?!(?:but|after|before|when|while|as|because|since|until|which|who|for)\b)[\w’'-]+\s+){0,7}?"
    r"for\s+(?:(?:about|around|nearly|almost|up\s+to|more\s+than|over|at\s+least|another|a\s+further)\s+)?$"
)
# How long a journey takes, told three ways: named ("cut the journey time to 75 minutes"), by "take" and the way
# travelled ("trains will take 48 minutes between the two cities", "should take 52 minutes by tram"), or by what a new
# road or line saves on it ("will shave 25 minutes off the drive", "save 25 minutes on the detour").
_JOURNEY_TIME_BEFORE = re.compile(
    r"(?i)\b(?:journey|travel|commute|commuting|drive|driving|trip)\s+times?\b[^.;\d]{0,30}?\b(?:to|of|at|by)\s+"
    r"(?:(?:just|about|around|under|less\s+than|roughly)\s+)?$"
)
_TAKES_BEFORE = re.compile(
    r"(?i)\b(?:take|takes|took|taking)\s+(?:(?:just|only|about|around|under|less\s+than|roughly|an\s+average\s+of)\s+)?$"
)
_WAY_TRAVELLED_AFTER = re.compile(
    r"(?i)\s+(?:between\b|from\s+[A-Z]|to\s+(?:get|travel)\b|by\s+(?:tram|train|bus|coach|car|road|rail|air|ferry|boat|"
    r"plane|bike|bicycle)\b|door\s+to\s+door\b)"
)
_SAVES_BEFORE = re.compile(
    r"(?i)\b(?:shav|cut|sav|knock|slash|trim)\w*\s+(?:(?:about|around|up\s+to|nearly|almost|roughly|some)\s+)?$"
)
_OFF_A_JOURNEY_AFTER = re.compile(
    r"(?i)\s+(?:off|from|on)\s+(?:the|a|their|its|each|every)?\s*(?:[\w-]+\s+){0,2}?(?:journey|drive|trip|commute|"
    r"detour|flight|route|crossing|travel|run)s?\b"
)


def _is_journey_time(text: str, start: int, end: int) -> bool:
    return bool(
        _JOURNEY_TIME_BEFORE.search(text, max(0, start - 60), start)
        or (_TAKES_BEFORE.search(text, max(0, start - 30), start) and _WAY_TRAVELLED_AFTER.match(text, end))
        or (_SAVES_BEFORE.search(text, max(0, start - 30), start) and _OFF_A_JOURNEY_AFTER.match(text, end))
    )


# A ban told by how long it lasts: "banned from driving for 15 years", "was banned for four years after testing
# positive", "disqualified from driving for 18 months".
_BANNED_FOR_BEFORE = re.compile(
    r"(?i)\b(?:banned|barred|disqualified|suspended)\s+(?:(?P<driving>from\s+driving)\s+|from\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"for\s+(?:(?:a\s+further|another|up\s+to|at\s+least|a\s+total\s+of)\s+)?$"
)
# How long a strike lasts: "walked out for 48 hours", "will strike for three days", "stopped work for a day".
_STRIKE_FOR_BEFORE = re.compile(
    r"(?i)\b(?:walk(?:ed|ing|s)?\s+out|strik(?:e|es|ing)|struck|stop(?:ped|ping|s)?\s+work|down(?:ed|ing)?\s+tools)\s+"
    r"(?:(?:again|once\s+more)\s+)?for\s+(?:(?:a\s+further|another|up\s+to)\s+)?$"
)
# The same told as what the days were of: "staged 14 days of walkouts", "after 10 days of strike action".
_STRIKE_OF_AFTER = re.compile(
    r"(?i)\s+of\s+(?:(?:national|rolling|further|fresh)\s+)?(?:strikes?|strike\s+action|walkouts?|industrial\s+action|"
    r"stoppages?)\b"
)
# What a number of hours was of: "240 hours of unpaid work", "180 hours of community service", "1,573 hours of
# sunshine".
_HOURS_OF_AFTER = re.compile(
    r"(?i)\s+of\s+(?:(?P<sun>(?:bright\s+)?sunshine)|(?:unpaid|community)\s+(?:work|service))\b"
)
# How long it took help to come: "took an average of 38 minutes to reach", "take 12 minutes to respond".
_TOOK_BEFORE = re.compile(
    r"(?i)\b(?:took|take|takes|taking)\s+(?:(?:an?\s+)?(?:average|mean|median)\s+of\s+|(?:about|around|nearly|almost|"
    r"more\s+than|over|up\s+to|just\s+(?:over|under))\s+)?$"
)
_TO_REACH_AFTER = re.compile(r"(?i)\s+to\s+(?:reach|arrive|respond|get\s+to|attend)\b")
# Those whose coming is timed: "Ambulances took", "police take", "fire crews took" (not "The flight took 40 minutes to
# reach cruising altitude").
_RESPONDERS = re.compile(
    r"(?i)\b(?:ambulances?|paramedics|police|officers|firefighters|fire\s+(?:crews|engines|brigades?|services?)|"
    r"responders|emergency\s+(?:services|crews|teams)|rescuers|coastguard)\b"
)
_OPENS_TIME = re.compile(r"(?i)(?:within|over|for|after|during|past|next|last)\b")
_WINDOW_START = re.compile(r"(?i)(?:within|over|for|after|during|past|next|last|nearly|almost|about|some)\b")
_WINDOW_AFTER = re.compile(r"(?i)\s*(?:\w+\s+)?(?:after|ago|later|earlier|before|since|into|of)\b")
_MINUS_BEFORE_MONEY = re.compile(r"(?<![\w.,)%-])[-−]$")  # not "$3-$5", a range
_SIGN_CHANGE = {"-": "down", "−": "down", "+": "up"}
_RATES = frozenset({"percent", "percentage point", "basis point", "point"})
_FOR_BEFORE = re.compile(r"(?i)\bfor\s+$")  # "unemployed for over two years": more than two years
_STOCK_INDEX = re.compile(
    r"(?=[IiSDNFCHKTAM])\b(?:[Ii]ndex|[Ii]ndices|[Ii]ndexes|industrial average|S&P|Dow|Nasdaq|NASDAQ|FTSE|Nikkei|DAX|Dax|CAC|"
    r"Cac(?=\s+40)|Hang Seng|Sensex|Nifty|"
    r"Kospi|KOSPI|TSX|ASX|Stoxx|STOXX|Topix|TOPIX|Shanghai Composite|IBEX|MSCI|TA-\d+)\b"
)
_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:to|at|(?:a\s+)?(?:close|high|low|level)\s+of|(?:closed|ended|finished|end|close|stood|opened)\s+at)\s+$"
)
_DETERMINER_AFTER = re.compile(r"(?i)\s+(?:the|its|their|his|her|our|these|those)(?=\s)")
_WHOLE_FIGURE_AFTER = re.compile(r"\s+\d[\d,.]*(?:\s+(?:million|billion))?(?=\s+[a-z])")
_UP_VERBS = (
    r"rose|rise[sn]?|rising|gained|gains?|gaining|climbed|climbs?|climbing|jumped|jumps?|jumping|increased|increases?|"
    r"grew|grown|grows?|growing|added|adds?|advanced|advances?|surged|surges?|soared|soars?|rallied|rall(?:y|ies)|"
    r"(?:sky)?rocketed|expanded|expands?|expanding|widened|widens?|widening|"
    r"spiked|edged up|ticked up|was up|were up|is up|are up|(?<!make\s)(?<!makes\s)(?<!made\s)(?<!making\s)up|higher|boost(?:ed|s)?|raised|raises?|"
    r"increase of|rise of|gain of|jump of|hike of|improvement of"
)
_DOWN_VERBS = (
    r"fell|fallen|falls?|falling|dropped|drops?|dropping|lost|loses?|losing|slid|slides?|sliding|declined|declines?|"
    r"shrunk|sunk|dived|contracted|contracts?|contracting|narrowed|narrows?|narrowing|"
    r"declining|decreased|decreases?|tumbled|tumbles?|plunged|plunges?|plummeted|plummets?|shed|sheds|"
    r"eased|eases?|dipped|dips?|slipped|slips?|sank|sinks?|slumped|slumps?|retreated|shrank|shrinks?|"
    r"cut|cuts?|down|lower|was down|were down|is down|are down|ended down|closed down|"
    r"drop of|fall of|decline of|decrease of|cut of"
)
_DIRECTION_BEFORE = re.compile(
    rf"(?i)\b(?:(?P<up>{_UP_VERBS})|(?P<down>{_DOWN_VERBS}))\s+(?:by\s+)?(?:an?\s+)?"
    # ("fell by an annual 2.1%", "dropped a record 12%", "rose a seasonally adjusted 0.4%")
    r"(?:(?:annual|annualised|annualized|monthly|quarterly|weekly|year-on-year|record|modest|sharp|steep|"
    r"provisional|seasonally\s+adjusted)\s+)?"
    r"(?:(?:just|only|about|around|roughly|nearly|almost|some|more than|over|another|a further)\s+)?"
    r"(?:(?:an\s+)?average\s+of\s+)?$"  # ("lost an average of 9.4% of their body weight")
)
# The stems of _DIRECTION_BEFORE's words: a cheap test before the pattern runs.
_DIRECTION_STEMS = (
    "ros",
    "ris",
    "gain",
    "climb",
    "jump",
    "increas",
    "grew",
    "grow",
    "add",
    "advanc",
    "surg",
    "soar",
    "rall",
    "spik",
    "edg",
    "tick",
    "up",
    "higher",
    "boost",
    "rais",
    "improv",
    "hike",
    "fell",
    "fall",
    "drop",
    "lost",
    "los",
    "slid",
    "declin",
    "decreas",
    "tumbl",
    "plung",
    "plummet",
    "shed",
    "eas",
    "dip",
    "slip",
    "sank",
    "sink",
    "slump",
    "retreat",
    "shrank",
    "shrink",
    "shrunk",
    "sunk",
    "dived",
    "contract",
    "expand",
    "widen",
    "narrow",
    "rocket",
    "skyrocket",
    "cut",
    "down",
    "lower",
)
_CHANGE_WORDS = re.compile(
    rf"(?i)\b(?:{_UP_VERBS}|{_DOWN_VERBS}|went|go(?:es)?|going|changed?|mov(?:ed|es|ing)|slow\w*|revised|raise\w*|"
    r"lower\w*|reduc\w+|expand\w*|widen\w*|narrow\w*|boost\w*|dropping|ris\w+|fall\w*|grow\w*)\b"
)
_NON_SPACE = re.compile(r"\S+")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_NUMBER_ONLY = re.compile(r"[\d,.]+")
_BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+(?:the\s+ages\s+of\s+)?$")  # "between the ages of 5 and 11"
_UP_TO = re.compile(r"(?i)up\s+to\s+")
_FROM_TO_GAP = re.compile(r"(?i)^(?:\s+(?:[^\s;,]+)){0,6}?\s+to\s+$")
# (also as the head of a longer phrase: "the company's job cuts", "this year's layoffs")
_JOBS_LOST = re.compile(r"(?i)(?:.*\s)?(?:(?:job|staff)\s+(?:cuts|losses)|layoffs|lay-offs|redundancies)")
# "rose to 5.1% from 4.8%", "eased to 2.4% in September from 2.9%": the new value first, the old one after.
_EARLIER_AFTER = re.compile(r"(?i)\s*,?\s*(?:previously|before|earlier)\b")
_TO_BEFORE = re.compile(r"(?i)\bto\s+$")
_TO_FROM_GAP = re.compile(r"(?i)(?:\s+[^\s;,.\d]+){0,4}?\s+from\s+$")
_AGE_AFTER = re.compile(r"(?i)(?:[\s-]*(?:years?|yrs?)[\s-]*olds?|-year-olds?|\s*years?\s+of\s+age)\b")
_MONTH_AGE_AFTER = re.compile(r"(?i)[\s-]*months?[\s-]*olds?\b")
_AGE_TAIL = re.compile(r"(?i)[\s-]*olds?\b|\s+of\s+age\b")  # after "34-year", "34 years": the rest of the age
_AGE_RULE_BEFORE = re.compile(
    r"(?i)\b(?:retirement|pension|pensionable|voting|drinking|marriage|school-leaving)\s+age\s+(?:\w+\s+)?$"
)
# "aged 44", "at the age of 62", "aged between 18 and 24"
_AGED_BEFORE = re.compile(r"(?i)\b(?:aged|age|ages)(?:\s+of)?\s+(?:between\s+)?$")
_AGED_LIST_BEFORE = re.compile(
    r"(?i)\b(?:aged|ages)\s+\d{1,3}(?:\s*,\s*\d{1,3})*(?:\s*,)?\s+(?:and|or|to)?\s*$|(?i:\baged\s+\d{1,3}(?:\s*,\s*\d{1,3})*\s*,\s*)$"
)
_OLDER_YOUNGER = re.compile(r"(?i)(?:over|under|above|below|older than|younger than)\s")
# People said to be under or over a bare number, the clause ending there: their age.
_UNDER_OVER = re.compile(r"(?i)(?:under|over)\s")
_PEOPLE_WERE_BEFORE = re.compile(
    r"(?i)\b(?:those|who|victims|dead|died|killed|children|patients|people|passengers|residents|suspects|arrested|"
    r"[a-z]+ers)\b[^.;:]{0,40}?\b(?:were|are)\s+(?:all\s+|mostly\s+|mainly\s+)?$"
)
_AGE_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;)]|and\b|or\b|$)")
_PEOPLE_BEFORE = re.compile(
    r"(?i)\b(?:people|persons|adults|men|women|those|anyone|everyone|patients|residents|voters|workers|drivers|"
    r"children|kids|babies|infants|toddlers|boys|girls|teenagers|teens|youngsters|pupils|students|pensioners|seniors)\s+$"
)
# "Maddon, 66, has", and a person named by a common noun: "a woman, 81, was", "the driver, 34, and"
_APPOSITIVE_AGE = re.compile(
    r"(?:[A-Z][\w’'.-]+|\b(?i:a|an|the|his|her|their)\s+(?:[a-z-]+\s+)?(?:man|woman|boy|girl|teenager|mother|father|"
    r"son|daughter|wife|husband|grandmother|grandfather|widow|pensioner|driver|motorist|cyclist|pedestrian|"
    r"passenger|victim|suspect|resident|student|teacher|nurse|doctor|officer|soldier|worker|farmer|owner|"
    r"defendant|gunman|attacker|climber|hiker|swimmer|fisherman|tourist|neighbour|neighbor|patient|actress|actor|"
    r"singer|rapper|star|player|footballer|athlete|partner|boyfriend|girlfriend|fiancée?|brother|sister|uncle|aunt|"
    r"cousin|grandson|granddaughter|toddler|baby|child|youngster|veteran|pilot|firefighter|teen|mum|mom|dad))\s*,\s+$"
)
# ("Ivanka, 34; Eric, 32; and Tiffany, 22"; "her partner Julien Jarmoune, 34.")
_APPOSITIVE_AGE_AFTER = re.compile(r"\s*(?:[,;]\s|\.(?:\s|$))")
# '"We lost everything," said Tomas Reyes, 58.': the speaker's age, ending the sentence.
_SPEAKER_AGE = re.compile(
    r"\b(?:said|says|added|asked|recalled|explained)\s+(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'.-]+\s*,\s+$"
)
_SENTENCE_ENDS = re.compile(r"\s*\.(?:\s|$)")
_LIFE_EXPECTANCY_BEFORE = re.compile(r"(?i)\blife\s+expectancy\b[^.;\d]{0,50}$")
_SENTENCE_AGE = re.compile(r"(?i)\b(?:will be|turns?|turned|turning)\s+$")
_AGE_ENDS = re.compile(r"\s*(?:[.,;]|$|\s+(?:on|in|by|this|next|last|years?\b))")
# "4.3M digital and physical sales": modifiers joined by "and"/"or" before a plural noun
_PLURAL_AFTER_COORDINATION = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:and|or)\s+(?:[a-z-]+\s+){0,2}[a-z-]{3,}s\b")
# A bare number compared with or listed beside a figure shares its unit: "3.9 million headsets, up from
# 2.4 million", "460 vehicles, compared with 63", "eight or nine euros".
_SHARES_UNIT_BEFORE = re.compile(
    r"(?i)(?:\b(?:from|than|with|versus|vs\.?|and|plus|(?:and\s+)?(?:another|a\s+further|an\s+additional)|"
    r"(?:an|the|a\s+[\w-]+)\s+average\s+of)\s+"
    r"|\bfrom\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:peak|high|low|record|level|total)\s+of\s+"
    # "6.8 billion euros, compared with a previous forecast of 7.5 billion": the earlier value of the same sum
    r"|\b(?:with|from|than|against)\s+(?:a|an|the|its|their)\s+(?:previous|earlier|prior|initial|original|old)\s+"
    r"(?:forecast|estimate|target|guidance|outlook|projection|figure|offer|bid|price)\s+of\s+)$"
)  # "22 burglaries last week, against an average of 20 per week", "a five-year average of 7.6", "down from a peak of 2.3 million"
_SHARES_UNIT_AFTER = re.compile(
    r"\s*(?:[,.;)]|$|\s+(?:in|on|at|during|last|this|a|an|the|who|that|which|by|for|earlier|before|ago|"
    r"more(?!\s+than)|others?|per|a\s+(?:day|week|month|year))\b"
    # "up from nine two weeks ago": the time before it, as a number of days, weeks, years
    r"|\s+(?:\d+|"
    + "|".join(sorted(CARDINAL_WORDS))
    + r")\s+(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:ago|earlier|before)\b"
    r"|\s+[a-z]{3,}ed\b(?!\s+(?:by|to|from|in|on|at|with|that)\b)"  # "3,400 homes damaged and 46 destroyed"
    # "up from 21 reported on Monday": the earlier report of the same count
    r"|\s+(?:reported|recorded|registered|counted|confirmed|announced|given)\s+(?:on|in|last|earlier|a|the)\b)"
)
# An earlier or other telling of the same count set against it, after a comma: "about 5,100 positions, more than the
# roughly 4,800 it announced last month", "would reach about 6,000, well above the 4,800 the firm announced", "40
# people were arrested, not 25 as first reported", "cut 900 jobs, fewer than the 1,200 the union feared".
_SET_AGAINST_GAP = re.compile(
    r"(?i)[^,;:.\d]{0,60},\s*(?:(?:well|far|much|slightly|just|some|nearly|almost)\s+)?"
    r"(?:(?:more|fewer|less|higher|lower|greater|smaller|bigger)\s+than|above|below|over|under|not|instead\s+of|"
    r"rather\s+than)\s+(?:(?:the|its|their|his|her|an?)\s+)?(?:(?:earlier|previous|initial|original|first)\s+)?"
)
# (the telling's verb from the cue lexicon, as ``_REPORTING``'s; and what was thought or given)
_TOLD_OR_THOUGHT = rf"(?:{_REPORTING}|feared|believed|thought|gave)"
_SET_AGAINST_AFTER = re.compile(
    r"(?i)\s+(?:(?:it|they|he|she|we|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:had\s+|has\s+|have\s+|first\s+|initially\s+|"
    rf"earlier\s+|previously\s+)*{_TOLD_OR_THOUGHT}|as\s+(?:first\s+|initially\s+|previously\s+|earlier\s+)?"
    rf"{_TOLD_OR_THOUGHT})\b"
)
# "Of the 300 passengers on board, 12 were injured": the part counts what the whole counts.
_WHOLE_BEFORE = re.compile(r"(?i)\b(?:of|out\s+of)\s+(?:the|those|these|its|their)\s+$")
_PART_GAP = re.compile(r"[^,;:.\d]{0,40},\s*")
_TO_GAP = re.compile(r"\s+to\s+")
_OR_NEXT = re.compile(r"\s+or\s+")
_TOTAL_TO = re.compile(
    r"(?i)\b(?:bringing|raising|taking|pushing|lifting)\s+(?:the|its|their|his|her)\s+(?:\w+\s+)?(?:total|tally|count|number)"
    # "bringing the total expelled this month to 15": what was done, and when, between the total and its value
    r"(?:\s+[a-z]{3,}(?:ed|en)(?:\s+(?:this|last|so|since|in|during)\s+[a-z]+)?)?"
    r"(?:\s+(?:for|of|from|in|since|across|over)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?"  # "the total for the two strikes"
    r"\s+to\s+$"
)
# "bringing the number of people killed when a bus left the road near Yauri on Tuesday to 21": the new total of a
# count named with what happened to them, however long the clause on them before "to".
NUMBER_BROUGHT_TO = (
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed)\s+"
    r"(?:[\w'’-]+\s+){0,6}?(?:total|toll|tally|number|count)\b[^.;]{0,100}?\bto\s+"
)
# "The number of oiled ducks taken to shelters has risen to 410", "brings the number of geese culled or due to
# be culled to about 40,000": the figure counts what "the number of" names.
_NUMBER_OF = re.compile(
    r"(?i)\b(?:the|its|their|his|her|our|this|that)\s+(?:(?:total|overall|official|new|final|combined)\s+)?"
    r"(?:number|count|tally)\s+of(?=\s)"
)
_NO_COUNTED_THING = frozenset({"time", "way", "thing", "other"})
_NUMBER_IS = re.compile(
    r"(?i)\b(?:to|at|reached|hit|hits|passed|past|above|topped|crossed|exceeded|surpassed|is|was|are|were|stood\s+at|"
    r"stands\s+at)\s+$"
)
_OR_RESTATES = re.compile(r"(?:\s+[a-z][\w’'-]*){0,2},?\s+or\s+")
_RAISED = re.compile(r"(?i)\brais(?:e|es|ed|ing)\s+(?:an?\s+)?$")  # "raised $13.6M", "raised a $25M round"
_PRICE_BEFORE = re.compile(
    r"(?i)\b(?:costs?|costing|priced\s+at|paid|pays?|paying|worth|fined|charged?|charges|earns?|earned|earning|"
    r"(?:sold|selling|bought|buying)\s+for|spent|spends?|salary\s+of|fee\s+of)\s+$"
)
_OF_NEXT = re.compile(r"\s+\w+\s+of\b")  # "paid 40 pounds of sugar": weight, not money
_SCALE_WORD_ENDS = ("thousand", "million", "billion", "trillion", "bn", "mn", "mln", "tn", "k", "m", "b")
_COUNTED_NEXT = re.compile(r"\s+(?:of\b|(?:[A-Za-z][\w’'-]*\s+){0,3}?[A-Za-z][\w’'-]*s\b)")


_SEPARATOR = re.compile(r"[,\u00a0\u2009\u202f ]")
_SPACES = re.compile(r"\s+")


def _to_float(text: str) -> float:
    mixed = _MIXED_RE.fullmatch(text)
    if mixed is None:
        return float(_SEPARATOR.sub("", text))
    part = _VULGAR[mixed["vulgar"]] if mixed["vulgar"] else int(mixed["over"]) / int(mixed["under"])
    return round(int(mixed["whole"] or 0) + part, 6)


def _scaled(value: float, factor: float) -> float:
    """4.1 million is 4,100,000, not 4,099,999.9999999995."""
    return round(value * factor, 6)


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    for s, e in spans:
        s, e = max(0, s), min(len(text), e)
        if s < e:
            text = text[:s] + " " * (e - s) + text[e:]
    return text


def _bounds(change: str, value: float) -> tuple[float | None, float | None]:
    """What the words allow: a bound opens one side; an exact or approximate figure is itself."""
    if change == ">":
        return value, None
    if change == "<":
        return None, value
    return value, value


def compared_figure(q: Quantity, tolerance: float = 0.1) -> tuple[float | None, float | None, float | None]:
    """``(value, low, high)`` for comparing figures across reports: an approximate figure
    ("about 6,000") may lie within ``tolerance`` of what it states, "nearly 90" just below it.
    Only a comparison uses this; what is stored and shown is what the text says."""
    if q.change != "~" or q.value is None:
        return q.value, q.low, q.high
    # ("about 444,000" is written to the thousand: it lies within a few thousand of it, not anywhere within 10%;
    # "about 4,000" may be 3,700)
    reach = min(tolerance * abs(q.value), max(2 * written_step(q.value), 0.01 * abs(q.value)))
    low = q.value - reach
    high = q.value if _NEAR.match(q.text) else q.value + reach
    return q.value, min(low, high), max(low, high)


def written_step(value: float) -> float:
    """How finely a number is written: 80,000 to the ten thousand, 78,000 to the thousand, 8.4 billion to
    the hundred million, 96 to the one, 3.75 to the hundredth."""
    step = 1.0
    magnitude = abs(value)
    if magnitude == 0:
        return step
    while magnitude % (step * 10) == 0 and step < 1e15:
        step *= 10
    while step > 1e-6 and abs(magnitude / step - round(magnitude / step)) > 1e-6:
        step /= 10
    return step


class _Draft(Quantity):
    """A figure being read: its stages (``_complete``, ``_measure``, ``_share_unit`` ...) refine it in place,
    each reading what the earlier ones set; ``find_quantities`` returns it frozen (``frozen``). Private to
    this module: no draft leaves it."""

    __slots__ = ()
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    measure: str | None
    start: int
    end: int
    vague: bool
    change: str
    from_value: float | None
    counted: str | None
    counted_lemma: str | None
    pair: list[float] | None
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__

    def frozen(self, offset: int) -> Quantity:
        """The figure as a ``Quantity``, its offsets moved by ``offset`` (into the article body)."""
        return Quantity(
            self.text,
            self.value,
            self.low,
            self.high,
            self.unit,
            self.measure,
            self.start + offset,
            self.end + offset,
            self.vague,
            self.change,
            self.from_value,
            self.counted,
            self.counted_lemma,
            self.pair,
        )


def _token_end(text: str, end: int) -> int:
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return end


# The verb of an average right before a figure ("he averaged 7.3 points", "prices averaging $2.11"): the figure is
# approximate, a mean of many (NewsQuant's convention; "an average of 1,500" is a figure as stated).
_AVERAGED_BEFORE = re.compile(r"(?i)\baverag(?:ed|es|ing)\s+$")


def find_quantities(
    text: str, offset: int, dates: list[DateMention], name_spans: Sequence[tuple[int, int]] = ()
) -> list[Quantity]:
    """Quantities in the sentence ``text`` (body offsets = ``offset`` + local)."""
    nth = _nth_death(text, offset) if _DIED_WORD.search(text) else []
    if not (_DIGIT_OR_MONEY.search(text) or _SIGN_ANCHOR.search(text) or _WORD_ANCHOR_WITHOUT_CODES.search(text)):
        return nth  # cheap test first: most sentences hold no figure at all (no anchor, as _anchors finds them)
    # "USD10m", "PS2.7m" are money, not names
    names = [
        (s, _token_end(text, e))  # (a name cut inside its token, "H5N" of "H5N1", takes the token's rest)
        for s, e in name_spans
        if not (_GLUED_AMOUNT.match(text, s) or _TRANSLITERATED_SIGN.match(text, s) or _RAND.match(text, s))
    ]
    masked = _mask(text, [_date_span(d, text) for d in dates] + names)
    eras = [m.span() for m in _ERA_YEARS.finditer(masked)] if _ERA_WORD.search(masked) else []
    race_times = _race_times(masked, text) if ":" in masked else []
    if race_times:
        masked = _mask(masked, [(q.start, q.end) for q, _ in race_times])
    masked = _mask_identifiers(_mask(_as_signs(masked), eras))
    found: list[tuple[_Draft, int]] = []
    for m in _matches(masked, _anchors(masked)):
        quantity = _build(m, text)
        if quantity is None:
            continue
        number_end = _complete(quantity, text, m)
        _lying_under(quantity, text)
        if quantity.change == "=" and _AVERAGED_BEFORE.search(text, max(0, quantity.start - 16), quantity.start):
            quantity.change = "~"  # "averaged 7.3 points", "averaging 15.9 degrees": about that, a mean of many
        found.append((quantity, number_end))
    found = _split_of_shares(found, text)
    found = _join_ranges(found, text)
    if race_times:
        found = sorted([*found, *race_times], key=lambda f: f[0].start)
    found = _one_in(found, text, masked)
    found = _fraction_of_a_scale(found, text)
    quantities = [q for q, _ in found]
    for i, (quantity, number_end) in enumerate(found):
        _measure(quantity, text, number_end, quantities[:i])
        if (
            quantity.unit in _RACED_IN
            and _RACED_BEFORE.search(text, max(0, quantity.start - 60), quantity.start)
            and not _PART_OF_A_TIME_AFTER.match(text, quantity.end)
        ):
            # "clocked 10.84 seconds", "won the 100m in 9.91 seconds"; a time told in several units keeps each
            # part a figure of its own, as news datasets write them ("2 hours, 19 minutes and 4 seconds"), none a
            # race time
            quantity.measure = RACE_TIME
    if _PER_POPULATION_WORD.search(text):
        quantities = _per_population(quantities, text)
    for i, quantity in enumerate(quantities):
        # (a time span or an age between two figures is no item of their list: "400 people out of work
        # for two years and 900 who ...")
        listed = next((q for q in reversed(quantities[:i]) if is_figure(q)), None)
        _share_unit(quantity, listed, quantities[i + 1] if i + 1 < len(quantities) else None, text)
    for before, quantity in pairwise(quantities):
        _restated_change(quantity, before, text)
        _carried_change(quantity, before, text)
        _points_of_a_percentage(before, quantity, text)
        _level_after_a_change(before, quantity, text)
    for quantity in quantities:
        _passed_level(quantity, text)
    for before, quantity in pairwise(quantities):
        _change_to_a_named_sum(before, quantity, text)
    if any(q.unit == "point" for q in quantities) and any(q.unit == "percent" for q in quantities):
        for quantity in quantities:
            _points_between_shares(quantity, text)
    if quantities and _STOCK_INDEX.search(text):
        for quantity in quantities:
            _index_level(quantity, text)
    for quantity in quantities:
        if quantity.unit == "milliampere-hour" and quantity.measure in (None, quantity.unit):
            quantity.measure = "battery capacity"  # "a 5,000mAh battery": milliampere-hours measure only batteries
        _unit_measure(quantity)
        _named_measure(quantity, text)
        _amount_measure(quantity, text)
        _area_burned(quantity, text)
        _reservoir_level(quantity, text)
        _treated_for_injuries(quantity, text)
    if _ECONOMY_WORD.search(text):
        _economic_growth(quantities, text)
    for i, quantity in enumerate(quantities):
        _lead_in_points(quantity, quantities[i - 1] if i else None, text)
    for part, whole in pairwise(quantities):
        _part_befallen_as_its_whole_says(part, whole, text)
    for before, quantity in pairwise(quantities):
        if (
            quantity.measure == quantity.unit in MEASURED_IN
            and before.unit in MEASURED_IN
            and before.measure not in (None, before.unit)
            and _CONVERSION_GAP.fullmatch(text, before.end, quantity.start)
        ):
            quantity.measure = before.measure  # "a depth of 10 km (6 miles)": both are the depth
    for before, quantity in pairwise(quantities):
        _points_moved_with_a_rate(before, quantity, text)
    if _PER_TIME_WORD.search(text):
        for quantity in quantities:
            _per_time(quantity, text)
    for quantity in quantities:
        if quantity.measure == "share" and quantity.unit == "percent" and quantity.change in PERCENT_CHANGES:
            quantity.measure = PERCENT_CHANGES[quantity.change]  # a move read from the figure before ("or 0.6%")
        _family_named_by_its_noun(quantity)
    frozen = [quantity.frozen(offset) for quantity in quantities]
    if nth:
        frozen = sorted(
            frozen + [q for q in nth if not any(f.start < q.end and q.start < f.end for f in frozen)],
            key=lambda q: q.start,
        )
    return frozen


_PART_OF_THE_WHOLE = re.compile(_OF_A_WHOLE)  # ("241 of the 242 people on board had died")
# The whole's own verb, a few words after it: "of the 242 people on board had died", "of the 12 crew were rescued"
# (not a participle of the whole, "55 of the 67 people killed ... have been identified": the 55 were identified).
_FINITE_FATE = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:(?:had|have|has|were|was|are|is|remain(?:s|ed)?)\s+(?:still\s+|been\s+|now\s+)*"
    r"(?!been\b)[a-z]+|died|drowned)\b(?![^.;]*\b(?:have|has|had|were|was)\s+been\b)"
)
# What befalls people, read after a whole ("of the 242 people on board had died"): the part's fate too.
# (not "evacuated": "7 of the 11 villages ... had been evacuated" counts villages, told as they are)
_FATES = frozenset("killed wounded missing trapped rescued arrested detained hospitalised injured".split())


def _part_befallen_as_its_whole_says(part: _Draft, whole: _Draft, text: str) -> None:
    """ "241 of the 242 people on board had died": the verb after the whole tells what befell the part (the whole is
    those aboard, read as the outcome's total); the part alone reads as no more than people."""
    fate = (whole.measure or "").removesuffix(" total")
    if (
        fate in _FATES
        and whole.measure != fate
        and part.measure in (None, "people")
        and _PART_OF_THE_WHOLE.fullmatch(text, part.end, whole.start)
        and _FINITE_FATE.match(text, whole.end)
    ):
        part.measure = fate


# The toll a death told by its rank gives: "A fifth person has died after Monday's shooting", "a third patient died
# on Sunday" (that many dead in all; not "the second man to die in a week", a rank among others).
_ORDINALS = {
    word: rank
    for rank, word in enumerate(
        "second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
        "sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        start=2,
    )
}
_DIED_WORD = re.compile(r"\b(?:died|dies|killed|succumbed)\b")
_NTH_DEATH = re.compile(
    r"\b[Aa]\s+(?P<rank>" + "|".join(_ORDINALS) + r")\s+(?P<noun>person|victim|patient|man|woman|child|boy|girl|"
    r"worker|miner|passenger|firefighter|soldier|officer|student|resident|climber|tourist|pilgrim)\s+"
    r"(?:has\s+|had\s+|was\s+|has\s+been\s+|had\s+been\s+)?(?:died|dies|been\s+killed|killed|succumbed)\b"
)


def _nth_death(text: str, offset: int) -> list[Quantity]:
    """The tolls deaths told by their rank give (``_NTH_DEATH``), as people killed."""
    found = []
    for m in _NTH_DEATH.finditer(text):
        rank = float(_ORDINALS[m["rank"]])
        found.append(
            Quantity(
                text=m["rank"],
                value=rank,
                low=rank,
                high=rank,
                unit="people",
                measure="killed",
                start=offset + m.start("rank"),
                end=offset + m.end("rank"),
                counted=m["noun"],
                counted_lemma=m["noun"],
            )
        )
    return found


# A lead told in points, and how news names what one side leads by: in a poll (a poll's words in the sentence,
# ``_POLL_WORDS`` below), else in a table or a race ("Arsenal's lead at the top is five points").
_LEAD_NOUNS = frozenset("lead margin advantage edge".split())
_LEAD_AFTER = re.compile(
    r"(?i)\s+(?:point\s+)?(?:lead|advantage|edge)\b|\s+(?:ahead|clear|behind)\s+(?:of\s+|at\s+|in\s+)?(?:the|his|her|their|its|[A-Z])"
)
# The gap a side is behind by ("trailing by 3 points", "trails by six"), the other side's lead.
_GAP_TOLD_BEFORE = re.compile(r"(?i)\b(?:trail(?:s|ed|ing)?|behind)\s+(?:by\s+)?(?:just\s+|only\s+|about\s+)?$")
_MARGIN_OF_ERROR_BEFORE = re.compile(
    r"(?i)\bmargin\s+of\s+error\s+(?:of|is|was|at)\s+(?:(?:plus\s+or\s+minus|\+/-|about|around)\s+)?$"
)


def _lead_in_points(q: _Draft, previous: _Draft | None, text: str) -> None:
    """ "poll lead" (or "lead") for a figure in points that the subject of its verb, or the noun after it, names a
    lead: "Labour's lead narrowed to 6 points from 11, the poll found", "a 9-point lead"; the figure it moved from
    ("from 11") is of the same lead."""
    if (
        q.measure not in _POINT_MOVE_FAMILIES
        or q.unit not in ("point", "percentage point")
        or q.change in ("up", "down")
    ):
        return
    if _MARGIN_OF_ERROR_BEFORE.search(text, max(0, q.start - 40), q.start):
        q.measure = "margin of error"  # "a margin of error of 3 points": no lead, however the poll reads
        return
    if _GAP_TOLD_BEFORE.search(text, max(0, q.start - 20), q.start):
        q.measure = "poll lead" if _POLL_WORDS.search(text) else "lead"  # "trailing by 3 points": the rival's lead
        return
    subject = property_of(text, q.start)
    head = (
        re.split(r"\s+(?:of|in|at|over|from|for|on|among|to)\s+", subject, maxsplit=1)[0].split()[-1] if subject else ""
    )
    named = head.lower() in _LEAD_NOUNS or _LEAD_AFTER.match(text, q.end) is not None
    if not named and previous is not None and previous.measure in ("poll lead", "lead"):
        named = _LEVEL_AFTER_FIGURE.fullmatch(text, previous.end, q.start) is not None
    if named:
        q.measure = "poll lead" if _POLL_WORDS.search(text) else "lead"


# Between a sum's change and the level it moved to: a few words of the same clause and "to" ("fell by $2.3 billion in
# the week to Friday to $61.7 billion", "rose 2.1 cents to 41.3 cents a litre").
_CHANGE_TO_LEVEL = re.compile(
    r"(?i)(?:[\s,]+(?!(?:and|but|while|whereas|or|which|who|as|after|from)\b)[\w’'-]+){0,5}?\s+to\s+(?:an?\s+|the\s+)?"
    r"(?:(?:record|new|about|around|some|nearly|almost|roughly)\s+)*"
)


def _change_to_a_named_sum(change: _Draft, level: _Draft, text: str) -> None:
    """A sum by which something moved to a named sum in the same currency is of the level's family: "reserves fell by
    $2.3 billion to $61.7 billion" (reserves), "milk prices rose 2.1 cents to 41.3 cents a litre" (price), "bills
    will rise by £31 a year to £503" (price: a sum per year named by nothing but its period)."""
    if (
        change.measure in ("amount", "payment per period", "payment per month")
        and change.change in ("up", "down")
        and change.unit
        and level.unit
        and level.measure not in (None, "amount")
        and level.change not in ("up", "down")
        and change.unit.partition(" per ")[0] == level.unit.partition(" per ")[0]
        and _CHANGE_TO_LEVEL.fullmatch(text, change.end, level.start)
    ):
        change.measure = level.measure


# A figure measured only by its unit measures in that unit written one way ("85mm", "85 millimetres": millimetre;
# "12 km", "12 kilometres": kilometre): the unit word as written ("km", "kilometers") was its measure, which another
# spelling of the same unit never shared. (Never one unit for another: a comparison reads no conversion, and
# "20 km" against "12 miles" would conflict.)
MEASURED_IN = (
    frozenset(UNIT_NAMES)
    - DURATIONS
    - {
        "percent",
        "percentage point",
        "basis point",
        "point",
        "times",
        "celsius",
        "fahrenheit",
        "degree",
        "cent",
        "penny",
        "sen",
        "microsecond",
        "nanosecond",
    }
)


# Masses measured by their unit, however written ("1,200 kg", "1.2 tonnes", "about 1,200 metric tons", "500 tons of
# steel"): as "1,200 tonnes" always was (its unit word read as its measure), each mass unit is one measure, metric
# tons the tonne. (Not milligrams or micrograms: a dose or a concentration, no amount of a thing.)
_MASSES = frozenset({"tonne", "ton", "kilogram", "gram", "pound", "ounce"})
# A grid's or a plant's power and energy likewise ("a record 88,500 megawatts", "310 terawatt hours"); not watts or
# kilowatts, a device's ("a 65W charger").
_GRID_UNITS = frozenset({"megawatt", "gigawatt", "megawatt hour", "gigawatt hour", "terawatt hour"})
# What a grid's power or energy is of, named before it: "peak demand hit a record 88,500 megawatts", "output
# reached 4.1 gigawatts", "a generating capacity of 1.6 gigawatts".
_POWER_NOUNS = frozenset("demand generation output consumption load production capacity".split())
_POWER_NOUN_BEFORE = re.compile(
    r"(?i)\b(?P<noun>demand|generation|output|consumption|load|production|capacity)\s+(?:has\s+|had\s+)?"
    r"(?:hit|reached|rose\s+to|climbed\s+to|jumped\s+to|peaked\s+at|topped|surpassed|exceeded|was|is|stood\s+at|"
    r"fell\s+to|dropped\s+to|came\s+in\s+at)\s+"
    r"(?:(?:a\s+)?(?:new\s+)?(?:all-time\s+)?(?:record|peak)(?:\s+high)?(?:\s+of)?\s+|about\s+|around\s+|nearly\s+|"
    r"almost\s+|some\s+|more\s+than\s+|over\s+)?$"
)


# A grid's power or energy told by the verb that made it: "wind farms generated a record 21.3 GW" (not "supplied":
# a line or a link carries what others made).
_GENERATED_BEFORE = re.compile(
    r"(?i)\b(?:generat(?:ed|es|e|ing)|produc(?:ed|es|e|ing))\s+"
    r"(?:(?:a\s+(?:new\s+)?record(?:\s+high)?(?:\s+of)?|an?\s+(?:average|estimated|total)\s+of|about|around|some|nearly|"
    r"almost|roughly|more\s+than|over|just)\s+)*$"
)


def _unit_measure(q: _Draft) -> None:
    if q.pair or not q.unit or q.unit.partition(" per ")[0] not in MEASURED_IN:
        return
    if (q.measure is not None and q.measure != q.unit and is_unit_word(q.measure)) or (
        q.measure is None and (q.unit in _MASSES or q.unit in _GRID_UNITS)
    ):
        q.measure = q.unit


# What a length, a speed or a weight measures when the words name it: the dimension a size word after it gives
# ("57km long": length, "5m deep": depth, "a crater 8 metres across": width), a size the figure is said of ("at a
# depth of 18km": depth, "its driving range of 300 miles": driving range), or what a speed is of ("winds of 130
# mph": winds, "gusts above 160 mph": gusts). Otherwise the unit stays the measure (a comparison keys such a
# measure by its unit too: "a depth of 10 km (6 miles)" gives two depths, never a dispute of 10 against 6).
_SIZE_AFTER = re.compile(
    r"(?i)\s*-?\s*(?P<size>long|deep|high|tall|wide|thick|across|away|in\s+(?:length|depth|height|width|diameter))\b"
)
_SIZE_NOUNS = frozenset(
    """
    depth height length width distance range altitude elevation thickness diameter radius area size weight mass
    volume capacity rainfall snowfall precipitation speed speeds
    """.split()
)
_DIMENSIONS = {
    "speed": "speed",
    "speeds": "speed",
    "depth": "depth",
    "height": "height",
    "length": "length",
    "width": "width",
    "distance": "distance",
    "altitude": "altitude",
    "elevation": "elevation",
    "diameter": "diameter",
}
_SPEEDS = frozenset({"mile per hour", "kilometre per hour", "metre per second", "kilometre per second", "knot"})
_LIMIT_AFTER = re.compile(r"(?i)\s*-?\s*(?:speed\s+)?(?:limits?|zones?)\b")
# A body of water whose height news reports by a length, and the verbs of its level ("The lake fell to 78 feet").
_WATERS = {
    w: w.rstrip("s") for w in "lake lakes reservoir reservoirs river rivers dam canal loch water waters sea".split()
} | {"waters": "water"}
_WATER_LEVEL_UNITS = frozenset({"foot", "metre", "centimetre", "inch"})
_LEVEL_VERB_BEFORE = re.compile(
    r"(?i)\b(?:rose|risen|rises|fell|fallen|falls|dropped|drops|peaked|peaks|stood|stands|reached|hit|sank|sunk|dipped|"
    r"climbed|receded|swelled|was|is|at)\s+(?:(?:to|at|by|about|around|nearly|almost|just|only|a\s+record)\s+)*$"
)
_WINDS = frozenset("wind winds gust gusts windspeed windspeeds".split())
# The speed a wind's word names: "winds of 130 mph" measure a wind speed, "gusts of 160 km/h" a gust speed (one
# report's gusts are never its sustained winds).
_WIND_SPEEDS = {"gust": "gust speed", "gusts": "gust speed"}
# Rain or snow measured by the depth that fell, named right after its figure: "212mm of rain", "40cm of fresh snow".
_FALLEN_IN = frozenset({"millimetre", "centimetre", "inch"})
_FALLEN_AFTER = re.compile(
    r"(?i)\s+of\s+(?:(?:heavy|torrential|fresh|new)\s+)?(?P<what>rain|rainfall|snow|snowfall)\b"
    r"(?!\s+(?:water|melt|cover|drift))"
)
# A wind measured by its speed, named right after it: "140mph winds", "100km/h gusts", "sustained winds".
_WINDS_AFTER = re.compile(r"(?i)\s*-?\s*(?P<what>winds|gusts)\b")


_REACHES_BEFORE = re.compile(
    r"(?i)\b(?:(?:can|could|will|able\s+to|designed\s+to)\s+(?:reach|hit|do|manage)|reach(?:es)?|capable\s+of(?:\s+reaching)?|"
    r"tops?\s+out\s+at)\s+(?:(?:about|around|up\s+to|nearly|almost|more\s+than|over|speeds\s+of)\s+)*$"
)
_WEIGHS_BEFORE = re.compile(
    r"(?i)\bweigh(?:s|ed|ing)?\s+(?:in\s+at\s+)?(?:(?:just|only|about|around|roughly|nearly|almost|some|more\s+than|"
    r"less\s+than|over|under|up\s+to)\s+)?$"
)


# Where a length is measured to or from, named around it: a distance from a place ("72km north of the capital",
# "within 320,000km of Earth", "120 nautical miles off the coast"), a depth ("trapped 380 metres underground"), an
# altitude ("an orbit 550 km above Earth"), a height ("ash 14 km into the sky"), a way travelled ("the probe
# travelled 6.5 billion kilometres"), the length of a craft or a structure ("the 400-metre vessel"). A distance names
# its place ("distance from capital"): the cross-references compare a distance only with one from the same place.
_LENGTHS = frozenset({"kilometre", "metre", "mile", "nautical mile", "light-year", "yard", "foot"})
_PLACE_NOUNS = r"(?:coast|coastline|border|shore|mainland|capital|islands?|peninsula)\b"  # "the Somali coast"
_PLACE_MEASURED_FROM = re.compile(
    r"\s+(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ward)?\s+of|(?:away\s+)?from|(?P<off>off))\s+"
    r"(?:(?:the|its)\s+)?(?:coast\s+of\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s+"
    + _PLACE_NOUNS
    + r")?|"
    # (a place, not "from where they were found", "from it", "from there")
    r"(?!(?:where|which|what|whom?|here|there|it|them|him|her|us|me|this|that|these|those|then|now)\b)"
    r"[a-z][a-z-]+(?:[’']s\s+[a-z]+)?)"
)
_WITHIN_BEFORE = re.compile(r"(?i)\bwithin\s+(?:(?:about|around|some|roughly|just)\s+)?$")
_OF_A_PLACE = re.compile(
    r"\s+of\s+(?:(?:the|its)\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}|[a-z][a-z-]+(?:[’']s\s+[a-z]+)?)"
)
_WHERE_A_LENGTH_REACHES = (
    (
        re.compile(r"(?i)\s+(?:underground|below\s+(?:the\s+)?(?:ground|surface|seabed|sea\s*floor|sea\s+level))\b"),
        "depth",
    ),
    (re.compile(r"(?i)\s+above\s+(?:the\s+)?(?:Earth|earth|ground|surface|sea\s+level|planet)\b"), "altitude"),
    (re.compile(r"(?i)\s+(?:into|in)\s+the\s+(?:sky|air|atmosphere)\b"), "height"),
)
_TRAVELLED_BEFORE = re.compile(
    r"(?i)\b(?:travel(?:l?ed|s|l?ing)?|flew|flown|drove|driven|walked|sailed|swam|cycled|journeyed)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|another|a\s+further)\s+)?$"
)
_CRAFT_OR_STRUCTURE_AFTER = re.compile(
    r"(?i)\s+(?:[a-z-]+\s+)?(?:vessel|ship|tanker|freighter|ferry|yacht|liner|barge|bridge|tunnel|runway|pipeline|"
    r"canal|viaduct|sea\s+wall)s?\b"
)


def _where_a_length_is(q: _Draft, text: str) -> str | None:
    """The measure a length takes from the place it is measured to or from, if the words name one."""
    if q.unit not in _LENGTHS:
        return None
    place = _PLACE_MEASURED_FROM.match(text, q.end)
    if place is None and _WITHIN_BEFORE.search(text, max(0, q.start - 30), q.start):
        place = _OF_A_PLACE.match(text, q.end)  # "within 320,000km of Earth" (not "48 miles of road")
    if place:
        name = "coast" if place.groupdict().get("off") and "coast" in place.group(0) else place.group("place")
        return f"distance from {name}"
    for reach, measure in _WHERE_A_LENGTH_REACHES:
        if reach.match(text, q.end):
            return measure
    if _TRAVELLED_BEFORE.search(text, max(0, q.start - 40), q.start):
        return "distance travelled"
    if "-" in q.text and _CRAFT_OR_STRUCTURE_AFTER.match(text, q.end):
        return "length"  # "the 400-metre vessel", "a 57-kilometre tunnel"
    return None


def _named_measure(q: _Draft, text: str) -> None:
    if q.pair or not q.unit or q.unit not in MEASURED_IN or q.measure not in (None, q.unit):
        return
    where = _where_a_length_is(q, text)
    if where:
        q.measure = where  # (before a size: "felt 40 km away from the plant" is a distance from the plant)
        if where.startswith("distance from") and q.change in ("up", "down"):
            q.change = "="  # "The freighter sank 80 nautical miles off the coast": where it sank, no fall by it
        return
    size = _SIZE_AFTER.match(text, q.end)
    if size:
        word = " ".join(size.group("size").lower().split())
        q.measure = SIZES.get(word) or word.removeprefix("in ")
        return
    if q.unit in _MASSES and _WEIGHS_BEFORE.search(text, max(0, q.start - 40), q.start):
        q.measure = "weight"  # "the car weighs 2,150kg", "weighing about 3 tonnes": as "a weight of 2,150kg" is
        return
    if q.unit in _FALLEN_IN and (fallen := _FALLEN_AFTER.match(text, q.end)):
        q.measure = "snowfall" if fallen.group("what").lower().startswith("snow") else "rainfall"
        return  # "212mm of rain", "up to 40cm of fresh snow": how much fell
    if q.unit in _SPEEDS and (blowing := _WINDS_AFTER.match(text, q.end)):
        # "140mph winds", "gusts" as "winds of 140mph" are: their speed, of the winds or gusts the words name
        q.measure = _WIND_SPEEDS.get(blowing.group("what").lower(), "wind speed")
        q.counted = q.counted or blowing.group("what")
        return
    named = property_of(text, q.start)
    words = named.lower().split() if named else []
    if q.unit in _GRID_UNITS:
        before = _POWER_NOUN_BEFORE.search(text, max(0, q.start - 80), q.start)
        if words and words[-1] in _POWER_NOUNS:
            q.measure = words[-1]  # "a capacity of 1.6 gigawatts", "electricity consumption of 310 terawatt hours"
        elif before is not None:
            q.measure = before.group("noun").lower()  # "peak demand hit a record 88,500 megawatts"
        elif _GENERATED_BEFORE.search(text, max(0, q.start - 40), q.start):
            q.measure = (
                "generation"  # "Solar farms generated a record 14.2 GW", "the plants produced 338 terawatt hours"
            )
        return
    if words and q.unit in _SPEEDS and words[-1] in _WINDS:
        # the speed of the wind the words name, with their other words ("sustained winds": sustained wind speed)
        q.measure = " ".join([*words[:-1], _WIND_SPEEDS.get(words[-1], "wind speed")])
    elif words and words[-1] in _SIZE_NOUNS:
        # a dimension by its name alone ("reached speeds", "the maximum depth": speed, depth); else as written
        # ("driving range")
        q.measure = _DIMENSIONS.get(words[-1]) or " ".join(words)
    elif q.unit in _SPEEDS and _REACHES_BEFORE.search(text, max(0, q.start - 40), q.start):
        # "The new trains reach 320 km/h", "the car can hit 200 mph": the fastest it goes, a `top speed` (never a
        # speed it was doing, nor a limit: "doing 90 mph in a 30 mph zone")
        q.measure = "top speed"
    elif q.unit in _SPEEDS and q.measure is None:
        # "The van was doing 58mph in a 30mph zone", "traffic crawls along at 41mph": a speed, whatever went at it (a
        # zone's or a road's: its limit), never a figure of no family
        q.measure = "speed limit" if _LIMIT_AFTER.match(text, q.end) else "speed"
    elif (
        q.unit in _WATER_LEVEL_UNITS
        and words
        and words[-1] in _WATERS
        and _LEVEL_VERB_BEFORE.search(text, max(0, q.start - 40), q.start)
    ):
        # "The reservoir fell to 61.2 feet", "the river peaked at 9.4 metres": the height its water stands at, as
        # "the river level" is (a water's size is read above: "a lake 2 kilometres long")
        q.measure = f"{_WATERS[words[-1]]} level"


# An amount of a good by mass or volume takes the family of what was done with it, named by the verb right before it
# (measures' one table of deeds, flagged for amounts: "harvested 14.1 million tonnes": harvest, "seized 1.4 tonnes of
# cocaine": seized, "pumped 9.8 million barrels per day": output), or of the noun it is said of ("the wheat crop is forecast at 21.4 million tonnes": harvest, "Wine
# output fell to 37.4 million hectolitres": output); else its unit stays its measure.
_AMOUNT_UNITS = _MASSES | frozenset({"barrel", "litre", "hectolitre", "bushel", "gallon", "cubic metre", "bale"})
_AMOUNT_NOUNS = {
    "crop": "harvest",
    "crops": "harvest",
    "harvest": "harvest",
    "harvests": "harvest",
    "output": "output",
    "production": "output",
    "exports": "exports",
    "imports": "imports",
    "shipments": "shipments",
    "emissions": "emissions",
    "consumption": "consumption",
    "seizure": "seized",
    "seizures": "seized",
}


_AMOUNT_MOVED_BEFORE = re.compile(
    r"(?i)\b(?P<noun>"
    + "|".join(_AMOUNT_NOUNS)
    + r")(?:\s+(?:in|from|at|of|for)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:rose|risen|fell|fallen|dropped|slumped|slid|climbed|jumped|increased|decreased|declined|grew|grown|"
    r"shrank|edged\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[\d.,]+\s*"
    r"(?:%|per\s*cent|percent)\s+to\s+(?:(?:a\s+)?(?:record|about|around|nearly|almost|some)\s+)?$"
)


# What befalls people: never what a weight of goods a deed names measures ("Three men were arrested after 2.3 tonnes
# of cocaine was found": the weight seized, no count of the arrested).
_PEOPLE_FATES = frozenset(
    "killed wounded casualties detained missing displaced evacuated rescued hospitalised trapped captured affected "
    "sickened".split()
)


def _amount_measure(q: _Draft, text: str) -> None:
    if q.pair or not q.unit or q.unit.partition(" per ")[0] not in _AMOUNT_UNITS:
        return
    if q.unit in _MASSES and q.measure in _PEOPLE_FATES and (deed := deed_done_to_stuff(text, q.start, q.end)):
        q.measure = deed
        return
    if q.measure not in (None, q.unit, q.counted_lemma) or q.change in ("up", "down"):
        return
    if deed := deed_done_to_stuff(text, q.start, q.end):
        q.measure = deed
        return
    forecast = _AMOUNT_FORECAST_BEFORE.search(text, max(0, q.start - 80), q.start)
    named = forecast.group("noun") if forecast else property_of(text, q.start)
    words = named.lower().split() if named else []
    if words and words[-1] in _AMOUNT_NOUNS:
        q.measure = _AMOUNT_NOUNS[words[-1]]
    elif moved := _AMOUNT_MOVED_BEFORE.search(text, max(0, q.start - 120), q.start):
        # "Copper output at the mine fell 7% to 96,000 tonnes": the level the named amount moved to
        q.measure = _AMOUNT_NOUNS[moved.group("noun").lower()]


# An area a fire burned: "has burned 52,000 hectares", "scorched more than 9,000 acres of forest", "burned through
# 6,000 hectares", "the 800-acre blaze" (not "Floods have covered 40,000 hectares": no fire).
_AREAS = frozenset({"hectare", "acre", "square kilometre", "square mile"})
_BURNED_BEFORE = re.compile(
    r"(?i)\b(?:burn(?:ed|t|s|ing)?|scorch(?:ed|es|ing)?|char(?:red|ring|s)?|consum(?:ed|es|ing)|blacken(?:ed|ing|s)?|"
    r"ravag(?:ed|es|ing)|torch(?:ed|es|ing)?)\s+(?:(?:through|across)\s+)?(?:(?:about|around|some|nearly|almost|roughly|"
    r"more\s+than|over|at\s+least|an\s+estimated|another|a\s+further)\s+)*$"
)
_FIRE_AFTER = re.compile(
    r"(?i)\s+(?:(?:forest|brush|grass|bush|wild)\s+)?(?:fires?|blazes?|wildfires?|bushfires?|burns?)\b"
)
_FIRE_WORDS = re.compile(r"(?i)\b(?:fires?|blazes?|wildfires?|bushfires?|flames|burn(?:ed|t|s|ing)?|scorch\w*)\b")


# A fire, or the ground it burned, as the subject of the area it grew to or covers: "The fire's footprint grew to
# 21,500 acres", "The blaze has grown to 41,000 acres", "The burned area now stands at about 3,400 hectares" (not "the
# fire grew by 5,000 acres", a move of it).
_FIRE_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:(?:wild|bush|forest|brush|grass)?fires?|blazes?|flames|burn(?:ed|t)\s+area|area\s+burn(?:ed|t)|"
    r"burn\s+scar)(?:['’]s?\s+(?:footprint|perimeter|size|extent|area))?\s+(?:(?:has|had|have|is|was|now|so\s+far)\s+)*"
    r"(?:(?:grown|grew|spread|expanded|swelled|swollen|increased|jumped|doubled)\s+to|covers?|covered|covering|"
    r"spans?|spanned|spanning|stands?\s+at|stood\s+at|reached|exceeded|topped|passed|"
    r"(?:spread|spreads|stretches|stretched|extends|extended)\s+(?:across|over))\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|an\s+estimated)\s+)*$"
)
# The area burned told in the passive after it: "About 2,300 hectares of moorland have been scorched", "12,000 acres
# were burned" (not "12,000 acres were planted").
_BURNED_AFTER = re.compile(
    r"(?i)\s+(?:of\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+\s+)?(?:(?:have|has|had|were|was|are|is)\s+)?"
    r"(?:(?:now|so\s+far|already|also)\s+)?(?:been\s+)?(?:burn(?:ed|t)|scorched|charred|blackened|consumed|ravaged|"
    r"destroyed\s+by\s+(?:fire|flames|the\s+(?:fire|blaze)))\b"
)
_PLANTED_BEFORE = re.compile(
    r"(?i)\b(?:plant(?:ed|s|ing)?|sow(?:n|ed|s|ing)?|seeded|cultivat(?:ed|es|e|ing))\s+(?:(?:about|around|some|nearly|"
    r"almost|roughly|more\s+than|over|a\s+record|an\s+estimated|another|a\s+further)\s+)*$"
)


def _area_burned(q: _Draft, text: str) -> None:
    if q.pair or q.unit not in _AREAS or q.measure not in (None, q.unit) or q.change in ("up", "down"):
        return
    compound = text[q.end - len(q.unit) - 1 : q.end - len(q.unit)] == "-" or q.text.endswith(("-acre", "-hectare"))
    if (
        (compound and _FIRE_AFTER.match(text, q.end))
        or (not compound and _BURNED_BEFORE.search(text, max(0, q.start - 50), q.start) and _FIRE_WORDS.search(text))
        or (not compound and _FIRE_LEVEL_BEFORE.search(text, max(0, q.start - 80), q.start))
    ):
        q.measure = "area burned"
    elif not compound and _BURNED_AFTER.match(text, q.end):
        q.measure = "area burned"  # "About 2,300 hectares of moorland have been scorched"
    elif not compound and _PLANTED_BEFORE.search(text, max(0, q.start - 50), q.start):
        # "Farmers planted 36 million hectares of soybeans": the area sown, never compared with an area burned
        q.measure = "area planted"


# An economy's growth, told by its verb before the percentage: "The economy grew at a 2.8% annualized rate", "GDP
# shrank 0.3%", "Japan's economy grew an annualised 2.1%", "is forecast to expand 1.5%", "expanded at a seasonally
# adjusted annual rate of 3.1%" (a contraction is growth below zero, its change says which way).
_ECONOMY = r"(?:economy|economies|gdp|gross\s+domestic\s+product|economic\s+output)"
_ECONOMY_GREW_BEFORE = re.compile(
    r"(?i)\b" + _ECONOMY + r"\s+(?:(?:has|have|had|will|would|could|may|might|is|was|were|are|probably|likely)\s+)*"
    r"(?:(?:forecast|expected|projected|set|likely|estimated|seen|tipped)\s+to\s+)?(?:(?:have|be)\s+)?"
    r"(?:gr[eo]wn?|grows?|growing|expand(?:ed|s|ing)?|shr[au]nk|shrinks?|shrinking|contract(?:ed|s|ing)?|rose|rise[sn]?|"
    r"rising|fell|falls?|fallen|falling|declin(?:ed|es|e|ing)|slowed|slows?|slowing|accelerated|picked\s+up|"
    r"edged\s+(?:up|down|higher|lower)|increased|decreased|advanced)"
    r"(?:\s+by)?(?:\s+at)?(?:\s+(?:an?|the))?(?:\s+(?:annuali[sz]ed|annual|seasonally[\s-]+adjusted|real|quarterly|"
    r"revised|estimated|preliminary|inflation-adjusted))*(?:\s+(?:rate|pace|clip)\s+of)?"
    r"(?:\s+(?:about|around|roughly|nearly|almost|just|only|an\s+estimated|a\s+mere))?\s+$"
)
# The growth named as a noun of the economy's: "GDP growth slowed to 1.2%", "economic growth of 0.4%", "growth in the
# economy was 0.3%", "the economy's growth" (a bare "Growth slowed" may be any growth: a growth rate).
_ECONOMIC_GROWTH_NOUN = re.compile(
    r"(?i)\b(?:(?:gdp|economic|economy['’]s)\s+(?:(?:annual|annualised|annualized|quarterly|[a-z]+-quarter|"
    r"first-half|second-half|full-year)\s+)?growth|growth\s+(?:in|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
    + _ECONOMY
    + r")\b"
)
# The same noun right before the figure, no other figure between: "revised the economy's second-quarter growth to 0.9%
# from 0.7%", "GDP growth was 0.3%".
_ECONOMIC_GROWTH_NOUN_BEFORE = re.compile(_ECONOMIC_GROWTH_NOUN.pattern + r"[^.;:%\d]{0,40}$")
# A percentage that restates the same growth, after one in its sentence: "revising up its earlier estimate of 2.8%",
# "slower than the 0.6% pace of the first quarter", "from 1.6% in the second", "below the 0.9% economists expected".
_GROWTH_RESTATED_BEFORE = re.compile(
    r"(?i)(?:\b(?:estimate|reading|forecast|projection|figure|pace|rate|expansion|contraction)\s+of|\bfrom|\bthan|"
    r"\bagainst|\bafter|\bcompared\s+(?:with|to)|\b(?:above|below)|\bversus)\s+(?:(?:an?|the|its|their)\s+)?"
    r"(?:(?:earlier|previous|initial|first|advance|prior|revised|preliminary)\s+)?(?:(?:estimate|reading)\s+of\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|just)\s+)?$"
)
# A second move of the same thing told against another time, its verb left out: "grew 0.4% in the third quarter, and
# 1.6% from a year earlier", "and 1.2% year on year", "and 3.1% on an annual basis" (nothing between "and" and the
# figure; a move of another thing has its verb: "and exports fell 2% on a year earlier").
_AND_ANOTHER_BASE_BEFORE = re.compile(r"(?i)(?P<gap>[^;:]*?),?\s+(?:and|but|or|while)\s+(?:by\s+)?")
_ANOTHER_BASE_AFTER = re.compile(
    r"(?i)\s+(?:(?:on|from|over|against|compared\s+(?:with|to))\s+(?:a|the|one)\s+year\s+(?:earlier|before|ago)|"
    r"year[\s-]+on[\s-]+year|quarter[\s-]+on[\s-]+quarter|on\s+an?\s+(?:annual|yearly|year-on-year|quarterly)\s+basis|"
    r"(?:on|from|over|against)\s+the\s+(?:previous|prior|preceding|same)\s+(?:quarter|year|period|three\s+months))\b"
)
_GENERIC_PERCENT_MEASURES = frozenset(
    {"share", "percent increase", "percent decrease", "annualized rate", "annualised rate", "annual rate", "pace"}
)
_ECONOMY_MOVE = re.compile(
    r"(?:economy|gdp|domestic product|gross domestic product|economic output) (?:increase|decrease)"
)
ECONOMIC_GROWTH = "economic growth"
_ECONOMY_WORD = re.compile(
    r"(?i)econom|gdp|domestic\s+product|growth\s+(?:forecast|estimate|projection|outlook)|"
    r"(?:forecast|estimate|projection|outlook)s?\s+for\s+(?:\w+\s+)?growth"
)
# A forecast of growth by those who forecast an economy, told by its noun: "Forecasters at the central bank cut their
# growth estimate for next year to 0.8%", "The IMF raised its growth forecast to 3.1%", "IMF cuts global growth
# forecast to 2.8%", "cut its forecast for world growth to 2.8%" (not "sales growth forecast": a word of what grows
# names the economy's only, a place, the world or the economy itself).
_GROWTH_OF_AN_ECONOMY = r"(?:(?:global|world|worldwide|regional|national|domestic|euro[\s-]?zone|economic|gdp|the\s+economy['’]s|(?-i:[A-Z][\w.-]*))\s+)"
_GROWTH_FORECAST_BEFORE = re.compile(
    r"(?i)\b(?:central\s+bank|IMF|International\s+Monetary\s+Fund|OECD|World\s+Bank|treasury|finance\s+ministry|"
    r"forecasters|economists)\b[^.;:]{0,60}?\b(?:its|their|the|"
    # (a headline's verb right before the forecast's words: "IMF cuts global growth forecast to 2.8%")
    r"cuts?|raises?|raised|lifts?|lifted|trims?|trimmed|lowers?|lowered|downgrades?|downgraded|upgrades?|upgraded|"
    r"slash(?:es|ed)?|keeps?|kept|holds?|held)\s+(?:(?:(?:annual|official|latest|\w+-year)\s+)?"
    + _GROWTH_OF_AN_ECONOMY
    + r"{0,2}growth\s+(?:forecast|estimate|projection|outlook)s?|(?:forecast|estimate|projection|outlook)s?\s+for\s+"
    + _GROWTH_OF_AN_ECONOMY
    + r"?growth)\b[^.;:%]{0,50}$"
)


def _economic_growth(quantities: list[_Draft], text: str) -> None:
    """An economy's growth: a percentage its verb or its growth is told by (``_ECONOMY_GREW_BEFORE``,
    ``_ECONOMIC_GROWTH_NOUN``), and a percentage that restates it later in the sentence; compared across reports as
    one series, as no share or bare move of "percent" is."""
    grew = None
    for q in quantities:
        if q.unit != "percent" or q.pair:
            continue
        measure = q.measure or ""
        generic = not measure or measure in _GENERIC_PERCENT_MEASURES or _ECONOMY_MOVE.fullmatch(measure) is not None
        window = text[max(0, q.start - 120) : q.start]
        if generic and _ECONOMY_GREW_BEFORE.search(window):
            q.measure = ECONOMIC_GROWTH
        elif generic and _ECONOMIC_GROWTH_NOUN_BEFORE.search(window):
            q.measure = ECONOMIC_GROWTH  # "revised the economy's second-quarter growth to 0.9% from 0.7%"
        elif generic and _GROWTH_FORECAST_BEFORE.search(window):
            q.measure = ECONOMIC_GROWTH + " forecast"  # "cut their growth estimate for next year to 0.8%"
        elif measure.startswith("growth rate") and _ECONOMIC_GROWTH_NOUN.search(window):
            q.measure = ECONOMIC_GROWTH + measure.removeprefix("growth rate")  # ("economic growth forecast")
        elif (
            grew is not None
            and (generic or measure.startswith("growth rate"))
            and _GROWTH_RESTATED_BEFORE.search(text, grew.end, q.start)
            and not re.search(r"[;:]", text[grew.end : q.start])
        ):
            # ("beating a forecast of 0.3%", "the 0.9% economists had expected": a forecast of it; a target is none)
            aim = _AIM_AFTER.match(text, q.end) or _AIM_BEFORE.search(window)
            if aim is None or aim.group("forecast"):
                # (a forecast restated is one too: "cut its growth forecast to 0.8%, from 1.2%")
                forecast = aim is not None or (grew.measure or "").endswith(" forecast")
                q.measure = ECONOMIC_GROWTH + (" forecast" if forecast else "")
        if (q.measure or "").startswith(ECONOMIC_GROWTH):
            grew = q


def _family_named_by_its_noun(q: _Draft) -> None:
    """A count of a noun a reader names a family by is of that family ("Police made 2,140 arrests": `detained`, as
    "arrested 2,140 people" is): measures.FAMILY_WORDS, the words the evaluation reads too."""
    if q.measure and q.counted_lemma and singular(q.measure.lower()) == q.counted_lemma:
        q.measure = family_of_word(q.measure) or q.measure


# How full a store of water is: "Reservoir levels fell to 41% of capacity", "left the dam at just 23% of capacity"
# (not "hospitals are at 98% of capacity": no water is stored).
_OF_CAPACITY = re.compile(r"(?i)\s+of\s+(?:its\s+|their\s+|total\s+|full\s+|storage\s+)?capacity\b")
_WATER_STORES = re.compile(r"(?i)\b(?:reservoirs?|dams?|lakes?|water\s+(?:storage|stocks|supplies|levels?))\b")


# A store of water as the subject of the level its percentage is: "Bogota's main reservoirs are down to 16.2 percent",
# "the dam stood at 23%", "reservoir levels have fallen to 41 percent" (not "are down 5 percent": a change by).
_STORE_AT_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:reservoirs?|dams?|water\s+(?:storage|stocks)|(?:reservoir|dam|water)\s+levels?)\s+"
    r"(?:(?:have|has|had|are|is|were|was)\s+)?(?:(?:now|just|only|still)\s+)?"
    r"(?:(?:fallen|fell|dropped|sunk|sank|declined|slipped|shrunk|shrank|down|risen|rose|climbed|up)\s+to|"
    r"(?:stood|stand|stands|standing|are|is|were|was)\s+at|at)\s+"
    r"(?:(?:about|around|nearly|almost|just|only|barely|some|roughly|under|below|less\s+than)\s+)?$"
)


def _reservoir_level(q: _Draft, text: str) -> None:
    if (
        q.unit == "percent"
        and q.measure == "share"
        and q.change in ("=", "~")  # ("fell to about 14.8% of capacity": an estimate of the level)
        and (
            (_OF_CAPACITY.match(text, q.end) and _WATER_STORES.search(text, max(0, q.start - 100), q.start))
            or _STORE_AT_LEVEL_BEFORE.search(text, max(0, q.start - 80), q.start)
        )
    ):
        q.measure = "reservoir level"


# "The wheat crop is forecast at 21.4 million tonnes", "output is expected to reach 1.2 million barrels a day"
_AMOUNT_FORECAST_BEFORE = re.compile(
    r"(?i)\b(?P<noun>"
    + "|".join(_AMOUNT_NOUNS)
    # (where or whose, between: "the wine harvest in France", "oil output from the field")
    + r")(?:\s+(?:in|from|at|of|for)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?\s+"
    r"(?:(?:(?:is|was|are|were|has\s+been|have\s+been|will\s+be|now)\s+)?"
    r"(?:forecast|expected|estimated|projected|seen|put|set|tipped)\s+(?:at|to\s+(?:reach|total|hit|be|top|exceed|"
    r"come\s+in\s+at|peak\s+at))"
    # "oil output will peak at 220,000 barrels a day", "the crop could come in at 12 million tonnes"
    r"|(?:will|would|could|may|might|should|is\s+set\s+to|is\s+likely\s+to)\s+(?:peak\s+at|come\s+in\s+at|reach|"
    r"total|top|exceed))\s+"
    r"(?:(?:a\s+record|about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to|just)\s+)*$"
)


# "Under" before a depth of what lies or falls is where something is, not a bound: "homes under 1.2m of water",
# "buried under two feet of snow" (the depth is 1.2m; "under 30cm of rain fell" is still "less than").
_UNDER = re.compile(r"(?i)(?:under|beneath)\s+")
_LYING_OF = re.compile(
    r"(?i)\s+of\s+(?:(?:deep|standing|flood|fresh|sea|muddy|dirty|icy|fallen|new|loose|heavy)\s+)*"
    r"(?:water|floodwater|snow|mud|ice|seawater|soil|sand|earth|rubble|debris|silt|lava|ash|sludge|sewage)\b"
    r"(?!\s+(?:fell|has\s+fallen|had\s+fallen|was\s+recorded|were\s+recorded))"
)


def _lying_under(q: _Draft, text: str) -> None:
    under = _UNDER.match(q.text) if q.change == "<" and q.unit else None
    if under and _LYING_OF.match(text, q.end):
        q.start += under.end()
        q.text = text[q.start : q.end]
        q.change, q.low, q.high = "=", q.value, q.value


# An amount said of a day, a week, a month or a year is per that time: "put the daily cost of the strike at
# EUR25 million" (EUR per day), "Annual sales of the drug reached GBP2.2bn" (GBP per year), "weekly output of
# 1,200 cars". Only money and counts, only nouns of an amount (a cost, sales, pay, output ...) reached by
# "of", "at" or a verb of level with no other figure between; a percentage ("annual inflation of 3%") is a rate
# already, a measure ("a daily dose of 5mg") is no amount over time.
_PER_TIME_WORD = re.compile(r"(?i)\b(?:daily|weekly|monthly|annual|annually|annum|p\.a\.|yearly|hourly)(?!\w)")
_PER_TIME = {"daily": "day", "weekly": "week", "monthly": "month", "annual": "year", "yearly": "year", "hourly": "hour"}
_PER_TIME_BEFORE = re.compile(
    r"(?i)\b(?P<adj>daily|weekly|monthly|annual|yearly|hourly)\s+(?:[a-z]+\s+)?"
    r"(?:costs?|bills?|loss(?:es)?|spending|budgets?|income|revenues?|sales|turnover|output|production|salar(?:y|ies)|"
    r"wages?|pay|rents?|fees?|payments?|subsid(?:y|ies)|profits?|earnings|allowances?|expenditure|exports|"
    r"imports|consumption|ridership|deliveries|premiums?|charges?|intake|arrivals|shipments|withdrawals|burn|tab)\b"
    r"(?:\s+(?:of|for|on|in)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|his\s+|her\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?"
    r"(?:\s+(?:is|was|were|are|has|have|had|been|now|stood|stands|reached|reaches|hit|hits|topped|totall?ed|totals|"
    r"came|comes|amounted|amounts|rose|fell|climbed|jumped|dropped|increased|decreased|exceeded|exceeds|to|at|of|"
    r"put|estimated|averaged|averages|runs|ran|running))+\s+$"
)


# A sum told with an adverb of its period right after it: "will save £58m annually", "costs $2,400 per annum", "earns
# €900 monthly." ("yearly", "monthly", "weekly", "daily" only where no noun follows: "$2m monthly payments" is not).
_PER_TIME_AFTER = re.compile(
    r"(?i)\s+(?:(?P<always>annually|per\s+annum|p\.a\.)|(?P<adj>yearly|monthly|weekly|daily)"
    r"(?=\s*(?:[.,;:)!?]|$|\s+(?:from|in|to|for|on|until|by|over|since|and|or|but|after|before|while|when|if|under|"
    r"through|until|at|with|as)\b)))"
)
_PER_ADVERB = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}


def _per_time(q: _Draft, text: str) -> None:
    if q.pair or not q.unit or " per " in q.unit:
        return
    if is_currency(q.unit) and (after := _PER_TIME_AFTER.match(text, q.end)):
        word = (after.group("always") or after.group("adj")).lower()
        q.unit = f"{q.unit} per {_PER_ADVERB.get(word, 'year')}"  # ("per annum", "p.a.": a year)
        return
    if not (is_currency(q.unit) or (q.counted_lemma and q.unit == q.counted_lemma)):
        return
    found = _PER_TIME_BEFORE.search(text, max(0, q.start - 110), q.start)
    if found:
        q.unit = f"{q.unit} per {_PER_TIME[found.group('adj').lower()]}"


# Points by which a percentage moved are percentage points: "rose four points to 61 per cent", "was 67.3%, up 2.1
# points" (not "fell 190 points, or 0.6%": a percentage restating an index's move).
_TO_LEVEL_GAP = re.compile(r"(?i)\s+(?:to|at)\s+(?:an?\s+)?(?:new\s+)?(?:record\s+)?(?:(?:high|low)\s+of\s+)?")
_LEVEL_MOVE_GAP = re.compile(r"(?i)\s*,\s*(?:up|down)\s+")


_COMMA_TO_GAP = re.compile(r"\s*,\s+to\s+")
_NOUN_COMMA_TO_GAP = re.compile(r"(?:\s+[a-z-]+){1,2}\s*,\s+to\s+")  # ("one seat, to 10": the counted noun)


def _level_after_a_change(before: _Draft, quantity: _Draft, text: str) -> None:
    """The level a change reached counts what the change counted, and the change is one: "gained one seat, to 10",
    "grew 12 tonnes, to 140" (one seat up, 10 seats; 12 tonnes up, 140 tonnes)."""
    direction = _DIRECTION_BEFORE.search(text, max(0, before.start - 60), before.start)
    if (
        quantity.unit is None
        and quantity.value is not None
        and before.unit
        and before.unit not in ("percent", "point", "percentage point", "basis point", "times", "fraction")
        and (
            _COMMA_TO_GAP.fullmatch(text, before.end, quantity.start)
            or (before.counted_lemma == before.unit and _NOUN_COMMA_TO_GAP.fullmatch(text, before.end, quantity.start))
        )
        and direction is not None
    ):
        quantity.unit, quantity.measure = before.unit, before.measure
        quantity.counted, quantity.counted_lemma = before.counted, before.counted_lemma
        if before.change == "=":
            before.change = "up" if direction.group("up") else "down"


def _points_of_a_percentage(before: _Draft, quantity: _Draft, text: str) -> None:
    if before.unit == "point" and before.change in PERCENT_CHANGES and quantity.unit == "percent":
        if quantity.change == "=" and _TO_LEVEL_GAP.fullmatch(text, before.end, quantity.start):
            before.unit = "percentage point"  # "rose four points to 61 per cent"
            before.measure = before.measure or "percentage points"
    elif (
        quantity.unit == "point"
        and quantity.change in PERCENT_CHANGES
        and before.unit == "percent"
        and before.change == "="
        and _LEVEL_MOVE_GAP.fullmatch(text, before.end, quantity.start)
    ):
        quantity.unit = "percentage point"  # "was 67.3%, up 2.1 points"
        quantity.measure = quantity.measure or "percentage points"


# The families a move in points may be named by alone: its unit's, or none.
_POINT_MOVE_FAMILIES = frozenset({None, "percentage points", "basis points"})


def _points_moved_with_a_rate(before: _Draft, quantity: _Draft, text: str) -> None:
    """A move in points and the named percentage it moved to, or from right before it, measure one rate: "raised its
    deposit rate by 25 basis points to 3.5%" (the deposit rate, up 25 basis points), "turnout was 58%, up 4 points"
    (turnout, up 4 points). The points keep their unit: a comparison still reads them as a move, never a level."""
    for move, level, gap in ((before, quantity, _TO_LEVEL_GAP), (quantity, before, _LEVEL_MOVE_GAP)):
        if (
            move.unit in _POINT_UNITS
            and move.change in ("up", "down")
            and level.unit == "percent"
            and level.change == "="
            and gap.fullmatch(text, before.end, quantity.start)
        ):
            break
    else:
        return
    named = level.measure
    if move.measure in _POINT_MOVE_FAMILIES and named not in _OPEN_FAMILIES and named not in PERCENT_CHANGES.values():
        move.measure = named


_POINT_UNITS = frozenset({"percentage point", "basis point"})


# A level passed is a lower bound: "The death toll has passed 3,900", "donations crossed the 1 million mark" (as
# "exceeded 10,000" is), in a headline's present too ("Death toll passes 200", "Quake deaths top 200", "Flood deaths pass
# 5,000", "is expected to
# top 5,000", "broke the 1 million mark"); only a bare figure or a count named before it ("The number of dead surpassed
# 500"), never a count of what was passed written after it ("Congress passed 12 bills", "topped three charts"), and not
# money or a percentage, which NewsQuant reads as said ("surpassed $8 billion"). (Not "the top 10": no verb.)
_PASSED_BEFORE = re.compile(
    r"(?i)\b(?:pass(?:es|ed|ing)|(?:tops|topped|topping)|(?:(?<=\bto\s)|(?<=[a-z]{2}s\s))(?:top|pass|cross)|"
    r"surpass(?:es|ed|ing)?|cross(?:es|ed|ing)|"
    r"(?:breaks|broke|broken|breaking))\s+(?:the\s+)?$"
)
_MARK_AFTER = re.compile(r"(?i)\s+(?:mark|threshold|barrier|milestone|level)\b")
_BROKEN = re.compile(r"(?i)\bbr(?:eaks|oke|oken|eaking)\s+(?:the\s+)?$")


def _passed_level(q: _Draft, text: str) -> None:
    if q.change != "=" or q.value is None or q.pair:
        return
    if q.counted is not None and q.counted_lemma is not None and text.find(q.counted, q.end, q.end + 40) >= 0:
        return  # "Congress passed 12 bills": what was passed is counted, no level
    if q.unit not in (None, "people") and q.unit != q.counted_lemma:
        return  # ("the ship passed 40 miles off the coast": a distance; "surpassed $8 billion" is read as said)
    passed = _PASSED_BEFORE.search(text, max(0, q.start - 20), q.start)
    if passed is None:
        return
    if _BROKEN.match(passed.group(0)) and not _MARK_AFTER.match(text, q.end):
        return  # "broke 12 ..." only before a mark: "broke the 1 million mark" (a record broken is no level passed)
    if text[q.start - 4 : q.start].lower() == "the " and not _MARK_AFTER.match(text, q.end):
        return  # "topped the 40 ..." only before a mark: "passed the 1 million mark"
    q.change, q.low, q.high = ">", q.value, None


# Points between two shares of a vote or a poll are percentage points: "a swing of 6 points to Labour, which won
# 41% of the vote", "Ortega, on 38%, is four points ahead", "a lead of 5 points" (a sentence with a percentage and
# a word of votes or polls; "four points clear at the top of the table" has neither).
_POINTS_GAP_BEFORE = re.compile(
    r"(?i)\b(?:swing|lead|margin|gap|deficit|advantage|edge)(?:\s+[a-z]+){0,3}?\s+(?:of|to|at|by)\s+(?:(?:just|only|about|around|some|nearly|"
    r"almost|more\s+than|over|up\s+to)\s+)?$|\b(?:by|trails?|trailed|trailing|leads?|led|leading)\s+$"
)
_POINTS_GAP_AFTER = re.compile(r"(?i)\s+(?:ahead|behind|clear|adrift|lead|swing|gap|margin|edge|advantage|deficit)\b")
_POLL_WORDS = re.compile(
    r"(?i)\b(?:polls?|polling|polled|vote[sd]?|voters?|voting|ballots?|surveys?|survey(?:ed)?|approval|support|"
    r"elections?|electorate|swing|constituenc(?:y|ies)|seats?|candidates?|party|parties|referendum|primary)\b"
)


# A move in points said of a share before it, in a sentence of polls or votes: "38% of voters approve, down 6 points
# since March", "turnout fell to 58.2%, four points lower than at the last election".
_POINTS_MOVED_AFTER = re.compile(r"(?i)\s+(?:lower|higher|down|up)\b")


def _points_between_shares(q: _Draft, text: str) -> None:
    if q.unit != "point" or q.pair or not _POLL_WORDS.search(text):
        return
    moved = (q.change in ("up", "down") or _POINTS_MOVED_AFTER.match(text, q.end)) and not _STOCK_INDEX.search(text)
    if moved or _POINTS_GAP_AFTER.match(text, q.end) or _POINTS_GAP_BEFORE.search(text, max(0, q.start - 40), q.start):
        q.unit = "percentage point"
        q.measure = q.measure or "percentage points"


# People treated for injuries are the injured: "treated 1,242 people for firework injuries", "Hospitals treated 310
# patients for burns" (not "treated 400 patients for flu").
_TREATED_BEFORE = re.compile(
    r"(?i)\b(?:treated|treating|treats|saw|admitted)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$"
)
_FOR_INJURIES_AFTER = re.compile(
    r"(?i)\s+(?:(?:were|was)\s+treated\s+)?for\s+(?:[a-z][\w-]*\s+){0,2}?(?:injuries|injury|burns|wounds|fractures)\b"
)


def _treated_for_injuries(q: _Draft, text: str) -> None:
    if q.measure not in (None, "people", "patient") or q.unit not in ("people", "patient", None) or q.pair:
        return
    end = q.end
    if q.counted and text.startswith(q.counted, end + 1):
        end += 1 + len(q.counted)  # "1,242 people for": after the counted noun
    if _TREATED_BEFORE.search(text, max(0, q.start - 30), q.start) and _FOR_INJURIES_AFTER.match(text, end):
        q.measure = "wounded"


_OF_A_GAP = re.compile(r"\s+of\s+")
_A_SCALE = re.compile(r"(?i)an?\s+(?:million|billion|trillion)\b")


def _fraction_of_a_scale(found: list[tuple[_Draft, int]], text: str) -> list[tuple[_Draft, int]]:
    """ "a quarter of a million people": one figure, 250,000 people (not a quarter and a million)."""
    out: list[tuple[_Draft, int]] = []
    for quantity, number_end in found:
        if out:
            fraction = out[-1][0]
            if (
                fraction.unit == "fraction"
                and fraction.value is not None
                and quantity.value is not None
                and _OF_A_GAP.fullmatch(text, fraction.end, quantity.start)
                and _A_SCALE.match(text, quantity.start)
            ):
                value = fraction.value * quantity.value
                low, high = _bounds(fraction.change, value)
                quantity.text = text[fraction.start : quantity.end]
                quantity.start, quantity.value, quantity.low, quantity.high = fraction.start, value, low, high
                quantity.change = fraction.change
                out[-1] = (quantity, number_end)
                continue
        out.append((quantity, number_end))
    return out


# A figure converted into another unit in brackets ("more than 100 km (62 miles)", "296 hp (224 kW / 300 PS)"),
# or the next of a list whose verb is left out ("A fell 2.3%, B 1.9% and C by 2.6%").
_CONVERSION_GAP = re.compile(r"\s*[(/]\s*")
_ELIDED_VERB_GAP = re.compile(
    r",?\s*(?:and\s+|while\s+)?(?:[A-Z][\w&.’'-]*\s+){1,4}(?:by\s+)?"
    # "grow by 0.5% this year and 1.2% next year": the next period's figure, its verb left out
    r"|\s+(?:this|last|next|in\s+the\s+first|in\s+the\s+second)\s+(?:year|quarter|month|half|week)\s+(?:and|then)\s+(?:by\s+)?"
    # "rose 0.4% m/m and 3.2% y/y", "up 2.5% on the quarter, 9.1% on the year": the same move over two periods
    r"|\s+(?:m/m|q/q|y/y|mom|qoq|yoy|(?:month|quarter|year)[\s-]+(?:on|over)[\s-]+(?:month|quarter|year)|"
    r"on\s+the\s+(?:month|quarter|year)|in\s+the\s+(?:month|quarter)|(?:on|from)\s+a\s+(?:month|quarter)\s+earlier)"
    r"(?:\s*,\s*|\s+)(?:and\s+)?(?:by\s+)?"
)


def _carried_change(q: _Draft, before: Quantity, text: str) -> None:
    """The bound of a figure carries over to its conversion; the direction of a change to the next of a
    list with the verb left out."""
    if q.change != "=" or q.value is None or not q.unit or not before.unit:
        return
    gap = text[before.end : q.start]
    if before.change in (">", "<", "~") and q.unit != before.unit and _CONVERSION_GAP.fullmatch(gap):
        q.change = before.change
        q.low, q.high = _bounds(q.change, q.value)
    elif before.change in ("up", "down") and q.unit == before.unit and _ELIDED_VERB_GAP.fullmatch(gap):
        q.change = before.change


# A range or a list of days around a date is the date's: "Nov. 6 to 10", "6-10 November", "June 5, 6 and 7" (never
# a count of 10 or 7).
_DAYS_AFTER = re.compile(
    r"(?:\s*,\s*[0-3]?\d(?!\d))*"
    r"\s*(?:-|–|to|through|and|or)\s*[0-3]?\d(?!\d|[.,]\d)(?!\s*(?:%|percent|per cent))(?!\s+[A-Za-z]+s\b)"
)
_DAYS_BEFORE = re.compile(r"(?<![\d,.])[0-3]?\d\s*(?:-|–|to|and)\s*$")


_NEXT_YEAR_DIGIT = re.compile(r"[-–/](\d)(?![\d%]|[,.]\d)")
_YEAR_SPAN_AFTER = re.compile(r"[-–/](?:\d\d|(?:19|20)\d\d)(?![\d%]|[,.]\d|[-–/]\d|\s*(?:percent|per\s+cent)\b)")


def _date_span(date: DateMention, text: str) -> tuple[int, int]:
    start, end = date.start, date.end
    if date.kind == "md" and (after := _DAYS_AFTER.match(text, end)):
        end = after.end()
    elif date.kind in ("dm", "dmy") and (before := _DAYS_BEFORE.search(text, max(0, start - 10), start)):
        start = before.start()
    elif date.kind == "y" and (after := _YEAR_SPAN_AFTER.match(text, end)):
        end = after.end()  # "the 2023-24 season", "fiscal 2023/24", "2010-2018": the span's end is a year too
    elif (
        date.kind == "y"
        and (digit := _NEXT_YEAR_DIGIT.match(text, end))
        and (int(text[end - 1]) + 1) % 10 == int(digit.group(1))
    ):
        end = digit.end()  # "the collapse of 2008-9": the next year, written with its last digit
    return start, end


_RESTATING_UNITS = frozenset({"percent", "percentage point", "basis point"})


def _restated_change(q: _Draft, before: Quantity, text: str) -> None:
    """A percentage after "or" restates the change before it: "lost 190 points, or 0.6%" fell 0.6%,
    "added 1,200 jobs, or 2.2 per cent" rose 2.2% (the jobs are a count of what changed), "rose 25 basis points, or
    0.25 percentage points" rose 0.25 points."""
    if q.change != "=" or not _OR_RESTATES.fullmatch(text, before.end, q.start):
        return
    if q.unit not in _RESTATING_UNITS:
        # "cut its workforce by a quarter, or 1,800 jobs", "grew by 2.2%, or 125,600 jobs": a count restating a
        # change told with "by" is a change by it (as "grew by 125,600 jobs" is)
        if (
            q.counted is not None
            and before.change in ("up", "down")
            and _BY_BEFORE_FIGURE.search(text, max(0, before.start - 30), before.start)
        ):
            q.change = before.change
        return
    direction = before.change if before.change in ("up", "down") else _direction_before(text, before.start)
    if direction:
        q.change = direction


def _share_unit(q: _Draft, before: Quantity | None, after: Quantity | None, text: str) -> None:
    """A bare number takes the unit of the figure it is compared with or listed beside."""
    if q.pair:
        return  # a score counts nothing named beside it
    if (
        q.counted is None
        and q.unit in (None, "people")
        and before is not None
        and before.counted
        and _WHOLE_BEFORE.search(text, max(0, before.start - 12), before.start)
        and _PART_GAP.fullmatch(text, before.end, q.start)
    ):
        q.unit, q.counted, q.counted_lemma = before.unit, before.counted, before.counted_lemma
        return
    if q.counted_lemma == "other":
        # "killed two police officers and injured 40 others": other people, not necessarily officers; others
        # beside things are no count we can name
        people = before is not None and (before.unit == "people" or _PERSON_NOUN.search(before.counted or ""))
        q.unit, q.counted_lemma = ("people", "people") if people else (None, None)
        if not people:
            q.counted = None
            q.measure = None if q.measure == "people" else q.measure
        return
    if before is not None and before.counted and q.unit is None and _OF_THEM_AFTER.match(text, q.end):
        # "arrested 23 people, 19 of them minors", "1,200 stores, 300 of which are in China": a part of that group
        q.unit, q.counted, q.counted_lemma = before.unit, before.counted, before.counted_lemma
        q.measure = q.measure or before.measure
        return
    if before is not None and before.counted and q.unit is None and more_of(q, text):
        # "destroyed 1,200 homes and damaged 3,400 more", "cancelled 300 flights and another 120"
        q.unit, q.counted, q.counted_lemma = before.unit, before.counted, before.counted_lemma
        q.measure = q.measure or before.measure
        return
    if q.unit is not None or q.vague or q.value is None:
        return
    donor = None
    if (
        before is not None
        and before.unit
        and not before.vague
        and _SHARES_UNIT_BEFORE.search(text, max(0, q.start - 32), q.start)
        and _SHARES_UNIT_AFTER.match(text, q.end)
        and before.unit not in ("fraction", *AGES, *DURATIONS)
    ):
        donor = before
    elif (
        before is not None
        and before.counted
        and not before.vague
        and _TOTAL_TO.search(text, max(0, q.start - 80), q.start)
    ):
        donor = before  # "added 8.8 million subscribers, bringing its total to 247 million"
    elif (
        before is not None
        and before.counted
        and before.change in ("up", "down")
        and _TO_GAP.fullmatch(text, before.end, q.start)
    ):
        donor = before  # "cases rose by 1,234 to 45,678": the level it reached counts the same
    elif before is not None and before.counted_lemma == "vote" and _VOTES_TO_GAP.fullmatch(text, before.end, q.start):
        donor = before  # "by 312 votes to 240", "by 14 votes to nine": the votes against
    elif (
        before is not None
        and before.counted
        and not before.vague
        and _SET_AGAINST_GAP.fullmatch(text, before.end, q.start)
        and _SET_AGAINST_AFTER.match(text, q.end)
    ):
        donor = before  # "about 5,100 positions, more than the roughly 4,800 it announced": the same count told before
    elif after is not None and after.unit and _OR_NEXT.fullmatch(text[q.end : after.start]):
        donor = after  # "eight or nine euros"
    elif (
        before is not None
        and (before.counted or before.unit in _RATES)
        and not before.vague
        and before.unit not in ("fraction", *AGES, *DURATIONS)
        and _parallel_clause(text, before, q)
    ):
        donor = before  # "Clinton has 503 delegates and Sanders has 70", "Republicans hold 220 seats and Democrats 213"
    if donor is not None:
        q.unit, q.counted, q.counted_lemma = donor.unit, donor.counted, donor.counted_lemma
        per = per_after(text, q.end) if q.unit and " per " not in q.unit else None
        if per:
            q.unit, q.end = f"{q.unit} per {per[0]}", per[1]  # "an average of 20 a week"
            q.text = text[q.start : q.end]
        if q.measure is None:
            q.measure = donor.measure


# A clause parallel to the one before, its subject named and its verb the same or left out: what its bare number
# counts is what the first clause's figure counted ("Cruz has 69 delegates, Rubio has 41"; "Republicans hold 220
# seats and Democrats 213").
_PARALLEL_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+|while\s+|but\s+)?|\s+(?:and|while|but|whereas)\s+)"
    r"(?:[A-Z][\w.'’-]*\s+){1,4}(?:(?P<verb>[a-z]+)\s+)?"
)
_VERB_BEFORE_FIGURE = re.compile(r"(?:^|\s)(?P<verb>[a-z]+)\s+$")


def _parallel_clause(text: str, before: Quantity, q: _Draft) -> bool:
    if q.counted is not None or _NOUN_NEXT.match(text, q.end):
        return False
    end = before.end
    if before.counted and text.startswith(before.counted, end + 1) and text[end : end + 1].isspace():
        end += 1 + len(before.counted)  # the gap after "503 delegates", not after "503"
    gap = _PARALLEL_GAP.fullmatch(text, end, q.start)
    first = _VERB_BEFORE_FIGURE.search(text, max(0, before.start - 20), before.start)
    if gap is None or first is None or first.group("verb") in _NOT_VERBS:
        return False
    moves = before.change in ("up", "down") and q.change in ("up", "down")  # "Trump lost six points, Cruz gained six"
    return gap.group("verb") is None or gap.group("verb") == first.group("verb") or moves


_NOT_VERBS = frozenset("the a an of to in on at by for with from and or than about some nearly".split())
_NOUN_NEXT = re.compile(r"\s+[a-z]{3,}s\b(?!\s+(?:of|to|in|on|at|for|by|and|or)\b)")


_FRACTION_POINT = re.compile(r"[\s-]+(?:(?P<point>percentage[\s-]+)?points?)\b", re.IGNORECASE)
_RATE_IN_SENTENCE = re.compile(r"(?i)%|\bper\s*cent|\bpercent|\brates?\b|\byields?\b|\binflation\b")
_OF_A_POINT = re.compile(
    r"\s+of\s+(?:a|one)\s+(?:(?P<point>percentage[\s-]+point)|per\s*cent|percent)\b(?!\s+of\b)", re.IGNORECASE
)
_VOTES_TO_GAP = re.compile(r"\s+votes?\s+(?:to|against)\s+", re.IGNORECASE)
_PERSON_NOUN = re.compile(rf"\b(?:{TROOP_NOUNS}|{WORKER_NOUNS}|{PEOPLE_NOUNS})$", re.IGNORECASE)
_MORE_BEFORE = re.compile(r"(?i)\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$")
_MORE_AFTER = re.compile(r"\s+(?:more|others?)\b(?!\s+than)")


_OF_THEM_AFTER = re.compile(r"(?i)\s+of\s+(?:them|whom|which|those)\b")


def more_of(q: Quantity, text: str) -> bool:
    """Does the bare figure ``q`` count more of what was counted before it ("another 120", "3,400 more")?"""
    return bool(_MORE_BEFORE.search(text, max(0, q.start - 14), q.start) or _MORE_AFTER.match(text, q.end))


def _index_level(q: _Draft, text: str) -> None:
    """In a sentence about a stock index, a bare number it moves to or stands at is its level, in points:
    "the Nikkei fell 1.2% to 27,512.40", "the S&P 500 rose 64 points to 4,577.10", "closed at 34,120". Named as
    the subject of the figure's verb, the index measures its level ("nikkei 225 index") and its moves in points or
    percent ("nikkei 225 index decrease")."""
    if (
        q.unit is None
        and not q.vague
        and q.value is not None
        and _LEVEL_BEFORE.search(text, max(0, q.start - 24), q.start)
    ):
        q.unit = "point"
        if q.measure is None and (name := _index_named_before(text, q.start)):
            q.measure = name
    elif (
        q.unit in ("point", "percent")
        and q.change in _INDEX_MOVES
        and q.measure in (None, *PERCENT_CHANGES.values())
        and (name := _index_named_before(text, q.start))
    ):
        q.measure = f"{name} {_INDEX_MOVES[q.change]}"


_INDEX_MOVES = {"up": "increase", "down": "decrease"}
# An index by its name: "the FTSE 100", "the Dow Jones Industrial Average", "the Baltic Dry Index", "the index of
# consumer sentiment" (a bare "the index" names none).
_INDEX_NAME = re.compile(
    r"\b(?P<caps>(?:(?!(?:The|A|An|Its|Their|This)\s)[A-Z][\w&.-]*\s+){1,3})(?:Index|index)\b|\b[Ii]ndex\s+of\s+(?P<of>[a-z]+(?:\s+[a-z]+)?)(?=\s+(?:"
    r"fell|rose|dropped|climbed|jumped|slipped|slid|edged|declined|improved|rebounded|slumped|hit|reached|stood|was|is)\b)|"
    r"\b(?P<name>FTSE(?:\s+(?:100|250|All-Share))?|Dow(?:\s+Jones(?:\s+Industrial\s+Average)?)?|S&P\s+500|"
    r"Nasdaq(?:\s+(?:Composite|100))?|Nikkei(?:\s+225)?|DAX|Dax|CAC\s+40|Cac\s+40|Hang\s+Seng|Stoxx(?:\s+(?:600|50))?|Sensex|"
    r"Nifty(?:\s+50)?|ASX\s+200|Kospi|KOSPI|Topix|TOPIX|TSX)(?![\w&])"
)
# A clause with a subject of its own between the index and the figure: "The FTSE rose 1.2%, while the pound fell".
_ANOTHER_SUBJECT = re.compile(r"(?i)\b(?:while|whereas|but|as|after|when|and\s+the|and\s+its)\b|;")


def _index_named_before(text: str, start: int) -> str | None:
    """The name of the index told as the subject of the figure at ``start`` ("ftse 100 index"), else None."""
    found = next(reversed(list(_INDEX_NAME.finditer(text, max(0, start - 160), start))), None)
    if found is None or _ANOTHER_SUBJECT.search(text, found.end(), start):
        return None
    if found.group("caps"):
        name = " ".join(found.group("caps").split())
    else:
        name = found.group("of") or found.group("name")
    name = name.lower()
    return name if name.endswith(("average", "index")) else f"{name} index"


# How many sources a report rests on: a few people or officials, then what makes them its sources ("familiar
# with the matter", "with knowledge of", "speaking on condition of anonymity", "who asked not to be named") or a
# verb of saying ("two sources said", "three officials told Reuters"), or after "according to", "citing".
_SOURCE_NOUNS = frozenset(
    "people person source official diplomat insider executive aide analyst banker trader lawmaker witness "
    "resident employee investor adviser advisor".split()
)
_SOURCE_AFTER = re.compile(
    r"(?:\s+(?:familiar\s+with|with\s+(?:direct\s+|first-?hand\s+)?knowledge\s+of|briefed\s+on|close\s+to|"
    r"aware\s+of|involved\s+in|knowledgeable\s+about)\b"
    r"|,?\s+(?:speaking\s+(?:on\s+condition|anonymously|privately|on\s+the\s+condition)|who\s+(?:spoke|asked|requested|"
    r"declined|did\s+not\s+want|were\s+not\s+authori[sz]ed|are\s+not\s+authori[sz]ed))\b"
    r"|\s+(?:(?:have|had|has)\s+)?(?:said|say|says|told|confirmed)\b)"
)
_SOURCE_BEFORE = re.compile(r"(?i)\b(?:according\s+to|citing|cited)\s+$")
_MOST_SOURCES = 12  # "a dozen officials said"; more people saying something are a figure of their own


def _is_source_count(quantity: Quantity, text: str) -> bool:
    """ "two people familiar with the matter said", "according to three officials": how many sources a report
    names, which counts no one the report is about."""
    if (
        quantity.change != "="
        or quantity.value is None
        or not 1 < quantity.value <= _MOST_SOURCES
        or quantity.counted_lemma not in _SOURCE_NOUNS
        or not quantity.counted
    ):
        return False
    at = text.find(quantity.counted, quantity.end)
    if at < 0:
        return False
    return bool(
        _SOURCE_AFTER.match(text, at + len(quantity.counted))
        or _SOURCE_BEFORE.search(text, max(0, quantity.start - 16), quantity.start)
    )


# People who expected or forecast a figure, right after it: "the 1.1 billion analysts had expected".
_EXPECTED_BY_PEOPLE = re.compile(
    r"\s+(?:most\s+|many\s+)?(?:analysts|economists|experts|traders|investors|forecasters|markets|pollsters|"
    r"observers|strategists)\s+(?:polled\s+by\s+[\w.]+\s+)?(?:had\s+|have\s+|were\s+)?(?:expected|forecast|"
    r"predicted|estimated|anticipated|projected|pencilled\s+in|penciled\s+in)\b(?!\s+(?:a|an|the|that|to|it|this|"
    r"their|its)\b)"
)
# Those who promised a figure, named right after it with no object of their verb: "a fraction of the 85,000 ministers
# promised", "short of the 3,000 the council pledged" (the figure is what they promised, no count of them).
_PROMISED_BY_PEOPLE = re.compile(
    r"(?i)\s+(?:the\s+)?(?:ministers|government|officials|politicians|leaders|councillors|council|mayor|party|"
    r"governments|campaigners|president|prime\s+minister|chancellor|authorities)\s+(?:had\s+|have\s+|has\s+)?"
    r"(?:promised|pledged|vowed)\b(?!\s+(?:a|an|the|that|to|it|this|their|its|his|her)\b)"
)
# The figure named as a thing set against another: "above the", "than the", "beat the", "missed the".
_THE_FIGURE_BEFORE = re.compile(r"\b(?:the|than|of)\s+(?:[$€£¥]\s?)?$")


_PER_AREAS = frozenset({"square kilometre", "square mile", "square metre", "hectare", "acre"})


def _measure(quantity: _Draft, text: str, number_end: int, before: Sequence[Quantity]) -> None:
    """What the figure counts: the noun phrase after it, and its measure family."""
    if quantity.unit in AGES:
        # "a 45-year-old man was arrested": the man's age, not a count of the arrested (a measure of who, which
        # ``is_figure`` keeps out of the claim's figures)
        quantity.measure = AGE
        return
    if quantity.pair or quantity.measure == RACE_TIME:
        return
    s, e = quantity.start, quantity.end
    if (
        quantity.unit is None
        and _PARENT_OF_BEFORE.search(text, max(0, s - 24), s)
        and not _OF_NOUN_AFTER.match(text, e)
    ):
        # "a mother of three was fined": who she is, as an age is, never a count a report is compared by
        quantity.counted, quantity.counted_lemma, quantity.measure = "children", "child", FAMILY
        return
    if is_magnitude(text, s, e, quantity.value):
        # "the 7.8-magnitude quake killed 300": a quake's size, never a count of the dead
        quantity.unit = quantity.measure = "magnitude"
        quantity.counted = quantity.counted_lemma = None
        return
    counted = None
    if quantity.unit is None and _PROMISED_BY_PEOPLE.match(text, e) and _THE_FIGURE_BEFORE.search(text, 0, s):
        return  # "a fraction of the 85,000 ministers promised": what they promised, never 85,000 ministers
    if quantity.unit is None and _EXPECTED_BY_PEOPLE.match(text, e) and _THE_FIGURE_BEFORE.search(text, 0, s):
        # "above the 1.1 billion analysts had expected": the sum they expected, in the unit of the sum it is set
        # against ("1.21 billion euros"), never 1.1 billion analysts
        earlier = [q for q in before if q.unit and (is_money(q.unit) or q.unit == "percent")]
        if earlier:
            quantity.unit = earlier[-1].unit
        return
    if quantity.unit is None and quantity.vague:
        of = re.match(r"\s+of\s+", text[e:])
        money = currency_after(text, e + of.end(), True) if of else None
        if money is None and not of:
            # "several million euros", "a few hundred thousand pounds" ("several hundred pounds" may be a weight)
            money = currency_after(text, e, quantity.low is not None and quantity.low >= 1000)
        if money:
            quantity.unit = money[0]  # "tens of thousands of dollars"
    if quantity.unit is None:
        # "35m of its Echo devices" counts devices; "one of the best" is no count of anything. "Rose to 12
        # offices from 3": the noun follows the first number (``number_end``), not the span's end.
        ce = min(e, number_end)
        counted = (
            counted_after(text, ce, single=quantity.value == 1)
            or (counted_after(text, ce, after_of=True) if quantity.value != 1 else None)
            or (compound_counted(text, s, e) if quantity.value is not None else None)
        )
    elif quantity.unit in ("fraction", "percent"):
        counted = counted_after(text, e, after_of=True) or (
            counted_after(text, e) if quantity.unit == "fraction" else None
        )
        owner = _DETERMINER_AFTER.match(text, e) if quantity.unit == "fraction" and not counted else None
        if owner:
            # "half the condos": half of the condos; "half the 4,600 councillors": of the councillors, whose whole is
            # the figure between (a figure of its own)
            whole = _WHOLE_FIGURE_AFTER.match(text, owner.end())
            counted = counted_after(text, whole.end() if whole else owner.end())
    number_of = _number_of(text, s, before) if counted is None and quantity.unit is None else None
    if number_of:
        counted = number_of
    subject_counted = None
    if (
        counted is None
        and number_of is None
        and quantity.unit is None
        and not quantity.vague
        and quantity.value is not None
    ):
        counted = subject_counted = _counted_subject(text, s) or _estimated_at(text, s) or _counted_object(text, s)
    if counted:
        quantity.counted, quantity.counted_lemma = counted
        if (
            quantity.change in ("up", "down")
            and quantity.unit is None
            and subject_counted is None
            and not _BY_BEFORE_FIGURE.search(text, max(0, s - 30), s)
        ):
            quantity.change = "="  # "shed 2,000 jobs", "added 300 staff": a count of what changed, not a change by
            # (but "payrolls grew by 210,000 jobs" is a change by them)
        # (a subject's noun, "Cases rose to 45,678", is what the figure counts, not a unit written with it)
        if quantity.unit is None and subject_counted is None:
            # "517 rushing yards", "50 previous years": a unit after its modifiers
            quantity.unit = unit_named(quantity.counted_lemma) or quantity.counted_lemma
            counted_end = text.find(counted[0], e) + len(counted[0])
            per = per_after(text, counted_end)
            if per:
                quantity.unit = f"{quantity.unit} per {per[0]}"  # "3,000 tests per day"
    kind = (
        quantity.unit
        if quantity.unit and (quantity.unit in ("percent", "celsius", "fahrenheit") or is_money(quantity.unit))
        else None
    )
    measure, unit = measure_for(text, s, number_end, kind)
    if measure == "strikers" and quantity.vague:
        # "Tens of thousands of teachers walked out": a crowd too vague to count strikers by stays a count of its noun
        # (named strikers, the cross-references met it with another report's shares of strikers as one event told
        # alike)
        measure = None
    if unit == "people" and quantity.unit in _LENGTHS:
        measure = unit = None  # "the miners trapped 380 metres underground": a depth, no count of the trapped
    # (a bare count: no measure, unit or counted noun of its own words, and no vague amount)
    bare_count = measure is None and quantity.unit is None and quantity.counted is None and not quantity.vague
    if measure is None and (number_of or subject_counted):
        quantity.measure = (number_of and _state_of_those_numbered(text, s)) or _number_measure(
            *(number_of or subject_counted)  # type: ignore[misc]
        )
    elif measure is None and quantity.unit is None and (collective := _collective_count(text, s)):
        quantity.measure = collective  # "Enrolment jumped to 4.2 million", "Attendance reached 61,500"
    elif bare_count and (named := _count_named_by_subject(text, s)):
        quantity.measure = named  # "The homicide count fell to 143", "Sales of electric vans tripled to 48,000"
    elif (
        bare_count
        and before
        and before[-1].unit == "percent"
        and (level := _level_of_move(before[-1].measure))
        and _LEVEL_AFTER_MOVE.fullmatch(text, before[-1].end, s)
    ):
        # "Deliveries of the scooters dropped 6% to 1.86 million": the level the named thing moved to, as for a sum
        quantity.measure = level
    elif (
        bare_count
        and before
        and before[-1].unit is None
        and before[-1].change in ("up", "down")
        and before[-1].counted
        and before[-1].measure
        and _LEVEL_AFTER_MOVE.fullmatch(text, before[-1].end, s)
    ):
        # "Filings for unemployment insurance jumped 19,000 in October to 241,000": the level the count moved to is a
        # count of what its move counts
        quantity.measure = before[-1].measure
    elif measure in (None, "people") and quantity.counted and (rate := _rate_named_as_subject(text, s)):
        quantity.measure = rate  # "The fertility rate fell to 1.6 births per woman": a fertility rate
    elif (
        measure == "share"
        and quantity.unit == "percent"
        and quantity.change in ("=", "~", "<", ">", "up", "down")
        and (
            (named_move := _NAMED_MOVE_AFTER_PERCENT.match(text, e))
            or (named_move := _NAMED_MOVE_BEFORE_PERCENT.search(text, max(0, s - 80), s))
        )
    ):
        # "a 9.5% pay rise", "a 12% rent increase", "a pay offer of 3.5%": a move of what the noun names
        what = named_move.group("what").lower().rstrip("s")
        family = _MOVED_BY_PERCENT.get(what, what)
        quantity.measure = f"{family} {'cut' if named_move.group('down') else 'rise'}"
    elif (
        measure == "share"
        and quantity.unit == "percent"
        and ((risk := _RISK_MOVED_BY_BEFORE.search(text, max(0, s - 90), s)) or (risk := _RISK_AFTER.match(text, e)))
    ):
        # "a 17% lower risk of breast cancer", "cut the risk of a second heart attack by 27%": a risk's move
        quantity.measure = f"risk {'increase' if risk.group('up') else 'decrease'}"
    elif (
        measure == "share"
        and quantity.unit == "percent"
        and quantity.change in ("=", "~", "<", ">", "up", "down")
        and (named_move := _NAMED_MOVE_IN_AFTER_PERCENT.match(text, e))
    ):
        # "a 5.5% uplift in salaries", "a 12% rise in rents": a move of what the noun after "in" names
        what = named_move.group("what").lower().rstrip("s")
        quantity.measure = f"{_MOVED_BY_PERCENT.get(what, what)} {'cut' if named_move.group('down') else 'rise'}"
    elif (
        measure == "share"
        and quantity.unit == "percent"
        and quantity.change in ("=", "~")
        and (fewer := _FEWER_THINGS_AFTER.match(text, e))
    ):
        # "Police logged 7% fewer stabbings", "carried 12% more passengers": a move of the things counted, as
        # "Stabbings fell 7%" is
        words = fewer.group("things").split()
        head = words[-1].lower()
        way = "increase" if fewer.group("more") else "decrease"
        quantity.measure = f"{_thing_name(words, _ONE_OF_THEM.get(head, head), text)} {way}"
    elif (
        measure == "share"
        and quantity.unit == "percent"
        and quantity.change in ("=", "~")
        and (paid := _PAID_MORE_BEFORE.search(text, max(0, s - 40), s))
        and (more := _MORE_FOR_AFTER.match(text, e))
    ):
        # "Shoppers are paying 18% more for eggs": a price's move; "spent 0.6% less in shops": spending's
        way = "increase" if more.group("more") else "decrease"
        quantity.measure = f"{'spending' if paid.group('spent') else 'price'} {way}"
    elif (
        measure == "share"
        and quantity.unit == "percent"
        and quantity.change in ("=", "~", "<", ">")
        and (move := _MOVE_AFTER_PERCENT.match(text, e))
    ):
        # "a 12% rise in profit", "an 18 per cent lower risk", "36% more likely": a move by so many percent
        # (the change stays as written: the words say how much, not that the figure rose); "Shares closed 3.1%
        # higher": a move of what the verb before it is said of
        way = "up" if move.group("up") else "down"
        named = _move_of_subject(text, s, way)
        # (only shares' as a named move: a level told as "11% higher" is compared across reports, and only a share
        # price's day move is compared as one, which the cross-references read from these words themselves)
        quantity.measure = named if named and named.startswith("share price") else PERCENT_CHANGES[way]
    elif measure == "share" and quantity.unit == "percent" and quantity.change in ("=", "~", "<", ">", "from-to"):
        quantity.measure = _rate_of(text, s, measure)
        if quantity.measure == "share" and before and _LEVEL_AFTER_FIGURE.fullmatch(text, before[-1].end, s):
            # "Inflation eased to 3.2% from 3.4%", "unemployment fell 0.3 points to 4.1%": the level before
            # or after another figure of the same thing is a rate of what that figure is said of
            previous = before[-1]
            if (
                previous.unit == "percent"
                and previous.measure not in (None, "share", *PERCENT_CHANGES.values())
                and not (previous.measure or "").endswith((" increase", " decrease"))
            ):
                quantity.measure = previous.measure
                if previous.counted and quantity.counted is None:
                    # "won 52.3% of the vote to 46.1%": a vote share, of the same whole
                    quantity.counted, quantity.counted_lemma = previous.counted, previous.counted_lemma
            elif previous.unit == "percent" and previous.counted and quantity.counted is None:
                # "won 52.3% of the vote to 46.1%": a share of the same whole
                quantity.counted, quantity.counted_lemma = previous.counted, previous.counted_lemma
                quantity.measure = previous.measure
            elif previous.unit in _RATES:
                quantity.measure = _rate_of(text, previous.start, measure)
        elif (
            quantity.measure == "share"
            and before
            and before[-1].unit == "percent"
            and before[-1].measure in _RATE_NOUNS.values()
            and _PERIOD_AND.fullmatch(text, before[-1].end, s)
        ):
            # "growth of 1.2% next year and 1.5% in 2028": the same rate for another period
            quantity.measure = before[-1].measure
    elif measure == "share" and quantity.unit == "percent" and quantity.change in PERCENT_CHANGES:
        # "Median income rose 4%", "exports fell 12 percent": a move by so many percent, no share of anything
        # (a share compares as a level; a rise and a fall of one thing never share a series); of a measured
        # thing the verb is said of, that thing's increase or decrease ("Revenue rose 11%": revenue increase)
        quantity.measure = _move_of_subject(text, s, quantity.change) or PERCENT_CHANGES[quantity.change]
    elif (
        (measure == "amount" or measure in MONEY_PURPOSES)  # ("…, extending its losses": no loss)
        and before
        and before[-1].unit == "percent"
        and (level := _level_of_move(before[-1].measure))
        and _LEVEL_AFTER_MOVE.fullmatch(text, before[-1].end, s)
    ):
        # "Bitcoin fell 5% to $58,400", "Exports of whisky rose 7% to £5.9bn", "Shares closed 3.1% higher at 412
        # pence": the level the named thing moved to
        quantity.measure = level
    elif (
        measure == "amount"
        and _after_a_named_level_sum(quantity, before)
        and _SUM_SET_AGAINST.fullmatch(text, before[-1].end, s)
    ):
        # "Gold hit $2,790 an ounce before easing to $2,752", "bail of $50,000, up from $20,000": a sum in the same
        # currency set against a named sum, or the level it moved to, is of its family
        quantity.measure = before[-1].measure
    elif (
        measure == "amount"
        and _after_a_named_level_sum(quantity, before)
        and _DIFFERENCE_GAP.fullmatch(text, before[-1].end, s)
        and (more_or_less := _MORE_THAN_AFTER.match(text, e))
    ):
        # "raised £3.1m at the dinner, £250,000 more than last year", "costs $649, $50 less than the old model": the
        # difference from another of the same sum is of its family, read as a rise or a fall (as "112 cases, 40 more
        # than a week earlier" is), never a level a report compares
        quantity.measure = before[-1].measure
        if quantity.change == "=":
            quantity.change = "up" if more_or_less.group(1).lower() in ("more", "higher") else "down"
    elif (
        measure == "amount"
        and _after_a_named_sum_move(quantity, before)
        and _LEVEL_AFTER_SUM_MOVE.fullmatch(text, before[-1].end, s)
    ):
        # "Bitcoin fell $4,000 to $58,400", "Diesel dropped by 4p a litre over the month, to an average of 145.2p":
        # the level a named sum moved to is of its family (as "Gold rose 1.3% to $2,710 an ounce" is)
        quantity.measure = before[-1].measure
    elif quantity.unit == "percent" and (measure or "").endswith(" rate") and (own := _rate_of(text, s, "")):
        # "kept its main rate at 5.25%, saying growth of 0.4%": a rate noun right before the figure names its own
        # rate, not the one named further back
        quantity.measure = own
    elif (
        quantity.counted_lemma
        and quantity.unit == quantity.counted_lemma
        and not quantity.vague
        and (count_head := _count_named_by_subject(text, s) or "") in _COUNTS_OF_THEIR_OWN
    ):
        # "The backlog in the crown courts has grown to 73,105 cases": the backlog, of cases
        quantity.measure = count_head
    else:
        quantity.measure = measure
    if (
        quantity.unit == "percent"
        and quantity.measure
        and (
            (
                _BANK_RATE.fullmatch(quantity.measure)
                and (_BANK_WORDS.search(text) or not quantity.measure.startswith(("main", "key", "official")))
            )
            # "The central bank lifted rates by 50 basis points to 4.75 percent": the rate a bank moves or holds
            or (quantity.measure == "rate" and _BANK_WORDS.search(text) and _RATES_MOVED.search(text, 0, s))
        )
    ):
        # "The bank's main rate has been 4.25%", "the benchmark rate stands at 4.25%": a central bank's interest
        # rate by its other names (not "the main rate of VAT": a rate "of" something is that thing's)
        quantity.measure = "interest rate"
    if quantity.unit in DURATIONS and _MINIMUM_TERM_BEFORE.search(text, max(0, s - 30), s):
        quantity.measure = "minimum term"
        return
    if (
        quantity.unit in DURATIONS
        and _TO_REACH_AFTER.match(text, e)
        and _TOOK_BEFORE.search(text, max(0, s - 40), s)
        and _RESPONDERS.search(text, max(0, s - 120), s)
        and not _OPENS_TIME.match(quantity.text)
    ):
        quantity.measure = "response time"  # "Ambulances took an average of 38 minutes to reach the calls"
        return
    if quantity.unit in DURATIONS and (lived := _LIFE_EXPECTANCY_YEARS_BEFORE.search(text, max(0, s - 80), s)):
        # "Life expectancy rose to 81.2 years", "a life expectancy of 64 years": how long people are expected to live
        quantity.measure = "healthy life expectancy" if lived.group("healthy") else "life expectancy"
        return
    if quantity.unit in DURATIONS and _WAITED_BEFORE.search(text, max(0, s - 50), s):
        quantity.measure = "waiting time"  # "Patients waited a median of 47 days", "waits of up to 19 days"
        return
    if quantity.unit in DURATIONS and (
        _PRISON_TERM_BEFORE.search(text, max(0, s - 40), s)
        or _PRISON_TERM_AFTER.match(text, e)
        or _SENTENCE_CHANGED_TO.search(text, max(0, s - 140), s)
        or (quantity.change == "from-to" and _SENTENCE_CHANGED_FROM.search(text, max(0, s - 140), s))
        or (_FACES_TERM_BEFORE.search(text, max(0, s - 30), s) and _CRIME_WORDS.search(text))
    ):
        quantity.measure = "prison sentence"  # "jailed for 18 months", "sentenced to six years": the term, a figure
        return
    if quantity.unit in DURATIONS and _is_journey_time(text, s, e):
        quantity.measure = "journey time"  # "trains will take 48 minutes between the two cities"
        return
    if quantity.unit in DURATIONS and (ban := _BANNED_FOR_BEFORE.search(text, max(0, s - 60), s)):
        # "banned from driving for 15 years": a driving ban; "banned for four years after testing positive": a ban
        quantity.measure = "driving ban" if ban.group("driving") else "ban"
        return
    if quantity.unit in DURATIONS and (
        _STRIKE_FOR_BEFORE.search(text, max(0, s - 40), s) or _STRIKE_OF_AFTER.match(text, e)
    ):
        quantity.measure = "strike"  # "Dockworkers walked out for 48 hours", "will strike for three days"
        return
    if quantity.unit in DURATIONS and (done := _HOURS_OF_AFTER.match(text, e)):
        # "ordered to do 240 hours of unpaid work": community service; "1,573 hours of sunshine": sunshine
        quantity.measure = "sunshine" if done.group("sun") else "community service"
        return
    if quantity.unit in DURATIONS and (out := _OUT_OF_SERVICE_BEFORE.search(text, max(0, s - 80), s)):
        # "kept the unit idle for 19 months": an outage; "the line will be closed for six weeks": a closure
        quantity.measure = "closure" if out.group("state").lower() in ("shut", "closed") else "outage"
        return
    if quantity.unit in DURATIONS and (
        _WINDOW_BEFORE.search(text, max(0, s - 20), s)
        or _WINDOW_AFTER.match(text, e)
        or _WINDOW_START.match(quantity.text)
    ):
        quantity.measure = TIME_SPAN
        return
    if _is_source_count(quantity, text):
        quantity.measure = SOURCE_COUNT  # "two people familiar with the matter said": who says it, not a figure
        return
    if quantity.counted and _JOBS_LOST.fullmatch(quantity.counted):
        quantity.measure = "jobs"  # "2,350 job cuts", "400 layoffs": the jobs cut, as in "cut 1,800 jobs"
    if quantity.unit is None and unit == "people":
        quantity.unit = "people"  # "killed 8 and wounded 19": people, though unnamed
    if quantity.measure and _OF_TOTAL.search(text, max(0, s - 30), s):
        quantity.measure += " total"  # "won 48 of the 90 seats": 90 is the whole, not a count
    counted_before = next((q for q in reversed(before) if is_figure(q)), None)
    if counted_before and quantity.measure is None and _TOTAL_BEFORE.search(text, max(0, s - 40), s):
        # "sent 1,000 troops, raising the total to 14,000"; a time span between them only says when ("900 more
        # flights were cancelled, bringing the total for the two days to 2,100": flights, not a time span)
        quantity.measure = counted_before.measure
    if (
        before
        and quantity.measure in (None, "troops", "people")
        and _INCLUDING.search(text, max(0, s - 20), s)
        # "killed 20 soldiers, including six officers": the part shares the whole's outcome.
        and before[-1].measure in ("killed", "wounded", "casualties")
    ):
        quantity.measure = before[-1].measure
    per_area = (quantity.unit or "").partition(" per ")[2]
    if (
        per_area in _PER_AREAS
        and quantity.counted_lemma
        and quantity.measure in (None, "people", quantity.counted_lemma)
    ):
        # "1,260 residents per square kilometre": how densely they live, never a count of them ("40 wells per square
        # mile": well density)
        people = (
            quantity.measure == "people" or measure_for("1 " + quantity.counted_lemma + "s", 0, 1, None)[1] == "people"
        )
        quantity.measure = "population density" if people else f"{quantity.counted_lemma} density"


# What a percentage move can be of, named as the subject of the verb that moved it ("Revenue rose 11%", "Imports
# of soybeans fell 9%", "Shares in the lender closed 3.1% higher"): the quantities news reports as rising or falling
# by so many percent. A company, a country or a person is no such quantity ("Tesla fell 3%" stays a percent decrease).
_MOVED_QUANTITIES = frozenset(
    """
    revenue revenues sales turnover profit profits earnings income exports imports output production prices fares
    rents wages pay spending investment remittances reserves deposits lending borrowing debt orders deliveries
    shipments bookings consumption emissions ridership traffic enrolment enrolments applications arrivals admissions
    approvals insolvencies bankruptcies premiums premium bills costs shares stock stocks
    """.split()
)
_SHARE_WORDS = frozenset("shares stock stocks".split())
# Heads named in the singular in a family ("Rents rose 9%": a rent increase, as "the rent" is; "sales", "earnings"
# and the rest stay as written).
_ONE_OF_THEM = {"prices": "price", "rents": "rent", "fares": "fare", "profits": "profit", "revenues": "revenue"}
_ONE_OF_THEM |= {"wages": "wage", "costs": "cost", "enrolments": "enrolment"}
# (turnover is revenue by another name, as a sum named "turnover" is read: "Turnover rose 11%": a revenue increase)
_ONE_OF_THEM |= {"turnover": "revenue"}
# Words before the head of the subject that are no part of its name: determiners, possessives, and words of time.
_PREPOSITION_PHRASE = re.compile(r"\s+(?:of|in|at|from|for|on|to|across|among|by)\s+")


def _head_words(phrase: str) -> list[str]:
    """The words of ``phrase`` before its first phrase of place or whose ("Visitor numbers to the island")."""
    return _PREPOSITION_PHRASE.split(phrase, maxsplit=1)[0].split()


_NOT_A_MODIFIER = re.compile(
    r"^(?:the|an?|its|their|his|her|our|this|that|these|those|total|overall|average|median|typical|quarterly|annual|"
    r"monthly|weekly|daily|yearly|[A-Z].*|.*['’]s?|\d.*|"
    # the period a figure is for, read as its period, no part of its name: "First-half profit", "Q2 sales",
    # "second-quarter revenue", "full-year earnings" (as "Profit rose 12% in the first half" is a profit increase)
    r"(?i:(?:first|second|third|fourth|final)-(?:half|quarter)|half-year(?:ly)?|full-year|year-end|interim|"
    r"[qh][1-4]|[1-4][qh]|nine-month|six-month|three-month|12-month|twelve-month))$"
)


# A currency that lost or gained so many percent, its verb right after it or after ", which": "The lira has shed 20%".
_CURRENCY_LOST_BEFORE = re.compile(
    r"(?i)\b(?P<currency>[a-z]+)(?:\s*,\s*which)?\s+(?:has\s+|have\s+|had\s+)?(?:lost|gained|shed)\s+"
    r"(?:(?:about|around|nearly|almost|some|more\s+than|over)\s+)?$"
)


def _move_of_subject(text: str, start: int, way: str) -> str | None:
    """ "revenue increase", "industrial output increase", "share price decrease" for a percentage by which the subject
    of the verb before it moved, where that subject is a quantity news reports as moving; None otherwise. (Named
    as "percent increase" is, not as the cross-references' "exports rise", which they read from the words themselves.)"""
    subject = property_of(text, start)
    if not subject:
        lost = _CURRENCY_LOST_BEFORE.search(text, max(0, start - 60), start)
        if lost and lost.group("currency").lower() in CURRENCY_NAMES:
            # "The naira, which has lost 38% since January", "The lira has shed 20%": what it trades at
            return f"exchange rate {'increase' if way == 'up' else 'decrease'}"
        return None
    words = _head_words(subject)
    head = words[-1].lower() if words else ""
    head = _ONE_OF_THEM.get(head, head)
    if head in COMMODITIES and all(w.lower() in COMMODITIES or w[:1].isupper() for w in words[-2:]):
        thing = f"{head} price"  # "Bitcoin fell 5%", "Brent crude rose 2%" (not "oil output", whose head is output)
    elif head in _SHARE_WORDS:
        thing = "share price"  # "Shares of the carmaker fell 8%": its share price
    elif head in CURRENCY_NAMES and len(words) <= 2:
        thing = "exchange rate"  # "Sterling fell 0.4% to $1.27", "The euro rose 0.6%": what it trades at
    elif head in _MOVED_QUANTITIES or head in _ONE_OF_THEM.values():
        thing = _thing_name(words, head, text)
    else:
        return None
    return f"{thing} {'increase' if way == 'up' else 'decrease'}"


def _thing_name(words: list[str], head: str, text: str) -> str:
    """A moved thing's name: its head (``head``, as a family names it) and the modifier before it, if any
    ("industrial output"; not a determiner, a possessive, a name or "average")."""
    modifier = words[-2] if len(words) > 1 else None
    if modifier and modifier[:1].isupper() and text.lstrip().startswith(modifier) and len(words) == 2:
        modifier = modifier.lower()  # "Industrial output grew 1.9%": a word capitalised only as the first
    if modifier and _NOT_A_MODIFIER.match(modifier):
        modifier = None
    return f"{modifier.lower()} {head}" if modifier else head


# Things that are themselves ratios or levels of an index: a move of theirs "by 2%" may be in points or in percent
# ("Bond yields rose 0.2%", "margins rose 2%", "the consumer price index rose 0.4%"), so it names none of them.
_RATIOS = frozenset("index indices indexes margin margins yield yields rate rates ratio ratios".split())


def _common_noun_moved(thing: str, text: str) -> str | None:
    """The name of what a percentage move is of, where ``thing`` (what the verb before it is said of) is a common
    noun's phrase ("Road deaths fell 12%": road deaths; "Donations dropped 9%": donations), else None: a company, a
    country or a person ("Tesla fell 3%", "Wales rose 4%") is no quantity."""
    words = _head_words(thing)
    written = words[-1] if words else ""
    if not written.isalpha() or written.lower() in _RATIOS:
        return None
    opening = len(words) == 1 and text.lstrip().startswith(written)
    if not (
        written.islower()
        # a word capitalised only as the sentence's first: a plural of an English word ("Donations"), no name
        or (opening and is_plural(written) and rarity(singular(written).lower()) < RAREST)
    ):
        return None
    head = written.lower()
    return _thing_name(words, _ONE_OF_THEM.get(head, head), text)


# Counts news names by a singular noun of the many counted: "Enrolment jumped to 4.2 million", "Attendance reached
# 61,500", "Net migration fell to 412,000", "Unemployment rose to 1.5 million" (those out of work).
_COLLECTIVE_COUNTS = {
    "enrolment": "enrolment",
    "enrollment": "enrolment",
    "attendance": "attendance",
    "population": "population",
    "membership": "membership",
    "ridership": "ridership",
    "readership": "readership",
    "viewership": "viewership",
    "audience": "audience",
    "migration": "migration",
    "immigration": "immigration",
    "emigration": "emigration",
    "unemployment": "unemployed",
    "turnout": "turnout",
}


def _subject_of_level(text: str, start: int) -> str | None:
    """What the level at ``start`` is said of, read past a record or a peak it is called ("Net migration reached a
    record 606,000", "climbed to a new high of 2,310")."""
    record = _RECORD_LEVEL_BEFORE.search(text, max(0, start - 30), start)
    return property_of(text, record.start() if record else start)


def _collective_count(text: str, start: int) -> str | None:
    """The family of a bare count whose subject is a singular noun of the many it counts ("Net migration fell to
    412,000": net migration), else None."""
    subject = _subject_of_level(text, start)
    if not subject:
        return None
    words = _head_words(subject)
    family = _COLLECTIVE_COUNTS.get(words[-1].lower()) if words else None
    if family == "migration" and len(words) > 1 and words[-2].lower() == "net":
        return "net migration"
    return family


# Singular heads news names a count by, after a noun of what is counted: "The homicide count fell to 143", "Its
# subscriber base grew to 88 million", "The court backlog stands at 61,000", "The transplant list rose to 7,100".
_COUNT_HEADS = frozenset({"list", "count", "tally", "base", "backlog", "caseload"})
# (heads that name their count with no noun before them: "The backlog of cases reached 74,000")
_COUNTS_OF_THEIR_OWN = frozenset({"backlog", "caseload"})
_THE = frozenset({"the", "its", "their", "this"})
# (a base of people only: "the tax base", "the asset base" are sums)
_PEOPLE_BASE = frozenset("subscriber user customer member fan player reader viewer listener donor client".split())
# Plural heads of a flow of things, told with what flowed: "Sales of electric vans tripled to 48,000" (not "Reports
# of injuries rose to nine": a report counts no injured).
_FLOW_HEADS = frozenset("sales deliveries shipments exports imports registrations orders arrivals".split())
_OF_THINGS = re.compile(r"(?i)^\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\w’'-]+\s+){0,3}?[a-z][\w’'-]*s\b")
# The change before the level it brought the count to: "fell by 3,100 to 61,200" (the subject is the change's).
_BY_A_CHANGE_TO = re.compile(
    r"(?i)\bby\s+(?P<n>\d[\d.,]*)(?:\s+(?:thousand|million|billion))?\s+to\s+(?:an?\s+)?"
    r"(?:(?:record|new|fresh|about|around|some|nearly|almost|roughly)\s+)*(?:(?:high|low|peak)\s+of\s+)?$"
)


def _count_named_by_subject(text: str, start: int) -> str | None:
    """The family of a bare count whose subject names it by a singular head of a count ("The homicide count fell to
    143": homicide) or a flow of things ("Sales of electric vans tripled to 48,000": sales), else None."""
    subject = _subject_of_level(text, start)
    if subject is None and (by := _BY_A_CHANGE_TO.search(text, max(0, start - 40), start)):
        subject = property_of(text, by.start("n"))
    if not subject:
        return None
    at = text.rfind(subject, max(0, start - 120), start)
    words = _head_words(subject)
    if at < 0 or not words:
        return None
    head, rest = words[-1].lower(), text[at + len(subject) : start]
    head = "list" if head == "lists" else head  # ("Hospital waiting lists fell by 52,000 to 7.42 million")
    if head in _FLOW_HEADS:
        of = _OF_THINGS.match(rest)
        if of is None or (len(words) > 1 and not _NOT_A_MODIFIER.match(words[-2])):
            return None  # ("Car sales rose to 41,000" is read by its own noun; "sales figures" are none)
        family, rest = head, rest[of.end() :]
    elif head in _COUNTS_OF_THEIR_OWN and (len(words) == 1 or (len(words) == 2 and words[0].lower() in _THE)):
        family = head  # "The backlog of cases reached 74,000": a backlog, of whatever it is said of
        if of := _OF_THINGS.match(rest):
            rest = rest[of.end() :]
    elif (
        head in _COUNT_HEADS
        and len(words) >= 2
        and words[-2].isalpha()
        # (a word capitalised only as the sentence's first is no name: "Waiting lists grew by 65,000")
        and not _NOT_A_MODIFIER.match(words[-2].lower() if text.lstrip().startswith(words[-2]) else words[-2])
    ):
        modifier = words[-2].lower()
        if head == "list":
            family = f"{modifier} list"
        elif head == "base":
            if modifier not in _PEOPLE_BASE:
                return None
            family = modifier
        elif head in _COUNTS_OF_THEIR_OWN:
            family = head
        else:
            # "the death count" (the dead: killed), "the case tally" (cases), "the homicide count" (homicide)
            family = measure_for("1 " + plural(modifier), 0, 1, None)[0] or modifier
    else:
        return None
    return family if _SUBJECT_MOVED_TO.match(rest) else None


def _rate_named_as_subject(text: str, start: int) -> str | None:
    """ "fertility rate" for a count of a noun per something ("1.6 births per woman") said of a rate named as the
    subject of the verb before it ("The fertility rate fell to"), else None."""
    subject = property_of(text, start)
    words = _head_words(subject) if subject else []
    if len(words) < 2 or words[-1].lower() != "rate" or _NOT_A_MODIFIER.match(words[-2]):
        return None
    return f"{words[-2].lower()} rate"


# Between a move by so many percent and the level it moved to: "to", "at", "higher at" ("rose 7% to £5.9bn",
# "closed 3.1% higher at 412 pence").
# The time a move was over may come between it and its level: "fell 14% in the first half to 402,000", "climbed 13%
# last year, to 5,480", "rose 9.1% in May to 28,460".
_MOVE_TIME = (
    r"(?:,?\s+(?:(?:in|during|over|for)\s+(?:the\s+|a\s+)?(?:(?:first|second|third|fourth|final|latest|past|previous|"
    r"same|whole)\s+)?(?:quarter|half|year|month|week|season|decade|spring|summer|autumn|winter|"
    + MONTH_NAME
    + r"|(?:19|20)\d\d)"
    # ("in the year to October", "in the quarter ending June")
    r"(?:\s+(?:to|ending|ended)\s+" + MONTH_NAME + r")?|"
    r"on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"(?:last|this)\s+(?:year|month|week|quarter|season|spring|summer|autumn|winter)|a\s+year\s+(?:earlier|before|ago)|"
    r"year[\s-]on[\s-]year|from\s+a\s+year\s+(?:earlier|before|ago))\b)?"
)
_LEVEL_AFTER_MOVE = re.compile(
    r"(?i)" + _MOVE_TIME + r"(?:\s+(?:higher|lower|up|down))?,?\s+(?:to|at)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:record|new|fresh|about|around|some|nearly|almost|roughly)\s+)*(?:(?:high|low)\s+of\s+)?"
)


def _level_of_move(measure: str | None) -> str | None:
    """The family of the sum a named thing's move ended at: "price" for a commodity's ("bitcoin price decrease"),
    "share price" for shares', the thing for the rest ("exports increase": exports); None for no named move."""
    if not measure or not measure.endswith((" increase", " decrease")) or measure in PERCENT_CHANGES.values():
        return None
    thing = measure.rsplit(" ", 1)[0]
    if thing == "share price":
        return thing
    if thing.split()[-1] in ("price", "fare"):
        return "price"
    return thing


_BANK_RATE = re.compile(r"(?:main|key|benchmark|policy|base|refinancing|repo|official\s+bank|official|cash)\s+rate")
# A bank moving or holding its rates: "lifted rates", "cut its rate", "held rates", "left the rate unchanged".
_RATES_MOVED = re.compile(
    r"(?i)\b(?:rais|lift|hik|cut|lower|held|hold|kept|keep|left|leav|increas|reduc|trim|slash)\w*\s+"
    r"(?:its\s+|their\s+|the\s+)?rates?\b"
    # or the move named as a noun: "a rise in rates to 4.25%", "a cut in interest rates"
    r"|\b(?:rise|hike|cut|increase|reduction)s?\s+in\s+(?:interest\s+)?rates?\b"
)
_BANK_WORDS = re.compile(r"\b(?:[Bb]ank|Fed|Federal\s+Reserve|ECB|[Rr]ate-setters?|[Mm]onetary)\b")


def name_noun_families(quantities: list[Quantity]) -> None:
    """A count of a noun outside the known families measures that noun ("45 new analysts": analyst), as "the
    number of infected farms" does: such a figure of ``quantities`` is replaced there by one with that measure.
    (Run after the claim's subject is read: a noun alone names no subject.)"""
    for i, q in enumerate(quantities):
        if q.measure is None and (measure := noun_family(q)):
            quantities[i] = replace(q, measure=measure)


def noun_family(q: Quantity) -> str | None:
    """The measure a count of ``q``'s counted noun has by that noun alone ("45 new analysts": analyst), or None."""
    if (
        not q.counted
        or not q.counted_lemma
        or q.unit is None
        or q.unit.partition(" per ")[0] != q.counted_lemma
        or q.counted_lemma in _NO_COUNTED_THING
    ):
        return None
    # A known family by the whole phrase ("1 regulatory bodies" are no dead), else by its head ("of the
    # plant's 2,300 workers" are workers).
    family = measure_for("1 " + q.counted, 0, 1, None)[0]
    if family is None and q.counted_lemma != "body":
        family = measure_for("1 " + q.counted.split()[-1], 0, 1, None)[0]
    measure = (
        family
        or family_of_word(q.counted_lemma)  # ("311 detentions": detained, a reader's word for the family)
        or _COUNTED_AS.get(q.counted_lemma)
        or _kind_named(q.counted, q.counted_lemma)
        or _NOT_A_FAMILY_NAME.get(q.counted_lemma, q.counted_lemma)
    )
    per = q.unit.partition(" per ")[2]
    if per[:1].isdigit() or (family is None and per in _RATE_TIMES):
        # "9.8 murders per 100,000 residents": a rate, never a count of murders; "treats 400 patients a week"
        # (patient per week) is never compared with "treated 400 patients" (a family, "killed", stays one)
        measure = f"{measure} per {per}"
    return measure


def name_measured_things(quantities: list[Quantity], text: str, offset: int) -> None:
    """A sum, a percentage or a measurement that counts no noun counts what the sentence says it is of, the noun
    phrase it is said of ("Exports fell 23% to $2.1 billion", "a fee of €42 million", "Turnout was 58.7%"): such a
    figure of ``quantities`` is replaced there by one that names it in ``counted``, with no ``counted_lemma``: a sum is
    of its thing but counts none of it, and a counted lemma is what counts are compared by. (Run after the claim's
    subject is read: what a figure is said of is the subject's reading, not a count that would take its place.)"""
    for i, q in enumerate(quantities):
        before = quantities[i - 1] if i else None
        if (
            q.measure in ("payment per period", "payment per month")
            and before is not None
            and before.unit == "percent"
            and (level := _level_of_move(before.measure))
            and _LEVEL_AFTER_MOVE.fullmatch(text, before.end - offset, q.start - offset)
        ):
            # "raised the price cap by 5.1% to £1,790 a year": the level of the thing that moved, per a year
            quantities[i] = q = replace(q, measure=level)
        if (
            (
                (q.measure is None and q.unit is None and q.counted is None)
                # "The average price paid for a home climbed 3.2% in the year to October, to £287,400": the sum the
                # named thing moved to (a sum of no family of its own, with the time of the move between)
                or (q.measure == "amount" and q.counted is None and is_money(q.unit or ""))
            )
            and before is not None
            and before.unit == "percent"
            and (level := _level_of_move(before.measure))
            and _LEVEL_AFTER_MOVE.fullmatch(text, before.end - offset, q.start - offset)
        ):
            # "Tuberculosis notifications climbed 13% last year, to 5,480": the count the thing named by the sentence
            # moved to (its move is named here, as the sum's is, from what it is said of)
            quantities[i] = q = replace(q, measure=level)
        if (
            q.measure is None
            and q.unit in MEASURED_IN
            and before is not None
            and before.unit == "percent"
            and before.change in ("up", "down")
            and (thing := q.counted or before.counted)
            and _LEVEL_AFTER_MOVE.fullmatch(text, before.end - offset, q.start - offset)
            and (
                level := _level_of_move(before.measure)
                or _measured_thing(thing, text.lstrip().startswith(thing), False)
            )
        ):
            # "Deforestation in the Amazon fell 31% to 6,288 square kilometres", "Sea ice shrank 8% to 4.2 million
            # square kilometres": the measurement the thing moved to is of that thing
            quantities[i] = q = replace(q, measure=level)
        if q.counted is not None or q.unit is None or q.unit in AGES or q.unit in DURATIONS or not is_figure(q):
            continue
        thing = _thing_said_of(property_of(text, q.start - offset))
        if thing:
            measure = q.measure
            if (
                q.change in PERCENT_CHANGES
                and measure == PERCENT_CHANGES[q.change]
                and (moved := _common_noun_moved(thing, text))
            ):
                measure = f"{moved} {'increase' if q.change == 'up' else 'decrease'}"  # "Road deaths fell 12%"
            elif (
                measure == "share"
                and q.unit == "percent"
                and q.change in ("=", "~", "<", ">")
                and _PERCENT_LEVEL_BEFORE.search(text, max(0, q.start - offset - 40), q.start - offset)
                and (level_of := _level_named(thing, text.lstrip().startswith(thing)))
            ):
                measure = level_of  # "Punctuality on the line slumped to 72%": a level of punctuality, not a share
            elif (_names_no_thing(q, text, offset) or _sum_level_of_nothing(q, text, offset)) and (
                named := _measured_thing(thing, text.lstrip().startswith(thing), is_money(q.unit or ""))
            ):
                # ("Tax receipts climbed to £97.1bn": a sum of no other family is of the sum its subject names)
                # "Sea levels rose 11 centimetres", "Household bills will rise by £149 a year", "Arctic sea ice shrank to
                # 4.2 million square kilometres": a measurement or a sum that its words name by nothing but its unit
                # measures the thing it is said of
                measure = named
            quantities[i] = replace(q, counted=thing, measure=measure)
        elif (
            before is not None
            and before.counted
            and before.unit not in (None, before.counted_lemma)
            and (
                _LEVEL_AFTER_MOVE.fullmatch(text, before.end - offset, q.start - offset)
                or _LEVEL_AFTER_FIGURE.fullmatch(text, before.end - offset, q.start - offset)
            )
        ):
            # "Exports slumped 23% to $2.1 billion", "eased to 2.8% from 3.1%": the level after a move, or one set
            # against another, is of the same thing
            quantities[i] = replace(q, counted=before.counted)


# Heads that name a sum reports give (singular): what they say rose, fell or stood at so much money a time.
_SUM_HEADS = frozenset(singular(w) for w in _MOVED_QUANTITIES) | {"bill", "charge", "cap", "fee", "rate"}
# (and sums news names as a subject that moved or stood at so much: "Tax receipts rose £4.8bn", "The vet bill claim
# rose to £848", "The jackpot now stands at $1.4 billion")
_SUM_HEADS |= {
    "receipt",
    "takings",
    "jackpot",
    "claim",
    "pot",
    "budget",
    "deficit",
    "surplus",
    "pension",
    "salary",
    "fine",
    "toll",
    "deposit",
    "payout",
    "compensation",
    "settlement",
    "subsidy",
    "grant",
    "bonus",
    "prize",
    "valuation",
    "donation",
    "pledge",
    "overspend",
    "shortfall",
    "turnover",
    "wage",
    "rent",
    "fare",
    "premium",
    "levy",
    "tax",
}
# Sums per a time named by no purpose ("£149 a year"): what they are of is what the words say they are said of.
_SUMS_OF_NOTHING = frozenset({"payment per period", "payment per month"})
# "31 kilometres of shoreline", "12 acres of woodland": a length or an area of what follows it, not of the words before.
_OF_WHAT_FOLLOWS = re.compile(r"(?i)\s+of\b")


# A verb that brought a sum's subject to the level the figure right after it gives: "rose to", "stands at", "hit".
_SUM_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:(?:rose|risen|fell|fallen|climbed|jumped|dropped|slipped|slumped|doubled|tripled|halved|grew|shrank|"
    r"increased|decreased|declined|swelled|soared|surged|plunged|recovered|widened|narrowed)\s+to|"
    r"(?:stood|stands|stuck|remained|remains|stayed|held)\s+at|reached|hit|topped|totall?ed|averaged)\s+"
    r"(?:(?:a\s+record|an\s+estimated|about|around|nearly|almost|just|roughly|some)\s+)?$"
)


def _sum_level_of_nothing(q: Quantity, text: str, offset: int) -> bool:
    """Is ``q`` a sum of no family (`amount`) told as the level its subject moved to or stood at ("Tax receipts
    climbed to £97.1bn"; not a move by it, nor a sum "of" a noun an outlook names)?"""
    return (
        q.measure == "amount"
        and is_money(q.unit or "")
        and q.change not in ("up", "down", "from-to")
        and _SUM_LEVEL_BEFORE.search(text, max(0, q.start - offset - 40), q.start - offset) is not None
    )


def _names_no_thing(q: Quantity, text: str, offset: int) -> bool:
    """Is ``q``'s family nothing: a sum per a time of no purpose, or a measurement in a unit (not a mass nor a grid's
    energy, whose unit the cross-references read a harvest, exports or a cap by) with no family or its unit's name
    (not an area's)?"""
    unit = (q.unit or "").partition(" per ")[0]
    if q.measure in _SUMS_OF_NOTHING:
        return True
    return (
        # (an area its unit names is compared by the cross-references as the area a fire burned is: "has grown to
        # 48,000 acres" / "had burned 32,000 acres")
        (q.measure is None or (q.measure == unit and unit not in _AREAS))
        and unit in MEASURED_IN
        and unit not in _MASSES
        and unit not in _GRID_UNITS
        and not _OF_WHAT_FOLLOWS.match(text, q.end - offset)
    )


def _measured_thing(thing: str, opens_sentence: bool, money: bool) -> str | None:
    """``thing`` as the family of a measurement said of it (its words, lowercased), or None when it names no thing
    measured: a name ("Wales"), a party of people or a share's group. A sum is of a sum's name only ("bills", "the
    cap"): what a thing costs ("Renting a small flat costs €1,400 a month") is its price or rent, no family of its own."""
    words = [w for w in thing.split() if w.lower() not in _DETERMINERS_AND_TIMES]
    owner = max((i for i, w in enumerate(words[:-1]) if w.endswith(("'s", "’s", "s'", "s’"))), default=-1)
    if money and owner >= 0:
        words = words[owner + 1 :]  # "The ferry operator's fuel bill": a fuel bill, whoever's it is
    if (
        not words
        or (money and singular(words[-1].lower()) not in _SUM_HEADS)
        or (words[-1][:1].isupper() and not (opens_sentence and len(words) == 1))
        or any(w[:1].isupper() for w in words[1:])
        or people_plural(words[-1])
        or words[-1].lower() in _NOT_A_LEVEL
    ):
        return None
    return " ".join(words).lower()


# Words ending the words a figure is said of that are no part of its name ("Petrol now costs £1.45", "Milk prices
# paid to farmers fell to 34p").
_NOT_OF_THE_THING = frozenset("now still also already currently only just even again officially finally paid".split())
# Heads that name nothing a figure is of: the figure's own words ("the total", "the average", "the highest level"),
# a move, or a verb read as a noun ("Trials suggest ...").
_NOT_A_THING = (
    frozenset(
        """
    one ones total average level figure figures number numbers amount sum record high low close fall rise drop
    increase decrease gain loss given launch error estimate forecast value data tally count
    """.split()
    )
    | frozenset(SAYING)
    | frozenset(ASSERTING)
    | {"show", "shows"}
)


# A percentage a named thing stands at or moved to: "Punctuality slumped to 72%", "Ridership has recovered to 91%".
_PERCENT_LEVEL_BEFORE = re.compile(
    r"(?i)\b(?:(?:rose|risen|fell|fallen|climbed|slumped|slipped|dropped|jumped|dipped|eased|edged\s+(?:up|down)|"
    r"recovered|returned|improved|worsened|increased|decreased|declined|grew|shrank|sank|surged|soared|plunged|"
    r"(?:has|have|had)\s+(?:risen|fallen|grown))\s+(?:back\s+)?to|(?:stood|stands|stuck|held|holds|remained|remains|"
    r"stayed|stays)\s+at|reached|hit|averaged)\s+(?:(?:a\s+record|about|around|nearly|almost|just|roughly)\s+)?$"
)


def _level_named(thing: str, opens_sentence: bool) -> str | None:
    """The measure a percentage level of ``thing`` is (its words, lowercased), or None for a thing no level is of: a
    name, people, or a count ("Labour rose to 34%", "Voters ... 54%")."""
    words = [w for w in thing.split() if w.lower() not in _DETERMINERS_AND_TIMES]
    if (
        not words
        # (a capital only where the sentence opens, on an abstract noun: "Punctuality", not "Labour", a party)
        or (words[-1][:1].isupper() and not (opens_sentence and len(words) == 1 and _ABSTRACT_NOUN.search(words[0])))
        or is_plural(words[-1])
        or words[-1].lower() in _NOT_A_LEVEL
    ):
        return None
    return " ".join(words).lower()


_ABSTRACT_NOUN = re.compile(r"(?:ity|ship|ance|ence|ancy|ency|ment|tion|sion|ness|age)$")
_DETERMINERS_AND_TIMES = frozenset("the a an its their his her our this that these those".split())
# Heads whose percentage is a share of a group or of a vote, read by the families that name them.
_NOT_A_LEVEL = frozenset("support share stake people turnout vote".split())


def _thing_said_of(named: str | None) -> str | None:
    """``named`` (what ``property_of`` read) as the thing a figure is of, or None when it names no thing."""
    words = named.split() if named else []
    while words and words[-1].lower() in _NOT_OF_THE_THING:
        words.pop()
    if (
        not words
        or words[-1].lower() in _NOT_A_THING
        or words[0].replace(",", "").replace(".", "").isdigit()  # "200 investors": another figure
        or (words[0].islower() and words[0].endswith("ing") and len(words) > 1)  # "beating forecasts": a clause
    ):
        return None
    return " ".join(words)


_RATE_TIMES = frozenset({"hour", "day", "week", "month", "year"})


# A figure told as the baseline of the one before it: "jumped to 412 in the first quarter, against 37 in the whole of
# 2025", "slumped to £31.5m in the half, from £82.9m a year earlier", "compared with 1.1 million", "against a five-year
# average of 7.6".
_BASELINE_BEFORE = re.compile(
    r"(?i)(?:,\s*|\s+)(?:(?:up|down|rising|falling|risen|fallen)\s+from|from|against|compared\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:(?:an?|the|its|their)\s+)?(?:(?:[a-z]+-year|long-term|monthly|annual|yearly|weekly|daily|previous|earlier|prior)\s+)?"
    r"(?:(?:average|level|total|figure|reading|estimate|forecast|tally|count|record|high|low|peak|target)\s+of\s+)?"
    r"(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$"
)
# A figure told as the change of the one before it: "stood at 7.41 million, down 30,000 on the month before",
# "212 homicides, a rise of 23", "14 million packages, 2 million more than last year".
_CHANGE_BEFORE = re.compile(
    r"(?i),\s*(?:(?:up|down)\s+(?:by\s+)?|(?:an?\s+)?(?:(?:net|further)\s+)?(?:rise|fall|increase|decrease|drop|jump|"
    r"decline|gain|loss)\s+of\s+)(?:(?:about|around|some|nearly|almost|roughly|more\s+than|just)\s+)?$"
)
_MORE_THAN_AFTER = re.compile(r"(?i)\s+(more|fewer|less|higher|lower)\s+(?:than|on|from)\b")
# A bare count told after another as how far it moved: "1,150 in 2025, 60 up on 2024", "212 rhinos, 19 up on the last
# survey", "14 million packages, 2 million more than last year" (the words after it say which way).
_COUNT_MOVED_AFTER = re.compile(r"(?i)\s+(?:(?P<up>more|up|higher)|fewer|less|down|lower)\s+(?:than|on|from)\b")
_APPOSITION = re.compile(r"(?i)[^;:]*?,\s*(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?")
# A family that is only the unit its figure is written in ("tonnes", "years", "basis points"), naming nothing counted.
_UNIT_FAMILY = re.compile(
    r"(?i)(?:times|years?|months?|weeks?|days?|hours?|decades?|centuries|km|kilomet(?:er|re)s|miles|met(?:er|re)s|tons|"
    r"tonnes|acres|hectares|mm|cm|millimet(?:er|re)s|centimet(?:er|re)s|inches|degrees|(?:percentage|basis)[\s-]points?)"
)
# Between the two: one clause ("in the first three months of the year, against"), no new subject or verb of its own.
_OTHER_CLAUSE = re.compile(r"(?i)[;:]|\b(?:and|but|while|whereas|which|who|as|after|when|because|although|though)\b")
# Families a figure of its own may take from the figure before it: none, a sum named by nothing, a share.
_OPEN_FAMILIES = frozenset({None, "amount", "share"})


def _family_to_share(q: Quantity) -> bool:
    """Has ``q`` a family a baseline or a change may share: a named one, no unit word, no move, no time?"""
    m = q.measure
    return (
        m is not None
        and m not in _OPEN_FAMILIES
        and m != TIME_SPAN
        and not m.endswith((" increase", " decrease", " rise", " cut"))
        and m not in UNIT_NAMES
        and m not in SIZE_MEASURES
        and not _UNIT_FAMILY.fullmatch(m)
        and q.change not in ("up", "down", "from-to")
        and q.unit not in AGES
        and not q.pair
    )


def _same_kind(q: Quantity, anchor: Quantity) -> bool:
    """Are ``q`` and ``anchor`` in one kind of unit: the same currency or unit, or ``q`` a bare count of a count?"""
    if q.unit is None:
        return anchor.unit is None or not (anchor.unit == "percent" or is_money(anchor.unit))
    if anchor.unit is None:
        return False
    if q.change in ("up", "down") and " per " not in q.unit and is_money(q.unit):
        # "traded at 98p a therm, down 7p": a price's move told in its currency alone
        head, _, per = anchor.unit.partition(" per ")
        return head == q.unit and per not in ("share", "person", "head")
    return _sums_alike(q, anchor)


def _after_a_named_level_sum(q: Quantity, before: Sequence[Quantity]) -> bool:
    """The figure before ``q`` is a sum in its unit, of a named family and told as a level, not a move: what "..., up
    from $20,000" or "..., £250,000 more than last year" is set against."""
    if not (q.unit and before and before[-1].unit and _sums_alike(q, before[-1])):
        return False
    return before[-1].measure not in (None, "amount") and before[-1].change not in ("up", "down")


def _after_a_named_sum_move(q: Quantity, before: Sequence[Quantity]) -> bool:
    """The figure before ``q`` is a move by a sum of a named family in ``q``'s money ("fell $4,000", "rose 6 cents a
    litre", "dropped by 4p a litre"): what "... to $58,400" is the level of."""
    moved = before[-1] if before else None
    if moved is None or not (q.unit and moved.unit and is_money(q.unit) and is_money(moved.unit)):
        return False
    if moved.change not in ("up", "down") or moved.measure in (None, "amount"):
        return False
    head, other = q.unit.partition(" per ")[0], moved.unit.partition(" per ")[0]
    hundredths = ("penny", "cent", "sen")
    return head == other or (head in hundredths) != (other in hundredths)  # (cents to dollars, pence to pounds)


# Between a move by a sum and the level it reached: "fell $4,000 to", "climbed 6 cents a litre this week to", "dropped by
# 4p a litre over the month, to an average of" (no other clause between).
_LEVEL_AFTER_SUM_MOVE = re.compile(
    r"(?i)(?:\s+(?!(?:and|but|while|whereas|or|which|who|as|after|before|from)\b)[\w’'-]+){0,4}?,?\s+to\s+"
    r"(?:an?\s+average\s+of\s+|an?\s+|the\s+)?(?:(?:record|new|fresh|about|around|some|nearly|almost|roughly)\s+)*"
    r"(?:(?:high|low)\s+of\s+)?"
)


def _sums_alike(q: Quantity, other: Quantity) -> bool:
    """Are ``q`` and ``other`` in one unit: the same, or ``q`` the sum alone of a sum per a good near its size ("hit
    $2,790 an ounce before easing to $2,752"; never "$1.12 per share, from $1.9 billion")?"""
    if not q.unit or not other.unit:
        return False
    head, _, per = q.unit.partition(" per ")
    other_head, _, other_per = other.unit.partition(" per ")
    if head != other_head:
        return False
    if per == other_per:
        return True
    if per or other_per in ("share", "person", "head") or not q.value or not other.value:
        return False
    return 0.5 <= q.value / other.value <= 2


def cancelled_things(quantities: list[Quantity], text: str, offset: int) -> None:
    """A count of things named as called off ("led to 4,100 cancelled trains") measures the things `cancelled`, not the
    things ("stranded 12,000 passengers" keeps its own); told by a verb ("1,930 services were cancelled", "cancelled
    more than 300 flights"), measures' one table of deeds reads it."""
    if "ancel" not in text:
        return
    for i, q in enumerate(quantities):
        if (
            q.counted
            and q.unit == q.counted_lemma
            and (q.measure == q.counted_lemma or (q.measure and is_unit_word(q.measure)))
            and q.change not in ("up", "down", "from-to")
            and q.counted.lower().startswith(("cancelled ", "canceled "))
        ):
            quantities[i] = replace(q, measure="cancelled")


def same_measure_as_before(quantities: list[Quantity], text: str, offset: int) -> None:
    """A figure told as the baseline ("against 37 in 2025", "from £82.9m a year earlier") or the change ("down 30,000
    on the month before", "a rise of 23") of the figure before it in its clause, in the same unit, measures what that
    figure measures: such figures of ``quantities`` (offsets into the body; ``text`` the sentence, starting at
    ``offset``) are replaced with ones of that family. (Times and ages between them are passed over.)"""
    for i, q in enumerate(quantities):
        if q.unit == "percent" and q.measure in ("share", PERCENT_CHANGES.get(q.change or "")):
            again = _moved_again_since_another_time(quantities[:i], q, text, offset)
            if again is not None:
                # ("grew 0.4% in the third quarter, and 1.6% from a year earlier": its way too, where it tells none)
                way = again.change if q.change == "=" and again.change in PERCENT_CHANGES else q.change
                # (and its time: "in the third quarter" is the time of both)
                quantities[i] = replace(q, measure=again.measure, change=way, period=q.period or again.period)
                continue
        if q.unit == "percent" and q.change in PERCENT_CHANGES and q.measure == PERCENT_CHANGES[q.change]:
            moved = _percent_move_of(quantities[:i], q, text, offset)
            if moved:
                quantities[i] = replace(q, measure=moved)  # "a profit of $412m, down 18%": a profit decrease
            continue
        if (
            q.unit == "percent"
            and q.measure == "share"
            and (compared := _percent_compared(quantities[:i], q, text, offset))
        ):
            quantities[i] = replace(q, measure=compared)  # "31,200 homes, 12% fewer than a year earlier"
            continue
        if (
            q.measure not in _OPEN_FAMILIES
            and not (q.measure and is_unit_word(q.measure))
            and not (q.measure == TIME_SPAN and q.unit in DURATIONS)
        ):
            continue
        if q.measure == "share" and q.unit != "percent":
            continue
        start, end = q.start - offset, q.end - offset
        if not (0 <= start <= end <= len(text)):
            continue
        # (past times, ages and figures in other units: "rose to $2.3bn, or $1.12 per share, from $1.9bn")
        anchor = next(
            (
                p
                for p in reversed(quantities[:i])
                if p.measure != TIME_SPAN
                and not (p.measure is None and p.unit in DURATIONS)
                and p.unit not in AGES
                and _same_kind(q, p)
            ),
            None,
        )
        if anchor is None or not _family_to_share(anchor):
            continue
        if q.unit == "percent" and anchor.unit != "percent":
            continue
        lo = anchor.end - offset
        if not 0 <= lo <= start or start - lo > 90:
            continue
        told = _BASELINE_BEFORE.search(text, lo, start) or (
            _CHANGE_BEFORE.search(text, lo, start) if q.change in ("up", "down") else None
        )
        if told:
            gap = text[lo : told.start()]
        elif (
            q.change in ("up", "down") and _MORE_THAN_AFTER.match(text, end) and _APPOSITION.fullmatch(text, lo, start)
        ):
            gap = text[lo:start]  # "112 cases, 40 more than a week earlier" read as a rise
        elif (
            q.change == "="
            and q.unit is None  # (and so the anchor a count too: ``_same_kind``)
            and (count_move := _COUNT_MOVED_AFTER.match(text, end))
            and _APPOSITION.fullmatch(text, lo, start)
        ):
            # "Operations reached 1,150 in 2025, 60 up on 2024": a bare count after a count, told as a move from
            # another time, is a rise or a fall of what that count counts
            gap = text[lo:start]
            q = replace(q, change="up" if count_move.group("up") else "down")
        else:
            continue
        if _OTHER_CLAUSE.search(gap):
            continue
        quantities[i] = replace(q, measure=anchor.measure)


def _moved_again_since_another_time(before: list[Quantity], q: Quantity, text: str, offset: int) -> Quantity | None:
    """The percentage move before the percentage ``q`` of no family, when ``q`` tells the same move against another
    time with its verb left out ("Sales rose 3% in the quarter and 5% on a year earlier"), else None."""
    anchor = next((p for p in reversed(before) if p.measure != TIME_SPAN), None)
    if (
        anchor is None
        or anchor.unit != "percent"
        or anchor.measure in (None, "share", *PERCENT_CHANGES.values())
        or anchor.change not in ("=", *PERCENT_CHANGES)
    ):
        return None
    lo, start, end = anchor.end - offset, q.start - offset, q.end - offset
    if not 0 <= lo <= start <= end <= len(text):
        return None
    gap = _AND_ANOTHER_BASE_BEFORE.fullmatch(text, lo, start)
    if gap is None or _OTHER_CLAUSE.search(gap.group("gap")) or not _ANOTHER_BASE_AFTER.match(text, end):
        return None
    return anchor


# A figure named as what someone aimed at or expected, against the figure before it: "short of the 50,000 target",
# "its 2,000 goal", "the 600,000 a year ministers want", "fewer than the 170,000 economists had expected", "the 10
# billion the government had hoped for", "against a target of 78%", "beating forecasts of $8.4bn".
_AIM_AFTER = re.compile(
    r"(?i)\s+(?:(?:a|per)\s+(?:year|month|week|day)\s+)?(?:(?P<target>(?:[a-z-]+\s+)?(?:target|goal))\b|"
    # (whoever expected it, no comparison: "2,300 below what commanders wanted" is a gap, no aim)
    r"(?:(?:(?!(?:below|above|short|more|fewer|less|than|what|over|under|of|on)\b)[A-Za-z][\w’'-]*\s+){1,3}?|"
    r"(?:the|its|their)\s+[a-z]+\s+)(?:had\s+|have\s+|has\s+)?"
    r"(?:(?P<forecast>expected|forecast|predicted|projected|pencilled\s+in|hoped\s+for|wanted|wants?)|"
    # ("a fraction of the 85,000 ministers promised": a promise is an aim set, a target)
    r"(?P<promised>promised|pledged|vowed))\b)"
)
_AIM_BEFORE = re.compile(
    r"(?i)\b(?:(?P<target>target|goal)|(?P<forecast>forecasts?|expectations?|consensus|predictions?))\s+of\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|more\s+than|at\s+least|up\s+to)\s+)?$"
)


def aims_named_by_their_figure(quantities: list[Quantity], text: str, offset: int) -> None:
    """A figure told as a target or an expectation set against the figure before it in its sentence ("built 1,200
    homes, short of the 2,000 target") measures that figure's family as a target or a forecast ("housing
    completions target", "jobs forecast"): such figures of ``quantities`` (offsets into the body; ``text`` the
    sentence, starting at ``offset``) are replaced with ones of that family, never of the family itself (an aim is
    no report of what happened). (Run after ``same_measure_as_before``: a target told as a baseline, "against a
    target of eight minutes", keeps the family that gives it.)"""
    for i, q in enumerate(quantities):
        if q.measure not in _OPEN_FAMILIES or not i:
            continue
        start, end = q.start - offset, q.end - offset
        if not 0 <= start <= end <= len(text):
            continue
        aim = _AIM_AFTER.match(text, end) or _AIM_BEFORE.search(text, max(0, start - 40), start)
        if aim is None:
            continue
        anchor = next(
            (p for p in reversed(quantities[:i]) if p.measure != TIME_SPAN and p.unit not in AGES and _same_kind(q, p)),
            None,
        )
        if anchor is None or not _family_to_share(anchor) or not 0 <= anchor.end - offset <= start:
            continue
        if _OTHER_CLAUSE.search(text, anchor.end - offset, start):
            continue
        aimed = "target" if aim.group("target") or aim.groupdict().get("promised") else "forecast"
        quantities[i] = replace(q, measure=f"{anchor.measure} {aimed}")


def _counts_things(q: Quantity) -> bool:
    """Is ``q`` a count of a noun ("4,900 people"), not a sum, a share or a measurement?"""
    return q.unit == q.counted_lemma or (q.unit == "people" and q.counted_lemma is not None)


def change_named_by_its_level(quantities: list[Quantity], text: str, offset: int) -> None:
    """A change told "by N to M" ("The number of people sleeping rough rose by 820 to 4,900") measures what the level
    it brought the count to measures, when it names nothing itself: such figures of ``quantities`` (offsets into the
    body; ``text`` the sentence, starting at ``offset``) are replaced with ones of the level's family."""
    for i, q in enumerate(quantities[:-1]):
        level = quantities[i + 1]
        if (
            q.measure is not None
            or q.change not in ("up", "down")
            or (q.unit != level.unit and not (q.unit is None and level.unit and _counts_things(level)))
            or not _family_to_share(level)
            or not 0 <= q.end - offset <= level.start - offset <= len(text)
            or not _BY_BEFORE_FIGURE.search(text, max(0, q.start - offset - 30), q.start - offset)
            or not _LEVEL_AFTER_MOVE.fullmatch(text, q.end - offset, level.start - offset)
        ):
            continue
        quantities[i] = replace(q, measure=level.measure)


# A percentage comparing the figure before it with another time or level, right after it: "31,200 homes, 12% fewer
# than a year earlier", "£32.5bn, 9% more than in 2024", "181 million, still 12% below their pre-pandemic average".
_COMPARED_AFTER_PERCENT = re.compile(
    r"(?i)\s+(?:(?P<up>more|higher|above)|fewer|less|lower|below)\s+(?:than|on|from)?\s*(?:(?:in|on|at|during)\s+)?"
    # (with another time, not another thing: "20% more than the league average" is no move)
    r"(?:(?:a|the|its|their|last|this)\s+)?(?:same\s+|previous\s+|prior\s+|pre-[a-z]+\s+|[a-z]+-year\s+)?"
    r"(?:year|month|week|quarter|season|day|period|time|levels?|average|(?:19|20)\d\d|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)\b"
)
_COMPARING_APPOSITION = re.compile(r"(?i)[^;:]*?,\s*(?:(?:still|about|around|some|nearly|almost|roughly|just)\s+)*")


def _percent_compared(before: list[Quantity], q: Quantity, text: str, offset: int) -> str | None:
    """The family of a percentage (``q``) by which the figure before it in its clause is more or less than another:
    that figure's increase or decrease ("31,200 homes, 12% fewer than a year earlier": homes decrease); None when
    that figure names no family or is a percentage itself."""
    start, end = q.start - offset, q.end - offset
    if not 0 <= start <= end <= len(text):
        return None
    compared = _COMPARED_AFTER_PERCENT.match(text, end)
    if compared is None:
        return None
    anchor = next(
        (
            p
            for p in reversed(before)
            if p.measure != TIME_SPAN and not (p.measure is None and p.unit in DURATIONS) and p.unit not in AGES
        ),
        None,
    )
    if anchor is None or anchor.unit == "percent" or not _family_to_share(anchor):
        return None
    lo = anchor.end - offset
    if not 0 <= lo <= start or start - lo > 90 or not _COMPARING_APPOSITION.fullmatch(text, lo, start):
        return None
    if _OTHER_CLAUSE.search(text, lo, start):
        return None
    return f"{anchor.measure} {'increase' if compared.group('up') else 'decrease'}"


# A move in percent restating the move just told in another unit: "rose $140, or 1.6%, to", "fell 42 pence, or 3.9%".
_OR_PERCENT = re.compile(r"(?i),?\s+or\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?")


def _percent_move_of(before: list[Quantity], q: Quantity, text: str, offset: int) -> str | None:
    """The family of a move by so many percent (``q``) of the figure before it in its clause: the change of a named
    sum or count ("a first-half profit of $412m, down 18% from a year earlier": profit decrease), or the move just
    told in another unit ("Copper rose $140, or 1.6%": copper price increase); None when nothing is named."""
    anchor = next(
        (
            p
            for p in reversed(before)
            if p.measure != TIME_SPAN and not (p.measure is None and p.unit in DURATIONS) and p.unit not in AGES
        ),
        None,
    )
    start = q.start - offset
    if anchor is None or anchor.unit == "percent":
        return None
    lo = anchor.end - offset
    if not 0 <= lo <= start or start - lo > 90:
        return None
    way = "increase" if q.change == "up" else "decrease"
    if anchor.change == q.change and _OR_PERCENT.fullmatch(text, lo, start):
        named = _move_of_subject(text, anchor.start - offset, q.change)
        if named:
            return named
        family = anchor.measure
        if family and family.endswith((" increase", " decrease")):
            return family  # "fell 87 points, or 5.2%": the same move, already named
        if family and family not in _OPEN_FAMILIES and family not in UNIT_NAMES and not _UNIT_FAMILY.fullmatch(family):
            return f"{family} {way}"
        return None
    if not _family_to_share(anchor):
        return None
    told = _CHANGE_BEFORE.search(text, lo, start)
    if told is None or _OTHER_CLAUSE.search(text, lo, told.start()):
        return None
    return f"{anchor.measure} {way}"


# Lemmas spelled like a measure of another kind: "30 million shares" are no percentage share.
_NOT_A_FAMILY_NAME = {"share": "shares", "rate": "rates", "amount": "amounts", "ratio": "ratios"}
# Nouns counted under another noun's family: an infection counted is a case, as those "infected" are an outbreak's
# cases ("confirmed 171 infections" against "171 mpox cases").
_COUNTED_AS = {"infection": "cases"}


# What a percentage with no group and no "rate" after a noun is a rate of, when what it is said of names one:
# "Inflation eased to 4%" (the inflation rate), "Unemployment edged up to 4.1%", "GDP growth slowed to 1.2%".
_RATE_NOUNS = {
    "inflation": "inflation rate",
    "unemployment": "unemployment rate",
    "joblessness": "unemployment rate",
    "growth": "growth rate",
    "vacancy": "vacancy rate",
    "occupancy": "occupancy rate",
    "poverty": "poverty rate",
    "turnout": "turnout",
    "participation": "turnout",
    "interest": "interest rate",
    "positivity": "positivity rate",
    "mortality": "mortality rate",
    "yield": "yield",
    "yields": "yield",
}


_PRISON_TERM_BEFORE = re.compile(
    r"(?i)\b(?:jailed|imprisoned|sentenced|locked\s+up|incarcerated)\s+"
    # whom: "jailed him for", "jailed the former mayor for", "sentenced Ortiz to"
    r"(?:(?:him|her|them|the\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+)?"
    # ("jailed on Friday for", "sentenced yesterday to")
    r"(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+)?"
    r"(?:for|to)\s+(?:(?:a|an)\s+(?:total|term|maximum|minimum)\s+of\s+|up\s+to\s+|more\s+than\s+|nearly\s+|almost\s+)?$"
    r"|\b(?:prison|jail)\s+(?:term|sentence)s?\s+of\s+(?:up\s+to\s+)?$"
    # "Prosecutors had asked for 10 years", "the prosecution sought eight years": the term asked for
    r"|\bprosecut\w*\b[^.;]{0,60}?\b(?:asked\s+for|sought|demanded|requested|called\s+for|pushed\s+for)\s+$"
    # "a maximum sentence of 20 years", "a custodial sentence of 18 months", "the sentence of six years"
    r"|\b(?:a|an|the|his|her|their|its)\s+(?:(?:maximum|mandatory|total|combined|custodial|suspended|reduced|new)\s+)?"
    r"sentences?\s+of\s+(?:up\s+to\s+|at\s+least\s+|more\s+than\s+)?$"
    # "were each given suspended sentences of between six and 18 months", "jail terms of up to 10 years"
    r"|\b(?:suspended|prison|jail|custodial)\s+(?:sentences|terms)\s+of\s+(?:between\s+|up\s+to\s+)?$"
)
# "reduced the prison sentence of the city's former mayor to six years", "extended his sentence to 12 years": the
# new term (whoever's sentence it is may take many words)
_SENTENCE_CHANGED_TO = re.compile(
    r"(?i)\b(?:reduc|cut|increas|extend|lengthen|shorten|rais|halv|doubl|commut|lower)\w*\s+"
    r"(?:the|his|her|their|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?)\s+"  # ("cut Rui Matos's sentence")
    r"(?:(?:(?:prison|jail|custodial)\s+)?sentences?|(?:prison|jail|custodial)\s+terms?)\b[^.;]{0,100}?\bto\s+(?:up\s+to\s+)?$"
    # the passive: "has had his sentence increased to eight years", "her jail term was cut to four years"
    r"|\b(?:the|his|her|their|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?)\s+(?:(?:(?:prison|jail|custodial)\s+)?sentences?|"
    r"(?:prison|jail|custodial)\s+terms?)\s+(?:(?:was|were|is|has\s+been|had\s+been|been)\s+)?"
    r"(?:reduc|cut|increas|extend|lengthen|shorten|rais|halv|doubl|commut|lower)\w*\s+(?:on\s+appeal\s+)?to\s+"
    r"(?:up\s+to\s+)?$"
)
# ... told from its old term: "The appeals court cut his sentence from 18 years to 12".
_SENTENCE_CHANGED_FROM = re.compile(
    r"(?i)\b(?:reduc|cut|increas|extend|lengthen|shorten|rais|halv|doubl|commut|lower)\w*\s+"
    r"(?:the|his|her|their|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s?)\s+"
    r"(?:(?:(?:prison|jail|custodial)\s+)?sentences?|(?:prison|jail|custodial)\s+terms?)\s+(?:on\s+appeal\s+)?$"
)
# The most a charge can bring: "he faces up to 15 years on each count", "could face 20 years in prison" (with a
# word of a crime, a court or a prison in the sentence: not "faces 10 years of austerity").
_FACES_TERM_BEFORE = re.compile(
    r"(?i)\b(?:faces?|facing|could\s+face|would\s+face|may\s+face|could\s+get|risks?)\s+"
    r"(?:(?:a\s+maximum\s+(?:sentence\s+)?of|a\s+maximum\s+of|as\s+(?:much|long)\s+as)\s+)?$"
)
_CRIME_WORDS = re.compile(
    r"(?i)\b(?:guilty|convicted|charged|charges?|counts?|court|jury|judge|prison|jail|behind\s+bars|sentenc\w*|"
    r"offen[cs]es?|fraud|murder|manslaughter|smuggling|trafficking|bribery|theft)\b"
)
# Life expectancy named before its years, with nothing but its level's words between ("for women", "at birth", "in
# the region" and a verb of level or move).
_LIFE_EXPECTANCY_YEARS_BEFORE = re.compile(
    r"(?i)\b(?P<healthy>healthy\s+)?life\s+expectancy(?:\s+(?:for|at|in|of|among)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
    r"\s+(?:of|(?:has\s+|had\s+)?(?:rose|risen|fell|fallen|climbed|dropped|increased|decreased|reached|hit|was|is|"
    r"stands|stood|stalled)(?:\s+(?:to|at|by))?)\s+(?:(?:about|around|nearly|almost|just|a\s+record)\s+)*$"
)
# How long someone or something waits, told right before the span: "waited a median of 47 days", "wait an average of
# 18 days for an appointment", "waits of up to 19 days", "the average waiting time rose to 52 minutes".
_WAITED_BEFORE = re.compile(
    r"(?i)\b(?:wait(?:s|ed|ing)?(?:\s+for)?|waits\s+of|waiting\s+times?\s+(?:(?:in|at|for)\s+(?:[\w&’'-]+\s+){1,2})?(?:of|(?:has\s+|have\s+)?(?:rose|risen|"
    r"fell|fallen|climbed|dropped|increased|decreased|was|were|is|are|hit|reached|stood|stands)(?:\s+(?:to|at))?))\s+"
    r"(?:(?:an?\s+(?:average|median)\s+of|on\s+average|about|around|roughly|up\s+to|more\s+than|over|nearly|"
    r"almost|at\s+least|longer\s+than|less\s+than|under|just|only)\s+)*$"
)
# The least time a sentence keeps one in prison, a figure apart from the sentence: "life, with a minimum term of 28
# years" ("a 15-year sentence, with a minimum term of 10 years": 15 and 10; "ordered to serve 90 days of treatment"
# is neither).
_MINIMUM_TERM_BEFORE = re.compile(r"(?i)\bminimum\s+(?:term|tariff)\s+of\s+(?:at\s+least\s+)?$")
# "a 15-year sentence", "a six-month jail term", "a two-year suspended sentence" (not "a five-year term" in office)
_PRISON_TERM_AFTER = re.compile(
    r"(?i)\s+(?:(?:suspended|prison|jail|custodial)\s+)?sentence\b|\s+(?:prison|jail|custodial)\s+term\b"
    # "faces up to 14 years in prison", "20 years in federal prison", "six years behind bars"
    r"|\s+in\s+(?:(?:a\s+)?(?:federal|state|county|maximum-security|high-security|youth|women's|men's)\s+)?"
    r"(?:prison|jail)\b|\s+behind\s+bars\b"
)
# Between two figures of one measure: "3.2% from 3.4%", "0.3 points to 4.1%", "4.1%, up from 3.9%".
_LEVEL_AFTER_FIGURE = re.compile(
    r"(?i)(?:\s+of\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
    # the period the first level is for: "6.1% in March, up from 5.8% in February"
    r"(?:\s+(?:in|for)\s+(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|(?:first|second|third|fourth)\s+quarter|(?:19|20)\d\d))?"
    r"\s*,?\s*(?:(?:up|down)\s+)?(?:from|to|compared\s+with|against|versus|vs\.?)\s+(?:an?\s+(?:revised\s+)?)?"
    # "growth of 5% to 7%, up from a previous forecast of 4% to 6%": the same measure's earlier level
    r"(?:(?:an?|the|its)\s+(?:previous|earlier|prior|initial|original)\s+(?:forecast|estimate|reading|figure|"
    r"target|guidance|projection)\s+of\s+)?"
)


# Between a named sum and another in its currency that it is set against or moved to: a few words of the same
# clause ("before easing", "on average, up", "a year ago, down") and "to", "from", "against" or "compared with".
_SUM_SET_AGAINST = re.compile(
    r"(?i)(?:[\s,]+(?!(?:and|but|while|whereas|or|which|who|as|after)\b)[\w’'-]+){0,4}?[\s,]+"
    r"(?:to|from|against|versus|vs\.?|compared\s+with)\s+(?:an?\s+|the\s+)?(?:(?:about|around|some|nearly|almost)\s+)?"
)


# Between a named sum and a difference from it told right after: one clause, then a comma ("£3.1m at the dinner, ").
_DIFFERENCE_GAP = re.compile(r"(?:\s+(?!(?:and|but|while|whereas|or|which|who)\b)[\w’'-]+){0,5}?\s*,\s*")


_PERIOD_AND = re.compile(
    r"(?i)\s+(?:(?:in|for|during)\s+)?(?:(?:this|next|last|the\s+following)\s+(?:year|month|quarter)|(?:19|20)\d\d|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\s*,?\s+and\s+"
)


def _rate_of(text: str, start: int, measure: str) -> str:
    """ "inflation rate" for a percentage said of inflation, else ``measure``."""
    named = property_of(text, start)
    head = named.split()[-1].lower() if named else None
    if head not in _RATE_NOUNS:
        at = _RATE_NOUN_AT.search(text, max(0, start - 60), start)
        head = at.group("noun").lower() if at else None  # "with unemployment at 3.1%", "Inflation, at 3.9%,"
    return _RATE_NOUNS.get(head, measure) if head else measure


_RATE_NOUN_AT = re.compile(
    # ("put joblessness across the provinces at 4.6%": where it was measured may come between)
    r"(?i)\b(?P<noun>" + "|".join(_RATE_NOUNS) + r")(?:(?:\s+(?:across|in|among|for)\s+(?:the\s+)?[\w’'-]+"
    r"(?:\s+[\w’'-]+){0,2}?)?\s*,?\s+(?:at|of)"
    # "inflation, which fell to 3.1%", "Inflation for September was confirmed at 3.4%"
    r"|\s*,\s*which\s+(?:has\s+|had\s+)?(?:fell|fallen|rose|risen|eased|slowed|climbed|edged\s+(?:up|down)|"
    r"dropped|jumped|stood|hit|reached)(?:\s+(?:to|at))?"
    r"|\s+(?:for|in)\s+(?:[A-Z][a-z]+|the\s+(?:[a-z]+\s+)?(?:month|quarter|year))\s+(?:was|is|stood|came\s+in)"
    # ("Growth in the first quarter was revised down to 0.1%")
    r"(?:\s+(?:confirmed|revised|put)(?:\s+(?:down|up|upward|downward))?)?(?:\s+(?:at|to))?)\s+"
    r"(?:(?:about|around|roughly|nearly|almost|just\s+(?:over|under)|some)\s+)?$"
)


# A plural subject moved or brought to a bare figure by a verb of change or level: "Cases rose by 1,234",
# "Measles cases hit 1,500", "Arrivals topped 2 million" (not "were", which may give anything).
_MOVED_VERB = (
    r"(?:rose|risen|rises|fell|fallen|falls|climbed|jumped|dropped|hit|reached|topped|totall?ed|surged|soared|increased|"
    r"decreased|declined|doubled|tripled|grew|grown|stood\s+at|stands?\s+at|exceeded|passed|surpassed|"
    # the news's other verbs of a fall or a rise: "Adoptions slumped to 112", "Bookings slipped to 8,400"
    r"slumped|slid|slipped|plunged|plummeted|tumbled|dipped|eased|shrank|shrunk|swelled|swollen|leapt|leaped|"
    r"rocketed|peaked\s+at|numbered|(?:recovered|rebounded|edged\s+(?:up|down))(?=\s+to\b)|"
    # a count revised in the passive: "Cholera cases were revised down to 1,480", "Arrivals were cut to 4,000"
    r"(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:later\s+|since\s+|now\s+|also\s+)?"
    r"(?:revised|marked|cut|trimmed|raised|lowered|lifted|reduced|upgraded|downgraded|scaled)"
    r"(?:\s+(?:up|down|back|upwards?|downwards?))?(?=\s+(?:to|by)\b)|"
    # a headline's present after a plural subject: "Cholera cases rise to 3,200", "Measles cases climb to 1,450"
    r"rise|fall|climb|jump|drop|reach|top|surge|soar|increase|decrease|decline|double|grow|exceed|pass|slump|slide|"
    r"slip|plunge|tumble|dip|ease|shrink|swell|leap|peak\s+at)"
)
# "fell 12% last year to": a move in percent, then "to" the level the subject reached
_PERCENT_MOVE_TO = (
    r"(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)(?:\s+(?:(?:last|this|a|the\s+previous)\s+|in\s+(?:a|one|the)\s+|"
    # ("rose 38% in a week to 2,940", "fell 4% on the year to 812,000": the time the move took)
    r"(?:on|over)\s+the\s+)(?:year|month|quarter|week|day))?"
    r"\s+to"
)
_SUBJECT_MOVED_TO = re.compile(
    # ("Murders in Tarvel fell": where they were counted, between the subject and its verb)
    # (or what they are of or for: "Admissions for measles doubled", "Flu admissions to hospital rose 38%")
    # ("Referrals to children's mental health services hit", "Insolvencies in England and Wales rose": a longer one)
    r"(?i)^(?:(?:\s+(?:in|across|for|to|at|from|on|along|off|near|within|throughout)\s+(?:the\s+)?[\w'’-]+"
    r"(?:\s+(?:and\s+)?[\w'’-]+){0,3}?){1,2}?"
    r"(?=\s+(?:has|have|had|now|" + _MOVED_VERB + r")\b))?"
    # ("Job cuts will reach 6,000", "the company's layoffs would total 900": a plan's size counts the same)
    r"\s+(?:(?:has|have|had)\s+)?(?:(?:will|would)\s+)?(?:now\s+)?"
    + _MOVED_VERB
    + r"(?:\s+by\s+[\d.,]+(?:\s+(?:thousand|million|billion))?\s+to)?"
    r"(?:\s+" + _PERCENT_MOVE_TO + r")?"
    r"(?:\s+(?:by|to|at|from|about|around|nearly|almost|more\s+than|some))*"
    # ("rose to a record 516,971", "climbed to a new high of 2,310")
    r"(?:\s+an?\s+(?:record|new\s+(?:high|low|peak)\s+of|(?:all-time\s+)?(?:high|low|peak)\s+of))?\s+$"
)
_MOVED_IN_PERCENT_TO = re.compile(r"(?<![\w.,])" + _PERCENT_MOVE_TO + r"\s+$", re.IGNORECASE)
# Plural subjects whose move is an amount or a price, not a count of them ("shares rose 12 to 300").
# A phrase of where or whose between a subject and its verb ("to the island", "at the museum").
_PLACE_PHRASE = re.compile(r"(?i)^\s+(?:to|at|from|for|on|of)\s+(?:the\s+)?[\w’'-]+(?=\s)")
# Words before "numbers" that count no thing ("the latest numbers", "job numbers" are jobs, "sales figures" no count).
_NOT_A_THING_COUNTED = frozenset(
    "the latest new official final early these those their its our sales trade jobs growth inflation poll polling "
    "export import revenue profit earnings crime".split()
)
_NOT_COUNTED_SUBJECT = frozenset(
    """
    shares stocks prices rates yields markets indices indexes bonds futures currencies sales exports imports earnings
    revenues profits losses costs wages salaries savings reserves assets deposits loans debts bills fares rents
    premiums payments funds spending taxes tariffs charges fees benefits pensions values volumes levels numbers
    figures totals estimates forecasts expectations hopes fears odds temperatures readings scores ratings polls
    lists queues backlogs registers rolls lines
    """.split()
)


# A level told as a record before its figure: "rose to a record 516,971", "hit a new high of 2,310".
_RECORD_LEVEL_BEFORE = re.compile(
    r"(?i)(?<=\s)an?\s+(?:record|new\s+(?:high|low|peak)\s+of|(?:all-time\s+)?(?:high|low|peak)\s+of)\s+$"
)
# ("Casualties among Kovarian troops": a word or two of the object's own may come between)
_AFTER_A_PREPOSITION = re.compile(r"\w\s+(?i:among|of|for|from|against|between)\s+(?:[A-Z][\w’'-]*\s+){0,2}$")


def _counted_subject(text: str, start: int) -> tuple[str, str] | None:
    """ "Cases rose by 1,234 to 45,678": what the plural subject before the verb names is what the figure counts."""
    record = _RECORD_LEVEL_BEFORE.search(text, max(0, start - 30), start)
    named = property_of(text, record.start() if record else start)
    if not named and (moved := _MOVED_IN_PERCENT_TO.search(text, max(0, start - 60), start)):
        named = property_of(text, moved.start())  # "Murders fell 12% last year to 412": the subject of the move
    if not named:
        return None
    at = text.rfind(named, max(0, start - 80), start)
    words = _head_words(named)
    if (
        len(words) >= 2
        and words[-1].lower() in ("numbers", "figures")
        and words[-2].isalpha()
        and words[-2].lower() not in _NOT_A_THING_COUNTED
        and at >= 0
        # (where they were counted may come between, in a word or several: "Goose numbers at the estuary reserve
        # slipped to 12,600")
        and (
            _SUBJECT_MOVED_TO.match(gap := text[at + len(named) : start])
            or _SUBJECT_MOVED_TO.match(_PLACE_PHRASE.sub("", gap, count=1))
        )
        and not unit_named(words[-2].lower())
    ):
        # "Visitor numbers to the island reached 2.2 million", "passenger numbers rose to 41 million": the visitors
        thing = singular(words[-2].lower())  # ("Cattle numbers": cattle; "Goose numbers": geese, a goose)
        return plural(thing), thing
    words = named.split()
    head = words[-1]
    if (
        at < 0
        # "Casualties among Marovian troops have reached 1,200": the troops are the object of a preposition inside
        # the subject, not what is counted (frames reads the subject's own head)
        or _AFTER_A_PREPOSITION.search(text, max(0, at - 40), at)
        or not _SUBJECT_MOVED_TO.match(text[at + len(named) : start])
        or not is_plural(head)
        or head.lower() in _NOT_COUNTED_SUBJECT
        or (head[0].isupper() and len(words) == 1 and not _sentence_start(text, at))
        or unit_named(singular(head).lower())
    ):
        return None
    return named, singular(head).lower()


# A count told as an estimate of what the object of "put" or "estimate" names: "Seoul estimates North Korean troops in
# Russia at more than 3,000", "Kyiv put enemy casualties at about 4,000" (troops, casualties: no bare number).
_ESTIMATED_AT = re.compile(
    r"(?i)\b(?:put|puts|putting|estimated?|estimates|estimating|placed?|places|placing|reckons?|reckoned)\s+"
    r"(?P<np>(?:(?:the|its|their|his|her|our)\s+)?(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][a-z’'-]*s))"
    r"(?:\s+(?:in|on|inside|near|along|across|from|of)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?"
    r"\s+at\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|at\s+least|fewer\s+than|less\s+than|"
    r"up\s+to|as\s+many\s+as|just\s+(?:over|under)|an\s+estimated)\s+)?$"
)


def _estimated_at(text: str, start: int) -> tuple[str, str] | None:
    """What the estimate "put X at" / "estimates X at" the figure at ``start`` gives is a count of: X's plural head."""
    if " at " not in text[max(0, start - 40) : start]:
        return None
    found = _ESTIMATED_AT.search(text, max(0, start - 120), start)
    if found is None:
        return None
    head = found.group("head")
    words = found.group("np").split()
    if (
        not is_plural(head)
        or head.lower() in _NOT_COUNTED_SUBJECT
        or unit_named(singular(head).lower())
        or any(w.lower() in _NO_NOUN_WORDS for w in words[1:])
    ):
        return None
    return found.group("np"), singular(head).lower()


# A count a verb of change brought a plural object to: "cut daily transits through the strait to 18", "will raise its
# flights to Lisbon to 14", "capped arrivals at 4,000" (what the object names is what the figure counts).
_CHANGED_COUNT_OBJECT = re.compile(
    r"(?i)\b(?:cut|cuts|cutting|reduc(?:e|ed|es|ing)|rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|limit(?:s|ed|ing)?|"
    r"cap(?:s|ped|ping)?|lift(?:s|ed|ing)?|lower(?:s|ed|ing)?|boost(?:s|ed|ing)?|trim(?:s|med|ming)?|"
    r"slash(?:es|ed|ing)?|doubl(?:e|ed|es|ing)|halv(?:e|ed|es|ing))\s+"
    r"(?:(?:the|its|their|his|her|our)\s+)?(?P<np>(?:[a-z][\w’'-]*\s+){0,2}?(?P<head>[a-z][\w’'-]*s))"
    r"(?:\s+(?:in|on|at|through|across|for|from|along|into|to|via)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?"
    r"\s+(?:to|at)\s+(?:(?:about|around|roughly|nearly|almost|just|only|some|no\s+more\s+than)\s+)?$"
)


def _counted_object(text: str, start: int) -> tuple[str, str] | None:
    """What the plural object of "cut X to", "capped X at" the figure at ``start`` counts: X, its head singular."""
    found = _CHANGED_COUNT_OBJECT.search(text, max(0, start - 120), start)
    if found is None:
        return None
    head, words = found.group("head"), found.group("np").split()
    if (
        not is_plural(head)
        or head.lower() in _NOT_COUNTED_SUBJECT
        or unit_named(singular(head).lower())
        or any(w.lower() in _NO_NOUN_WORDS for w in words)
    ):
        return None
    return found.group("np"), singular(head).lower()


_NO_NOUN_WORDS = frozenset(
    "that which who than and or but a an the to of for with by is are was were be been has have had will would".split()
)


def _number_of(text: str, start: int, before: Sequence[Quantity]) -> tuple[str, str] | None:
    """What "the number of ..." before the figure at ``start`` names, when the figure is that number."""
    if "of" not in text[max(0, start - 160) : start] or not _NUMBER_IS.search(text, max(0, start - 12), start):
        return None
    found = next(reversed(list(_NUMBER_OF.finditer(text, max(0, start - 160), start))), None)
    if (
        found is None
        or any(
            found.end() <= q.start < start and q.change not in ("up", "down") and q.measure != TIME_SPAN for q in before
        )
        or ";" in text[found.end() : start]
    ):
        # another figure (or clause) in between is what the words before it describe; not the size of the change
        # that brought the number to this one ("the number of homeless people rose by a quarter to 12,400")
        return None
    # (else read as the words after "of": "the number of unemployed", "of displaced people" open with a participle)
    counted = counted_after(text, found.end()) or counted_after(text, found.end() - 3, after_of=True)
    if counted is None or unit_named(counted[1]) or counted[1] in _NO_COUNTED_THING:
        return None  # "the number of years", "the number of times": a duration or a frequency, no thing counted
    return counted


def _state_of_those_numbered(text: str, start: int) -> str | None:
    """The state the people "the number of ..." counts are said to be in, told inside it ("The number of people
    staying in evacuation centres rose to 54,000": displaced), else None."""
    found = next(reversed(list(_NUMBER_OF.finditer(text, max(0, start - 160), start))), None)
    level = _NUMBER_IS.search(text, found.end(), start) if found else None
    if found is None or level is None:
        return None
    family = measure_for("1" + text[found.end() : level.start()], 0, 1, None)[0]
    return family if family in STATES_OF_PEOPLE else None


def _number_measure(counted: str, lemma: str) -> str:
    """What "the number of ..." measures: what a figure right before its head noun measures ("Kavari soldiers":
    troops, "cholera cases": cases), else the noun itself, singular, as counts of a noun are compared
    ("infected farms": farm)."""
    return (
        measure_for("1 " + counted.split()[-1], 0, 1, None)[0]
        or _COUNTED_AS.get(lemma)
        or _kind_named(counted, lemma)
        or lemma
    )


# Heads that name many kinds of thing, each kind by the noun before it: "bird strikes" are no walkouts, "parking
# tickets" no concert seats, "mortgage approvals" no planning consents. A count of such a head is named with its
# kind ("1,436 bird strikes": bird strike, was strike); other heads keep their lemma.
_KIND_HEADS = frozenset(
    "strike ticket shop collection approval application claim complaint theft call mission "
    "listing licence prescription alarm start pass".split()
)
# Words before a head that say how many or which, not what kind: "new", "more", "recorded", "daily".
_NOT_A_KIND = frozenset(
    "new other more extra additional further fewer total overall combined recorded reported estimated daily weekly "
    "monthly annual yearly first last such some all several many the its their".split()
)


def _kind_named(counted: str | None, lemma: str | None) -> str | None:
    if not counted or lemma not in _KIND_HEADS:
        return None
    words = counted.split()
    if len(words) < 2 or singular(words[-1].lower()) != lemma:
        return None
    kind = words[-2].lower()
    if kind in _NOT_A_KIND or not re.fullmatch(r"[a-z][a-z-]*[a-z]", kind) or kind.endswith(("’s", "'s")):
        return None
    return f"{kind} {lemma}"


def is_figure(q: Quantity) -> bool:
    """A figure the claim reports, as opposed to a time span that only places it in time,
    a person's age ("Jan Ivers, 52, said"), which describes who rather than reports how many,
    or how many sources a report names ("two people familiar with the matter said")."""
    return q.measure not in (TIME_SPAN, SOURCE_COUNT, FAMILY) and q.unit not in AGES


_ODD_AFTER = re.compile(r"-odd\b")
_PLUS_AFTER = re.compile(r"-plus\b|\+(?![\d\w+])")
# What an amount is of, then the time it is per: "870 million litres of water a day", "1.4 million tonnes of coal a
# year", "$2bn of its own shares a year". Only a time: after a noun phrase "a"/"per" with another noun may open the
# next clause or say whose the amount is ("40 tonnes of grain per village" is left as it was).
_OF_WHAT_BEFORE_PER = re.compile(r"\s+of\s+(?:[A-Za-z][\w’'-]*\s+){0,3}?[a-z][\w’'-]*(?=\s+(?:a|an|per|every)\s)")


def _per_time_after_what(text: str, end: int) -> str | None:
    of_what = _OF_WHAT_BEFORE_PER.match(text, end)
    if of_what is None or re.search(r"\d", of_what.group(0)):
        return None
    per = per_after(text, of_what.end())
    return per[0] if per and per[0] in DURATIONS else None


_PER_ABBREVIATION = re.compile(r"\s?(?P<abbr>pcm|pw|pa(?!\.\w)|p\.a\.)(?!\w)", re.IGNORECASE)
_PER_ABBREVIATIONS = {"pcm": "month", "pw": "week", "pa": "year"}


def _complete(quantity: _Draft, text: str, m: re.Match[str]) -> int:
    """Currency named after the figure, unit, rate, age, and the direction of a change.
    Returns where the words about what the figure measures begin (after a currency or
    percent sign or name, before any other unit or rate)."""
    if quantity.vague or quantity.unit == "fraction" or quantity.pair:
        return quantity.end
    odd = _ODD_AFTER.match(text, quantity.end) if quantity.value is not None and quantity.unit is None else None
    if odd:
        quantity.end = odd.end()  # "20-odd years", "40-odd people": about so many of what follows
        quantity.text = text[quantity.start : quantity.end]
    plus = _PLUS_AFTER.match(text, quantity.end) if quantity.value is not None and quantity.unit is None else None
    if plus and quantity.change == "=":
        # "10,000-plus fans", "1,000+ police": more than so many
        quantity.end = plus.end()
        quantity.text = text[quantity.start : quantity.end]
        quantity.change, quantity.low, quantity.high = ">", quantity.value, None
    if quantity.unit is None:
        _attach_currency(quantity, text)
    number_end = quantity.end
    if quantity.unit is None:
        unit = unit_after(text, quantity.end)
        if unit is None and (of_a_point := _OF_A_POINT.match(text, quantity.end)) is not None:
            # "rose by 0.3 of a percentage point": that much of the unit
            unit = ("percentage point" if of_a_point.group("point") else "percent", of_a_point.end())
        if unit:
            quantity.unit, quantity.end = unit
            if unit[0] == "percent":
                number_end = quantity.end
    abbreviation = _PER_ABBREVIATION.match(text, quantity.end) if quantity.unit and is_currency(quantity.unit) else None
    if abbreviation:
        # "£1,250pcm", "£950 pw", "£40,000pa": rent or pay per calendar month, week, year
        period = _PER_ABBREVIATIONS[abbreviation.group("abbr").lower().replace(".", "")]
        quantity.unit, quantity.end = f"{quantity.unit} per {period}", abbreviation.end()
        quantity.text = text[quantity.start : quantity.end]
    elif quantity.unit is not None:
        per = per_after(text, quantity.end, any_noun=not is_currency(quantity.unit))
        if per and quantity.unit != per[0]:
            quantity.unit, quantity.end = f"{quantity.unit} per {per[0]}", per[1]
        elif per is None and (quantity.unit in MEASURED_IN or is_currency(quantity.unit)):
            per_time = _per_time_after_what(text, quantity.end)
            if per_time:
                quantity.unit = f"{quantity.unit} per {per_time}"  # "870 million litres of water a day"
    if (
        quantity.unit in DURATIONS
        and m.group("mod")
        and m.group("mod").lower() == "over"
        and not _FOR_BEFORE.search(text, max(0, quantity.start - 5), quantity.start)
    ):
        # "a 20% rise over three years": the period it happens in, not "more than three years"
        quantity.start = m.start("num") if m.group("num") else m.start("word")
        quantity.change, quantity.low, quantity.high = "=", quantity.value, quantity.value
    if odd and quantity.change in ("=", ">"):
        quantity.change, quantity.low, quantity.high = "~", quantity.value, quantity.value
    if quantity.unit in (None, "year") and _is_age(text, quantity):
        quantity.unit = "year of age"
        # the age is written as a whole: "a 34-year-old", "34 years old", "five-year-olds" (not "34-year")
        tail = (_AGE_TAIL if quantity.end > number_end else _AGE_AFTER).match(text, quantity.end)
        quantity.end = tail.end() if tail else quantity.end
    elif quantity.unit in (None, "month") and (months_old := _MONTH_AGE_AFTER.match(text, number_end)):
        quantity.unit = "month of age"
        quantity.end = max(quantity.end, months_old.end())  # "an 18-month-old"
    quantity.text = text[quantity.start : quantity.end]
    sign = m.group("sign") if not quantity.vague else None
    if sign and quantity.change == "=" and (quantity.unit == "percent" or sign == "+") and quantity.value is not None:
        quantity.change = _SIGN_CHANGE.get(sign, "=")  # "-0.6%", "+1.2%": a change, with its sign
    # "rose about 1.5%" is a rise, of about 1.5% (but "added about 300 jobs" stays a count of about 300, and
    # "falling about 150 metres" a distance)
    if quantity.change == "=" or (
        quantity.change == "~" and quantity.unit is not None and (quantity.unit in _RATES or is_currency(quantity.unit))
    ):
        direction = _direction_before(text, quantity.start)
        if (
            direction
            and not (
                quantity.unit
                and is_currency(quantity.unit)
                and _RAISED.search(text, max(0, quantity.start - 10), quantity.start)
            )
            and not _deposited(text, quantity)
            and not _one_of_a_kind(text, quantity)
            # ("The airline lost £140m": the sum it lost, its loss, not a fall by it)
            and not (quantity.unit and is_currency(quantity.unit) and is_sum_lost(text, quantity.start, quantity.end))
        ):
            quantity.change = direction  # but "the startup raised $13.6M" is the sum it raised, not a rise by it
    return number_end


# "The blizzard dropped 52 centimetres of snow", "planes dropped 40 tonnes of aid": an amount of a thing let fall,
# not a fall by it ("the river dropped 2 metres" is one).
_DROPPED_BEFORE = re.compile(
    r"(?i)\bdrop(?:s|ped|ping)?\s+(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|up\s+to|"
    r"an\s+estimated|a\s+record)\s+)?$"
)
_OF_A_THING_AFTER = re.compile(r"(?i)\s+of\s+(?!(?:its|their|his|her|the|a|an|our|this|that)\b)[a-z]")


# "gained a 10% stake in the airline", "lost a $40 million lawsuit": the verb's object is a thing the figure describes
# ("a" before the figure, a noun after it), not a move by the figure ("rose a further 2%" is one).
_ARTICLE_BEFORE = re.compile(r"(?i)\b(?:a|an)\s+$")
_NOUN_AFTER_FIGURE = re.compile(
    r"\s*-?\s*(?!(?:of|in|on|to|at|by|from|for|and|or|but|than|as|with|after|before|over|since|this|last|a|an|the)\b)"
    r"[a-z][a-z-]+\b"
)


def _one_of_a_kind(text: str, quantity: _Draft) -> bool:
    return (
        _ARTICLE_BEFORE.search(text, max(0, quantity.start - 4), quantity.start) is not None
        and _NOUN_AFTER_FIGURE.match(text, quantity.end) is not None
    )


def _deposited(text: str, quantity: _Draft) -> bool:
    return (
        quantity.unit is not None
        and quantity.unit not in _RATES
        and quantity.unit != "fraction"
        and not is_currency(quantity.unit)
        and _DROPPED_BEFORE.search(text, max(0, quantity.start - 30), quantity.start) is not None
        and _OF_A_THING_AFTER.match(text, quantity.end) is not None
    )


# "day two", "game seven" name which day or game, as "day 77" does; but after a determiner the noun is a time
# and the number a count ("during the match two were sent off", "each day three trains leave").
_LABEL_NOUN_BEFORE = re.compile(r"(?i)(?:^|(?<=\s))(?P<det>[a-z]+\s+)?(?:day|week|round|game|match|season|episode)\s+$")
_NOT_BEFORE_A_LABEL = frozenset("the a an this that each every one per first last next any same whole".split())


def _word_label(text: str, start: int, end: int) -> bool:
    before = _LABEL_NOUN_BEFORE.search(text, max(0, start - 30), start)
    if before is None or (before.group("det") or "").strip().lower() in _NOT_BEFORE_A_LABEL:
        return False
    return is_label_number(text, start, end) and unit_after(text, end) is None


# Half of a unit is a figure in that unit ("slipped half a cent", "half an hour later", "half a mile"); not half a
# century or a decade, an era rather than a measure.
_NOT_HALF_UNITS = frozenset({"century", "decade", "point", "dozen"})


def _half_a_unit(text: str, end: int) -> bool:
    unit = unit_after(text, end)
    return unit is not None and unit[0] not in _NOT_HALF_UNITS and not is_currency(unit[0])


def _direction_before(text: str, start: int) -> str | None:
    """ "up" or "down" where a verb of change governs the figure at ``start`` ("rose 5%", "fell by about 3")."""
    words = list(_NON_SPACE.finditer(text, max(0, start - 40), start))[-6:]
    # The pattern is searched from the first word a direction can begin with ("was up" and "up" say the same).
    first = next((w.start() for w in words if w.group().lower().startswith(_DIRECTION_STEMS)), None)
    direction = _DIRECTION_BEFORE.search(text, first, start) if first is not None else None
    if direction is None and _BY_BEFORE_FIGURE.search(text, max(0, start - 30), start):
        direction = _DIRECTION_OVER_OBJECT.search(text, max(0, start - 80), start)
    if direction is None:
        return None
    if direction.group(0).lower().startswith(("lower", "higher")) and _RANK_BEFORE.search(
        text, max(0, direction.start() - 8), direction.start()
    ):
        return None  # "the lower 95 percent of earners", "the higher 40% band": which part, not a move
    return "up" if direction.group("up") else "down"


_RANK_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|this|that)\s+$")


# "reduced the risk of a stroke by 40%", "raised its forecast by 2%": the verb's object changed by the figure.
_BY_BEFORE_FIGURE = re.compile(
    r"(?i)\bby\s+(?:(?:just|only|about|around|roughly|nearly|almost|some|more\s+than|over|another|a\s+further)\s+)?$"
)
_DIRECTION_OVER_OBJECT = re.compile(
    r"(?i)\b(?:(?P<up>rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|"
    r"hik(?:e|es|ed|ing)|expand(?:s|ed|ing)?|grow(?:s|ing)?|grew)"
    r"|(?P<down>reduc(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|trim(?:s|med|ming)?|"
    r"decreas(?:e|es|ed|ing)|shrink(?:s|ing)?|shrank|curb(?:s|ed|ing)?))"
    r"\s+(?:[\w’'-]+\s+){1,5}?by\s+(?:(?:just|only|about|around|roughly|nearly|almost|some|more\s+than|over|another|"
    r"a\s+further)\s+)?$"
)


def _is_age(text: str, q: Quantity) -> bool:
    """ "a 65-year-old", "a 300,000 year-old skull", "aged 44", "Maddon, 66, has", "will be 35", "aged 18 to 34"."""
    if _AGE_RULE_BEFORE.search(text, max(0, q.start - 30), q.start):
        return False  # "raises the retirement age from 62 to 64": a rule's figure, not a person's age
    if q.value is None:
        if q.low is not None and q.unit == "year" and _AGE_TAIL.match(text, q.end):
            return True  # "between 18 and 24 years old", "18 to 24-year-olds"
        return q.low is not None and bool(_AGED_BEFORE.search(text, max(0, q.start - 20), q.start))
    if q.unit == "year":
        return bool(_AGE_TAIL.match(text, q.end))  # ("five-year-olds", "40 years of age")
    if _AGE_AFTER.match(text, q.end):
        return True
    if q.value != int(q.value) or not 0 < q.value < 130:
        return False
    if _AGED_BEFORE.search(text, max(0, q.start - 12), q.start):
        return True
    if _AGED_LIST_BEFORE.search(text, max(0, q.start - 40), q.start):
        return True  # "aged 19, 22 and 25": every age of the list
    if _OLDER_YOUNGER.match(q.text) and _PEOPLE_BEFORE.search(text, max(0, q.start - 20), q.start):
        return True  # "people over 65", "adults under 30"
    if (
        q.unit is None
        and q.value <= 100
        and _UNDER_OVER.match(q.text)
        and _PEOPLE_WERE_BEFORE.search(text, max(0, q.start - 60), q.start)
        and _AGE_CLAUSE_ENDS.match(text, q.end)
    ):
        return True  # "Most of those who died were under five and ...", "all of the victims were over 70."
    if 20 <= q.value <= 120 and _LIFE_EXPECTANCY_BEFORE.search(text, max(0, q.start - 60), q.start):
        return True  # "life expectancy for men is around 73": an age
    if _SENTENCE_AGE.search(text, max(0, q.start - 12), q.start) and _AGE_ENDS.match(text, q.end):
        return True  # "He will be 35 by the end of the year", "she turned 60 on Friday"
    if _SENTENCE_ENDS.match(text, q.end) and _SPEAKER_AGE.search(text, max(0, q.start - 60), q.start):
        return True
    if (
        18 <= q.value <= 110
        and q.unit is None
        and _PAREN_AGE_BEFORE.search(text, max(0, q.start - 30), q.start)
        and text.startswith(")", q.end)
    ):
        return True  # "Clinton (68), Trump (69) and Sanders (74) are among the oldest"
    return bool(
        _APPOSITIVE_AGE.search(text, max(0, q.start - 40), q.start) and _APPOSITIVE_AGE_AFTER.match(text, q.end)
    )


_PAREN_AGE_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z][\w’'.-]*\s\($")


def _attach_currency(quantity: _Draft, text: str) -> None:
    """ "200 million reais", "BRL 5 million": the currency named around the figure becomes its unit."""
    # "won", "pounds", "real" are money after a scale word ("26 trillion won") or a price ("costs about 6 pounds").
    scaled = quantity.text.lower().removesuffix("\n").endswith(_SCALE_WORD_ENDS)
    after = currency_after(text, quantity.end, scaled)
    if (
        after is None
        and not scaled
        and (priced := currency_after(text, quantity.end, True))
        and _PRICE_BEFORE.search(text, max(0, quantity.start - 24), quantity.start)
        and not _OF_NEXT.match(text, quantity.end)
    ):
        after = priced
    if after:
        quantity.unit, quantity.end = after[0], after[1]
        quantity.text = text[quantity.start : quantity.end]
    elif code := code_before(text, quantity.start):
        quantity.unit = code


def _anchors(text: str) -> list[int]:
    """Where a figure can begin: a digit, a currency sign, or a number word (see _SIGN_ANCHOR)."""
    signs = [(m.start(), 0, m.end()) for m in _SIGN_ANCHOR.finditer(text)]
    words = [(m.start(), 1, m.end()) for m in _WORD_ANCHOR.finditer(text)]
    if not words or not signs:
        return [start for start, _, _ in signs or words]
    out = []
    consumed = 0
    for start, _, end in sorted(signs + words):  # a sign first where both begin ("R$"), as one scan
        if start >= consumed:
            out.append(start)
            consumed = end
    return out


def _matches(masked: str, anchors: list[int]) -> Iterator[re.Match[str]]:
    """The figure pattern tried only at anchors (and at a modifier just before one):
    searching it everywhere costs ten times more."""
    consumed = 0
    for anchor in anchors:
        if anchor < consumed:
            continue
        m = None
        mod = (
            _MOD_BEFORE.search(masked, max(consumed, anchor - 30), anchor)
            if _may_end_modifier(masked, anchor)
            else None
        )
        if mod:
            m = _QUANTITY.match(masked, mod.start())
        if m is None or m.end() <= anchor:
            m = _QUANTITY.match(masked, anchor)
        if m is None or m.end() == m.start():
            continue
        consumed = m.end()
        if m.group("num2") and _is_pair(m, masked):
            pass  # "won 3-1", "voted 7 to 2": one pair
        elif (
            m.group("num2")
            and _LIST_AND.match(masked, _first_end(m))
            and not _RANGE_CONNECTOR_AND.search(masked, max(0, m.start() - 12), m.start())
        ):
            consumed = _first_end(m)  # "€3 million and £1 billion": two figures, not a range
        elif m.group("num2") and _BY_BEFORE.search(masked, max(0, m.start() - 4), m.start()):
            consumed = _first_end(m)  # "increased by $43.6 billion to $419.2 billion": a change, then a level
        elif _change_then_level(masked, m):
            consumed = _first_end(m)
        yield m


def _change_then_level(text: str, m: re.Match[str]) -> bool:
    """ "the index fell 30 to 2,500": after a verb of change, "N to M" with M below N or ten times over it is the
    change and then the level it reached, two figures ("prices rose 5 to 10 percent" stays a range)."""
    if not (m.group("num") and m.group("num2")):
        return False
    connector = text[_first_end(m) : m.start("num2")].lower()
    if "to" not in connector or "-" in connector or _FROM_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return False
    first, second = _to_float(m.group("num")), _to_float(m.group("num2"))
    return (second < first or second > 10 * first) and _direction_before(text, m.start()) is not None


def _may_end_modifier(text: str, end: int) -> bool:
    """Could a modifier end just before ``end``? (Cheap: the last word, or a symbol.)"""
    before = text[max(0, end - 30) : end].rstrip()
    if not before:
        return False
    if not before[-1].isalpha():
        return True  # "~", ">=", "c.", "sub-": the pattern decides
    start = len(before)
    while start and before[start - 1].isalpha():
        start -= 1
    return before[start:].lower().startswith(_MOD_LAST_WORDS)


def _first_end(m: re.Match[str]) -> int:
    return m.end("scale") if m.group("scale") else (m.end("num") if m.group("num") else m.end("word"))


def _modifier_change(mod: str | None) -> str:
    if not mod:
        return "="
    return next((c for p, c in _MODIFIER_PATTERNS if p.fullmatch(mod)), "=")


# "up" as the particle of a verb that moves a figure: "revised inflation up to 3.6%", "edged up to 4.1%", "prices
# went up to $3", "fares will go up to £3": the level it moved to, not a bound ("cut up to 3,000 jobs", "raise up to $10m" are bounds).
_PARTICLE_UP_BEFORE = re.compile(
    r"(?i)\b(?:revis\w*\s+(?:[a-z][\w’'-]*\s+){0,5}?"
    r"|(?:(?:push|bump|ratchet|nudg|mov|scal|adjust)\w*|marked|marks|marking)\s+(?:[a-z][\w’'-]*\s+){1,3}?"
    r"|(?:edged|edges|edging|ticked|ticks|ticking|inched|inches|inching|crept|creeps|creeping|went|go|goes|gone|going|"
    r"shot|shoots)\s+)$"
)


# A score or a vote split: two counts set against each other ("beat Norwich 3-1", "ruled 6-3", "drew 1-1", "passed
# 52-48", "voted 7 to 2"), kept as a pair in the order written: never a range (a range is written low to high, and
# "3-1" read as one showed 1-3), never two figures. A dash between two whole numbers under 1,000 makes one when
# the first is the larger or both are equal, or when the lower comes first in a loss ("lost 1-2", "a 0-2
# defeat"); "to" only after a vote or a ruling ("voted 7 to 2", "by a vote of 52 to 48") or before its noun
# ("a 5 to 4 decision"). Never with a unit or a counted noun after ("won 5-10 seats", "aged 18-24" stay ranges).
_PAIR_NUMBER = re.compile(r"\d{1,3}")
_PAIR_DASH = re.compile(r"\s?[-–]\s?")
_PAIR_TO = re.compile(r"\s+to\s+|-to-")
_CHAINED_AFTER = re.compile(r"\s?[-–/]\s?\d|[.:]\d")  # "a 4-3-3 formation", "9-1-1", "4-1/2 months"
_CHAINED_BEFORE = re.compile(r"\d(?:\s?[-–/]\s?|[.:])$")
_VOTE_BEFORE = re.compile(
    r"(?i)\b(?:voted|votes|vote|voting|ruled|rules|ruling|decided|split|passed|approved|rejected|backed|carried|"
    r"confirmed|acquitted|convicted|margin|majority|tally)\s+(?:of\s+)?$"
)
# ... or after what was voted on, the higher first: "passed the bill 220 to 207", "approved the measure by 52 to 48".
_VOTED_ON_BEFORE = re.compile(
    r"(?i)\b(?:voted|passed|approved|rejected|backed|carried|confirmed|adopted|defeated)\s+(?:[\w’'-]+\s+){1,4}?"
    r"(?:by\s+)?$"
)
_PAIR_NOUN_AFTER = re.compile(
    r"(?i)[\s-]+(?:vote|decision|ruling|verdict|majority|margin|split|win|victory|defeat|loss|draw|tie|"
    r"scoreline|lead|deficit|aggregate|advantage|edge|ratio)\b"
)
_LOSS_BEFORE = re.compile(
    r"(?i)\b(?:lost|lose|loses|losing|trailed|trailing|trails|trail|tied|ties|drew|draw|draws|level\s+at)"
    r"(?:\s+[\w’'.-]+){0,3}?\s+$"
)
_DOWN_AFTER = re.compile(r"(?i)\s+down\b")
# A side's record of wins and losses: in brackets after its name ("the Jaguars (5-10)", "Kent (3-7, 1-2 away)") or
# after a verb that moves it ("fell to 5-10", "improved to 4-6").
_RECORD_BEFORE = re.compile(
    r"(?:(?P<name>[A-Z][\w.’'-]*)\s+\((?:\d{1,3}[-–]\d{1,3},\s+)?|\b(?:fell|falling|falls|dropped|dropping|drops|slipped|"
    r"slipping|improved|improving|improves|moved|moving|moves|went|going|goes|stand|stands|stood|record\s+of)\s+"
    r"(?:to\s+|at\s+)?)$"
)
# ... not after a label's word: "Sections (1-3)", "Grades (6-8)", "Ages (5-10)", "Pages (12-14)".
_NOT_A_SIDE = IDENTIFIER_WORDS | {"age", "year", "verse", "grade", "page", "figure", "table", "item", "question"}
_RECORD_AFTER = re.compile(r"\s*(?:[),;.]|$|\s+(?:on|in|at|this|for|after|with|overall|and|away|home|road)\b)")


def pair_key(pair: Sequence[float]) -> float:
    """One number standing for a score or a vote split among a claim's stated values: equal only for the same
    pair in the same order ("31 to 12" is never "28 to 15", nor "3-1" "2-1"), and taken by no figure (negative,
    with a quarter; both numbers are whole, a score's under 1,000, a vote's under 100,000)."""
    first, second = pair
    return -(first * 100_000 + second) - 0.25


def _pair_starts(text: str, start: int) -> bool:
    """Does a score or a vote split begin at ``start`` ("beat Norwich 3-1": no name's number)?"""
    if not _PAIR_AHEAD.match(text, start):
        return False
    m = _QUANTITY.match(text, start)
    return m is not None and _is_pair(m, text)


_PAIR_AHEAD = re.compile(r"\d{1,3}(?:\s?[-–]\s?|\s+to\s+)\d")


def _is_pair(m: re.Match[str], text: str) -> bool:
    """Is the match "N-M" or "N to M" a score or a vote split (see _PAIR_NUMBER)?"""
    if not (m.group("num") and m.group("num2")) or any(
        m.group(g) for g in ("mod", "scale", "scale2", "cur", "cur2", "sign", "rest")
    ):
        return False
    first, second = m.group("num"), m.group("num2")
    if not (_PAIR_NUMBER.fullmatch(first) and _PAIR_NUMBER.fullmatch(second)):
        return False
    start, end = m.start("num"), m.end()
    if _CHAINED_AFTER.match(text, end) or _CHAINED_BEFORE.search(text, max(0, start - 2), start):
        return False
    if unit_after(text, end) is not None or counted_after(text, end) is not None:
        return False
    connector = text[m.end("num") : m.start("num2")]
    noun_after = bool(_PAIR_NOUN_AFTER.match(text, end))
    if _PAIR_TO.fullmatch(connector):
        return (
            noun_after
            or bool(_VOTE_BEFORE.search(text, max(0, start - 30), start))
            or (int(first) > int(second) and bool(_VOTED_ON_BEFORE.search(text, max(0, start - 60), start)))
        )
    if not _PAIR_DASH.fullmatch(connector):
        return False
    if int(first) >= int(second):
        return True
    return (
        noun_after
        or bool(_LOSS_BEFORE.search(text, max(0, start - 40), start) or _DOWN_AFTER.match(text, end))
        or bool(
            (record := _RECORD_BEFORE.search(text, max(0, start - 40), start))
            and _RECORD_AFTER.match(text, end)
            and (record.group("name") or "").lower().rstrip("s") not in _NOT_A_SIDE
        )
    )


def _build(m: re.Match[str], text: str) -> _Draft | None:
    mod = m.group("mod")
    mod = _SPACES.sub(" ", mod) if mod else None
    if mod and mod.lower() == "up to" and _PARTICLE_UP_BEFORE.search(text, max(0, m.start("mod") - 60), m.start("mod")):
        mod = None  # the figure begins after "up to"
        start = m.end("mod")
        start += len(text[start:]) - len(text[start:].lstrip())
        change = "="
    else:
        change = _modifier_change(mod)
        start = m.start("mod") if mod else m.start()
    if m.group("vague"):
        vague = _SPACES.sub(" ", m.group("vague").lower())
        if vague in ("scores", "a handful") and not re.match(r"\s+of\b", text[m.end() :]):
            return None  # "test scores", "a handful remained": only "scores of people", "a handful of"
        low, high = _VAGUE[vague]
        if change == ">":
            high = None
        return _Draft(text[start : m.end()], None, low, high, None, None, start, m.end(), vague=True, change=change)
    if m.group("fold"):
        times = float(_FOLD[m.group("fold").lower().removesuffix("fold")])
        least, most = _bounds(change, times)
        return _Draft(text[start : m.end()], times, least, most, "times", None, start, m.end(), change=change)
    if m.group("fraction"):
        if _HALF_OF_A_PERIOD.search(text, max(0, start - 10), start):
            return None  # "in the first half of 2025": a period, not a share
        words = re.split(r"[\s-]+", m.group("fraction").lower())
        # count / denominator, so that "seven-tenths" is 0.7, not 7 * 0.1
        value = (_FRACTION_COUNT[words[0]] if len(words) > 1 else 1) / round(1 / _FRACTIONS[words[-1]])
        if change == "=" and _CHANGE_SIZE_BEFORE.search(text, max(0, start - 5), start):
            change = _direction_before(text, start) or "="  # "fell by half"; "lost half of its value" is a share
        point = _OF_A_POINT.match(text, m.end())
        if point is None and (bare := _FRACTION_POINT.match(text, m.end())) is not None:
            # "cut rates by a quarter point", "a half-point rise": a fraction of a percentage point where the
            # sentence is about a rate or a percentage ("finished half a point behind" is a point)
            rate = bare.group("point") or _RATE_IN_SENTENCE.search(text)
            bare_unit = "percentage point" if rate else "point"
            end = bare.end()
            return _Draft(text[start:end], value, value, value, bare_unit, None, start, end, change=change)
        if point is not None:
            # "by a quarter of a percentage point", "three-quarters of a per cent": that much of the unit
            point_unit = "percentage point" if point.group("point") else "percent"
            end = point.end()
            measure = point_unit if point.group("point") else None  # (as "half a percentage point" is measured)
            return _Draft(text[start:end], value, value, value, point_unit, measure, start, end, change=change)
        return _Draft(text[start : m.end()], value, value, value, "fraction", None, start, m.end(), change=change)
    word = m.group("word")
    if word:
        if word[0].isupper() and not _sentence_start(text, m.start("word")):
            return None  # "Channel One", "Three Gorges": part of a name
        if (
            _DEFINITE_WORD.search(text, max(0, m.start("word") - 12), m.start("word"))
            and not m.group("scale")
            and unit_after(text, m.end()) is None
            and not _OUTCOME_OF_THE_COUNTED.match(text, m.end())
        ):
            # "the two nations": a reference, not a figure ("those three months" measures time; "the five people
            # killed at the mall" is the toll, as "the 5 people killed" is)
            return None
        if _word_label(text, m.start("word"), m.end("word")):
            return None  # "on day two", "going into game seven": which day or game, not a count
        lowered = _SPACES.sub(" ", word.lower())
        if lowered in ("half a", "half an") and not (
            _HALF_OF.match(text, m.end("word")) or _half_a_unit(text, m.end("word"))
        ):
            return None  # "half a century", "half a dozen": only "half a million", "half a percentage point",
            # "half a cent", "half an hour"
        if lowered == "one" and not _one_counts(text, m.start("word"), m.end("word")):
            return None
        value = float(_WORDS[lowered])
        if lowered in ("a couple of", "a couple"):
            if not m.group("scale") or m.group("scale").lower() in ("m", "b", "k"):
                return None  # "a couple of days": no count the words commit to
            change = "~" if change == "=" else change  # "a couple of hundred": about 200
    else:
        if _is_pair(m, text):
            end = m.end()
            pair = [float(m.group("num")), float(m.group("num2"))]
            return _Draft(text[start:end], None, None, None, None, None, start, end, pair=pair)
        value = _to_float(m.group("num"))
        if m.group("sign") == "+":
            pass  # "+1.2%": a rise, see _complete
        elif m.group("sign") and not _PLUS_OR.search(text, max(0, m.start("sign") - 8), m.start("sign")):
            value = -value
        elif m.group("sign"):
            start = m.start("num")  # "plus or minus 3 points": a margin, not a negative figure
        elif m.group("cur") and not mod and (minus := _MINUS_BEFORE_MONEY.search(text, 0, m.start("cur"))):
            value, start = -value, minus.start()  # "net flows were -$1.3bn" (as "$-1.3bn")
    scale = m.group("scale")
    end = m.end()
    if scale:
        # "m"/"b"/"k" are scales right after money or before what they count ("$12m", "35m devices", "25k");
        # otherwise "12 m" is left to the units ("1.5m" metres).
        if scale.lower() in ("m", "b", "k") and not m.group("cur") and not _glued_scale(m, text):
            return _single(m, text, start, change, value, None, end=m.end("num") if m.group("num") else m.end("word"))
        value = _scaled(value, _SCALE[scale.lower()])
    if m.group("rest"):
        value += _BELOW_A_HUNDRED[m.group("rest").lower()]
        if m.group("rest_scale"):
            value = _scaled(value, _SCALE[m.group("rest_scale").lower()])  # "two hundred and fifty thousand"
    unit = code_for_sign(m.group("cur")) if m.group("cur") else None
    if m.group("num2") or m.group("word2"):
        high = (
            _to_float(m.group("num2")) if m.group("num2") else float(_WORDS[_SPACES.sub(" ", m.group("word2").lower())])
        )
        if m.group("scale2"):
            scale2 = _SCALE[m.group("scale2").lower()]
            if (
                m.group("scale2").lower() in ("m", "b")
                and not (m.group("cur") or m.group("cur2"))
                and not _COUNTED_NEXT.match(text, m.end())
            ):
                return _single(m, text, start, change, value, unit, end=_first_end(m))
            high = _scaled(high, scale2)
            if not scale and value < high / scale2:
                value = _scaled(value, scale2)  # "$10 to $15 billion": the scale belongs to both ends
        elif scale:
            high = _scaled(high, _SCALE[scale.lower()])
        second = m.start("num2") if m.group("num2") else m.start("word2")
        connector = text[_first_end(m) : second]
        if ("and" in connector.lower() and not _RANGE_CONNECTOR_AND.search(text, max(0, start - 12), start)) or (
            _BY_BEFORE.search(text, max(0, start - 4), start)
        ):
            return _single(m, text, start, change, value, unit, end=_first_end(m))
        from_at = text.rfind("from", max(0, start - 8), start)
        if (
            "to" in connector.lower()
            and from_at >= 0
            and _FROM_BEFORE.search(text, from_at, start)
            and (high < value or _CHANGE_WORDS.search(text, max(0, from_at - 60), from_at))
        ):
            # "rose from 4 to 6 percent", "cut from 13.5 to 12.0": one change
            return _Draft(
                text[from_at:end], high, high, high, unit, None, from_at, end, change="from-to", from_value=value
            )
        if _change_then_level(text, m):
            return _single(m, text, start, change, value, unit, end=_first_end(m))
        if high < value:
            if (
                _PAIR_TO.fullmatch(connector)
                and not (mod or unit or scale or m.group("scale2"))
                and _pair_side(value)
                and _pair_side(high)
                and _TALLIED_BEFORE.search(text, max(0, start - 60), start)
            ):
                # "Voters approved the school bond 6,412 to 5,977": a vote's two sides, as "passed it 220 to 207"
                tally = _Draft(text[start:end], None, None, None, None, None, start, end)
                tally.pair = [value, high]
                return tally
            if "to" in connector.lower() and "-" not in connector:
                # "put the crowd at 3,000 to 2,500": a range written from its top
                return _Draft(text[start:end], None, high, value, unit, None, start, end, change=change)
            return None if "-" in connector else _single(m, text, start, change, value, unit, end=_first_end(m))
        return _Draft(text[start:end], None, value, high, unit, None, start, end, change=change)
    return _single(m, text, start, change, value, unit, end=end)


def _glued_scale(m: re.Match[str], text: str) -> bool:
    """ "35m devices", "2.7m combined sales", "25k", "8 B people": a scale, not metres or a letter."""
    scale = m.group("scale")
    glued = m.start("scale") == (m.end("num") if m.group("num") else m.end("word"))
    if scale.lower() == "k":
        return glued
    if scale == "B" or glued:
        end = m.end("scale")
        if scale.lower() == "m" and _METRES_OF.match(text, end):
            return False  # "under 1.2m of water", "3m of snow": metres of what lies or falls, not millions
        if scale == "m" and glued and _RACE_AFTER.match(text, end):
            return False  # "the 400m hurdles", "the 100m freestyle": a race's distance in metres
        return bool(
            re.match(r"\s+of\b", text[end:])
            or _COUNT_UNIT_AFTER.match(text, end)
            or counted_after(text, end)
            or currency_after(text, end, True)
            or _PLURAL_AFTER_COORDINATION.match(text, end)
            or _DEAL_AFTER.match(text, end)
            or (
                glued
                and _ELLIPTIC_SCALE_AFTER.match(text, end)
                and (_scaled_elsewhere(text, m, scale) or _COUNT_BEFORE.search(text, max(0, m.start() - 80), m.start()))
            )
        )
    return False


# A sum's deal or award named right after a glued scale, a headline's money without its currency: "deny 70m
# agreement", "rejected a 40m bid", "a 3bn takeover" (millions, never metres).
_DEAL_AFTER = re.compile(
    r"(?i)[\s-]+(?:(?:transfer|takeover|cash|pay|rescue|record|club-record|world-record)\s+)?(?:deal|agreement|bid|"
    r"offer|fee|transfer|contract|package|payout|settlement|loan|bailout|takeover|buyout|budget|fine|award|jackpot|"
    r"investment|windfall|donation|grant|bonus|lawsuit|verdict|sale|purchase|acquisition|merger|valuation)s?\b"
)


# Units of a count, written in capitals or short, that follow a scale and never metres: "9.8m TEU" (containers),
# "1.2m bpd" (barrels a day), "4m boe".
_COUNT_UNIT_AFTER = re.compile(r"\s+(?:TEUs?|bpd|b/d|boe|boepd|mmbtu|MMBtu)\b")


# What a depth or a length in metres is of: water and what falls or lies on the ground, or what is laid in lengths
# ("under 1.2m of water", "2m of snow", "300m of fencing"); millions are of people or things ("35m of its devices").
_METRES_OF = re.compile(
    r"(?i)\s+of\s+(?:(?:deep|standing|flood|fresh|sea|muddy|dirty|icy|fallen|fresh|new|loose|heavy)\s+)*"
    r"(?:water|floodwater|snow|snowfall|rain|rainfall|mud|ice|seawater|soil|sand|earth|rubble|debris|silt|lava|ash|"
    r"sludge|sewage|concrete|rock|cable|fencing|fence|wall|track|piping|pipe|road|tunnel|coastline|shoreline)\b"
)


# Races named by their distance in metres: athletics, swimming, rowing, skating.
_RACE_AFTER = re.compile(
    r"(?i)\s+(?:(?:individual|men['’]s|women['’]s|mixed|medley|indoor)\s+)?(?:hurdles|steeplechase|sprint|dash|relay|"
    r"freestyle|backstroke|breaststroke|butterfly|medley|individual\s+medley|IM|final|finals|heats?|semi-?finals?|"
    r"race|run|gold|silver|bronze|world\s+record)\b"
)


# "sold 3.2m units, against forecasts of 2.8m": a glued "m"/"b" ending a phrase repeats the scale of another figure
# of the sentence that is money or counts something; alone ("the wall is 2.8m high", "a 2.8m jump") it stays a unit.
_ELLIPTIC_SCALE_AFTER = re.compile(
    r"(?:\s*(?:[.,;:)]|$)|\s+(?:in|last|this|a|an|the|from|against|and|or|to|for|on|at|by|a year|previously)\b)"
)


# What is counted, never measured in metres, named before the figure in its clause: "Passenger numbers reached
# 39.2m last year", "the population rose to 5.2m", "sales topped 1.1m in May" (millions).
_COUNT_BEFORE = re.compile(
    r"(?i)\b(?:numbers|population|passengers|visitors|tourists|users|subscribers|customers|viewers|listeners|"
    r"readers|members|voters|sales|downloads|arrivals|attendance|audiences?|followers|households|shareholders)\b"
    r"[^.;:\d]{0,60}$"
)


def _scaled_elsewhere(text: str, m: re.Match[str], scale: str) -> bool:
    for other in re.finditer(rf"(?<![\w.])(?P<cur>[$€£¥])?\d[\d,]*(?:\.\d+)?{re.escape(scale)}(?![A-Za-z])", text):
        if other.start() <= m.start() < other.end():
            continue
        if other.group("cur") or counted_after(text, other.end()) or currency_after(text, other.end(), True):
            return True
    return False


def _single(
    m: re.Match[str], text: str, start: int, change: str, value: float, unit: str | None, end: int
) -> _Draft | None:
    low, high = _bounds(change, value)
    surface = text[start:end].rstrip()
    return _Draft(surface, value, low, high, unit, None, start, start + len(surface), change=change)


_ONE_ON_ONE = frozenset({"-on-", "-to-", "-by-"})


# "the previous one in April", "a bigger one, the agency said": "one" standing for a noun named before, after a
# determiner and an adjective, no count (not "the top one percent", "a further one million": a number goes on).
_ONE_PRONOUN_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|this|that|its|their|his|her|our|your|each|every|any|which)\s+(?:[a-z-]+\s+)?"
    r"(?:recent|current|new|old|first|second|third|fourth|last|next|same|similar|such|only|different|big|small|"
    r"large|good|bad|real|right|wrong|main|[a-z]+(?:er|est)|"
    # ("a trial of an experimental one began", "a domestic one"): an adjective by its ending
    r"[a-z]{3,}(?:al|ive|ic|ous|ful|able|ible))\s+$"
)
_ONE_PRONOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)!?]|$)|\s+(?:in|on|at|from|to|for|with|by|and|or|but|than|as|since|is|was|are|were|has|had|have|"
    r"will|would|could|may|might|began|begins|started|starts)\b"
)


# "only one percent of the land", "the only one million": a share or a scale after "one" makes it a figure.
_ONE_SCALED = re.compile(r"(?i)[\s-]+(?:percent|per\s*cent|percentage\s+points?|million|billion|trillion)\b")


def _one_counts(text: str, start: int, end: int) -> bool:
    if _ONE_SCALED.match(text, end):
        return True
    if (
        (_ONE_PRONOUN_BEFORE.search(text, max(0, start - 40), start) and _ONE_PRONOUN_AFTER.match(text, end))
        or _ONE_BEFORE.search(text, max(0, start - 14), start)
        or text[max(0, start - 4) : start].lower() in _ONE_ON_ONE
        or text[end : end + 4].lower() in _ONE_ON_ONE  # "one-on-one", "one-to-one"
        or _ONE_AFTER.match(text, end)
        or _ONE_SOURCE.match(text, end)
    ):
        return False
    return bool(_ONE_COUNTS.match(text, end))


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" “\"‘'(")
    # (a live blog's time stamp before it: "10:42 Three people were hurt")
    return not before or before[-1] in ".!?:•-—" or bool(before[0].isdigit() and _STAMP_BEFORE.fullmatch(before))


_STAMP_BEFORE = re.compile(
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:[A-Z]{1,4}T|GMT|UTC))?"
)


_ONE_IN = re.compile(
    r"(?i)(?=[otfsen\d])\b(?P<part>one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+(?:in|out\s+of)\s+(?P<whole>two|three|four|five|six|seven|eight|nine|ten|"
    r"twenty|fifty|a hundred|\d{1,3}(?:,\d{3})?)\b(?!\s*(?:%|per\s*cent|percent))"
)


# What every _ONE_IN match holds, led by a space (a pattern led by a word is tried at every letter; this
# one only at spaces): most sentences have none, and are spared _ONE_IN.
_ONE_IN_WHOLE = re.compile(
    r"(?i)\s(?:in|out\s+of)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred|\d)"
)


_PERIOD_AFTER_WHOLE = re.compile(
    r"(?i)\s*(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?|decades?)\b(?!\s+[a-z]{3,}s\b)"
)  # (not "9 in 100 day workers": a time word before a plural noun names the people counted)


def _one_in(found: list[tuple[_Draft, int]], text: str, masked: str) -> list[tuple[_Draft, int]]:
    """ "one in five adults", "three out of 10 voters": a share of what follows, not two counts."""
    out = found
    if not _ONE_IN_WHOLE.search(masked):
        return found
    for m in _ONE_IN.finditer(masked):
        part, whole = (_WORDS.get(g.lower()) or _to_float(g) for g in (m.group("part"), m.group("whole")))
        if not whole or part >= whole:
            continue
        if _PERIOD_AFTER_WHOLE.match(masked, m.end()) or masked[max(0, m.start() - 1) : m.start()] in ("-", "–"):
            continue  # "won 6-3 in 78 minutes", "two in 10 years": a score or a count in a time, no share
        s, e = m.span()
        value = part / whole
        # ("more than one in five adults", "nearly 1 in 3 voters": the share keeps the bound its first number had)
        lead = next((q for q, _ in out if q.start < s < q.end <= e and q.change in ("~", ">", "<")), None)
        change = lead.change if lead is not None else "="
        least, most = _bounds(change, value)
        s = lead.start if lead is not None else s
        share = _Draft(text[s:e], value, least, most, "fraction", None, s, e, change=change)
        out = [(q, end) for q, end in out if q.end <= s or q.start >= e] + [(share, e)]
    return sorted(out, key=lambda pair: pair[0].start) if out is not found else found


_SUSPENDED_TO = re.compile(r"-\s*to\s+|-to-")


# A rate per so many people or things: "9.8 murders per 100,000 residents", "4.2 per 1,000 live births", "310 cases
# for every 100,000 people". The base is part of the rate's unit, never a figure of its own.
_PER_POPULATION_WORD = re.compile(r"(?i)\b(?:per|every)\s+(?:1|10|100|1,?000|10,?000|100,?000|1 million|one million)\b")
_PER_POPULATION_GAP = re.compile(r"(?i)\s+(?:per|(?:for|in|out\s+of)\s+every)\s+")
_POPULATION_BASES = frozenset({100.0, 1000.0, 10000.0, 100000.0, 1000000.0})


def _after_counted(gap: str, counted: str | None) -> str:
    """``gap`` without the counted noun phrase it opens with (" murders per " -> " per ")."""
    if counted and gap.lstrip().startswith(counted):
        return " " + gap.lstrip()[len(counted) :]
    return gap


def _per_population(quantities: list[_Draft], text: str) -> list[_Draft]:
    out: list[_Draft] = []
    for quantity in quantities:
        rate = out[-1] if out else None
        if (
            rate is not None
            and quantity.value in _POPULATION_BASES
            and quantity.change == "="
            and quantity.unit == quantity.counted_lemma  # ("per 1,000 residents"; or "11.8 per 1,000" and no noun)
            and rate.value is not None
            and rate.pair is None
            and (rate.unit is None or rate.unit == rate.counted_lemma)
            and _PER_POPULATION_GAP.fullmatch(_after_counted(text[rate.end : quantity.start], rate.counted))
        ):
            per = f"per {quantity.value:.0f} {quantity.unit}" if quantity.unit else f"per {quantity.value:.0f}"
            rate.unit = f"{rate.unit} {per}" if rate.unit else per
            if rate.measure is not None:
                rate.measure = f"{rate.measure} {per}"  # never compared with a count of the same thing
            elif rate.unit == per:
                # "The murder rate rose to 9.8 per 100,000 people": the rate named as the subject
                rate.measure = _rate_named_as_subject(text, rate.start)
            rate.end = quantity.end
            rate.text = text[rate.start : rate.end]
            continue
        out.append(quantity)
    return out


_PLURAL_FIRST = re.compile(r"\s+([a-z][a-z-]+s)\b(?!\s+(?:to|-|–)\s)(?=\s+\S+\s)")


def _split_of_shares(found: list[tuple[_Draft, int]], text: str) -> list[tuple[_Draft, int]]:
    """ "leads Clinton 46%-35%", "by 80%-10%": two shares, the second no negative percentage (a smaller first end,
    "rose 10%-15%", is a range: see _joined)."""
    for (a, _), (b, _) in pairwise(found):
        if (
            a.end == b.start
            and a.unit == b.unit == "percent"
            and text[a.end - 1 : a.end] == "%"
            and b.text[:1] in "-–"
            and a.value is not None
            and b.value is not None
            and a.value > -b.value > 0
        ):
            b.start += 1
            b.text = text[b.start : b.end]
            b.value = b.low = b.high = -b.value
            b.change = "="
            if b.measure == PERCENT_CHANGES["down"]:
                b.measure = None
    return found


# A vote's larger side told first after a verb of voting ("approved the bond 6,412 to 5,977") is a pair, not a
# range. (A vote told in votes, "passed by 312 votes to 287", stays its two figures, as news and annotators write
# them: read as one pair it lost both values and the value F1 of blind sets 2, 5, 6 and 8.)
_TALLIED_BEFORE = re.compile(
    r"(?i)\b(?:voted|vote|votes|passed|approved|rejected|backed|carried|confirmed|adopted|defeated|endorsed|"
    r"supported|threw\s+out|overturned|upheld|elected|re-elected|won|lost)\b(?:\s+[^\s,;:.]+){0,6}?\s+(?:by\s+)?$"
)


def _pair_side(value: float) -> bool:
    """A side of a vote as a pair holds it (pair_key): a whole number under 100,000."""
    return value == int(value) and 0 <= value < 100_000


# A race time: "won in 2:03:17", "a time of 3:31.42", "clocked 1:59.84" (hours, minutes and seconds, or minutes and
# seconds with their hundredths), as seconds; never a time of day ("at 10:42:07", "10:42:07 GMT") or a score.
_RACE_TIME = re.compile(
    r"(?<![\w:.,/-])(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d(?:\.\d{1,3})?)|"
    r"(?P<m>\d{1,2}):(?P<ms>[0-5]\d\.\d{1,3}))(?![\w:]|[.,]\d)"
)
_CLOCK_BEFORE = re.compile(
    r"(?i)\b(?:at|from|until|till|by|since|before|after|around|about|approximately|updated|published|posted\s+at|"
    r"between|and|to)\s+$"
)


# A time a race was run in, told in words: "won the race in two hours and five minutes", "clocked 10.84 seconds", "a
# winning time of 2 hours 6 minutes" (not "the match lasted three hours", "needed four hours to beat him").
_RACED_IN = frozenset({"hour", "minute", "second"})
_PART_OF_A_TIME_AFTER = re.compile(r"(?i)(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+)(?:\d+|[a-z]+)\s+(?:minutes?|seconds?)\b")
_RACED_BEFORE = re.compile(
    r"(?i)(?:\b(?:clocked|clocking|timed\s+at|(?:winning|finishing|race|course|world|personal)\s+(?:best|record|time)\s+of|"
    r"(?:a|his|her|their|its)\s+(?:best\s+|winning\s+|finishing\s+)?time\s+of)"
    r"|\b(?:won|wins|finished|finishes|finishing|crossed\s+the\s+(?:finish\s+)?line|completed|completing|ran|runs|"
    r"running|swam|cycled|covered)\b(?:\s+(?:the|a|an|his|her|their|its)\s+(?:[\w.,’'-]+\s+){0,4}?"
    r"(?:race|marathon|course|stage|sprint|laps?|miles?|metres|meters|\d[\d,.]*m|km|kilometres|final|heat|distance|"
    r"event|leg|triathlon|relay|hurdles|steeplechase|time\s+trial))?"
    r"\s+in)\s+(?:(?:just|only|under|about)\s+)?$"
)


_RACE_WORDS = re.compile(
    r"(?i)\b(?:race|races|raced|marathon|sprint|heat|final|record|best|clocked|clocking|won|wins|winning|winner|ran|"
    r"finish(?:ed|es|ing)?|crossed\s+the\s+line|lap|laps|stage|course|metres|meters|miles?|km|\d+(?:,\d{3})?m|"
    r"hurdles|relay|steeplechase|triathlon|swim|swam|freestyle|breaststroke|backstroke|butterfly|medley|time\s+trial)\b"
)


def _race_times(masked: str, text: str) -> list[tuple[_Draft, int]]:
    out: list[tuple[_Draft, int]] = []
    for m in _RACE_TIME.finditer(masked):
        start, end = m.span()
        if _CLOCK_BEFORE.search(masked, max(0, start - 16), start) or _CLOCK_AFTER.match(masked, end):
            continue
        if not masked[:start].strip(" \t\n\"“‘'([-–—*•"):
            continue  # "12:05:33 Police said ...": a live blog's stamp opening the sentence, a time of day
        if _AM_PM_AFTER.match(masked, end):
            continue
        if m.group("h"):
            value = int(m.group("h")) * 3600 + int(m.group("hm")) * 60 + float(m.group("hs"))
        else:
            value = int(m.group("m")) * 60 + float(m.group("ms"))
        value = round(value, 3)
        # (a race's time where the sentence names a race or a verb of racing; else a duration, as "a 1:02:33 video")
        measure = RACE_TIME if _RACE_WORDS.search(text) else None
        out.append((_Draft(text[start:end], value, value, value, "second", measure, start, end), end))
    return out


def _join_ranges(found: list[tuple[_Draft, int]], text: str) -> list[tuple[_Draft, int]]:
    """ "from $36,040 to $34,935" (one change), "1 per cent to 1.5 per cent", "between 15 cm and 23 cm" (one range)."""
    out: list[tuple[_Draft, int]] = []
    i = 0
    while i < len(found):
        joined = _joined(found[i][0], found[i + 1][0], text) if i + 1 < len(found) else None
        if joined is not None:
            # "rose to 12 offices from 3": what the new value counts follows it, not the old one
            to_from = joined.from_value is not None and joined.start == found[i][0].start
            out.append((joined, found[i][1] if to_from else found[i + 1][1]))
            i += 2
            continue
        out.append(found[i])
        i += 1
    return out


def _joined(a: _Draft, b: _Draft, text: str) -> _Draft | None:
    if a.value is None or b.value is None or a.vague or b.vague:
        return None
    if (
        a.end == b.start
        and a.unit == b.unit
        and a.unit is not None
        and text[a.end - 1 : a.end] == "%"
        and b.text[:1] in "-–"
        and a.change in ("=", "up", "down")
        and 0 <= a.value < -b.value
    ):
        # "rose 10%-15%": a range (of the rise), the second end read as minus 15% before
        return _Draft(text[a.start : b.end], None, a.value, -b.value, a.unit, None, a.start, b.end, change=a.change)
    if (
        a.unit is None
        and b.unit in AGES
        and a.change == b.change == "="
        and a.value < b.value
        and _SUSPENDED_TO.fullmatch(text, a.end, b.start)
    ):
        # "18- to 24-year-olds", "18-to-24-year-olds": one range of ages, the first end's unit held over
        return _Draft(text[a.start : b.end], None, a.value, b.value, b.unit, None, a.start, b.end, change="=")
    if (
        a.change in ("up", "down")
        and a.unit is None
        and b.unit is not None
        and b.change == "="
        and a.value < b.value
        and text[a.end : b.start] in ("-", "–")
        and _NUMBER_ONLY.fullmatch(a.text)
    ):
        # "have risen 21-24cm": a range of the rise, its unit glued to the second end
        return _Draft(text[a.start : b.end], None, a.value, b.value, b.unit, None, a.start, b.end, change=a.change)
    if (
        a.change in ("up", "down")
        and a.unit is None
        and b.unit in ("percent", "percentage point")
        and b.change == "="
        and 0 < a.value < b.value <= 3 * a.value
        and _TO_GAP.fullmatch(text, a.end, b.start)
        and _NUMBER_ONLY.fullmatch(a.text)
        and _BY_BEFORE.search(text, max(0, a.start - 4), a.start)
    ):
        # "cut hospitalisations by 70 to 80 per cent": a range of the cut (not "rose by 0.3 to 4.1%", a move
        # then the level it reached: the ends of a range are of one size)
        return _Draft(text[a.start : b.end], None, a.value, b.value, b.unit, None, a.start, b.end, change=a.change)
    if a.change in ("up", "down"):
        return None
    to = _TO_BEFORE.search(text, max(0, a.start - 8), a.start)
    if (
        to is not None
        and a.change == b.change == "="
        and a.unit == b.unit
        and _TO_FROM_GAP.match(text, a.end, b.start)
        and _CHANGE_WORDS.search(text, max(0, to.start() - 40), to.start())
    ):
        # starts at the new value, so that what it measures is read from the words before it, as for one figure
        return _Draft(
            text[a.start : b.end],
            a.value,
            a.value,
            a.value,
            a.unit,
            None,
            a.start,
            b.end,
            change="from-to",
            from_value=b.value,
        )
    up_to = _UP_TO.match(b.text) if b.change == "<" and a.value < b.value else None
    if b.change != "=" and up_to is None:
        return None  # "from 500 sq ft up to 900 sq ft" is one range; "from 5 to over 10" is not
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return None
    gap = text[a.end : b.start + up_to.end()] if up_to else text[a.end : b.start]
    from_at = text.rfind("from", max(0, a.start - 10), a.start)
    from_to = (
        from_at >= 0
        and _FROM_BEFORE.search(text, from_at, a.start)
        and (gap.strip().lower() in ("to", "-", "–") or _FROM_TO_GAP.match(gap))
    )
    if from_to and a.unit is None and b.unit is not None and (noun := _PLURAL_FIRST.match(gap)):
        # "DNA from 412 skeletons buried up to 5,000 years ago": the first counts its own noun, no range in years
        from_to = singular(noun.group(1).lower()) == b.unit.partition(" per ")[0]
    between_at = text.rfind("between", max(0, a.start - 24), a.start)
    between = between_at >= 0 and _BETWEEN_BEFORE.search(text, between_at, a.start) and gap.strip().lower() == "and"
    plain = (
        not from_to
        and not between
        and gap.strip().lower() in ("to", "-", "–")
        and b.unit is not None
        and a.value < b.value
    )
    if (
        plain
        and a.unit is None
        and (a.text != text[a.start : a.end] or not _NUMBER_ONLY.fullmatch(a.text) or a.change != "=")
    ):
        plain = False  # "rose 2 points to 34%", "about 5 to 10%": not one range
    if not (from_to or between or plain):
        return None
    unit = a.unit or b.unit
    start = from_at if from_to else (between_at if between else a.start)
    surface = text[start : b.end]
    # "cut its forecast to 1% to 3%, from 3% to 5% previously": the range it had, not a change from 3% to 5%
    earlier_range = from_to and _EARLIER_AFTER.match(text, b.end) is not None and a.value < b.value
    if from_to and not earlier_range and (b.value < a.value or _CHANGE_WORDS.search(text, max(0, start - 60), start)):
        return _Draft(
            surface, b.value, b.value, b.value, unit, None, start, b.end, change="from-to", from_value=a.value
        )
    low, high = sorted((a.value, b.value))
    return _Draft(surface, None, low, high, unit, None, start, b.end, change="=")
