"""Figures in a sentence: numerals, ranges, money, percentages, number words, vague amounts.

Dates, years, identifiers ("Resolution 2397", "B-52", "COVID-19") and times
are masked out first, so they are never read as counts; a year glued to the
next table cell ("April 2025600") is split off by the date mask. Modifiers
("at least", "about", "up to", ">") become an interval in ``low``/``high``;
``value`` is the figure as stated (None for ranges and vague amounts).
"""

from __future__ import annotations

import re

from corpus.extract.dates import DateMention
from corpus.extract.labels import is_label_number
from corpus.extract.measures import measure_for
from corpus.extract.money import SIGNS_RE, code_before, code_for_sign, currency_after
from corpus.model import Quantity

_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9}
_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a thousand": 1000, "one thousand": 1000, "a million": 1e6, "one million": 1e6, "a dozen": 12, "dozen": 12,
    "one hundred": 100, "half a": 0.5, "half a dozen": 6,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_WORDS.update({f"{t}-{u}": tv + uv for t, tv in _TENS.items() for u, uv in _UNITS.items()})  # "twenty-five"
# Vague amounts: (low, high) of what they can mean.
_VAGUE = {
    "several thousand": (2000, 9999), "a few thousand": (2000, 5000), "thousands": (1000, None),
    "tens of thousands": (10000, 99999), "hundreds of thousands": (100000, 999999), "several hundred": (200, 999),
    "a few hundred": (200, 500), "hundreds": (100, 999), "dozens": (24, 199), "several dozen": (24, 99),
    "millions": (1e6, None), "several million": (2e6, 9.9e6), "a handful": (2, 9), "scores": (40, 199),
}
_MODIFIERS = [
    # (pattern, kind); kind decides how the interval is built.
    (r"at least|no fewer than|no less than|a minimum of|minimum of", "min"),
    (r"more than|over|above|in excess of|upwards of|exceed(?:s|ed|ing)?|greater than|>=?|≥", "gt"),
    (r"fewer than|less than|under|below|<=?|≤", "lt"),
    (r"up to|as many as|as much as|at most|no more than|a maximum of|maximum of", "max"),
    (r"nearly|almost|close to|just under", "near"),
    (r"about|approximately|approx\.?|around|roughly|some|an estimated|estimated|circa|c\.|~|or so", "approx"),
]
# Spaces become \s+ (the pattern below is VERBOSE, where a bare space means nothing).
_MOD_RE = "|".join(p for p, _ in _MODIFIERS).replace(" ", r"\s+")
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORD_NUM = "|".join(sorted((re.escape(w) for w in _WORDS), key=len, reverse=True)).replace(r"\ ", r"\s+")
_VAGUE_RE = "|".join(sorted((re.escape(w) for w in _VAGUE), key=len, reverse=True)).replace(r"\ ", r"\s+")
_SCALE_RE = r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn|mn|k|m|b)\b)?"
_SCALE2_RE = _SCALE_RE.replace("scale", "scale2")

_QUANTITY = re.compile(
    rf"""
    (?:(?P<mod>{_MOD_RE})\s*)?
    (?:
        (?P<vague>\b(?:{_VAGUE_RE})\b)
      | (?P<cur>{SIGNS_RE}|USD\s?|EUR\s?)?
        (?:(?P<num>(?<![\w.,])(?:{_NUM}))|(?P<word>\b(?:{_WORD_NUM})\b))
        {_SCALE_RE}
        (?:\s*(?:-|–|—|to|and)\s*(?P<cur2>{SIGNS_RE})?(?P<num2>(?:{_NUM})(?![\w]))(?:{_SCALE2_RE}))?
        (?P<pct>\s?(?:%|percent\b|per cent\b))?
    )
    """,
    re.VERBOSE | re.IGNORECASE,
)
_DIGIT_RUN = re.compile(r"\d[\d,]*(?:\.\d+)?")
_GLUED_BEFORE = re.compile(r"[A-Za-z]+-?$")
_SCALE_AFTER = re.compile(r"(?:bn|mn|m|k|b)(?![A-Za-z])")


def _mask_identifiers(masked: str) -> str:
    """Blank out numbers that are parts of names or codes: B-52, COVID-19, MH17, 38th, 5G, 10:30, 24/7, #3."""
    spans = []
    for m in _DIGIT_RUN.finditer(masked):
        s, e = m.span()
        before, after = masked[max(0, s - 25) : s], masked[e : e + 2]
        glued = _GLUED_BEFORE.search(before)
        if glued:  # "B-52", "MH17", "COVID-19"
            s -= len(glued.group(0))
        elif before.endswith("#"):
            s -= 1
        elif is_label_number(masked, s, e):  # "Route 9", "on day 77"
            pass
        elif after[:1].isalpha() and not _SCALE_AFTER.match(masked, e):
            pass  # "38th", "5G", "3D"
        elif after[:1] in (":", "/") and after[1:2].isdigit():
            e = _DIGIT_RUN.match(masked, e + 1).end() if _DIGIT_RUN.match(masked, e + 1) else e
        else:
            continue
        while e < len(masked) and (masked[e].isalnum() or masked[e] in "-/"):
            e += 1
        spans.append((s, e))
    return _mask(masked, spans) if spans else masked
_DURATIONS = frozenset("year years month months week weeks day days decade decades hour hours centuries".split())
_WINDOW_BEFORE = re.compile(r"(?i)\b(?:within|over|for|in|after|before|during|of|past|next|last|about|nearly|almost|some|than)\s+$")
_WINDOW_START = re.compile(r"(?i)(?:within|over|for|after|during|past|next|last|nearly|almost|about|some)\b")
_WINDOW_AFTER = re.compile(r"(?i)\s+\w+\s+(?:after|ago|later|earlier|before|since)\b")
_OF_TOTAL = re.compile(r"\d[\d,]*\s+(?:of|out of)\s+(?:the\s+|all\s+)?$")
_FRACTION_AFTER = re.compile(r"(?i)[\s-](?:thirds?|quarters?|halves|half|fifths?|tenths?)\b")
_TOTAL_BEFORE = re.compile(r"(?i)\b(?:total|tally|overall|cumulative)\b[^.;]{0,25}$")
_INCLUDING = re.compile(r"(?i)\b(?:including|among them|of them|of whom)\s+$")
_FIRST_WORDS = frozenset(w.split()[0] for w in [*_WORDS, *_VAGUE]) | {"us", "usd", "eur"}
_DIGIT_OR_MONEY = re.compile(r"[\d$€£¥₩₹₽₺]")
_TOKEN = re.compile(r"(?<![\w.,])\d|R\$|[$€£¥₩₹₽₺~>≥<≤]|\b([A-Za-z]+)")
_MOD_BEFORE = re.compile(rf"(?:{_MOD_RE.replace(chr(92) + 's+', ' ')})\s*$", re.IGNORECASE)
_DEFINITE_WORD = re.compile(r"(?i)\b(?:the|these|those|both|all)\s+$")
_HALF_OF = re.compile(r"(?i)\s+(?:million|billion|trillion|percentage point)")
_LIST_AND = re.compile(r"(?i)\s*and\b")
_RANGE_CONNECTOR_AND = re.compile(r"(?i)\bbetween\s+$")


def _to_float(text: str) -> float:
    return float(text.replace(",", ""))


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(max(0, s), min(len(chars), e)):
            chars[i] = " "
    return "".join(chars)


def _interval(kind: str | None, value: float) -> tuple[float | None, float | None]:
    if kind in ("min", "gt"):
        return value, None
    if kind in ("lt", "max"):
        return None, value
    if kind == "near":
        return value * 0.9, value
    if kind == "approx":
        return value * 0.9, value * 1.1
    return value, value


def find_quantities(
    text: str, offset: int, dates: list[DateMention], name_spans: list[tuple[int, int]] = ()
) -> list[Quantity]:
    """Quantities in the sentence ``text`` (body offsets = ``offset`` + local)."""
    if not (_DIGIT_OR_MONEY.search(text) or _anchors(text)):
        return []  # cheap test first: most sentences hold no figure at all
    masked = _mask(text, [(d.start, d.end) for d in dates] + list(name_spans))
    masked = _mask_identifiers(masked)
    found: list[Quantity] = []
    for m in _matches(masked, _anchors(masked)):
        quantity = _build(m, text, masked)
        if quantity is None:
            continue
        if quantity.unit is None and not quantity.vague:
            e = _attach_currency(quantity, text)
        s, e = quantity.start, quantity.end
        quantity.start, quantity.end = s + offset, e + offset
        quantity.measure, quantity.unit = measure_for(text, s, e, quantity.unit)
        window = _WINDOW_BEFORE.search(text, max(0, s - 20), s) or _WINDOW_AFTER.match(text, e) or _WINDOW_START.match(quantity.text)
        if quantity.unit in _DURATIONS and window:
            continue  # "within three months", "three decades after": time windows, not figures
        if quantity.measure and _OF_TOTAL.search(text, max(0, s - 30), s):
            quantity.measure += " total"  # "won 48 of the 90 seats": 90 is the whole, not a count
        if found and quantity.measure is None and _TOTAL_BEFORE.search(text, max(0, s - 40), s):
            quantity.measure = found[-1].measure  # "sent 1,000 troops, raising the total to 14,000"
        if found and quantity.measure in (None, "troops", "people") and _INCLUDING.search(text, max(0, s - 20), s):
            # "killed 20 soldiers, including six officers": the part shares the whole's outcome.
            if found[-1].measure in ("killed", "wounded", "casualties"):
                quantity.measure = found[-1].measure
        found.append(quantity)
    return found


_SCALED = re.compile(r"(?i)(?:thousand|million|billion|trillion|bn|mn)$")


def _attach_currency(quantity: Quantity, text: str) -> int:
    """"200 million reais", "BRL 5 million": the currency named around the figure becomes its unit."""
    after = currency_after(text, quantity.end, bool(_SCALED.search(quantity.text)))
    if after:
        quantity.unit, quantity.end = after[0], after[1]
        quantity.text = text[quantity.start : quantity.end]
    elif code := code_before(text, quantity.start):
        quantity.unit = code
    return quantity.end


def _anchors(text: str) -> list[int]:
    """Where a figure can begin: a digit, a currency sign, or a number word."""
    first = _FIRST_WORDS
    return [m.start() for m in _TOKEN.finditer(text) if (m.group(1) is None or m.group(1).lower() in first)]


def _matches(masked: str, anchors: list[int]):
    """The figure pattern tried only at anchors (and at a modifier just before one):
    searching it everywhere costs ten times more."""
    consumed = 0
    for anchor in anchors:
        if anchor < consumed:
            continue
        m = None
        mod = _MOD_BEFORE.search(masked, max(consumed, anchor - 30), anchor)
        if mod:
            m = _QUANTITY.match(masked, mod.start())
        if m is None or m.end() <= anchor:
            m = _QUANTITY.match(masked, anchor)
        if m is None or m.end() == m.start():
            continue
        consumed = m.end()
        if m.group("num2") and _LIST_AND.match(masked, _first_end(m)) and not _RANGE_CONNECTOR_AND.search(masked, max(0, m.start() - 12), m.start()):
            consumed = _first_end(m)  # "€3 million and £1 billion": two figures, not a range
        yield m


def _first_end(m: re.Match[str]) -> int:
    return m.end("scale") if m.group("scale") else (m.end("num") if m.group("num") else m.end("word"))


def _build(m: re.Match[str], text: str, masked: str) -> Quantity | None:
    mod = m.group("mod")
    mod = re.sub(r"\s+", " ", mod) if mod else None
    kind = next((k for p, k in _MODIFIERS if mod and re.fullmatch(p, mod, re.IGNORECASE)), None)
    start = m.start("mod") if mod else m.start()
    unit = None
    if m.group("vague"):
        low, high = _VAGUE[re.sub(r"\s+", " ", m.group("vague").lower())]
        if kind in ("min", "gt"):
            high = None
        return Quantity(text[start : m.end()], None, low, high, None, None, start, m.end(), vague=True)
    word = m.group("word")
    if word:
        if word[0].isupper() and not _sentence_start(text, m.start("word")):
            return None  # "Channel One", "Three Gorges": part of a name
        if _DEFINITE_WORD.search(text, max(0, m.start("word") - 12), m.start("word")) and not m.group("scale"):
            return None  # "the two nations": a reference, not a figure
        if _FRACTION_AFTER.match(text, m.end("word")):
            return None  # "two-thirds", "three quarters": a share, not a count
        if word.lower() == "half a" and not _HALF_OF.match(text, m.end("word")):
            return None  # "half a century", "half a dozen": only "half a million", "half a percentage point"
        value = float(_WORDS[re.sub(r"\s+", " ", word.lower())])
    else:
        value = _to_float(m.group("num"))
    scale = m.group("scale")
    if scale:
        # "m"/"b"/"k" only count as scales right after money: "$12m", not "12 m".
        if scale.lower() in ("m", "b", "k") and not m.group("cur"):
            return None if not m.group("num") else _plain(m, text, start, kind, value)
        value *= _SCALE[scale.lower()]
    if m.group("cur"):
        unit = code_for_sign(m.group("cur"))
    if m.group("pct"):
        unit = "percent"
    if m.group("num2"):
        high = _to_float(m.group("num2"))
        if m.group("scale2"):
            high *= _SCALE[m.group("scale2").lower()]
        elif scale:
            high *= _SCALE[scale.lower()]
        connector = text[m.end("num") if m.group("num") else m.end("word") : m.start("num2")]
        if "and" in connector.lower() and not _RANGE_CONNECTOR_AND.search(text, max(0, start - 12), start):
            return _single(m, text, start, kind, value, unit, end=m.end("scale") if scale else (m.end("num") if m.group("num") else m.end("word")))
        if high < value:
            return None  # "2024-25" style spans or a hyphenated code
        return Quantity(text[start : m.end()], None, value, high, unit, None, start, m.end())
    return _single(m, text, start, kind, value, unit, end=m.end())


def _plain(m, text, start, kind, value):
    return _single(m, text, start, kind, value, None, end=m.end("num"))


def _single(m, text, start, kind, value, unit, end) -> Quantity | None:
    low, high = _interval(kind, value)
    return Quantity(text[start:end].strip(), value, low, high, unit, None, start, start + len(text[start:end].rstrip()))


def _sentence_start(text: str, pos: int) -> bool:
    before = text[:pos].rstrip(" “\"‘'(")
    return not before or before[-1] in ".!?:•-—"
