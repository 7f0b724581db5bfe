"""Article metadata from a front-matter block or a sidecar file, checked and cleaned.

Both come from the user's files and are as untrusted as the body: every value
is sanitised, one-line fields are folded onto one line, and a value of the
wrong shape is dropped with a warning instead of being stringified (a YAML
alias bomb must never be turned into a huge string).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from corpus.sanitize import sanitize_line, sanitize_text

MAX_LINE_FIELD = 300  # characters kept of a title, outlet or author name
MAX_AUTHORS = 50  # a byline, not a list: YAML aliases can turn 60 KB into 20,000 names
_ISO_PARTIAL = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


@dataclass(slots=True)
class ArticleMeta:
    title: str | None = None
    outlet: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    published_estimated: bool = False
    note: str | None = None


def _scalar(value: Any) -> bool:
    return isinstance(value, str | int | float | dt.date) and not isinstance(value, bool)


def _text(value: Any) -> str:
    try:
        return str(value)
    except ValueError:  # an integer of thousands of digits cannot become a string
        return ""


def _line(value: Any) -> str | None:
    text = sanitize_line(_text(value))[:MAX_LINE_FIELD]
    return text or None


def _published(value: Any) -> str | None:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    text = _text(value).strip()
    match = _ISO_PARTIAL.fullmatch(text[:10]) or _ISO_PARTIAL.fullmatch(text)
    return match.group() if match else None


def clean_metadata(raw: dict[str, Any]) -> tuple[ArticleMeta, list[str]]:
    """Checked metadata from ``raw`` and one problem line per value dropped."""
    meta = ArticleMeta()
    problems: list[str] = []

    def wrong(key: str, expected: str) -> None:
        problems.append(f"metadata '{key}' is not {expected}; ignored")

    for key in ("title", "outlet", "note"):
        value = raw.get(key)
        if value is None:
            continue
        if not _scalar(value):
            wrong(key, "text")
        elif key == "note":
            meta.note = sanitize_text(_text(value)).strip() or None
        else:
            setattr(meta, key, _line(value))
    authors = raw.get("authors", raw.get("author"))
    if isinstance(authors, list) and all(_scalar(a) for a in authors):
        if len(authors) > MAX_AUTHORS:
            problems.append(f"metadata lists {len(authors):,} authors; the first {MAX_AUTHORS} kept")
        names = (name for a in authors[:MAX_AUTHORS] if (name := _line(a)))
        meta.authors = list(dict.fromkeys(names))
    elif _scalar(authors):
        meta.authors = [name] if (name := _line(authors)) else []
    elif authors is not None:
        wrong("authors", "a name or a list of names")
    published = raw.get("published", raw.get("date"))
    if published is not None:
        meta.published = _published(published) if _scalar(published) else None
        if meta.published is None:
            wrong("published", "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
    estimated = raw.get("published_estimated", False)
    if isinstance(estimated, bool):
        meta.published_estimated = estimated
    else:
        wrong("published_estimated", "true or false")
    return meta, problems
