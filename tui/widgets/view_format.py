"""Labels shared by the search, figures, timeline and entities views.

Everything derived from an article comes back as a Rich ``Text`` built from
sanitised plain strings, never from markup, so a ``[bold]`` in a scraped page
shows literally and no escape sequence reaches the terminal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from rich.text import Text

# The core's display helpers, re-exported: the views take every label from this module.
from corpus.display import ELLIPSIS, ESTIMATED, format_number, one_line, source_name
from corpus.display import date_label as date_label
from corpus.model import Article, Claim, Quantity
from corpus.sanitize import sanitize_text
from tui.widgets.glyphs import HEDGED_STYLE, KIND_COLOURS, KIND_GLYPHS, RELATION_GLYPHS
from tui.widgets.legend import Legend

# The main view's glyphs, so a kind looks the same everywhere; they work without
# colour, which is how NO_COLOR terminals still see confirmations and rumours.
HEDGED_GLYPH = "?"
CONFLICT_GLYPH = RELATION_GLYPHS["conflicts"]
_APPROXIMATE = re.compile(
    r"\b(about|approximately|approx|around|roughly|some|nearly|almost|estimated|an estimated|close to|circa)\b|~",
    re.IGNORECASE,
)
_AT_LEAST = re.compile(r"\b(at least|no fewer than|no less than|a minimum of|minimum)\b", re.IGNORECASE)
_AT_MOST = re.compile(r"\b(at most|up to|as many as|no more than|a maximum of|maximum)\b", re.IGNORECASE)
_CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def safe_text(text: str | None, style: str = "") -> Text:
    """A one-line ``Text`` of untrusted text: sanitised, never parsed as markup."""
    return Text(one_line(text), style=style, end="")


def shorten(text: str, width: int) -> str:
    if width <= 0:
        return ""
    return text if len(text) <= width else text[: max(width - 1, 0)].rstrip() + ELLIPSIS


def article_label(article: Article | None) -> str:
    """Who published it: the outlet, else the title, else the file name."""
    if article is None:
        return "unknown source"
    return source_name(article)


def speaker_label(claim: Claim) -> str:
    return one_line(claim.speaker) if claim.speaker else "unattributed"


def _with_unit(number: float, unit: str | None) -> str:
    text = format_number(number)
    if unit in _CURRENCY_SYMBOLS:
        return _CURRENCY_SYMBOLS[unit] + text
    if unit == "percent":
        return text + "%"
    return text


def is_bound(quantity: Quantity) -> bool:
    """Open on one side (">6,000", "at least 300", "up to 150"): a bound, not a point,
    even where the pipeline also keeps the stated number as ``value``."""
    return (quantity.low is None) != (quantity.high is None)


def point_value(quantity: Quantity) -> float | None:
    """The value to draw as a point, or None for a bound or an interval."""
    return None if is_bound(quantity) else quantity.value


def quantity_label(quantity: Quantity) -> str:
    """A value or interval as an analyst reads it: ``600``, ``300–400``,
    ``>6,000``, ``≥300``, ``≤100,000``, ``≈2,000``; the quoted words when vague
    ("several thousand") or when there is no number."""
    surface = quantity.text or ""
    if quantity.vague and surface.strip():  # "several thousand": the words, not a guessed interval
        return f"“{shorten(one_line(surface), 24)}”"
    approximate = quantity.vague or bool(_APPROXIMATE.search(surface))
    prefix = ESTIMATED if approximate else ""
    unit = quantity.unit
    low, high = quantity.low, quantity.high
    if quantity.value is not None and not is_bound(quantity):
        return prefix + _with_unit(quantity.value, unit)
    if low is not None and high is not None:
        if low == high:
            return prefix + _with_unit(low, unit)
        if approximate:  # "approximately": an interval around it would be ours, not the text's
            return f"“{shorten(one_line(surface), 24)}”"
        return f"{prefix}{_with_unit(low, unit)}–{_with_unit(high, unit)}"
    if low is not None:
        return ("≥" if _AT_LEAST.search(surface) else ">") + _with_unit(low, unit)
    if high is not None:
        return ("≤" if _AT_MOST.search(surface) else "<") + _with_unit(high, unit)
    return one_line(surface) or "?"


def kind_marks(claim: Claim, conflicted: bool = False) -> str:
    """Kind glyph, ``?`` when hedged, ``≠`` when another source conflicts."""
    marks = KIND_GLYPHS.get(claim.kind, "•")
    if claim.certainty == "hedged":
        marks += HEDGED_GLYPH
    if conflicted:
        marks += CONFLICT_GLYPH
    return marks


def kind_style(claim: Claim) -> str:
    """The main view's colours, so a denial looks the same in every view."""
    if claim.kind in ("confirmation", "denial"):
        return f"bold {KIND_COLOURS[claim.kind]}"
    if claim.certainty == "hedged":
        return HEDGED_STYLE
    return ""


def legend() -> Legend:
    parts = [f"{glyph} {kind}" for kind, glyph in KIND_GLYPHS.items()]
    parts += [f"{HEDGED_GLYPH} hedged", f"{CONFLICT_GLYPH} conflicted", f"{ESTIMATED} estimated date"]
    return Legend(parts)


def highlighted(text: str, spans: Iterable[tuple[int, int]], style: str = "bold reverse") -> Text:
    """``text`` with ``spans`` (offsets into it) highlighted.

    Each piece between span edges is sanitised on its own, so spans stay
    aligned even if the text still held control characters; new lines become
    spaces to keep a result to its row.
    """
    clean = [(max(0, s), min(len(text), e)) for s, e in spans if e > s]
    edges = sorted({0, len(text), *(p for span in clean for p in span)})
    result = Text(end="")
    for start, end in pairwise(edges):
        piece = sanitize_text(text[start:end]).replace("\n", " ").replace("\t", " ")
        inside = any(s <= start and end <= e for s, e in clean)
        result.append(piece, style=style if inside else "")
    return result


_SNAP = 15  # characters an excerpt may give up to start or end at a word boundary


def excerpt(text: str, spans: Sequence[tuple[int, int]], width: int) -> tuple[str, list[tuple[int, int]]]:
    """A window of at most ``width`` characters around the first span.

    Returns the window (with ``…`` where it was cut) and the spans moved into it.
    """
    if len(text) <= width:
        return text, list(spans)
    first = min((s for s, _ in spans), default=0)
    start = max(0, min(first - width // 4, len(text) - width))
    if start > 0:  # begin at a word, not "…luding": the ellipsis takes the space's place
        space = text.find(" ", start, first)
        if 0 <= space - start <= _SNAP:
            start = space
    end = min(start + width, len(text))
    if end < len(text):  # and end after a word; the ellipsis takes the space's place
        first_end = min((e for s, e in spans if s == first), default=first)
        space = text.rfind(" ", max(start + 1, first_end, end - 1 - _SNAP), end)
        if space > start:
            end = space + 1
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    body = text[start + len(lead) : end - len(tail)]
    offset = start  # window index = text index - start
    moved = []
    for s, e in spans:
        s2, e2 = max(s, start + len(lead)), min(e, end - len(tail))
        if e2 > s2:
            moved.append((s2 - offset, e2 - offset))
    return lead + body + tail, moved
