"""What cross-referencing needs to know about a claim, computed once per claim."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any

from corpus.accents import unaccented
from corpus.countries import country_of, is_nationality
from corpus.extract.article import as_linked, figures_period
from corpus.extract.claims import hedged_beyond_figures
from corpus.extract.dates import find_dates, opens_period, resolve
from corpus.extract.entities import (
    Mention,
    defined_acronyms,
    directional_short_form,
    find_entities,
    gazetteer,
    guess_type,
    initials,
)
from corpus.extract.headlines import sentence_case_reading
from corpus.extract.measures import CARDINAL_WORDS, is_currency
from corpus.extract.money import CROWN_CODES
from corpus.extract.names import with_countries
from corpus.extract.quantities import (
    AGES,
    MEASURED_IN,
    NUMBER_BROUGHT_TO,
    compared_figure,
    find_quantities,
    more_of,
    pair_key,
)
from corpus.extract.sentences import TITLE_ABBREVIATIONS
from corpus.extract.topics import topic_of, topics_of
from corpus.extract.units import DURATIONS, SAME_IN_THE_PLURAL, singular
from corpus.model import Article, Claim, Quantity
from corpus.towns import countries_of_place
from corpus.wordlist import rarity
from corpus.xref.corrections import corrected_figures as corrections_of
from corpus.xref.corrections import restated_sentence
from corpus.xref.frames import (
    KINDRED_NAMES,
    PAY_MEASURES,
    SHARE_MOVES,
    VAGUE_OUTCOMES,
    besides_other_fates,
    framed,
    is_group_rate,
    is_risk,
)
from corpus.xref.happenings import GATHERINGS, SUDDEN, UNFOLDING, words_pattern
from corpus.xref.memo import per_article, per_claim
from corpus.xref.nearby import sentence_before
from corpus.xref.revisions import (
    added_figures,
    corrected_figures,
    first_value_replaced,
    group_of,
    part_figures,
    prior_figures,
    says_revised,
    set_against_earlier,
)
from corpus.xref.statements import LEAD_CHARS, article_bag, article_years, bag, same_event_articles, story_bag, years
from corpus.xref.stems import phrases, stem
from corpus.xref.subjects import dateline_places_of, demonym_bases, shared_dateline

# Measures that are compared with each other, grouped by what they count.
FAMILY = {
    "killed": "casualties",
    "wounded": "casualties",
    "casualties": "casualties",
    "troops": "troops",
    "troops deployed": "troops",
    "workers": "workers",
    "payment per person": "payment per person",
    "payment per month": "payment per month",
    "casualty rate": "casualty rate",
    "casualties total": "casualties",
    "cases": "cases",
    "missing": "missing",
    "trapped or missing": "missing",
    "displaced": "displaced",
    "arrested": "detained",  # the extractor's name for people arrested, detained or captured
    "detained": "detained",
}
# Measures too generic to compare across claims.
# Money given or lent is one donor's figure, not a running count another report revises; how many sources a
# report names ("two people familiar with the matter said") is no count of anything it reports.
FEES = frozenset({"transfer fee", "fee", "release clause"})  # the extractor's names of a deal's fee
_UNCOMPARABLE = (
    frozenset(
        {"amount", "share", "ratio", "people", "percent", "times", "aid", "funding", "loans", "fine", "time span"}
        | {"investment"}  # (an investor's sum, as funding is)
    )
    | {"bail", "salary", "price", "valuation"}  # a sum's families the extractor names as "amount" was compared
    # A fee is one deal's sum: another player's fee, or another applicant's, is no later value of it ("signed the
    # winger for a fee of £70m" / days later "signed the midfielder for a fee of £80m"); compared as sums only.
    | FEES
    | {"sources"}
    | {"percent increase", "percent decrease"}
    # "72 hours to leave", "48 hours to leave": a span of time named by its unit alone says what lasts that long
    # no more than a bare count does (a prison sentence, a minimum term are measures of their own)
    | {f"{unit}{plural}" for unit in DURATIONS - {"century"} for plural in ("", "s")}
    | {"century", "centuries"}
)  # "a 12% rise": a rise of what, the measure does not say
_STOP = frozenset(
    """
    the a an and or but of to in on at for with by from as that this these those it its is are was were be been
    has have had will would could may might can not no also said says say told according which who whom whose
    their his her they he she we our there than then into about over after before during while since more most
    some such only other another both each all any very just now already up out so if when where what how
    """.split()
)
_WORD = re.compile(r"[a-z][a-z’'-]{2,}")
# (or a name's possessive: "Ukraine's casualties", "North Korea's troops")
_NATIONALITY = re.compile(r"^(?P<nat>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?=['’]s\s)|(?:[A-Z][\w-]*\s+)+)")


Figure = tuple[float | None, float | None, float | None]  # (value, low, high), as compared_figure gives it


@dataclass(slots=True)
class Features:
    claim: Claim
    article: Article
    words: frozenset[str]  # content-word stems
    topics: frozenset[str]
    main_topic: str | None
    entities: frozenset[str]  # what the claim is about: its entities less the news outlets ("told AP")
    figures: dict[str, tuple[float | None, float | None, float | None]]  # measure -> (value, low, high)
    family: str | None  # the first figure's family
    nationality: str | None
    period: str | None  # YYYY-MM, YYYY-Qn/Hn or YYYY its figures are for (Quantity.period), else of the claim's date
    when: str | None  # the claim's date, else the article's published date
    polarity: str  # deny | confirm | assert | unconfirmed ("did not confirm")
    speaker_key: str  # the speaker's canonical name, for comparing sources
    story: frozenset[str] = frozenset()  # places and names of the article's headline and lead
    superseded: bool = False  # the claim itself says its figure is an earlier one ("a previous estimate")
    values: dict[str, list[Figure]] = field(
        default_factory=dict
    )  # measure -> every value stated for it (not the replaced ones)
    prior: dict[str, Figure] = field(
        default_factory=dict
    )  # measure -> the value the claim says it replaces ("up from 31%")
    revised: bool = False  # the claim says its figure is a new value ("has risen to 34")
    several: frozenset[str] = frozenset()  # measures the claim gives more than one value for ("80%, while ... 31%")
    groups: dict[str, str] = field(
        default_factory=dict
    )  # measure -> "civilian" / "combatant", when the counted noun says
    # measure -> the unit its figure is in, when figures of it are compared in one unit: a duration ("84 months":
    # prison sentence -> month) or an area ("nearly 30,000 acres": area -> acre)
    durations: dict[str, str] = field(default_factory=dict)
    # measure -> the whole the claim's figure of it is a part of ("12 of the city's 48 schools": schools -> 48)
    wholes: dict[str, float] = field(default_factory=dict)
    inventories: frozenset[float] = frozenset()  # wholes that are what someone has ("the city's 48 schools")
    places: frozenset[str] = frozenset()  # the entities that are places or unknown names (not people, bodies, outlets)
    families: frozenset[str] = frozenset()  # every compared measure's family
    headline: frozenset[str] = frozenset()  # content-word stems of the article's title
    content: frozenset[str] = frozenset()  # words less who said it (speaker names, roles)
    negated: bool = False  # "had not crossed", "never": a statement on the denying side
    # (currency, value, purpose) of the sums of money it states
    sums: frozenset[tuple[str | None, float, str | None]] = frozenset()
    stated: frozenset[float] = frozenset()  # every value the claim states, of any measure
    # the values of ``stated`` that are no time span or age ("two days", "a 48-hour strike", "58")
    stated_counts: frozenset[float] = frozenset()
    # those of them the claim tells as counts of their own: no addition ("three more bodies"), part ("including
    # 12 burns") or earlier value a figure replaces ("down from 410 million")
    told_counts: frozenset[float] = frozenset()
    since_text: str | None = None  # the words after "since" in a claim with figures ("since last month")
    lemmas: dict[str, float] = field(default_factory=dict)  # content lemma -> rarity in English (statement matching)
    lead_lemmas: dict[str, float] = field(default_factory=dict)  # the same for the article's headline and lead
    years: frozenset[str] = frozenset()  # years the claim names ("in 2019")
    people: frozenset[str] = frozenset()  # the people the claim is about (not who said it)
    role: str = "count"  # how the claim gives its figures: count | forecast | increment
    nouns: frozenset[str] = frozenset()  # measures that are only a counted noun ("180 passengers"): fixed facts
    # measures the claim gives as a percentage -> how exactly, in points ("61%": 0.5, "6.1%": 0.05)
    percents: dict[str, float] = field(default_factory=dict)
    event_lemmas: dict[str, float] = field(default_factory=dict)  # the rare words of the whole article
    event_years: frozenset[str] = frozenset()  # the years the article names
    # What relations work out from this claim alone, once (``corpus.xref.memo``): not stored, not compared.
    memo: dict[Any, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def since(self) -> str | None:
        """YYYY-MM a cumulative count starts from ("1,200 killed since last month", said in September: August)."""
        if self.since_text is None:
            return None
        return _since(self.since_text, self.article.published, self.article.published_estimated)

    @property
    def firm(self) -> bool:
        """Asserted, or hedged only by a rounded figure ("about 8,000 troops"): firm enough to contradict."""
        return self.claim.certainty == "asserted" or not hedged_beyond_figures(self.claim.text)

    @property
    def who(self) -> str:
        speaker = self.claim.speaker
        if speaker and _only_declined(self.claim):
            speaker = None  # "He declined to comment on reports that repairs could cost £5m": not his figure
        return speaker or self.article.outlet or "unattributed"


def _only_declined(claim: Claim) -> bool:
    """Every attribution of the claim's speaker is one he declined to comment, confirm or say: he said nothing."""
    spans = [a for a in claim.attributions if a.speaker == claim.speaker]
    return bool(spans) and all(a.cue_kind == "declined" for a in spans)


def stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(phrases(text.lower().replace("’", "'"))) if w not in _STOP)


@lru_cache(maxsize=16384)
def name_stems(text: str) -> frozenset[str]:
    """``stems`` of a short text that recurs (a speaker's name, a headline): computed once."""
    return stems(text)


# Measures that count the same people under another name.
# People still trapped in a collapse are those not yet accounted for: one count with the missing.
_SAME_MEASURE = {
    "attendance": "turnout",  # "The attendance was 41,212" / "A crowd of 41,200 watched": one crowd
    # "made 87 arrests" / "87 people have been arrested" / "detained 87": one count of the people held
    "arrest": "detained",
    "arrests": "detained",
    "arrested": "detained",
    "troops deployed": "troops",
    "evacuated": "displaced",
    # "the number of evacuees rose to 6,800" (the noun read as its own measure) counts those forced from their homes
    "evacuee": "displaced",
    "evacuees": "displaced",
    "trapped": "trapped or missing",
    "missing": "trapped or missing",
    # "25,000 homes were destroyed" / "25,000 houses" / "25,000 households were affected": the dwellings hit
    # (the frame reads a counted noun as its singular lemma; the measure as written is the plural)
    "house": "home",
    "household": "home",
    "dwelling": "home",
    "houses": "homes",
    "households": "homes",
    "dwellings": "homes",
    # "the combined airline would fly 210 planes" / "will operate about 210 aircraft": one fleet
    "plane": "aircraft",
    "planes": "aircraft",
    "airplane": "aircraft",
    "airplanes": "aircraft",
    "aeroplane": "aircraft",
    "aeroplanes": "aircraft",
    "airliner": "aircraft",
    "airliners": "aircraft",
    # "Around 60 vessels were anchored offshore" / "More than 70 ships were waiting": one queue of ships
    "vessel": "ship",
    "vessels": "ships",
    # "recalling 332,000 Jeep Grand Cherokee SUVs" / "the recall covers about 480,000 vehicles": one count of vehicles
    **dict.fromkeys("suv car truck pickup van minivan sedan crossover motorcycle lorry".split(), "vehicle"),
    **{f"{kind}s": "vehicles" for kind in "suv car truck pickup van minivan sedan crossover motorcycle lorrie".split()},
}


# Hectares in each unit of area: "about 12,000 hectares" and "nearly 30,000 acres" burned are one area, compared in
# the coarser unit and never shown converted.
AREA_HECTARES = {"hectare": 1.0, "acre": 0.40468564224, "square kilometre": 100.0, "square mile": 258.9988110336}


# Animals a figure may count as it counts people ("killed 40 sheep", "1.2 million chickens culled").
ANIMALS = SAME_IN_THE_PLURAL | frozenset(
    "cow pig hog chicken hen duck goose turkey bird horse goat dog cat whale dolphin seal bee animal camel elephant "
    "rhino lion tiger bear wolf".split()
)


# What befalls people in a disaster's toll, which a count of animals is not.
_FATES_OF_PEOPLE = frozenset(
    "killed wounded missing trapped rescued displaced evacuated hospitalised sickened casualties people".split()
)


def measure_named_alike(noun: str | None) -> str | None:
    """The measure a counted noun is compared under when it is another word for it ("vessels": ships), else None."""
    return _SAME_MEASURE.get(noun) if noun else None


def compared_measure(q: Quantity) -> str | None:
    # "troops" and "troops deployed" count the same people: compare them as one measure.
    if q.change in ("up", "down") and q.measure not in SHARE_MOVES:
        return None  # "rose by 500" is a change, not a level to compare (a day's share move is one fact)
    measure = _SAME_MEASURE.get(q.measure, q.measure) if q.measure else q.measure
    if measure in _FATES_OF_PEOPLE and q.unit in ANIMALS:
        return f"{measure} {q.unit}"  # "killed 40 sheep" is no human toll, nor a count of other animals
    if measure in (q.unit, "area burned") and q.unit in AREA_HECTARES:
        return "area"  # ("has burned about 12,000 hectares" / "has scorched nearly 30,000 acres")
    if measure in ("losses", "stolen") and q.unit:
        # damage in euros never compares with damage in dollars; a sum in "crowns" whose country its article does not
        # name is in any of the crowns ("40 million Swedish crowns" / later "65 million crowns")
        measure = f"{measure} {'crowns' if q.unit in CROWN_CODES else q.unit}"
    elif measure and q.unit in MEASURED_IN and measure != q.unit:
        measure = f"{measure} {q.unit}"  # a depth in km never compares with one in miles (no conversion is read)
    if measure and (measure in FAMILY or measure not in _UNCOMPARABLE):
        return measure
    return None


# Lengths that measure anything (a height, a reach, a distance, a queue): compared only when the words name the
# dimension ("at a depth of 10 km", "8 km high") or the thing ("12 kilometres of coastline"), never as the bare unit.
_BARE_LENGTHS = frozenset({"kilometre", "metre", "mile", "nautical mile", "yard", "foot"})
_LENGTH_OF = re.compile(r"\s+(?:of|along)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z-]+\s+)?[a-z]{3,}")


def _bare_length(q: Quantity, claim: Claim) -> bool:
    """ "sending a column of ash 8 km into the sky", "widened the exclusion zone to 10 km": a length of what, the
    figure's words do not say, so it is no measure two claims may share."""
    if q.measure not in _BARE_LENGTHS or q.measure != q.unit or q.counted:
        return False
    end = q.end - claim.start
    return not (0 < end <= len(claim.text) and _LENGTH_OF.match(claim.text, end))


# A move of a rate in points: "raised its main interest rate by 50 basis points", "cut the policy rate by half a
# percentage point", "the jobless rate rose 0.3 percentage points", "a 25-basis-point cut in its deposit rate".
_POINT_MOVER = (
    r"(?P<verb>raised|raises|raising|hiked|hikes|hiking|increased|increases|lifted|lifts|cut|cuts|cutting|lowered|"
    r"lowers|lowering|reduced|reduces|trimmed|trims)\s+(?:its\s+|their\s+|the\s+)?"
    r"(?P<subject>(?:[a-z][a-z-]+\s+){0,2}?(?P<head>rate|rates|yield|yields|spread|spreads))\s+by\s+"
    r"(?:about\s+|around\s+|nearly\s+|another\s+|a\s+further\s+|a\s+)?$"
)
_POINTS_MOVED_BEFORE = re.compile(
    _POINT_MOVER + "|"
    r"(?P<subject2>(?:[a-z][a-z-]+\s+){0,2}?(?P<head2>rate|rates|yield|yields|spread|spreads))\s+(?:has\s+|have\s+)?"
    r"(?P<verb2>rose|risen|climbed|jumped|increased|fell|fallen|dropped|declined|eased|slipped)\s+(?:by\s+)?"
    r"(?:about\s+|around\s+|nearly\s+|another\s+|a\s+further\s+|a\s+)?$",
    re.IGNORECASE,
)
_POINTS_MOVE_AFTER = re.compile(
    r"[\s-]*(?P<noun>cut|cuts|rise|increase|hike|reduction)\s+in\s+(?:its\s+|their\s+|the\s+)?"
    r"(?P<subject>(?:[a-z][a-z-]+\s+){0,2}?(?P<head>rate|rates|yield|yields|spread|spreads))\b",
    re.IGNORECASE,
)
_POINT_FALLS = frozenset(
    "cut cuts cutting lowered lowers lowering reduced reduces trimmed trims fell fallen dropped "
    "declined eased slipped reduction".split()
)
_POINT_UNITS = {"percentage point": 1.0, "basis point": 0.01}
_NOT_A_RATE_WORD = frozenset("its their the a an by".split())


def _points_move(q: Quantity, claim: Claim) -> str | None:
    """ "interest rate points rise" for a rate moved by points ("raised its main interest rate by 50 basis points",
    "a 25-basis-point cut in its deposit rate"), None when the words do not say which rate moved."""
    start, end = q.start - claim.start, q.end - claim.start
    if not (0 <= start <= end <= len(claim.text)):
        return None
    text = claim.text
    m = _POINTS_MOVED_BEFORE.search(text, max(0, start - 90), start)
    if m is not None:
        subject = (m.group("subject") or m.group("subject2")).lower()
        verb = (m.group("verb") or m.group("verb2")).lower()
    else:
        m = _POINTS_MOVE_AFTER.match(text, end)
        if m is None:
            return None
        subject, verb = m.group("subject").lower(), m.group("noun").lower()
    words = [w for w in subject.split() if w not in _NOT_A_RATE_WORD]
    subject = " ".join(words[:-1] + [words[-1].removesuffix("s")])
    return f"{subject} points {'fall' if verb in _POINT_FALLS else 'rise'}"


# Measures a level in points is read as when its words name nothing more specific ("leads by 6 percentage points").
_PLAIN_POINTS = frozenset({"percentage points", "percentage point", "points", "point", "basis points", "basis point"})


def _points_level(q: Quantity) -> str | None:
    """The key a level in points is compared under: its measure's own when the words name one ("a margin of error
    of 3 percentage points", "a lead of 6 points"), which never meets another measure's points; else plain
    "percentage points"."""
    measure = compared_measure(q)
    if not measure:
        return None
    return "percentage points" if measure in _PLAIN_POINTS else f"{measure} points"


def converted_figure(fig: Figure, factor: float) -> Figure:
    """A figure in another unit, ``factor`` of this one's to each of that one's (rounded past a float's noise)."""
    return tuple(None if v is None else round(v * factor, 6) for v in fig)  # type: ignore[return-value]


def _in_points(fig: Figure, unit: str | None) -> Figure:
    """A figure in basis points as percentage points (50 basis points = 0.5 percentage points)."""
    factor = _POINT_UNITS.get(unit or "", 1.0)
    return fig if factor == 1.0 else converted_figure(fig, factor)


def figure_measure(q: Quantity, claim: Claim) -> str | None:
    """The measure a claim's figure is compared by, as ``_figures`` keys it."""
    if q.unit in _POINT_UNITS:
        # a rate's move or level in points is compared in percentage points, whichever unit it is written in
        return (_points_move(q, claim) if q.change in ("up", "down") else None) or _points_level(q)
    return None if _bare_length(q, claim) else compared_measure(q)


def _figures(claim: Claim, priors: Sequence[Quantity] = ()) -> dict[str, Figure]:
    figures: dict[str, tuple[float | None, float | None, float | None]] = {}
    for q in claim.quantities:
        measure = figure_measure(q, claim)
        if measure and measure not in figures and not any(q is p for p in priors):
            figures[measure] = _in_points(compared_figure(q), q.unit) if q.unit in _POINT_UNITS else compared_figure(q)
    passengers = figures.get("passenger")
    crew = next(
        (
            q.value
            for q in claim.quantities
            if q.value and (q.counted_lemma == "crew" or (q.counted or "").lower().startswith("crew"))
        ),
        None,
    )  # ("six crew", "six crew members")
    if passengers and crew and passengers[0] is not None:
        # "186 passengers and six crew": a report of the people aboard may count the crew too (192)
        figures["passenger"] = (None, passengers[0], passengers[0] + crew)
    killed, wounded = figures.get("killed"), figures.get("wounded")
    if killed and wounded and "casualties" not in figures:
        # 600 killed + 4,100 wounded is 4,700 casualties.
        def add(x: float | None, y: float | None) -> float | None:
            return None if x is None or y is None else x + y

        figures["casualties total"] = (
            add(killed[0], wounded[0]),
            add(killed[1], wounded[1]),
            add(killed[2], wounded[2]),
        )
    if figures.keys() & EXACT_AS_WRITTEN and len(figures) > 1:
        # "The 7.8-magnitude quake killed 300": the toll is the news, compared first; the quake's size last.
        figures = dict(sorted(figures.items(), key=lambda item: item[0] in EXACT_AS_WRITTEN))
    return figures


@lru_cache(maxsize=16384)
def _since(window: str, published: str | None, estimated: bool) -> str | None:
    for mention in find_dates(window):
        if opens_period(window, mention):
            iso, _ = resolve(mention, published, estimated)
            return iso[:7] if iso else None
    return None


def _since_text(claim: Claim) -> str | None:
    lowered = claim.text.lower()
    at = lowered.find("since")
    while at >= 0 and _MEASURED_SINCE.search(lowered, max(0, at - 60), at):
        at = lowered.find("since", at + 5)  # "the deadliest since January 2018": no count since then
    if at < 0:
        return None
    # (a "since" in a clause of its own is no count's start: "... killed 12 people, and residents say little has been
    # done since then")
    ends = [q.end - claim.start for q in claim.quantities if q.value is not None]
    if ends and all(_CLAUSE_BREAK.search(claim.text, min(e, at), max(e, at)) for e in ends):
        return None
    return claim.text[at : at + 60]  # the start comes within a few words


_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas)\s|;\s")


# "Peru's deadliest road accident since January 2018, when a bus ... killed 51", "the lowest level since 2009":
# a record measured against an earlier time (often another event), not a count running since it.
SUPERLATIVES = (
    r"(?:deadliest|worst|biggest|largest|highest|lowest|strongest|weakest|fastest|slowest|sharpest|steepest|"
    r"heaviest|hottest|coldest|wettest|driest|longest|shortest|greatest|best|most|least|first)"
)
_MEASURED_SINCE = re.compile(rf"\b{SUPERLATIVES}\b(?:\s+[\w'’-]+){{0,4}}\s+$")


def _prior_measures(
    priors: list[Quantity], counted: list[tuple[str, Quantity]], corrected: Sequence[Quantity] = ()
) -> dict[str, Figure]:
    """ "38% of teachers, up from the 31% it announced": the replaced value counts what the new one counts
    (a bare number, "52 reports, up from 37", too). A value a correction sets aside ("nine pieces were taken,
    not seven as first reported") is kept though no measure is read for it: another report stating it is the
    report corrected."""
    out: dict[str, Figure] = {}
    for p in priors:
        current = [m for m, q in counted if (q.unit == p.unit or p.unit is None) and q.start < p.start]
        measure = current[-1] if current else compared_measure(p)
        if measure:
            out[measure] = compared_figure(p)
        elif any(p is q for q in corrected):
            out.setdefault(_CORRECTED, compared_figure(p))
        elif p.measure in MONEY_MEASURES and p.value:
            out.setdefault(REPLACED_SUM, compared_figure(p))  # "cut the fine to 20 million dollars from 40 million"
    return out


_CORRECTED = "count corrected"  # (the key of a corrected value no measure was read for)
REPLACED_SUM = "sum replaced"  # (the key of a sum of money given as the one a claim's sum replaces)


def _several(counted: list[tuple[str, Quantity]], text: str) -> frozenset[str]:
    """Measures a claim gives several values for: the same measure twice, or two percentages side by side
    ("put participation at about 80%, while the ministry said 31%"): a claim that holds a dispute."""
    if not _CONTRAST.search(text):
        return frozenset()  # "risen to 34 after seven of the wounded died" gives one count and its change
    measures = [m for m, _ in counted]
    out = {m for m in measures if measures.count(m) > 1}
    percents = {m for m, q in counted if q.unit == "percent"}
    # (an offer and a demand are the two sides' own; "core inflation fell to 5.7%, while services inflation eased to
    # 6.6%" gives two groups' rates, or a group's beside the whole's)
    if len(percents) > 1 and not percents <= PAY_MEASURES and sum(not is_group_rate(m) for m in percents) > 1:
        out |= percents
    return frozenset(out)


_FORECAST = re.compile(
    # ("expected the number of people forced from their homes to rise to": what will rise may take ten words)
    r"\b(?:expect\w*|forecast\w*|project\w*|predict\w*|could|may|might|likely|set)\s+(?:[\w'’-]+\s+){0,10}?"
    r"(?:rise|climb|increase|grow|reach|exceed|top|surpass|pass|cross|near|approach|double|hit|fall|drop|decline|ease|"
    r"slow|remain|stay|narrow|widen|shrink)\b"
    # ("Most economists had expected the bank to hold its rate at 2.75%": a level expected to be kept is one yet to come)
    r"|\bexpect\w*\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:hold|keep|leave|maintain)\b"
    # ("the deficit will narrow to 2.7% this year": a gap that will close or open is a figure yet to come)
    r"|\b(?:could|will|would)\s+(?:\w+\s+){0,2}?(?:rise|reach|climb|fall|drop|decline|ease|narrow|widen|shrink)\b"
    # "expected third-quarter revenue of between $8.5 billion and $8.9 billion": a figure yet to come
    r"|\b(?:expects?|expected|forecasts?|forecast|projects?|projected|predicts?|predicted|sees)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:of|at)\s+(?:between\s+|about\s+|around\s+|roughly\s+)?[$€£¥]?\d"
    # "Economists had forecast 175,000 jobs", "analysts had expected 2.1%": the figure itself is what was foreseen
    r"|\b(?:had\s+|have\s+|has\s+)?(?:forecast|expected|predicted|projected)\s+(?:about\s+|around\s+|roughly\s+)?"
    r"[$€£¥]?\d"
    # "discussed raising the policy rate to 5%", "plans to cut the levy to 12%": a target someone weighs, not the value
    r"|\b(?:discuss\w*|consider\w*|propos\w*|weigh\w*|mull\w*|debat\w*|(?:plan|aim|intend|want|seek)(?:s|ed|ing)?\s+to|"
    r"sought\s+to)\s+(?:[\w'’-]+\s+){0,2}?(?:rais|cut|lift|lower|increas|reduc|hik|boost|trim|slash)\w*\s+"
    r"(?:[\w'’-]+\s+){0,6}?to\s+(?:about\s+|around\s+)?[$€£¥]?\d"
    # "cut its forecast for this year's wheat harvest to 19.8 million tonnes": the forecast's new value, still one
    r"|\b(?:cut|cuts|rais\w*|lower\w*|trimm?\w*|lift\w*|revis\w*|upgrad\w*|downgrad\w*|reduc\w*|slash\w*)\s+"
    r"(?:its|their|the|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:forecasts?|outlooks?|projections?|predictions?|guidance)\s+"
    r"(?:[\w'’-]+\s+){0,8}?to\s+(?:about\s+|around\s+)?[$€£¥]?\d"
    # "a general election that polls forecast would give Labour a majority of more than 200 seats", "projected to win
    # 300 seats", "polls predicted a majority of 150": a result foreseen, never a value of the result
    r"|\b(?:expect\w*|forecast\w*|project\w*|predict\w*)\s+(?:[\w'’-]+\s+){0,4}?(?:would|will|to)\s+"
    r"(?:give|hand|win|secure|take|deliver)\b"
    r"|\b(?:forecast|predicted|projected|expected)\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:majority|win|victory|landslide|lead)"
    r"\s+of\b"
    # "Officials now expect just two cuts in 2025", "projected two more cuts this year": moves still to come
    r"|\b(?:expects?|expected|forecasts?|forecast|projects?|projected|predicts?|predicted|sees|see|saw|signall?ed)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:\d+|one|two|three|four|five|six)\s+(?:more\s+|further\s+)?(?:[\w-]+\s+)?"
    r"(?:cuts|hikes|increases|rises|reductions)\b",
    re.IGNORECASE,
)
# "sent an additional 3,000", "reported 2,000 new dengue cases", "in the past 24 hours": what was added, not
# the total ("sent about 150 new laborers" is only who was sent).
_INCREMENT = re.compile(
    r"\b(?:an?\s+)?(?:additional|another|further|extra)\s+(?:\w+\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand)\b)|\b\d[\d,.]*\s+more\b"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen|dozens|hundreds)\s+more\s+"
    r"(?!(?:days?|weeks?|months?|years?|hours?|minutes?|times?)\b)[a-z]"
    r"|\b(?:report\w*|record\w*|register\w*|confirm\w*|logg?\w*|detect\w*)\s+(?:\w+\s+){0,2}?\d[\d,.]*\s+"
    r"(?:new|fresh)\b|\b(?:in|over|during)\s+the\s+(?:past|last|previous)\s+(?:24|48|72)\s+hours\b"
    # "added 148,000 Grand Cherokee L models to the recall", "extended the recall by 70,000 vehicles": what was added
    r"|\badd(?:ed|s|ing)?\s+(?:about\s+|another\s+|some\s+|nearly\s+|more\s+than\s+)?\d[\d,.]*\s+(?:[\w-]+\s+){0,4}?"
    r"to\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:recall|total|tally|count|toll|list|force|deployment|fleet|order)\b"
    r"|\b(?:extend|expand|widen|enlarg)(?:ed|s|ing)?\s+(?:the|its|their)\s+(?:[\w-]+\s+)?[\w-]+\s+by\s+"
    r"(?:about\s+|some\s+|another\s+|nearly\s+)?\d",
    re.IGNORECASE,
)


_NEW_TOTAL = re.compile(
    # (a new total after "to": "bringing the total to 41", not "Seventeen more bodies were brought to the surface")
    r"\b(?:bringing|brings|brought|raising|taking)\b[^.;]{0,40}\bto\s+(?:[\w'’-]+\s+){0,2}?(?:[$€£]?\d|(?:one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|a\s+hundred)\b)|\btotal\b"
    r"|\b(?:rose|risen|climbed|grew|grown|increased|jumped)\s+to\b"  # "the toll rose to seven as ... four more"
    r"|" + NUMBER_BROUGHT_TO + r"(?:[a-z]+\s+){0,2}?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred)\b)"
    # "will cut 2,400 jobs, 600 more than it announced in May": the figure, then what it adds to the earlier one
    r"|\d[\d,.]*\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+,\s+(?:\d[\d,.]*|[a-z]+)\s+(?:more|fewer|less)\s+than\b",
    re.IGNORECASE,
)


# "recommends that ferries carry no more than 200 passengers", "certified for 300 people", "a cap of 50":
# a limit, a rule or a capacity, not how many there were.
_LIMIT = re.compile(
    r"\b(?:recommend\w*|propos\w*|urg\w*|call\w*\s+for|should|must|ought\s+to)\b[^.;]{0,60}?"
    r"\b(?:no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of|a\s+(?:cap|limit|ceiling)\s+of|"
    r"capped\s+at|limited\s+to)\s+[$€£]?\d"
    r"|\b(?:certified|licensed|designed|built|rated|approved|permitted|allowed)\s+(?:to\s+(?:carry|hold|seat|take)|for)\s+"
    r"(?:up\s+to\s+|a\s+maximum\s+of\s+)?\d"
    r"|\b(?:capacity|cap|limit|ceiling)\s+(?:of|at)\s+(?:up\s+to\s+|about\s+|some\s+)?[$€£]?\d"
    # "had a licence to carry 90 passengers", "its permit to carry 12 tonnes"
    r"|\b(?:licen[cs]e|permit|certificate)\s+to\s+(?:carry|hold|seat|take)\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?\d"
    r"|\b(?:capped|limited)\s+at\s+[$€£]?\d"
    # the law's penalty: "each count carries a maximum of 10 years", "faces up to 20 years", "punishable by up to"
    r"|\b(?:carr(?:y|ies|ied|ying)|faces?|faced|facing|punishable\s+by|could\s+(?:get|receive|face))\s+"
    r"(?:(?:a|an)\s+)?(?:(?:maximum|minimum|mandatory)\s+(?:(?:prison|jail)\s+)?(?:(?:sentence|term|penalty|fine)\s+)?"
    r"of\s+|up\s+to\s+)[$€£]?\d"
    # "faces up to eight years in prison and a fine of up to 900,000 euros": the fine is the law's most too
    r"|\b(?:faces?|faced|facing|punishable\s+by|could\s+(?:get|receive|face))\s+[^.;]{0,80}?\b(?:a|an)\s+"
    r"(?:maximum\s+)?fine\s+of\s+up\s+to\s+[$€£]?\d",
    re.IGNORECASE,
)


_LIMIT_BEFORE = re.compile(f"(?:{_LIMIT.pattern})\\Z", re.IGNORECASE)


# What a majority takes, after its figure: "to reach the 115 seats required for a majority", "the 76 votes needed to
# pass the bill": a threshold, no count of anything won.
_THRESHOLD_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:required|needed|necessary)\s+(?:for|to\s+(?:form|win|secure|command|pass|reach))\s+"
    r"(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:majority|quorum|bill|law|motion|budget|amendment)\b",
    re.IGNORECASE,
)


def a_limit(text: str, start: int, end: int) -> bool:
    """Is the figure at ``start:end`` of ``text`` a limit, a rule, a capacity (``_LIMIT``) or a threshold?"""
    if _THRESHOLD_AFTER.match(text, end):
        return True
    digit = next((i for i in range(start, end) if text[i].isdigit()), None)
    if digit is None:
        # a figure in words ("faces up to eight years"): read where its number stands as if written in digits
        word = next((m for m in re.finditer(r"[a-z]+", text[start:end].lower()) if m.group() in CARDINAL_WORDS), None)
        at = start + word.start() if word else start
        return word is not None and _LIMIT_BEFORE.search(text[max(0, at - 120) : at] + "0") is not None
    return _LIMIT_BEFORE.search(text, max(0, start - 120), digit + 1) is not None


def _at_risk_group(framed_claim: Claim) -> list[Quantity]:
    """The figures around a study's relative risk that say who is at risk and against whom ("people who sleep fewer
    than six hours a night are 36% more likely to ... than those who sleep seven to eight hours"): the groups'
    descriptions, no count of anything the study found."""
    risk = next((q for q in framed_claim.quantities if is_risk(q.measure)), None)
    if risk is None:
        return []
    text, at = framed_claim.text, risk.end - framed_claim.start
    return [
        q
        for q in framed_claim.quantities
        if q.end <= risk.start or " than " in text[at : max(at, q.start - framed_claim.start)]
    ]


def _limit_figures(claim: Claim) -> list[Quantity]:
    return [
        q
        for q in claim.quantities
        if 0 <= q.start - claim.start < q.end - claim.start <= len(claim.text)
        and a_limit(claim.text, q.start - claim.start, q.end - claim.start)
    ]


# A part of a count already told: "of them", "of the injured", "of the cases" (not "1,800 of its dockworkers" or
# "800 of the plant's workers", counts of their own).
# "Kordia said its figure of 4,000 referred only to its own staff": a figure named as the source's own, to say
# what it meant, not a count told anew.
_FIGURE_NAMED = re.compile(
    r"\b(?:its|their|his|her)\s+(?:own\s+)?(?:figure|estimate|number|tally|count)\s+of\s+$", re.IGNORECASE
)


def _figures_named(claim: Claim) -> list[Quantity]:
    return [
        q
        for q in claim.quantities
        if 0 <= q.start - claim.start <= len(claim.text)
        and _FIGURE_NAMED.search(claim.text, max(0, q.start - claim.start - 40), q.start - claim.start)
    ]


_PARTITIVE_OF = re.compile(
    r"\s+of\s+(?:them|those|these|(?:the|its|their)\s+(?:[\w-]+\s+)?(?:injured|wounded|dead|killed|victims|"
    r"cases|casualties|missing|hostages|rescued|infected|patients)\b)",
    re.IGNORECASE,
)


def _partitive_parts(claim: Claim) -> list[Quantity]:
    """ "26 of the cases it had reported were in fact rubella", "five of the injured are in critical condition":
    a part of a count told elsewhere, not a value of it; unless what became of the part names its own count
    ("38 of the pupils abducted were freed" counts the freed)."""
    from corpus.xref.frames import partitive_outcome  # it imports this module

    out = []
    for q in claim.quantities:
        end = q.end - claim.start
        if q.unit in ("percent", "fraction") or (q.unit and q.unit[:3].isupper()):
            continue  # "52.3% of the vote", "$3 million of the budget": a share or a sum, not a part of a count
        if (
            0 < end <= len(claim.text)
            and (_PARTITIVE_OF.match(claim.text, end) or _part_of_its_own_whole(q, claim.text, end))
            and not partitive_outcome(claim.text, end)
        ):
            out.append(q)
    return out


# "420 of the homes", "35 of the whales": a figure of the very things a whole told before counts, a part of that whole
# (not "38,000 of its customers", all it has, nor "11 of the trapped miners", a group told by what befell them).
_OF_THE_THINGS = re.compile(r"\s+of\s+the\s+(?P<noun>[a-z]+s)\b")


def _part_of_its_own_whole(q: Quantity, text: str, end: int) -> bool:
    """ "Some 420 of the homes will be affordable", "refloated 35 of the whales": the figure counts a part of the
    things named after "of the", which are what it counts itself."""
    m = _OF_THE_THINGS.match(text, end)
    return m is not None and singular(m.group("noun")) in {q.unit, q.counted_lemma} - {None}


# "beating analysts' average forecast of £398 million": the figure the result is set against, not a forecast.
_AGAINST_A_FORECAST = re.compile(
    r"\b(?:beat\w*|miss\w*|above|below|ahead\s+of|short\s+of|than|exceed\w*|topp?\w*|in\s+line\s+with|"
    r"match\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:forecasts?|estimates?|expectations?|predictions?|projections?)\b",
    re.IGNORECASE,
)


_AGAINST_A_FORECAST_OF = re.compile(
    f"(?:{_AGAINST_A_FORECAST.pattern})" + r"\s+(?:of\s+)?(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE
)


# What is feared to come, before its figure: "warned of waves of up to 3 metres", "warns of as much as 40mm of rain".
_WARNED_OF_BEFORE = re.compile(
    r"\bwarn\w*\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:(?:up\s+to|as\s+(?:much|many|high)\s+as)\s+)?$", re.IGNORECASE
)
_AT_MOST = re.compile(r"(?i)\b(?:up\s+to|as\s+(?:much|many|high)\s+as)\b")


def _figures_warned_of(claim: Claim) -> list[Quantity]:
    """The figures a warning gives ("warned of waves of up to 3 metres"): a fear of what may come, no value of what was
    later observed (the claim's other figures, "put the quake's magnitude at 8.0", are compared as told)."""
    out = []
    for q in claim.quantities:
        at = q.start - claim.start
        warned = _WARNED_OF_BEFORE.search(claim.text, max(0, at - 60), max(0, at))
        # (an upper bound feared, not a count told: "warned of 12 deaths" may be a count)
        if warned and (_AT_MOST.match(q.text) or _AT_MOST.search(warned.group(0))):
            out.append(q)
    return out


def _forecasts_set_against(claim: Claim) -> list[Quantity]:
    """The forecast a result is set against ("beating analysts' average forecast of £398 million"): no value
    the claim reports."""
    return [
        q
        for q in claim.quantities
        if 0 < q.start - claim.start <= len(claim.text)
        and _AGAINST_A_FORECAST_OF.search(claim.text, max(0, q.start - claim.start - 80), q.start - claim.start)
    ]


# A promise or a conditional plan: what someone would do, never a count of what was done.
_PLEDGE = re.compile(
    r"\b(?:pledged|promised|vowed|pledges|promises|vows)\s+to\s+[a-z]+"
    r"|\bwould\s+(?:[a-z]+\s+){0,2}?(?:build|hire|create|spend|invest|recruit|plant|open|deliver|train|add)\b[^.;]*\bif\b",
    re.IGNORECASE,
)


def figure_role(text: str) -> str:
    """ "expected to rise to more than 10,000" is a forecast, "sent an additional 3,000" an increment:
    neither is a value of the running count, so neither updates nor corroborates one. A result set against a
    forecast ("rose to £412 million, beating the forecast of £398 million") is no forecast."""
    if _PLEDGE.search(text):
        return "forecast"  # "would build 100,000 homes in five years if elected", "pledged to hire 5,000 nurses"
    forecasts = [m.span() for m in _FORECAST.finditer(text)]
    if forecasts:
        against = [m.span() for m in _AGAINST_A_FORECAST.finditer(text)]
        if not against or any(not any(a <= s < b for a, b in against) for s, _ in forecasts):
            return "forecast"
    if _INCREMENT.search(text) and not _NEW_TOTAL.search(text):
        return "increment"
    return "count"


# Words asking for a figure before it, in its clause: "asked the court to sentence him to 10 years", "had sought a
# 10-year sentence", "called for a fine of 5 million".
_REQUEST_BEFORE = re.compile(
    r"\b(?:ask(?:ed|ing|s)?|urg(?:ed|ing|es)|sought|seek(?:ing|s)?|request(?:ed|ing|s)?|call(?:ed|ing|s)?\s+for|"
    r"demand(?:ed|ing|s)?|recommend(?:ed|ing|s)?|(?:push|press)(?:ed|ing|es)?\s+for|"
    # an option weighed, not what was decided: "considered raising the rate by 50 basis points before settling on
    # 25", "debated whether to cut by half a point", "weighed a larger rise of"
    r"(?:consider|weigh|mull|debat)(?:ed|ing|es|s)?\s+(?:whether\s+to\s+[a-z]+|[a-z]{3,}ing|"
    r"an?\s+(?:(?:larger|bigger|smaller|deeper|steeper|further)\s+)?(?:rise|cut|hike|increase|reduction)\s+of))\b"
    # (in the request's own clause: not "urged customers to save water, saying reservoirs had fallen to 54%")
    r"(?:(?!,\s+(?:saying|adding|noting|warning|citing|because|after|as|since|while)\b)[^.;:])*$",
    re.IGNORECASE,
)
_REQUEST_REACH = 150  # characters before the figure


def _requested(claim: Claim, figures: dict[str, Figure], skip: Sequence[Quantity]) -> bool:
    """The claim's first figure is one someone asks for ("Prosecutors asked the court to sentence him to 10 years"):
    a request, no value of what is then decided ("was sentenced to 84 months"). (Not a side's pay demand or offer,
    which the pay rules read as the two sides' own figures.)"""
    for q in claim.quantities:
        measure = figure_measure(q, claim)
        if measure not in figures or any(q is p for p in skip):
            continue
        if measure in PAY_MEASURES:
            return False
        at = q.start - claim.start
        return at > 0 and _REQUEST_BEFORE.search(claim.text, max(0, at - _REQUEST_REACH), at) is not None
    return False


# A level aimed at, not reached: "targets inflation of 2%", "an inflation target of 2%", "its 2% target", "aims to
# cut the deficit to 3%".
_TARGET_BEFORE = re.compile(
    r"\b(?:targets?|targeting|targeted|aims?\s+(?:to|for)|goal|objective)\b(?:\s+[\w'’-]+){0,5}?\s+(?:of|at|to|for|is|was)?\s*$",
    re.IGNORECASE,
)
_TARGET_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:target|goal|objective)\b", re.IGNORECASE)
_TARGET_REACH = 60


def _targeted(claim: Claim, figures: dict[str, Figure], skip: Sequence[Quantity]) -> bool:
    """Every figure of the claim is a level someone aims at ("The central bank targets inflation of 2%", "its 2%
    inflation target"): a target, no value of the measure (an inflation rate of 3.3% is not revised to 2% by it).
    A claim giving a value beside the target ("rose to 3.3%, above the 2% target") is that value's."""
    found = False
    for q in claim.quantities:
        measure = compared_measure(q)
        if measure not in figures or any(q is p for p in skip):
            continue
        at, end = q.start - claim.start, q.end - claim.start
        before = at > 0 and _TARGET_BEFORE.search(claim.text, max(0, at - _TARGET_REACH), at) is not None
        if not (before or _TARGET_AFTER.match(claim.text, end)):
            return False
        found = True
    return found


def outlooks_beside_results(claim: Claim, skip: Sequence[Quantity] = ()) -> list[Quantity]:
    """The figures of an outlook a claim gives beside a result, each read from its own clause ("posted sales of
    $4.2bn in the quarter and now expects annual revenue of $16bn": $16bn): the forecast is no value of what
    the claim reports, and the result no forecast. (``skip``: figures compared as neither, such as the earlier
    value of a change: "expected profit of 350 million, down from 410 million" gives no result.)"""
    kept = [q for q in claim.quantities if all(q is not p for p in skip)]
    if len(kept) < 2 or not _FORECAST.search(claim.text):
        return []
    roles = [(q, figure_role(_own_clause(claim, q))) for q in kept]
    if not any(role == "count" for _, role in roles):
        return []
    return [q for q, role in roles if role == "forecast"]


def _own_clause(claim: Claim, q: Quantity) -> str:
    from corpus.xref.figure_roles import figure_clause  # it imports this module

    return figure_clause(claim.text, q.start - claim.start, q.end - claim.start)


def _claim_role(
    claim: Claim,
    body: str,
    figures: dict[str, Figure] | None = None,
    skip: Sequence[Quantity] = (),
    outlook: bool = False,
) -> str:
    """The claim's :func:`figure_role`, but "a further 23 were trapped" after the dead were told of is a count
    of the trapped, not an addition (:func:`corpus.xref.frames.besides_other_fates`); and a claim giving a result
    beside an outlook (``outlook``: its figures are skipped) gives its compared figures the role of their own
    clauses."""
    role = figure_role(claim.text)
    if role == "forecast" and figures and outlook:
        kept = [q for q in claim.quantities if compared_measure(q) in figures and all(q is not p for p in skip)]
        roles = {figure_role(_own_clause(claim, q)) for q in kept}
        if len(roles) == 1:
            return roles.pop()
    if role == "increment" and besides_other_fates(claim.text, body[max(0, claim.start - 600) : claim.start]):
        return "count"
    return role


# "with the loss of 550 jobs, bringing the total number of job cuts to 2,350": the figure after this is the
# new total, and what the claim counted before it of the same measure is the addition.
_TOTAL_TO_BEFORE = re.compile(NUMBER_BROUGHT_TO + r"(?:[a-z]+\s+)?$", re.IGNORECASE)


def _added_before_total(claim: Claim) -> list[Quantity]:
    """The figures a claim gives before the new total it brings them to, of the total's measure."""
    if len(claim.quantities) < 2:
        return []
    out: list[Quantity] = []
    for total in claim.quantities:
        at = total.start - claim.start
        if at <= 0 or not _TOTAL_TO_BEFORE.search(claim.text, max(0, at - 180), at):
            continue
        measure = compared_measure(total)
        out += [q for q in claim.quantities if q.start < total.start and measure and compared_measure(q) == measure]
    return out


def _additions_beside_a_total(claim: Claim, body: str) -> list[Quantity]:
    """The additions a sentence tells beside a new total; the total is the value compared with other reports, the
    additions never are. Either an increment of the total's own measure ("A further 400 jobs will go, bringing
    total job cuts to 1,200"), or any figure told as more of something ("The fire has grown to 4,600 hectares ...,
    as evacuation orders were extended to a further 2,500 residents", "the toll rose to six after rescuers
    recovered three more bodies"), unless told as a count of another fate ("12 died and another 30 were
    injured")."""
    if len(claim.quantities) < 2 or not _NEW_TOTAL.search(claim.text):
        return []
    out = []
    if _INCREMENT.search(claim.text):
        from corpus.xref.figure_roles import INCREMENT, TOTAL, figure_series_role  # it imports this module

        roles = []
        for q in claim.quantities:
            start, end = q.start - claim.start, q.end - claim.start
            inside = 0 <= start < end <= len(claim.text)
            roles.append((q, compared_measure(q), figure_series_role(claim.text, start, end) if inside else None))
        totals = {m for _, m, role in roles if role == TOTAL and m}
        out = [q for q, m, role in roles if role == INCREMENT and m in totals]
    for q in claim.quantities:
        if any(q is p for p in out) or not claim.start < q.start < q.end <= claim.end or not more_of(q, body):
            continue  # ("a further 2,500", "three more bodies")
        if besides_other_fates(claim.text, body[max(0, claim.start - 600) : claim.start]):
            continue
        out.append(q)
    return out


_CONTRAST = re.compile(r"\b(?:while|whereas|but|against|however|disput\w*|contradict\w*|compared)\b", re.IGNORECASE)


# "210 were aboard, not 180 as the coast guard said": a value the claim sets aside, not one it states.
_REJECTED_BEFORE = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?$", re.IGNORECASE)


# "disputed a United Nations estimate that 150,000 people had been displaced, putting the number at 58,000":
# another's figure the claim disputes, not its own.
_DISPUTED_BEFORE = re.compile(
    r"\b(?:disput|reject|challeng|question|dismiss)(?:ed|es|s|ing)?\s+(?:a|an|the|its|their)\s+(?:[\w’'.-]+\s+){0,4}?"
    r"(?:estimates?|figures?|counts?|claims?|reports?|numbers?|tally|toll)\s+(?:that|of)\s+"
    r"(?:(?:about|around|some|nearly|almost|more\s+than|over|at\s+least)\s+)?[$€£]?$",
    re.IGNORECASE,
)


def set_aside(q: Quantity, body: str) -> bool:
    """The claim names ``q`` only to set it aside ("not the 1,800 the company announced", "disputed an estimate
    that 150,000 had fled")."""
    return bool(
        _REJECTED_BEFORE.search(body, max(0, q.start - 20), q.start)
        or _DISPUTED_BEFORE.search(body, max(0, q.start - 90), q.start)
    )


_DAMAGE_BEFORE = re.compile(
    r"\b(?:destroy|damag|flatten|raz|demolish|gutt|collaps|affect|expos|impact)\w*\s+(?:\w+\s+){0,3}$", re.I
)
_DAMAGE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:have|has|had)\s+(?:been\s+)?|were\s+|was\s+)?(?:(?:badly|partly|partially|"
    r"completely|totally)\s+)?(?:collapsed|destroyed|damaged|flattened|razed|demolished|gutted|affected|exposed|"
    r"impacted)\b",
    re.I,
)
_DAMAGED_BEFORE_NOUN = re.compile(r"\s+(?:collapsed|destroyed|damaged|flattened|razed|demolished|gutted)\s", re.I)


# Between a part and the whole it is of: "12 of the city's 48 schools", "7 of the 11 villages", "three of its 40".
_PART_OF = re.compile(
    r"\s+of\s+(?:(?P<owner>its|their|his|her|our|(?:the\s+)?[\w.-]+(?:'s|’s|s'|s’))|the)\s+", re.IGNORECASE
)


# Between a part and the whole it is told as part of: "..., part of its plan to cut 15,000 jobs worldwide", "as part
# of a drive to shed about 7,000".
_PART_OF_A_PLAN = re.compile(r"\bpart\s+of\s+(?:its|their|his|her|the|a|an)\b[^.;]{0,60}$", re.IGNORECASE)


def _wholes_of_parts(claim: Claim) -> list[tuple[Quantity | None, Quantity, bool]]:
    """(part, whole, owned) for each "N of the M things" in the claim: the M is the whole the claim's count is a part of,
    no value of that count (nor another source's figure beside it); with whether the whole is what someone has
    ("the city's 48 schools", "its 40 ploughs")."""
    out: list[tuple[Quantity | None, Quantity, bool]] = []
    counts = [
        q
        for q in claim.quantities
        if q.value is not None and q.unit != "percent" and not (q.unit and is_currency(q.unit))
    ]
    for part in counts:
        for whole in counts:
            if whole.start <= part.end or whole.value is None or part.value is None or part.value >= whole.value:
                continue
            gap = claim.text[part.end - claim.start : whole.start - claim.start]
            m = _PART_OF.fullmatch(gap)
            if m:
                out.append((part, whole, bool(m.group("owner"))))
            elif _PART_OF_A_PLAN.search(gap):
                out.append((part, whole, False))  # "1,300 workers in Oregon, part of its plan to cut 15,000 jobs"
    for whole in counts:
        # "all of the city's 48 schools", "most of its 40 ploughs": a part told in words, of the same whole
        m = _QUANTIFIER_OF.search(claim.text, 0, max(0, whole.start - claim.start))
        if m:
            out.append((None, whole, bool(m.group("owner"))))
    return out


def _duration_units(claim: Claim, figures: dict[str, Figure], skip: Sequence[Quantity]) -> dict[str, str]:
    """measure -> the unit of the figure :func:`_figures` keeps for it, for the figures that are durations or areas."""
    out: dict[str, str] = {}
    for q in claim.quantities:
        if (q.unit in DURATIONS or q.unit in AREA_HECTARES) and all(q is not p for p in skip):
            measure = None if _bare_length(q, claim) else compared_measure(q)
            if measure and measure in figures and measure not in out:
                out[measure] = q.unit
    return out


def _whole_values(
    wholes: list[tuple[Quantity | None, Quantity, bool]], counted: list[tuple[str, Quantity]]
) -> dict[str, float]:
    """measure -> the whole a figure of it is a part of; a whole whose part is told in words ("all of the city's 48
    schools") under its own measure."""
    out: dict[str, float] = {}
    for part, whole, _ in wholes:
        if not whole.value:
            continue
        if part is None:
            if whole.measure:
                out.setdefault(whole.measure, whole.value)
            continue
        for m, q in counted:
            if q.start == part.start:
                out[m] = whole.value
    return out


_QUANTIFIER_OF = re.compile(
    r"\b(?:all|none|most|half|some|many|each|both|any|several|few)" + _PART_OF.pattern + "$", re.IGNORECASE
)


def _parts_counted_as_wholes(claim: Claim, wholes: list[tuple[Quantity | None, Quantity, bool]]) -> Claim:
    """A part read with no measure of its own, or with the whole's number as its unit ("4 of the island's 11
    villages" read as four "11"s), counts what its whole counts."""
    fixed: dict[int, Quantity] = {}
    for part, whole, _ in wholes:
        if part is None:
            continue
        unread = part.measure is None or not part.unit or part.unit[:1].isdigit()
        if whole.measure and part.measure != whole.measure and unread:
            fixed[part.start] = replace(
                part, measure=whole.measure, unit=whole.unit, counted=whole.counted, counted_lemma=whole.counted_lemma
            )
    if not fixed:
        return claim
    return replace(claim, quantities=[fixed.get(q.start, q) for q in claim.quantities])


# A figure counting a subset set apart from the rest: "testing at the remaining 10 schools", "the other 40 workers",
# "the first 12 flights": a part, not the count another report gives of the whole.
_SUBSET_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:remaining|other|last|first|next|final)\s+$", re.IGNORECASE)


def _damage_tally(q: Quantity, body: str) -> bool:
    """A count of damage ("46 buildings had collapsed", "52 collapsed buildings", "destroying 112 homes") or of
    those a breach or an outage reached ("affecting 4 million customers"), which rises as it is assessed: a running
    tally, not a fixed count a later report can only confirm or dispute."""
    return bool(
        _DAMAGE_BEFORE.search(body, max(0, q.start - 30), q.start)
        or _DAMAGE_AFTER.match(body, q.end, q.end + 60)
        or _DAMAGED_BEFORE_NOUN.match(body, q.end)
    )


# "The environment ministry put the level on Tuesday at 13.9 percent." after "The reservoirs ... have fallen to 14.8
# percent of capacity": "the level" a percentage is told of is the level the sentence before measured.
_THE_LEVEL = re.compile(r"\b(?:the|its|their)\s+(?:own\s+)?level\b", re.IGNORECASE)
_LEVELS_TOLD_AGAIN = frozenset({"reservoir level"})


def _level_told_again(claim: Claim, body: str) -> Claim:
    """The claim with the percentages it tells of "the level" read as the level its sentence before measures, when
    that sentence measures one (a copy; else the claim itself)."""
    told = _THE_LEVEL.search(claim.text)
    if told is None:
        return claim
    shares = [
        q
        for q in claim.quantities
        if q.unit == "percent" and q.measure == "share" and q.start - claim.start > told.start()
    ]
    if not shares:
        return claim
    levels = {
        q.measure
        for q in find_quantities(sentence_before(body, claim.start)[1], 0, [])
        if q.unit == "percent" and q.measure in _LEVELS_TOLD_AGAIN
    }
    if len(levels) != 1:
        return claim
    level = levels.pop()
    return replace(
        claim, quantities=[replace(q, measure=level) if any(q is s for s in shares) else q for q in claim.quantities]
    )


def _figure_features(claim: Claim, article: Article) -> dict[str, Any]:
    """The fields about a claim's figures (only claims with quantities pay for them)."""
    # What a vague outcome counted ("1.2 million customers were affected") is a running tally, not a fixed count;
    # so is damage counted as crews find it ("46 buildings collapsed", "destroying 112 homes").
    tallied = {
        i for i, q in enumerate(claim.quantities) if q.measure in VAGUE_OUTCOMES or _damage_tally(q, article.body)
    }
    claim = framed(_level_told_again(claim, article.body))
    wholes = _wholes_of_parts(claim)
    if wholes:
        claim = _parts_counted_as_wholes(claim, wholes)
    # ("12 of the city's 48 schools": the whole is what the city has, no count of what befell them; "eight of the
    # 11 inmates who escaped" still tells how many escaped)
    inventories = [q for q in claim.quantities if any(q.start == w.start and inventory for _, w, inventory in wholes)]
    tallied_ids = {id(q) for i, q in enumerate(claim.quantities) if i in tallied}
    corrected = corrected_figures(claim, article.body)
    priors = prior_figures(claim, article.body) + corrected
    skip = (
        priors
        + part_figures(claim, article.body)
        + added_figures(claim)
        + _additions_beside_a_total(claim, article.body)
        + _added_before_total(claim)
        + _limit_figures(claim)  # "certified for 300 people": a capacity, no count to compare
        + _partitive_parts(claim)
        + inventories
        + _figures_named(claim)
        + _at_risk_group(claim)
        + _forecasts_set_against(claim)
        + _figures_warned_of(claim)
        + [q for q in claim.quantities if _SUBSET_BEFORE.search(article.body, max(0, q.start - 20), q.start)]
        + [q for q in claim.quantities if _DISPUTED_BEFORE.search(article.body, max(0, q.start - 90), q.start)]
    )
    outlooks = outlooks_beside_results(claim, skip)
    skip += outlooks
    figures = _figures(claim, skip)
    counted = [(m, q) for q in claim.quantities if (m := compared_measure(q)) and all(q is not p for p in skip)]
    counts_told = [
        q
        for q in claim.quantities
        if q.value is not None
        and q.measure != "time span"
        and q.unit not in DURATIONS
        and q.unit not in AGES
        and not set_aside(q, article.body)
    ]
    counts = [q.value for q in counts_told]
    values: dict[str, list[Figure]] = {}
    for m, q in counted:
        values.setdefault(m, []).append(compared_figure(q))
    return {
        "figures": figures,
        "family": next((FAMILY.get(m, m) for m in figures), None),
        "superseded": bool(figures)
        and bool(_SUPERSEDED.search(claim.text))
        and not set_against_earlier(claim.text)
        and not any(first_value_replaced(claim, article.body, q) for q in priors),
        "prior": _prior_measures(priors, counted, corrected) if priors else {},
        "since_text": _since_text(claim) if figures else None,
        "stated": frozenset(q.value for q in claim.quantities if q.value is not None and not set_aside(q, article.body))
        # a score or a vote split as one value: "by 31 to 12" and "by 28 to 15" disagree
        | frozenset(pair_key(q.pair) for q in claim.quantities if q.pair),
        "stated_counts": frozenset(counts),
        "told_counts": frozenset(q.value for q in counts_told if all(q is not p for p in skip)),
        "sums": frozenset(
            (q.unit, q.value, q.measure)
            for q in claim.quantities
            if q.value
            and q.unit not in (None, "people", "percent")
            and (q.measure in MONEY_MEASURES or q.measure in PRICED_SUMS)
            # (not the sum it replaces: "cut the fine to 20 million dollars from 40 million" states no fine of 40; nor
            # one it sets aside: "had taken 1.6 million euros, not the 2.4 million euros found by the lower court")
            and all(q is not p for p in priors)
            and not set_aside(q, article.body)
        ),
        "families": frozenset(FAMILY.get(m, m) for m in figures),
        "values": values,
        "revised": bool(figures) and says_revised(claim),
        # (an outlook's values are forecasts by name: "expected profit of 350 million" is a value of its series)
        "role": "count"
        if figures and all(m.endswith(" forecast") for m in figures)
        else "request"
        if figures and _requested(claim, figures, skip)
        else "target"
        if figures and _targeted(claim, figures, skip)
        else _claim_role(claim, article.body, figures, skip, bool(outlooks)),
        "several": _several(counted, claim.text) if len(counted) > 1 else frozenset(),
        "groups": {m: g for m, q in counted if (g := group_of(q, article.body))},
        "durations": _duration_units(claim, figures, skip),
        "wholes": _whole_values(wholes, counted),
        "inventories": frozenset(q.value for q in inventories if q.value is not None),
        "nouns": frozenset(
            m
            for m, q in counted
            if m == q.counted_lemma and m not in FAMILY and m not in KINDRED_NAMES and id(q) not in tallied_ids
        ),
        "percents": _percents(claim),
    }


_DECIMALS = re.compile(r"\d+(?:\.(\d+))?")


# Measures read as exactly as they are written, as percentages are: magnitudes 6.1 and 6.4 are two readings.
EXACT_AS_WRITTEN = frozenset({"magnitude", "aftershock magnitude"})


def _percents(framed_claim: Claim) -> dict[str, float]:
    """Each measure the claim gives as a percentage (or a magnitude), and how exactly it is written, in
    points: "61%" is anything from 60.5% to 61.5% (0.5), "6.1%" from 6.05% to 6.15% (0.05); the coarsest
    if given twice."""
    out: dict[str, float] = {}
    for q in framed_claim.quantities:
        measure = compared_measure(q) if q.unit == "percent" or q.measure in EXACT_AS_WRITTEN else None
        if measure:
            m = _DECIMALS.search(q.text)
            rounding = 0.5 * 10.0 ** -len(m.group(1) or "") if m else 0.5
            out[measure] = max(rounding, out.get(measure, 0.0))
    return out


_NO_FIGURES: dict[str, Any] = {"figures": {}, "family": None}


# "dismissed the report as fake news", "denied the allegations": a denial whose object is the report before it.
ANAPHORIC_DENIAL = re.compile(
    r"\b(?:den\w+|dismiss\w*|reject\w*|refut\w*)\b[^.]{0,40}\b(?:the|these|those|such|this|that)\s+"
    r"(?:allegations?|claims?|reports?|accusations?|charges?|assertions?)\b"
    # "The Defence Force denied that." / "denied it, saying ...": what the sentence before told
    r"|\bden(?:y|ies|ied|ying)\s+(?:that|this|it)\s*(?:[.;,]|$)",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”’])\s+|\n")
_DENIED_REACH = 600  # characters back: the report denied is the sentence just before


def denied_report(claim: Claim, article: Article) -> str | None:
    """The sentence a denial of "the report" or "the allegations" refers to: the one just before it in its
    paragraph. The denial is about what that sentence says, so it is compared as if it said it too."""
    if claim.kind != "denial" or not ANAPHORIC_DENIAL.search(claim.text):
        return denied_in_quotation(claim, article)
    before = article.body[max(0, claim.start - _DENIED_REACH) : claim.start]
    if "\n\n" in before.rstrip():
        before = before.rstrip().rsplit("\n\n", 1)[1]
    sentences = [s for s in _SENTENCE_BREAK.split(before.strip()) if len(s) >= 20]
    return sentences[-1] if sentences and denies_this(claim.text, sentences[-1]) else None


# A quotation and who said it: `` "We have made no claim," a company spokeswoman said.``
QUOTATION = re.compile(r"^\W{0,2}[“\"](?P<words>[^“”\"]{12,})[”\"],?\s+(?P<tail>[^“”\"]+)$")
# Who speaks for a party: its spokeswoman, its chief executive, a statement (not "a union leader said").
_SPEAKS_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person|people)|chief\s+executive|statement|representative|official)\b", re.IGNORECASE
)
# "A report in the Corriere della Sera that the warning signs had been switched off was denied by the operator.":
# the report and its denial in one sentence.
REPORT_DENIED_IN_ONE = re.compile(
    r"\breports?\b[^.]{0,80}?\bthat\b[^.]+?\b(?:was|were|has\s+been|have\s+been)\s+(?:denied|dismissed|rejected)\b",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def denied_in_quotation(claim: Claim, article: Article) -> str | None:
    """The report a quotation denies when it gives the denier's words right after the denial ("Calder denied the
    report. "We have made no claim for additional payment," a company spokeswoman said."): said for the denier (by a
    spokesperson, an executive, a statement, or a name the denial names too, "France's interior ministry" / "a
    ministry spokesman"), the quotation denies what the report said. After "A report ... that ... was denied by the
    operator", that sentence is the report."""
    quoted = QUOTATION.match(claim.text)
    if quoted is None or claim.kind == "denial":
        return None
    before = article.body[max(0, claim.start - _DENIED_REACH) : claim.start]
    if "\n\n" in before.rstrip():
        before = before.rstrip().rsplit("\n\n", 1)[1]
    sentences = [s for s in _SENTENCE_BREAK.split(before.strip()) if s.strip()]
    if not sentences:
        return None
    denial = sentences[-1]
    if REPORT_DENIED_IN_ONE.search(denial):
        report = denial
    elif ANAPHORIC_DENIAL.search(denial) and len(sentences) >= 2 and len(sentences[-2]) >= 20:
        report = sentences[-2]
        if not denies_this(denial, report):
            return None
    else:
        return None
    tail = quoted.group("tail")
    denier = {w.lower() for w in _NAME_WORD.findall(denial)}
    said_for = _SPEAKS_FOR.search(tail) or any(w.lower() in denier for w in _NAME_WORD.findall(tail) if w[0].isupper())
    return report if said_for else None


_DENIES_CHARGES = re.compile(
    r"\b(?:den\w+|reject\w*|refut\w*)\b[^.]{0,40}\b(?:the|these|those|such)\s+charges?\b", re.I
)
_NAMES_A_CHARGE = re.compile(r"\b(?:charg\w*|accus\w*|alleg\w*|indict\w*|suspected|counts?\s+of)\b", re.I)


def denies_this(denial: str, before: str) -> bool:
    """Can an anaphoric denial ("denied the allegations") answer the sentence before it? "denied the charges"
    answers only a sentence naming a charge, not "Prosecutors had asked for a 10-year sentence"."""
    return not _DENIES_CHARGES.search(denial) or bool(_NAMES_A_CHARGE.search(before))


@lru_cache(maxsize=65536)
def _bodies_countries(text: str, names: tuple[str, ...]) -> frozenset[str]:
    """The countries the text names only as the first words of a body's name ("the U.S. Geological Survey
    measured it at 6.4": United States), not as a place."""
    gaz = gazetteer()
    bodies = [n for n in names if entity_type(n) in ("organisation", "outlet", "other") and gaz.country_prefix(n)]
    if not bodies:
        return frozenset()
    rest = text
    for body in bodies:
        rest = rest.replace(body, " ")
    named = {gaz.canonical(m.name) or m.name for m in find_entities(rest)}
    return frozenset(c for b in bodies if (c := gaz.country_prefix(b)) and c not in named)


# Another happening than the claim's, and where it was: "as a parallel protest took place in Lisbon", "a separate
# attack in Gao".
_ELSEWHERE = re.compile(
    r"\b(?:(?:a|an)\s+(?:separate|parallel|rival|second|similar)|another)\s+(?:[\w-]+\s+)?(?:"
    + words_pattern(SUDDEN + UNFOLDING + GATHERINGS)
    + r")(?:e?s)?\b[^.;]{0,40}?\bin\s+"
)


# A place named as the point another is placed from: "a chemical plant east of Houston", "a village 40 km north of
# Lyon", "a mine 200 miles from Santiago". The place of the figures is unnamed there, not the city measured from.
_MEASURED_FROM = re.compile(
    r"\b(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|"
    r"(?:miles?|kilometres?|kilometers?|km)\s+(?:\w+\s+)?(?:from|of))\s+"
)


def _only_elsewhere(text: str, names: Iterable[str]) -> frozenset[str]:
    """The names the claim gives only as where another happening was ("8,000 marched in Porto, as a parallel
    protest took place in Lisbon": Lisbon), or as the point a place is measured from ("a plant east of Houston"),
    not where its own figures are."""
    starts = {m.end() for m in _ELSEWHERE.finditer(text)} | {m.end() for m in _MEASURED_FROM.finditer(text)}
    if not starts:
        return frozenset()
    return frozenset(
        name
        for name in names
        if any(text.startswith(name, start) for start in starts)
        and all(m.start() in starts for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    )


def _only_in_bodies(claim: Claim) -> frozenset[str]:
    return _bodies_countries(claim.text, tuple(claim.entities))


def owner_words(subject: str) -> str | None:
    """Whose or where a measured subject's figures are: the capitalised words it opens with ("North Korean" of
    "North Korean casualties"), else None."""
    m = _NATIONALITY.match(subject)
    return m.group("nat").strip() if m else None


_COMMON_WORD = 4.0  # a word this common in English is no name ("Consumer", "Factory"; "Meghna" is 6.5)


def _owner(claim: Claim) -> str | None:
    """``owner_words`` of the claim's subject, unless that is one ordinary English word capitalised only because
    it opens the sentence ("Consumer prices rose 3.3%", "Factory output fell"): no one's figures. A nationality
    ("Russian losses") or a place the gazetteer or the world's countries know is one, however common the word."""
    counted = _nationality_of_the_counted(claim)
    if counted is not None:
        return counted  # "Russian air defences destroyed 150 Ukrainian drones": the drones are Ukrainian
    owner = owner_words(claim.subject) if claim.subject else None
    if owner is None or " " in owner or not claim.text.lstrip(" \"'“‘(").startswith(owner):
        return owner
    known = gazetteer()
    if (
        owner in known.demonyms
        or known.canonical(owner) is not None
        or country_of(owner) is not None
        or rarity(owner.lower()) >= _COMMON_WORD
    ):
        return owner
    return None


# What follows a figure when its counted are of one nationality: "150 Ukrainian drones", "530 Egyptians", "41 of its
# nationals" (its: the country that tells it).
_NATIONALITY_AFTER = re.compile(
    r"[^\S\n]+(?:(?P<name>[A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+)?)\b(?=[^\S\n]+[a-z]|(?P<end>))"
    r"|of\s+its\s+(?:own\s+)?(?P<its>[a-z]+s)\b)"
)


def _counted_nationality(after: re.Match[str]) -> str | None:
    """The nationality a ``_NATIONALITY_AFTER`` match gives the counted: "530 Egyptians" (a plural of a nationality;
    not "40 Marines", "12 Democrats") or "150 Ukrainian drones" (a nationality before a noun)."""
    name = after.group("name")
    if name is None:
        return None
    if name.endswith("s") and is_nationality(name[:-1]):
        return name[:-1]
    if after.group("end") is None and (name in gazetteer().demonyms or is_nationality(name)):
        return name
    return None


def _nationality_of_the_counted(claim: Claim) -> str | None:
    """The nationality a figure's counted carry ("150 Ukrainian drones", "killed 40 Russian soldiers", "at least 530
    Egyptians died"), or the country that counts its own ("Jordan said 41 of its nationals had died"): whose the figure
    is, whoever the sentence's subject is."""
    for q in claim.quantities:
        after = _NATIONALITY_AFTER.match(claim.text, q.end - claim.start)
        if after is None:
            continue
        if after.group("its"):
            speaker = claim.speaker or ""
            if country_of(speaker) == speaker:  # ("Jordan said ... of its nationals"; not "the ministry said")
                return speaker
        elif (nationality := _counted_nationality(after)) is not None:
            return nationality
    return None


# longest first, then alphabetical: the same text in every process (a set's order is not; corpus/regex_cache.py)
_NUMBER_WORDS = "|".join(sorted(CARDINAL_WORDS, key=lambda w: (-len(w), w)))
_A_NUMBER = rf"(?<![\w.,])(?:\d(?:[\d,]*\d)?(?:\.\d+)?|(?i:{_NUMBER_WORDS})(?:-(?i:{_NUMBER_WORDS}))?)"
_A_NUMBER_AT = re.compile(_A_NUMBER)
# A country telling its own count: "Jordan said 41 of its nationals had died"; "Egypt's toll rose to 600".
_ITS_OWN_COUNT = re.compile(
    r"\b(?P<told>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:said|says|confirmed|reported|announced)\b[^.;]{0,60}?"
    + _A_NUMBER
    + r"\s+of\s+its\b"
    r"|\b(?P<owner>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['’]s\s+(?:own\s+)?(?:death\s+)?(?:toll|dead|casualties|losses)\b"
    # "Most of the dead were Egyptians, at least 323 of them"
    r"|\b(?P<people>[A-Z][a-z]+)s,?\s+(?:[a-z]+\s+){0,2}?" + _A_NUMBER + r"\s+of\s+them\b"
)


def nations_counted_apart(text: str) -> frozenset[str]:
    """The countries whose people a text counts apart ("at least 323 Egyptians", "Jordan said 41 of its nationals",
    "Thirty-five Pakistani pilgrims", "Egypt's toll"): an article naming two or more tells a count by nation, and a
    figure of it that names none is all nations' or another's, not one nation's."""
    found = set()
    for m in _A_NUMBER_AT.finditer(text):
        after = _NATIONALITY_AFTER.match(text, m.end())
        nationality = _counted_nationality(after) if after is not None else None
        if nationality is not None:
            found.add(country_of(nationality))
    for m in _ITS_OWN_COUNT.finditer(text):
        name = m.group("told") or m.group("owner")
        if name is not None and country_of(name) == name:
            found.add(name)
        elif m.group("people") and is_nationality(m.group("people")):
            found.add(country_of(m.group("people")))
    return frozenset(country for country in found if country)


def _linked_in_time(claim: Claim, article: Article) -> tuple[Claim, str | None]:
    """The claim as linked in time (``as_linked``: a figure told later than the time it is for is compared at
    that time) and the period its figures are for. A value it replaces is of an earlier time ("Turnout was 52.3%,
    up from 47.8% at the last election in 2024"): its period is neither the claim's time nor its figures'."""
    if not any(q.period for q in claim.quantities):
        return as_linked(claim, article), None
    priors = prior_figures(claim, article.body)
    own = [q for q in claim.quantities if all(q is not p for p in priors)]
    if len(own) == len(claim.quantities):
        return as_linked(claim, article), figures_period(claim)
    linked = as_linked(replace(claim, quantities=own), article)
    return replace(linked, quantities=claim.quantities), figures_period(linked)


# A total told of the count in the sentence before, naming nothing of what it counts: "That brings the total since
# January to 252", "This takes the running tally to 96", "The total now stands at 96", "Its tally rose to 96". (Not
# "The death toll rose to 31", "the total number of cases": those name what they count.)
_TOTAL_OF_THE_LAST = re.compile(
    r"(?:\d{1,2}[:.]\d{2}\s+)?(?:(?:that|this|it|which|these)\s+(?:brings?|brought|takes?|took|pushes|pushed|puts?|"
    r"raises?|raised|lifts?|lifted)\s+(?:the|its|their)\s+(?:overall\s+|running\s+|cumulative\s+|official\s+)?"
    r"(?:total|tally|count|number)\s+(?!of\b)"
    r"|(?:the|its|their)\s+(?:overall\s+|running\s+|cumulative\s+|official\s+)?(?:total|tally)\s+"
    r"(?:now\s+|so\s+far\s+)?(?:stands|stood|is|was|rose|has\s+risen|had\s+risen|climbed|has\s+climbed|reached|"
    r"has\s+reached)\b)",
    re.IGNORECASE,
)


def total_of_the_last(claim: Claim, body: str) -> str | None:
    """The sentence before a claim that tells a total of its count ("38 new measles cases were reported last week.
    That brings the total since January to 252."): what the total counts, which the claim does not say."""
    if not claim.quantities or _TOTAL_OF_THE_LAST.match(claim.text) is None:
        return None
    return sentence_before(body, claim.start)[1] or None


def is_headline(claim: Claim, article: Article | None) -> bool:
    """The claim is its article's headline (its title), in whatever case it is read (``as_read`` reads a title-case
    headline in sentence case)."""
    title = (article.title or "").strip() if article is not None else ""
    return bool(title) and claim.text.strip().casefold() == title.casefold()


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def lead_sentence_giving(f: Features) -> str | None:
    """For a headline, the lead's sentence that gives its first figure again ("Toyota recalls 1.85 million RAV4 SUVs"
    over "... said on Thursday it was recalling 1.85 million RAV4 SUVs worldwide"): what it tells of the figure (where,
    by whom), the headline tells in fewer words. None for a claim that is no headline, or a lead that does not."""
    if not f.claim.quantities or not is_headline(f.claim, f.article):
        return None
    figure = f.claim.quantities[0].text
    title = (f.article.title or "").strip()
    return next(
        (s for s in _SENTENCE_END.split(f.article.body[:LEAD_CHARS]) if figure in s and s.strip() != title), None
    )


def as_read(claim: Claim, article: Article) -> Claim:
    """The claim as its words are compared: a title-case headline's as a sentence writes it (``sentence_case_reading``:
    "Ann Lee Wins Velmar Race" -> "Ann Lee wins Velmar race"), so its capitals make no names; its stored text stays."""
    if not article.title or claim.text.strip() != article.title.strip():
        return claim
    reading = sentence_case_reading(claim.text, article.body)
    return claim if reading is None else replace(claim, text=reading)


def read_forms(claim: Claim, article: Article) -> tuple[Claim, Article]:
    """The claim (``as_read``) and its article as their names are compared: without accents (``unaccented``), so that
    "Bogotá" in one outlet is the "Bogota" of a wire. Their offsets are unchanged; an article or claim with no
    accented letter is itself."""
    article = _unaccented_article(article)
    return as_read(_unaccented_claim(claim), article), article


def _unaccented_claim(claim: Claim) -> Claim:
    text, speaker = unaccented(claim.text), unaccented(claim.speaker or "") or None
    entities = [unaccented(e) for e in claim.entities]
    chain = [unaccented(s) for s in claim.speaker_chain]
    if text == claim.text and speaker == claim.speaker and entities == claim.entities and chain == claim.speaker_chain:
        return claim
    return replace(claim, text=text, speaker=speaker, entities=entities, speaker_chain=chain)


# (one reading an article, shared by its claims: the rules keep what they work out of an article by its identity)
_UNACCENTED_ARTICLES: dict[str, tuple[Article, Article]] = {}


def _unaccented_article(article: Article) -> Article:
    held = _UNACCENTED_ARTICLES.get(article.id)
    if held is not None and held[0] is article:
        return held[1]
    title, body = unaccented(article.title or "") or article.title, unaccented(article.body)
    outlet = unaccented(article.outlet or "") or article.outlet
    read = (
        article
        if (title, body, outlet) == (article.title, article.body, article.outlet)
        else replace(article, title=title, body=body, outlet=outlet)
    )
    if len(_UNACCENTED_ARTICLES) >= 4096:
        _UNACCENTED_ARTICLES.clear()
    _UNACCENTED_ARTICLES[article.id] = (article, read)
    return read


def features(claim: Claim, article: Article) -> Features:
    claim, article = read_forms(claim, article)
    claim, period = _linked_in_time(claim, article)
    denied = denied_report(claim, article)
    about = claim.text if denied is None else f"{claim.text}\n{denied}"
    counted = total_of_the_last(claim, article.body)
    if counted is not None:
        about = f"{about}\n{counted}"  # (what "the total" counts is told before it)
    elif not claim.entities and corrections_of(claim, article.body, article.title):
        # ("It is worth £2.1bn.", naming nothing: what is worth it is told in the restated sentence before)
        about = f"{about}\n{restated_sentence(claim, article.body)}"
    words = stems(about)
    nationality = _owner(claim)
    types = [(e, entity_type(e)) for e in claim.entities if e not in UNIT_NAMES]
    if denied is not None:
        known = set(claim.entities)
        types += [(e, entity_type(e)) for e in with_countries(find_entities(denied)) if e not in known]
    elsewhere = _only_elsewhere(claim.text, (e for e, _ in types))
    return Features(
        claim=claim,
        article=article,
        words=words,
        topics=frozenset(topics_of(about)),
        main_topic=topic_of(claim.text) or (topic_of(denied) if denied else None),
        entities=_with_aliases(claim, article, frozenset(e for e, t in types if t != "outlet" and e not in elsewhere)),
        places=frozenset(
            e
            for e, t in types
            if t in PLACE_TYPES and not _said_by(claim, e) and e not in _only_in_bodies(claim) and e not in elsewhere
        ),
        nationality=nationality,
        period=(period or claim.date or "")[:7] or None,
        when=(claim.date or article.published or None),
        # (the denier's words quoted after its denial deny what the report said: ``denied_in_quotation``)
        polarity="deny" if denied is not None and claim.kind != "denial" else polarity_of(claim),
        speaker_key=_speaker_key(claim.speaker, article.body) if claim.speaker else "",
        content=content_words(claim, words),
        negated=negated(claim.text),
        lemmas=bag(about),
        years=years(claim.text),
        people=_people(claim, types, article),
        **article_features(article),
        **(_figure_features(claim, article) if claim.quantities else _NO_FIGURES),
    )


# "two weeks after it denied a report", "despite having rejected": an earlier denial the claim recalls.
_RECALLED_DENIAL_WORDS = (
    r"(?:\b(?:after|despite|since|having)\s+(?:\w+\s+){0,3}?(?:den(?:y|ying|ied)|dismiss\w*|reject\w*|rul\w+\s+out)\b|"
    # "confirming local reports the operator had denied", "a claim which it has repeatedly rejected": a report
    # the denier had denied, named by what it was (no "that": "reports that it had denied ..." may be the report)
    r"\b(?:reports?|claims?|accounts?|allegations?|rumou?rs?|stor(?:y|ies)|suggestions?)\s+(?:which\s+)?"
    r"(?:(?!that\b)[\w'’-]+\s+){0,3}?(?:had|has|have)\s+(?:(?:previously|earlier|initially|repeatedly|strongly|"
    r"already|publicly)\s+)?(?:denied|dismissed|rejected)\b)"
)
_RECALLED_DENIAL = re.compile(_RECALLED_DENIAL_WORDS, re.IGNORECASE)


def recalled_denial(text: str) -> re.Match[str] | None:
    """Where ``text`` recalls an earlier denial (\"two weeks after it denied a report\"), if it does."""
    return _RECALLED_DENIAL.search(text)


# "confirmed on Wednesday that it will close the plant, seven weeks after denying a report that it
# planned to": the denial is the past the confirmation sets itself against, not what it says.
_CONFIRMED_AFTER_DENIAL = re.compile(
    r"\b(?:confirm\w*|acknowledg\w*|admit\w*|conced\w*)\b[^.;]*?" + _RECALLED_DENIAL_WORDS, re.IGNORECASE
)


def _announced_after_denial(text: str) -> bool:
    """ "said on Wednesday it would cut 2,200 jobs, two weeks after it denied a report that it planned job
    cuts": the only denial is the one recalled; what the claim says, unnegated, is the announcement."""
    rest = _RECALLED_DENIAL.sub(" ", text)
    return rest != text and not DENIES.search(rest) and not negated(rest)


# "did not confirm the toll", "has not yet confirmed", "could not be independently verified", "was unable to
# confirm", "has yet to confirm", "would neither confirm nor deny", "did not deny": nothing said either way.
_WITHHOLDING_VERB = r"(?:confirm\w*|verif\w*|comment\w*|den(?:y|ied|ies)|be\s+(?:confirmed|verified))"
_WITHHELD = re.compile(
    r"\b(?:did|does|do|has|have|had|would|could|will|can|was|were|is|are|should|might|may)\s*(?:not|n[’']t|never)\s+"
    r"(?:(?:yet|immediately|independently|officially|publicly|been|be|able\s+to)\s+)*"
    + _WITHHOLDING_VERB
    + r"|\bcannot\s+(?:(?:yet|immediately|independently|be)\s+)*"
    + _WITHHOLDING_VERB
    + r"|\b(?:declined|declines|decline|refused|refuses|refuse|unable|failed|fails|yet)\s+to\s+"
    r"(?:(?:immediately|independently|publicly|officially)\s+)?" + _WITHHOLDING_VERB + r"|\bneither\s+confirm\w*"
    r"(?:\s+(?:or|nor)\s+den(?:y|ied|ies))?",  # "confirm or deny" after any of them: the denial is withheld too
    re.IGNORECASE,
)
_WITHHELD_TAIL = re.compile(r"\s+(?:or|nor)\s+(?:den(?:y|ied|ies)|confirm\w*)\b", re.IGNORECASE)
_CONFIRMS = re.compile(r"\b(?:confirm\w*|acknowledg\w*|admit\w*|conced\w*|verif\w*)\b", re.IGNORECASE)


def _unwithheld(text: str) -> str:
    """The text less what it says was neither confirmed nor denied ("declined to confirm or deny")."""
    out, at = [], 0
    for m in _WITHHELD.finditer(text):
        out.append(text[at : m.start()])
        at = m.end()
        tail = _WITHHELD_TAIL.match(text, at)
        if tail is not None:
            at = tail.end()
    return "".join(out) + text[at:]


# (a paper's retraction of a story denies what the story reported: "has retracted a story that claimed")
DENIES = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*|rul(?:e|ed|ing)\s+out|retract(?:ed|s|ing)?)\b",
    re.IGNORECASE,
)
# "said it had found no irregularities", "saw no evidence of": a statement on the denying side.
# (Not an aside: "as the strike entered its second day, with no sign of new talks", "showed no sign of slowing".)
_FOUND_NONE = re.compile(
    r"\b(?:found|find|finds|saw|seen|detected|uncovered)\s+(?:no|nothing)\b"
    r"|(?<!\bwith\s)(?<!\bshow\s)(?<!\bshows\s)(?<!\bshowed\s)(?<!\bshowing\s)\bno\s+(?:evidence|signs?|trace)\s+of\b",
    re.IGNORECASE,
)


# "said on Tuesday it was not in talks with any party about a sale": a denial of talks reported, in other words.
_SAID_NOT_IN_TALKS = re.compile(
    r"\b(?:said|says|told\s+[\w.]+)\s+(?:(?:on|late\s+on)\s+\w+day\s+|in\s+a\s+statement\s+)?(?:that\s+)?"
    r"(?:it|he|she|they|the\s+company|the\s+government)\s+(?:was|is|were|are)\s+not\s+(?:currently\s+)?"
    r"(?:in\s+(?:talks|negotiations|discussions)|negotiating|considering|planning|seeking|preparing)\b",
    re.IGNORECASE,
)


# The sentence's own verb withholds ("The government has yet to confirm the plan", "Police would not comment").
_SUBJECT_WITHHOLDS = re.compile(r"\W*(?:[\w'’.-]+\s+){1,6}?(?:" + _WITHHELD.pattern + ")", re.IGNORECASE)


def polarity_of(claim: Claim) -> str:
    """deny | confirm | assert: the claim's kind, unless a denial only recalls an earlier denial; an
    assertion that something was found not to be there denies it."""
    polarity = {"denial": "deny", "confirmation": "confirm"}.get(claim.kind, "assert")
    # The extractor no longer calls such a claim a denial (corpus/extract/claims.py kind_of): it may be any kind.
    if polarity in ("deny", "assert") and (
        _CONFIRMED_AFTER_DENIAL.search(claim.text) or _announced_after_denial(claim.text)
    ):
        return "confirm"
    if polarity in ("deny", "confirm") and _WITHHELD.search(claim.text):
        # "did not confirm the toll", "has not yet confirmed it", "did not deny it": no denial of it, and no
        # report of it either, unless the claim denies (or confirms) something besides.
        rest = _unwithheld(claim.text)
        if not (DENIES if polarity == "deny" else _CONFIRMS).search(rest):
            return "unconfirmed"
    if polarity == "assert" and (_FOUND_NONE.search(claim.text) or _SAID_NOT_IN_TALKS.search(claim.text)):
        return "deny"
    if polarity == "assert" and _SUBJECT_WITHHOLDS.match(claim.text):
        return "unconfirmed"  # "The government has yet to confirm the plan": no confirmation (claims.kind_of)
    return polarity


def article_features(article: Article) -> dict[str, Any]:
    """The fields every claim of ``article`` shares (its headline and lead): stored once per article."""
    return {
        "story": _story(article.title or "", article.body[:_LEAD_CHARS]),
        "headline": name_stems(article.title or ""),
        "lead_lemmas": lead_lemmas(article.title, article.body[:LEAD_CHARS]),
        "event_lemmas": article_bag(article.body),
        "event_years": article_years(article.body),
    }


@lru_cache(maxsize=4096)
def _acronyms(body: str) -> dict[str, str]:
    return defined_acronyms(body)


def _speaker_key(speaker: str, body: str) -> str:
    """One key for one speaker however the article names it: an acronym it defines is the name it stands for
    ("the JCS said" after "the Joint Chiefs of Staff (JCS)"), a name the gazetteer knows its canonical name. (A
    country's possessive stays: "Russia's Armed Forces" are not Ukraine's.)"""
    long = next((name for name, acronym in _acronyms(body).items() if acronym == speaker), None)
    key = long or speaker
    return gazetteer().canonical(key) or key


# Ship prefixes news writes before a vessel's name, or leaves out.
_VESSEL_PREFIXES = frozenset({"MV", "MS", "MT", "SS", "FV", "RMS", "HMS", "USS", "INS", "HMAS", "HMCS", "USNS"})


# The owner a body's name opens with: "Kessland's Civic Union", "Ukraine's Defence Ministry" (a capitalised name of one
# to three words, then the owned name, itself capitalised).
_POSSESSOR = re.compile(r"((?:[A-Z][\w-]+\s){0,2}[A-Z][\w-]+)['’]s\s+[A-Z]")


def _with_aliases(claim: Claim, article: Article, names: frozenset[str]) -> frozenset[str]:
    """The claim's entities with the names the text gives them elsewhere, so that reports meet on either:
    an acronym the article defines ("Provincial Disaster Management Authority (PDMA)"), a long body's
    initials, "the North" for the one North ... the article names."""
    acronyms = _acronyms(article.body)
    extra = set()
    for name in names:
        first, _, rest = name.partition(" ")
        if first in _VESSEL_PREFIXES and rest[:1].isupper():
            extra.add(rest)  # "MV Kalinda" is "the ferry Kalinda"
        owner = _POSSESSOR.match(name)
        if owner:
            extra.add(owner.group(1))  # "Kessland's Civic Union" is Kessland's: reports naming Kessland meet it
        if name in acronyms:
            extra.add(acronyms[name])
        elif len(name.split()) >= 3 and entity_type(name) == "organisation" and len(letters := initials(name)) >= 3:
            extra.add(letters)
    if "the North" in claim.text or "the South" in claim.text:
        country = directional_short_form(
            claim.text, set(names) | set(_story(article.title or "", article.body[:_LEAD_CHARS]))
        )
        if country:
            extra.add(country)
    return names | extra if extra else names


def _said_by(claim: Claim, name: str) -> bool:
    """The name is (a word of) who said the claim ("Brandt said"): a speaker, not a place it is about. A place the
    claim also names apart from its speaker ("recalling 48,000 vehicles in Canada, Transport Canada said") is the
    claim's."""
    speakers = [s for s in claim.speaker_chain or [claim.speaker or ""] if name in s.split() or name == s]
    if not speakers:
        return False
    rest = claim.text
    for speaker in speakers:
        rest = rest.replace(speaker, " ")
    return re.search(rf"\b{re.escape(name)}\b", rest) is None


# The last word of a name of a place, a building or a unit, never of a person's: "Betty Ford Clinic", "Cedars Hotel",
# "Harbour Light Recovery", "Orven Glacier"; "Rancho Mirage"'s like are caught by the word before them ("in Rancho
# Mirage"). (Not "Plant": "Robert Plant"; nor an event's, "Sunvale Festival", whose name still tells two apart.)
_NO_PERSON_END = frozenset(
    """
    Clinic Hospital Hotel Motel Prison Jail Stadium Arena Airport Station Church Cathedral Mosque Temple Synagogue Hall
    Park Square Street Road Avenue Bridge Beach Hills Springs Heights Falls Valley Island Islands Bay Lake Creek River
    County City Town Village Mall Market Tower Towers Court Courthouse Museum Gallery Theatre Theater Library Farm
    Estate Mine Port Harbour Harbor Plaza Gardens Ranch Resort Facility Boulevard Building Dairy Unit Centre Center
    Recovery Glacier Peninsula Gulf Ship Plant Factory Warehouse Headquarters
    """.split()
)
# Words no person's name holds: a ship's ("Warship INS Sukanya", "Naval Ship Orla").
_NO_PERSON_WORDS = frozenset({"Ship", "Warship", "Naval", "Navy"})
# A capitalised run after these names where something happened, not who: "checked into rehab in Rancho Mirage",
# "the city of Bandar Abbas", "35 miles southwest of Bandar Abbas".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|into|(?:city|town|village|port|capital|province|region|state|district)\s+of|"
    r"(?:(?:north|south)(?:-?east|-?west)?|east|west)\s+of)\s+(?:the\s+)?$"
)


def _a_person(name: str, text: str) -> bool:
    """A name the guess took for a person's is no place or building: not one ending in a word of a place
    ("Betty Ford Clinic") nor one the claim writes where something happened ("in Rancho Mirage"); nor a count of
    people ("Two Canadian hikers were lifted off the ridge"), nor a title the claim quotes ("the “Sea
    Glass” star": a film, a book, a show); nor a rank written short before a name ("Homicide Capt. Ray Dunn"), nor
    the claim's source named where its attribution missed it ("according to her publicist, Jo Marr"); nor a thing
    named after an article ("the Boston Red Sox"), nor words a title-case headline's reading writes small."""
    words = name.split()
    if words[-1] in _NO_PERSON_END or words[0].lower() in CARDINAL_WORDS:
        return False
    if any(word in _NO_PERSON_WORDS or word in _VESSEL_PREFIXES for word in words):
        return False
    if len(words) >= 2 and countries_of_place(name):
        return False  # "New Delhi", "Green Bay": a town or region the gazetteer knows
    at = text.find(name)
    end = at + len(name)
    if at < 0:
        written = _written(name, text)
        if written is None:
            return True
        capitals = next((i for i, word in enumerate(written.group().split()) if word[:1].islower()), len(words))
        if capitals < 2:
            return False  # "Powerful quake in Iran kills 10" (its headline "Powerful Quake in Iran Kills 10"): words
        at, end = written.span()
    if _ARTICLE_BEFORE.search(text, max(0, at - 5), at) and not _noun_after(text, end):
        return False  # "the Hollywood Reporter", "the Boston Red Sox": a thing named, no one
    if _QUOTE_OPENS.search(text, max(0, at - 2), at) and _QUOTE_CLOSES.match(text, end):
        return False
    if words[-1].lower() in TITLE_ABBREVIATIONS and text.startswith(".", end):
        return False  # "Homicide Capt. Ray Dunn": the rank of the person named after it
    if _SOURCE_BEFORE.search(text, max(0, at - 60), at) or _SOURCE_AFTER.match(text, end):
        return False  # "according to her agent, Jo Marr", "coach Ray Dunn said": who told it, not who it is about
    return _PLACE_BEFORE.search(text, max(0, at - 20), at) is None


def _written(name: str, text: str) -> re.Match[str] | None:
    """Where ``text`` writes ``name``: in other capitals ("powerful quake" for a headline's "Powerful Quake"), else
    by its last word or its first ("Ross" for "Gary Ross", "Vancouver" for "Vancouver Sun")."""
    found = re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
    if found is not None or " " not in name:
        return found
    words = name.split()
    return re.search(rf"\b{re.escape(words[-1])}\b", text) or re.search(rf"\b{re.escape(words[0])}\b", text)


# An article before a name makes it a thing's ("the Hollywood Reporter", "the New Orleans Saints"): a person's name
# takes none ("the actress Jo Marr" has a role between). (Not before a noun: "the Linden Rock festival" tells which
# festival as a name would.)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|an?|An?)\s+$")
_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")


def _noun_after(text: str, end: int) -> bool:
    """A lower-case word after ``end`` that may be a noun the name qualifies: not a word of grammar ("the Saints
    on Wednesday", "the Saints have") nor a verb in the past ("the Saints placed")."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1) not in _STOP and not word.group(1).endswith("ed")


# The one a claim is told by, named where the attribution missed it: "according to her publicist, Jo Marr",
# "Jo Marr, a spokesman, said", "said head coach Jo Marr".
_SOURCE_BEFORE = re.compile(r"\b(?:[Aa]ccording\s+to\s+(?:[^,.;]{0,40},\s+)?|(?:said|says)\s+(?:[a-z]+\s+){0,3})$")
_SOURCE_AFTER = re.compile(r"(?:,[^,.;]{0,60},)?\s+(?:said|says|told|tells)\b")


# A name between quotation marks is a title, not who: “Sea Glass”, 'Harbour Nights', "The Long Road".
_QUOTE_OPENS = re.compile(r"[\"“‘']\s?$")
_QUOTE_CLOSES = re.compile(r"\s?[\"”’']")


def _people(claim: Claim, types: list[tuple[str, str]], article: Article | None = None) -> frozenset[str]:
    speakers = {w for name in (claim.speaker_chain or [claim.speaker or ""]) for w in name.split()}
    named = frozenset(
        _after_abbreviated_role(e)
        for e, t in types
        if t == "person" and e.split()[-1] not in speakers and _a_person(e, claim.text)
    )
    if article is None:
        return named
    # ("The running back has been placed on injured reserve by the New Orleans Saints": the running back the
    # article names, whatever else the claim names)
    surnamed = (name for name in _surnames_of_story_people(types, article) if name.split()[-1] not in speakers)
    return named | role_named(claim.text, article.body) | frozenset(surnamed)


def _surnames_of_story_people(types: list[tuple[str, str]], article: Article) -> frozenset[str]:
    """The story person a bare surname stands for when no type reads it as one ("Bush" after a lead naming
    "Reggie Bush": the gazetteer knows "Bush" as another's name): the one person of the article's headline and
    lead whose last word it is; none when two story people share it."""
    story_people = [
        name
        for name in _story(article.title or "", article.body[:_LEAD_CHARS])
        if " " in name and entity_type(name) == "person"
    ]
    found = set()
    for name, kind in types:
        if " " in name or kind == "person":
            continue
        owners = [person for person in story_people if person.split()[-1] == name]
        if len(owners) == 1:
            found.add(owners[0])
    return frozenset(found)


_ABBREVIATED_ROLE = re.compile(r"^[A-Z]{2,4}$")  # "RB", "QB", "CEO", "MP"


def _after_abbreviated_role(name: str) -> str:
    """The person of a title-case run that names a team or body, a role's abbreviation and the person ("Saints RB
    Pierre Thomas": "Pierre Thomas"), else the name as found."""
    words = name.split()
    marks = [i for i, w in enumerate(words[:-1]) if _ABBREVIATED_ROLE.match(w) and i > 0]
    return " ".join(words[marks[-1] + 1 :]) if marks and len(words) - marks[-1] - 1 >= 2 else name


# A role a news report calls someone by once it has named them: "the running back", "the actress", "the
# 7th-ranked player". The article names them with the role beside the name ("running back Pierre Thomas",
# "actress Lindsay Lohan", "Tara Reid, the actress").
_ROLES = (
    r"(?:wide\s+)?receiver|quarterback|running\s+back|linebacker|lineman|cornerback|tight\s+end|kicker|pitcher|"
    r"catcher|shortstop|goalkeeper|striker|midfielder|actress|actor|singer|rapper|comedian|model|star|musician|"
    r"director|novelist|author|climber|mountaineer|boxer|champion|golfer|sprinter|swimmer|cyclist|guard|forward|"
    r"centre|center|senator|governor|congressman|congresswoman|lawmaker|mayor|suspect|gunman|defendant|inmate|"
    r"neurosurgeon|surgeon|coach|manager|chief\s+executive|founder|mobster|informant"
)
_THE_ROLE = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+)?(?P<role>{_ROLES})\b(?!\s+[A-Z])")
_NAME = r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2})"
_ROLE_THEN_NAME = re.compile(rf"\b(?P<role>(?i:{_ROLES}))\s+{_NAME}\b")
_NAME_THEN_ROLE = re.compile(rf"{_NAME},\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?P<role>{_ROLES}),")


@lru_cache(maxsize=1024)
def _roles_named(body: str) -> dict[str, str]:
    """Per role, the one person the article names with it ("running back Pierre Thomas"); a role named with two
    people is left out."""
    found: dict[str, set[str]] = {}
    for pattern in (_ROLE_THEN_NAME, _NAME_THEN_ROLE):
        for m in pattern.finditer(body):
            role = " ".join(m.group("role").lower().split())
            found.setdefault(role, set()).add(m.group("name"))
    return {role: names.pop() for role, names in found.items() if len(names) == 1}


def role_named(text: str, body: str) -> frozenset[str]:
    """The person ``text`` calls by a role ("The running back has been placed on injured reserve") when the
    article ``body`` names exactly one person with that role; empty otherwise."""
    roles = {" ".join(m.group("role").lower().split()) for m in _THE_ROLE.finditer(text)}
    if len(roles) != 1:
        return frozenset()
    name = _roles_named(body).get(roles.pop())
    return frozenset({name}) if name else frozenset()


@lru_cache(maxsize=4096)
def lead_lemmas(title: str | None, lead: str) -> dict[str, float]:
    return story_bag(title, lead)


PLACE_TYPES = frozenset({"place", "country", "other"})


@lru_cache(maxsize=65536)
def entity_type(name: str) -> str:
    """The gazetteer's type for a known name, else the general guess."""
    known = gazetteer().entities.get(name)
    if known:
        return known.type
    if " " in name and country_of(name) is not None:
        return "other"  # "Sierra Leone", "North Macedonian": a country or its people, as "Kenya" is, never a person
    return guess_type(name)


_NEGATED = re.compile(
    r"\b(?:had|has|have|did|does|do|was|were|is|are|would|could|will|should|shall|must|might|may)\s+(?:not|never)\b"
    r"|\bcannot\b|\bn[’']t\b|\bnever\b"
    # "There are no plans to close Lund", "no plans to sell": nothing of the kind
    r"|\bthere\s+(?:is|are|was|were|has\s+been|have\s+been)\s+no\b|\bno\s+plans?\s+to\b"
    # "No bank card details were taken", "None of the passengers was hurt": the subject says nothing was
    # (opening the sentence or the quotation: "said no such step was planned" may recall another's statement)
    r"|(?:^|[.!?]\s+|[\"“‘]\s*)"
    r"(?:no\s+(?:[\w'’-]+\s+){1,4}?|none\s+of\s+(?:the|its|their|our|his|her)\s+(?:[\w'’-]+\s+){0,4}?|nobody\s+|"
    r"nothing\s+)(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s",
    re.IGNORECASE,
)


def negated(text: str) -> bool:
    """ "had not crossed", "never": a cheap look for the words before the pattern."""
    lowered = text.lower()
    # ("no" is in "not", "none" and "nobody" too)
    return any(word in lowered for word in ("no", "n't", "n’t", "never")) and bool(_NEGATED.search(text))


# Money a donor, lender or court names, or a deal's fee: compared only as "the same sum" or "a different sum".
MONEY_MEASURES = (
    frozenset({"amount", "aid", "funding", "investment", "loans", "fine", "bail", "salary", "price", "valuation"})
    | FEES
)
# Named sums that price one thing or deal ("will cost £420m", "a budget of £420m", "damages of $3m"), which the same
# sum told with no purpose ("the £420m bridge", "a deal worth $3m") may be. (Not a period's result or charge:
# revenue, profit, loss, dividend, tax, wages, royalties and rent are other sums than a deal's.)
PRICED_SUMS = frozenset(
    {
        "cost",
        "budget",
        "spending",
        "payment",
        "damages",
        "settlement",
        "ransom",
        "prize money",
        "bonus",
        "bribes",
        "donations",
    }
)


def sums_meet(m: str | None, n: str | None) -> bool:
    """Two sums' purposes that may be one sum: money a donor, lender or court names, or a sum told with no purpose
    ("the £420m bridge") against a named one ("will cost £420m"). Two named purposes of other kinds ("a cost of
    £420m", "revenue of £420m") are two sums, compared as figures of their own family if at all."""
    return (m in MONEY_MEASURES and n in MONEY_MEASURES) or "amount" in (m, n)


_SUPERSEDED = re.compile(
    r"\b(?:previous|earlier|initial|prior|preliminary|original|old)\s+(?:\w+\s+)?(?:estimate|figure|toll|count|tally|report|number)s?\b|"
    r"\b(?:had|have|has)\s+(?:earlier|previously|initially|first)\b|\b(?:earlier|previously|initially)\s+(?:reported|said|put|estimated|gave)\b",
    re.IGNORECASE,
)


_LEAD_CHARS = 400
_STORY_TYPES = frozenset({"place", "country", "other", "person"})


# Units named after people, capitalised as names are ("44 degrees Celsius"): no place or party of a story.
UNIT_NAMES = frozenset({"Celsius", "Fahrenheit", "Kelvin", "Richter"})


@lru_cache(maxsize=4096)
def _story(title: str, lead: str) -> frozenset[str]:
    """What the article is about: the places and names in its headline and first lines.

    A claim that names no place ("More than 24,000 people have been forced from
    their homes") is about the place its article's lead names.
    """
    text = title + "\n" + lead
    lower = {stem(word) for word in _LOWER_WORD.findall(text)}  # what the text writes in lower case
    title_case = _title_case(title)
    names = [
        m
        for m in find_entities(text)
        if m.type in _STORY_TYPES
        # (a country opening the headline is the country: "Mongolia mine disaster: what we know")
        and (not m.tentative or (m.start == 0 and country_of(m.name) is not None))
        and not _capitalised_word(m, text, lower)
        and not _common_word_opening(m, text)
        and not (title_case and m.start < len(title) and not m.known and m.surface not in lead)
        and m.name not in UNIT_NAMES
        # (a number opening the lead after a headline with no full stop: "Thirty-one miners have died", no name)
        and not all(w in CARDINAL_WORDS or w in ("hundred", "thousand") for w in m.name.lower().split("-"))
        and not _speaker_label(m, text)
    ]
    places = {base for m in names if not m.known for base in demonym_bases(m.name)}
    return frozenset(m.name for m in names) | places


@lru_cache(maxsize=4096)
def _tentative_story(title: str, lead: str) -> frozenset[str]:
    names = (m for m in find_entities(title + "\n" + lead) if m.type in _STORY_TYPES and m.tentative and not m.known)
    return frozenset(m.name for m in names if " " not in m.name and m.name[1:].islower())


@per_article  # (asked of pairs)
def tentative_story(article: Article) -> frozenset[str]:
    """The single names the article's headline and lead write only at a sentence's opening ("Nordrail says the
    deal will cost it 40 million euros"), which :func:`_story` leaves out as maybe a capitalised common word: a
    name when another article of the story writes it as one."""
    return _tentative_story(article.title or "", article.body[:_LEAD_CHARS])


def _speaker_label(m: Mention, text: str) -> bool:
    """A transcript's speaker label, a capitalised word opening a line before a colon ("PRESENTER: The water
    authority has denied ...", "HALE: Officials here now put ..."): who speaks, not what the story is about."""
    return m.surface.isupper() and (m.start == 0 or text[m.start - 1] == "\n") and text[m.end : m.end + 1] == ":"


_OPENS = re.compile(r"(?:^|[\n.!?:]\s*|[\"“‘]\s*)$")
_LOWER_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z’'-]*")
# Amounts in words open many headlines and leads ("Dozens hurt in ...", "Thousands march ..."): no name.
_AMOUNT_WORDS = frozenset("dozens scores tens hundreds thousands millions billions".split())


def _title_case(title: str) -> bool:
    """A headline that capitalises its words ("Three Killed as Armed Men Rob Dovra Jewellers"): its capitals
    say nothing of names, so only what the lead writes again, or the gazetteer knows, is one."""
    words = re.findall(r"[A-Za-z]{4,}", title)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _common_word_opening(m: Mention, text: str) -> bool:
    """One of the commonest English words capitalised because it opens the headline, a line or a sentence
    ("Three", "Armed men robbed", "Consumer prices"): no name, as ``_owner`` reads it; a rarer word ("Halvard
    agreed", "Lyon bus drivers") may be one, and a place the gazetteer knows or a nationality is one."""
    if m.known or " " in m.surface or not _OPENS_OR_DASH.search(text, 0, m.start):
        return False
    return m.surface not in gazetteer().demonyms and rarity(m.surface.lower()) < _COMMONEST_WORD


# Commoner than "Lyon" (2.7) or "Cork" (2.8), towns a gazetteer may not hold: "Consumer" and "Armed" are 1.9.
_COMMONEST_WORD = 2.0
# A sentence's opening, or a dateline's dash before it ("DOVRA (Wire) - Armed men ...").
_OPENS_OR_DASH = re.compile(r"(?:^|[\n.!?:]\s*|[\"“‘]\s*|\s[-–—]\s*)$")


def _capitalised_word(m: Mention, text: str, lower: set[str]) -> bool:
    """ "Rents were 6.1% higher ... why the rent goes up": a common English word capitalised only because it
    opens a line or sentence, which the text itself also writes in lower case, not a place or person the
    story is about. (How common a word is in English says nothing here: "Portugal", "London" and "Texas"
    are as frequent as "prices", but no text writes them in lower case.) ``lower``: the stems of the
    words ``text`` writes in lower case."""
    return (
        not m.known
        and " " not in m.surface
        and bool(_OPENS.search(text, 0, m.start))
        and (
            m.surface.lower() in _AMOUNT_WORDS or stem(m.surface.lower()) in lower  # "Rents" ... "rent"
        )
    )


def dateline_named(a: Features, b: Features) -> bool:
    """One article's dateline place is a place the other's headline or lead names: a town a wire report is
    datelined in and a local paper writes about, with no country in common named."""
    if shared_dateline(a, b):
        return True  # both datelined in one town: "OKEBA, Nigeria (AFP) -" / "OKEBA -"
    for x, y in ((a, b), (b, a)):
        places = dateline_places_of(x)
        if places and any(name.casefold() in places for name in y.story):
            return True
    return False


_HEADLINE_DAYS = 3  # (days between two reports matched on their headlines' words alone)


def same_story(a: Features, b: Features, days: int = 14) -> bool:
    """Same article, or articles a few days apart whose headlines and leads name the same place or person
    (or one names the place the other is datelined in); one undated, about the other's event (its whole text)."""
    if a.article.id == b.article.id:
        return True
    x, y = published_day(a), published_day(b)
    # Two reports within days whose headlines share two words ("Landslide at Indonesian gold mine kills at least
    # 11" / "Mine landslide toll climbs to 24"), though their leads name the place differently (the island, the
    # district): one story, as a headline naming nobody is matched on its words.
    near = x is not None and y is not None and abs(x - y) <= _HEADLINE_DAYS
    if _countries_apart(a, b):
        return False  # "Somalia floods kill 31" / "Kenya floods kill 31": one wording, two countries' stories
    if (
        not (a.story & b.story)
        and not ((not (a.story and b.story) or near) and len(a.headline & b.headline) >= 2)
        and not dateline_named(a, b)
        and not _country_and_unplaced_town(a, b)
    ):
        # A headline naming nobody ("Ministry revises teachers' strike figure") is matched on its words.
        return False
    if x is None or y is None:
        if bool(a.article.published) != bool(b.article.published):
            return _undated_of_one_event(a, b)
        return (a.article.published or "")[:7] == (b.article.published or "")[:7] != ""
    return abs(x - y) <= days


# Rare words (``statements.bag`` weights) both leads share, at least, for a country's story and an unplaced town's
# to be one: "plant", "chemical", "residents", "homes" of a chlorine leak; "pile-up", "motorway", "fog" of a crash.
_TOWN_AND_COUNTRY_WORDS = 3
_RARE_LEAD_WORD = 1.4


@per_article  # (asked of pairs)
def _article_lemmas(article: Article) -> dict[str, float]:
    """``lead_lemmas`` of the article's headline and whole body."""
    return lead_lemmas(article.title, article.body)


def _country_and_unplaced_town(a: Features, b: Features) -> bool:
    """Reports days apart, one's headline and lead naming a country and the other's naming only what no gazetteer
    places (a town, a works: "Chlorine leak at Czech plant forces 3,000 from homes" / "Hranice residents return home
    after chemical scare"), whose leads share several rare words: one story told from the country and from its town,
    which may lie in it. The country's report comes first, as the wire's first lead names a country and later local
    reports the town (a report from another country after the town's is a second happening: "Ammonia leak forces
    evacuation in Slovakia" the day after the Hranice report)."""
    x, y = published_day(a), published_day(b)
    if x is None or y is None or abs(x - y) > _HEADLINE_DAYS:
        return False
    for (country_side, day), (town_side, town_day) in (((a, x), (b, y)), ((b, y), (a, x))):
        if day > town_day or not _story_countries(country_side) or not town_side.story:
            continue
        if any(country_of(name) is not None for name in town_side.story):
            continue  # (a known place or nationality on both sides is compared as such)
        mine, theirs = _article_lemmas(country_side), _article_lemmas(town_side)
        rare = sum(1 for word, weight in mine.items() if weight >= _RARE_LEAD_WORD and word in theirs)
        return rare >= _TOWN_AND_COUNTRY_WORDS
    return False


def _undated_of_one_event(a: Features, b: Features) -> bool:
    """One article undated (an explainer, an analysis, a Q&A) whose whole text shares enough with the other's to be
    about one event (``statements.SAME_EVENT_ARTICLES``, and no years apart): of one story, though no day says so."""
    if any(f.years - {(f.article.published or "")[:4]} or _LAST_YEAR.search(f.claim.text) for f in (a, b)):
        return False  # "In 2019, police detained 140 people": another year's happening, recalled
    return bool(a.story & b.story) and same_event_articles(a, b)


_LAST_YEAR = re.compile(r"\b(?:last|previous|past)\s+(?:year|season)\b", re.IGNORECASE)


def _countries_apart(a: Features, b: Features) -> bool:
    """Both stories name a country, share none of them (a dateline's country is where the bureau is:
    "NAIROBI, Kenya (AP) - Floods in Somalia ...") and share no other name but their datelines' (a recall of
    Voltra's batteries in the United States and its expansion to Canada are one story)."""
    mine = _story_countries(a)
    if not mine or not (theirs := _story_countries(b)) or mine & theirs:
        return False
    towns = {w for town in dateline_places_of(a) | dateline_places_of(b) for w in town.split()}
    return all(country_of(name) is not None or name.lower() in towns for name in a.story & b.story)


@per_claim
def _story_countries(f: Features) -> frozenset[str]:
    """The countries the headline and lead name, less one named only in the dateline."""
    from corpus.extract.datelines import dateline_at

    countries = frozenset(name for name in f.story if country_of(name) == name)
    dateline = dateline_at(f.article.body)
    if dateline is None:
        return countries
    head, rest = f.article.body[: dateline.end], f.article.body[dateline.end : dateline.end + _LEAD_CHARS]
    return frozenset(name for name in countries if name not in head or name in rest or name in (f.article.title or ""))


def days_between(x: str, y: str) -> int | None:
    """Days between two ISO days ("2026-03-01"), None unless both give a valid day."""
    if len(x) < 10 or len(y) < 10:
        return None
    try:
        return abs((date.fromisoformat(x[:10]) - date.fromisoformat(y[:10])).days)
    except ValueError:
        return None


@per_claim  # (callers read it, never change it)
def framed_claim(f: Features) -> Claim:
    """The claim with each figure's measure read as its frame (``frames.framed``), once a claim: the rules
    ask it of a claim in pair after pair."""
    return framed(f.claim)


@per_claim
def published_day(f: Features) -> int | None:
    """The article's day of publication as a day number, None unless it gives the day."""
    published = f.article.published or ""
    return date.fromisoformat(published[:10]).toordinal() if len(published) >= 10 else None


def similarity(a: Features, b: Features) -> float:
    """Overlap of content words, 0..1 (Szymkiewicz–Simpson, softened by the union)."""
    if not a.words or not b.words:
        return 0.0
    inter = len(a.words & b.words)
    x, y = len(a.words), len(b.words)
    return 0.5 * inter / min(x, y) + 0.5 * inter / (x + y - inter)  # (the union's size)


# Words of attribution: who said it and in which role, not what was said.
_ROLE_WORDS = stems(
    "chief head spokesman spokeswoman spokesperson official officials minister ministry regional local "
    "leader president secretary director commander officer police statement news agency reporters conference "
    "told announced stated added quoted saying military army government "
    # titles before a name ("Chief executive Marta Solis", "Managing director Ilka Brandt"): who, not what
    "executive managing deputy chairman chairwoman chairperson vice"
)


def speaker_stems(claim: Claim) -> frozenset[str]:
    """The word stems of who said the claim: its speaker chain's names, else its speaker's."""
    return frozenset().union(
        *(name_stems(name) for name in claim.speaker_chain or ([claim.speaker] if claim.speaker else []))
    )


def content_words(claim: Claim, words: frozenset[str]) -> frozenset[str]:
    """A claim's content-word stems less its speakers' names and attribution words."""
    return words - speaker_stems(claim) - _ROLE_WORDS


def _content(a: Features, b: Features) -> tuple[frozenset[str], frozenset[str]]:
    return a.content, b.content


def shared_content(a: Features, b: Features) -> frozenset[str]:
    """The content-word stems both claims use, beyond who said them."""
    x, y = _content(a, b)
    return x & y


def content_similarity(a: Features, b: Features) -> float:
    """``similarity`` over what the claims say, less the speakers' names and roles."""
    x, y = _content(a, b)
    if not x or not y:
        return 0.0
    inter = len(x & y)
    return 0.5 * inter / min(len(x), len(y)) + 0.5 * inter / (len(x) + len(y) - inter)  # (the union's size)
