"""The search box's little language: free words, "quoted phrases" and filters.

    nis casualties                 words, in any order, typos forgiven
    "10,000 troops"                the exact phrase ranks first
    speaker:shoigu  source:"washington post"  kind:denial  entity:nis
    date:2024-10  date:>2024-06  date:<=2025  date:2024-06..2024-12
    is:conflict  is:hedged  -kind:forecast (a leading "-" negates a filter)

An unknown ``x:`` is plain text, with a note in ``problems`` (so is a ``kind:``
naming no kind). A filter with an empty or half-typed value (``speaker:`` or
``date:202``) is left out, with a note in ``problems``, so the box stays
useful while the user types.
"""

from __future__ import annotations

from dataclasses import dataclass

from corpus.model import CLAIM_KINDS
from store.search.dates import date_interval
from store.search.normalise import normalise

FIELDS = ("speaker", "source", "kind", "entity", "date", "is")
MAX_QUERY_CHARS = 1000  # a pasted novel is cut here: nobody types more
MAX_TERMS = 24
_FIELD_NAME_MAX = 12  # "speaker:" is a filter name; "https://x" or "10:30" are not
_QUOTES = {'"': '"', "“": "”", "”": "”", "„": "“"}


@dataclass(frozen=True, slots=True)
class Filter:
    field: str  # one of FIELDS
    value: str  # folded value; for dates the raw text
    negate: bool = False
    first_day: int | None = None  # date filters: the claim's first day must be >= this
    last_day: int | None = None  # ... and its last day <= this


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    terms: tuple[str, ...]  # folded words of the free text, phrase words included
    phrases: tuple[str, ...]  # folded quoted phrases
    filters: tuple[Filter, ...]
    problems: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The free text, folded, as the fuzzy scorer sees it."""
        return " ".join(self.terms)

    @property
    def is_empty(self) -> bool:
        return not self.terms and not self.filters


def _split(raw: str) -> list[tuple[str, bool]]:
    """Whitespace-separated items; ``(item, quoted)``, quotes may hold spaces.

    ``speaker:"kim jong"`` stays one item; an unclosed quote runs to the end.
    """
    items: list[tuple[str, bool]] = []
    current: list[str] = []
    quoted = False
    i = 0
    while i < len(raw):
        char = raw[i]
        if char in _QUOTES:
            close = raw.find(_QUOTES[char], i + 1)
            if close == -1 and char in "“”":
                close = raw.find("”" if char == "“" else '"', i + 1)
            end = len(raw) if close == -1 else close
            current.append(raw[i + 1 : end])
            quoted = True
            i = end + 1
            continue
        if char.isspace():
            if current:
                items.append(("".join(current), quoted))
            current, quoted = [], False
        else:
            current.append(char)
        i += 1
    if current:
        items.append(("".join(current), quoted))
    return items


def _date_filter(value: str, negate: bool) -> Filter | str:
    """A date filter, or a one-line problem when ``value`` is not one."""
    text = value.strip()
    if ".." in text:
        start_text, _, end_text = text.partition("..")
        start, end = date_interval(start_text), date_interval(end_text)
        if start is None or end is None:
            return f"date:{value} is not a range like 2024-06..2024-12"
        return Filter("date", text, negate, start[0], end[1])
    for op in (">=", "<=", ">", "<", "="):
        if text.startswith(op):
            text = text[len(op) :]
            break
    else:
        op = "="
    interval = date_interval(text)
    if interval is None:
        return f"date:{value} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)"
    first, last = interval
    bounds = {
        "=": (first, last),
        ">": (last + 1, None),
        ">=": (first, None),
        "<": (None, first - 1),
        "<=": (None, last),
    }[op]
    return Filter("date", value, negate, *bounds)


def parse_query(raw: str) -> ParsedQuery:
    """Parse what the user typed; never raises, whatever the text."""
    problems: list[str] = []
    if len(raw) > MAX_QUERY_CHARS:
        raw = raw[:MAX_QUERY_CHARS]
        problems.append(f"query cut to its first {MAX_QUERY_CHARS} characters")
    terms: list[str] = []
    phrases: list[str] = []
    filters: list[Filter] = []
    for item, quoted in _split(raw):
        negate = item.startswith("-") and ":" in item
        body = item[1:] if negate else item
        name, colon, value = body.partition(":")
        field = name.casefold()
        if colon and field in FIELDS:
            if not value.strip():
                continue  # still being typed
            if field == "date":
                made = _date_filter(value, negate)
                if isinstance(made, str):
                    problems.append(made)
                else:
                    filters.append(made)
                continue
            folded = normalise(value)
            if (
                field == "kind"
                and folded
                and not any(k.startswith(folded) or folded.startswith(k) for k in CLAIM_KINDS)
            ):
                problems.append(f"kind:{value} is not a kind ({', '.join(CLAIM_KINDS)})")
            if folded:
                filters.append(Filter(field, folded, negate))
            continue
        if colon and value.strip() and not value.startswith("/") and name.isalpha() and len(name) <= _FIELD_NAME_MAX:
            problems.append(f"{name}: is not a filter ({', '.join(f + ':' for f in FIELDS)}); searched as words")
        words = normalise(item).split()
        terms.extend(words)
        if quoted and len(words) > 1:
            phrases.append(" ".join(words))
    if len(terms) > MAX_TERMS:
        problems.append(f"only the first {MAX_TERMS} words are searched")
        terms = terms[:MAX_TERMS]
    return ParsedQuery(tuple(terms), tuple(phrases), tuple(filters), tuple(problems))
