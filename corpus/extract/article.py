"""One article in, its claims out: segments, then per-sentence facts in reading order."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from corpus.extract.attribution import (
    Attribution,
    find_attributions,
    is_quote_only,
    mask_quotes,
    mend_closing_marks,
    opens_with_quoted_speech,
    straight_quotes,
)
from corpus.extract.carry import label_speaker, quote_runs, within_quotation
from corpus.extract.claims import ToldBefore, certainty_of, deciding_cue, is_claim_text, kind_of, worth_checking
from corpus.extract.coreference import Discourse
from corpus.extract.datelines import Dateline, dateline_at, header_date, infer_published_from
from corpus.extract.dates import (
    PARTICIPLE_OF_A_NOUN,
    DateMention,
    claim_dates,
    figure_periods,
    find_dates,
    looks_ahead,
    names_a_months_statistic,
    resolve,
)
from corpus.extract.entities import Mention, find_entities, gazetteer
from corpus.extract.furniture import split_cells
from corpus.extract.headline_acts import act_of_headline
from corpus.extract.headlines import sentence_case_reading
from corpus.extract.measures import (
    attributive_noun,
    is_money,
    is_unit_word,
    measure_for,
    property_of,
    subject_for,
)
from corpus.extract.money import shared_name_codes
from corpus.extract.names import tidy_entities, with_countries
from corpus.extract.quantities import (
    NUMBER_BROUGHT_TO,
    aims_named_by_their_figure,
    cancelled_things,
    change_named_by_its_level,
    find_quantities,
    is_figure,
    name_measured_things,
    name_noun_families,
    same_measure_as_before,
)
from corpus.extract.segments import Segment, segment
from corpus.extract.speakers import (
    attribution_spans,
    it_for_its_subject,
    resolve_speaker,
    speaks_after_a_name,
    unsaid_spans,
)
from corpus.extract.topics import topic_of
from corpus.model import Article, AttributionSpan, Claim, Quantity

_DIGIT = re.compile(r"\d")
_SPACES = re.compile(r"\s+")
_DATELINE_PARAGRAPHS = 3  # a dateline opens the report: looked for in its first paragraphs only


def claim_id(article_id: str, text: str, seen: dict[str, int]) -> str:
    """Stable id from the article and the claim's text; repeats get a counter."""
    digest = hashlib.sha1(_SPACES.sub(" ", text).encode("utf-8")).hexdigest()[:10]
    base = f"{article_id}-{digest}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}-{seen[base]}"


_CLAIM_ID = re.compile(r"(.+)-[0-9a-f]{10}(?:-\d+)?")


def article_of_claim(claim_id: str) -> str | None:
    """The article a ``claim_id`` was made for (None for an id it did not make)."""
    made = _CLAIM_ID.fullmatch(claim_id)
    return made.group(1) if made else None


_LOWER_LETTER = re.compile(r"[a-z]")
_QUOTE_MARKS = frozenset("“”\"‘’'")


# A transcript's speaker as its label writes them: "PENCE", "VAN HOLLEN", "MR. TRUMP" (not "U.N.", a body's initials).
_SPEAKER_IN_CAPITALS = re.compile(r"(?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\.\s+)?[A-Z][A-Z’'-]+(?:\s+[A-Z][A-Z’'-]+){0,3}")
_CAPITALS_LABEL = re.compile(r"[\"“]?[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,3}:\s+\S")


def _spoken_paragraph(carried: _Carried, paragraph: int) -> bool:
    """Does the paragraph speak in the first or second person outside quotation marks ("We expect ...", "you")?"""
    text = " ".join(carried.body[s.start : s.end] for s in carried.segments if s.paragraph == paragraph)
    return bool(_SPOKEN.search(mask_quotes(straight_quotes(text))))


def _colon_only(text: str, dateline: Dateline) -> bool:
    """A dateline that is a place in capitals and a colon alone ("MARSH: ..."): no date, no agency."""
    return not (dateline.date_text or dateline.agency) and text[: dateline.end].rstrip().endswith(":")


def _said_in_words(text: str, said: Said, body: str = "") -> bool:
    """Is a question or fragment someone's words: a cue's ("Lee disagreed strongly", "“Why now?” she asked"), a
    quotation's, or a transcript's answer under a label in capitals ("PENCE: Well, look. It's serious business."),
    not a label in sentence case ("Clinton: 547.", "Contributing: Ann Lee.") nor a question the writer asks?"""
    hows = {span.how for span in said[2]}
    if "quotation" in hows or "introduced" in hows:
        return True
    if "label" in hows and any(
        s.how == "label"
        and s.source_start is not None
        and s.source_end is not None
        and _SPEAKER_IN_CAPITALS.fullmatch(body, s.source_start, s.source_end)
        and s.cue_end is not None
        and _LOWER_LETTER.search(body, s.cue_end, s.cue_end + 40)  # (not a headline's kicker: "UN: PEACEKEEPERS ...")
        for s in said[2]
    ):
        return True
    if not hows & {"verb", "inverted", "quoted"}:
        return False
    if text.rstrip().endswith("?"):
        return any(ch in _QUOTE_MARKS for ch in text)  # "“Who would he appoint?” Lee asked."
    return len(text.split()) >= 3  # not "Enough said."


def _names_its_speaker(said: Said) -> bool:
    """Is the sentence's speaker named in it by a cue of its own ("Lee added:", "Said Lee:"), not carried from
    another sentence?"""
    return any(span.how in ("verb", "inverted") and span.source_start is not None for span in said[2])


def dated_article(article: Article) -> tuple[Article, bool]:
    """``article`` with a date: one without gets one from its text (``infer_published``), marked
    estimated, so relative dates resolve against it; and whether that date is only the latest one
    the text names (weekdays told of fall on or after it)."""
    if not article.published:
        inferred, floor = infer_published_from(article.body)
        if inferred:
            return replace(article, published=inferred, published_estimated=True), floor
        return article, floor
    if article.published_estimated:
        inferred, floor = infer_published_from(article.body)  # (a date inferred so before, stored with the article)
        return article, floor and inferred == article.published
    return article, False


def extract_article(article: Article) -> tuple[list[Claim], list[Mention]]:
    """Claims of ``article`` in reading order, its date inferred from its text if it has none (``dated_article``)."""
    return claims_of_dated(*dated_article(article))


def _in_national_currency(q: Quantity, codes: dict[str, str]) -> Quantity:
    """A sum in a shared currency name ("crowns") in the one country's code its article names ("SEK")."""
    head, per, rest = (q.unit or "").partition(" per ")
    return replace(q, unit=codes[head] + per + rest) if head in codes else q


def claims_of_dated(article: Article, floor: bool) -> tuple[list[Claim], list[Mention]]:
    """Claims of ``article`` as ``dated_article`` gave it (``floor``: see there), in reading order. An opening mark
    typed to close a quotation ('“It is unusual,“ said Lee') is read as the closing one it is (else the quotation
    runs on over every sentence after it); the claims keep the text as written."""
    mended = mend_closing_marks(article.body)
    if mended == article.body:
        return _claims_of_read(article, floor)
    claims, mentions = _claims_of_read(replace(article, body=mended), floor)
    seen: dict[str, int] = {}
    return [
        replace(c, id=claim_id(article.id, text, seen), text=text)
        for c in claims
        for text in [article.body[c.start : c.end]]
    ], mentions


def _claims_of_read(article: Article, floor: bool) -> tuple[list[Claim], list[Mention]]:
    body = article.body
    discourse = Discourse()
    claims: list[Claim] = []
    mentions_out: list[Mention] = []
    seen_ids: dict[str, int] = {}
    previous_date: tuple[str, bool] | None = None
    previous_subject: tuple[int, str | None] = (-1, None)
    segments = segment(article)
    carried = _Carried(body, segments)
    paragraphs_seen: list[int] = []
    last_count: LastCount | None = None
    last_sums: tuple[int, list[Quantity]] = (-2, [])
    currencies = shared_name_codes(body)
    told = ToldBefore()
    for index, seg in enumerate(segments):
        text = body[seg.start : seg.end]
        # A headline is read alone: its names ("Union threatens strikes") are no earlier mention the body's "the union"
        # or "he" goes back to, nor is its subject the speaker the lines below it continue.
        reader = Discourse() if seg.role == "headline" else discourse
        dateline = None
        if seg.role != "table_row" and seg.paragraph not in paragraphs_seen:
            paragraphs_seen.append(seg.paragraph)
            if len(paragraphs_seen) <= _DATELINE_PARAGRAPHS:
                dateline = dateline_at(text)
                if dateline is not None and carried.transcript and _colon_only(text, dateline):
                    dateline = None  # "MARSH: The levee held." in a transcript: who speaks, not where the report is
        if dateline is not None and not is_claim_text(text[dateline.end :]):
            continue  # "MOSCOW, October 10. /TASS/.": the report's place and date, not a claim
        if len(paragraphs_seen) <= _DATELINE_PARAGRAPHS and header_date(text):
            continue  # "February 27, 2026 — Harbour Times": the report's date and byline, not a claim
        if (
            dateline is not None
            and dateline.end > 0
            and (not text[: dateline.end].rstrip().endswith(":") or not _spoken_paragraph(carried, seg.paragraph))
        ):
            # "LONDON, March 3 (Reuters) - Train drivers walked out": the claim is the report's own words,
            # read as a sentence of their own ("Train" opens it; the dateline names no speaker). (A transcript's
            # label, "MARSH: The levee held. We expect ...", names who speaks: it stays. But "NAIROBI: The central bank
            # held its rate, officials said." is a dateline: no one speaks in the first or second person after it.)
            rest = text[dateline.end :]
            seg = replace(seg, start=seg.start + dateline.end + len(rest) - len(rest.lstrip()))
            text, dateline = body[seg.start : seg.end], None
        fragment = False  # a question or a fragment: no claim, but kept as background when someone says it
        introducing: Said | None = None  # "He said:": its own speaker, read once
        # (an all-capitals headline is judged by its reading as a sentence: "MAYOR QUITS" as "Mayor quits")
        judged = (sentence_case_reading(text, body) or text) if seg.role == "headline" else text
        if not (is_claim_text(judged) or (seg.role == "table_row" and _DIGIT.search(text))):
            if text.rstrip().endswith(":") or seg.role == "table_row" or not _LOWER_LETTER.search(text):
                if text.rstrip().endswith(":"):
                    # "He said:" is no claim, but names who speaks next; said in its own words, it is kept as
                    # background for who said it
                    introducing = _speaker(index, seg, text, reader, carried)
                if not (introducing and _names_its_speaker(introducing)):
                    reader.note_titled_names(text, seg.start)
                    continue
            fragment = True
        if seg.role == "table_row":
            # Glued cells ("deathsNational Health Agency") are read apart for names.
            mentions = find_entities("; ".join(split_cells(text)))
            digit_names = []
        else:
            # ("10:42 About 200 homes ...": the word after a live blog's stamp opens the sentence, no name; a title-case
            # headline's names are those of its reading as a sentence, "Lee Checks Into Clinic" naming Lee alone)
            reading = sentence_case_reading(text, body) if seg.role == "headline" else None
            mentions = find_entities(reading or _without_stamp(text))
            if dateline is not None:
                # "STUTTGART, May 6 (Market Desk) -": the report's place and its agency, not what the claim names
                mentions = [m for m in mentions if m.start >= dateline.end]
            digit_names = [(m.start, m.end) for m in mentions if _DIGIT.search(m.surface)]
        dates = find_dates(text)
        if dateline is not None:
            # "SEOUL, Oct 11 (Reuters) -": neither a figure, nor the claim's date, nor where the figures are
            digit_names.append((0, dateline.end))
            dates = [d for d in dates if d.start >= dateline.end] + [d for d in dates if d.start < dateline.end]
        quantities = find_quantities(text, seg.start, dates, digit_names)
        if currencies:
            quantities = [_in_national_currency(q, currencies) for q in quantities]
        last_count = _restated_counts(text, seg.start, quantities, last_count, index)
        _sum_brought_to_a_total(text, seg.start, quantities, last_sums if last_sums[0] == index - 1 else None)
        last_sums = (index, quantities)
        if dateline is not None:
            dates = [d for d in dates if d.start >= dateline.end]
        if seg.role == "table_row" and seg.header:
            _measures_from_columns(text, seg, quantities)
        date, estimated, date_text = None, False, None
        told_before: str | None = None
        dated = claim_dates(text, dates)
        if dated:
            best = _claims_own_date(text, dated)
            iso, estimated = resolve(
                best,
                article.published,
                article.published_estimated,
                previous_date,
                floor,
                looks_ahead(text, best, article.published),
            )
            earlier = _stood_before_said(text, dated, best, iso, article, previous_date, floor)
            if earlier is not None and any(is_figure(q) for q in quantities):
                told_before = earlier[1][0]  # the figures' period; the claim is dated the day they were told
            elif earlier is not None:
                best, (iso, estimated) = earlier
            if iso:
                date, date_text = iso, best.text
                previous_date = (iso, estimated)
        if quantities and (dates or told_before or _PERIOD_WORD.search(text) or names_a_months_statistic(text)):
            _with_periods(text, seg.start, quantities, dates, article, floor, told_before)
        said = introducing or _speaker(index, seg, text, reader, carried)
        if said and seg.role == "headline" and _cue_is_the_headlines_passive(said, text, seg.start, body):
            said = None  # "Crane operator charged over dock collapse": charged by others, not charging anyone
        if fragment and not (said and (introducing or _said_in_words(text, said, body))):
            reader.note_titled_names(text, seg.start)
            continue
        # a statement reported with no source named ("It was reported that ...") keeps its cue and content
        speaker, chain, spans = said if said else (None, [], unsaid_spans(text, seg.start, reader))
        if seg.role != "table_row":
            reader.note_titled_names(text, seg.start, mentions)
        figure_quantities = [q for q in quantities if is_figure(q)]
        measured = next((q for q in figure_quantities if q.measure), None)
        subject = None
        if seg.header_subject and measured:
            subject = seg.header_subject
        elif measured:
            inherit = previous_subject[1] if previous_subject[0] == seg.paragraph else None
            own = [m for m in mentions if dateline is None or m.start >= dateline.end]
            subject = subject_for(
                text, measured.measure, measured.start - seg.start, inherit, measured.end - seg.start, own
            )
            previous_subject = (seg.paragraph, subject)
        subject = (
            _measured_property(text, seg.start, figure_quantities, subject)
            or subject
            or topic_of(_without_sources(text, seg.start, spans))
        )
        name_noun_families(quantities)
        cancelled_things(quantities, text, seg.start)
        same_measure_as_before(quantities, text, seg.start)
        change_named_by_its_level(quantities, text, seg.start)
        aims_named_by_their_figure(quantities, text, seg.start)
        name_measured_things(quantities, text, seg.start)
        figures = bool(figure_quantities)
        kind = kind_of(text, figures, date is not None)
        if seg.role != "table_row":
            content, named = reported_content(text, seg.start, spans, mentions, speaker)
            cue = deciding_cue(
                [
                    body[a.cue_start : a.cue_end]
                    for a in spans
                    if a.cue_start is not None and a.cue_end and seg.start <= a.cue_start < seg.end
                ]
                or [body[a.cue_start : a.cue_end] for a in spans[:1] if a.cue_start is not None and a.cue_end]
            )
            if not worth_checking(
                text,
                speaker=speaker is not None,
                quantities=figures,
                date=date is not None or bool(dated),  # "on Friday" in an undated report: an event told as dated
                kind=kind,
                named=named,
                masked=mask_quotes(straight_quotes(text)),
                content=content,
                cue=cue,
                headline=seg.role == "headline",
            ):
                if not (speaker or figures or date):
                    continue  # colour with nothing found in it: readable text, not a claim
                kind = "background"  # kept for who said it and its figures, but not a claim to check
            elif seg.role == "content" and told.restates(text, speaker):
                # the article's own claim again: kept, but not a second claim to check (a list item setting out a
                # figure the text told is how a list sums up: it stays)
                kind = "background"
            elif not fragment:
                told.note(text, speaker)
        if fragment:
            # "“What's the calculus there?” he asked.", "Nothing less.”" inside a quotation: who said it is kept,
            # but a question or a fragment is nothing to check
            kind = "background"
        claims.append(
            Claim(
                id=claim_id(article.id, text, seen_ids),
                article_id=article.id,
                start=seg.start,
                end=seg.end,
                text=text,
                kind=kind,
                speaker=speaker,
                certainty=certainty_of(text),
                quantities=quantities,
                entities=with_countries(mentions),
                date=date,
                date_estimated=estimated,
                date_text=date_text,
                speaker_chain=chain,
                subject=subject,
                attributions=spans,
            )
        )
        mentions_out.extend(mentions)
    tidy_entities(claims, mentions_out)
    return claims, mentions_out


# "the true number was closer to 2,600", "the real figure is about 40": a count restated without its noun
# counts what the last count before it counted.
_RESTATED_NUMBER = re.compile(
    r"(?i)(?:\bthe\s+(?:true|real|actual|correct|final|likely)\s+(?:number|figure|total|toll|tally|count)\s+"
    r"(?:was|is|were|are|would\s+be|could\s+be|may\s+be|might\s+be|will\s+be|stood\s+at|stands\s+at)\s+"
    # "The state has put that number at fewer than 90,000", "estimated the figure at closer to 400", "putting the
    # number at 58,000": another source's value of the count just told
    r"|\b(?:put|puts|putting|estimated|estimates|estimating|placed|places|placing|pegged|pegs|pegging)\s+"
    # ("put the figure lower, at around 3,100": another source's lower value)
    r"(?:the|that|this|its|their)\s+(?:number|figure|total|toll|tally|count)\s+"
    r"(?:(?:much|far|slightly|somewhat|a\s+little|even)\s+)?(?:(?:lower|higher),?\s+)?at\s+"
    # "That compares with 61,000 during the previous walkout": the same count at another time
    r"|\b(?:that|this|which|it)\s+compares?\s+(?:with|to)\s+)"
    r"(?:(?:closer|nearer)\s+to|about|around|nearly|almost|roughly|at\s+least|more\s+than|over|as\s+high\s+as|"
    # ("put the figure at just over 300", "well above 500", "slightly fewer than 90")
    r"fewer\s+than|less\s+than|under|below|above|likely|probably|just|well|slightly|\s)*$"
)
# A part of the count told before it ("412, including 31 crew members", "of whom 12 were children") is no count a
# later "the figure" restates.
_A_PART_BEFORE = re.compile(
    r"(?i)\b(?:including|includes|included|among\s+(?:them|whom|those)|of\s+(?:whom|which|them|those))\s+"
    r"(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over)\s+)?$"
)
# A restated count told with the reason it is larger, a count of others it also takes in ("closer to 2,600, because some
# 400 contract workers would also lose their jobs"): it counts more than the last count did, no value of its family.
_WIDER_THAN_THE_LAST = re.compile(
    r"(?i)[^.;]*?\b(?:because|since|as)\s+(?:[\w-]+\s+){0,2}?\d[\d,.]*(?:\s+[\w'’-]+){1,5}?\s+also\b"
)
_RESTATED_REACH = 3  # sentences back
# A new total told in the sentence after the count it adds to, naming nothing it counts: "38 new cases were
# confirmed on Tuesday. That brings the total since January to 252.", "Police made 14 more arrests overnight. The
# total now stands at 96." (the total of what the count before counted: a level, never that count's change).
_TOTAL_OF_THE_LAST = re.compile(
    r"(?i)(?:"
    + NUMBER_BROUGHT_TO
    + r"|^\W*(?:that|this|it)\s+(?:[\w'’-]+\s+){0,2}?(?:brings|takes|took|brought|pushes|pushed|lifts|lifted|"
    r"raises|raised)\s+(?:the|its|their)\s+(?:total|toll|tally|count|number)\s+"
    r"(?:[a-z]+(?:ed|en)\s+)?(?:(?:since|so|this|for|of|in)\s+(?:[\w-]+\s+){0,3}?)?to\s+"
    r"|^\W*(?:the|its|their|that|the\s+(?:overall|running|new|cumulative))\s+(?:total|tally|count)\s+"
    r"(?:(?:so\s+far|this\s+(?:week|month|year)|since\s+[\w-]+)\s+)?(?:now\s+)?"
    r"(?:stands\s+at|stood\s+at|is\s+now|now\s+is|has\s+(?:now\s+)?(?:risen|climbed|reached|grown)\s+to|has\s+(?:now\s+)?reached|"
    r"(?:rose|climbed|grew|reached)(?:\s+to)?)\s+)"
    r"(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|over)\s+)?$"
)
_TOTAL_REACH = 1  # the sentence before
_ADDED = re.compile(r"(?i)^(?:new|more|further|additional|fresh|extra)\s+")


def _sum_brought_to_a_total(
    text: str, offset: int, quantities: list[Quantity], before: tuple[int, list[Quantity]] | None
) -> None:
    """A sum told as a new total right after a sentence naming a sum in its currency ("The appeal received £2.3m in
    new pledges this week. Its total now stands at £14.8m."): the total of that sum's family (replaced in
    ``quantities``)."""
    if before is None:
        return
    for i, q in enumerate(quantities):
        if q.unit is None or not is_money(q.unit) or q.measure not in (None, "amount") or q.value is None:
            continue
        at = q.start - offset
        if q.change not in ("=", "~", ">", "<") or not _TOTAL_OF_THE_LAST.search(text, 0, at):
            continue
        sums = [p for p in before[1] if p.unit == q.unit and p.measure not in (None, "amount") and p.value is not None]
        if sums:
            quantities[i] = replace(q, measure=sums[-1].measure)


# A count told with the verb of the count just told and no noun of its own: "Labour held the seat with 1,204 votes.
# The Conservatives took 688 and the Greens 412." (a result's figures: the same noun as the one before).
_RESULT_VERB_BEFORE = re.compile(
    r"(?:^|[.;:]\s+|\b(?:and|while|but)\s+)(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){1,4}(?:took|won|got|received|polled|"
    r"secured|garnered|had)\s+(?:(?:about|around|some|nearly|almost|just|over|under)\s+)?$"
)
# The same verb left out: "The Conservatives took 688 and the Greens 412".
_GAPPED_BEFORE = re.compile(r",?\s+(?:and|while|with)\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+){1,4}$")
_RESULT_REACH = 1  # the sentence before, or this one


# The last count read: its sentence's index, and where it is: the list of that sentence's figures and its place
# there (the figure is read from there when needed: the later stages of its own sentence may still name what it
# measures, replacing it in that list).
LastCount = tuple[int, list[Quantity], int]


def _restated_counts(
    text: str, offset: int, quantities: list[Quantity], last: LastCount | None, index: int
) -> LastCount | None:
    """Give a restated count ("the true number was closer to 2,600") what the last count counted (replaced
    in ``quantities``); return the last count now."""
    for i, q in enumerate(quantities):
        at = q.start - offset
        if q.counted and q.counted_lemma and q.unit == q.counted_lemma and q.value is not None:
            if not _A_PART_BEFORE.search(text, max(0, at - 40), at):
                last = (index, quantities, i)
        elif (
            last is not None
            and q.unit is None
            and q.measure is None
            and q.value is not None
            and (
                (
                    index - last[0] <= _RESTATED_REACH
                    and _RESTATED_NUMBER.search(text, max(0, at - 60), at)
                    and not _WIDER_THAN_THE_LAST.match(text, q.end - offset)
                )
                or (
                    index - last[0] <= _TOTAL_REACH
                    and q.change in ("=", "~", ">", "<")
                    and _TOTAL_OF_THE_LAST.search(text, 0, at)
                )
                or (
                    index - last[0] <= _RESULT_REACH
                    and (
                        _RESULT_VERB_BEFORE.search(text, max(0, at - 60), at)
                        or (
                            i > 0
                            and quantities[i - 1].counted_lemma == last[1][last[2]].counted_lemma
                            and _GAPPED_BEFORE.fullmatch(text, quantities[i - 1].end - offset, at)
                        )
                    )
                )
            )
        ):
            source = last[1][last[2]]
            total = _TOTAL_OF_THE_LAST.search(text, 0, at) is not None
            quantities[i] = replace(
                q,
                unit=source.unit,
                # (the total of "38 new cases" counts cases)
                counted=(_ADDED.sub("", source.counted) or source.counted)
                if total and source.counted
                else source.counted,
                counted_lemma=source.counted_lemma,
                # a family ("killed"), not the noun itself (named after the subject)
                measure=source.measure if source.measure != source.counted_lemma else q.measure,
            )
    return last


def _measured_property(text: str, offset: int, figures: list[Quantity], subject: str | None) -> str | None:
    """What the claim's first figure is said of ("speed" in "at a speed of 15 mph", "Net profit fell to
    2.1 billion euros") where the subject would otherwise be nothing or only its unit ("miles"); a count
    keeps what it counts ("a team of 15 experts")."""
    figure = figures[0] if figures else None
    if figure is None or (figure.counted is not None and figure.counted_lemma not in _GENERIC_COUNTED):
        return None  # ("sales of 5,835 units" are sales)
    if subject is not None and not (
        # (a temperature is named by what has it, as a unit word is: "a 232 C melting point")
        figure.measure
        and (is_unit_word(figure.measure) or figure.measure == "temperature")
        and subject.endswith(figure.measure)
    ):
        return None
    named = property_of(text, figure.start - offset)
    if (
        named is None
        and figure.unit is not None
        and figure.counted is None
        and _SINGULAR_END.search(figure.text)
        and _MODIFIER_SLOT.search(text, 0, figure.start - offset)
    ):
        named = attributive_noun(text, figure.end - offset)  # "a 750 meter swim", "the 50mph winds"
    return named


# Where a measure can stand as a modifier: after a determiner (and an adjective), a bracket, or opening the
# sentence ("a 750 meter swim", "the best $200 phones", "(1.5mm internal diameter)"), not in a range a verb
# follows ("homes from $750,000 to $1 million stay ...").
_MODIFIER_SLOT = re.compile(
    r"(?:^\W*|\(\s*|\b(?:a|an|the|its|their|his|her|our|this|that|these|those|each|every|one|per)\s+"
    r"(?:[a-z][\w’'-]*\s+)?)$",
    re.IGNORECASE,
)


_GENERIC_COUNTED = frozenset({"unit", "item"})
_SINGULAR_END = re.compile(r"(?:[^s\s]|[A-Z]s|\bper cent)$")  # "meter", "mph", "$800", "%", "per cent"; not "miles"


def reported_content(
    text: str, offset: int, spans: list[AttributionSpan], mentions: list[Mention], speaker: str | None
) -> tuple[str, int]:
    """What the sentence reports (the text with its sources and cues blanked) and how many parties
    it names there, the speaker aside: in "Ann Lee said the mill closed", "the mill closed"."""
    blanked = [
        (s.source_start - offset, s.source_end - offset)
        for s in spans
        if s.source_start is not None and s.source_end is not None
    ]
    blanked += [
        (s.cue_start - offset, s.cue_end - offset) for s in spans if s.cue_start is not None and s.cue_end is not None
    ]
    blanked = [(max(0, a), min(len(text), b)) for a, b in blanked if b > 0 and a < len(text)]
    content = text
    for a, b in blanked:
        content = content[:a] + " " * (b - a) + content[b:]
    said = {speaker.lower()} if speaker else set()
    names = {
        m.name
        for m in mentions
        if (not m.tentative or text.startswith(("’s", "'s"), m.end))
        and m.name.lower() not in said
        and not any(a < m.end and m.start < b for a, b in blanked)
    }
    return content, len(names)


def _measures_from_columns(text: str, seg: Segment, quantities: list[Quantity]) -> None:
    """In "| Velmar | 12,000 | 11 |" under "| Region | Displaced | Deaths |", 11 counts deaths (its figure
    replaced in ``quantities``)."""
    if text.count("|") < 2 and "\t" not in text:
        return
    separators = [i for i, ch in enumerate(text) if ch in "|\t"]
    lead = 1 if text.lstrip()[:1] == "|" else 0
    for n, q in enumerate(quantities):
        if q.measure:
            continue
        column = sum(1 for i in separators if i < q.start - seg.start) - lead
        if seg.header is not None and 0 <= column < len(seg.header):
            measure, unit = measure_for("1 " + seg.header[column].lower(), 0, 1, q.unit)
            quantities[n] = replace(q, measure=measure, unit=unit)


_SIGNATURE = re.compile(r"\s*(?P<dash>[―—–])\s*(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4})\s*$")

# Who said a sentence: (speaker, chain, the attributions as spans).
Said = tuple[str, list[str], list[AttributionSpan]]


def _carried_over(said: Said, seg: Segment, how: str) -> Said:
    """The same speaker for another sentence: its source and cue stay where they are written."""
    speaker, chain, spans = said
    origin = spans[0] if spans else None
    span = AttributionSpan(
        speaker=speaker,
        source_start=origin.source_start if origin else None,
        source_end=origin.source_end if origin else None,
        cue_start=origin.cue_start if origin else None,
        cue_end=origin.cue_end if origin else None,
        content_start=seg.start,
        content_end=seg.end,
        how=how,
        chain=list(chain),
        cue_kind=origin.cue_kind if origin else None,
    )
    return speaker, list(chain), [span]


class _Carried:
    """Speakers that carry over sentences (corpus/extract/carry.py), as the article is read."""

    def __init__(self, body: str, segments: list[Segment]):
        self.body = body
        self.segments = segments
        self.runs = quote_runs(body, segments)
        self.run_speaker: dict[int, Said | None] = {}
        # "“...”" then "― Ana Ruiz" on its own: the dash signs the quotation before it.
        self.signed: dict[int, int] = {
            self.runs[i - 1]: i
            for i in range(1, len(segments))
            if segments[i].paragraph == segments[i - 1].paragraph
            and _SIGNATURE.match(body, segments[i].start, segments[i].end)
        }
        self.paragraph_speaker: dict[int, tuple[Said, str]] = {}
        self.last_paragraph = -1
        # A transcript: two paragraphs or more open with a speaker's label in capitals ("WALLACE: ...", "PENCE:
        # ..."); a colon after a word in capitals there is a label, never a dateline's.
        firsts = [
            body[seg.start : seg.end]
            for i, seg in enumerate(segments)
            if seg.role == "content" and (i == 0 or segments[i - 1].paragraph != seg.paragraph)
        ]
        self.transcript = sum(1 for text in firsts if _CAPITALS_LABEL.match(text) and label_speaker(text)) >= 2

    def in_quotation(self, index: int) -> bool:
        """Does a quotation run from this sentence into the next?"""
        return index + 1 < len(self.runs) and self.runs[index + 1] == self.runs[index]

    def continues_quotation(self, index: int) -> bool:
        """Is the sentence inside a quotation opened in an earlier sentence of its paragraph?"""
        run = self.runs[index]
        return run != index and self.segments[run].paragraph == self.segments[index].paragraph

    def read(self, index: int, text: str) -> str:
        """The text a sentence's attributions are read from: inside a quotation opened in an earlier sentence, the
        quoted words blanked (``within_quotation``)."""
        return within_quotation(text) if self.runs[index] != index else text

    def of_run(self, index: int, discourse: Discourse) -> Said | None:
        """The speaker of the quotation the segment is in, found in any of its sentences."""
        run = self.runs[index]
        if run in self.run_speaker:
            return self.run_speaker[run]
        found = None
        end = run
        while end + 1 < len(self.runs) and self.runs[end + 1] == run:  # a run is contiguous
            end += 1
        members = range(run, end + 1)
        if len(members) > 1:
            for i in members:
                labelled = self.paragraph_speaker.get(self.segments[i].paragraph)
                if labelled and labelled[1] in ("label", "answer"):
                    found = labelled[0]  # "PENCE: ... Clinton thinks ...": the label speaks, not whom it quotes
                    break
                if i != index:
                    member = self.body[self.segments[i].start : self.segments[i].end]
                    found = _attributed(self.segments[i], member, discourse, self.read(i, member))
                    if found:
                        break
        if found is None and run in self.signed:
            seg = self.segments[self.signed[run]]
            m = _SIGNATURE.match(self.body, seg.start, seg.end)
            assert m is not None  # self.signed holds only segments the signature matched
            name = m.group("np").strip()
            signature = Attribution(
                name,
                how="inverted",
                source=(m.start("np") - seg.start, m.start("np") - seg.start + len(name)),
                cue=(m.start("dash") - seg.start, m.end("dash") - seg.start),
            )
            speaker, chain = resolve_speaker([signature], discourse, seg.start)
            if speaker:
                found = (
                    speaker,
                    chain,
                    attribution_spans(
                        [signature], self.body[seg.start : seg.end], seg.start, discourse, seg.start, chain
                    ),
                )
        self.run_speaker[run] = found
        return found


def _attributed(seg: Segment, text: str, discourse: Discourse, read: str | None = None) -> Said | None:
    attributions = find_attributions(read or text)  # read: the text with a running quotation's words blanked
    if not attributions:
        return None
    first = attributions[0] = it_for_its_subject(text, attributions[0])
    if speaks_after_a_name(first) and first.source:
        # "When Ann Lee was asked about it, she said ...": the names before the pronoun are referents too.
        before = [m for m in find_entities(text) if m.end <= first.source[0]]
        if before:
            discourse.note_titled_names(text, seg.start, before)
    speaker, chain = resolve_speaker(attributions, discourse, seg.start)
    if not speaker:
        return None
    return speaker, chain, attribution_spans(attributions, text, seg.start, discourse, seg.start, chain)


def _without_sources(text: str, offset: int, spans: list[AttributionSpan]) -> str:
    """The sentence with its sources blanked: who says it ("..., volunteers said") is not what it is about."""
    for span in spans:
        start, end = span.source_start, span.source_end
        if start is not None and end is not None and offset <= start < end <= offset + len(text):
            text = text[: start - offset] + " " * (end - start) + text[end - offset :]
    return text


# A live blog's time stamp opening an entry ("09:45 Police confirm ...", "14:10 BST The coast guard says ...",
# "6.15pm: Officials said ..."): when it was posted, no part of who speaks.
_TIME_STAMP = re.compile(
    r"\s*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s+(?:[A-Z]{1,4}T|GMT|UTC))?"
    r"\s*(?:[—–:|-]\s*)?(?=[A-Z“\"])"
)


def _without_stamp(text: str) -> str:
    """``text`` with a time stamp opening it blanked out (offsets kept)."""
    m = _TIME_STAMP.match(text) if text[:1].isdigit() else None
    return text if m is None else " " * m.end() + text[m.end() :]


def _spoken_text(text: str) -> str:
    """``text`` with a time stamp opening it, and Markdown's emphasis marks ("**Tom Park** said", "*Ana Ruiz*"),
    blanked out (offsets kept)."""
    m = _TIME_STAMP.match(text)
    if m is not None:
        text = " " * m.end() + text[m.end() :]
    return text.replace("*", " ").replace("__", "  ") if "*" in text or "__" in text else text


def _cue_is_the_headlines_passive(said: Said, text: str, start: int, body: str) -> bool:
    """Is the cue of a headline's speaker the act the headline tells in the passive, its "was" dropped ("Operator
    charged over collapse": the operator was charged)?"""
    act = act_of_headline(sentence_case_reading(text, body) or text)
    if act is None or not act.endswith(("ed", "en")):
        return False
    return any(
        span.cue_start is not None and start <= span.cue_start and body[span.cue_start : span.cue_end].lower() == act
        for span in said[2]
    )


def _speaker(index: int, seg: Segment, text: str, discourse: Discourse, carried: _Carried) -> Said | None:
    text = _spoken_text(text)
    last_paragraph, carried.last_paragraph = carried.last_paragraph, seg.paragraph
    if seg.role == "table_row":
        if seg.source_cell:
            name = gazetteer().canonical(seg.source_cell)
            label = seg.source_cell if name is None or len(name) < len(seg.source_cell) else name
            return (
                label,
                [label],
                [
                    AttributionSpan(
                        label, None, None, None, None, seg.start, seg.end, "table", [label], cue_kind="according-to"
                    )
                ],
            )
        return None
    found = _own_speaker(index, seg, text, discourse, carried)
    if found:
        found = _issuer_of_document(found, index, carried, discourse)
        discourse.last_speaker = found
        if text.rstrip().endswith(":"):
            # "He said:" introduces what follows.
            carried.paragraph_speaker.setdefault(seg.paragraph + 1, (found, "introduced"))
        return found
    quotation = (
        is_quote_only(text)
        or carried.continues_quotation(index)
        or opens_with_quoted_speech(text)
        or (straight_quotes(text).lstrip()[:1] in '“"' and carried.in_quotation(index))
    )
    if quotation and discourse.last_speaker and seg.paragraph - last_paragraph <= 1:
        # A quotation standing alone continues the previous speaker's words.
        return _carried_over(discourse.last_speaker, seg, "quotation")
    discourse.last_speaker = None
    if seg.bullet_label and re.match(r"[^:]*:\s+[A-Z][a-z]+(?:ed|ing|s)\b", text):
        # "• South Korea: Expressed grave concern": the label is who acted.
        label = seg.bullet_label
        at = text.find(label)
        colon = text.find(":", max(0, at))
        source = (seg.start + at, seg.start + at + len(label)) if at >= 0 else (None, None)
        cue = (seg.start + colon, seg.start + colon + 1) if at >= 0 and colon >= 0 else (None, None)
        span = AttributionSpan(
            label, source[0], source[1], cue[0], cue[1], seg.start, seg.end, "label", [label], cue_kind="said"
        )
        return label, [label], [span]
    return None


# What a speaker issues and a later sentence quotes by itself ("..., Calder Freight said in a statement." then "the
# statement added"): the one who issued it speaks.
_DOCUMENTS = frozenset("statement letter memo memorandum email e-mail release".split())


def _issuer_of_document(found: Said, index: int, carried: _Carried, discourse: Discourse) -> Said:
    """A source that is a bare document ("the statement added") named in the sentence before, whose speaker issued
    it ("Calder Freight said in a statement"), is that speaker's words: the speaker is the issuer, the document the
    source as written."""
    speaker, _, spans = found
    last = discourse.last_speaker
    if speaker.lower() not in _DOCUMENTS or index == 0 or last is None or last[0].lower() in _DOCUMENTS:
        return found
    before = carried.segments[index - 1]
    issued = re.compile(
        rf"\b(?:in|released|issued|sent|posted|published|put\s+out)\s+(?:a|an|its|his|her|their|the)\s+"
        rf"(?:[\w-]+\s+){{0,2}}?{re.escape(speaker)}s?\b",
        re.IGNORECASE,
    )
    if not issued.search(carried.body, before.start, before.end):
        return found  # "The Times said Cook gave a written statement": whose it is, the sentence does not say
    issuer = last[0]
    if not issuer[:1].isupper():
        return found  # "the company said in a statement": a description for a description tells no more
    return issuer, [issuer], [replace(span, speaker=issuer, chain=[issuer]) for span in spans]


# Words of someone speaking: the first or second person, or an editor's insertion in brackets ("She [Ann Lee] is").
_SPOKEN = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us|[Yy]ou|[Yy]our)\b|\[")
# An interview set out as questions and answers: "Q: Will rates fall?" then "A: I don't expect that."
_ANSWER = re.compile(r"\s*A:\s+\S")
_QUESTION_LINE = re.compile(r"(?:^|\n)\s*Q:\s+\S")
# What tells that the questions were put to someone ("We asked her about ...", "in an interview", "spoke to us").
_INTERVIEWED = re.compile(
    r"\b(?:interview\w*|(?:we|I)\s+asked|asked\s+(?:him|her|them)|(?:spoke|talked)\s+(?:to|with)|sat\s+down\s+with)\b",
    re.IGNORECASE,
)


def _interviewee(seg: Segment, text: str, discourse: Discourse, carried: _Carried) -> Said | None:
    """Who answers in a question-and-answer interview: the one person the text names before its first question
    ("Anna Pireva has led the bank since 2019. We asked her ..."); nobody when it names none or several, or tells
    of no interview ("Mayor Ines Tolland announced new rent rules. Here is what they mean. Q: ... A: ...")."""
    question = _QUESTION_LINE.search(carried.body, 0, seg.start)
    if question is None or not _INTERVIEWED.search(carried.body, 0, question.start()):
        return None  # no interview told of: an explainer's questions and answers are the writer's
    people = {k.label for k in discourse.known if k.kind == "person" and k.named and k.position < question.start()}
    if len(people) != 1:
        return None
    (name,) = people
    at = seg.start + text.index("A:")
    span = AttributionSpan(name, None, None, at, at + 2, at + 2, seg.end, "label", [name], cue_kind="said")
    return name, [name], [span]


def figures_period(claim: Claim) -> str | None:
    """The time the claim's figures are for (Quantity.period: "2026-07", "2026-Q3"), the first one named."""
    return next((q.period for q in claim.quantities if q.period), None)


def as_linked(claim: Claim, article: Article) -> Claim:
    """The claim as the cross-references read its time: a figure told later than the month, year or day it is for
    ("burned 11,000 hectares in August, investigators said on Monday") is compared at that time (with the words
    that name it), the claim's own date being the day it was told."""
    period = figures_period(claim)
    if not period or not claim.date or not period[:4].isdigit() or "Q" in period or "H" in period:
        return claim
    if not period < claim.date[: len(period)]:
        return claim
    words = next(
        (
            d.text
            for d in find_dates(claim.text)
            if resolve(d, article.published, article.published_estimated)[0] == period
        ),
        None,
    )
    return replace(claim, date=period, date_text=words)


# A period named without a date pattern's words: "the third quarter", "Q3", "first-half", "H1", "3Q", "1H26", "the 12
# months to May".
_PERIOD_WORD = re.compile(
    r"(?i)\b(?:quarter|half|(?:months|year)\s+(?:to|through|ending|ended|of)|year\s+so\s+far)\b|"
    r"\b(?-i:[QH][1-4]|[1-4][QH](?:[2-3]\d)?)\b"
)


def _with_periods(
    text: str,
    offset: int,
    quantities: list[Quantity],
    dates: list[DateMention],
    article: Article,
    floor: bool,
    told_before: str | None,
) -> None:
    """Gives each figure of the sentence the period it is for (``figure_periods``), in place."""
    spans = [(q.start - offset, q.end - offset) if is_figure(q) else None for q in quantities]
    # ("fell to 41% from 44%": a change told new value first, the time after it the earlier value's)
    earlier_after = frozenset(
        n
        for n, q in enumerate(quantities)
        if q.change == "from-to" and q.from_value is not None and not q.text.lower().startswith(("from", "between"))
    )
    periods = figure_periods(
        text, spans, dates, article.published, article.published_estimated, floor, told_before, earlier_after
    )
    for n, (q, period) in enumerate(zip(quantities, periods, strict=True)):
        if period is not None:
            quantities[n] = replace(q, period=period)


def _is_first_of_paragraph(index: int, carried: _Carried) -> bool:
    return index == 0 or carried.segments[index - 1].paragraph != carried.segments[index].paragraph


def _claims_own_date(text: str, dated: list[DateMention]) -> DateMention:
    """The most specific of a claim's dates, the first of equals. But a possessive day names the event, and
    yields to another day when the claim's figure stood ("The toll from Sunday's sinking rose to 19 on Monday"),
    never to the day it was said ("killed in Friday's clash, the army said on Saturday" is Friday's)."""
    # "raised concerns in 2021, but no action was taken at the time": the time is the date named before it
    dated = [d for d in dated if d.text.lower() != "at the time" or not any(e.start < d.start for e in dated)]
    if not any(_POSSESSIVE_DATE.match(text, d.end) for d in dated):
        return max(dated, key=lambda d: (d.specificity, -d.start))

    # "The death toll from Monday's earthquake has risen to 37, the agency said on Wednesday": a running total
    # stands when it is said; only the event it counts is Monday's.
    tolled = bool(_RUNNING_TOTAL.search(text)) or any(
        _POSSESSIVE_DATE.match(text, d.end) and _TOLL_OF_BEFORE.search(text, max(0, d.start - 40), d.start)
        for d in dated
    )  # ("Two more injured in Sunday's crash have died, bringing the toll to 16, ... said on Tuesday": Tuesday's)

    def stood(d: DateMention) -> bool:
        return not _POSSESSIVE_DATE.match(text, d.end) and (
            tolled or not _SAID_BEFORE_DATE.search(text, max(0, d.start - 30), d.start)
        )

    return max(dated, key=lambda d: (d.specificity, stood(d), -d.start))


def _stood_before_said(
    text: str,
    dated: list[DateMention],
    best: DateMention,
    iso: str | None,
    article: Article,
    previous: tuple[str, bool] | None,
    floor: bool,
) -> tuple[DateMention, tuple[str | None, bool]] | None:
    """When the claim's date is the day it was said and it names a time wholly before that day, the time its
    figure stood ("Job openings fell to 7.1 million in April, the department said on Tuesday" is April's), with
    that time resolved. Not a time the day falls in ("4,700 cases this year, the ministry said on Thursday": the
    count as it stood on Thursday) nor one after it ("said on Friday that fares would rise in April")."""
    if not iso or not _SAID_BEFORE_DATE.search(text, max(0, best.start - 30), best.start) or _AHEAD.search(text):
        return None  # (a forecast is dated when it was made)
    own = [
        d
        for d in dated
        if not _SAID_BEFORE_DATE.search(text, max(0, d.start - 30), d.start)
        and not _POSSESSIVE_DATE.match(text, d.end)  # ("Monday's landslide": the event, not when the toll stood)
        and not _names_an_event(text, d)  # ("the 2024 cyberattack cost it $190m, it said on Tuesday": Tuesday's)
        # ("An asteroid discovered last month has a 1.2% chance ...": when the thing was found, not when its figure stood)
        and not PARTICIPLE_OF_A_NOUN.search(text, max(0, d.start - 40), d.start)
    ]
    if not own:
        return None
    other = _claims_own_date(text, own)
    found = resolve(
        other,
        article.published,
        article.published_estimated,
        previous,
        floor,
        looks_ahead(text, other, article.published),
    )
    if not found[0] or not found[0] < iso[: len(found[0])]:
        return None
    return other, found


_AHEAD = re.compile(
    r"\b(?:will|would|shall|expects?|expected|plans?|planned|forecasts?|forecast|projected|due\s+to|(?:is|are)\s+to)\b",
    re.IGNORECASE,
)
_POSSESSIVE_DATE = re.compile(r"[’']s?\b")
# A year that modifies an event noun names the event ("a 2025 data breach", "the 2019 killing"): the event's
# time, not when a figure said of it later stood.
_YEAR_MODIFIER_BEFORE = re.compile(r"(?i)\b(?:a|an|the|its|their|his|her|this|that)\s+$")
_EVENT_AFTER = re.compile(
    r"(?i)\s+(?:[a-z-]+\s+)?(?:(?:cyber-?)?attacks?|cyberattacks?|breach(?:es)?|hacks?|killings?|murders?|shootings?|"
    r"stabbings?|bombings?|crash(?:es)?|collapse|fires?|wildfires?|blazes?|floods?|flooding|earthquakes?|quakes?|"
    r"hurricanes?|typhoons?|cyclones?|storms?|tsunami|eruption|explosions?|blasts?|invasion|coup|riots?|unrest|"
    r"uprising|crisis|scandal|outages?|recalls?|spill|derailment|disaster|outbreak|pandemic|heatwave|drought|"
    r"massacre|raids?|leaks?|robbery|heist|bankruptcy|collapse|accident|incident|sinking|landslide)\b"
)


# What the event itself did, which stood when it happened: "The 2022 floods killed 1,700 people, the report said on
# Tuesday" is 2022's toll, as "killed in Friday's clash, the army said on Saturday" is Friday's.
_HARM_AFTER_EVENT = re.compile(
    r"(?i)\s+(?:(?:has|have|had)\s+)?(?:killed|injured|wounded|left|claimed|displaced|destroyed|damaged|forced|"
    r"flattened|razed|swept)\b"
)


def _names_an_event(text: str, d: DateMention) -> bool:
    if d.kind != "y" or _YEAR_MODIFIER_BEFORE.search(text, max(0, d.start - 8), d.start) is None:
        return False
    event = _EVENT_AFTER.match(text, d.end)
    return event is not None and _HARM_AFTER_EVENT.match(text, event.end()) is None


_RUNNING_TOTAL = re.compile(NUMBER_BROUGHT_TO, re.IGNORECASE)
_TOLL_OF_BEFORE = re.compile(r"\b(?:toll|number\s+of\s+\w+|count|tally|total)\s+(?:from|of|in)\s+$", re.IGNORECASE)
_SAID_BEFORE_DATE = re.compile(
    r"\b(?:said|says|told|announced|reported|stated|added|confirmed|estimated|published|released|issued)\s+"
    r"(?:\w+\s+)?(?:on\s+)?$"
)


def _own_speaker(index: int, seg: Segment, text: str, discourse: Discourse, carried: _Carried) -> Said | None:
    """The sentence's own attribution, else its paragraph's label or introduction, else its quotation's.

    In a paragraph opened by a label ("SMITH: ..."), everything is the labelled speaker's: a "he said"
    inside it is part of what they say."""
    labelled = carried.paragraph_speaker.get(seg.paragraph)
    if labelled and labelled[1] == "answer":
        return _carried_over(labelled[0], seg, "label")  # an interview's answer runs to the end of its paragraph
    if labelled and labelled[1] in ("label", "kicker"):
        span = labelled[0][2][0] if labelled[0][2] else None
        written = carried.body[span.source_start : span.source_end] if span and span.source_start is not None else ""
        if written.isupper():
            return _carried_over(labelled[0], seg, "label")
        # A label not in capitals ("Tesmark: profit beat forecasts. ... Priya Anand said ...") is a headline's
        # or a kicker's as often as a transcript's: a later sentence's own attribution is its own, and the label's
        # speaker goes on only where the label's own words are spoken ("Smith: Well, I think ...", "you", "[...]");
        # after a kicker ("Tesmark: profit beat forecasts.") the paragraph is the writer's.
        found = _attributed(seg, text, discourse, carried.read(index, text))
        if found or labelled[1] == "kicker":
            return found
        return _carried_over(labelled[0], seg, "label")
    found = _attributed(seg, text, discourse, carried.read(index, text))
    if found and not (seg.role == "content" and _is_first_of_paragraph(index, carried) and label_speaker(text)):
        return found
    if seg.role == "bullet" and seg.paragraph in carried.paragraph_speaker:
        said, how = carried.paragraph_speaker[seg.paragraph]
        if how in ("introduced", "list"):
            # "Casualties so far, according to the health ministry:" then "- 14 killed", "- 31 injured": every item
            # of the list is what the line above it attributes (the paragraph after the list is not).
            carried.paragraph_speaker.setdefault(seg.paragraph + 1, (said, "list"))
            return _carried_over(said, seg, "introduced")
    if seg.role == "content" and _is_first_of_paragraph(index, carried) and _ANSWER.match(text):
        answer = _interviewee(seg, text, discourse, carried)
        if answer:
            carried.paragraph_speaker[seg.paragraph] = (answer, "answer")
            return answer
    if seg.role == "content":
        label = label_speaker(text) if _is_first_of_paragraph(index, carried) else None
        if label:
            speaker, chain = resolve_speaker([Attribution(label)], discourse, seg.start)
            if speaker:
                at = text.find(label[:1]) + seg.start
                colon = text.find(":") + seg.start
                content = colon + 1 + len(text[colon + 1 - seg.start :]) - len(text[colon + 1 - seg.start :].lstrip())
                span = AttributionSpan(
                    speaker, at, colon, colon, colon + 1, content, seg.end, "label", chain, cue_kind="said"
                )
                said = (speaker, chain, [span])
                speaks = carried.body[at:colon].isupper() or _SPOKEN.search(text, colon + 1 - seg.start)
                carried.paragraph_speaker[seg.paragraph] = (said, "label" if speaks else "kicker")
                return said
        if seg.paragraph in carried.paragraph_speaker and carried.paragraph_speaker[seg.paragraph][1] != "list":
            said, how = carried.paragraph_speaker[seg.paragraph]
            return _carried_over(said, seg, how)
    run = carried.of_run(index, discourse)
    if run:
        return _carried_over(run, seg, "quotation")
    return None
