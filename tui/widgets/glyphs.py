"""Glyphs, labels and safe text for claims, relations and dates.

Every mark has a glyph as well as a colour, so NO_COLOR and 16-colour
terminals still show which text is a claim and which claim conflicts.
Untrusted strings become ``rich.text.Text`` here, sanitised, never markup.
"""

from __future__ import annotations

from rich.text import Text

from corpus.display import counted, date_label, one_line, source_name
from corpus.model import Article, Claim
from corpus.sanitize import sanitize_text
from tui.widgets.heading import ArticleHeading

KIND_GLYPHS: dict[str, str] = {
    "quantity": "#",
    "statement": "»",
    "event": "◆",
    "denial": "✗",
    "confirmation": "✔",
    "forecast": "→",
}
RELATION_GLYPHS: dict[str, str] = {
    # "=" beside "≠": a check mark was all but the confirmation kind's ✔ (found by a new user)
    "corroborates": "=",
    "conflicts": "≠",
    "updates": "↻",
    "cites": "↗",
    "related": "~",
}
# Colour by kind; the glyph carries the meaning without colour. Light tones from the
# 256-colour cube: NO_COLOR turns colours into greys by brightness, and plain ANSI
# red, magenta or blue became near-black there, hiding denials and conflicts.
KIND_COLOURS: dict[str, str] = {
    "quantity": "#5fd7ff",
    "statement": "#87d75f",
    "event": "#ffd75f",
    "denial": "#ff5f87",
    "confirmation": "#d787ff",
    "forecast": "#87afff",
}
RELATION_COLOURS: dict[str, str] = {
    "corroborates": "#87d75f",
    "conflicts": "#ff5f87",
    "updates": "#ffd75f",
    "cites": "#87afff",
    "related": "#a8a8a8",
}
CONFLICT_STYLE = f"bold {RELATION_COLOURS['conflicts']}"
ALERT_STYLE = CONFLICT_STYLE  # errors: plain "bold red" turned near-black under NO_COLOR
HEDGED_STYLE = "#ffd75f"
BOOKMARK_STYLE = "#ffd75f"
BOOKMARK_GLYPH = "★"
NOTE_GLYPH = "✎"


def kind_glyph(kind: str) -> str:
    return KIND_GLYPHS.get(kind, "•")


def relation_glyph(relation: str) -> str:
    return RELATION_GLYPHS.get(relation, "~")


def safe(text: str | None, style: str = "") -> Text:
    """Untrusted text as a plain ``Text``: sanitised, one line per line, no markup."""
    return Text(sanitize_text(text or ""), style=style)


def format_date(date: str | None, estimated: bool) -> str:
    """``2024-10-11``; ``≈2022-08`` when estimated; ``undated`` when unknown (as in the views)."""
    return date_label(date, estimated) or "undated"


def article_date(article: Article) -> str:
    return format_date(article.published, article.published_estimated)


def own_date_label(claim: Claim) -> str | None:
    """The claim's own date as a label; None when it has none (``claim_when`` places it anyway)."""
    return format_date(claim.date, claim.date_estimated) if claim.date else None


def article_title(article: Article, limit: int | None = None) -> str:
    return one_line(article.title or article.source_file or article.id, limit)


def source_label(article: Article | None, limit: int | None = 40) -> str:
    """How a claim's source is named in one line: outlet, else the title."""
    if article is None:
        return "unknown source"
    return one_line(source_name(article), limit)


def article_heading(article: Article, claim_count: int, conflicting_count: int) -> ArticleHeading:
    """Title, then ``outlet · date · N claims · ≠ K in conflict`` (the conflicts stand out)."""
    title = Text(article_title(article, 200), style="bold")
    outlet = one_line(article.outlet, 50) if article.outlet else "outlet unknown"
    meta = Text(style="bold")  # as the title: the counts are read at a glance
    meta.append(f"{outlet} · {article_date(article)} · {counted(claim_count, 'claim')}", style="dim")
    if conflicting_count:
        meta.append(f" · ≠ {conflicting_count} in conflict", style=ALERT_STYLE)
    return ArticleHeading(title, meta)
