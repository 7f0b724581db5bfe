"""One article in, its claims out: segments, then per-sentence facts in reading order."""

from __future__ import annotations

import hashlib
import re

from corpus.extract.attribution import Attribution, find_attributions, is_quote_only
from corpus.extract.carry import label_speaker, quote_runs
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
    segments = segment(article)
    carried = _Carried(body, segments)
    for index, seg in enumerate(segments):
        text = body[seg.start : seg.end]
        if not (is_claim_text(text) or (seg.role == "table_row" and _DIGIT.search(text))):
            if text.rstrip().endswith(":"):
                _speaker(index, seg, text, discourse, carried)  # "He said:" is no claim, but names who speaks next
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
        speaker, chain = _speaker(index, seg, text, discourse, carried)
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


class _Carried:
    """Speakers that carry over sentences (corpus/extract/carry.py), as the article is read."""

    def __init__(self, body: str, segments: list[Segment]):
        self.body = body
        self.segments = segments
        self.runs = quote_runs(body, segments)
        self.run_speaker: dict[int, tuple[str, list[str]] | None] = {}
        self.paragraph_speaker: dict[int, tuple[str, list[str]]] = {}
        self.last_paragraph = -1

    def of_run(self, index: int, discourse: Discourse) -> tuple[str, list[str]] | None:
        """The speaker of the quotation the segment is in, found in any of its sentences."""
        run = self.runs[index]
        if run in self.run_speaker:
            return self.run_speaker[run]
        found = None
        members = [i for i in range(run, len(self.segments)) if self.runs[i] == run]
        if len(members) > 1:
            for i in members:
                if i == index:
                    continue
                seg = self.segments[i]
                attributions = find_attributions(self.body[seg.start : seg.end])
                if attributions:
                    speaker, chain = resolve_speaker(attributions, discourse, seg.start)
                    if speaker:
                        found = (speaker, chain)
                        break
        self.run_speaker[run] = found
        return found


def _speaker(index: int, seg: Segment, text: str, discourse: Discourse, carried: _Carried) -> tuple[str | None, list[str]]:
    last_paragraph, carried.last_paragraph = carried.last_paragraph, seg.paragraph
    if seg.role == "table_row":
        if seg.source_cell:
            name = gazetteer().canonical(seg.source_cell)
            label = seg.source_cell if name is None or len(name) < len(seg.source_cell) else name
            return label, [label]
        return None, []
    found = _own_speaker(index, seg, text, discourse, carried)
    if found:
        speaker, chain = found
        discourse.last_speaker = (speaker, chain)
        if text.rstrip().endswith(":"):
            carried.paragraph_speaker.setdefault(seg.paragraph + 1, found)  # "He said:" introduces what follows
        return speaker, chain
    if is_quote_only(text) and discourse.last_speaker and seg.paragraph - last_paragraph <= 1:
        # A quotation standing alone continues the previous speaker's words.
        return discourse.last_speaker[0], list(discourse.last_speaker[1])
    discourse.last_speaker = None
    if seg.bullet_label and re.match(r"[^:]*:\s+[A-Z][a-z]+(?:ed|ing|s)\b", text):
        # "• South Korea: Expressed grave concern": the label is who acted.
        return seg.bullet_label, [seg.bullet_label]
    return None, []


def _own_speaker(index: int, seg: Segment, text: str, discourse: Discourse, carried: _Carried) -> tuple[str, list[str]] | None:
    """The sentence's own attribution, else its paragraph's label or introduction, else its quotation's."""
    attributions = find_attributions(text)
    if attributions:
        speaker, chain = resolve_speaker(attributions, discourse, seg.start)
        if speaker:
            return speaker, chain
    if seg.role == "content":
        first_of_paragraph = index == 0 or carried.segments[index - 1].paragraph != seg.paragraph
        label = label_speaker(text) if first_of_paragraph else None
        if label:
            speaker, chain = resolve_speaker([Attribution(label)], discourse, seg.start)
            if speaker:
                carried.paragraph_speaker[seg.paragraph] = (speaker, chain)
                return speaker, chain
        if seg.paragraph in carried.paragraph_speaker:
            speaker, chain = carried.paragraph_speaker[seg.paragraph]
            return speaker, list(chain)
    run = carried.of_run(index, discourse)
    if run:
        return run[0], list(run[1])
    return None
