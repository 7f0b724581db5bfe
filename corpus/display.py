"""How article-derived values are written for people: one module for the CLI,
the exports and the app, so a date or a figure reads the same everywhere.

Every function sanitises what it is given: these strings come from articles.
"""

from __future__ import annotations

from corpus.model import Article, Claim
from corpus.sanitize import sanitize_text

ESTIMATED = "≈"
ELLIPSIS = "…"


def one_line(text: str | None, limit: int | None = None) -> str:
    """Sanitised text folded onto one line, cut at ``limit`` characters with an ellipsis.

    The cut falls between words when a space is near the limit ("into the…", not
    "into th…"); a long word with no space near it is cut where it must be.
    """
    flat = " ".join(sanitize_text(text or "").split())
    if limit is not None and len(flat) > limit:
        head = flat[: max(limit - 1, 0)]
        space = head.rfind(" ") if flat[len(head)] != " " else len(head)
        if space >= 0.6 * len(head):
            head = head[:space]
        return head.rstrip() + ELLIPSIS
    return flat


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``1 claim``, ``3 claims``, ``12,480 entities``: counts read as English, not ``claim(s)``."""
    return f"{count:,} {noun if count == 1 else (plural or noun + 's')}"


def date_label(date: str | None, estimated: bool = False) -> str:
    """``2024-10-11``; ``≈2022-08`` when estimated; ``""`` when unknown."""
    if not date:
        return ""
    date = one_line(date)  # normally ISO from the DB, but never trusted raw
    return f"{ESTIMATED}{date}" if estimated else date


def format_number(value: float | None) -> str:
    """``6600.000000000001`` -> ``6,600``, ``0.25`` -> ``0.25``: at most 2 decimals, no float noise."""
    if value is None:
        return ""
    text = f"{value:,.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def source_name(article: Article) -> str:
    """Who published it, on one line: the outlet, else the title, else the file name, else the id."""
    for candidate in (article.outlet, article.title, article.source_file):
        name = one_line(candidate)
        if name:
            return name
    return article.id


def claim_when(claim: Claim, article: Article | None) -> tuple[str | None, bool]:
    """When a claim is placed: its own date, else its article's published date,
    then always estimated (the claim itself gave no date)."""
    if claim.date:
        return claim.date, claim.date_estimated
    if article is not None and article.published:
        return article.published, True
    return None, False


def claim_date_label(claim: Claim, article: Article | None) -> str:
    """``claim_when`` as a label: ``2024-10-10``, ``≈2024-10``, or ``""``."""
    return date_label(*claim_when(claim, article))
