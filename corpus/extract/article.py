"""One article in, its claims out: segments, then per-sentence facts in reading order."""

from __future__ import annotations

import hashlib
import re

from corpus.extract.attribution import find_attributions, is_quote_only
from corpus.extract.claims import certainty_of, is_claim_text, kind_of
from corpus.extract.dates import claim_dates, find_dates, resolve
from corpus.extract.entities import Mention, find_entities, gazetteer
from corpus.extract.furniture import split_cells
from corpus.extract.measures import measure_for, subject_for
from corpus.extract.names import tidy_entities, with_countries
from corpus.extract.quantities import find_quantities
from corpus.extract.segments import Segment, segment
from corpus.extract.coreference import Discourse
from corpus.extract.speakers import resolve_speaker
from corpus.extract.topics import topic_of
from corpus.model import Article, Claim

_DIGIT = re.compile(r"\d")


def claim_id(article_id: str, text: str, seen: dict[str, int]) -> str:
    """Stable id from the article and the claim's text; repeats get a counter."""
    digest = hashlib.sha1(re.sub(r"\s+", " ", text).encode("utf-8")).hexdigest()[:10]
    base = f"{article_id}-{digest}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}-{seen[base]}"


def extract_article(article: Article) -> tuple[list[Claim], list[Mention]]:
    body = article.body
    discourse = Discourse()
    claims: list[Claim] = []
    mentions_out: list[Mention] = []
    seen_ids: dict[str, int] = {}
    previous_date: tuple[str, bool] | None = None
    previous_subject: tuple[int, str | None] = (-1, None)
    last_paragraph = -1
    for seg in segment(article):
        text = body[seg.start : seg.end]
        if not (is_claim_text(text) or (seg.role == "table_row" and _DIGIT.search(text))):
            discourse.note_titled_names(text, seg.start)
            continue
        if seg.role == "table_row":
            # Glued cells ("deathsNational Health Agency") are read apart for names.
            mentions = find_entities("; ".join(split_cells(text)))
            digit_names = []
        else:
            mentions = find_entities(text)
            digit_names = [(m.start, m.end) for m in mentions if _DIGIT.search(m.surface)]
        dates = find_dates(text)
        quantities = find_quantities(text, seg.start, dates, digit_names)
        if seg.role == "table_row" and seg.header:
            _measures_from_columns(text, seg, quantities)
        date, estimated, date_text = None, False, None
        dated = claim_dates(text, dates)
        if dated:
            best = max(dated, key=lambda d: (d.specificity, -d.start))
            iso, estimated = resolve(best, article.published, article.published_estimated, previous_date)
            if iso:
                date, date_text = iso, best.text
                previous_date = (iso, estimated)
        speaker, chain = _speaker(seg, text, discourse, last_paragraph)
        last_paragraph = seg.paragraph
        if seg.role != "table_row":
            discourse.note_titled_names(text, seg.start, mentions)
        measured = next((q for q in quantities if q.measure), None)
        subject = None
        if seg.header_subject and measured:
            subject = seg.header_subject
        elif measured:
            inherit = previous_subject[1] if previous_subject[0] == seg.paragraph else None
            subject = subject_for(text, measured.measure, measured.start - seg.start, inherit, measured.end - seg.start, mentions)
            previous_subject = (seg.paragraph, subject)
        subject = subject or topic_of(text)
        claims.append(
            Claim(
                id=claim_id(article.id, text, seen_ids),
                article_id=article.id,
                start=seg.start,
                end=seg.end,
                text=text,
                kind=kind_of(text, bool(quantities), date is not None),
                speaker=speaker,
                certainty=certainty_of(text),
                quantities=quantities,
                entities=with_countries(mentions),
                date=date,
                date_estimated=estimated,
                date_text=date_text,
                speaker_chain=chain,
                subject=subject,
            )
        )
        mentions_out.extend(mentions)
    tidy_entities(claims, mentions_out)
    return claims, mentions_out


def _measures_from_columns(text: str, seg: Segment, quantities: list) -> None:
    """In "| Velmar | 12,000 | 11 |" under "| Region | Displaced | Deaths |", 11 counts deaths."""
    if text.count("|") < 2 and "\t" not in text:
        return
    separators = [i for i, ch in enumerate(text) if ch in "|\t"]
    lead = 1 if text.lstrip()[:1] == "|" else 0
    for q in quantities:
        if q.measure:
            continue
        column = sum(1 for i in separators if i < q.start - seg.start) - lead
        if 0 <= column < len(seg.header):
            q.measure, q.unit = measure_for("1 " + seg.header[column].lower(), 0, 1, q.unit)


def _speaker(seg: Segment, text: str, discourse: Discourse, last_paragraph: int) -> tuple[str | None, list[str]]:
    if seg.role == "table_row":
        if seg.source_cell:
            name = gazetteer().canonical(seg.source_cell)
            label = seg.source_cell if name is None or len(name) < len(seg.source_cell) else name
            return label, [label]
        return None, []
    attributions = find_attributions(text)
    if attributions:
        speaker, chain = resolve_speaker(attributions, discourse, seg.start)
        if speaker:
            discourse.last_speaker = (speaker, chain)
            return speaker, chain
    if is_quote_only(text) and discourse.last_speaker and seg.paragraph - last_paragraph <= 1:
        # A quotation standing alone continues the previous speaker's words.
        return discourse.last_speaker[0], list(discourse.last_speaker[1])
    discourse.last_speaker = None
    if seg.bullet_label and re.match(r"[^:]*:\s+[A-Z][a-z]+(?:ed|ing|s)\b", text):
        # "• South Korea: Expressed grave concern": the label is who acted.
        return seg.bullet_label, [seg.bullet_label]
    return None, []
