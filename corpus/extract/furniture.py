"""Recognise page furniture line by line, so it never becomes a claim.

Scraped news pages carry audio-player prompts, tables of contents, comment
boxes, share/follow lines, bylines, author bios, photo captions and credits,
section headings, repeated headlines, "Updated:" stubs and source lists. The
rules below are about the shape of such lines, not about any one page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.extract.claims import headline_asserts
from corpus.model import Article

_I = re.IGNORECASE
# Lines that are furniture whatever surrounds them. Patterns about how a line
# starts are matched at its start only (much cheaper than searching every position).
_START_PATTERNS = (
    r"\s*(table of contents|contents|leave a (comment|reply)|comments?|\d+ comments?|share( this( article| story)?)?|"
    r"advertisement|related( articles| stories)?|read more|sign up.*|subscribe.*|most read|recommended|"
    r"comments?\s*\(\d+\)|(?:related|read more|see also|more on this|watch|listen)\s*:.*|"
    r"author|editor'?s note|copyright.*|all rights reserved.*|©.*)\s*:?\s*$",
    r"\s*(updated|published|last updated)\s*(:[\w ,:.]{0,40}|[\d ,:.apmAPM]{1,30})$",
    # "Updated 3:45 p.m. EST, Nov 5, 2024"; "Published 14 March 2031, 09:12 GMT | Updated 14 March 2031, 11:40 GMT"
    r"\s*(updated|published|posted|last updated)\b(?=[^.!?]*\d)[\w ,:./()|·•-]{0,110}$",
    r"\s*\d{1,2}:\d{2}(\s*/\s*\d{1,2}:\d{2})?\s*$",  # player time stamps
    r"\s*-?\s*news\s*$",
    r"[\s*_]*(?:by|written by)\s+(?-i:[A-Z])[\w.'-]+(?:\s+(?-i:[A-Z])[\w.'-]+)*[\s*_]*(?:\||$)",
    r"[\s*_]*share (?:this|on)\b",
    r"\s*our standards\s*:|[\s(—–-]*(reporting|writing|editing|additional reporting) (by|from)\b",
    r"\s*follow\b.{0,60}\bon\b.{0,40}(facebook|twitter|x|instagram|telegram|threads|bluesky)\b",
    r"\s*(photo|image|credit)s?\s*:",
    r"\s*(send|email|e-mail) (us )?(your )?(news )?(tips|quips|story ideas)\b",
    # a byline's names are capitalised, whatever the case of "By" (the patterns run case-blind: "By Friday, Governor Ann
    # Lee had changed course and said ..." is a sentence)
    r"\s*(by|written by)\s+(?-i:[A-Z])[\w.'-]+(\s+(?-i:[A-Z])[\w.'-]+)*((,| and)\s+(?-i:[A-Z])[\w.'-]+(\s+(?-i:[A-Z])[\w.'-]+)*)*\s*$",
)
# Run on the lower-cased line (cheaper than IGNORECASE), each only when the line holds one of the
# words any match of it must contain: searching every position of a paragraph costs ten times more.
_ANYWHERE_PATTERNS = (
    (
        ("listen to", "click", "audio"),
        r"listen to (this|the) (article|story)|click (the|this) button to (play|listen)|audio (version|player)",
    ),
    (("read", "trust principles"), r"\b\d+\s*(?:min|mins|minute|minutes)\s+read\b|trust principles\s*\.?\s*$"),
    (
        ("comment", "join the conversation"),
        r"please let us know if you.?re having issues with commenting|join the conversation|"
        r"comments? (are|have been) (closed|moderated)|log in to comment",
    ),
    (("follow", "@"), r"\bfollow (us|me)? ?on (x|twitter|facebook)\b|@\w+\s*$"),
    (("contributed",), r"\bcontributed (reporting )?to this (report|article|story)|\bcontributed reporting\.?\s*$"),
    (
        ("(source", "(photo", "(image", "(credit", "(pictured", "via", "/"),
        r"\((?:source|photo|image|credit|pictured)s?: [^)]*\)\s*$|(\bvia|/)\s*(reuters|ap|afp|getty( images)?|kcna|tass|yonhap|bloomberg|epa)\s*$"
        # a photographer's credit closed by a stop ("Carlos Barria / Reuters."): no sentence ends so
        r"|/\s*(reuters|ap|afp|getty( images)?|kcna|tass|yonhap|bloomberg|epa)\s*\.\s*$",
    ),
    (("photo", "images"), r"\b(ap|afp|getty) (photo|images)\b"),
)
_REPORTED_FROM = re.compile(r"\breported from [A-Z]\w+")
_ALWAYS_START = re.compile("|".join(f"(?:{p})" for p in _START_PATTERNS), _I)
_ALWAYS_ANYWHERE = tuple((words, re.compile(p)) for words, p in _ANYWHERE_PATTERNS)


def _anywhere_furniture(lowered: str) -> bool:
    return any(any(w in lowered for w in words) and pattern.search(lowered) for words, pattern in _ALWAYS_ANYWHERE)


def _always_furniture(text: str) -> bool:
    # (in quote marks too, as a quoted column's last lines: "“Follow Ann Lee on Twitter @annlee.”", "\"Related:\"")
    text = text.strip().lstrip("\"“‘'")
    return bool(_ALWAYS_START.match(text) or _anywhere_furniture(text.lower()) or _REPORTED_FROM.search(text))


_SECTION_FURNITURE = re.compile(
    r"^\s*(sources?( (&|and) (verification|references))?|references|further reading|"
    r"comments?|related( articles| stories)?|more (on|from) .*)\s*:?\s*$",
    _I,
)
_FAQ_HEADING = re.compile(r"^\s*(frequently asked questions|faqs?|q ?& ?a)\s*:?\s*$", _I)
_BULLET = re.compile(r"^\s*([•·▪●◦‣∙*-]|\d+[.)])\s+")
_DATE_LINE = re.compile(
    r"^\s*((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\b[\w :.,]{0,20}$",
    _I,
)
_TERMINAL = re.compile(r"[.!?…:;][\"”’')\]]*\s*$")
_DIGIT = re.compile(r"\d")
# A paragraph that states something before the question it closes with ('“Forty men slept there,” she said. “Where will
# they sleep?'): its sentences are content, only the question is none; not an interview's question ("Q: ...", "LEE: ...").
_STATED_BEFORE_QUESTION = re.compile(
    r"^(?![\s\"“]*(?:Q\b|Q(?=[A-Z])|[A-Z][A-Z .'-]{1,30}:))[^?]*?[a-z0-9)][.!][\"”’']?\s+[\"“‘]?[A-Z]"
)
_CAPTION_MARK = re.compile(r",\s*(left|right|center|centre|top|bottom)\s*,|\((left|right|center)\)", _I)
_CREDIT_LINE = re.compile(r"^[^.!?\d]{0,80}(/[A-Z]|\b[Pp]hoto\b|\b[Ii]mages?\b|\b[Pp]ool\b)[^.!?\d]{0,80}$")
_BIO = re.compile(r"^\s*([A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){1,3})\s+(is|was|has been|covers)\s+(a|an|the)?\s*", re.UNICODE)
_BIO_WORDS = re.compile(
    r"\b(correspondent|reporter|writer|editor|journalist|bureau chief|columnist|contributor|graduate)\b", _I
)


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str
    role: str  # content | headline | furniture | heading | bullet | question | table_header | table_row | blank


def _lines(body: str) -> list[Line]:
    lines, pos = [], 0
    for raw in body.split("\n"):
        lines.append(Line(pos, pos + len(raw), raw, "blank" if not raw.strip() else "content"))
        pos += len(raw) + 1
    return lines


def _norm(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).lower()  # split(): the whitespace of \s


def _is_headingish(text: str) -> bool:
    """Short, unpunctuated, figure-free line: a heading, caption or name line."""
    words = text.split()
    return 0 < len(words) <= 12 and not _TERMINAL.search(text) and not _DIGIT.search(text)


def _is_bio(text: str, authors: set[str]) -> bool:
    m = _BIO.match(text)
    if not m:
        return False
    name = _norm(m.group(1))
    return name in authors or bool(_BIO_WORDS.search(text[:200]))


def classify_lines(article: Article) -> list[Line]:
    """Every line of the body with a role; only content/headline/bullet/table_row lines hold claims (a
    headline: a title or heading line that tells a checkable event, see ``headline_asserts``)."""
    lines = _lines(article.body)
    authors = {_norm(a) for a in article.authors}
    title = _norm(article.title or "")
    outlet = _norm(article.outlet or "")
    seen: set[str] = set()
    section_furniture = False
    table_columns = 0
    for i, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            table_columns = 0  # a blank line ends a flattened table
            continue
        norm = _norm(text)
        repeated = norm in seen
        seen.add(norm)
        if _SECTION_FURNITURE.match(text):
            section_furniture, line.role = True, "furniture"
            continue
        if section_furniture and (_BULLET.match(text) or _is_headingish(text) or len(text) < 200):
            line.role = "furniture"
            continue
        section_furniture = False
        if _FAQ_HEADING.match(text):
            line.role = "heading"
            continue
        if text.endswith("?") and not _STATED_BEFORE_QUESTION.search(text):
            line.role = "question"
            continue
        if (
            (repeated and not _TERMINAL.search(text))  # a repeated headline, not a repeated sentence
            or norm in authors
            or (outlet and norm == outlet)
            or _always_furniture(text)
            or _DATE_LINE.match(text)
            or _CAPTION_MARK.search(text)
            or _is_bio(text, authors)
        ):
            line.role = "furniture"
            continue
        if norm == title and not _TERMINAL.search(text):
            # The headline itself (first, or under the page's address or a kicker): a claim when it tells a
            # checkable event (the one place the title has offsets in the body, so its one claim), else furniture.
            line.role = "headline" if headline_asserts(text, article.body) else "furniture"
            continue
        if _TABLE_RULE.match(text):
            line.role = "furniture"  # "|---|---|": the line under a table header
            continue
        if _is_table_header(text):
            line.role, table_columns = "table_header", len(split_cells(text))
            continue
        if table_columns and _DIGIT.search(text) and (not _TERMINAL.search(text) or _delimited(text)):
            line.role = "table_row"
            continue
        if _BULLET.match(text):
            line.role = "bullet"
            continue
        continues = i + 1 < len(lines) and lines[i + 1].text[:1].islower()
        if _is_headingish(text) and not continues:
            line.role = "headline" if headline_asserts(text, article.body) else "heading"
            continue
    _mark_captions(lines)
    return lines


def _mark_captions(lines: list[Line]) -> None:
    """A line right before a photo-credit line is that photo's caption."""
    for i, line in enumerate(lines):
        text = line.text.strip()
        if line.role in ("content", "headline", "heading", "furniture") and text and _CREDIT_LINE.match(text):
            line.role = "furniture"
            prev = next((p for p in reversed(lines[:i]) if p.role != "blank"), None)
            if prev is not None and prev.role in ("content", "headline", "heading") and _looks_like_caption(prev.text):
                prev.role = "furniture"


# Speech and cognition verbs make a line an assertion, not a description of a picture.
_REPORTING = re.compile(
    r"\b(said|says|told|according to|estimated?|reported|claimed|announced|stated|expects?|expected|warn(?:s|ed)?|"
    r"believes?|believed|fears?|feared|predicts?|predicted|insists?|insisted|argues?|argued)\b|[”\"]\s*$",
    _I,
)


def _looks_like_caption(text: str) -> bool:
    """A caption describes a picture: short, no attribution, no figures."""
    return (
        len(text.split()) <= 30 and not _REPORTING.search(text) and not re.search(r"\d{2,}", text.replace("20", "", 1))
    )


_CELL_GLUE = re.compile(r"(?<=[a-z)])(?=[A-Z])|(?<=[a-z])(?=\d)")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _delimited(text: str) -> bool:
    """A table row written with cell separators: "| a | b |" or tab-separated."""
    return text.count("|") >= 2 or text.count("\t") >= 1


def split_cells(text: str) -> list[str]:
    """Cells of a table row: split at "|" or tabs, else where a flattened page glued
    them (a lowercase letter directly followed by a capital or a digit)."""
    if text.count("|") >= 2:
        return [c.strip() for c in text.strip().strip("|").split("|") if c.strip()]
    if "\t" in text:
        return [c.strip() for c in text.split("\t") if c.strip()]
    return [c.strip() for c in _CELL_GLUE.split(text.strip()) if c.strip()]


def _is_table_header(text: str) -> bool:
    if _DIGIT.search(text) or _TERMINAL.search(text):
        return False  # (tested first: splitting a long line into cells costs more)
    cells = split_cells(text)
    return len(cells) >= (2 if _delimited(text) else 3) and all(c[:1].isupper() and len(c.split()) <= 4 for c in cells)
