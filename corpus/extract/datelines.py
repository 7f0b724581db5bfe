"""Datelines and the date a report was published, read off its text.

A dateline opens a report: "BENGHAZI —", "MOSCOW, October 10. /TASS/.",
"SEOUL, Oct 11 (Reuters) -", "DHAKA, Bangladesh (AP) —". It gives the report's
place, date and agency; it is never a claim, its numbers are never figures and
its place is not where the figures happened.

An article whose front matter gives no date gets one from its text
(``infer_published``): a "date 2024-10-30" / "Published: ..." line near the top,
else the dateline's date, else the latest absolute date it mentions. Such a date
is marked estimated by the caller.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from corpus.extract.dates import MONTH_NAME, find_dates, resolve

AGENCIES = (
    "Reuters|AP|AFP|TASS|Xinhua|Yonhap|Kyodo|ANI|PTI|IANS|UPI|dpa|DPA|EFE|ANSA|Bloomberg|CNN|BBC|RIA Novosti|"
    "Interfax|Anadolu|WAFA|SANA|IRNA|KCNA|Bernama|Antara|NHK|Sputnik|Ukrinform|UNIAN|AA|APA|Agence France-Presse|"
    "Associated Press|PRNewswire|PR Newswire|Business Wire|GLOBE NEWSWIRE|Globe Newswire"
)
_MONTH = rf"{MONTH_NAME}(?![a-z])"  # a month, not a word starting like one ("Maryland", "Augusta")
_ISO = r"(?:19|20)\d\d-[01]\d-[0-3]\d(?![\d-])"  # "BERLIN, 2026-03-14 —"
_DATELINE = re.compile(
    rf"""
    (?P<place>[A-Z][A-Z'’.-]{{2,}}(?:\s+[A-Z][A-Z'’.-]+){{0,3}})(?![a-z])   # MOSCOW, HARBOUR CITY
    (?:,\s*(?!{_MONTH}\s)(?P<region>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}(?![.\w])|[A-Z][a-z]{{0,4}}\.(?:[A-Z]\.)?))?  # , Bangladesh / N.Y. / Calif.
    (?:,?\s*(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?|{_ISO})\.?)?
    \s*(?:\((?P<agency>{AGENCIES})\)|/(?P<slashed>{AGENCIES})/\.?
       |\((?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}})\)(?=\s*(?:—|–|―|--|-\s)))?  # (Harbour Desk) -
    \s*(?P<dash>—|–|―|--|-(?=\s)|:(?=\s))?[ \t]*
    """,
    re.VERBOSE,
)
# A place written in title case is a dateline only with both a date and an agency after it: "Moscow, October 10
# (TASS) -" ("Officials, on Monday, said" has neither).
# So is one with a date and a dash or a colon, which no sentence opens with: "Berlin, March 14 — German exports fell",
# "Berlin, 2026-03-14 — ...", "Chennai, April 15: Rains lashed the city".
_TITLE_DATELINE = re.compile(
    rf"(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}),\s*"
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?|{_ISO})\.?\s*"
    rf"(?:(?:\((?P<agency>{AGENCIES})\)|/(?P<slashed>{AGENCIES})/\.?)\s*(?:—|–|―|--|-(?=\s)|:(?=\s))?|(?:—|–|―|--|:)(?=\s))"
    r"[ \t]*"
)
_AGENCY_ONLY = re.compile(rf"\((?P<agency>{AGENCIES})\)\s*(?P<dash>—|–|―|--|-)\s*")
# A wire's dateline with no place: "May 11 (Reuters) -", "Oct 3 (Harbour Desk) —" (the dash after the brackets).
_DATE_AGENCY = re.compile(
    rf"(?P<date>{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?)\.?\s*"
    rf"\((?P<agency>{AGENCIES}|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,3}})\)\s*(?:—|–|―|--|-(?=\s))[ \t]*"
)
_DATE_LINE = re.compile(
    r"(?im)^[ \t]*(?:date|dated|published|posted|updated|first published)\s*[:\-]?\s*(?:on\s+)?(?P<date>[^\n]{6,40}?)[ \t]*$"
)


# How spoken words open, and a report's own words after its place never do: an interjection, a reply, a first- or
# second-person pronoun, a form of address ("PENCE: Well, look.", "WALLACE: Mr. Vice President, ...").
_SPEECH_OPENS = re.compile(
    r"[\"“]?(?:Well|Look|Listen|Yes|Yeah|Yep|No|Nope|Sure|Oh|OK|Okay|Absolutely|Exactly|Right|Thank|Thanks|Please|"
    r"Hello|Hi|Good\s+(?:morning|afternoon|evening)|Let(?:'s|’s)?|I|I['’](?:m|ve|d|ll)|We|We['’](?:re|ve|d|ll)|You|"
    r"You['’](?:re|ve|d|ll)|My|Our|Your|Mr|Mrs|Ms|Madam|Sir|Senator|Governor|Congressman|Congresswoman|Secretary|"
    r"Minister|Mayor|President|Vice\s+President|Chairman)\b(?![’'.-]?[A-Z])"
)


@dataclass(slots=True)
class Dateline:
    start: int
    end: int  # where the report's own words begin
    place: str | None
    date_text: str | None
    agency: str | None
    region: str | None = None  # "DHAKA, Bangladesh (AP) -": Bangladesh


def dateline_at(text: str) -> Dateline | None:
    """The dateline opening ``text`` (a sentence or a paragraph), if any."""
    m = _AGENCY_ONLY.match(text)
    if m:
        return Dateline(0, m.end(), None, None, m.group("agency"))
    dated = _DATE_AGENCY.match(text)
    if dated:
        return Dateline(0, dated.end(), None, dated.group("date"), dated.group("agency"))
    m = _DATELINE.match(text)
    if m is None or not m.group("place"):
        title = _TITLE_DATELINE.match(text)
        if title is None:
            return None
        agency = title.group("agency") or title.group("slashed")
        return Dateline(0, title.end(), title.group("place"), title.group("date"), agency)
    agency = m.group("agency") or m.group("slashed") or m.group("outlet")
    if not (m.group("dash") or agency or (m.group("date") and m.end() >= len(text.rstrip()))):
        return None  # "NATO said": a capitalised word, not a dateline
    if m.group("dash") == ":" and not (agency or m.group("date")) and _SPEECH_OPENS.match(text, m.end()):
        return None  # "PENCE: Well, look.": a speaker's label; a report's own words never open so after its place
    if not m.group("dash") and not agency and not m.group("date"):
        return None
    return Dateline(0, m.end(), m.group("place").title(), m.group("date"), agency, m.group("region"))


def infer_published(body: str, today: str | None = None) -> str | None:
    """The report's date from its text: a date line near the top, its dateline, or the latest date it names."""
    return infer_published_from(body, today)[0]


def infer_published_from(body: str, today: str | None = None) -> tuple[str | None, bool]:
    """``(date, floor)``: as ``infer_published``; ``floor`` when the date is only the latest date the text
    names (the report came out that day or after), not one a date line or the dateline gives. A dateline's day
    without its year ("DHAKA, April 16 (AFP) -") takes the year of the latest date the text names, else falls on
    or before ``today`` (ISO; the day the article is read, when not given)."""
    head = body[:600]
    for m in _DATE_LINE.finditer(head):
        iso = _absolute(m.group("date"), partial=True)
        if iso:
            return iso, False  # ("Published: 03/04/2025": its year, the day being British or American)
    for line in head.split("\n")[:8]:
        iso = header_date(line)
        if iso:
            return iso, False  # "By Ana Lee | Harbour Times | 14 February 2026": the report's own date
    latest = _latest(body)
    for line in head.split("\n")[:8]:
        dateline = dateline_at(line.strip())
        if dateline and dateline.date_text:
            iso = _absolute(dateline.date_text)
            if iso:
                return iso, False
            named = find_dates(dateline.date_text)
            if not named:
                continue
            # "DHAKA, April 16 (AFP) -": the year of the latest date the report names ("in March 2025", "in 2025"
            # too), else the latest such day up to the day it is read (the day it is added)
            today = today or dt.datetime.now(dt.UTC).date().isoformat()
            year = _latest_year(body, dateline.end)
            until = f"{year}-12-31" if year and year < today[:4] else today
            iso, _ = resolve(named[0], until, True)
            if iso:
                return iso, False
    return latest, latest is not None


# What a byline or a header line holds besides its date: names, "By", "and", "Updated", separators.
_HEADER_WORD = re.compile(r"(?:[A-Z][\w'’.&-]*[:,]?|[Bb]y|and|of|the|Updated|Published|[|·•—–/,:()-]+)")


def header_date(line: str) -> str | None:
    """The full date of a header line with no sentence in it ("By Ana Lee | Harbour Times | 14 February 2026",
    "February 27, 2026 — Black Sea Times"), else None."""
    line = line.strip()
    if not line or len(line) > 100 or not _A_YEAR.search(line):
        return None  # (every full date names its year: most lines are spared find_dates)
    mentions = [m for m in find_dates(line) if m.kind in _FULL_DATES]
    if len(mentions) != 1:
        return None
    m = mentions[0]
    rest = (line[: m.start] + " " + line[m.end :]).split()
    if not all(_HEADER_WORD.fullmatch(word) for word in rest):
        return None
    iso, _ = resolve(m, None, False)
    return iso if iso and len(iso) == 10 else None


def _absolute(text: str, partial: bool = False) -> str | None:
    """An ISO date when ``text`` names a full one ("2024-10-30", "October 30, 2024"); with ``partial``, also
    the year of a numeric date that could be either day first or month first ("03/04/2025")."""
    for mention in find_dates(text):
        if mention.kind in _FULL_DATES:
            iso, _ = resolve(mention, None, False)
            if iso and (partial or len(iso) == 10):
                return iso
    return None


_FULL_DATES = frozenset({"iso", "numeric", "mdy", "dmy"})
_A_YEAR = re.compile(r"(?:19|20)\d\d")  # what each of _FULL_DATES holds
_AHEAD = re.compile(r"(?i)\b(?:by|until|till|before|after|from|through|next|on or before)\s+$")


def _latest(body: str) -> str | None:
    """The latest full date the text names, leaving out deadlines and plans ("by March 3, 2026")."""
    best = None
    for mention in find_dates(body):
        if mention.kind in _FULL_DATES and not _AHEAD.search(body, max(0, mention.start - 16), mention.start):
            iso, vague = resolve(mention, None, False)
            full = len(iso or "") == 10 or mention.kind == "numeric"  # ("03/04/2025": 2025, the day unsure)
            if iso and full and not vague and (best is None or iso > best):
                best = iso
    return best


_YEAR_KINDS = frozenset({"iso", "numeric", "mdy", "dmy", "my", "y"})


def _latest_year(body: str, start: int = 0) -> str | None:
    """The year of the latest date the text names after ``start`` ("March 2025", "in 2025", "May 2, 2025"),
    leaving out deadlines, plans and what lies ahead ("by 2030", "until 2032", "will rise in 2027") and the
    start of a period ("since 2019"); none after ``until``'s year."""
    from corpus.extract.dates import looks_ahead, opens_period

    best = None
    for mention in find_dates(body[start:]):
        if mention.kind not in _YEAR_KINDS or not mention.groups.get("year"):
            continue
        text = body[start:]
        if _AHEAD.search(text, max(0, mention.start - 16), mention.start) or _YEAR_AHEAD.search(mention.text):
            continue
        if opens_period(text, mention):
            continue  # "the highest since 2019": the report is later than that
        # (the sentence holding it decides whether it lies ahead)
        left = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
        right = min(
            (i for i in (text.find(". ", mention.end), text.find("\n", mention.end)) if i >= 0), default=len(text)
        )
        sentence = text[left:right]
        moved = type(mention)(mention.start - left, mention.end - left, mention.text, mention.kind, mention.groups)
        if looks_ahead(sentence, moved):
            continue
        year = str(mention.groups["year"])
        if best is None or year > best:
            best = year
    return best


_YEAR_AHEAD = re.compile(r"(?i)^(?:by|until|till|before|after|from|through)\s")
