"""From classified lines to sentence segments with body offsets and layout context.

A line that stops without final punctuation and is followed by a line that
starts in lower case is one sentence broken by the page; the two are joined.
A quotation that ends in a question or an exclamation and the attribution after it
("“Why now?” Lee asked.") are one sentence.
Bullets, flattened table rows and headlines are one segment each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.extract.cues import forms
from corpus.extract.furniture import Line, classify_lines, split_cells
from corpus.extract.sentences import split_sentences
from corpus.model import Article

_FAQ = re.compile(r"question|faq|q ?& ?a", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…:;][\"”’')\]]*\s*$")
# "Lee asked.", "Sen. Ann Lee said in response.": a speaker and a verb of saying, after a quotation closed by "?" or "!".
_SPEECH_LEMMAS = (
    "say ask add reply respond wonder demand continue insist counter exclaim shout explain tell joke quip yell cry "
    "declare announce write tweet warn plead boast".split()
)
_SPEECH_FORMS = "|".join(f for lemma in _SPEECH_LEMMAS for f in forms(lemma) if not f.endswith("ing"))
_SPEAKER = r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|Gen)\.\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*"
# "Lee said", "Ann Lee, the mayor, said", "said Ann Lee", then up to eight words of where and when ("at the rally in
# Velmar on Monday").
_TRAILING_ATTRIBUTION = re.compile(
    rf"(?:(?:He|She|They|{_SPEAKER})(?:,\s+[^,“”\"]{{2,60}},)?\s+(?:{_SPEECH_FORMS})|(?:{_SPEECH_FORMS})\s+{_SPEAKER})"
    r"(?:,?\s+[\w’'-]+){0,8}\.\s*"
)
_QUOTATION_ASKED = re.compile(r"[?!][”\"]\s*$")
_QUOTATION_STOPPED = re.compile(r"\s*[“\"][^“”\"]*\.[”\"]\s*")
_BULLET_PREFIX = re.compile(r"\s*(?:[•·▪●◦‣∙*-]|\d+[.)])\s+(?=(?:(?P<label>[A-Z][^:]{1,40}):\s+)?)")


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    role: str  # content | headline | bullet | table_row
    paragraph: int  # index of the block the sentence is in
    source_cell: str | None = None  # a table row's "Source" cell
    header_subject: str | None = None  # a table's figure column header, as a subject label
    header: list[str] | None = None  # a table row's column headers
    bullet_label: str | None = None  # "South Korea" in "• South Korea: Expressed ..."
    in_faq: bool = False


def _blocks(lines: list[Line]) -> list[tuple[int, int, str, Line]]:
    """(start, end, role, first line) of each run of lines that forms one text block."""
    blocks: list[tuple[int, int, str, Line]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.role not in ("content", "headline", "bullet", "table_row"):
            i += 1
            continue
        start, end = line.start, line.end
        j = i
        while (
            line.role == "content"
            and j + 1 < len(lines)
            and lines[j + 1].role == "content"
            and not _TERMINAL.search(lines[j].text)
            and lines[j + 1].text.lstrip()[:1].islower()
        ):
            j += 1
            end = lines[j].end
        blocks.append((start, end, line.role, line))
        i = j + 1
    return blocks


def segment(article: Article, lines: list[Line] | None = None) -> list[Segment]:
    lines = lines if lines is not None else classify_lines(article)
    body = article.body
    segments: list[Segment] = []
    header_cells: list[str] = []
    row_headers: dict[int, list[str]] = {}  # each table row's own header
    faq_lines: set[int] = set()  # lines under an FAQ heading
    in_faq = False
    for line in lines:
        if line.role in ("heading", "headline"):
            in_faq = bool(_FAQ.search(line.text))
        elif in_faq:
            faq_lines.add(line.start)
        if line.role == "table_header":
            header_cells = split_cells(line.text)
        elif line.role == "table_row":
            row_headers[line.start] = header_cells
    for index, (start, end, role, first) in enumerate(_blocks(lines)):
        in_faq = first.start in faq_lines
        if role == "table_row":
            cells = split_cells(first.text)
            header_cells = row_headers.get(first.start, [])
            source = None
            if header_cells and re.search(r"source|by|according", header_cells[-1], re.IGNORECASE) and len(cells) >= 2:
                source = cells[-1]
            s, e = _trim(body, start, end)
            segments.append(
                Segment(
                    s,
                    e,
                    role,
                    index,
                    source_cell=source,
                    header_subject=_figure_header(header_cells),
                    header=header_cells,
                )
            )
            continue
        if role == "bullet":
            m = _BULLET_PREFIX.match(body, start)
            label = m.group("label") if m and m.group("label") else None
            s, e = _trim(body, m.end() if m else start, end)
            if e > s:
                segments.append(Segment(s, e, role, index, bullet_label=label))
            continue
        spans: list[tuple[int, int]] = []
        for s, e in split_sentences(body[start:end], start):
            if (
                spans
                and _TRAILING_ATTRIBUTION.fullmatch(body, s, e)
                and (
                    _QUOTATION_ASKED.search(body, *spans[-1])
                    # "“... the emails that are missing.” Trump said.": a stop typed for the comma, the bare
                    # attribution after it the quotation's (not "He said the team was ready.", a sentence of its own)
                    or (_QUOTATION_STOPPED.fullmatch(body, *spans[-1]) and len(body[s:e].split()) <= 3)
                )
            ):
                spans[-1] = (spans[-1][0], e)  # "“Why now?” Lee asked.": the attribution is the quotation's
            else:
                spans.append((s, e))
        segments.extend(Segment(s, e, role, index, in_faq=in_faq) for s, e in spans)
    return segments


def _figure_header(cells: list[str]) -> str | None:
    """The header of the column that holds the figures ("North Korean Casualties")."""
    for cell in cells:
        if re.search(
            r"casualt|killed|dead|deaths|wounded|injur|troops|soldiers|workers|number|count|total", cell, re.IGNORECASE
        ):
            words = cell.split()
            # Keep proper adjectives capitalised, lower-case the counted noun(s).
            return " ".join(
                w if i < len(words) - 1 and w[:1].isupper() and len(words) > 1 else w.lower()
                for i, w in enumerate(words)
            )
    return None


def _trim(body: str, start: int, end: int) -> tuple[int, int]:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return start, end
