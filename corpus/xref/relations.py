"""Decide the relation between two candidate claims (or none).

Precision first: "conflicts" needs the same measure, the same stated period,
incompatible intervals and two unhedged sources — or a denial against a
confirmation of the same thing in the same period. Anything less certain
becomes "updates" (a later figure) or "related".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from corpus.countries import country_of, country_of_capital
from corpus.extract import cues
from corpus.extract.article import figures_period
from corpus.extract.attribution import a_state_or_country
from corpus.extract.claims import hedged_beyond_figures
from corpus.extract.dates import MONTH_NAME, WEEKDAYS, claim_dates, find_dates, resolve, tells_year_so_far
from corpus.extract.entities import gazetteer
from corpus.extract.measures import is_money
from corpus.extract.number_words import TENS, UNITS
from corpus.extract.quantities import FAMILY as FAMILY_SIZE
from corpus.extract.quantities import written_step
from corpus.model import Article, Claim, Quantity, XRef
from corpus.towns import around_capital, countries_of_place, countries_of_region
from corpus.xref.anaphora import _STANDS_BY, stands_by_figure
from corpus.xref.blocking import name_rarity
from corpus.xref.corrections import corrected_figures, corrects, restated_error, restated_sentence
from corpus.xref.denied_thing import denial_of_another_thing
from corpus.xref.displacement import ordered_and_sheltered, stock_and_flow
from corpus.xref.disputes import (
    _PLANNED,
    _contradicts,
    _planned,
    announced_plan,
    close_in_time,
    contradicted_denial,
    denial_in_story,
    later_reversal,
    money_relation,
    months_between,
    opens_with_its_time,
    recalls_a_no,
    reversal_told_as_such,
    same_story_report,
)
from corpus.xref.doers import a_singular_name, sides_apart
from corpus.xref.features import (
    ANIMALS,
    AREA_HECTARES,
    DENIES,
    FAMILY,
    PLACE_TYPES,
    SUPERLATIVES,
    Features,
    Figure,
    compared_measure,
    content_similarity,
    converted_figure,
    days_between,
    entity_type,
    framed_claim,
    is_headline,
    lead_sentence_giving,
    nations_counted_apart,
    outlooks_beside_results,
    published_day,
    recalled_denial,
    same_story,
    set_aside,
    shared_content,
    similarity,
    stems,
    tentative_story,
)
from corpus.xref.figure_roles import day_of_an_event, figure_clause, says_running_total
from corpus.xref.figure_scope import a_part_alone_and_another, figures_of_other_scopes
from corpus.xref.figures_abroad import figures_set_abroad
from corpus.xref.forewarned import forewarned_alike, warned_about
from corpus.xref.frames import AGE, OUTCOME_MEASURES, PAY_MEASURES, SHARE_MOVES, is_move, is_risk
from corpus.xref.happening_scope import (
    HARMED_FAMILIES,
    a_new_one_and_a_named_one,
    a_sighting_and_a_toll,
    an_incident_and_a_span,
    incidents_of_other_days,
    one_named_and_all,
    several_happenings_and_one,
    spans_of_other_lengths,
    two_named_happenings,
)
from corpus.xref.happenings import ACTS, BODY_AFTER_A_HAPPENING, CANONICAL, SUDDEN, UNFOLDING, words_pattern
from corpus.xref.happenings import GATHERINGS as GATHERING_WORDS
from corpus.xref.levies import levies_of_other_directions
from corpus.xref.memo import claim_says, one_says_each, per_article, per_claim, per_pair
from corpus.xref.nearby import sentence_before
from corpus.xref.origins import figure_sources, figures_origin, origin_of, relays_its_origin, someone_described
from corpus.xref.places import (
    bodies_of_other_countries,
    cases_of_other_countries,
    countries_counted_in,
    countries_named_in,
    countries_placed_in,
    crossings_into_other_countries,
    dateline_regions,
    dateline_regions_of,
    displaced_within_and_abroad,
    lead_past_dateline,
    leads_of_other_countries,
    other_countries,
    own_countries,
    own_country_apart,
    owner_unnamed_by_the_other,
    places_apart,
    regions_apart,
    restating_lead,
    statements_of_other_nations,
    stories_of_other_countries,
    summed_places_and_one,
    tallied_in_other_countries,
)
from corpus.xref.polls import poll_reading, poll_relation
from corpus.xref.reasons import family_starts, figure_reason, statement_reason
from corpus.xref.revisions import resolves_missing, text_says_revised
from corpus.xref.stages import stages_apart
from corpus.xref.statements import _MIN_SHARED as HAPPENING_SHARED
from corpus.xref.statements import (
    LEAD_CHARS,
    RELATED_HAPPENING,
    SAME_EVENT_SHARED,
    SAME_HAPPENING,
    act_clause,
    action_words,
    actions_of,
    common_words,
    different_parties,
    different_people,
    different_times,
    event_overlap,
    happened_words,
    happening_score,
    head_of,
    kindred,
    lead_acts,
    leads_tell_one_event,
    name_words,
    one_body,
    one_event_told,
    only_aimed_at,
    overlap,
    patient_of,
    same_event_articles,
    shared_weight,
    top_shared,
)
from corpus.xref.stems import phrases, stem
from corpus.xref.storms import STORM_NAME, storms_apart
from corpus.xref.subjects import (
    dateline_places_of,
    demonym_bases,
    different_protagonists,
    different_votes,
    headlines_named_apart,
    lead_names,
    lead_names_of,
    names_the_protagonist,
    protagonist_words,
    rounds_apart,
    shared_dateline,
    shared_protagonist,
    vessel_names,
)
from corpus.xref.weapon_fates import weapon_fates_apart
from corpus.xref.whose_count import counts_of_other_doers


@dataclass(slots=True)
class Candidate:
    """A relation found between two claims; the reason is only worded if the link is kept."""

    source: str
    target: str
    relation: str
    score: float
    reason: Callable[[], str]
    pair: tuple[Features, Features] | None = None  # the two claims' features, for the matched fields
    family: str | None = None  # the measure whose figures the link compares, if it compares figures

    def to_xref(self) -> XRef:
        reason = self.reason()
        matched = matched_fields(*self.pair) if self.pair else []
        return XRef(self.source, self.target, self.relation, self.score, reason, rule_of(reason), matched)


def _figure_link(new: Features, old: Features, family: str, relation: str, score: float, verdict: str) -> Candidate:
    """A link between two figures of one measure, its reason worded from both only if it is kept."""
    return Candidate(
        new.claim.id, old.claim.id, relation, score, lambda: figure_reason(new, old, family, verdict), family=family
    )


def _statement_link(new: Features, old: Features, relation: str, score: float, what: str) -> Candidate:
    """A link between two statements, its reason worded from both only if it is kept."""
    return Candidate(new.claim.id, old.claim.id, relation, score, lambda: statement_reason(new, old, what))


_SAME_EVENT_OVERLAP = 0.25
_EVENT_WORD: float | None = 2.0
_RELATED_MIN = 0.22
_CORROBORATE_MIN = 0.38
_POLARITY_MIN = 0.15
# "Same report" needs shared words beyond who said it ("regional police chief Jorge Salas said ...").
_SAME_REPORT_CONTENT = 0.3
_CONFIRMATION_CONTENT = 0.2


def _interval(fig: tuple[float | None, float | None, float | None]) -> tuple[float, float]:
    value, low, high = fig
    lo = low if low is not None else (value if value is not None and high is None else float("-inf"))
    hi = high if high is not None else (value if value is not None and low is None else float("inf"))
    if low is None and high is None and value is not None:
        lo = hi = value
    return lo, hi


def _approximate(fig: Figure) -> bool:
    """An "about" figure: a value with a range around it (``compared_figure``)."""
    value, low, high = fig
    return value is not None and low is not None and high is not None and low < value < high


_SMALL_COUNT = 1000  # a plain count below this is written to the one ("70 dead"), however round it looks


def _small_count(fig: Figure) -> bool:
    """A plain whole number under a thousand ("70", not "about 70"): a count of people or things written exactly."""
    point = _stated_point(fig)
    return point is not None and not _approximate(fig) and point == int(point) and 0 < point < _SMALL_COUNT


def _stated_point(fig: Figure) -> float | None:
    """The one number a figure states exactly ("96", "$8.4 billion"), None for a bound, range or "about"."""
    value, low, high = fig
    if value is None or (low, high) not in ((None, None), (value, value)):
        return None  # a bound ("more than 40,000": a low end alone) or an interval
    return value


def _same_stated(a: Figure, b: Figure, tolerance: float = 0.05) -> bool | None:
    """Whether two stated numbers may be one figure written twice: within ``tolerance`` and within half the
    coarser one's step ("80,000" may be 78,000 rounded; "$8.4 billion" is not "$8.1 billion", nor 96 98).
    None unless both state one number."""
    x, y = _stated_point(a), _stated_point(b)
    if x is None or y is None:
        return None
    reach = tolerance * max(abs(x), abs(y))
    allowed = min(reach, max(written_step(x), written_step(y)) / 2)
    # (short of the whole reach: "400,000" written plainly is not 380,000 rounded, which would be "nearly 400,000")
    return x == y or (abs(x - y) <= allowed + 1e-9 and abs(x - y) < reach - 1e-9)


def _stated_range(fig: Figure) -> tuple[float, float] | None:
    value, low, high = fig
    return (low, high) if value is None and low is not None and high is not None and low < high else None


def _overlap(a: Figure, b: Figure, tolerance: float = 0.05) -> bool:
    same = _same_stated(a, b, tolerance)
    if same is not None:
        return same
    for x, y in ((a, b), (b, a)):
        span, point = _stated_range(x), _stated_point(y)
        if span is not None and point is not None:
            # "between $8.5 billion and $8.9 billion" holds what it spans, give or take how its ends are written
            margin = min(tolerance * span[1], max(written_step(span[0]), written_step(span[1])) / 2)
            return span[0] - margin <= point <= span[1] + margin
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    if _approximate(a) and _approximate(b):
        # "about 38,000" and "about 45,000" each reach 10% either side and so meet at 41,000, but neither is the
        # other rounded: each must lie within the other's reach.
        return alo <= b[0] <= ahi and blo <= a[0] <= bhi  # type: ignore[operator]
    if _approximate(a) or _approximate(b):
        # "about 4,000" already reaches 10% either side: 3,500 is another figure, not the same one rounded.
        tolerance = 0.0
    return alo <= bhi * (1 + tolerance) and blo <= ahi * (1 + tolerance)


_TOLERANCE = 0.05
_BOUND_REACH = 1.25  # "at least 120" reports a count of about 120, not any count above it


def _near_bound(a: Figure, b: Figure) -> bool:
    """An open figure ("at least 120", "more than 11,000") agrees with another only near its bound:
    "at least 120 killed" and "310 killed" are two counts of a rising toll, not one report."""
    if a[1] is not None and a[2] is None and b[1] is not None and b[2] is None:
        # "at least 14" and "at least 31": two counts of a rising toll, not one report
        return max(a[1], b[1]) <= min(a[1], b[1]) * (1 + _TOLERANCE)
    for x, y in ((a, b), (b, a)):
        _, low, high = x
        other_low, other_high = _interval(y)
        if low is not None and high is None and other_high != float("inf") and other_high > low * _BOUND_REACH:
            return False
        if high is not None and low is None and other_low != float("-inf") and other_low * _BOUND_REACH < high:
            return False
    return True


# A count said to stand so far: "Nearly 900 operations have now been postponed", "120 flights so far": it grows.
# So does one said to stand now: "More than 800 firefighters are now assigned", "the toll now stands at 41"; and one
# something has spread to: "as bird flu spread to 645 dairy herds".
_SO_FAR = re.compile(
    # ("had now received 96 complaints": a perfect told "now" is a total reached by then)
    r"\b(?:so\s+far|to\s+date|thus\s+far|(?:has|have|had)\s+now\s+(?:been|[a-z]+ed)|(?:is|are)\s+now|"
    r"now\s+(?:stands?|totals?|numbers?|exceeds?|tops)|spread(?:s|ing)?\s+to)\b",
    re.IGNORECASE,
)

_grows = claim_says(_SO_FAR, "_grows")


def _vague(f: Features, fig: Figure) -> bool:
    """Is ``fig`` a vague amount of the claim ("dozens", "hundreds of"), not a stated number or range?"""
    return fig[0] is None and any(q.vague and (q.low, q.high) == fig[1:] for q in f.claim.quantities)


def _open_bound(fig: Figure) -> bool:
    """ "at least 59", "more than 140": one end given, the other open."""
    return (fig[1] is None) != (fig[2] is None)


def _point(fig: Figure) -> float | None:
    value, low, high = fig
    if value is not None:
        return value
    if low is not None and high is not None:
        return (low + high) / 2
    return None


def same_speaker(a: Features, b: Features) -> bool:
    return a.speaker_key == b.speaker_key


@dataclass(slots=True)
class Rarity:
    """How specific entities and topics are in the corpus being linked: 1.0 rare ... ~0 everywhere."""

    entities: dict[str, float] = field(default_factory=dict)
    topics: dict[str, float] = field(default_factory=dict)


def _kindred_sources(a: Features, b: Features) -> bool:
    """ "Ukrainian military intelligence" and "a Ukrainian military intelligence official"."""
    x, y = (a.claim.speaker or "").lower(), (b.claim.speaker or "").lower()
    return bool(x and y) and (x in y or y in x)


def _not_reported_before(current: Features, recalled: Features) -> bool:
    """Is ``current`` reported no earlier than the article recalling an earlier figure ("The company has previously
    said it knew of seven injuries", in June)? A May report's "two injuries" may be older than that recalled figure,
    so which replaces which is not known."""
    return (current.article.published or "") >= (recalled.article.published or "")


def _later_first(a: Features, b: Features) -> tuple[Features, Features]:
    """(later, earlier) by the claims' dates; on one day, the one published later is the later report. A claim
    dated after its own report ("should fall below 4% by the end of next year") was said when it was published."""
    revised = _revised_later(a, b)
    if revised is not None:
        return revised
    x, y = _said_by(a), _said_by(b)
    mine, theirs = a.article.published or "", b.article.published or ""
    if x != y and (x.startswith(y) or y.startswith(x)) and mine[:10] != theirs[:10]:
        # "around 300 people were killed" (told on August 5th) / "Up to 1,400 people may have been killed during last
        # year's protests" (told in February): a year or a month holding the other's day orders neither; the
        # reports' own days do
        return (a, b) if mine >= theirs else (b, a)
    return (a, b) if (x, mine) >= (y, theirs) else (b, a)


def _revised_later(a: Features, b: Features) -> tuple[Features, Features] | None:
    """(new, old) when, of two reports days apart about the same days, the later one says its figure is a
    revision ("won 70 seats, one fewer than in the preliminary count"), though the day it names is earlier."""
    if a.revised == b.revised or a.article.id == b.article.id:
        return None
    new, old = (a, b) if a.revised else (b, a)
    if (new.article.published or "") <= (old.article.published or ""):
        return None
    if any(m in old.figures and _same_point(p, old.figures[m]) for m, p in new.prior.items()):
        # "6.5 million customers, up from its earlier estimate of 4 million" against an earlier report's 4 million:
        # the later report, whatever day each names ("a cyberattack last month")
        return new, old
    x, y = new.when or "", old.when or ""
    close = _days_apart(new, old) <= 7 if len(x) >= 10 and len(y) >= 10 else bool(x) and x[:7] == y[:7]
    return (new, old) if close else None


@per_claim  # (asked twice of each linked pair, ordering them)
def _said_by(f: Features) -> str:
    when, published = f.when or "", f.article.published or ""
    if when and published and not f.article.published_estimated and (_counted_day(f) == when or _dates_its_toll(f)):
        # "killed 23 people on Monday, officials said", published on Wednesday: told on Wednesday, of Monday; "Texas
        # says 210 died in February storm", published in July: a toll is as of its report, not of the happening
        return max(when, published[:10])
    if when and published and published.startswith(when):
        # "at least 170 this month", told on the 8th: said on that day (the month alone sorts before all its days)
        return published[:10]
    return min(when, published) if when and published else when


# A date that names the happening a toll is of: "210 died in February storm", "died because of last month's winter
# storm", "killed in the March 2021 floods".
_HAPPENING_AFTER_DATE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:" + words_pattern((*SUDDEN, *UNFOLDING)) + r")s?\b", re.IGNORECASE
)


@per_claim
def _dates_its_toll(f: Features) -> bool:
    """The claim counts a happening's dead, hurt or missing, and its only date names that happening."""
    if not f.families & _HAPPENING_TOLLS:
        return False
    mentions = find_dates(f.claim.text)
    return len(mentions) == 1 and _HAPPENING_AFTER_DATE.match(f.claim.text, mentions[0].end) is not None


def _on_a_later_day(new: Features, old: Features) -> bool:
    """``new`` was said in a later month, or on a later day when both days are known (a denial on the
    2nd, a confirmation on the 20th), in another article."""
    x, y = new.when or "", old.when or ""
    if not x or not y:
        return False
    if len(x) >= 10 and len(y) >= 10 and new.article.id != old.article.id:
        return x[:10] > y[:10]
    return x[:7] > y[:7]  # (an earlier month is no later one: "since ... February 2022" against May's denial)


_RECALLED_TOLLS = frozenset({"casualties", "missing", "detained", "cases"})  # what one happening did to people


def _recalled_toll(family: str | None) -> bool:
    """A count of what one happening did: to people (``_RECALLED_TOLLS``) or to animals ("310,000 birds were
    culled", "12 tonnes of dead fish", "killed 40 sheep"), whose figure of a past year is that year's outbreak."""
    if family is None:
        return False
    return family in _RECALLED_TOLLS or family.startswith("killed ") or family.split()[-1] in ANIMALS


# A count told per day or week by the words about it: "25 transits a day", "22 ships a day to cross" after it; "the
# number of vessels allowed to cross each day to 25", "daily transits to 22" before it (in lower case: "The Daily
# Ledger reported" names a paper; not a day that dates or bounds: "a day after", "doubled in a week to 58").
_PER_SPAN_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:a|per|each|every)\s+(?:day|week)\b(?!\s+(?:after|before|earlier|later|ago|on|of)\b)"
)
_PER_SPAN_BEFORE = re.compile(
    r"(?:\b(?:each|every|per)\s+(?:day|week)|\b(?:daily|weekly)\s+[a-z]+)\s+(?:to|at|from)\s+(?:about\s+|around\s+)?$"
)
_PER_DAY_OR_WEEK = re.compile(r" (?:per|a) (?:day|week)$")  # (a sum "per year" is an annual one, as "full-year")


def _told_per_span(f: Features, family: str) -> bool | None:
    """Whether the claim's first figure of ``family`` is a count per day or week (its unit's, or the words about it),
    None when no counted figure of it is the claim's own."""
    return _per_span_by_family(f).get(family)


@per_claim
def _per_span_by_family(f: Features) -> dict[str, bool | None]:
    """``_told_per_span`` of each family the claim's figures count, read off its first figure of that family."""
    told: dict[str, bool | None] = {}
    for q in framed_claim(f).quantities:
        measure = compared_measure(q)
        if measure is not None and FAMILY.get(measure, measure) not in told:
            told[FAMILY.get(measure, measure)] = _per_span(q, f.claim)
    return told


def _per_span(q: Quantity, claim: Claim) -> bool | None:
    if q.unit == "percent":
        return None
    if q.unit and _PER_DAY_OR_WEEK.search(q.unit):
        return True
    text = claim.text
    start, end = q.start - claim.start, q.end - claim.start
    if not 0 <= start < end <= len(text):
        return None
    return bool(_PER_SPAN_AFTER.match(text, end) or _PER_SPAN_BEFORE.search(text, max(0, start - 40), start))


def _rate_and_count(a: Features, b: Features, family: str | None) -> bool:
    """One claim counts per day or week what the other counts at a time ("allowed to cross each day to 25" / "About
    110 vessels were waiting to cross"): a rate and a count of one thing are no values of each other."""
    if not family:
        return False
    x, y = _told_per_span(a, family), _told_per_span(b, family)
    return x is not None and y is not None and x != y


def _a_past_years_toll(a: Features, b: Features, family: str | None) -> bool:
    """Two claims of one article, one dated by a year it names alone ("in 1988, when an avalanche killed 11",
    "since 2019, when police detained 140", "Last year 27 people died", "Last summer, about 12 tonnes of dead fish")
    and the other not of that year (undated, or of another): the first recalls another happening."""
    if a.article.id != b.article.id or not _recalled_toll(family):
        return False
    for x, y in ((a, b), (b, a)):
        own = x.claim.date or ""
        year = own[:4]
        if (
            len(own) in (4, 7)  # a year, or a month of it ("since January 2018, when a bus ... killed 51")
            and year.isdigit()
            and (y.claim.date or y.when or "")[:4] != year
            and _PAST_YEAR.search(x.claim.text) is not None
        ):
            return True
    return False


# A year told as the past ("in 1988, when", "since 2019, when", "last year", a happening named by its year: "The 2018
# floods killed 483"; not a table's "Late 2024-Early 2025", nor a running count "since 2019").
_PAST_YEAR = re.compile(
    rf"\bin\s+(?:early\s+|late\s+|mid-)?(?:{MONTH_NAME}\s+)?(?:1[89]|20)\d\d\b(?!\s*[-–])|"
    rf"\bsince\s+(?:{MONTH_NAME}\s+)?(?:1[89]|20)\d\d,?\s+when\b|\blast\s+(?:year|summer|winter|spring|autumn)\b|"
    rf"\bthe\s+(?:1[89]|20)\d\d\s+(?:[a-z-]+\s+)?(?:{words_pattern(SUDDEN + UNFOLDING)})(?:e?s)?\b",
    re.IGNORECASE,
)


_PER_SPAN = re.compile(r" (?:per|a) (?:day|week|month|year)$")
_TELLS_A_CHANGE = re.compile(
    r"\b(?:now|currently|no\s+longer|has|have|had|rose|risen|fell|fallen|grew|grown|increas\w*|decreas\w*|up|down|"
    r"more|fewer|less|revis\w*)\b",
    re.IGNORECASE,
)


def _usual_levels(a: Features, b: Features) -> bool:
    """Both claims give an undated rate per day, week, month or year as what usually is, in the present ("About
    1,400 passengers a day use the route"), neither telling of a change or a revision."""
    return all(
        not f.claim.date
        and not (f.revised or f.prior or f.superseded)
        and not _TELLS_A_CHANGE.search(f.claim.text)
        and any(q.unit and _PER_SPAN.search(q.unit) for q in f.claim.quantities)
        for f in (a, b)
    )


def _different_time(a: Features, b: Features) -> bool:
    """Different months, or different days when both claims state their day."""
    x, y = a.when or "", b.when or ""
    if not x or not y:
        return False
    if a.claim.date and b.claim.date and len(x) == len(y) == 10:
        return x != y
    if not a.claim.date and not b.claim.date and a.article.id != b.article.id and len(x) == len(y) == 10:
        return x != y  # "now" in two reports published on different days
    if bool(a.claim.date) != bool(b.claim.date) and a.article.id != b.article.id and len(x) == len(y) == 10:
        dated, now = (a, b) if a.claim.date else (b, a)
        if _killed_on_its_day(dated) and dated.article.published == now.article.published:
            # "42 people were killed ... late on Sunday", told on Monday, against another Monday report's "put the
            # death toll at 17": the day is the killing's, both counts are Monday's
            return False
        return x != y  # a dated count against another report's "now" on another day
    if _rival_count_beside(a, b):
        return False
    return x[:7] != y[:7]


_RIVAL_REACH = 200  # characters between the dated count and the rival count told right after it


def _rival_count_beside(a: Features, b: Features) -> bool:
    """One article gives two speakers' counts, one dated by the events it counts ("killed at least 304 protesters
    during last month's unrest, Amnesty said") and one with no time of its own ("The government has put the death
    toll at 81"): both are of those events, a dispute, not a later value (unless the undated one says it stands so
    now or was revised)."""
    if a.article.id != b.article.id or same_speaker(a, b) or not (a.claim.speaker and b.claim.speaker):
        return False
    for dated, undated in ((a, b), (b, a)):
        if (
            dated.period
            and 0 <= undated.claim.start - dated.claim.end <= _RIVAL_REACH  # (the rival's figure told right after)
            and not undated.claim.date
            and not undated.period
            and not undated.revised
            and not _a_standing_count(undated)
        ):
            return True
    return False


# The day a claim names is the day of the killing its toll counts ("were killed when gunmen raided ... on Sunday").
_KILLED_ON = re.compile(r"\b(?:killed|died|dead|injured|wounded)\b", re.IGNORECASE)


@per_claim
def _killed_on_its_day(f: Features) -> bool:
    published = f.article.published or ""
    return bool(_KILLED_ON.search(f.claim.text)) and bool(published) and (f.claim.date or "") < published[:10]


# "..., including contract staff", "including those on temporary contracts": the count takes in a group.
_INCLUDING = re.compile(
    r"\bincluding\s+(?:all\s+|some\s+|the\s+|those\s+(?:on|in)\s+)?"
    r"(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|a\s+dozen|dozens|scores|hundreds|thousands|several|many|most|few)\b)"
    r"(?P<group>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)"
)  # (not "including nine children": a part of the count, not a group it takes in)


# Groups of people a count may take in or leave out (not the items of a list: "including names, addresses").
_PEOPLE = stems(
    "staff workers employees contractors contract temporary agency seasonal part-time children women civilians "
    "soldiers troops fighters police officers members residents migrants refugees foreigners tourists "
    "passengers crew students pupils patients"
)


# Words that name one group of people (with the words for the same group); "people", "persons" name everyone.
_GROUP_WORDS = {
    w: group
    for group, words in {
        "crew": "crew crews crewmen sailors seamen",
        "passengers": "passengers passenger",
        "children": "children child kids minors pupils pupil schoolchildren",
        "women": "women woman",
        "soldiers": "soldiers soldier troops troop servicemen",
        "police": "police policemen",
        "civilians": "civilians civilian",
        "fighters": "fighters fighter militants rebels insurgents",
        "workers": "workers worker employees employee staff miners miner",
    }.items()
    for w in words.split()
}
# Two groups that are never one: those who run a ship and those it carries, the armed and the unarmed.
_DISJOINT_GROUPS = frozenset(
    frozenset(pair)
    for pair in (
        ("crew", "passengers"),
        ("civilians", "soldiers"),
        ("civilians", "fighters"),
        ("civilians", "police"),
        ("soldiers", "fighters"),
    )
)
# Groups that are only a part of "people" counted at one happening (the crew of all aboard, the children of all
# killed); not workers, whom a count of the people at their workplace is ("32 miners" / "31 people trapped"), nor
# passengers, whom news often counts as all aboard ("48 passengers" / "55 people on the bus").
_PART_OF_EVERYONE = frozenset(("crew", "children", "women", "soldiers", "police", "civilians", "fighters"))


def _groups_apart(x: str, y: str) -> bool:
    if "everyone" in (x, y):
        return (y if x == "everyone" else x) in _PART_OF_EVERYONE
    return frozenset((x, y)) in _DISJOINT_GROUPS


def _group_counted(q: Quantity) -> str | None:
    """The group of people a count names ("23 crew members": crew; "25 people": everyone), None when it names none
    or its words name two."""
    found = {_GROUP_WORDS[w] for w in (q.counted or "").lower().split() if w in _GROUP_WORDS}
    if len(found) == 1:
        return found.pop()
    if not found and (q.counted_lemma or "").lower() in ("people", "person", "persons", "individual"):
        return "everyone"
    return None


def _other_groups_counted(
    a: Features, b: Features, measures: Sequence[str], pairs: Sequence[tuple[Figure, Figure]]
) -> bool:
    """Each claim's figure of a shared measure counts a group of people its words name, the groups differ (crew
    / everyone aboard, crew / passengers) and so do the values."""
    if not measures or any(_point(x) is not None and _point(x) == _point(y) for x, y in pairs):
        return False
    for x, y in pairs:
        groups = []
        for f, fig in ((a, x), (b, y)):
            value = _point(fig)
            named = {_group_counted(q) for q in f.claim.quantities if q.value == value and q.unit != "percent"}
            groups.append(named.pop() if len(named) == 1 else None)
        if groups[0] and groups[1] and groups[0] != groups[1] and _groups_apart(groups[0], groups[1]):
            return True
    return False


# A count narrowed by a defining clause right after its noun: "the 1,960 members who voted", "2,400 workers who
# took the buyout" (those who did it, not every member or worker).
_DEFINED_BY_A_CLAUSE = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:who|that)\s+(?:(?:had|have|has|were|was|are|is|did|would|will)\s+)?"
    r"(?:(?:not|never|already|also)\s+)?(?P<verb>[a-z]{3,})\b"
)


@per_claim
def _defining_verbs(f: Features) -> dict[float, str]:
    """The stem of the verb of the clause defining each figure's counted people, by the figure's value."""
    out: dict[float, str] = {}
    for q in f.claim.quantities:
        end = q.end - f.claim.start
        m = _DEFINED_BY_A_CLAUSE.match(f.claim.text, end) if q.value is not None and q.counted else None
        if m is not None and q.counted and q.counted in f.claim.text[end : m.start("verb")]:
            out[q.value] = stem(m.group("verb"))  # type: ignore[index]
    return out


_AT_ITS_PEAK = re.compile(r"\b(?:at\s+(?:the|its|their)\s+(?:peak|height)|peaked\s+at|a\s+peak\s+of)\b", re.IGNORECASE)

_at_its_peak = claim_says(_AT_ITS_PEAK, "_at_its_peak")


def _narrowed_apart(a: Features, b: Features, pairs: Sequence[tuple[Figure, Figure]]) -> bool:
    """One claim's count is of those of the people who did a thing ("the 1,960 members who voted") the other's
    words never tell ("2,000 of its members are taking part"): a part, or another group, never one count."""
    for x, y in pairs:
        for f, g, fig in ((a, b, x), (b, a, y)):
            verb = _defining_verbs(f).get(_point(fig))  # type: ignore[arg-type]
            if verb is not None and verb not in g.lemmas:
                return True
    return False


@per_claim
def _included(f: Features) -> frozenset[str]:
    m = _INCLUDING.search(f.claim.text)
    group = stems(m.group("group")) if m else frozenset()
    return group if group & _PEOPLE else frozenset()


def _wider_scope(a: Features, b: Features) -> bool:
    """``a`` says its count includes a group (not a number of it) that ``b`` never names."""
    group = _included(a)
    return bool(group) and not (group & b.words)


_NAMED_DAYS = 7
# A local administrative area named as such ("Tarrow County", "Kessel District"): specific enough that another
# report naming it days later is about the same place (a bare town or city name is not: two stories a week).
_ADMIN_AREA = re.compile(
    r"\b(?:County|Province|District|Prefecture|Municipality|Governorate|Oblast|Township|Parish|Canton|"
    r"Borough|Shire|Rayon|Regency)\b"
)


def _named_in_the_other(a: Features, b: Features) -> bool:
    """Days apart, one claim names a local administrative area (one the gazetteer does not know, so no country
    or state) that the other's article also names, further down ("The wildfire in Tarrow County has grown to 20,000
    hectares" / an article on "a wildfire in southern Spain" that says an emergency was declared in Tarrow County);
    a claim naming no place names its article's headline and lead's."""
    if a.article.id == b.article.id or not close_in_time(a, b, days=_NAMED_DAYS):
        return False
    known = gazetteer().entities
    for x, y in ((a, b), (b, a)):
        said = set(x.claim.speaker_chain or [x.claim.speaker or ""])
        # (A claim naming no place is about its article's: "More than 11,000 people remain under evacuation
        # orders" under "Shasta County fire grows to 48,000 acres".)
        for name in x.entities if x.places else x.entities | x.story:
            if name in said or name in known or not _ADMIN_AREA.search(name):
                continue
            if name in y.article.body and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", y.article.body):
                return True
    return False


_DISTINCT_NAME = 4.0  # a name this rare in English names one thing ("Torva", "Hollin"), not a common word ("Water")
_FURTHER_DOWN_DAYS = 3


def _named_further_down(a: Features, b: Features) -> bool:
    """Articles about one event (their whole texts share its words) a few days apart, and a distinctive name one
    claim is about (its own, or its headline and lead's when it names no place) is one the other article names
    further down: "Officials here now put the number of dead at 19" under "Evening Report: Torva dam collapse" /
    a wire report whose lead names only the country and whose fourth line names the Torva dam. One report names
    the thing in its headline, the other in its body; who said it counts for nothing."""
    if a.article.id == b.article.id or not close_in_time(a, b, days=_FURTHER_DOWN_DAYS):
        return False
    if not same_event_articles(a, b):
        return False
    for x, y in ((a, b), (b, a)):
        said = set(x.claim.speaker_chain or [x.claim.speaker or ""])
        for name in x.entities if x.places else x.entities | x.story:
            if name in said or name_rarity(name) < _DISTINCT_NAME or _speaker_name_words(x) & set(name.split()):
                continue
            if name in y.article.body and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w:-])", y.article.body):
                # (not "NEWSREADER:"; the name must be in the body at all before its pattern is made and sought)
                return True
    return False


# A sentence telling of another happening than its article's: "A separate outbreak in Tiba has killed seven".
_TOLD_APART = re.compile(r"\b(?:separate|another|different|similar|earlier|previous|unrelated)\b", re.IGNORECASE)


def _placed_by_its_lead(a: Features, b: Features) -> bool:
    """Every place one claim names is named by the other article's headline or lead (``story``)."""
    return any(x.places and x.places <= y.story for x, y in ((a, b), (b, a)))


def _place_told_apart(a: Features, b: Features) -> bool:
    """One claim's place is named in the other's article only in a sentence about another happening ("A
    separate outbreak in the neighbouring province of Tiba"): a place of its own, not the story's."""
    for x, y in ((a, b), (b, a)):
        body = y.article.body
        for place in x.places:
            for found in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", body):
                start = max(body.rfind(". ", 0, found.start()), body.rfind("\n", 0, found.start())) + 1
                ends = [i for i in (body.find(". ", found.end()), body.find("\n", found.end())) if i >= 0]
                if _TOLD_APART.search(body, start, min(ends) if ends else len(body)):
                    return True
    return False


def _one_named_story(a: Features, b: Features, family: str) -> bool:
    """Claims about the same days (however much later reported) whose articles' headlines, datelines and leads
    give a distinctive name in common (the town, the dam: "OKEBA, Nigeria (AFP) -" / "the collapse of a building in
    the Nigerian town of Okeba"), however few of their other words they share (a tabloid's, a press release's):
    one story. Look-alike events happen somewhere else."""
    if a.article.id == b.article.id:
        return False
    # (Their claims' own days: "the final death toll from the June 8 collapse was 16". An undated explainer's count
    # may be of an earlier march in the same city, not of a toll or of the suspects held.)
    if not (close_in_time(a, b) or (_one_undated(a, b) and family not in GATHERINGS)):
        return False
    # Each lead naming someone or something the other article never names (the ferry "Kalinda" / a cargo boat's
    # skipper and port): two happenings at one place (the lake both name), not one story.
    return _per_article_pair(
        _NAMED_CACHE,
        a,
        b,
        lambda: (
            # (not one bureau's town, the dateline of both: "LUSAKA, Zambia (AP) -" over two countries' floods)
            bool(
                (lead_names_of(a) & lead_names_of(b))
                - {w for town in dateline_places_of(a) & dateline_places_of(b) for w in town.split()}
            )
            # (one named vessel or storm in both leads is one story, wherever else each says it went)
            and (bool(_vessels_of(a) & _vessels_of(b)) or not (_names_unknown_to(a, b) and _names_unknown_to(b, a)))
        ),
    )


@per_article
def _vessels_of(article: Article) -> frozenset[str]:
    return vessel_names(article.title or "", article.body)


_NAMED_CACHE: dict[tuple[str, str], bool] = {}


def _per_article_pair(cache: dict[tuple[str, str], bool], a: Features, b: Features, work: Callable[[], bool]) -> bool:
    """``work()`` for the two claims' articles, worked out once per pair of them (kept for up to 100,000 pairs)."""
    key = (a.article.id, b.article.id) if a.article.id < b.article.id else (b.article.id, a.article.id)
    found = cache.get(key)
    if found is None:
        if len(cache) > 100_000:
            cache.clear()
        found = cache[key] = work()
    return found


def _datelined_apart(a: Features, b: Features) -> bool:
    """Two articles datelined in different towns, neither naming the other's town, each lead naming someone or
    something the other article never names: two happenings of one kind in two places ("LUNDHOLM - Museum director
    Karin Lind denied ..." / "AARVIK, Norway (AFP) - Two men on a motorcycle stole ..."), however alike their
    words. (A report from the capital about a town's disaster names the town, or the people the town's paper
    names.) A function of the two articles, worked out once per pair of them."""
    if a.article.id == b.article.id:
        return False
    mine, theirs = dateline_places_of(a), dateline_places_of(b)
    if not mine or not theirs or mine & theirs or _from_its_country(a, b) or _one_happening(a, b):
        return False  # (a town's avalanche on Saturday reported from the capital as the region's: one happening)
    if (lead_names_of(a) & lead_names_of(b)) - mine - theirs:
        # "Munshiganj, April 15: The death toll from the Meghna launch capsize ..." / "DHAKA, April 16 (AFP) - ...
        # bodies from the Meghna river": both leads name one river, ship or person beyond the dateline towns, the
        # district's paper and the capital's wire telling one story
        return False
    return _per_article_pair(
        _APART_CACHE,
        a,
        b,
        lambda: (
            not (any(_names(b, place) for place in mine) or any(_names(a, place) for place in theirs))
            and _names_unknown_to(a, b)
            and _names_unknown_to(b, a)
        ),
    )


_APART_CACHE: dict[tuple[str, str], bool] = {}


def _own_towns_apart(a: Features, b: Features) -> bool:
    """Two articles datelined in different towns and more than a week apart, one claim naming its own dateline's
    town, which the other article never names: that claim's figure is its town's, the other's is of the other
    article's town ("the port of Rotterdam" in November / a pay offer told from Antwerp in October), even when
    the later article recalls the earlier town's story in a sentence of its own."""
    if a.article.id == b.article.id:
        return False
    mine, theirs = dateline_places_of(a), dateline_places_of(b)
    if not mine or not theirs or mine & theirs or _days_apart(a, b) <= _HAPPENING_DAYS:
        return False
    for x, y, towns in ((a, b, mine), (b, a, theirs)):
        own = [town for town in towns if _names_in(x.claim.text, town)]
        if own and not any(_names(y, town) for town in own):
            return True
    return False


def _one_article_two_places(a: Features, b: Features) -> bool:
    """Two claims of one article, dated by their own words more than a week apart or to two days, each naming a place below a
    country that the other does not name: the figures of two places (a town's now, and the one an earlier story
    was about), never one count's values. ("The cuts will include 1,200 jobs at its plant in Hessbach" under
    "would cut 3,500 jobs in Europe" is a part, and dates itself to nothing.)"""
    if a.article.id != b.article.id or not (_own_times_apart(a, b) or _own_days_differ(a, b)):
        return False
    x, y = _places_below(a), _places_below(b)
    if not x or not y or x & y:
        return False
    return not (
        any(_names_in(b.claim.text, p.casefold()) for p in x) or any(_names_in(a.claim.text, p.casefold()) for p in y)
    )


def _own_times_apart(a: Features, b: Features) -> bool:
    """Both claims date themselves (a day or a month), and the two times lie more than a week apart."""
    spans = []
    for f in (a, b):
        own = f.claim.date or ""
        try:
            if len(own) == 10:
                first = last = date.fromisoformat(own)
            elif len(own) == 7:
                first = date.fromisoformat(f"{own}-01")
                last = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            else:
                return False
        except ValueError:
            return False
        spans.append((first, last))
    (x0, x1), (y0, y1) = spans
    return (y0 - x1).days > _HAPPENING_DAYS or (x0 - y1).days > _HAPPENING_DAYS


def _own_happenings_apart(a: Features, b: Features) -> bool:
    """Two articles' claims each date what they count by their own words ("on Thursday", "over the past week"), more
    than a week apart, and neither counts a running total ("so far", "since the war began", "the toll rose to"):
    two happenings' counts, however equal."""
    return (
        a.article.id != b.article.id
        and bool(a.families & b.families & HARMED_FAMILIES)
        and bool(a.claim.date_text and b.claim.date_text)
        and _own_times_apart(a, b)
        and not (says_running_total(a.claim.text.lower()) or says_running_total(b.claim.text.lower()))
    )


def _own_days_differ(a: Features, b: Features) -> bool:
    """Both claims date themselves to a day, and not the same day ("overturned in Puno on Friday" / "after 24
    people died in Arequipa on Monday")."""
    x, y = a.claim.date or "", b.claim.date or ""
    return len(x) == len(y) == 10 and x != y


# A month: two reports of one change's size, one undated act, or one outlook are told at most this far apart.
_A_MONTH = 31
# Days apart two reports may date one act: "late on Sunday" / "on Monday" across time zones, and a headline dated by
# its publication ("Lineman arrested on suspicion of DUI on Feb. 4" / "was arrested around 1:30 a.m. Feb. 1"). A
# week or more is two days of one name ("on Thursday" in two weeks' reports): the act done twice.
_ACT_DAYS = 6


def _told_days_apart(a: Features, b: Features, most: int = _ACT_DAYS) -> bool:
    """Each claim tells on which day its act happened, by its own words, and the days are more than ``most`` apart:
    the act was done twice (two meetings' decisions, a month apart), however alike the words."""
    if a.claim.date_estimated or b.claim.date_estimated:
        return False
    days = days_between(a.claim.date or "", b.claim.date or "")
    return days is not None and days > most


# An act told as done once more: "walked out again on Wednesday", "in the latest round", "a second day of strikes".
_AGAIN = re.compile(
    r"\b(?:again|once\s+more|anew|(?:the\s+)?latest\s+round|(?:another|a\s+(?:second|third|fourth|fifth|new|fresh|"
    r"further))\s+(?:round|day|wave|walkout|strike|stoppage)s?)\b",
    re.IGNORECASE,
)
_tells_it_again = claim_says(_AGAIN, "_tells_it_again")


def _done_again_later(a: Features, b: Features) -> bool:
    """The report published later, more than ``_ACT_DAYS`` after the other, tells its act as done again ("Teachers
    walked out again on Wednesday" six weeks after "Teachers' strike: thousands of schools closed"): another time."""
    x, y = published_day(a), published_day(b)
    if x is None or y is None or abs(x - y) <= _ACT_DAYS:
        return False
    return _tells_it_again(a if x > y else b)


def _leads_own_towns_apart(a: Features, b: Features) -> bool:
    """Two dated articles published more than a week apart, datelined in different towns, each leading with its
    own dateline's town and neither lead naming the other's: two towns' happenings, and a claim of one is not about
    the other's unless it names the other's town ("Last month a dock strike in Antwerp ended ...")."""
    if a.article.id == b.article.id:
        return False
    mine, theirs = dateline_places_of(a), dateline_places_of(b)
    if not mine or not theirs or mine & theirs or not _both_dated(a, b):
        return False
    if not _per_article_pair(_OWN_TOWNS_CACHE, a, b, lambda: _leading_own_towns(a, b, mine, theirs)):
        return False
    return not (
        any(_names_in(a.claim.text, town) for town in theirs) or any(_names_in(b.claim.text, town) for town in mine)
    )


_OWN_TOWNS_CACHE: dict[tuple[str, str], bool] = {}


def _leading_own_towns(a: Features, b: Features, mine: frozenset[str], theirs: frozenset[str]) -> bool:
    x, y = a.article.published or "", b.article.published or ""
    if (days_between(x, y) or 0) <= _HAPPENING_DAYS:
        return False
    lead_a = f"{a.article.title or ''}\n{lead_past_dateline(a.article.title or '', a.article.body)}"
    lead_b = f"{b.article.title or ''}\n{lead_past_dateline(b.article.title or '', b.article.body)}"
    return (
        any(_names_in(lead_a, town) for town in mine)
        and any(_names_in(lead_b, town) for town in theirs)
        and not any(_names_in(lead_a, town) for town in theirs)
        and not any(_names_in(lead_b, town) for town in mine)
    )


def _names_in(text: str, name: str) -> bool:
    """``text`` writes ``name`` (folded) as words of their own."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text.casefold()) is not None


def _from_its_country(a: Features, b: Features) -> bool:
    """One article's dateline gives a town and its country ("KALTENRIED, Austria (Reuters) -"); the other's
    gives a town alone (a capital or a hub: "VIENNA (AP) -") and its story names that country ("Austria's
    interior ministry said"): a report from the capital about the town's story, not a second place."""
    for x, y in ((a, b), (b, a)):
        countries = _dateline_countries(y)
        from_capital = countries and dateline_places_of(x) and not dateline_regions_of(x)
        if from_capital and not countries.isdisjoint(_story_and_place_countries(x)):
            return True
        # "MOGADISHU (Reuters) - The death toll from floods in Somalia ..." / "NAIROBI, Kenya (AP) - Floods in
        # Somalia ...": told from the capital of the country the other's story is in
        # (not a bureau's report on another country: "NAIROBI, Kenya (AP) - Floods in Somalia ...")
        capitals = _dateline_capitals_of(x)
        if capitals and _story_countries_of(x) <= capitals and not capitals.isdisjoint(_story_and_place_countries(y)):
            return True
    return False


@per_article
def _dateline_countries(article: Article) -> frozenset[str | None]:
    """The countries of the regions the claim's article's datelines name."""
    return frozenset({country_of(r) for r in dateline_regions(article.body)} - {None})


@per_claim
def _dateline_capitals_of(f: Features) -> frozenset[str | None]:
    """The countries whose capitals the claim's article's datelines open with."""
    return frozenset({country_of_capital(town) for town in dateline_places_of(f)} - {None})


@per_claim
def _story_countries_of(f: Features) -> frozenset[str | None]:
    return frozenset({country_of(name) for name in f.story} - {None})


@per_claim
def _story_and_place_countries(f: Features) -> frozenset[str | None]:
    """The country of each name of the claim's story and places (None for a name of none)."""
    return frozenset(country_of(name) for name in f.story | f.places)


def _town_of_its_country(a: Features, b: Features) -> bool:
    """One claim names only a country ("a coal mine in central Kestovia"), the other only places no gazetteer
    knows (a town, a mine: "the blast at the Orlik mine near Vessen") in an article whose headline or lead names
    that country ("Kestovia's mine disaster: what we know"): the town is the country's, one place at two scales."""
    for x, y in ((a, b), (b, a)):
        countries = {country_of(p) for p in y.places}
        if None in countries or len(countries) != 1 or not x.places:
            continue
        if all(country_of(p) is None for p in x.places) and countries <= {country_of(s) for s in x.story}:
            return True
        # ("A blaze in northeastern Attica" in an article never naming Greece / "the Greek fire brigade's first
        # estimate" of the fire north of Athens: the gazetteer places Attica in Greece, and both tell one story)
        if all(countries_of_place(p) == countries for p in x.places) and same_story(a, b):
            return True
    return False


def _headlines_unknown(a: Features, b: Features) -> bool:
    """Each article's headline names someone distinctive whom the other article never names anywhere ("Vilar
    sell midfielder Paiva to Rheinau" / "Sporting Vilar deny Reyes deal with Harwick"): two deals of one
    party, not one story told twice, however alike a sum or a clause. A function of the two articles."""
    if a.article.id == b.article.id or shared_dateline(a, b):
        return False  # both datelined in one small town: "TESSENBURG, Marvalia (Reuters) -" / "TESSENBURG -"
    return _per_article_pair(
        _UNKNOWN_CACHE,
        a,
        b,
        lambda: _unknown_headline_name(a, b) and _unknown_headline_name(b, a),
    )


def _unknown_headline_name(a: Features, b: Features) -> bool:
    """``a``'s headline names someone distinctive, no country or nationality (nor its dateline's region), whom
    ``b``'s article never names in any form ("Dravian" is named by "Dravia")."""
    return any(
        not any(_names(b, form) for form in forms)
        and not _names_its_demonym(b, forms[0])
        and _headline_words(b).isdisjoint(forms)  # (its own headline names it too)
        for forms in _headline_name_forms(a)
    )


@per_claim
def _headline_name_forms(f: Features) -> tuple[tuple[str, ...], ...]:
    """Each distinctive name the claim's headline writes (no country, nationality or dateline region), with
    the places it may be the demonym of: what :func:`_unknown_headline_name` looks for, once a claim."""
    written = _body_words((f.article.title or "") + "\n")
    regions = {r.lower() for r in dateline_regions_of(f)}
    return tuple(
        (w, *demonym_bases(w.title()), *sorted(around_capital(w)))
        for w in sorted(protagonist_words(f)[0])
        if w in written and w not in regions and country_of(w.title()) is None
    )


def _names_its_demonym(f: Features, place: str) -> bool:
    """The article writes a word formed from ``place`` ("Dravian" from "Dravia", "Kestovan"): a word of it (as
    ``_body_words`` reads them) is ``place`` and one to three more letters, ``place`` of three letters at least."""
    answers = _demonyms_asked(f)
    found = answers.get(place)
    if found is None:
        found = answers[place] = (
            len(place) >= 3
            and _WORD_CHARS.fullmatch(place) is not None
            and re.search(rf"(?<![\w-]){re.escape(place)}[\w-]{{1,3}}(?![\w-])", _lowered_body(f)) is not None
        )
    return found


_WORD_CHARS = re.compile(r"[\w-]+")


# (asked of article pairs in blocking's order: the answers kept for each article, not the set of every word's
# stems a cache keyed by the body held, thrashed by pairs of more articles than it holds)
@per_article
def _demonyms_asked(_article: Article) -> dict[str, bool]:
    return {}


_UNKNOWN_CACHE: dict[tuple[str, str], bool] = {}


@lru_cache(maxsize=4096)
def _body_words(body: str) -> frozenset[str]:
    """The words of an article, lower-cased (a hyphen joins, an apostrophe ends one: "okeba's" is "okeba")."""
    return frozenset(re.findall(r"[\w-]+", body.lower()))


def _names(f: Features, name: str) -> bool:
    """The article writes ``name`` (lower case; a place of several words as a phrase) as a word of its own."""
    if " " not in name:
        return name in _article_words(f)
    body = _lowered_body(f)
    return name in body and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body) is not None


# (asked of pairs of claims of two articles: each article's once, not from caches keyed by its text)
@per_article
def _article_words(article: Article) -> frozenset[str]:
    return _body_words(article.body)


@per_article
def _headline_words(article: Article) -> frozenset[str]:
    return _body_words(article.title or "")


@per_article
def _lowered_body(article: Article) -> str:
    return article.body.lower()


def _names_unknown_to(a: Features, b: Features) -> bool:
    return any(not _names(b, name) for name in lead_names_of(a))


@per_claim
def _places_below(f: Features) -> frozenset[str]:
    """The places a claim names below a country ("the Hessbach plant"; not "Lusmark", its dateline's region)."""
    regions = dateline_regions_of(f)
    return frozenset(p for p in f.places if p not in regions and country_of(p) is None and entity_type(p) != "country")


def _placed_alike(a: Features, b: Features) -> bool:
    """Every place ``a`` names below a country is one ``b``'s article names in its headline or lead ("Tellan
    stadium" / "Tella"): not a part of ``b``'s story ("1,200 jobs at the Hessbach plant" / 4,000 in Europe)."""
    theirs = {w.lower() for name in b.story | b.places for w in name.split()} | lead_names_of(b)
    return all(any(w.lower() in theirs for w in p.split()) for p in _places_below(a))


def _measurement_relation(
    a: Features, b: Features, pairs: list[tuple[Figure, Figure]], family: str
) -> Candidate | None:
    """Two sources' different magnitudes of one quake (6.1 by the national institute, 6.4 by the USGS): they
    conflict, unless one says it revised the other ("upgraded to 6.4"), which the figure rules judge."""
    points = [(_point(x), _point(y)) for x, y in pairs]
    if any(x is None or y is None for x, y in points) or a.revised or b.revised or a.prior or b.prior:
        return None
    spread = max(abs(x - y) for x, y in points if x is not None and y is not None)
    if spread == 0 or spread > _MEASUREMENT_SPREAD or same_speaker(a, b):
        return None
    if a.claim.certainty != "asserted" or b.claim.certainty != "asserted":
        return None
    new, old = _later_first(a, b)
    return _figure_link(new, old, family, "conflicts", 0.65, "another source's measurement of the event")


def _shared_pairs(a: Features, b: Features, family: str) -> list[tuple[Figure, Figure]]:
    return [(a.figures[m], b.figures[m]) for m in a.figures if m in b.figures and FAMILY.get(m, m) == family]


def _measured_apart(a: Features, b: Features, pairs: list[tuple[Figure, Figure]]) -> bool:
    """Two reports' measurements of an event further apart than sources' readings of one event differ, neither
    said to be revised ("upgraded to 6.4"): measurements of two events."""
    points = [(_point(x), _point(y)) for x, y in pairs]
    if not points or any(x is None or y is None for x, y in points) or a.revised or b.revised or a.prior or b.prior:
        return False
    return max(abs(x - y) for x, y in points if x is not None and y is not None) > _MEASUREMENT_SPREAD


_REVISED_READING = re.compile(
    r"\b(?:revis|correct|amend|adjust)\w*\s+(?:(?:its|the)\s+)?(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+"
    r"(?:[\w-]+\s+){0,2}?(?:reading|figure|temperature|measurement|high|low|maximum|minimum)\b"
)


# A record revised ("has revised the Welsh temperature record down to 37.2C") and a record told ("a new temperature
# record", "a new national record"); a provisional reading confirmed later ("has confirmed a provisional reading of").
_RECORD_REVISED = re.compile(
    r"(?i)\b(?:revis|correct|amend|adjust)\w*\s+(?:(?:its|the)\s+)?(?:[\w-]+\s+){0,3}?records?\b"
)
_A_RECORD = re.compile(r"(?i)\brecords?\b")
_CONFIRMED_READING = re.compile(r"(?i)\bconfirm\w*\s+(?:(?:a|an|the|its)\s+)?(?:provisional\s+)?(?:reading|figure)\b")


@per_claim
def _day_of_a_revised_reading(f: Features) -> str | None:
    """The day whose reading the claim says was revised ("revised Thursday's reading ... to 45.4C"), as a date."""
    revised = _REVISED_READING.search(f.claim.text)
    if revised is None or not f.article.published:
        return None
    for mention in find_dates(f.claim.text):
        if mention.start == revised.start("day"):
            day, estimated = resolve(mention, f.article.published, f.article.published_estimated)
            return day if day and not estimated and len(day) == 10 else None
    return None


def _confirms_the_reading(a: Features, b: Features, pairs: list[tuple[Figure, Figure]]) -> bool:
    """One of two reports of a story confirms the other's reading ("has confirmed a provisional reading of 37.4C"),
    the same figure: that reading, not another day's, left to the figure rules."""
    return (
        a.article.id != b.article.id
        and bool(_CONFIRMED_READING.search(a.claim.text) or _CONFIRMED_READING.search(b.claim.text))
        and all(_point(x) is not None and _point(x) == _point(y) for x, y in pairs)
        and same_story(a, b)
    )


def _reading_relation(a: Features, b: Features, pairs: list[tuple[Figure, Figure]], family: str) -> Candidate | None:
    """A temperature read on another day, or another figure read the same day: another reading (of one story,
    else nothing); the same figure read the same day is left to the figure rules (corroboration)."""
    new, old = _later_first(a, b)
    for x, y in ((a, b), (b, a)):
        day = _day_of_a_revised_reading(x)
        if day is not None and (y.when or "")[:10] == day and x.article.id != y.article.id and same_story(a, b):
            # "Aemet on Monday revised Thursday's reading at Seville airport to 45.4C" / "Seville recorded a high
            # of 45.2C on Thursday": the same reading, corrected
            return _figure_link(x, y, family, "updates", 0.6, "a reading of that day, revised")
    if a.article.id != b.article.id and same_story(a, b):
        for x, y in ((new, old), (old, new)):
            if (
                _RECORD_REVISED.search(x.claim.text)
                and _A_RECORD.search(y.claim.text)
                and not _RECORD_REVISED.search(y.claim.text)
            ):
                # "has revised the Welsh temperature record down to 37.2C" / "A new temperature record ... 37.4C
                # recorded at Hawarden": the record read, corrected
                return _figure_link(x, y, family, "updates", 0.6, "the record, revised")
    if _different_time(a, b) and not _confirms_the_reading(a, b, pairs):
        if not (same_story(a, b) or a.article.id == b.article.id):
            return None  # 43.9 degrees in one city on Wednesday, 44.6 in another on Tuesday
        return _figure_link(new, old, family, "related", 0.3, "another day's reading")
    if all(_point(x) is not None and _point(x) == _point(y) for x, y in pairs):
        return None
    return _figure_link(new, old, family, "related", 0.3, "another reading")


def _names_its_dateline(a: Features, b: Features) -> bool:
    """One claim places its figures in the town the other's article is datelined in ("the derailment at
    Merlo" / "MERLO, Calvenia (Reuters) - ... derailed in southern Calvenia"): not two places."""
    return any(place.casefold() in dateline_places_of(y) for x, y in ((a, b), (b, a)) for place in x.places)


def _figure_relation(a: Features, b: Features, family: str) -> Candidate | None:
    shared = [m for m in a.figures if m in b.figures and FAMILY.get(m, m) == family]
    if "casualties total" in shared and len(shared) > 1:
        shared.remove("casualties total")  # both give killed and wounded: compare those
    # A stated total against a killed+wounded sum is still the same count.
    for x, y in (("casualties", "casualties total"), ("casualties total", "casualties")):
        if not shared and x in a.figures and y in b.figures:
            return _compare(a, b, family, [(a.figures[x], b.figures[y])])
    if not shared:
        return None
    return _compare(a, b, family, [_in_one_unit(a, b, m) for m in shared], shared)


# Days in each unit of time: "84 months" and "seven years" are compared in years, never shown so.
_DAYS_IN = {"decade": 3652.5, "year": 365.25, "month": 30.4375, "week": 7.0, "day": 1.0, "hour": 1 / 24}


def _in_one_unit(a: Features, b: Features, measure: str) -> tuple[Figure, Figure]:
    """The two claims' figures of ``measure``, a duration or an area in the finer unit converted to the coarser one."""
    x, y = a.figures[measure], b.figures[measure]
    ux, uy = a.durations.get(measure), b.durations.get(measure)
    sizes = next((table for table in (_DAYS_IN, AREA_HECTARES) if ux in table and uy in table), None)
    if ux is None or uy is None or ux == uy or sizes is None:
        return x, y
    if sizes[ux] < sizes[uy]:
        return converted_figure(x, sizes[ux] / sizes[uy]), y
    return x, converted_figure(y, sizes[uy] / sizes[ux])


def same_figure_of_a_measure(a: Features, b: Features) -> bool:
    """The two claims give one value of a measure they both count ("seven years" / "84 months" in prison)."""
    for m in a.figures.keys() & b.figures.keys():
        x, y = (_point(fig) for fig in _in_one_unit(a, b, m))
        if x is not None and y is not None and abs(x - y) <= 1e-6 * max(abs(x), abs(y), 1.0):
            return True
    return False


# A figure for a year named as such: "so far this year", "last year", "in 2024" (not "late 2024").
_YEAR_SCOPE = re.compile(
    r"\b(?:last|this|previous|past)\s+year\b|\b(?:in|during|for|throughout)\s+(?:(?:19|20)\d\d)\b(?!\s*[-–])",
    re.IGNORECASE,
)

# The claim gives its figure for a year it names ("last year", "in 2023").
_year_scoped = claim_says(_YEAR_SCOPE, "_year_scoped")


def _another_year(a: Features, b: Features) -> bool:
    """Both claims give a figure for a year they name ("killed 120 people so far this year" / "killed 310
    people last year") and the years differ: a year's total is not revised by another year's count. (A
    count "since" a year is a running total, not that year's.)"""
    if a.since_text or b.since_text or not (_year_scoped(a) and _year_scoped(b)):
        return False
    return (a.period or a.when or "")[:4] != (b.period or b.when or "")[:4]


def _a_years_figure_against_another(a: Features, b: Features) -> bool:
    """One claim gives its figure for a year it names ("seized 4.5 tonnes of cocaine last year") and the other is
    of another year ("seized 1.2 tonnes on Tuesday"): a year's total is not revised by another year's count."""
    for x, y in ((a, b), (b, a)):
        year, other = (x.period or x.when or "")[:4], (y.period or y.when or "")[:4]
        if not x.since_text and _year_scoped(x) and year.isdigit() and other.isdigit() and year != other:
            return True
    return False


def _sums_or_rates(a: Features, b: Features) -> bool:
    """Either claim gives its figures as sums of money or percentages (a year's results, reported in the next), or
    as what describes a person ("a mother of 12", told of a shooting "in 2011" and of its trial two years on)."""
    return any(
        (q.unit is not None and (q.unit == "percent" or is_money(q.unit))) or q.measure == FAMILY_SIZE
        for f in (a, b)
        for q in f.claim.quantities
    )


def _after_its_report(f: Features) -> bool:
    """The claim's own date is later than its article's: a deadline or a forecast's time, not the figure's."""
    day, published = f.claim.date or "", f.article.published or ""
    return bool(day and published) and day > published[: len(day)]


# Families that count things as a counted noun does, named by what befell them ("without power" counts homes): two
# counts of one moment are two firm counts of one thing, apart only when they cannot both hold.
_THINGS_COUNTED = frozenset({"without power", "power restored"})


def _a_year_or_more_apart(a: Features, b: Features) -> bool:
    """Both claims name their own time and it is a year or more apart: to the month (2023-03 / 2024-05), or
    two calendar years when one names only its year ("in 2023" may be any day of it)."""
    if not (a.claim.date and b.claim.date) or a.claim.date_estimated or b.claim.date_estimated:
        return False
    x, y = a.claim.date, b.claim.date
    if _after_its_report(a) or _after_its_report(b):
        return False  # "1,800 jobs will go by 2037": a plan's deadline, not the time the figure is of
    if not (x[:4].isdigit() and y[:4].isdigit()):
        return False
    if len(x) >= 7 and len(y) >= 7 and x[5:7].isdigit() and y[5:7].isdigit():
        months = abs((int(x[:4]) * 12 + int(x[5:7])) - (int(y[:4]) * 12 + int(y[5:7])))
        return months >= 12
    return abs(int(x[:4]) - int(y[:4])) >= 2


def _years_apart(a: Features, b: Features) -> int:
    x, y = (a.when or "")[:4], (b.when or "")[:4]
    return abs(int(x) - int(y)) if x.isdigit() and y.isdigit() else 0


def _same_point(x: Figure, y: Figure) -> bool:
    px, py = _point(x), _point(y)
    return px is not None and py is not None and abs(px - py) <= 0.05 * max(px, py)


def _beyond_the_others_whole(a: Features, b: Features, measures: Sequence[str]) -> bool:
    """One claim counts a part of a whole it names ("241 of the 242 people on board"), and the other, naming no whole,
    counts more than that whole."""
    for x, y in ((a, b), (b, a)):
        for m in measures:
            whole = x.wholes.get(m)
            if (
                whole is not None
                and m not in y.wholes
                and (point := _point(y.figures[m])) is not None
                and point > whole
            ):
                return True
    return False


def _revision_of(a: Features, b: Features, measures: Sequence[str]) -> tuple[Features, Features] | None:
    """(new, old) when one claim names the other's figure as the value it replaces ("up from the 31%")."""
    if not (a.prior or b.prior):
        return None
    for x, y in ((a, b), (b, a)):
        if _day_on_day(x):
            continue  # "1,100 flights on Wednesday, up from 800 on Tuesday": another day's count, not a revision
        for m in measures:
            if _point(x.figures[m]) is not None and _point(x.figures[m]) == _point(y.figures[m]):
                continue  # both give the new value ("rose to 4.6% from 4.4%" / "4.6%"): one report, no revision
            replaced = m in x.prior and any(_same_point(x.prior[m], v) for v in y.values.get(m, [y.figures[m]]))
            # (to the coarser of the two dates: a claim dated "2027" is not before one of "2027-01")
            told, other = x.when or "", y.when or ""
            if replaced and told[: len(other)] >= other[: len(told)]:
                return x, y
    return None


# A figure set against another's, a few words before when that other was: "up from 800 on Tuesday".
_FROM_ANOTHER_VALUE = r"\b(?:up|down|rising|falling|compared)\s+(?:from|with)\s+(?:[\w$€£%.,-]+\s+){0,3}?"
# A figure set against another year's: "up from 72% in 2022", "compared with 3.1% a year earlier".
_YEAR_ON_YEAR = re.compile(
    _FROM_ANOTHER_VALUE
    # ("up from 56% at the last election in 2026": the other value's occasion, then its year)
    + r"(?:(?:at|in)\s+the\s+(?:last|previous|past)\s+(?:election|vote|poll|census|count|survey|season)\s+)?"
    + r"(?:(?:in|for)\s+(?P<year>(?:19|20)\d\d)\b|(?:a|one)\s+year\s+(?:earlier|ago|before)\b|last\s+year\b)"
)


@per_claim
def _year_set_against(f: Features) -> tuple[str | None] | None:
    """(the year named, if one is) when the claim sets its figure against another year's value, else None."""
    against = _YEAR_ON_YEAR.search(f.claim.text)
    return None if against is None else (against.group("year"),)


def _set_against_another_years(new: Features, old: Features) -> bool:
    """The figure ``new`` replaces is another year's, not ``old``'s ("63.4%, up from 56% at the last election in 2026"
    against this year's "about 61%"): a baseline, no competing count."""
    against = _year_set_against(new) if new.prior else None
    return against is not None and (against[0] is None or against[0] != (old.period or old.when or "")[:4])


def _earlier_year_as_baseline(a: Features, b: Features, measures: Sequence[str]) -> tuple[Features, Features] | None:
    """(new, old) when one claim sets its figure against another year's value and the other claim is that value."""
    for x, y in ((a, b), (b, a)):
        against = _year_set_against(x) if x.prior else None
        if against is None:
            continue
        year = against[0]
        if year and (y.period or y.when or "")[:4] != year:
            continue
        if any(
            m in x.prior and any(_same_point(x.prior[m], v) for v in y.values.get(m, [y.figures[m]])) for m in measures
        ):
            return x, y
    return None


_DAY_WORDS = "(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + ")"
# A figure set against another day's or week's: "up from 800 on Tuesday", "down from 52 the previous day".
_DAY_ON_DAY = re.compile(
    _FROM_ANOTHER_VALUE + r"(?:on\s+" + _DAY_WORDS + r"\b|"
    r"(?:the|a)\s+(?:previous|prior|day|week)\s+(?:day|week|earlier|before)\b|yesterday\b|"
    r"(?:a|one)\s+(?:day|week)\s+earlier\b|last\s+week\b)"
)


# The day a figure itself is of, before what it is set against: "1,100 flights on Wednesday, up from 800 on Tuesday"
# (a count of each day); "has now received 29, up from 14 last week" has none (a running total, updated).
_OWN_DAY = re.compile(r"\b(?:on\s+" + _DAY_WORDS + r"|yesterday|today)\b")


@per_claim
def _day_on_day(f: Features) -> bool:
    text = f.claim.text
    if " from " not in text and " with " not in text:
        return False
    m = _DAY_ON_DAY.search(text)
    if m is None:
        return False
    # (not a day that dates the saying: "38 have died, the ministry said on Wednesday, up from 21 on Monday")
    lowered = text.lower()
    return any(day_of_an_event(lowered, own.start()) for own in _OWN_DAY.finditer(text, 0, m.start()))


def _held_dispute(a: Features, b: Features, family: str, measures: Sequence[str]) -> Candidate | None:
    """A claim holding several values of the measure ("80%, while the ministry said 31%") reports a
    dispute itself: it agrees with whichever value the other claim states, and conflicts with neither."""
    if not (a.several or b.several) or not any(m in a.several or m in b.several for m in measures):
        return None
    new, old = _later_first(a, b)
    if any(_same_point(x, y) for m in measures for x in a.values.get(m, []) for y in b.values.get(m, [])):
        return _figure_link(new, old, family, "corroborates", 0.6, "one of the figures agrees")
    return _figure_link(new, old, family, "related", 0.4, "disputed figures")


def _parts_of_one_whole(a: Features, b: Features, measures: Sequence[str]) -> bool:
    """Both claims count a part of the same whole ("12 of the city's 48 schools" / "19 of its 48 schools")."""
    return bool(measures) and all(m in a.wholes and a.wholes[m] == b.wholes.get(m) for m in measures)


_WORLDWIDE = re.compile(
    r"\b(?:worldwide|globally|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe))\b", re.I
)


# The countries that share the euro, named as one place: "euro zone inflation", "in the euro area", "the eurozone",
# "the 20 countries that use the euro".
_EURO_AREA = re.compile(
    r"\b(?:euro[\s-]?(?:zone|area)|eurozone|(?:single[\s-]currency|euro)\s+(?:area|bloc)|"
    r"(?:\w+\s+)?(?:countries|nations|members|economies)\s+(?:that|which)\s+(?:use|share)\s+the\s+(?:euro|single\s+currency))\b",
    re.IGNORECASE,
)


# (a country by its letters too: "UK consumer price inflation", "U.S. inflation")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b|\b[A-Z]{2,3}\b|\b(?:[A-Z]\.){2,3}")


def _countries_in(text: str) -> frozenset[str]:
    """The countries the words name, by name or by their people ("German inflation", "in Spain")."""
    found = set()
    for m in _CAPITALISED.finditer(text):
        # (each word too: "In Germany, inflation ..." opens with two capitalised words, the first no name)
        for name in (m.group(), *m.group().split()):
            country = country_of(name) or country_of(name.replace(".", ""))
            if country is not None:
                found.add(country)
                break
    return frozenset(found)


@per_claim
def _countries_named(f: Features) -> frozenset[str]:
    return _countries_in(f.claim.text)


_names_euro_area = claim_says(_EURO_AREA, "_names_euro_area")


@per_article
def _headline_scope(article: Article) -> tuple[bool, frozenset[str]]:
    """Whether the headline names the euro area, and the countries it names."""
    title = article.title or ""
    return _EURO_AREA.search(title) is not None, _countries_in(title)


def _euro_area_or_countries(f: Features) -> tuple[bool, frozenset[str]]:
    """Whose figure the claim gives: the euro area's or countries' it names, else (naming neither) its headline's
    ("Core inflation eased to 4.2%" under "Eurozone inflation slows to 2.9%")."""
    own = _names_euro_area(f), _countries_named(f)
    return own if own[0] or own[1] else _headline_scope(f)


def _euro_area_and_a_country(a: Features, b: Features) -> bool:
    """One claim's figure is the euro area's ("Inflation in the euro zone rose to 2.4%"), the other's one country's
    ("German inflation rose to 2.4%") and it never names the euro area: a bloc's figure and one member's."""
    (x_bloc, x_countries), (y_bloc, y_countries) = _euro_area_or_countries(a), _euro_area_or_countries(b)
    return (x_bloc and not y_bloc and bool(y_countries) and not x_countries) or (
        y_bloc and not x_bloc and bool(x_countries) and not y_countries
    )


@per_claim
def _counted_in_by_its_lead(f: Features) -> frozenset[str]:
    """The countries a headline's lead sentence giving the same figure counts it in ("Toyota recalls 1.1 million RAV4s
    in US" over "... about 1.1 million RAV4 SUVs in the U.S."); none for a claim that is no headline."""
    lead = lead_sentence_giving(f)
    return countries_placed_in(lead) if lead is not None else frozenset()


@per_claim
def _counts_worldwide(f: Features) -> bool:
    """Its figure is counted worldwide, by its words or, for a headline, by its lead's giving the same figure."""
    if _WORLDWIDE.search(f.claim.text):
        return True
    lead = lead_sentence_giving(f)
    return lead is not None and _WORLDWIDE.search(lead) is not None


def _counted_in_other_countries(a: Features, b: Features) -> str | None:
    """One claim counts in a country ("48,000 vehicles in Canada") the other's article never names, and the other
    names a country of its own ("... U.S. regulators") or counts worldwide: two scopes' counts."""
    if _euro_area_and_a_country(a, b):
        return "the euro area's figure and one country's"
    for x, y in ((a, b), (b, a)):
        located = countries_counted_in(x) or _counted_in_by_its_lead(x)
        if located and _counts_worldwide(y) and not _counts_worldwide(x):
            return (
                "a country's count and a worldwide one"  # "140,000 vehicles in the United States" / "210,000 worldwide"
            )
        theirs = {p for p in y.places if country_of(p) == p}
        if located and theirs and not (located & theirs) and not any(_names_in_body(y, c) for c in located):
            return "counts in different countries"
    return None


# A figure said of the countries a text has not named: "Steel from other countries still faces a 50% tariff".
_OTHER_COUNTRIES = re.compile(
    r"\b(?:all\s+)?other\s+(?:countries|nations|states|members|member\s+states|suppliers|exporters|trading\s+partners)\b"
    r"|\bthe\s+rest\s+of\s+the\s+(?:world|bloc|union)\b",
    re.IGNORECASE,
)


def _others_against_a_country(a: Features, b: Features) -> str | None:
    """One claim's figure is that of "other countries" and the other's is named for a country ("Britain ... its rate
    staying at 25%"): the countries set apart from it, never its revision."""
    for x, y in ((a, b), (b, a)):
        if _of_other_countries(x) and not _of_other_countries(y) and _countries_named(y):
            return "one country's figure and other countries'"
    return None


_of_other_countries = claim_says(_OTHER_COUNTRIES, "_of_other_countries")


# A company's jobs and staff are counted site by site as well as in all: "1,900 workers at the Trollhavn plant",
# "At Trollhavn, 1,500 jobs will go", "cuts at its plant in Trollhavn".
_STAFF_FAMILIES = frozenset({"jobs", "workers", "employees", "staff"})
_FACILITY = (
    r"(?:plant|factory|mill|works|site|mine|depot|warehouse|store|branch|campus|office|yard|shipyard|refinery|"
    r"smelter|hospital|terminal)s?"
)
_AT_A_SITE = re.compile(
    r"\bat\s+(?:the|its|their)\s+(?P<a>(?:[A-Z][\w'’-]+\s+){1,3})" + _FACILITY + r"\b"
    r"|\bat\s+(?:the|its|their)\s+(?:\w+\s+)?"
    + _FACILITY
    + r"\s+(?:in|at|near)\s+(?P<b>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"|^(?:At|In)\s+(?P<c>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),"
)


# "In Porto Verde alone, 52 people have died": a part of the whole story's count, said to be one.
_PLACE_ALONE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ff]or)\s+(?:the\s+)?(?:(?:town|city|village|district|province|region|state|county|port|island|"
    r"municipality)\s+of\s+)?(?P<place>(?:[A-Z][\w'’-]+\s+){1,3})alone\b"
)


# A count said of the whole country ("Nationally, 212 cases ...", "1,900 nationwide", "across the country"), or of a
# body's whole the world over ("about 6,000 workers, or roughly 3% of its global workforce").
_OF_THE_WHOLE = re.compile(
    r"\b(?:nationally|nationwide|country-?wide|worldwide|globally|company-?wide|"
    r"(?:its|their|the\s+company['’]s|the\s+group['’]s)\s+(?:global|worldwide|total)\s+(?:workforce|staff|headcount)|"
    r"across\s+the\s+(?:whole\s+|entire\s+)?(?:country|nation)|"
    r"(?:in|for|throughout)\s+the\s+(?:whole|entire)\s+(?:country|nation)|in\s+the\s+country\s+as\s+a\s+whole)\b",
    re.IGNORECASE,
)

_counts_nationwide = claim_says(_OF_THE_WHOLE, "_counts_nationwide")


_LEAD_OF_AN_ARTICLE = 300  # characters: its headline and first sentence
# A part of a country named as such: "in Vessen county", "the city", "the northern province of ...".
_LOCAL_AREA = re.compile(
    r"\b(?:county|province|district|region|state|city|town|village|municipality|prefecture|borough|parish)\b",
    re.IGNORECASE,
)


@per_claim
def _counts_locally(f: Features) -> bool:
    """The claim names a part of a country; one naming nothing ("The total now stands at 61") is its lead's count."""
    if _LOCAL_AREA.search(f.claim.text) is not None:
        return True
    return not f.entities and _LOCAL_AREA.search(f.article.body, 0, _LEAD_OF_AN_ARTICLE) is not None


def _national_and_local(a: Features, b: Features, pairs: list[tuple[Figure, Figure]]) -> str | None:
    """One claim counts across the whole country and the other, a part of it ("Nationally, 212 cases ..." / "53 cases
    in Vessen county"), gives a smaller count: the country's whole and a part of it, never its revision. (A count
    "in Marenda", the country, is the whole told again.)"""
    for x, y in ((a, b), (b, a)):
        if _counts_nationwide(x) and not _counts_nationwide(y) and _counts_locally(y) and _larger_than(pairs, x is a):
            return "the whole country's count and a smaller one"
    return None


# A count placed in one village or town by name: "buried the village of Lang Nu", "in the town of Derna".
_IN_A_SETTLEMENT = re.compile(
    r"\b(?:the\s+)?(?:village|town|hamlet|settlement)\s+of\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)


def _a_settlements_count_and_a_countrys(a: Features, b: Features, pairs: list[tuple[Figure, Figure]]) -> str | None:
    """One claim counts in a village or town it names ("A flash flood buried the village of Lang Nu, killing at least
    30") and the other, placed in a country by its own words and never naming that place, gives a larger count ("The
    death toll from Typhoon Yagi in Vietnam rose to 59"): the country's whole and a settlement's part."""
    for x, y in ((a, b), (b, a)):
        found = _IN_A_SETTLEMENT.search(x.claim.text)
        if found is None or found.group("place") in y.claim.text or not countries_counted_in(y):
            continue
        if _larger_than(pairs, y is a):
            return "a village's count and a larger one of a country"
    return None


def _one_places_count_alone(a: Features, b: Features, pairs: list[tuple[Figure, Figure]]) -> str | None:
    """One claim counts "in X alone" and the other, which never names X, gives a larger count: the whole of which
    X's is a part, neither its revision nor a second report of it."""
    for x, y in ((a, b), (b, a)):
        place = _place_alone(x)
        if place is None or place in y.claim.text:
            continue
        if _larger_than(pairs, y is a):
            return "one place's count and a larger one that names no such place"
    return None


@per_claim
def _place_alone(f: Features) -> str | None:
    """The place the claim counts "in X alone", else None."""
    alone = _PLACE_ALONE.search(f.claim.text)
    return None if alone is None else alone.group("place").strip()


def _larger_than(pairs: list[tuple[Figure, Figure]], first_larger: bool) -> bool:
    """Every shared figure of one claim (the first of each pair when ``first_larger``) above the other's."""
    points = [(_point(x), _point(y)) for x, y in pairs]
    return bool(points) and all(
        p is not None and q is not None and (p > q if first_larger else q > p) for p, q in points
    )


_SPREAD_OVER = re.compile(r"\b(?:mostly|mainly|largely|chiefly|primarily|many|most|some|half)\s+(?:of\s+them\s+)?$")


def _a_sites_count_and_a_larger_one(
    a: Features, b: Features, family: str, pairs: list[tuple[Figure, Figure]]
) -> str | None:
    """One claim counts a company's jobs or staff at a site it names ("1,900 workers at the Trollhavn plant") and
    the other, which never names that site, gives a larger count: the whole company's, of which the site's is a
    part, neither a revision nor a second report of it."""
    if family not in _STAFF_FAMILIES:
        return None
    for x, y in ((a, b), (b, a)):
        name = _site_named(x)
        if name and name not in y.claim.text and _larger_than(pairs, y is a):
            return "a site's count and a larger one that names no site"
    return None


@per_claim
def _site_named(f: Features) -> str | None:
    """The site the claim counts at ("at the Trollhavn plant"), else None (or "")."""
    site = _AT_A_SITE.search(f.claim.text)
    if site is None or _SPREAD_OVER.search(f.claim.text, max(0, site.start() - 16), site.start()):
        return None  # (not "cut about 800 jobs, mostly at its plant in Geleen": where most of the count falls)
    return (site.group("a") or site.group("b") or site.group("c") or "").strip()


def _different_groups(a: Features, b: Features, measures: Sequence[str]) -> bool:
    """ "12 fighters were killed" and "27 civilians were killed" count different people."""
    if not (a.groups or b.groups):
        return False
    for m in measures:
        x, y = a.groups.get(m), b.groups.get(m)
        if x and y and x != y:
            return True
        # Fighters against a count that does not say whose dead: only comparable for the same side.
        if (x == "combatant") != (y == "combatant") and not (a.nationality and a.nationality == b.nationality):
            return True
    return False


def _owners_apart(x: str | None, y: str | None) -> bool:
    """Two known owners of figures, not one country's ("Ukraine's casualties" / "Russian casualties"; "Russia" and
    "Russian" are one)."""
    if x == y:
        return False
    mine, theirs = _owners_country(x), _owners_country(y)
    return mine is not None and theirs is not None and mine != theirs


def _owners_country(nationality: str | None) -> str | None:
    """The country a known owner of figures stands for ("Russian": Russia; an unknown name stands for itself)."""
    return (country_of(nationality) or nationality) if nationality and _known_owner(nationality) else None


def _known_owner(nationality: str | None) -> bool:
    """A nationality the gazetteer or the world's countries know (a demonym or country), not an unseen place name."""
    if not nationality:
        return False
    gaz = gazetteer()
    return nationality in gaz.demonyms or nationality in gaz.entities or country_of(nationality) is not None


# "only 1,800 ..., far fewer than the union claimed", "disputed the union's figure": a count set against
# another party's count, named by the word its speaker's name ends with.
_SET_AGAINST = re.compile(
    r"\b(?:fewer|less|lower|more|higher|greater|smaller|larger)\s+than\s+(?:the\s+)?(?P<party>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,3}?)"
    r"\s+(?:had\s+|has\s+|have\s+)?(?:claimed|said|says|claims|reported|estimated|announced|put\s+it|suggested)\b"
    r"|\b(?:disput\w*|contest\w*|reject\w*|challeng\w*|dismiss\w*)\s+(?:the\s+)?(?P<owner>[A-Za-z][\w-]*)['’]s?\s+"
    r"(?:figures?|counts?|estimates?|numbers?|tally|toll|claims?)\b"
    # "giving a lower toll than the IOM", "a higher figure than the ministry's"
    r"|\b(?:an?|its)\s+(?:much\s+|far\s+)?(?:lower|higher|smaller|larger|different)\s+(?:death\s+)?"
    r"(?:toll|figures?|counts?|estimates?|numbers?|tally|total)\s+than\s+(?:that\s+of\s+)?(?:the\s+)?"
    r"(?P<other>[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,3}?)(?:['’]s?)?(?=\s*(?:[.,;]|$|\s+(?:did|had|gave|has|and)\b))"
    # "more than double the figure given by the government", "well above the toll reported by the ministry"
    r"|\b(?:than|double|twice|triple|half|above|below)\s+the\s+(?:official\s+)?(?:death\s+)?"
    r"(?:figures?|toll|counts?|numbers?|estimates?|tally|total)\s+(?:given|reported|announced|released|published|"
    r"provided|issued|cited)\s+by\s+(?:the\s+)?(?P<by>[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){0,3}?)(?=\s*(?:[.,;]|$))"
    # "three times the UN's figure", "double the ministry's official toll", "half the government's estimate"
    r"|\b(?:double|twice|triple|half|(?:two|three|four|five|ten)\s+times)\s+(?:that\s+of\s+)?the\s+"
    r"(?P<whose>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)['’]s?\s+(?:own\s+|official\s+)?(?:death\s+)?"
    r"(?:figures?|toll|counts?|numbers?|estimates?|tally|total)\b"
    # "far above the junta's count", "well below the ministry's official toll"
    r"|\b(?:far|well|way|much)\s+(?:above|below|higher\s+than|lower\s+than)\s+the\s+"
    r"(?P<beyond>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)['’]s?\s+(?:own\s+|official\s+)?(?:death\s+)?"
    r"(?:figures?|toll|counts?|numbers?|estimates?|tally|total)\b"
    # "far more than the official toll of 37": the authorities' figure
    r"|\b(?:more|fewer|higher|lower|greater|above|below)\s+(?:than\s+)?the\s+(?P<official>official)\s+(?:death\s+)?"
    r"(?:figures?|toll|counts?|numbers?|estimates?|tally|total)\b"
    # "more people had died than the 30 the police announced": the other's figure quoted to be disputed
    r"|\b(?:more|fewer)\s+(?:[a-z]+\s+){0,8}?than\s+the\s+\d[\d,.]*\s+(?:that\s+|which\s+)?(?:the\s+)?"
    r"(?P<announcer>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,2}?)\s+(?:had\s+|has\s+)?"
    r"(?:announced|said|reported|claimed|gave|counted|confirmed)\b",
    re.IGNORECASE,
)
# Who a government's figure comes from: "the figure given by the government" is its ministry's or its officials'.
_GOVERNMENT_WORDS = frozenset({"government", "authorities", "officials", "official", "junta", "regime", "state"})
_OF_A_GOVERNMENT = frozenset(
    {
        "government",
        "authorities",
        "officials",
        "ministry",
        "minister",
        "department",
        "spokesman",
        "spokeswoman",
        "police",
    }
)


@per_claim
def _setting_against(f: Features) -> re.Match[str] | None:
    """Where the claim sets its figure against another party's (``_SET_AGAINST``), in its own words or, for a headline,
    in the lead restating its figure ("BBC investigation finds at least 82 died in crush" over "... at least 82 people
    died, far more than the official toll of 37")."""
    return _SET_AGAINST.search(f.claim.text) or _SET_AGAINST.search(restating_lead(f))


def _set_against(f: Features) -> str | None:
    """The party the claim sets its figure against, as written ("the union" in "far fewer than the union
    claimed"), if it does."""
    m = _setting_against(f)
    return None if m is None else next((party for party in m.groupdict().values() if party), None)


def _quotes_disputed(f: Features) -> bool:
    """The claim gives the figure it disputes as its own number ("more people died than the 30 the police announced")."""
    m = _setting_against(f)
    return m is not None and m.group("announcer") is not None


def _disputing(a: Features, b: Features) -> tuple[Features, Features] | None:
    """(disputing, disputed) when one claim sets its figure against the other's source by name
    ("far fewer than the union claimed" against the union's count)."""
    for x, y in ((a, b), (b, a)):
        named = _set_against(x)
        if named is None or not y.claim.speaker or same_speaker(x, y):
            continue
        party = named.split()[-1].lower().strip("'’")
        said_by = y.claim.speaker_chain or [y.claim.speaker]
        names = {w.lower().strip("'’") for name in said_by for w in name.split()}
        # (or its initials: "the IOM" is the International Organization for Migration)
        initials = {"".join(w[0] for w in name.split() if w[0].isupper()).lower() for name in said_by}
        if party in names or (len(party) >= 2 and party in initials):
            return x, y
        if party in _GOVERNMENT_WORDS and names & _OF_A_GOVERNMENT:
            return x, y  # "double the figure given by the government" against its health ministry's count
        if party == "state" and any(countries_of_region(name) for name in said_by):
            return x, y  # "far higher than the state's official count" against "Texas says 210 died"
        body = gazetteer().canonical(named.strip("'’ "))
        if body is not None and body in y.entities:
            return x, y  # "three times the UN's figure" against "the United Nations humanitarian office OCHA said"
    return None


_QUARTER = re.compile(
    r"\b(?:(?P<word>first|second|third|fourth|1st|2nd|3rd|4th)[- ](?P<part>quarter|half)|(?P<q>Q[1-4]|H[12]))\b",
    re.IGNORECASE,
)
_ORDINAL = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3", "fourth": "4", "4th": "4"}


# A figure its claim calls a part of a wider whole: "310 jobs will go at its Dublin office, part of the global cuts
# announced this month", "as part of a wider programme of 4,000 redundancies".
_PART_OF_A_WIDER = re.compile(
    r"\bpart\s+of\s+(?:the|its|their|an?|a\s+much)\s+(?:[\w-]+\s+){0,2}?(?:global|wider|overall|larger|broader|"
    r"bigger|total|company-wide|group-wide|worldwide|nationwide|international|Europe-wide|country-wide)\b",
    re.IGNORECASE,
)


# Bodies recovered on a day or days the claim names, told in the simple past with no total beside them ("Divers
# recovered seven bodies from the wreckage on Wednesday and Thursday"): that day's recoveries, a part of the toll (not
# "have recovered 19 bodies", nor "rose to 21 after rescuers recovered two more bodies on Wednesday").
_BODIES_RECOVERED_ON_A_DAY = re.compile(
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bhad\s)\b(?:recovered|retrieved|pulled\s+out|pulled)\s+(?:[\w-]+\s+){0,2}?bodies\b"
    r"[^.;]*?\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|overnight|yesterday)\b",
    re.IGNORECASE,
)
_A_TOTAL_BESIDE = re.compile(
    r"\b(?:bring\w*|brought|toll|total|rose|risen|rising|number\s+of|so\s+far|in\s+all|more|further|another)\b", re.I
)


# A place said to be among the worst hit, given its own count: "The Kathmandu valley was among the worst hit: 34 people
# died there", "the hardest-hit district", "worst affected".
_WORST_HIT = re.compile(r"\b(?:worst|hardest|most\s+severely|most\s+badly)[\s-]+(?:hit|affected)\b", re.IGNORECASE)

_tells_a_worst_hit_place = claim_says(_WORST_HIT, "_tells_a_worst_hit_place")


def _worst_hit_place_alone(a: Features, b: Features) -> bool:
    """One claim counts a place among the worst hit and the other names none of its places: the other counts the
    whole ("have killed 66 people across Nepal"), this one a part of it. (Both naming the place is one count.)"""
    for x, y in ((a, b), (b, a)):
        if _tells_a_worst_hit_place(x) and not _tells_a_worst_hit_place(y):
            # (the claims' own places: one article's lead names the place for both)
            mine = {w for name in x.places if country_of(name) != name for w in name.split() if w[:1].isupper()}
            if mine and not any(w in y.claim.text for w in mine):
                return True
    return False


# A running total beside the next one: "bringing the toll to two", "That brings the number culled to 208,000".
_RUNNING_TOTAL = re.compile(r"\b(?:bring\w*|brought|total|toll|in\s+all)\b", re.IGNORECASE)

_tells_a_running_total = claim_says(_RUNNING_TOTAL, "_tells_a_running_total")


# A sentence whose subject is the next of its kind, or told in it: "A second outbreak of bird flu has been found ...",
# "... were released on Saturday in the second exchange". (Not one that names it further on, as a cause: "leaked ...,
# more than three times its first estimate, after divers found a second crack".)
_NEXT_HAPPENINGS = (
    r"(?:outbreak|farm|site|quake|earthquake|aftershock|attack|strike|blast|explosion|fire|wildfire|blaze|storm|flood|"
    r"landslide|crash|collision|derailment|shooting|bombing|raid|spill|leak|eruption|exchange|release|round|wave|"
    r"shipment|batch|recall|cull)s?"
)
_THE_NEXT_ONE = re.compile(
    # (a happening, not a victim: "A fifth person has died" gives the toll, five)
    rf"\A\s*(?:A|An)\s+(?:second|third|fourth|fifth)\s+(?:[a-z-]+\s+)?{_NEXT_HAPPENINGS}\b|"
    # (the happening the figure is told in: "Four hostages were released on Saturday in the second exchange")
    rf"\bin\s+the\s+(?:second|third|fourth|fifth|sixth)\s+(?:[a-z-]+\s+)?{_NEXT_HAPPENINGS}\b"
)

_tells_the_next_one = claim_says(_THE_NEXT_ONE, "_tells_the_next_one")


def _counts_the_next_one(a: Features, b: Features) -> bool:
    """One claim counts what the next of its kind took ("A second outbreak ... its 48,000 birds were culled"), not a
    running total, and the other is the first one's count (told on an earlier day) or the running total it adds to:
    the next one's own count is neither a value of the first's nor of the total."""
    for x, y in ((a, b), (b, a)):
        if _tells_the_next_one(x) and not _next_one(y) and not _tells_a_running_total(x) and not _grows(x):
            if _tells_a_running_total(y) or _grows(y):
                return True
            later, earlier = x.when or "", y.when or ""
            if len(later) >= 10 and len(earlier) >= 10 and later[:10] > earlier[:10]:
                return True
    return False


# A part of a company named as its results' own: "The company's Intelligent Cloud segment posted $24.3 billion in
# revenue", "Revenue from its cloud unit grew 22%", "its advertising business" (not "the business", "its business").
_A_UNIT = re.compile(
    r"\b(?:segments?|divisions?|units?|arms?)\b|\b(?!(?:the|its|our|their|his|her|a|whole|entire|core)\s)[a-z]+\s+business\b"
)


@per_claim
def _a_units_results(f: Features) -> bool:
    return _RESULTS.search(f.claim.text) is not None and _A_UNIT.search(f.claim.text) is not None


def _one_units_results(a: Features, b: Features) -> bool:
    """One claim gives a unit's results ("The Intelligent Cloud segment posted $24.3 billion in revenue"), the other
    the company's ("reported revenue of $62.0 billion"): a part and the whole, never a value of it."""
    return _a_units_results(a) != _a_units_results(b) and bool(_RESULTS.search(a.claim.text)) == bool(
        _RESULTS.search(b.claim.text)
    )


@per_claim
def _told_as_a_part(f: Features) -> bool:
    text = f.claim.text
    wider = _PART_OF_A_WIDER.search(text)
    if wider is not None:
        # (a figure told after the wider whole is that whole's: "The recall is part of a larger one in the United
        # States, where about 350,000 vehicles are affected")
        return any(q.start - f.claim.start < wider.start() for q in f.claim.quantities)
    return _BODIES_RECOVERED_ON_A_DAY.search(text) is not None and _A_TOTAL_BESIDE.search(text) is None


# A whole year's results: "full-year profit", "annual revenue", "revenue for the year", "in the 2031 financial year".
_WHOLE_YEAR = re.compile(
    r"\b(?:full[- ]year|annual|(?:for|over)\s+the\s+(?:full\s+|whole\s+)?year|(?:fiscal|financial)\s+year|"
    r"year\s+to\s+(?:the\s+)?(?:end\s+of\s+)?(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december))\b",
    re.IGNORECASE,
)


@per_claim
def _periods_of_results(f: Features) -> frozenset[str]:
    """The lengths of the periods a claim's results are for: "quarter" and "half" (named as in :func:`_quarters`) and
    "year" ("full-year", "annual", "for the year"), for claims telling results (revenue, sales, profit)."""
    text = f.claim.text
    if _RESULTS.search(text) is None:
        return frozenset()
    for q in outlooks_beside_results(f.claim):
        # (an outlook's own clause is left out: "... in the second quarter, and still sees annual revenue of ...")
        start, end = q.start - f.claim.start, q.end - f.claim.start
        if 0 <= start < end <= len(text):
            clause = figure_clause(text, start, end)
            text = text.replace(clause, " ") if clause else text
    found = {"quarter" if q.startswith("Q") else "half" for q in _quarter_names(text)}
    if _WHOLE_YEAR.search(text):
        found.add("year")
    return frozenset(found)


# A span of several quarters or months told as one: "in the first three quarters", "the first nine months of the year",
# "over the past six months" (and the year so far, as dates reads it: "so far this year", "the year to date").
_MONTHS_TOGETHER = re.compile(
    r"\b(?:first|past|last|previous)\s+(?:two|three|2|3)\s+quarters\b"
    r"|\b(?:first|past|last|previous)\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months\b",
    re.IGNORECASE,
)


# One month named as a figure's period: "handled 3.2 million passengers in August", "fell 2% last month" (not "on
# August 4", "in August 2031 and July": a day, or months together).
_ONE_MONTH = re.compile(
    r"\b(?:in|during|for|over)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December)\b(?!\s+(?:\d{1,2}\b|and|to|through|-))|\b(?:last|this)\s+month\b"
)


@per_claim
def _tells_one_month(f: Features) -> bool:
    return _ONE_MONTH.search(f.claim.text) is not None


@per_claim
def _tells_months_together(f: Features) -> bool:
    return _MONTHS_TOGETHER.search(f.claim.text) is not None or tells_year_so_far(f.claim.text)


@per_claim
def _quarters(f: Features) -> frozenset[str]:
    """The quarters and halves of a year the claim names ("second-quarter", "Q3", "first half"): Q2, Q3, H1."""
    return _quarter_names(f.claim.text)


@per_claim
def _quarters_told(f: Features) -> frozenset[str]:
    """``_quarters``, or for a claim naming none the one quarter its headline names ("Q3 growth revised up to 0.5%" /
    "The office had initially put growth at 0.4%"), else the one its lead names ("reported revenue of $62.0 billion
    for its fiscal second quarter" over "Net income rose 33% to $21.9 billion.")."""
    own = _quarters(f)
    if own:
        return own
    for told in (f.article.title or "", f.article.body[:LEAD_CHARS]):
        named = _quarter_names(told)
        if named:
            return named if len(named) == 1 else own
    return own


def _quarter_names(text: str) -> frozenset[str]:
    found = set()
    for m in _QUARTER.finditer(text):
        if m.group("q"):
            found.add(m.group("q").upper())
        else:
            found.add(("Q" if m.group("part").lower() == "quarter" else "H") + _ORDINAL[m.group("word").lower()])
    return frozenset(found)


# A company's own results: "Veltro reported revenue of", "its net profit fell", "posted sales of".
_RESULTS = re.compile(
    r"\b(?:revenue|revenues|sales|profit|profits|earnings|net\s+income|turnover|operating\s+income|ebitda|"
    r"net\s+loss|operating\s+loss)\b",
    re.IGNORECASE,
)


# A sentence opening with a name as its subject: "Advanced Micro Devices forecast fourth-quarter revenue", "Bosch plans
# to cut", "Volkswagen on Tuesday denied".
_OPENING_NAME = re.compile(r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+[a-z]")


def _opening_name_of(text: str) -> str | None:
    """The name ``text`` opens with as its subject, not a common word capitalised as the sentence's first ("Police",
    "Analysts", "The")."""
    m = _OPENING_NAME.match(text)
    if m is None:
        return None
    name = m.group("name")
    return None if " " not in name and not a_singular_name(name) else name


@per_claim
def _own_results_of(f: Features) -> str | None:
    """The body whose own results the claim tells (revenue, sales, profit), named in it as its source; or, for a
    claim naming no one ("Third-quarter revenue rose 18% to $6.82 billion."), the body its article's lead opens
    with when the lead tells results too: the article's company."""
    text = f.claim.text
    if not _RESULTS.search(text):
        return None
    speaker = f.claim.speaker or ""
    if speaker[:1].isupper() and speaker in text:
        return None if entity_type(speaker) in ("person", "outlet") else speaker
    if f.entities or f.places:
        return None
    lead = lead_past_dateline(f.article.title or "", f.article.body)
    if not _RESULTS.search(lead) or lead.startswith(text):
        return None
    name = _opening_name_of(lead)
    return None if name is None or entity_type(name) == "outlet" else name


def _own_results_apart(a: Features, b: Features) -> bool:
    """Two companies' own results: each claim's source is a body that names itself in it and is named nowhere
    in the other, and both tell of revenue, sales or profit. A company's results are its own figures."""
    x, y = _own_results_of(a), _own_results_of(b)
    if x is None or y is None or same_speaker(a, b):
        return False
    return not (x in b.claim.text or x in b.entities or y in a.claim.text or y in a.entities)


# "days after a larger outage at rival Nimbra", "its competitor Sorrel": a body the claim sets apart from its own.
_RIVAL = re.compile(
    r"\b(?:rival|rivals|competitor|competitors|competing)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)


def _names_introduced(f: Features, pattern: re.Pattern[str], hints: tuple[str, ...]) -> frozenset[str]:
    """The names ``pattern`` finds in the claim ("rival Nimbra", "another lender, Osterkredit"), sought only when
    one of ``hints`` is in its text."""
    text = f.claim.text
    if not any(hint in text for hint in hints):
        return frozenset()
    return frozenset(m.group("name").rstrip(".") for m in pattern.finditer(text))


# "Ardex, Norvik's main rival, reported revenue of ...": the claim is the rival's; the body it is the rival of is the
# other company.
_RIVAL_OF = re.compile(
    r",\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})['’]s\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:rival|competitor|challenger)\s*,"
)


@per_claim
def _rivals(f: Features) -> frozenset[str]:
    hints = ("ival", "ompet", "hallenger")
    return _names_introduced(f, _RIVAL, hints) | _names_introduced(f, _RIVAL_OF, hints)


def _rival_of_the_other(a: Features, b: Features) -> bool:
    """One claim names as a rival the body the other is about (named in the claim, or in its article's title when
    the claim names none: "Quarterly revenue came in at $9.8 billion" under "Norvik lifts outlook"): two companies'
    figures."""
    return any(
        rivals & (other.entities | other.places | {other.claim.speaker or ""})
        or (not other.entities and any(name in (other.article.title or "") for name in rivals))
        for rivals, other in ((_rivals(a), b), (_rivals(b), a))
        if rivals
    )


# "Another Norwegian lender, Fjordkreditt, said it would cut 400 jobs": the claim's figures are that party's,
# introduced as other than the one its story is about.
_ANOTHER_PARTY = re.compile(
    r"\b(?:[Aa]nother|[Aa] second|[Aa] different)\s+(?:[A-Za-z-]+\s+){0,2}?"
    r"(?:company|firm|lender|bank|carrier|airline|insurer|maker|manufacturer|producer|retailer|group|operator|"
    r"provider|supplier|developer|chain|brand|startup|utility|club|team|party|union|hospital|school|university|"
    r"council|agency|broadcaster|newspaper|network|country|state|city|town|province|region)"
    r",?\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)


# "Rival Vantor, which reports next week, said it would cut 350 jobs": the claim's subject is the rival, its figures
# the rival's.
_RIVAL_AS_SUBJECT = re.compile(
    r"^\W*(?:[Rr]ival|[Cc]ompetitor|[Ii]ts\s+rival|[Ii]ts\s+competitor)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})"
)


@per_claim
def _other_parties(f: Features) -> frozenset[str]:
    return _names_introduced(f, _ANOTHER_PARTY, ("nother", "second", "different")) | _names_introduced(
        f, _RIVAL_AS_SUBJECT, ("ival", "ompetitor")
    )


# A sentence telling its subject's own job cuts: "Volvo Cars is preparing to cut about 3,000 office jobs", "Polestar,
# the electric carmaker controlled by Geely, said on Thursday it would cut about 450 jobs" (not "The Ledger reported
# that Vantor planned to cut": the cutter is named after "that").
_CUTS_OWN = re.compile(
    r"(?:(?:In|By)\s+(?:\d{4}|[A-Z][a-z]+),?\s+|Last\s+(?:year|month|week),?\s+)?"
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})(?:,[^,]{3,80},)?\s+"
    # ("Volkswagen and the IG Metall union agreed on Friday to cut": the company's cuts, agreed with its union)
    r"(?:and\s+(?:the\s+|its\s+)?(?:[A-Z][\w&'’.-]*\s+){1,3}(?:union|unions|works\s+council)\s+)?"
    r"(?:(?:on|in)\s+[A-Z][a-z]+\s+|(?!that\b)[a-z]+\s+){0,4}?"
    r"(?:(?:it\s+)?(?:will|would|plans?\s+to|planned\s+to|(?:is|was)\s+(?:preparing|planning|set)\s+to|is\s+to|to|"
    r"intends\s+to)\s+)?(?:cut|axe[ds]?|shed|eliminat(?:e|ed)|slash(?:ed)?|lay\s+off|laid\s+off)\b"
)


@per_claim
def _own_cuts_of(f: Features) -> str | None:
    """The body whose own job cuts the claim tells, named as the subject it opens with."""
    m = _CUTS_OWN.match(f.claim.text)
    if m is None:
        return None
    name = m.group("name").removesuffix("'s").removesuffix("’s")  # ("Vantor's plan to shed": Vantor's cuts)
    return None if entity_type(name) == "outlet" or not (" " in name or a_singular_name(name)) else name


# An aside naming whose unit a company is: ", a Volkswagen subsidiary,", ", the German group's luxury brand,".
_OWNER_ASIDE = re.compile(
    r",\s+(?:a|an|the)\s+[^,]{0,60}?\b(?:subsidiary|unit|division|brand|arm|affiliate)\b[^,]{0,40},", re.IGNORECASE
)


def _own_cuts_apart(a: Features, b: Features) -> bool:
    """Two companies' own job cuts ("Polestar ... said it would cut about 450 jobs" / "Volvo Cars is preparing to cut
    about 3,000 office jobs"), neither claim naming the other's company: two cuts, not one series."""
    x, y = _own_cuts_of(a), _own_cuts_of(b)
    if x is None or y is None or name_words(x) & name_words(y):
        return False  # ("Vantor" / "Vantor Motors": one company)
    # (a parent named only to say whose unit the cutter is, "Audi, a Volkswagen subsidiary, said ... it would cut
    # 7,500 jobs", is no cut of the parent's)
    mine, theirs = _OWNER_ASIDE.sub(",", a.claim.text), _OWNER_ASIDE.sub(",", b.claim.text)
    # (an entity the text does not write is an alias it implies: still named)
    named_in_b = x in theirs or (x in b.entities and x not in b.claim.text)
    named_in_a = y in mine or (y in a.entities and y not in a.claim.text)
    return not (named_in_a or named_in_b)


# Jobs an economy or employer added against jobs cut or lost: "employers added 143,000 jobs" / "cuts 598,000 jobs from
# payrolls", "will shed 2,000 jobs" (two counts of opposite sense, never one series).
_JOBS_GAINED = re.compile(
    r"\b(?:add(?:s|ed|ing)?|creat(?:e|es|ed|ing)|hir(?:e|es|ed|ing)|gain(?:s|ed|ing)?)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|over\s+|a\s+net\s+)?[\d,.]+(?:\s+(?:million|thousand))?"
    r"\s+(?:new\s+)?jobs\b",
    re.IGNORECASE,
)
_JOBS_CUT = re.compile(
    r"\b(?:cut(?:s|ting)?|eliminat(?:e|es|ed|ing)|shed(?:s|ding)?|slash(?:es|ed|ing)?|axe[sd]?|lost|los(?:e|es|ing)|"
    r"lay(?:s|ing)?\s+off|laid\s+off)\s+(?:[a-z]+\s+){0,3}?(?:about\s+|around\s+|some\s+|nearly\s+|more\s+than\s+|"
    r"over\s+)?[\d,.]+(?:\s+(?:million|thousand))?\s+(?:[a-z]+\s+)?jobs\b",
    re.IGNORECASE,
)


_adds_jobs = claim_says(_JOBS_GAINED, "_adds_jobs")
_cuts_jobs = claim_says(_JOBS_CUT, "_cuts_jobs")


def _jobs_gained_and_cut(a: Features, b: Features) -> bool:
    """One claim counts jobs added, the other jobs cut or lost (and neither tells both)."""
    return one_says_each(a, b, _adds_jobs, _cuts_jobs)


# The year a forecast is for, written before it: "its 2025 global growth forecast", "the 2026 deficit forecast".
_FORECAST_YEAR = re.compile(
    r"\b(?P<year>20\d\d)\s+(?:[a-z-]+\s+){0,3}?(?:forecasts?|outlook|projections?|estimates?)\b"
)


@per_claim
def _forecast_years(f: Features) -> frozenset[str]:
    return frozenset(m.group("year") for m in _FORECAST_YEAR.finditer(f.claim.text))


def _forecast_years_apart(a: Features, b: Features) -> bool:
    """Both claims name the years their forecasts are for, and no year in common."""
    x, y = _forecast_years(a), _forecast_years(b)
    return bool(x and y) and not x & y


def _another_partys_figure(a: Features, b: Features) -> bool:
    """One claim's figures are those of a party it introduces as another ("Another lender, Fjordkreditt, will cut
    400 jobs") and the other claim never names that party: two parties' figures, not one series."""
    return any(
        any(name not in other.claim.text and name not in other.entities for name in names)
        for names, other in ((_other_parties(a), b), (_other_parties(b), a))
        if names
    )


# What a levy is levied on: "tariffs on steel imports from Kestria", "tariffs of 30% on $1.8 billion of American farm
# goods", "steel tariffs": a rate is the rate of a levy on those goods, and another's goods make another series.
_LEVY = r"tariffs?|duties|duty|levies|levy|taxes|tax"
_LEVIED_ON = re.compile(
    rf"\b(?:{_LEVY})\s+(?:of\s+[\d.]+\s*(?:%|percent|per\s+cent)\s+)?on\s+(?:[$€£]?[\d.,]+\s*(?:billion|million|bn|m)?"
    r"\s+(?:worth\s+)?of\s+)?(?P<goods>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2})",
    re.IGNORECASE,
)
_GOODS_BEFORE_LEVY = re.compile(rf"\b(?P<goods>[a-z][a-z-]+)\s+(?:{_LEVY})\b")
_NOT_GOODS = stems(
    "import imports export exports good goods product products american us new higher lower retaliatory punitive "
    "reciprocal blanket sweeping extra additional the its their these those such any all raise raised double doubled "
    "cut impose imposed slap hike lift lifted on from to in of and steep existing current planned proposed "
    "foreign domestic"
)


@per_claim
def _levied_on(f: Features) -> frozenset[str]:
    text = f.claim.text
    if not any(word in text.lower() for word in ("tariff", "dut", "levy", "levies", "tax")):
        return frozenset()
    # the first levy the claim names is its own ("tariffs on American farm goods in response to higher US steel
    # duties": farm goods, not steel)
    for m in sorted([*_LEVIED_ON.finditer(text), *_GOODS_BEFORE_LEVY.finditer(text)], key=lambda m: m.start()):
        written = re.sub(r"\be-(?=[a-z])", "electric ", m.group("goods").lower())  # "e-bikes": electric bikes
        goods = stems(written) - _NOT_GOODS
        if goods:
            return goods | _FUEL if goods & _FUELS else goods  # ("diesel and petrol" is fuel)
    return frozenset()


_FUEL = stems("fuel")
_FUELS = stems("diesel petrol gasoline kerosene")


# Words before "revenue" or "sales" that say when or how much of it, not which part: "third-quarter revenue", "annual
# sales", "total revenue".
_WHOLE_REVENUE_WORDS = frozenset(
    "first second third fourth quarter quarterly annual yearly full-year half-year first-half second-half monthly "
    "total net gross group overall company-wide global worldwide record fiscal its their the company's group's "
    "first-quarter second-quarter third-quarter fourth-quarter q1 q2 q3 q4 h1 h2".split()
)
_TAKINGS = ("revenue", "revenues", "sales", "turnover")


@per_claim
def _takings_part(f: Features) -> str | None:
    """What part of a business's takings the claim's figure is ("iPhone sales", "cloud revenue"), "" for the whole
    ("third-quarter revenue"), None when the claim gives no takings by name."""
    for q in f.claim.quantities:
        words = (q.counted or "").lower().replace("’", "'").split()
        if not words or words[-1] not in _TAKINGS or q.measure not in ("revenue", "sales"):
            continue
        # (an owner is no part: "Apple's revenue", "Microsoft revenue" under a headline naming Microsoft)
        owners = protagonist_words(f)[1]
        part = " ".join(
            w
            for w in words[:-1]
            if w not in _WHOLE_REVENUE_WORDS and not w.isdigit() and not w.endswith("'s") and w not in owners
        )
        unit = _BUSINESS_UNIT.search(f.claim.text, 0, q.start - f.claim.start)
        return part or (unit.group("part").lower() if unit is not None else "")
    return None


# A business's unit told as the subject of its takings: "Its data center business, which makes AI chips, had revenue
# of $26.3 billion", "the group's retail division posted sales of ...".
_BUSINESS_UNIT = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?:company|group)['’]s|[A-Z][\w&-]*['’]s)\s+"
    r"(?P<part>(?:[\w-]+\s+){1,3}?(?:business|division|unit|segment|arm))\b"
)


def _takings_parts_apart(a: Features, b: Features) -> bool:
    """One claim gives a part of a business's takings and the other the whole, or another part ("iPhone sales rose 2%
    to $46.8 billion" / "reported revenue of $70.1 billion"): a part, never a value of the whole."""
    x, y = _takings_part(a), _takings_part(b)
    return x is not None and y is not None and x != y


def _surnames_in(names: frozenset[str], text: str) -> frozenset[str]:
    """The surnames of the people among ``names`` that ``text`` names."""
    return frozenset(
        surname
        for e in names
        if entity_type(e) == "person" and re.search(rf"\b{re.escape(surname := e.split()[-1])}\b", text)
    )


@per_claim
def _people_named(f: Features) -> frozenset[str]:
    """The surnames of the people the claim's own words name (its speaker too)."""
    return _surnames_in(f.entities, f.claim.text)


def _denied_with_other_people(a: Features, b: Features) -> bool:
    """One claim denies something of people its own words name and the other (with its headline and lead) never names,
    and the other or its lead names someone the denial never does: what is denied and what is told are of other people
    ("denied that Putin would meet Zelenskiy" / "Putin will meet Trump"). A denial naming no one ("The ministry denied
    that.") is left to the other checks."""
    for denial, other in ((a, b), (b, a)):
        if denial.polarity != "deny" or other.polarity == "deny":
            continue
        denied = _people_named(denial) - set((denial.claim.speaker or "").split())
        told = _people_named(other) | _people_of_its_lead(other)
        other_text = f"{other.claim.text}\n{_own_lead(other)}"
        if any(p not in other_text for p in denied) and any(p not in denial.claim.text for p in told):
            return True
    return False


@per_claim
def _people_of_its_lead(f: Features) -> frozenset[str]:
    """The surnames of the people the claim's article's headline and lead name."""
    return _surnames_in(f.entities | f.story, _own_lead(f))


def _levies_of_other_directions(a: Features, b: Features) -> bool:
    """Both claims give a levy's rate, and their levies are of other countries or on other countries' goods."""
    return _levy_rates(a, b) and levies_of_other_directions(a.claim.text, b.claim.text)


def _as_related(found: Candidate, note: str) -> Candidate:
    """The link as `related` (its score at most 0.45), its reason with ``note`` added."""
    said = found.reason
    return Candidate(found.source, found.target, "related", min(found.score, 0.45), lambda: f"{said()} — {note}")


def _levy_rates(a: Features, b: Features) -> bool:
    """Both claims' figures compared are a levy's rate ("tariff rate", "duty rate")."""
    return all(any(word in measure for measure in f.figures for word in _LEVY_MEASURES) for f in (a, b))


_LEVY_MEASURES = ("tariff", "duty", "duties", "levy")


def _levied_on_apart(a: Features, b: Features) -> bool:
    """Both claims say what a levy is on, and nothing alike: two levies' rates ("tariffs on steel imports ... to 50%"
    / "30% tariffs on American farm goods"), never one series or one dispute."""
    x, y = _levied_on(a), _levied_on(b)
    return bool(x and y) and not x & y


_STRONG = ("corroborates", "conflicts", "updates")


def _sides_counted_apart(a: Features, b: Features) -> bool:
    """Both claims count one measure, each of another known side ("Russia had launched 150 drones" / "destroyed 150
    Ukrainian drones", North Korean against Russian losses)."""
    # (not a levy's rate: "China's 125% tariff on American goods" is one levy whichever country a reading names its
    # owner; who levies it and on whose goods are told apart by corpus/xref/levies.py)
    return (
        _owners_apart(a.nationality, b.nationality) and not a.families.isdisjoint(b.families) and not _levy_rates(a, b)
    )


@per_article
def _counts_nations_apart(article: Article) -> bool:
    """The article counts two or more nations' people apart (``nations_counted_apart``)."""
    return len(nations_counted_apart(f"{article.title or ''}\n{article.body}")) >= 2


def _one_nation_and_all(a: Features, b: Features) -> bool:
    """One claim counts one nation's people ("at least 530 Egyptians died during the Hajj") and the other a figure of
    one measure that names no nation, in an article counting several nations' people apart ("At least 550 pilgrims
    died", then "Jordan said 41 of its nationals had died"): all nations' total or another's, never the one nation's
    figure told twice."""
    if a.families.isdisjoint(b.families):
        return False
    return any(
        _owners_country(x.nationality) is not None
        and _owners_country(y.nationality) is None
        and _counts_nations_apart(y)
        for x, y in ((a, b), (b, a))
    )


# A figure given to each of several people: "Two former deputies were sentenced to five years each", "were each fined
# $500", "were awarded $1,000 apiece" (not a price per unit: "30 million shares at $18 to $21 each").
_EACH_OF_SEVERAL = re.compile(
    r"\b(?:were|are|will\s+be|have\s+been|had\s+been)\s+(?:each\s+(?:[a-z]+\s+)?)?"
    r"(?:sentenced|jailed|fined|given|awarded|ordered|paid|handed)\b"
    r"(?:\s+(?:each|apiece)\b|[^.;]{0,80}?\s(?:each|apiece)\b(?!\s+(?:of|other|day|week|month|year)\b))"
    r"|\b(?:were|are|will\s+be|have\s+been|had\s+been)\s+each\s+(?:sentenced|jailed|fined|given|awarded|ordered|paid|handed)\b",
    re.IGNORECASE,
)
_each_of_several = claim_says(_EACH_OF_SEVERAL, "_each_of_several")


def _each_and_one(a: Features, b: Features) -> bool:
    """One claim gives its figure to each of several people and the other does not ("Two former deputies were
    sentenced to five years each" / "reduced the prison sentence of the former mayor to five years"): other people's
    terms, however alike."""
    return _each_of_several(a) != _each_of_several(b)


# A headline or lead telling of the next of its kind: "Second warehouse fire in a week hits Marsa", "Firefighters
# battled a blaze at another warehouse", "A third attack in a month".
_HAPPENING_OR_SITE = (
    r"(?:" + words_pattern(SUDDEN + UNFOLDING) + r"|warehouse|factory|plant|building|school|hospital|mine|ship|"
    r"vessel|train|bus|plane|flight|bank|store|shop|home|house)(?:e?s)?"
)
_NEXT_IN_A_HEADLINE = re.compile(
    r"(?:^|\b(?:a|the)\s+)(?:second|third|fourth|fifth)\s+(?!(?:day|days|night|week|month|year|round|time|straight|"
    r"consecutive)\b)(?:[a-z-]+\s+){0,2}?" + _HAPPENING_OR_SITE + r"\b"
    r"|\banother\s+(?:[a-z-]+\s+)?" + _HAPPENING_OR_SITE + r"\b",
    re.IGNORECASE | re.MULTILINE,
)
# Words of a claim that tell of an earlier one than its article's: "a week after a fire destroyed a nearby building".
_OF_AN_EARLIER_ONE = re.compile(
    r"\b(?:after|since|before|first|earlier|previous|last\s+(?:week|month)[’']s|(?:a|one|two)\s+(?:days?|weeks?)\s+ago)\b",
    re.IGNORECASE,
)


@per_claim
def _of_the_next_one(f: Features) -> bool:
    """The claim is of its article's next happening of a kind (the headline or lead tells of "a second" or "another")
    and names no earlier one itself, nor anyone or anywhere its lead does not ("Damage was estimated at 2 million euros,
    police said" under "Second warehouse fire in a week hits Marsa")."""
    lead = f"{f.article.title or ''}\n{lead_past_dateline(f.article.title or '', f.article.body)}"
    # (not one only sought to be averted or threatened: "as it sought to avert a second strike")
    told = [
        m
        for m in _NEXT_IN_A_HEADLINE.finditer(lead)
        if not _AVERTED_BEFORE.search(lead, max(0, m.start() - 30), m.start())
    ]
    if not told or _OF_AN_EARLIER_ONE.search(f.claim.text) is not None:
        return False
    # (a claim naming a place or name its lead does not is of another happening: "In Karachi, police said ..." under
    # "Another factory fire" in Lahore)
    return all(name in lead for name in f.places | f.entities)


def _the_next_and_an_earlier(a: Features, b: Features) -> bool:
    """One claim is of its article's next happening of a kind, and the other, from an article published before it
    that tells of no next one, is of an earlier one: two happenings' figures, however alike."""
    for x, y in ((a, b), (b, a)):
        if x.article.id != y.article.id and _of_the_next_one(x) and not _of_the_next_one(y):
            later, earlier = x.article.published or "", y.article.published or ""
            return bool(later and earlier) and later[:10] > earlier[:10]
    return False


# The stems of verbs of a reaction to a happening ("Saudi Arabia welcomed the talks", "The UN condemned the attack"):
# a party's stance on it, no report of it.
_REACTIONS = frozenset(
    {"welcom", "condem", "prais", "critic", "denoun", "hail", "slamm", "applau", "deplor", "lament", "decri"}
)


def _reaction_and_report(a: Features, b: Features) -> bool:
    """One claim's news is a reaction to a happening and the other's is not ("Saudi Arabia welcomed the talks ... in
    Oman" / "negotiators held indirect talks in Oman on Saturday"), and they state no figure of one measure: a stance on
    the happening, no second report of it."""
    if a.figures.keys() & b.figures.keys():
        return False  # ("The developer welcomed the approval of 900 homes": the figure is told, and agrees)
    return (head_of(a) in _REACTIONS) != (head_of(b) in _REACTIONS)


# One outcome for a person, and its opposite: "A climber survived two nights in an ice cave" / "A climber was killed
# in a fall" tell of two people's fates, never one report.
_SURVIVED = re.compile(r"(?i)\b(?:surviv(?:ed|es|ing|or|ors)|(?:was|were)\s+(?:found\s+)?alive|rescued\s+alive)\b")
_DIED = re.compile(r"(?i)\b(?:died|dies|dead|killed|death|deaths|fatal(?:ly)?|perished|body|bodies)\b")
_WHAT_WENT_BEFORE = re.compile(r"(?i)\b(?:after|when|as|following|since|because|while)\b")


@per_claim
def _survived_only(f: Features) -> bool:
    """Someone survived, and no death is told beside it ("A man has survived two nights in a cave after his brother
    fell to his death": the brother's death is what went before)."""
    text = f.claim.text
    found = _SURVIVED.search(text)
    if found is None:
        return False
    before = _WHAT_WENT_BEFORE.search(text, found.end())
    return _DIED.search(text, 0, before.start() if before else len(text)) is None


@per_claim
def _died_only(f: Features) -> bool:
    return _DIED.search(f.claim.text) is not None and _SURVIVED.search(f.claim.text) is None


def _survived_and_died(a: Features, b: Features) -> bool:
    """One claim tells that someone survived and nobody died, the other that someone died and nobody survived."""
    return (_survived_only(a) and _died_only(b)) or (_survived_only(b) and _died_only(a))


_HEADLINE_DAYS_APART = 7  # a headline tells its own day's news: reports further apart tell other days' happenings


_TELLS_OF_EARLIER_REPORTS = frozenset({"confirmation"})


def _headline_of_another_event(a: Features, b: Features) -> bool:
    """One claim is its article's headline, which tells its news in a few words and is dated by its article alone:
    against another article that is not about the same event (``same_event_articles``, ``dated_alike_articles``), or
    published more than a week apart from it, its few words ("British climber dies in fall") fit many happenings. (A
    headline's figures are compared as figures, whatever their days: "Russia has suffered 250,000 casualties"; nor is
    a headline that confirms, which tells of earlier reports by its nature: "North Korea Confirms It Sent Troops"
    months after the denial.)"""
    if a.article.id == b.article.id or not any(
        _whole_title(f) and not f.claim.quantities and f.claim.kind not in _TELLS_OF_EARLIER_REPORTS for f in (a, b)
    ):
        return False
    days = _published_days(a, b)
    if days is not None and days > _HEADLINE_DAYS_APART:
        return True
    return not (same_event_articles(a, b) or dated_alike_articles(a, b))


def _no_sign_of_one_event(a: Features, b: Features) -> bool:
    """Two articles' claims that name no one, nowhere and no country in common, in articles with nothing telling them
    to be about one event (not published within a week of each other, their texts, headlines and leads unalike:
    ``same_event_articles``, ``same_story``, ``dated_alike_articles``): what agrees is a wording or a figure that fits
    many happenings ("Two people were killed" in reports of two shootings; no figure larger than a small count), no
    second source of one report."""
    if a.article.id == b.article.id or _shared_not_speakers(a, b) or (a.places & b.places):
        return False
    if _a_telling_figure(a) or _a_telling_figure(b):
        return False  # "Food prices rose 5.2% year on year" / "Food prices have risen faster still, by 5.2%"
    if _a_name_in_the_other(a, b) or _a_name_in_the_other(b, a) or _countries_named(a) & _countries_named(b):
        return False  # "Actress Esther Williams dies at 91" / "Esther Williams, swimming star, dies at 91"
    days = _published_days(a, b)
    if days is not None and days <= _DATED_ALIKE_DAYS:
        return False  # "inflation rose to 3.4% in November" / "prices in November were 3.4% higher", a day apart
    return not (same_event_articles(a, b) or same_story(a, b) or dated_alike_articles(a, b))


# Counts this small fit many happenings of a kind ("two people were killed", "three men were arrested"); a larger one, a
# share or a sum ("47 killed", "5.2%", "£350m") is seldom told alike of two.
_COMMON_COUNT = 3


def _a_telling_figure(f: Features) -> bool:
    """The claim states a figure other than a small count or an age (``_COMMON_COUNT``)."""
    return any(v > _COMMON_COUNT or v != int(v) for v in f.stated_counts) or bool(f.sums)


def _a_name_in_the_other(a: Features, b: Features) -> bool:
    """The other claim writes the last word of a name this one gives ("Ellen DeGeneres" in a title-case headline that
    names "DeGeneres", "Reggie Bush" in "Bush has been placed on the injured reserve list")."""
    return any(
        len(last) > 2 and last[:1].isupper() and _names_in(b.claim.text, last.casefold())
        for last in {name.split()[-1] for name in a.entities | a.places}
    )


def _whole_title(f: Features) -> bool:
    return is_headline(f.claim, f.article)


# Strong links a check turns into `related` (in this order; the first that applies gives the note): which relations
# it applies to, the check, and what the reason adds.
_APART_AS_RELATED: tuple[tuple[tuple[str, ...], Callable[[Features, Features], bool], str], ...] = (
    # "Two people were shot dead at the plant" / "Two workers were killed" in a report of another shooting: nothing but
    # the words or the figure says one happening
    (("corroborates",), _no_sign_of_one_event, "no sign of one event"),
    # "tariffs on steel imports to 50%" / "30% tariffs on American farm goods": two levies, however alike
    (_STRONG, _levied_on_apart, "levies on other goods"),
    # "denied a report that Putin was preparing to meet Zelenskiy in Istanbul" / "Putin and Trump will meet in
    # Alaska": another meeting than the one denied, neither confirmed nor contradicted
    (("conflicts", "updates"), _denied_with_other_people, "other people"),
    # "iPhone sales rose 2% to $46.8 billion" / "reported revenue of $70.1 billion": a part of the takings
    (_STRONG, _takings_parts_apart, "another part of takings"),
    # "China will raise its tariffs on US goods to 125%" / "raising the tariff on Chinese imports to 125%": one
    # country's levy and another's, never one rate told twice
    (_STRONG, _levies_of_other_directions, "levies of other countries or on other countries' goods"),
    # "Turnout in the first round two weeks ago was 49.6%" / "Turnout in the run-off reached 52.1%": two rounds' votes
    (_STRONG, rounds_apart, "another round"),
    # "Two former deputies were sentenced to five years each" / the former mayor's five years: others' terms
    (_STRONG, _each_and_one, "each of several, and one"),
    # "Damage was estimated at 2 million euros" under "Second warehouse fire in a week" / the first fire's 2 million
    (_STRONG, _the_next_and_an_earlier, "the next of its kind, and an earlier one"),
    # "Saudi Arabia welcomed the talks in Oman" / "negotiators held indirect talks in Oman": a reaction, not a report
    (("corroborates",), _reaction_and_report, "a reaction to it"),
    # "The labour ministry denied a report that the increase would be paid in two steps" under a German lead / "The
    # ministry denied that the increase would be paid in two steps" under a Dutch one: two countries' matters
    (_STRONG, stories_of_other_countries, "stories of other countries"),
    # "Saknakhshiri denied that the gas sensors in the shaft had been switched off" (TBILISI, a blast in western
    # Georgia, "two days after a blast at Turkey's Amasra mine") / "TTK denied that the gas sensors ... had been
    # switched off" (a blast in Turkey): one wording, each country's own story (corpus/xref/figures_abroad.py)
    (_STRONG, figures_set_abroad, "a story set in another country"),
    # "denied that Czech poultry exports would be halted" / "dismissed reports of a halt to Polish poultry exports"
    (_STRONG, statements_of_other_nations, "statements of other countries"),
    # "Isavia denied reports that Keflavik had been closed" / "Icelandair cancelled 64 flights to and from Keflavik":
    # a denial of another thing than the count (corpus/xref/denied_thing.py)
    (("conflicts",), denial_of_another_thing, "a denial of another thing than the count"),
    # "Icelandair cancelled 64 flights" / "127 flights had been cancelled at the airport" (or "by all airlines"): one
    # doer's count and every doer's at a place, or two doers' (corpus/xref/whose_count.py)
    (_STRONG, counts_of_other_doers, "counts of other doers"),
    # "Buenos Aires province alone is expected to produce 7.9 million tonnes" / "cut its forecast for Argentina's
    # wheat harvest to 17.1 million tonnes": a part told alone, and the whole (corpus/xref/figure_scope.py)
    (_STRONG, a_part_alone_and_another, "a part told alone, and another part or the whole"),
    # "Ukraine's air force said Russia had launched 150 drones" / "Russian air defences destroyed 150 Ukrainian
    # drones": two sides' counts, whatever the words say alike (the figure rules never compare them)
    (_STRONG, _sides_counted_apart, "figures of two sides"),
    # "at least 530 Egyptians died" / "At least 550 pilgrims died" in an article that counts each nation's dead apart
    (_STRONG, _one_nation_and_all, "one nation's count and a count of all"),
    # "South Korea remained the largest source market with 880,000 visitors" under a lead on Japan's arrivals / "South
    # Korea welcomed 1.9 million foreign visitors": each country's count is told under its own lead, no dispute nor
    # revision of the other's (the same figure may still be told in both)
    (("conflicts", "updates"), leads_of_other_countries, "stories of other countries"),
    # "Russia launched 90 drones at Ukraine" / "Russia says it downed 90 drones": an attack's size and a defence's
    # tally, two acts' counts however alike
    (_STRONG, weapon_fates_apart, "weapons fired, and weapons downed"),
    # "About 400,000 people are sheltering in the camp" / "Some 60,000 people have fled the camp": who are there, and
    # who left, never one count
    (_STRONG, stock_and_flow, "people in a place, and people who left it"),
    # "A climber survived two nights in an ice cave" / "A climber was killed in a fall": two people's fates
    (("corroborates",), _survived_and_died, "one survived, one died"),
    # "Seventeen people have died in the Eaton fire" / "The death toll in the Los Angeles fires rose to 16": one named
    # happening's count and all of that kind's
    (_STRONG, one_named_and_all, "one of several, and all of them"),
    # "The Palisades fire has killed eight people" / "Palisades fire grows to 17,000 acres; five dead in Eaton fire"
    (_STRONG, two_named_happenings, "two happenings, each by its name"),
    # "A fast-moving wildfire near Castaic Lake burned 9,400 acres" / "The Palisades Fire had burned 16,000 acres"
    (_STRONG, a_new_one_and_a_named_one, "a new happening, and a named one"),
    # "RSF kills 120 in attack on Darfur camp" / "At least 120 people were killed in fighting over the past week"
    # in another article: one incident's toll and a span's
    (_STRONG, an_incident_and_a_span, "one incident's count, and a span's"),
    # "A Reuters reporter saw three bodies outside parliament" / "22 people had been killed in the protests"
    (_STRONG, a_sighting_and_a_toll, "the dead someone saw, and a toll"),
    # "The two waves of explosions killed at least 37" / "Pagers exploded across Lebanon on Tuesday, killing at least
    # nine": a sum over happenings and one of them
    (_STRONG, several_happenings_and_one, "several happenings' count, and one's"),
    # "Radios exploded on Wednesday, killing at least 20" / "Pagers exploded on Tuesday, killing at least nine": two
    # incidents' tolls
    (_STRONG, incidents_of_other_days, "incidents of other days"),
)


# "joined a separate rally", "in another attack", "a second landslide": another happening than its story's.
_SEPARATE_EVENT = re.compile(
    r"\b(?:(?:a|an)\s+(?:separate|second|different|another|further)|another)\s+(?:[\w-]+\s+)?(?:"
    + words_pattern(SUDDEN + UNFOLDING + GATHERING_WORDS)
    + r")(?:e?s)?\b",
    re.IGNORECASE,
)


# "a second day of protest", "the third march this month", "a fresh rally": a later gathering of a story's series.
_LATER_GATHERING = re.compile(
    r"\b(?:a|the|its|their)\s+(?:second|third|fourth|fifth|sixth|new|fresh|latest)\s+(?:(?:day|round|wave|night)\s+"
    r"of\s+)?(?:[\w-]+\s+)?(?:" + words_pattern(GATHERING_WORDS) + r")(?:e?s)?\b",
    re.IGNORECASE,
)

_a_later_gathering = claim_says(_LATER_GATHERING, "_a_later_gathering")


@per_claim
def _separate_event(f: Features) -> bool:
    """The claim counts at another event than its story's ("joined a separate rally", "in another attack"), not one
    only sought to be averted or threatened ("raised its offer to avert a second strike")."""
    text = f.claim.text
    return any(
        not _AVERTED_BEFORE.search(text, max(0, m.start() - 30), m.start()) for m in _SEPARATE_EVENT.finditer(text)
    )


# "to avert a second strike", "threatened another walkout": an event that has not happened, where nothing is counted.
_AVERTED_BEFORE = re.compile(
    r"\b(?:avert|averting|avoid|avoiding|prevent|preventing|head\s+off|stave\s+off|threat(?:en(?:s|ed|ing)?)?(?:\s+of)?|"
    r"warn(?:s|ed|ing)?\s+of|call(?:s|ed|ing)?\s+off|rule[ds]?\s+out|risk(?:s|ed|ing)?)\s+$",
    re.IGNORECASE,
)


# "not the 1,800 the company announced": whose figure is set aside, named after it.
_SOMEONE_ELSES = re.compile(
    r"\s+(?:[\w%]+\s+){0,2}?(?:that\s+|which\s+)?(?:the\s+|its\s+|their\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+"
    r"(?:had\s+|has\s+)?(?:announced|said|claimed|reported|gave|stated|cited|quoted|estimated|put\s+forward)\b",
    re.IGNORECASE,
)


# The source's own earlier figure, corrected: "167, not 171 as it first announced" (no one else's).
_ITS_OWN_EARLIER = re.compile(
    r"\s+(?:as\s+)?(?:it|we|they|he|she|I)\s+(?:had\s+|has\s+)?(?:(?:first|initially|earlier|originally|previously)\s+)?"
    r"(?:announced|said|claimed|reported|gave|stated|estimated)\b",
    re.IGNORECASE,
)


# What a claim says of a figure before it: "(The reading of 37.4C reported last week) was too high", "the figure of
# 1,200 was wrong", "had been overstated".
_WAS_WRONG = re.compile(
    r"[^.;:!?]{0,60}?\b(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+\s+)?(?:too\s+(?:high|low)|wrong|incorrect|"
    r"inaccurate|overstated|understated|exaggerated|in\s+error|an?\s+(?:error|mistake))\b",
    re.IGNORECASE,
)


@per_claim
def _called_wrong(f: Features) -> frozenset[float]:
    """The values of the figures a claim calls wrong ("The reading of 37.4C reported last week was too high")."""
    body = f.article.body
    return frozenset(
        q.value
        for q in f.claim.quantities
        if q.value is not None and _WAS_WRONG.match(body, q.end, min(f.claim.end, q.end + 120))
    )


@per_claim
def _set_aside_values(f: Features) -> frozenset[float]:
    """The figures a claim names only to set aside as someone else's ("not the 1,800 the company announced");
    "45%, not 40%" alone may be the source correcting itself."""
    body = f.article.body
    return frozenset(
        q.value
        for q in f.claim.quantities
        if q.value is not None
        and set_aside(q, body)
        and _SOMEONE_ELSES.match(body, q.end, q.end + 80)
        and not _ITS_OWN_EARLIER.match(body, q.end, q.end + 80)
    )


# A figure told as the base a new total grew from: "adding 70,000 cars to the 140,000 recalled", "on top of the
# 2,000 it announced", "in addition to the 300 already sent".
_ADDS_TO_TOLD = re.compile(
    r"\b(?:adding|added|adds)\b[^.;]{0,60}?\bto\s+(?:the|its|their)\s+[$€£]?\d|\bon\s+top\s+of\s+(?:the|its|their)\s+"
    r"[$€£]?\d|\bin\s+addition\s+to\s+(?:the|its|their)\s+[$€£]?\d",
    re.IGNORECASE,
)

_adds_to_told = claim_says(_ADDS_TO_TOLD, "_adds_to_told")


def _states_both(a: Features, b: Features, measures: Sequence[str]) -> tuple[Features, Features] | None:
    """(telling, told) when one claim, from another source, states the other's value of a measure beside a
    value of its own for it: a report of two sides' figures, not a revision of either."""
    for x, y in ((a, b), (b, a)):
        if same_speaker(x, y) or x.revised or _adds_to_told(x):
            # ("14 were hurt, police said, revising an earlier figure of eleven": the one it replaces; "expanded the
            # recall to 210,000, adding 70,000 to the 140,000 recalled": the total it grew from)
            continue
        for m in measures:
            if m in x.figures and m in y.figures:
                theirs, own = _point(y.figures[m]), _point(x.figures[m])
                # (not the whole its figure is a part of: "8 of the 11 inmates who escaped" against "11 escaped")
                if (
                    theirs is not None
                    and theirs != own
                    and theirs in x.told_counts
                    and theirs != x.wholes.get(m)
                    and not _moved_from(x, theirs)
                    and not _of_another_country(x, theirs, own)
                ):
                    return x, y
    return None


_SOURCE_REACH = (
    60  # characters before a figure in which its source is named ("the interior ministry counted 1.1 million")
)


def _names_its_source_before(x: Features, y: Features, measures: Sequence[str]) -> bool:
    """Whether ``x`` names ``y``'s speaker right before ``y``'s value of a measure, in its own words."""
    source = y.speaker_key.lower()
    if not source:
        return False
    text = x.claim.text.lower()
    for m in measures:
        value = _point(y.figures[m]) if m in y.figures else None
        for q in x.claim.quantities:
            if value is None or q.value != value:
                continue
            at = q.start - x.claim.start
            if source in text[max(0, at - _SOURCE_REACH) : at]:
                return True
    return False


_COUNTRY_REACH = 40  # characters before a figure that may name whose it is: "prompted a US recall of 1.1 million"


def _countries_before(f: Features, value: float | None) -> frozenset[str]:
    """The countries named in the few words before the claim's figure of ``value`` ("a US recall of")."""
    text, start = f.claim.text, f.claim.start
    found: set[str] = set()
    for q in f.claim.quantities:
        if q.value == value:
            found |= countries_named_in(text[max(0, q.start - start - _COUNTRY_REACH) : max(0, q.start - start)], True)
    return frozenset(found)


def _of_another_country(f: Features, theirs: float | None, own: float | None) -> bool:
    """The claim tells the other's figure as a country's that its own figure is not said to be ("Toyota Canada is
    recalling about 300,000 vehicles over the problem that prompted a US recall of 1.1 million"): two countries'
    figures, not two sources' figures of one."""
    # (a country opening the sentence as its scope, "Across France, the ministry counted 1.1 million, while the union
    # said 3 million", is both figures' place)
    told = _countries_before(f, theirs) - _sentence_scope(f)
    return bool(told) and not (told & _countries_before(f, own))


# A sentence opening on the place all it tells is in: "Across France,", "In Spain,", "Throughout Italy,".
_SCOPE_OPENING = re.compile(r"\s*(?:Across|In|Throughout|All\s+over)\s+(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*,")


def _sentence_scope(f: Features) -> frozenset[str]:
    opening = _SCOPE_OPENING.match(f.claim.text)
    country = country_of(opening.group("name")) if opening else None
    return frozenset({country}) if country else frozenset()


_FROM_BEFORE = re.compile(
    r"(?i)\b(?:from|compared\s+with|compared\s+to|against|versus|vs\.?)\s+(?:a\s+|an\s+|the\s+)?(?:revised\s+)?$"
)


_TOTAL = re.compile(r"(?i)\b(?:total|overall|in\s+all|altogether|combined|cumulative)\b")


def _moved_from(f: Features, value: float) -> bool:
    """The claim tells ``value`` as where its own figure moved from ("grew 2.1% in July, slowing from 5.8% in June"):
    its series' earlier value, not another source's figure told beside its own."""
    text, start = f.claim.text, f.claim.start
    return any(
        q.value == value and _FROM_BEFORE.search(text, max(0, q.start - start - 24), q.start - start)
        for q in f.claim.quantities
    )


def _setting_aside(a: Features, b: Features, pairs: list[tuple[Figure, Figure]]) -> tuple[Features, Features] | None:
    """(rejecting, rejected) when one claim names the other's figure only to set it aside ("as many as 2,400
    jobs, not the 1,800 the company announced") and another source states it."""
    for x, y, side in ((a, b, 1), (b, a, 0)):
        values = _set_aside_values(x)
        if values and not same_speaker(x, y) and any(_point(pair[side]) in values for pair in pairs):
            return x, y
    return None


def _told_of_another_time(a: Features, b: Features) -> bool:
    """One claim opens with the month it tells of ("In November 2021, 97 pilot whales stranded ...") and the other is
    of a time more than a month from it (its own, else its article's; in the same article with no date of its own,
    the article's present, which a month written with its year lies before)."""
    for x, y in ((a, b), (b, a)):
        month = x.claim.date or ""
        if len(month) < 7 or not opens_with_its_time(x):
            continue
        other = y.claim.date or y.article.published or ""
        if len(other) >= 7 and months_between(month, other) > 1:
            return True
        if not other and x.article.id == y.article.id and month[:4] in (x.claim.date_text or ""):
            return True
    return False


def _overlap_points(a: Figure, b: Figure, tolerance: float) -> bool:
    (alo, ahi), (blo, bhi) = _interval(a), _interval(b)
    return alo <= bhi + tolerance and blo <= ahi + tolerance


# Measures that say only who was counted, not what happened to them.
_BARE_PEOPLE = frozenset({"workers", "people"})


def _told_alike(a: Features, b: Features, measures: Sequence[str]) -> bool:
    """The two claims share a word besides the counted noun and the numbers: the same thing told of them."""
    counted = {stem(m) for m in measures} | {"worker", "people", "person"}
    return any(
        not k.isdigit() and k not in counted and k not in _NUMBER_STEMS for k in a.lemmas.keys() & b.lemmas.keys()
    )


_NUMBER_STEMS = frozenset(
    stem(w) for w in (*UNITS, *TENS, "ten", "eleven", "twelve", "hundred", "thousand", "million", "billion")
)


# An exact count this uneven is seldom two events' by chance: 87 arrested, 19 dead (not 10, 12 or 40).
_UNEVEN_FROM = 13


def _same_uneven_count(a: Features, b: Features, pairs: list[tuple[Figure, Figure]]) -> bool:
    """Two reports days apart giving the very same exact, uneven count of one measure ("87 people have now been
    arrested" / "the number of people arrested ... has risen to 87"): that count, though neither names a place."""
    if not pairs or not close_in_time(a, b, days=7):
        return False
    for x, y in pairs:
        if not (x[0] is not None and x[0] == x[1] == x[2] == y[0] == y[1] == y[2]):
            return False  # (a bound, "at least 87", or a rounded "about 90" is no exact count)
        if x[0] < _UNEVEN_FROM or x[0] % 5 == 0 or x[0] != int(x[0]):
            return False
    return True


def _same_finding(family: str, pairs: list[tuple[Figure, Figure]]) -> bool:
    """One study's finding told twice: the same relative risk of the same outcome, to the very value ("36% more
    likely to develop type 2 diabetes" / "a 36% greater chance of developing type 2 diabetes" in an undated
    explainer), whatever places either names (a study is no place's)."""
    return is_risk(family) and all(x[0] is not None and x[0] == x[1] == x[2] == y[0] == y[1] == y[2] for x, y in pairs)


_STATISTIC_DAYS = 7
_OWN_LEAD = 400  # characters: the headline, the dateline and the lead


def _own_places_apart(a: Features, b: Features) -> bool:
    """Two articles' claims each naming a place below a country that its own headline or lead names and the other
    article never names at all ("Three armed men robbed a jewellery shop in central Lyon" / "Armed robbers raided a
    jewellery store in Nice"): the same kind of happening in two towns, neither a report of the other, however
    alike their words."""
    if a.article.id == b.article.id:
        return False
    mine, theirs = _own_places(a), _own_places(b)
    if (
        mine
        and theirs
        and not mine & theirs
        and not any(_names_in_body(b, p) for p in mine)
        and not any(_names_in_body(a, p) for p in theirs)
    ):
        return True
    return _opening_town_apart(a, b) or _opening_town_apart(b, a)


def _opening_town_apart(x: Features, y: Features) -> bool:
    """A roundup's sentence placed by its opening ("In Chicago, four people died ...") beside a report of another town
    (PHILADELPHIA (AP) - ...): the other's article never names this town, this sentence never names the other's (the
    roundup names both elsewhere)."""
    towns, theirs = _opening_town(x), _own_places(y)
    return (
        bool(towns)
        and bool(theirs)
        and not towns & theirs
        and not any(_names_in_body(y, p) for p in towns)
        and not any(p in x.claim.text for p in theirs)
    )


_OPENING_TOWN = re.compile(r"\s*In\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s")


def _own_lead(f: Features) -> str:
    """The article's headline, dateline and lead: where it names what it is about."""
    return (f.article.title or "") + "\n" + f.article.body[:_OWN_LEAD]


@per_claim
def _opening_town(f: Features) -> frozenset[str]:
    """The place a sentence opens with ("In Chicago, four people died ..."), not a country, when its article's headline
    or lead names it too."""
    m = _OPENING_TOWN.match(f.claim.text)
    if m is None or m["name"] not in f.places or country_of(m["name"]) is not None:
        return frozenset()
    lead = _own_lead(f)
    return frozenset({m["name"]}) if re.search(rf"(?<![\w-]){re.escape(m['name'])}(?![\w-])", lead) else frozenset()


@per_claim
def _own_places(f: Features) -> frozenset[str]:
    """The towns the claim names that its article's headline or lead names too: places the gazetteer knows to be
    below a country, or its own dateline's ("LYON (AFP) -"), not a country or a region ("Europe")."""
    lead = _own_lead(f)
    towns = dateline_places_of(f)
    return frozenset(
        p
        for p in f.places
        if (entity_type(p) == "place" or p.casefold() in towns)
        and re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", lead)
    )


def _placeless_in_another_town(a: Features, b: Features) -> bool:
    """One claim counts in a town its lead names ("About 8,000 people marched in Porto"), the other names no place
    and its article's headline and lead name another town and never this one ("Police put the turnout at about
    25,000" under a lead of a march in Lisbon): each the count of its own town's happening."""
    if a.article.id == b.article.id:
        return False
    for x, y in ((a, b), (b, a)):
        if y.places:
            continue
        mine = x.places & _story_towns(x)
        if not mine:
            continue
        theirs = _story_towns(y)
        if theirs and not (theirs & mine) and not any(_names_in_body(y, p) for p in mine):
            return True
    return False


# A gathering counted over a whole country: "Nationwide, 1.1 million people demonstrated", "across the country".
_NATIONWIDE = re.compile(
    r"\b(?:nationwide|nationally|countrywide|(?:across|throughout|all\s+over)\s+the\s+country)\b", re.IGNORECASE
)
_ACROSS_A_PLACE = re.compile(r"\b(?i:across|throughout)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
# Where a count of marchers was made: "marched in Paris", "In Lyon, 23,000 people", "through Lyon", "in the capital".
_COUNTED_AT = r"\b(?i:in|through|at)\s+"
_CAPITAL = "the capital"
_IN_THE_CAPITAL = re.compile(r"\b(?:in|through)\s+the\s+capital\b")


@per_claim
def _counted_nationwide(f: Features) -> bool:
    text = f.claim.text
    return bool(_NATIONWIDE.search(text)) or any(country_of(m["name"]) for m in _ACROSS_A_PLACE.finditer(text))


@per_claim
def _counted_in_towns(f: Features) -> frozenset[str]:
    """The towns the claim's own words count its marchers in, "the capital" for a capital left unnamed."""
    text = f.claim.text
    towns = {
        p
        for p in f.places
        if country_of(p) is None
        and not a_state_or_country(p)
        and re.search(_COUNTED_AT + re.escape(p) + r"(?![\w-])", text)
    }
    return frozenset(towns | ({_CAPITAL} if _IN_THE_CAPITAL.search(text) else set()))


def _turnouts_of_other_scopes(a: Features, b: Features) -> bool:
    """One turnout is counted over the whole country, the other in a town ("Nationwide, 1.1 million people
    demonstrated" / "80,000 people had joined the march in the capital"), or each in another named town ("In Lyon,
    23,000 people marched" / "About 80,000 people marched in Paris"): counts of other crowds, never one value of
    another. ("The capital" may be the capital the other names, but not another town.)"""
    for x, y in ((a, b), (b, a)):
        if _counted_nationwide(x) and not _counted_nationwide(y) and _counted_in_towns(y):
            return True
    mine, theirs = _counted_in_towns(a), _counted_in_towns(b)
    if not (mine and theirs) or mine & theirs:
        return False
    # ("in the capital" / "In Lyon": Lyon is no country's capital)
    return all(
        _CAPITAL not in x or not any(country_of_capital(t) for t in y) for x, y in ((mine, theirs), (theirs, mine))
    )


@per_claim
def _story_towns(f: Features) -> frozenset[str]:
    """The towns the article's headline and lead name as where something was ("marched through Lisbon", "in
    Kocani"): no country, and no state or region the gazetteer knows ("in northern California" holds Shasta County)."""
    lead = _own_lead(f)
    return frozenset(
        p
        for p in f.story
        if country_of(p) is None
        and not a_state_or_country(p)
        and re.search(rf"\b(?:in|through|at|near|outside)\s+(?:central\s+)?{re.escape(p)}(?![\w-])", lead)
    )


def _names_in_body(f: Features, name: str) -> bool:
    """The article names the place anywhere, in any case ("MERLO, Calvenia (Reuters) -" names Merlo)."""
    return _body_names(f.article.body, name)


@lru_cache(maxsize=65536)  # (a place of one article asked about in every pair of its claims)
def _body_names(body: str, name: str) -> bool:
    return (
        name.casefold() in _casefolded(body)
        and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body, re.IGNORECASE) is not None
    )


@lru_cache(maxsize=1024)
def _casefolded(body: str) -> str:
    """An article's body in one case, made once per article (a body's hash is kept by the string)."""
    return body.casefold()


def _same_statistic(a: Features, b: Features, family: str, pairs: list[tuple[Figure, Figure]]) -> bool:
    """One official statistic told by two outlets: a month's inflation or jobless rate, for the same month, to
    the very value, in reports published within a week, neither naming a place nor a country's people ("Inflation
    eased to 3.3% in April" / "Consumer prices rose 3.3% in April from a year earlier"). Their headlines may share
    no word; a statistic has no other story. (Another country's 3.3% names that country.)"""
    if not _one_months_statistic_alike(a, b, family, pairs):
        return False
    if a.places or b.places or a.nationality or b.nationality or _month_named(a) != _month_named(b):
        return False
    if _euro_area_and_a_country(a, b):
        return False  # "Inflation in the euro zone rose to 2.4%" / "German inflation rose to 2.4%"
    days = _published_days(a, b)
    return days is not None and days <= _STATISTIC_DAYS


def _one_months_statistic_alike(a: Features, b: Features, family: str, pairs: list[tuple[Figure, Figure]]) -> bool:
    """Both claims give a month's statistic (``PERIOD_STATISTICS``) for the same month, to the very value."""
    return (
        family in PERIOD_STATISTICS
        and bool(a.period)
        and a.period == b.period
        and len(a.period or "") >= 7
        and all(x[0] is not None and x[0] == x[1] == x[2] == y[0] == y[1] == y[2] for x, y in pairs)
    )


def _one_countrys_statistic(a: Features, b: Features, family: str, pairs: list[tuple[Figure, Figure]]) -> bool:
    """One country's official statistic of one month, each claim naming that country as its owner ("German inflation
    rose to 2.6% in December" / "Germany's annual inflation rate for December was confirmed at 2.6%"), to the very
    value, told within a month (a flash estimate and its final reading)."""
    if not _one_months_statistic_alike(a, b, family, pairs):
        return False
    mine = own_countries(a)
    if not mine or mine != own_countries(b):
        return False
    days = _published_days(a, b)
    return days is not None and days <= _STATISTIC_MONTH_DAYS


_STATISTIC_MONTH_DAYS = 31


def _published_days(a: Features, b: Features) -> int | None:
    """Days between the two articles' publication (both dated to the day), else None."""
    x, y = published_day(a), published_day(b)
    return None if x is None or y is None else abs(x - y)


# A count over many happenings of a kind in a span: "died in avalanches so far this winter", "killed in road crashes
# this year", "in attacks since January", "has lost 80,000 hectares to wildfires this year".
# Happenings of a kind counted together: "fires", "shootings", "earthquakes" (and the plurals the rule misses).
_HAPPENING_PLURALS = "|".join(
    sorted(
        {w + ("es" if w.endswith(("sh", "ch", "s", "x")) else "s") for w in (*SUDDEN, *UNFOLDING) if " " not in w}
        | {"tornadoes", "bushfires", "shipwrecks"}
    )
)
_MANY_HAPPENINGS = re.compile(
    r"(?i)\b(?:in|from|by|during|to)\s+(?:[\w-]+\s+){0,2}?(?:"
    + _HAPPENING_PLURALS
    + r")\b[^.;]{0,80}?\b(?:so\s+far\s+this|(?:this|last)\s+(?:year|winter|summer|season|month|week)|since\s+(?:the\s+start|"
    r"January|the\s+beginning)|in\s+(?:the\s+)?(?:past|last)\s+(?:year|\d+\s+months|decade))"
)

_over_many_happenings = claim_says(_MANY_HAPPENINGS, "_over_many_happenings")


# Cases told as not yet confirmed by a test, and cases told as confirmed.
_SUSPECTED_CASES = re.compile(
    r"\b(?:suspected|probable|presumed|unconfirmed)\s+(?:[\w-]+\s+){0,2}?(?:cases?|infections?)\b", re.IGNORECASE
)
_CONFIRMED_CASES = re.compile(r"\bconfirm(?:s|ed|ing)?\b|\btested\s+positive\b", re.IGNORECASE)


def _suspected_beside_confirmed(a: Features, b: Features) -> bool:
    """One claim counts suspected cases only, the other confirmed ones only."""

    def told(f: Features) -> tuple[bool, bool]:
        return bool(_SUSPECTED_CASES.search(f.claim.text)), bool(_CONFIRMED_CASES.search(f.claim.text))

    x, y = told(a), told(b)
    return {x, y} == {(True, False), (False, True)}


def _later_only_bounds_it(new: Features, a: Features, pairs: list[tuple[Figure, Figure]]) -> bool:
    """Each figure of the later report is a lower bound ("more than 1 million") that the earlier one's value meets."""
    ordered = [(x, y) if new is a else (y, x) for x, y in pairs]
    return bool(ordered) and all(
        later[2] is None and later[1] is not None and earlier[0] is not None and later[1] <= earlier[0]
        for later, earlier in ordered
    )


_FAR_BELOW = 0.5  # a later lower bound under half the earlier figure says nothing of it


def _later_bound_far_below(new: Features, a: Features, pairs: list[tuple[Figure, Figure]]) -> bool:
    """Each figure of the later report is a lower bound ("at least 22") under half the earlier one's value."""
    ordered = [(x, y) if new is a else (y, x) for x, y in pairs]
    return bool(ordered) and all(
        later[2] is None and later[1] is not None and earlier[0] is not None and later[1] < _FAR_BELOW * earlier[0]
        for later, earlier in ordered
    )


# A count told past a mark: "passes 25,000", "has topped 3,000", "exceeded 1,000", "rose above 500".
_PASSED = re.compile(
    r"\b(?:pass(?:es|ed)?|top(?:s|ped)?|exceed(?:s|ed)?|surpass(?:es|ed)?|cross(?:es|ed)?|(?:rose|risen|climbed)\s+above|"
    r"went\s+past)\b",
    re.IGNORECASE,
)


def _passed_later(
    a: Features, b: Features, points: list[tuple[float | None, float | None]]
) -> tuple[Features, Features] | None:
    """(new, old) when the report of a later day tells its count past a mark above the other's value."""
    reported = _reported_later(a, b)
    if reported is None:
        return None
    new, _ = reported
    later = [x if new is a else y for x, y in points]
    earlier = [y if new is a else x for x, y in points]
    if _PASSED.search(new.claim.text) and all(
        n is not None and o is not None and n > o for n, o in zip(later, earlier)
    ):
        return reported
    return None


def _a_bound_far_below(a: Features, b: Features, pairs: list[tuple[Figure, Figure]]) -> bool:
    """Either claim's figures are all lower bounds under half the other's."""
    return _later_bound_far_below(a, a, pairs) or _later_bound_far_below(b, a, pairs)


def _compare(
    a: Features, b: Features, family: str, pairs: list[tuple[Figure, Figure]], measures: Sequence[str] = ()
) -> Candidate | None:
    if _sides_counted_apart(a, b):
        return None  # North Korean against Russian losses; "Meghna" against "Bangladesh" may be one count
    if family == AGE and not all(_point(x) is not None and _point(x) == _point(y) for x, y in pairs):
        return None  # two ages are two people (or one told apart), never a revision of a figure
    if _own_results_apart(a, b):
        return None  # "Veltro reported revenue of $8.4 billion" / "Sorrel reported revenue of $8.1 billion"
    if _rival_of_the_other(a, b):
        return None  # "Arcwell's outage hit 800,000 users, days after a larger one at rival Nimbra" / Nimbra's count
    if _another_partys_figure(a, b):
        return None  # "Another lender, Fjordkreditt, will cut 400 jobs" / "Halvard will cut 1,500 jobs"
    if family == "jobs" and _own_cuts_apart(a, b):
        return None  # "Polestar ... said it would cut about 450 jobs" / "Volvo Cars is preparing to cut 3,000 jobs"
    if "forecast" in family and _forecast_years_apart(a, b):
        # "cut its 2025 global growth forecast to 2.8%" / "raised its 2024 global growth forecast to 3.2%": forecasts
        # of two years, two series, neither a revision of the other
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "forecasts for other years")
    if family == "displaced" and ordered_and_sheltered(a, b):
        # "ordered the evacuation of about 87,000 people" / "About 45,000 people had moved to evacuation centres":
        # those told to leave and those in shelters are two counts, neither a value of the other
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "those ordered to leave beside those in shelters")
    if family == "jobs" and _jobs_gained_and_cut(a, b):
        return None  # "Employers added 143,000 jobs in January" / "Benchmark revision cuts 598,000 jobs from payrolls"
    if family == "cases" and _suspected_beside_confirmed(a, b):
        # "has recorded 1,450 suspected mpox cases" / "Burundi has confirmed 171 mpox cases": cases not yet tested
        # and cases a test confirmed are two counts, neither a value of the other
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "suspected cases beside confirmed ones")
    if _told_of_another_time(a, b):
        # "In November 2021, 97 pilot whales stranded on the same spit" beside the final count of 212: a figure of
        # another time, neither a value of this count nor a second source for it
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.35, "a figure of another time")
    if all(_vague(a, x) != _vague(b, y) for x, y in pairs):
        # "left dozens of ships stranded" / "Sixty-two ships are now waiting": a vague amount agrees with any figure
        # in its range, which says nothing about whether the two counts are one; they are related, no more.
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.35, "a vague amount beside a figure")
    if _over_many_happenings(a) != _over_many_happenings(b):
        # "14 people had died in avalanches in Switzerland so far this winter" / "An avalanche killed three skiers
        # near Zermatt on Monday": a season's total of such happenings, no value of one happening's count, nor of its
        # story (a year's road deaths beside one crash)
        return None
    if _told_as_a_part(a) != _told_as_a_part(b) or _worst_hit_place_alone(a, b) or _one_units_results(a, b):
        # "310 jobs will go at its Dublin office, part of the global cuts" / "will cut about 1,200 jobs": a part of
        # the whole the other counts, no value of it
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "a part of the whole")
    if _one_of_several_happenings(a, b) or _sum_of_happenings(a, b):
        # "The Palisades fire grew to 21,300 acres" / "Two wildfires have burned nearly 30,000 acres": one fire's
        # figure, a part of the sum the other gives
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "a part of the whole")
    if _counts_the_next_one(a, b):
        # "A second outbreak was found at a farm nearby, and its 48,000 birds were culled" / "will cull 160,000 hens
        # at a farm": the next one's count, no value of the first one's
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "the next of its kind")
    quarters = _quarters_told(a), _quarters_told(b)
    # (unless both figures are for one period: "10.61% in April-June from 11.36% in the first quarter" names Q1 for
    # the earlier value only)
    if (
        all(quarters)
        and not quarters[0] & quarters[1]
        and family not in OUTCOME_MEASURES
        and not (a.period and a.period == b.period)
    ):
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "another quarter")
    if family not in OUTCOME_MEASURES and any(
        _quarters_told(x) and not _quarters(y) and _tells_months_together(y) for x, y in ((a, b), (b, a))
    ):
        # "delivered 443,956 vehicles in the second quarter" / "delivered 1.29 million vehicles in the first three
        # quarters of 2024": one quarter's figure and a longer span's, neither a value of the other
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "a quarter's figure and a longer span's")
    if any(
        _tells_one_month(x) and not _tells_months_together(x) and _tells_months_together(y) for x, y in ((a, b), (b, a))
    ):
        # "Lisbon airport handled 3.2 million passengers in August" / "In the first seven months of the year, the
        # airport handled 19.4 million passengers": one month's figure and a longer span's, neither a value of the other
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "a month's figure and a longer span's")
    spans = _periods_of_results(a), _periods_of_results(b)
    if all(spans) and not spans[0] & spans[1] and family not in OUTCOME_MEASURES:
        # "revenue grew to 2.4 billion euros in the second quarter" / "annual revenue rose to 9.1 billion euros": a
        # quarter's results and a year's are for periods of other lengths, neither a value of the other
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "results for a period of another length")
    if (_separate_event(a) or _separate_event(b)) and not (a.places & b.places):
        return None  # "some 25,000 joined a separate rally": not the march the other claim counts
    if a.article.id != b.article.id and different_people(a, b):
        return None  # "Dalen won 51.8% of the vote" / "Pell won 54.2% of the vote": two people's figures
    if different_parties(a, b) and not (_counts_seats(family, measures) and _one_owner_of_the_seats(a, b)):
        return None  # "the Unity Party won 142 seats" / "the Civic Alliance won 98 seats": two bodies' figures
    if _counts_seats(family, measures) and not _one_holder_of_the_seats(a, b):
        return None  # "Her party had held 82 seats" / "The Greens held their 17 seats": whose seats is not told alike
    same_owner = a.nationality is not None and a.nationality == b.nationality
    named_only = False  # linked only because their articles' leads name one place or thing
    if not same_owner and not _shared_not_speakers(a, b) and not _place_and_its_demonym(a, b):
        # A claim naming no place is about its article's story ("put the death toll at 10", "Jorge Salas said three died").
        story = (not a.places or not b.places) and (
            same_story(a, b)
            or _undated_same_event(a, b)
            or _later_in_one_story(a, b)
            or _one_happening(a, b)
            or _named_in_the_other(a, b)
            or _named_further_down(a, b)
            or _protagonist_named(a, b)
            or (not a.places and not b.places and _same_uneven_count(a, b, pairs))
            or _same_finding(family, pairs)
            or _same_statistic(a, b, family, pairs)
        )
        story = story or _one_countrys_statistic(a, b, family, pairs)
        # One article datelined in the town the other writes about ("MERLO, Calvenia (Reuters)" / "the crash at
        # Merlo"): one place, however else each names it.
        datelined = (_names_its_dateline(a, b) or _from_its_country(a, b) or _town_of_its_country(a, b)) and same_story(
            a, b
        )
        # ("killing at least 14" in "eastern Turkmeria", the quake "centred near the town of Oskal" a line
        # down / "the death toll from Sunday's earthquake in Oskal": one place, named at two scales. Only an
        # event's toll: "1,200 jobs at its plant in Hessbach" is a part of a company's cuts "in Europe".)
        datelined = datelined or (
            family in TALLIES and same_story(a, b) and _named_further_down(a, b) and not _place_told_apart(a, b)
        )
        # ("Merlo rail crash toll rises to seven" leading with "Monday's derailment at Merlo" / "a passenger train
        # derailed in southern Calvenia on Monday": both leads tell of a derailment on that Monday, one happening
        # named by its town and by its region; not so a crash or a fire, of which many happen on any day.)
        datelined = datelined or (family in TALLIES and _one_rare_happening(a, b) and not _place_told_apart(a, b))
        # ("bringing the number killed when a bus left the road near Yauri to 21" / "A bus plunged into a ravine in
        # Peru's southern Andes", under a lead that says it "veered off a mountain road near the town of Yauri"):
        # the one's place is named by the other's own lead, one place at two scales.)
        datelined = datelined or (
            family in TALLIES
            and a.article.id != b.article.id
            and same_story(a, b)
            and _placed_by_its_lead(a, b)
            and not _place_told_apart(a, b)
            and not _another_years_happening(a, b)  # ("Last year 27 people died when a launch sank in ...")
        )
        apart = bool(a.places) and bool(b.places) and not (a.places & b.places) and not datelined
        unrelated = not (story or datelined) and (apart or similarity(a, b) < 0.4 or not same_event_articles(a, b))
        if unrelated and not _replaces_its_value(a, b, measures) and not _relays_its_figure(a, b):
            # (Both about the story's place: "1,200 jobs at the Hessbach plant" is a part of a story's "4,000 jobs".)
            # (a named vessel's or storm's story goes from place to place: "seized off Varnia", "joined in Port Amal")
            named_only = _one_named_story(a, b, family) and (
                bool(_vessels_of(a) & _vessels_of(b)) or (_placed_alike(a, b) and _placed_alike(b, a))
            )
            if not named_only:
                return None  # the same measure about unrelated places or events
    if is_risk(family):
        # A study's relative risk is its finding, no running count: the same value is the same finding told again,
        # another value another study's (or another group's) finding, never a later value of it.
        new, old = _later_first(a, b)
        if _same_finding(family, pairs):
            return _figure_link(new, old, family, "corroborates", 0.7, "the same finding")
        return _figure_link(new, old, family, "related", 0.35, "another finding")
    if family in _BARE_PEOPLE and a.article.id != b.article.id and not _told_alike(a, b, measures):
        # "30 workers escaped unhurt" / "rescuers had reached nine workers": two things told of some workers,
        # not one count (a count of people says what happened to them, or the words around it must agree)
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.35, "different things told of them")
    if a.role != b.role:
        # (a step reported as weighed, "to 10% from 7.5%", then announced with those figures: the plan taken)
        taken = announced_plan(a, b, Candidate) if _may(a, b, "announced_plan") else None
        return taken or _role_relation(a, b, family)
    if _stated_periods_apart(a, b) and not (
        _a_rate_of(a, family) or _a_rate_of(b, family) or family in PERIOD_STATISTICS or is_move(family)
    ):
        # "handled 8.3 million passengers in August" / "its July traffic of 8.1 million passengers", "expects 45
        # million passengers this year" / "4.8 million passengers in July": each figure is for the period it names,
        # two counts, neither a revision nor a second report of the other (a rate's next month is its next value; a
        # rate beside the count, "and the jobless rate fell to 4%", leaves the count a count)
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.45, "a figure for another period")
    scopes = (
        _counted_in_other_countries(a, b)
        or _a_sites_count_and_a_larger_one(a, b, family, pairs)
        or _others_against_a_country(a, b)
        or _one_places_count_alone(a, b, pairs)
        or _a_settlements_count_and_a_countrys(a, b, pairs)
        or _national_and_local(a, b, pairs)
    )
    if scopes is not None:
        # "recalling 212,000 vehicles in the United States" / "48,000 vehicles in Canada": one story, two counts
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, scopes)
    if (
        family in PERIOD_STATISTICS
        and _stated_periods_apart(a, b)
        and all(_point(x) is not None and _point(x) == _point(y) for x, y in pairs)
    ):
        # "inflation fell to 8.7% in April" / "inflation stuck at 8.7% in May": the next month's rate, unchanged, never
        # a second report of the same month's (once both are known to be of one place: the euro area's 10.1% in
        # November is no UK rate of September's)
        new, old = (a, b) if (_stated_period(a) or "") > (_stated_period(b) or "") else (b, a)
        return _figure_link(new, old, family, "updates", 0.6, "the next period's value, unchanged")
    if a.role == "increment" and _different_time(a, b):
        # Monday's 2,000 new cases and Tuesday's 2,400: two days' additions, neither a revision of the other.
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "additions of different days")
    if family in SHARE_MOVES and _different_time(a, b):
        # A share price's move on another day is another fact, neither a revision nor the same report.
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.3, "another day's move")
    if family in _QUOTED_DAILY and _different_time(a, b):
        # "a market value of $3.34 trillion" on Tuesday / "cutting its market value to about $3.2 trillion" on Friday:
        # what the market put on it each day, however near, is its later value (as an index's later reading), never
        # a second source for the earlier
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "updates", 0.6, "a later day's value")
    if family in READINGS:
        reading = _reading_relation(a, b, pairs, family)
        if reading is not None or (_different_time(a, b) and not _confirms_the_reading(a, b, pairs)):
            return reading
    if family in MEASUREMENTS:
        measured = _measurement_relation(a, b, pairs, family)
        if measured is not None:
            return measured
    if (family in PERIOD_STATISTICS or is_move(family)) and _windows_differ(a, b):
        # "rose 2.7% in the year to February" / "rose 0.8% in March, the sixth monthly increase": a year's change
        # and a month's are two statistics, neither a revision of the other nor the same report.
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "a change over another period")
    if (
        (family in PERIOD_STATISTICS or is_move(family))
        and _month_named(a) != _month_named(b)
        and _month_named(a)
        and _month_named(b)
    ):
        # A month's inflation or jobless rate is that month's: May's figure is not revised by June's. (The
        # month the claim names, not its date: "revised its estimate of November inflation ... on Monday".)
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.45, "different period")
    other_poll = _another_poll_or_ballot(a, b, family, pairs)
    if other_poll is not None:
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.3, other_poll)
    if family in GATHERINGS and _a_later_gathering(a) != _a_later_gathering(b):
        # "About 25,000 marched in Korsa in a second day of protest" / "42,000 joined the march in Korsa": the
        # crowd of a later march is not another count of the first one's.
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.3, "another gathering")
    if family in GATHERINGS and _days_apart(a, b) > _GATHERING_DAYS:
        # A crowd is counted at one march: reports of its size come within days, and a count two weeks
        # later is of another march, even in the same city about the same cause.
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.3, "another gathering")
    if _at_its_peak(a) != _at_its_peak(b) and not _one_stated_period(a, b):
        # "At the peak, 112 vessels were queuing" / "By evening, 46 ships were waiting": the most at one time and a
        # count at another, neither a revision nor a second report of the other (one article tells both itself);
        # a peak told for the period the other's figure is for is that period's value ("peaked at 906,000 in the
        # year to June" / "was 672,000 in the year to June")
        if a.article.id == b.article.id:
            return None
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.35, "a peak and a count at another time")
    if (
        family not in OUTCOME_MEASURES
        and _narrowed_apart(a, b, pairs)
        and not any(_point(x) is not None and _point(x) == _point(y) for x, y in pairs)
    ):
        # "Of the 1,960 members who voted, 64% backed the deal" / "some 2,000 of its members are on strike": the
        # voters among the members, not the strikers counted again
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "counts those who did another thing")
    if _other_groups_counted(a, b, measures, pairs):
        # "rescued 23 crew members" / "rescued 25 people" from one ship: the crew are a part of those on board, and
        # "passengers" are others again; two groups' counts are neither one report nor its next value
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "counts another group")
    # "puts the number of jobs at risk at 2,600, including contract staff" against "will cut 2,200 positions"
    # (or a denial of 3,000 cuts): a count of more people than the other's, not its next value.
    if (_wider_scope(a, b) or _wider_scope(b, a)) and not any(
        x is not None and x == y for x, y in ((_point(x), _point(y)) for x, y in pairs)
    ):
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.4, "counts a wider group")
    denied = _denied_figure(a, b, family, pairs)
    if denied is not None:
        return denied
    if {a.polarity, b.polarity} == {"deny", "assert"} and _figures_denied(a if a.polarity == "deny" else b):
        # One party's denial of a report's figure ("denied it plans to cut 4,000 jobs") and a figure of the
        # count reported apart from it ("will cut 3,500"): the denied figure was never a value of the count, so
        # no update of it; what the other says the denial denied.
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "conflicts", 0.55, "a figure after its denial")
    wrong = _called_wrong(a) or _called_wrong(b)
    if wrong and _called_wrong(a) != _called_wrong(b):
        # "The reading of 37.4C reported last week was too high by 0.2C" against the report of 37.4C: it says that
        # figure was wrong, never a second source for it
        x, y = (a, b) if _called_wrong(a) else (b, a)
        if any(_point(f) is not None and _point(f) in wrong for pair in pairs for f in pair):
            return _figure_link(x, y, family, "conflicts", 0.65, "says this figure was wrong")
    if family in TALLIES and _averaged(a) != _averaged(b):
        # "Russia's average daily casualties in May were about 1,286" / "1,140 casualties over the past day": a mean
        # over many days, never one day's count nor a value of the running count
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.35, "an average, not a count")
    if _projected(a) != _projected(b):
        # "a coalition of the two largest parties would hold 100 of the 131 seats": a sum projected, no result
        new, old = _later_first(a, b)
        return _figure_link(new, old, family, "related", 0.35, "a projection, not a result")
    compatible = all(_overlap(x, y) and _near_bound(x, y) for x, y in pairs)
    points = [(_point(x), _point(y)) for x, y in pairs]
    same_value = all(x is not None and y is not None and abs(x - y) <= 0.05 * max(x, y) for x, y in points)
    if same_value and any(_same_stated(x, y) is False for x, y in pairs):
        same_value = False  # within 5%, but not as finely as both are written
    if same_value and any(_open_bound(x) != _open_bound(y) and _point(x) != _point(y) for x, y in pairs):
        same_value = False  # "at least 59" is not 61: a bound's number is as written
    if same_value and any(x != y for x, y in points) and all(_small_count(x) and _small_count(y) for x, y in pairs):
        same_value = False  # "raising the toll to 70" / "bringing the deaths to 71": a count under a thousand is exact
    if same_value and any(x != y for x, y in points) and _told_as_revised_after(a, b):
        same_value = False  # "revised its July figure to 8.15 million" against 8.1 million: a new value, however near
    if measures and all(m in a.percents and m in b.percents for m in measures):
        # A rate is as exact as it is written: 61% and 63.4% are two turnouts, not one within 5%; 6.1% and
        # 5.9% are two rates.
        rounding = max(max(a.percents[m], b.percents[m]) for m in measures)
        compatible = compatible and all(_overlap_points(x, y, rounding) for x, y in pairs)
        same_value = all(x is not None and y is not None and abs(x - y) <= rounding for x, y in points)
    if _counts_seats(family, measures):
        # Seats are counted to the one, however round: 60 is not 61 written to the ten.
        compatible = same_value = all(x is not None and x == y for x, y in points)
    far_apart = any(x and y and max(abs(x), abs(y)) / max(1e-9, min(abs(x), abs(y))) > 10 for x, y in points)
    new, old = _later_first(a, b)
    corrected = _corrected_further_down(a, b) if any(x != y for x, y in points) else None
    if corrected is not None:
        # "00:30 Correction: an earlier post said the Greens won 412 votes ... The correct figure is 421."
        new, old = corrected
        return _figure_link(new, old, family, "updates", 0.7, "corrected further down the same report")
    if a.role == b.role and a.role in ("forecast", "request") and not same_value and not same_speaker(a, b):
        # "The Commission expects the deficit to reach 3.6%" / the ministry's "will reach 3.4%", or the defence's
        # three years asked for / the prosecution's ten: two parties' figures, neither the other's later value (a
        # source revising its own forecast still updates it)
        return _figure_link(new, old, family, "related", 0.45, f"another party's {a.role}")
    # (the very value, when the disputing claim quotes the figure it disputes: "more had died than the 30 the police
    # announced" against the police's 30)
    disputing = _disputing(a, b)
    if disputing is not None and same_value and not _quotes_disputed(disputing[0]):
        disputing = None
    if disputing is not None:
        x, y = disputing
        return _figure_link(x, y, family, "conflicts", 0.7, f"disputes the figure of {y.who}")
    rejecting = _setting_aside(a, b, pairs) if not same_value else None
    if rejecting is not None:
        x, y = rejecting
        return _figure_link(x, y, family, "conflicts", 0.7, "sets this figure aside")
    if _beyond_the_others_whole(a, b, measures):
        # "241 of the 242 people on board had died" / "The death toll stands at 260": more than all those the other's
        # count is a part of, so the toll counts others too (those on the ground), no value of that part
        return _figure_link(new, old, family, "related", 0.35, "counts more than the whole the other's is a part of")
    baseline = _earlier_year_as_baseline(a, b, measures)
    if baseline is not None:
        # "Turnout was 74.5%, up from 72% in 2022" / "Turnout in 2022 was 72%": the older figure is this year's
        # baseline, told alike; this year's value is no revision of 2022's
        new, old = baseline
        return _figure_link(new, old, family, "related", 0.5, "gives this figure as an earlier year's")
    revision = _revision_of(a, b, measures)
    if revision is not None:
        new, old = revision
        return _figure_link(new, old, family, "updates", 0.8, "later figure, replacing this one")
    both = _states_both(a, b, measures) if not same_value else None
    if both is not None:
        # "The government has said it would create 60,000 jobs, a figure disputed by groups who put it at under
        # 20,000" against the groups' "fewer than 20,000": the later tells both sides, it replaces neither (and
        # the two sources disagree, unless their figures are compatible).
        x, y = both
        if compatible:
            return _figure_link(x, y, family, "related", 0.45, "states this figure beside its own")
        if _names_its_source_before(x, y, measures):
            # "Across France, the interior ministry counted 1.1 million protesters, while the CGT union said 3
            # million" against "1.1 million people demonstrated, the interior ministry said": the ministry's count
            # told again, beside a rival's
            return _figure_link(x, y, family, "corroborates", 0.6, "tells this source's figure again, beside another's")
        return _figure_link(x, y, family, "conflicts", 0.6, "another source's figure, told beside this one")
    if same_value and _a_year_or_more_apart(a, b):
        # "In 2023, police arrested 23 people in a similar raid" against this week's 23 arrests: one figure of
        # two happenings a year or more apart is a coincidence of values, not a second source for it.
        return _figure_link(new, old, family, "related", 0.35, "the same figure, a year or more apart")
    if not same_value and _different_time(a, b) and _parts_of_one_whole(a, b, measures):
        # "4 of the island's 11 villages" were evacuated, then "7 of the 11 villages" two days later: how much of
        # one whole is so, told on another day, is its later value (not two firm counts of one thing disputed).
        return _figure_link(new, old, family, "updates", 0.6, "later count of the same whole")
    running = a.revised or b.revised or a.prior or b.prior or _grows(a) or _grows(b)
    of_a_moment = family in _THINGS_COUNTED and not _different_time(a, b)  # (told of one moment, as a crowd is)
    if (family in GATHERINGS or of_a_moment or any(m in a.nouns or m in b.nouns for m in measures)) and not running:
        # (A count said to have risen, "the number of ships waiting had risen to 52", or to be up from an
        # earlier value, "52 reports, up from 37", is a running one. A crowd is counted once: organisers'
        # and police's counts of one march are two sources' figures, not a series.)
        # ("more than 40,000" and "about 47,000" may be one count: two firm counts conflict only when apart)
        disjoint = not all(_overlap(x, y) for x, y in pairs)
        if far_apart and family not in GATHERINGS:
            # "1,400 homes declared uninhabitable" / "More than 600,000 homes lost power": counts hundreds of times
            # apart are of different things done to them, never one count disputed
            return _figure_link(new, old, family, "related", 0.3, "different scale")
        return _fixed_count(a, b, family, compatible, same_value, disjoint)
    if family != "troops" and _different_groups(a, b, measures):  # troops are always the armed side
        return _figure_link(new, old, family, "related", 0.35, "different groups counted")
    if not same_value and (_day_on_day(new) or _day_on_day(old)):
        return _figure_link(new, old, family, "related", 0.4, "counts of different days")
    if (
        not same_value  # ("rose to 4.6% from 4.4%" / "4.6%": the same new value, whatever either says it replaced)
        and any(m in new.prior and not (m in old.prior and _overlap(new.prior[m], old.prior[m])) for m in measures)
        and old.when
        and (new.when or "") > old.when
        and not _set_against_another_years(new, old)
    ):
        # It names the figure it replaces, and that is not this one: another source's count. (Both naming
        # the one figure they replace, "£350m, against £410m" / "about 350 million, down from 410 million",
        # tell one revision.)
        return _figure_link(new, old, family, "related", 0.4, "revises a different figure")
    dispute = _held_dispute(a, b, family, measures)
    if dispute is not None:
        return dispute
    counted_down = family in COUNTDOWNS and same_story(a, b) and _different_time(a, b)
    if far_apart and not counted_down and not _one_toll_grown(a, b, family, points):
        if named_only:
            return None  # one story's name, but counts of other things ("3 injured" / "2,700 homes")
        # 3 wounded in one strike vs 2,700 wounded in a war: not the same count. (The missing of one story
        # are counted down as they are found: 32 trapped, then 21, then two still unaccounted for.)
        return _figure_link(new, old, family, "related", 0.3, "different scale")
    fell = _fell_unrevised(a, b, pairs) if family in TALLIES else None
    if fell is not None:
        # The dead and wounded (the arrested, the cases) are counted up, never down unless the count says
        # it was revised.
        low, high = (a, b) if fell is a else (b, a)
        return Candidate(
            low.claim.id,
            high.claim.id,
            "related",
            0.35,
            lambda: figure_reason(low, high, family, "lower later count, not said to be revised"),
        )
    if (
        a.since_text
        and b.since_text
        and a.article.id != b.article.id
        and a.since
        and a.since == b.since
        and close_in_time(a, b)
        and not same_speaker(a, b)
    ):
        # Two sources' counts since the same start, days apart: the same tally, not a revision.
        if compatible:
            return _figure_link(new, old, family, "corroborates", 0.6, "compatible figures")
        ordered = [(x, y) if new is a else (y, x) for x, y in points]
        # (grown by less than double: police's 120 arrests and rights groups' 900 two days later are a dispute)
        grown = bool(ordered) and all(x is not None and y is not None and y < x < 2 * y for x, y in ordered)
        if grown and _on_a_later_day(new, old):
            # 1,240 cases since mid-August on Monday, 1,690 on Friday: the tally's next value
            return _figure_link(new, old, family, "updates", 0.7, "later count since the same start")
        if a.claim.certainty == b.claim.certainty == "asserted":
            return _figure_link(new, old, family, "conflicts", 0.6, "incompatible counts since the same start")
        return _figure_link(new, old, family, "related", 0.45, "different counts since the same start")
    series = a.article.id == b.article.id and a.period and b.period and same_speaker(a, b)
    if (
        _different_time(a, b)
        and not same_value
        and (series or _years_apart(a, b) > 1 or _another_year(a, b) or _a_years_figure_against_another(a, b))
    ):
        # One source's figures for different periods, or counts years apart: a series, not a revision.
        return _figure_link(new, old, family, "related", 0.45, "different period")
    if same_value and _a_years_figure_against_another(a, b) and not _sums_or_rates(a, b):
        # "Last year's fire burned 31,000 acres" against this year's fire "grew to 31,000 acres": a figure the
        # text gives for another year is not a second report of this one, however equal. (Not a year's result,
        # told in the next: "profit rose to £90 million last year" / "reported ... profit to £90m on Thursday".)
        return _figure_link(new, old, family, "related", 0.4, "different period")
    if (
        is_move(family)
        and not same_value
        and (
            (a.period and b.period and a.period[:7] != b.period[:7])
            or (_days_apart(a, b) > _A_MONTH and not (a.revised or b.revised or a.superseded or b.superseded))
        )
    ):
        # "exports grew 2.1% in July" / "exports rose 5.8% in June": two months' moves, neither revising the other;
        # "Fed cuts rates by a quarter point" (September) / "expect to cut rates by half a point" (June): two moves
        # (not one told as revising the other: "shrank by 0.1% in the second quarter, revising" its first estimate)
        return _figure_link(new, old, family, "related", 0.45, "different period")
    if (
        is_move(family)
        and family not in SHARE_MOVES
        and a.article.id != b.article.id
        and not same_speaker(a, b)
        and not (a.revised or b.revised or a.superseded or b.superseded or a.prior or b.prior)
    ):
        # "the scheme cut malaria cases by 72%, the ministry said" / "cut malaria cases by 70%, a WHO report said"
        # two days later: two sources' sizes of one change, neither revising the other (a source revising its
        # own figure, or a figure said to be revised, still updates)
        if compatible:
            return _figure_link(new, old, family, "corroborates", 0.85 if same_value else 0.6, "compatible figures")
        if a.claim.certainty == b.claim.certainty == "asserted":
            return _figure_link(new, old, family, "conflicts", 0.6, "incompatible sizes of one change")
        return _figure_link(new, old, family, "related", 0.4, "different figures")
    if (
        (a.superseded or b.superseded)
        and a.superseded != b.superseded
        and not same_value
        and _not_reported_before(*((b, a) if a.superseded else (a, b)))
    ):
        # "the ministry had earlier reported 42 deaths" is the old figure the other claim replaces.
        new, old = (b, a) if a.superseded else (a, b)
        return _figure_link(new, old, family, "updates", 0.75, "later figure")
    if (
        _different_time(a, b)
        and not same_value
        and a.article.id != b.article.id
        and not same_speaker(a, b)
        and _usual_levels(a, b)
    ):
        # "About 1,400 passengers a day use the route in winter, the company said" / "Around 1,000 passengers a
        # day use the crossing, according to the transport agency": two sources' usual level, neither a revision
        return _figure_link(new, old, family, "related", 0.45, "another source's usual level")
    if _different_time(a, b) and not same_value and _later_bound_far_below(new, a, pairs):
        # "at least 22 deaths in the past two days" after "At least 110 people have died since March 1": a bound far
        # below the earlier figure counts something else (a part, a shorter span), neither its next value nor a
        # second source for it
        return _figure_link(new, old, family, "related", 0.4, "a bound far below the other's figure")
    if _different_time(a, b) and not same_value and _later_only_bounds_it(new, a, pairs) and close_in_time(a, b, 3):
        # "cuts of more than 1 million barrels a day" the day after "cuts totalling about 1.16 million": the later
        # report only bounds the figure the earlier gave, telling nothing new of it
        return _figure_link(new, old, family, "corroborates", 0.6, "compatible figures, the later a bound")
    if _different_time(a, b) and not same_value:
        return Candidate(
            new.claim.id,
            old.claim.id,
            "updates",
            0.8 if a.period and b.period else 0.6,
            lambda: figure_reason(new, old, family, "later figure"),
        )
    later, earlier = (a, b) if (a.article.published or "") >= (b.article.published or "") else (b, a)
    if later.revised and not same_value and (later.article.published or "") > (earlier.article.published or ""):
        rise = _undated_rise(a, b, pairs) if family in TALLIES else None
        if rise is not None:
            # "has killed 41" in an undated explainer / "The death toll ... rose to 27 by the evening": a toll only
            # rises, so the higher count is the later one, whichever report is dated
            new, old = rise
            return _figure_link(new, old, family, "updates", 0.5, "higher count of the toll, one report undated")
        new, old = later, earlier
        # "The death toll rose to seven on Wednesday": a new value of the running count.
        return _figure_link(new, old, family, "updates", 0.7, "later figure")
    risen = _risen_the_same_day(a, b, points) if not same_value else None
    if risen is not None:
        # "The death toll rose to 27 by the evening" against another report's "at least 12" of that day.
        new, old = risen
        return _figure_link(new, old, family, "updates", 0.55, "later figure, said to have risen the same day")
    risen_below = _risen_further_down(a, b, points, pairs) if family in TALLIES and not same_value else None
    if risen_below is not None:
        # A live blog's "10:40 — At least 37 people have died" then "13:05 — The death toll has risen to 92": the
        # later entry's count is the running count's next value, not a second source's dispute.
        new, old = risen_below
        return _figure_link(new, old, family, "updates", 0.6, "later figure, further down the same report")
    # (the dead do not remain: "68 bodies recovered, and four people remain missing" tells what remains of the
    # missing, not of the toll)
    remaining = _still_remaining(a, b) if not same_value and family not in ("killed", "casualties") else None
    if remaining is not None:
        # "Twelve miners remain trapped" against the morning's "23 were trapped": the count as it stands now.
        new, old = remaining
        return _figure_link(new, old, family, "updates", 0.55, "later figure, those who remain")
    undated = _undated_revision(a, b) if not same_value else None
    if undated is not None:
        # "Norvik now puts the number at 3.1 million" in an undated digest: the source's current value,
        # the successor of a dated report's other value of the same count.
        new, old = undated
        return _figure_link(new, old, family, "updates", 0.55, "later figure, said to be the current one")
    reported_later = _reported_later(a, b)
    if compatible and not same_value and reported_later is not None:
        # "at least 120" then "310" days later: both true, but the later one is the news, not a second source.
        new, old = reported_later
        return _figure_link(new, old, family, "updates", 0.6, "later figure, reported on another day")
    rise = _undated_rise(a, b, pairs) if family in TALLIES and not same_value else None
    if rise is not None:
        new, old = rise
        return _figure_link(new, old, family, "updates", 0.5, "higher count of the toll, one report undated")
    passing = _passed_later(a, b, points) if same_value and (family in TALLIES or family in _HAPPENING_TOLLS) else None
    if passing is not None:
        # "Gaza death toll passes 24,900" (Saturday) / "The death toll in Gaza has passed 25,000" (Monday): a running
        # count told past a higher mark on a later day is its next value, however near the two numbers
        new, old = passing
        return _figure_link(new, old, family, "updates", 0.6, "later figure, past the other's")
    if compatible and _own_happenings_apart(a, b):
        # "killed at least 120 people in an attack on the camp on Thursday" (January) / "At least 120 people were
        # killed in fighting in the city over the past week" (February): one number, two happenings
        return _figure_link(new, old, family, "related", 0.4, "the same count of two happenings")
    if compatible:
        score = 0.85 if same_value else 0.65
        return _figure_link(new, old, family, "corroborates", score, "compatible figures")
    contested = _contested_same_day(a, b, family, points)
    if contested is not None:
        # "Organisers said 40,000 workers joined the strike on Monday" / the government's "12,000 ... on Monday",
        # reported the next day: two sources' counts of one day, a dispute, not the count's next value.
        x, y = contested
        return _figure_link(x, y, family, "conflicts", 0.65, "incompatible figures for the same day")
    if reported_later is not None:
        # A count reported days later by another outlet is the count's next value, whatever date the
        # claim names (often the day of the event, not of the count).
        new, old = reported_later
        return _figure_link(new, old, family, "updates", 0.55, "later figure, reported on another day")
    if a.article.id == b.article.id and a.revised != b.revised and not same_value:
        told_later, told_first = (a, b) if a.claim.start > b.claim.start else (b, a)
        # (not a total the first figure is part of: "about 18,000 batteries sold in Canada are affected" / "brings the
        # total number of recalled batteries to about 138,000")
        # (nor another named source's figure: "Copernicus puts the burned area at 13,500 hectares" / "The fire brigade
        # raised its own estimate to 12,000 hectares" revises the brigade's figure, and disputes the other's)
        two_sources = bool(a.claim.speaker and b.claim.speaker) and not _one_source_of(a, b, family)
        if (
            told_later.revised
            and not two_sources
            and not (_TOTAL.search(told_later.claim.text) and not _TOTAL.search(told_first.claim.text))
            and not _headline_of_its_body(a, b, pairs)
        ):
            # "09:12 More than 250,000 homes are without power" / "10:25 The number of homes without power has fallen
            # to 190,000": the report's later telling of the running value, not two figures for one moment
            return _figure_link(told_later, told_first, family, "updates", 0.6, "later figure, further down the report")
    certain = a.claim.certainty == "asserted" and b.claim.certainty == "asserted"
    if _same_moment(a, b, measures) and certain and not _one_source_of(a, b, family):
        if _a_bound_far_below(a, b, pairs):
            # "at least 22 deaths in the past two days" / "At least 143 people have died since March": a lower bound
            # never contradicts a larger figure, and one this far below counts something else
            new, old = _later_first(a, b)
            return _figure_link(new, old, family, "related", 0.4, "a bound far below the other's figure")
        return Candidate(
            a.claim.id,
            b.claim.id,
            "conflicts",
            0.7,
            lambda: figure_reason(a, b, family, "incompatible figures for the same period"),
        )
    relay = _undated_relay(a, b, family, points)
    if relay is not None:
        # "The fire has burned about 9,000 hectares, according to Eskaria Today" in an undated digest: a
        # digest relays its source's current figure, so the dated report's other value came before it.
        new, old = relay
        return _figure_link(new, old, family, "updates", 0.5, "later figure, relayed by an undated report")
    if _a_headlines_other_figure(a, b):
        return None
    return _figure_link(new, old, family, "related", 0.4, "different figures")


def _is_headline(f: Features) -> bool:
    title = f.article.title or ""
    return bool(title) and f.article.body.startswith(title) and f.claim.start < len(title)


def _a_headlines_other_figure(a: Features, b: Features) -> bool:
    """A headline's figure ("Navy foils attack, nabs 26 pirates") and another article's different figure of the
    measure, nothing else relating them: the headline tells its own lead's figure, which is linked on its own; a
    headline set against another report's different count says nothing more than its lead does."""
    return a.article.id != b.article.id and (_is_headline(a) or _is_headline(b))


def _denied_figure(a: Features, b: Features, family: str, pairs: list[tuple[Figure, Figure]]) -> Candidate | None:
    """A denial that states the figure it denies ("denied a report that it planned to cut up to 3,000 jobs")
    against a report of a figure of the measure, else None. A figure reported on a later day than the
    denial is the news after it: an update that contradicts the denial (the denier's own confirmation
    too). Denied the same day or later, the same figure conflicts with the report (never corroborates
    it), and another figure is no new value of the count: related."""
    polar = {a.polarity, b.polarity}
    if polar not in ({"deny", "assert"}, {"deny", "confirm"}):
        return None
    if same_speaker(a, b) and polar != {"deny", "confirm"}:
        return None  # one source's denial and report: its own words, not a dispute
    denial, report = (a, b) if a.polarity == "deny" else (b, a)
    if not _figures_denied(denial):
        return None  # "said 38,000 took part, dismissing the union's figure": its own count, set against another
    if _opened_by_other_names(denial, report):
        # "Volkswagen denies report of 30,000 job cuts" / "Bosch to cut 13,000 jobs": another party's own figure
        return _figure_link(report, denial, family, "related", 0.4, "another party's figure, not the one denied")
    if _on_a_later_day(report, denial):
        verdict = "later figure after a denial, contradicting the denial"
        return _figure_link(report, denial, family, "updates", 0.65, verdict)
    if all(_overlap(x, y) and _near_bound(x, y) for x, y in pairs):
        return _figure_link(denial, report, family, "conflicts", 0.7, "denies this figure")
    return _figure_link(denial, report, family, "related", 0.45, "a denial, not a new value of the count")


@per_claim
def _opening_name(f: Features) -> str | None:
    """The name a claim opens with as its subject (``_opening_name_of``)."""
    return _opening_name_of(f.claim.text)


def _opened_by_other_names(a: Features, b: Features) -> bool:
    """Each claim opens with a name as its subject that the other claim never writes ("Volkswagen denies report of
    30,000 job cuts" / "Bosch to cut 13,000 jobs"; not "Scandinavian airline Nordavia denied" / "Nordavia will shed")."""
    x, y = _opening_name(a), _opening_name(b)
    if x is None or y is None or x.startswith("The ") or y.startswith("The "):
        return False  # ("The Daily Ledger reported that Vantor planned ...": a teller, not the doer)
    # (any word of the one name in the other claim may be the same party: "Vantor Motors" / "Vantor planned")
    return not any(
        re.search(rf"\b{re.escape(w)}\b", other.claim.text) for name, other in ((x, b), (y, a)) for w in name.split()
    )


@per_claim
def _figures_denied(denial: Features) -> bool:
    """The denial's figures stand in what it denies, after its denying word ("denied a report that it
    planned to cut up to 3,000 jobs"), not before it as the denier's own count."""
    text = denial.claim.text
    word = DENIES.search(text)
    if word is None:
        return False
    starts = [q.start - denial.claim.start for q in denial.claim.quantities if q.value is not None]
    first = min(starts, default=-1)
    if first > 0 and _HAPPENING_DESCRIBED.search(text, max(0, first - 40), first):
        return False  # "denied ... any maintenance problems before the crash that killed 179 people": the crash's
    # "denied that the vessel had been overloaded, saying it carried 170 passengers": the denier's own figure.
    return first > word.start() and _OWN_WORDS.search(text, word.end(), first) is None


# A happening named by what it did, right before the figure: "the crash that killed 179", "the fire which left 12".
_HAPPENING_DESCRIBED = re.compile(
    r"\b(?:that|which)\s+(?:killed|left|injured|wounded|claimed|cost)\s+(?:the\s+lives\s+of\s+)?"
    r"(?:at\s+least\s+|more\s+than\s+|nearly\s+|almost\s+|about\s+|some\s+)?$"
)


# Words after a denial that start the denier's own statement ("and said only 40% ..."), unlike "a report
# that said".
_OWN_WORDS = re.compile(
    r";|,\s*but\b|(?<!\bthat\s)(?<!\bwhich\s)\b(?:said|says|saying|added|adding|insist\w*|argu\w*|put|puts|putting)\b"
)


# Counts that fall as an event's news comes in: the missing and trapped, as they are found.
COUNTDOWNS = frozenset({"missing", "still held", "without power"})  # (outages are restored home by home)
# Counts that only grow as an event's news comes in (a later, lower count is not its next value).
TALLIES = frozenset({"casualties", "detained", "cases", "cancelled", "abducted"})
# (a strike's or a storm's cancellations are counted day by day; a rescue is the day's: "The coast guard rescued nine
# fishermen on Thursday" is another rescue than Monday's 14 from a sinking trawler)
_COUNTED_BY_THE_DAY = frozenset({"cancelled", "rescued"})


_MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b")


# The period a change is measured over: a year's, a quarter's or a month's.
_CHANGE_WINDOWS = (
    (
        "year",
        re.compile(
            r"\b(?:in the (?:year|12 months) (?:to|through|ending)|year[- ]on[- ]year|from a year (?:earlier|ago|before)|"
            r"than a year (?:earlier|ago|before)|annual(?:ly)?|over the (?:past|last|previous) (?:year|12 months)|"
            r"on the year|compared with a year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "quarter",
        re.compile(
            r"\b(?:quarter[- ]on[- ]quarter|quarterly|from the previous quarter|on the quarter|in the (?:first|second|"
            r"third|fourth|last) quarter)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(
            r"\b(?:month[- ]on[- ]month|monthly|from the previous month|on the month|than (?:the previous|last) month|"
            r"from (?:a|the) month (?:earlier|before))\b",
            re.IGNORECASE,
        ),
    ),
)


@per_claim
def _change_window(f: Features) -> str | None:
    """The one period the claim's change is measured over, None when it names none or several."""
    found = {name for name, pattern in _CHANGE_WINDOWS if pattern.search(f.claim.text)}
    return found.pop() if len(found) == 1 else None


def _windows_differ(a: Features, b: Features) -> bool:
    x, y = _change_window(a), _change_window(b)
    return bool(x and y and x != y)


@per_claim
def _month_named(f: Features) -> str | None:
    """The one month a claim names ("rose to 6.1% in May"), else None (none, or a change between two)."""
    months = set(_MONTH.findall(f.claim.text))
    return months.pop() if len(months) == 1 else None


# Statistics of a stated month (not levels a body sets, as an interest rate or a tariff is).
PERIOD_STATISTICS = frozenset({"inflation rate", "unemployment rate"})
# What a market puts on a thing each trading day: a share price, a company's market value.
_QUOTED_DAILY = frozenset({"market value", "share price"})
# Readings of a level at a place and a moment (a temperature): another day's reading is another fact, never
# a revision, and two readings are one only when they are the same figure.
READINGS = frozenset({"degrees", "temperature"})  # (the extractor's family was "degrees"; stored DBs keep it)
# An event's size measured once (a quake's magnitude): two sources' different values of it disagree, whenever
# they are reported; values this far apart are two quakes (a foreshock, another quake), not two measurements.
MEASUREMENTS = frozenset({"magnitude"})
_MEASUREMENT_SPREAD = 0.5
# Counts of one gathering's crowd, and how many days its reports come within.
GATHERINGS = frozenset({"turnout"})
_GATHERING_DAYS = 3


# A poll's or a ballot's figures: one poll (one pollster's, fielded once) or one vote gives them. Another pollster's
# poll, or a poll or vote days apart, is another event: its figures neither revise nor confirm these.
POLLS = frozenset({"poll lead"})
BALLOTS = frozenset({"turnout rate", "vote share", "yes vote share", "no vote share"})
_BALLOT_DAYS = 3
# The pollster named before "poll" or "survey": "a YouGov poll", "the latest Ipsos Mori survey", "an Opinium poll for".
_POLLSTER = re.compile(r"\b(?P<name>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})\s+(?:opinion\s+)?(?:poll|survey)s?\b")
_A_POLL = re.compile(r"\b(?:poll|polls|polling|survey)\b", re.IGNORECASE)


_NO_POLLSTER = frozenset("A An The This That Its Their Our Another New Latest Last One Opinion".split())


def _pollsters(f: Features) -> frozenset[str]:
    """The pollsters a claim names ("A YouGov poll" and "the YouGov poll" name YouGov)."""
    names = (m.group("name").split() for m in _POLLSTER.finditer(f.claim.text))
    return frozenset(" ".join(w) for w in ([x for x in n if x not in _NO_POLLSTER] for n in names) if w)


def _another_poll_or_ballot(a: Features, b: Features, family: str, pairs: list[tuple[Figure, Figure]]) -> str | None:
    """Why two figures of a poll or a ballot are of two events, else None. "Labour's lead widened to 9 points,
    according to an Opinium poll" / "narrowed to 4 points, according to a YouGov poll": two pollsters' polls, neither a
    revision of the other; the same pollster's figure a week later is its next poll, no revision either. A turnout or a share of the vote
    told months apart, with another value, is another vote's ("Turnout in the regional election was 61%" / "Turnout
    in the referendum was 48%"); the same value told again is the result restated."""
    poll = family in POLLS or (
        family in BALLOTS and bool(_A_POLL.search(a.claim.text)) and bool(_A_POLL.search(b.claim.text))
    )
    if poll:
        mine, theirs = _pollsters(a), _pollsters(b)
        if mine and theirs and not mine & theirs:
            return "another pollster's poll"
        if _days_apart(a, b) > _BALLOT_DAYS:
            return "another poll"
        return None
    if family in BALLOTS and _days_apart(a, b) > _BALLOT_DAYS:
        points = [(_point(x), _point(y)) for x, y in pairs]
        if not all(x is not None and x == y for x, y in points):
            return "another vote"
    return None


def _days_apart(a: Features, b: Features) -> int:
    """Days between the two claims' dates (else their articles'), 0 when either day is unknown."""
    return days_between(a.when or "", b.when or "") or 0


_ESTIMATED = re.compile(r"\bestimat\w*", re.IGNORECASE)


def _firm(f: Features, family: str) -> bool:
    """The claim asserts its count. A crowd is only ever estimated: "police estimated that 42,000
    joined" is the police's count, as firm as "police put the turnout at 42,000"."""
    if f.claim.certainty == "asserted":
        return True
    # ("About 40,000 people marched, the union said": a crowd's size is only ever given round, and rounded it is
    # still the union's count.)
    return family in GATHERINGS and not hedged_beyond_figures(_ESTIMATED.sub("counted", f.claim.text))


def _counts_seats(family: str, measures: Sequence[str]) -> bool:
    return "seat" in family or any("seat" in m for m in measures)


# Between a party's name and its seat figure: "the DPP's 84 seats", "(DPP) has won 84 of the 229 seats", "giving the
# Democratic Progressive Party 81 seats", "The MCP finished with 59 seats".
_HOLDS_THE_FIGURE = re.compile(
    r"\)?(?:['’]s\s+(?:[a-z-]+\s+)?|\s+(?:(?:has|have|had|would|will|now)\s+)?(?:won|wins?|took|takes?|holds?|held|"
    r"secured?|gained|gets?|got|finished\s+with|ended\s+(?:up\s+)?with)\s+(?:only\s+|just\s+)?|\s+)$"
)


def _holder_of_the_seats(f: Features) -> str | None:
    """The party whose name stands right before the claim's first seat figure, as its owner or the subject of its
    verb of winning or holding."""
    seats = next((q for q in f.claim.quantities if q.measure and "seat" in q.measure), None)
    if seats is None:
        return None
    before = f.claim.text[: max(0, seats.start - f.claim.start)]
    ends = [(before.rfind(e), e) for e in f.claim.entities if e in before]
    owners = [e for at, e in ends if _HOLDS_THE_FIGURE.fullmatch(before, at + len(e))]
    return owners[0] if len(owners) == 1 else None


def _one_owner_of_the_seats(a: Features, b: Features) -> bool:
    """Both claims' seat figures stand right after one party's name, in full or by its initials ("the NRP's 64
    seats" / "giving the National Renewal Party 61 seats"), whatever other bodies they name: who counted, who
    disputes."""
    x, y = _holder_of_the_seats(a), _holder_of_the_seats(b)
    return bool(x and y and (name_words(x) & name_words(y) or one_body(x, y)))


def _seat_holders(f: Features) -> list[str]:
    owner = _holder_of_the_seats(f)
    if owner is not None:
        return [owner]
    known = gazetteer().entities
    named = [
        e for e in f.entities if (e not in known or known[e].type not in ("country", "place")) and country_of(e) != e
    ]
    if len(named) > 1:
        # "Morvania's ruling Labour Front": a name owning another is the country or body the party is of
        named = [e for e in named if f"{e}'s" not in f.claim.text and f"{e}’s" not in f.claim.text]
    # ("VCU" beside "Varnia's Civic Union" is its initials: one holder)
    return sorted(e for e in named if not (e.isupper() and any(_initials(o) == e for o in named if o != e)))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _one_holder_of_the_seats(a: Features, b: Features) -> bool:
    """Seats are always some party's: two claims' seat counts are one count only when each names one holder and
    the two share a name ("Varnia's Civic Union" / "the governing Civic Union"). A claim naming two parties ("the
    Alliance won 48 seats and the Greens 17") or none ("her party") cannot say which count is whose."""
    x, y = _seat_holders(a), _seat_holders(b)
    if len(x) != 1 or len(y) != 1:
        return False
    return bool(name_words(x[0]) & name_words(y[0])) or one_body(x[0], y[0])


# A figure told as a level standing at a moment ("stood at 9,400 at the end of January", "as of March"): a value
# of a running count, which the next month's level updates.
_STANDING_AT = re.compile(r"\b(?:at\s+the\s+(?:end|close)\s+of|as\s+(?:of|at)|st(?:ood|ands)\s+at)\b", re.IGNORECASE)


@per_claim
def _stated_period(f: Features) -> str | None:
    """The calendar period the claim's own words give its figures ("in July", "its July figure", "this year"), None
    when they name none or tell a standing level."""
    if _STANDING_AT.search(f.claim.text):
        return None
    return figures_period(f.claim) or _headline_period(f)


_FIGURE_THEN_PERIOD = 24  # characters after a figure its period may stand in ("8.7% in April")


def _headline_period(f: Features) -> str | None:
    """A headline's period, told by its lead: the month the lead gives right after the headline's figure ("UK
    inflation falls to 8.7%" over "inflation fell to 8.7% in April from 10.1% in March": April)."""
    if not is_headline(f.claim, f.article) or not f.claim.quantities:
        return None
    lead = lead_past_dateline(f.article.title or "", f.article.body)
    for q in f.claim.quantities:
        at = lead.find(q.text)
        if at < 0:
            continue
        after = at + len(q.text)
        for mention in find_dates(lead):
            if after <= mention.start <= after + _FIGURE_THEN_PERIOD:
                period = resolve(mention, f.article.published, f.article.published_estimated)[0]
                return period if period and len(period) == 7 else None
    return None


def _a_rate_of(f: Features, family: str) -> bool:
    """The claim's figure of the family is a percentage."""
    return any(FAMILY.get(measure, measure) == family for measure in f.percents)


def _one_stated_period(a: Features, b: Features) -> bool:
    x = _stated_period(a)
    return x is not None and x == _stated_period(b)


def _stated_periods_apart(a: Features, b: Features) -> bool:
    x, y = _stated_period(a), _stated_period(b)
    return bool(x and y and x != y)


# A figure said to be revised to its value ("revised its July figure to 8.15 million", "corrected the total to 412").
_REVISED_TO = re.compile(r"\b(?:revis|correct|amend|adjust)(?:ed|es|ing)\s+(?:[\w'’-]+\s+){0,5}?to\b", re.IGNORECASE)


def _told_as_revised_after(a: Features, b: Features) -> bool:
    """Whether the claim published later says its figure was revised to its value."""
    x, y = (a, b) if (a.article.published or "") > (b.article.published or "") else (b, a)
    return (x.article.published or "") > (y.article.published or "") and bool(_REVISED_TO.search(x.claim.text))


def _fixed_count(
    a: Features, b: Features, family: str, compatible: bool, same_value: bool, disjoint: bool
) -> Candidate:
    """Counts of a thing that does not grow as news comes in ("180 passengers" aboard one ferry): the same
    count agrees whenever it is reported, and two firm sources' different counts conflict."""
    new, old = _later_first(a, b)
    if not same_value and _counted_years_apart(a, b):
        # "won 72 seats at the last election in 2022" / "won 61 seats in Sunday's election": two events' counts
        return _figure_link(new, old, family, "related", 0.4, "counts of different years")
    if not same_value and _final_after_provisional(new, old):
        # "won 112 seats, provisional results showed" / "certified ... giving it 109 seats after recounts": the count's
        # final value, no second source's dispute of the first
        return _figure_link(new, old, family, "updates", 0.7, "final count after a provisional one")
    if not same_value and (
        (_stated_days_apart(a, b) and (_a_standing_count(a) or _a_standing_count(b)))
        # ("37 ships were waiting on Tuesday" / Thursday's undated "had left more than 50 ships waiting": the
        # standing count states its day, the other is of its article's)
        or (
            _stated_days_apart(a, b, or_published=True)
            and any(_standing_on_its_day(f) or _a_lasting_state(f) for f in (a, b))
        )
        or _counted_days_apart(a, b)
    ):
        # "37 ships were waiting on Tuesday" / "more than 50 are waiting, the authority said on Thursday",
        # "about 90,000 passengers hit on Friday" / "85,000 affected on Saturday": counts of two days the texts
        # name, neither the same report nor a dispute.
        return _figure_link(new, old, family, "related", 0.45, "counts of different days")
    if same_value and _a_years_figure_against_another(a, b) and not _sums_or_rates(a, b):
        # "Last year's floods reached 4,200 homes" / this week's "reached 4,200 homes": two events' equal counts
        return _figure_link(new, old, family, "related", 0.4, "counts of different years")
    if compatible:
        score = 0.8 if same_value else 0.6
        return _figure_link(new, old, family, "corroborates", score, "same count")
    if disjoint and spans_of_other_lengths(a, b):
        # "2,100 outpatient appointments were postponed ... in the two weeks after the cyber attack" / "More than
        # 10,000 ... in the month after the Synnovis attack": a running count over two spans, no dispute
        return _figure_link(new, old, family, "related", 0.4, "counts over other spans")
    if (
        disjoint
        and _firm(a, family)
        and _firm(b, family)
        and not _one_source_of(a, b, family)
        and _two_sources_apart(a, b)
    ):
        return _figure_link(new, old, family, "conflicts", 0.65, "different counts")
    return _figure_link(new, old, family, "related", 0.4, "different figures")


# A count told as not yet final ("provisional results showed", "according to preliminary figures"), and one told as
# final ("certified the results", "after recounts", "final results").
_PROVISIONAL = re.compile(
    r"\b(?:provisional|preliminary|partial|initial|early)\s+(?:official\s+)?(?:results?|counts?|tall(?:y|ies)|figures)\b",
    re.IGNORECASE,
)
_FINAL = re.compile(
    r"\bcertif(?:y|ied|ies|ying)\b|\bfinal\s+(?:official\s+)?(?:results?|counts?|tall(?:y|ies)|figures)\b|"
    r"\bafter\s+(?:a\s+|the\s+)?recounts?\b|\bfinished\s+with\b",
    re.IGNORECASE,
)


@per_claim
def _told_final(f: Features) -> bool:
    """The claim, or its article's headline and lead, tells the count as final."""
    title = f.article.title or ""
    return bool(_FINAL.search(f.claim.text) or _FINAL.search(f"{title}\n{lead_past_dateline(title, f.article.body)}"))


@per_claim
def _told_provisional(f: Features) -> bool:
    title = f.article.title or ""
    lead = f"{title}\n{lead_past_dateline(title, f.article.body)}"
    return bool(_PROVISIONAL.search(f.claim.text) or _PROVISIONAL.search(lead))


def _one_count_made_final(a: Features, b: Features) -> bool:
    """The later of the two claims tells as final the count the earlier told as provisional (``_final_after_provisional``)."""
    return _final_after_provisional(*_later_first(a, b))


def _final_after_provisional(new: Features, old: Features) -> bool:
    """The later claim tells the count as final, the earlier (reported on an earlier day) as provisional, or not as
    final: the final value of one count (a vote's seats, a census), not another source's figure."""
    if not _told_final(new) or _told_final(old) or _told_provisional(new):
        return False
    return (old.article.published or "") < (new.article.published or "")


# A count of how things stand, which changes from day to day ("are now waiting", "were still stranded"),
# unlike one event's count ("180 passengers were aboard", "9,000 joined the march").
_STANDING = re.compile(
    r"\b(?:now|currently|still|at present|as of)\b|\b(?:are|were|is|was|remain|remained)\s+(?:\w+ly\s+)?[a-z]+ing\b",
    re.IGNORECASE,
)


@per_claim
def _a_standing_count(f: Features) -> bool:
    return bool(_STANDING.search(f.claim.text))


def _standing_on_its_day(f: Features) -> bool:
    return len(f.claim.date or "") == 10 and _a_standing_count(f)


# A state that lasts until it ends, counted as it stands on the day told: "homes without power", "restored to all but
# 23,000 homes".
_LASTING_STATE = re.compile(
    r"\bwithout\s+(?:power|electricity|water|heating|gas|phone|internet)\b|\ball\s+but\b", re.IGNORECASE
)


@per_claim
def _a_lasting_state(f: Features) -> bool:
    return bool(_LASTING_STATE.search(f.claim.text))


# Verbs of telling whose day is the day told on, not the day of what is told ("police said on Sunday", "on
# Monday denied"): one list for both readings below.
_TELLING_LEMMAS = (
    "say tell announce report state add confirm write post estimate disclose deny acknowledge admit concede reveal "
    "insist claim warn".split()
)
_TELLING_FORMS = sorted({f for lemma in _TELLING_LEMMAS for f in cues.forms(lemma) if not f.endswith("ing")})
# A day said to be when something was told ("police said on Sunday"), not when what was counted happened.
_TOLD_ON = re.compile(rf"\b(?:{'|'.join(_TELLING_FORMS)})\s+(?:\w+\s+)?$", re.IGNORECASE)


@per_claim
def _counted_day(f: Features) -> str | None:
    """The day the claim's own words put what it counts on ("affected on Saturday"), not the day of telling."""
    day, words = f.claim.date or "", f.claim.date_text
    if len(day) != 10 or not words:
        return None
    at = f.claim.text.find(words)
    if at < 0 or _TOLD_ON.search(f.claim.text, max(0, at - 40), at):
        return None
    return day


def _counted_days_apart(a: Features, b: Features) -> bool:
    x, y = _counted_day(a), _counted_day(b)
    return bool(x and y and x != y) and not (_runs_on(a) or _runs_on(b))


# A day a count runs up to ("By Thursday rescuers had pulled 23", "as of Monday"), not the day of what it counts.
_UP_TO = re.compile(r"^(?:by|as\s+of|until|through)\b", re.IGNORECASE)


def _runs_on(f: Features) -> bool:
    """The claim's count runs over days: a total since a day, a revised one, or one up to its day."""
    return bool(f.since_text or f.revised or _UP_TO.match(f.claim.date_text or ""))


_HAPPENING_DAYS = 7  # (days between the happenings two counts date, beyond which they are two happenings)
# (days between the happenings two leads date, beyond which they are two: a lead's own day is the happening's,
# so only a day or two may part two reports of one, "on Sunday" counted from another day of publication)
_LEAD_DAYS = 5
_HAPPENING_TOLLS = frozenset({"casualties", "missing"})  # counts of what one happening did to people
# Counts of what befell people somewhere, which a place's part and the whole give apart (``figures_of_other_scopes``).
_PLACED_TALLIES = TALLIES | _HAPPENING_TOLLS | {"displaced", "jobs", "revenue", "sales"}
# A lead telling of what a happening did to people, and one telling of a toll that runs on ("rose to 24").
_LEAD_TOLL = re.compile(
    r"\b(?:killed|killing|kills|died|dead|injured|injuring|wounded|missing|evacuated|evacuating|fled|flee|displaced|"
    r"homeless|destroyed|destroying)\b|\b(?:leave|left|from|out\s+of)\s+their\s+homes\b",
    re.IGNORECASE,
)
_LEAD_RUNNING = re.compile(
    r"\b(?:rose|risen|rises|climbed|climbs|increased|reached|reaches|now|toll|since|brings|bringing)\b", re.IGNORECASE
)
# A telling in the clause before a day ("said in a statement on Thursday", "on Monday denied"): the day told on.
_TELLING = re.compile(rf"\b(?:{'|'.join(_TELLING_FORMS)}|statement)\b", re.IGNORECASE)


@per_claim
def _happening_day(f: Features) -> str | None:
    """The day the claim's own words put what it counts on, with no telling in the words around that day."""
    day = _counted_day(f)
    if day is None:
        return None
    at = f.claim.text.find(f.claim.date_text or "")
    around = f.claim.text[max(0, at - 60) : at + len(f.claim.date_text or "") + 12]
    return None if _TELLING.search(around) else day


def _one_toll_grown(a: Features, b: Features, family: str, points: list[tuple[float | None, float | None]]) -> bool:
    """Both articles' leads tell the toll of one happening of one day (``_one_happening``), and the later toll is the
    higher: a quake's 144 dead on the day and 1,644 two days on are one count grown, however far apart (not a
    strike's 3 wounded and a war's 2,700)."""
    if family not in TALLIES or not (_tells_its_lead(a) and _tells_its_lead(b)) or not _one_happening(a, b):
        return False
    new, _ = _later_first(a, b)
    return all(x is not None and y is not None and (x > y) == (new is a) for x, y in points)


@per_claim
def _tells_its_lead(f: Features) -> bool:
    """The claim is its article's lead sentence (past the dateline)."""
    lead = lead_past_dateline(f.article.title or "", f.article.body)
    return bool(lead) and lead[:80] in f.claim.text


def _leads_happenings_apart(a: Features, b: Features) -> bool:
    """Both articles' leads tell of the toll of a happening they date by their own words to its day (not a day
    told on, not a toll said to run on), more than a week apart: two happenings, each article's figures its
    own. A claim said to run on ("since", "has risen to") is left to the claims' own comparison."""
    if a.article.id == b.article.id or a.revised or b.revised or a.prior or b.prior or a.since_text or b.since_text:
        return False
    x, y = _lead_happening_day(a), _lead_happening_day(b)
    if not (x and y) or not (_of_its_lead(a, x) and _of_its_lead(b, y)):
        return False
    return (days_between(x, y) or 0) > _LEAD_DAYS


def _of_its_lead(f: Features, day: str) -> bool:
    """The claim dates itself to no other time than its lead's happening ("after one on Sulawesi in June killed 24
    people" in a July report tells of another)."""
    own = f.claim.date or ""
    return own[: len(day)] == day[: len(own)]


@per_article
def _lead_happening_day(article: Article) -> str | None:
    return lead_happening_day(article.title or "", article.body, article.published, article.published_estimated)


# What happens on one day to a place and the people there, as news names it in a headline or lead.
_HAPPENING_NOUN = re.compile(r"\b(" + words_pattern(SUDDEN + UNFOLDING) + r")(?:e?s)?\b", re.IGNORECASE)
# A happening told by its verb ("a passenger train derailed on Monday", "Train derails, killing five"): the noun it
# is the happening of, as a lead telling it by the noun names it ("Monday's derailment").
_HAPPENING_VERBS = {
    "derail": "derailment",
    "crash": "crash",
    "collaps": "collapse",
    "capsiz": "capsizing",
    "explod": "explosion",
    "erupt": "eruption",
}
_HAPPENING_VERB = re.compile(r"\b(" + "|".join(_HAPPENING_VERBS) + r")(?:ed|es|s|e)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def lead_happening(title: str, body: str, published: str | None, estimated: bool) -> tuple[str, frozenset[str]] | None:
    """(the day, the kinds of happening) an article's lead tells of by its own words: the day a possessive names
    ("killed in Saturday's avalanche rose to six on Sunday") or the lead's happening day (``lead_happening_day``),
    with the happening nouns of its headline and lead; None without both."""
    lead = lead_past_dateline(title, body)
    if not lead or not published or estimated:
        return None
    told = f"{title}\n{lead}"
    nouns = frozenset(
        CANONICAL.get(w := re.sub(r"\s+", " ", m.group(1).lower()), w) for m in _HAPPENING_NOUN.finditer(told)
    ) | frozenset(_HAPPENING_VERBS[m.group(1).lower()] for m in _HAPPENING_VERB.finditer(told))
    if not nouns:
        return None
    day = next(
        (
            iso
            for mention in find_dates(lead)
            if lead[mention.end : mention.end + 2] in ("'s", "’s")
            for iso, guessed in (resolve(mention, published, estimated),)
            if iso and len(iso) == 10 and not guessed
        ),
        None,
    ) or lead_happening_day(title, body, published, estimated)
    return (day, nouns) if day else None


@per_article
def _lead_happening_of(article: Article) -> tuple[str, frozenset[str]] | None:
    return lead_happening(article.title or "", article.body, article.published, article.published_estimated)


# Happenings rare enough that two of a kind on one day are one: a derailment, an avalanche, a quake (not a crash, a
# fire or an attack, of which many happen on any day).
_RARE_HAPPENINGS = frozenset(
    {
        "derailment",
        "avalanche",
        "landslide",
        "earthquake",
        "tsunami",
        "eruption",
        "collapse",
        "capsizing",
        "sinking",
        "stampede",
        "spill",
        "leak",
        "hurricane",
        "typhoon",
        "cyclone",
    }
)


def _one_rare_happening(a: Features, b: Features) -> bool:
    """Both articles' leads tell of a rare happening of one kind on one day (``_RARE_HAPPENINGS``)."""
    if a.article.id == b.article.id:
        return False
    x = _lead_happening_of(a)
    return bool(x and (y := _lead_happening_of(b)) and x[0] == y[0] and x[1] & y[1] & _RARE_HAPPENINGS)


def _one_happening(a: Features, b: Features) -> bool:
    """Both articles' leads tell of a happening of one kind on one day by their own words ("an avalanche ... on
    Saturday, killing at least three" / "killed in Saturday's avalanche rose to six"): one happening, however
    differently they name its place (the resort, the region)."""
    if a.article.id == b.article.id:
        return False
    x = _lead_happening_of(a)
    return bool(x and (y := _lead_happening_of(b)) and x[0] == y[0] and x[1] & y[1])


@lru_cache(maxsize=4096)
def lead_happening_day(title: str, body: str, published: str | None, estimated: bool) -> str | None:
    """The day an article's lead puts the happening whose toll it tells on (its first sentence after the headline,
    past its dateline), if the day is the happening's own, not one told on; None otherwise."""
    if not published or estimated:
        return None
    lead = lead_past_dateline(title, body)
    if not _LEAD_TOLL.search(lead) or _LEAD_RUNNING.search(lead):
        return None
    for mention in claim_dates(lead, find_dates(lead)):
        around = lead[max(0, mention.start - 60) : mention.end + 12]
        if _TELLING.search(around):
            continue
        iso, guessed = resolve(mention, published, estimated)
        if iso and len(iso) == 10 and not guessed:
            return iso
    return None


# A count of what lasts, read on a day ("vessels were waiting to cross on Tuesday", "are still stranded", "the queue
# stood at 160"): a reading of one state, which later readings update, not a happening of that day.
_STATE_READ = re.compile(
    r"\b(?:were|are|was|is|remain(?:s|ed)?)\s+(?:still\s+)?(?:waiting|queuing|queueing|stranded|stuck|anchored)\b|"
    r"\b(?:stood|stands|remain(?:s|ed)?)\s+at\b"
)
_reads_a_state = claim_says(_STATE_READ, "_reads_a_state")


def _happenings_apart(a: Features, b: Features) -> bool:
    """Two articles' counts each dated by their own words to the day what they count happened, more than a week
    apart, neither said to run on or to have been revised ("has risen to", "since", "up from"): two happenings of
    one kind, not one count told twice."""
    if a.article.id == b.article.id or a.revised or b.revised or a.prior or b.prior or a.since_text or b.since_text:
        return False
    if _reads_a_state(a) and _reads_a_state(b):
        return False  # "About 110 vessels were waiting to cross on Tuesday" / "More than 160 ... on Monday": one queue
    x, y = _happening_day(a), _happening_day(b)
    if not (x and y):
        return False
    return (days_between(x, y) or 0) > _HAPPENING_DAYS


# A happening over in a moment, named in a claim ("killed when fire swept through a hostel", "died in the blast").
_SUDDEN_WORD = re.compile(rf"\b({words_pattern(SUDDEN)})s?\b", re.IGNORECASE)
_SUDDEN_DAYS = 1  # (one happening's day, read from two reports: at most the night between them)


def _sudden_happenings_apart(a: Features, b: Features) -> bool:
    """Two articles' tolls of a sudden happening of one kind ("fire", "blast", "crash"), each dated by its own words
    to its day, more than a day apart: two happenings, however alike their words and counts ("Three people were
    killed when fire swept through a hostel on Saturday night" / "Three workers were killed when fire swept through
    a warehouse on Wednesday"). (An unfolding one, a flood or a wildfire, runs for days: ``_happenings_apart``.)"""
    if a.article.id == b.article.id or a.revised or b.revised or a.prior or b.prior or a.since_text or b.since_text:
        return False
    kinds = {m.lower() for m in _SUDDEN_WORD.findall(a.claim.text)}
    if not kinds or kinds.isdisjoint(m.lower() for m in _SUDDEN_WORD.findall(b.claim.text)):
        return False
    x, y = _happening_day(a), _happening_day(b)
    if not (x and y):
        return False
    return (days_between(x, y) or 0) > _SUDDEN_DAYS


@per_claim
def _happening_month(f: Features) -> str | None:
    """The month the claim's own words put what it counts in ("Last August a wildfire on Evia burned 11,000
    hectares", "burned 11,000 hectares ... in August, investigators said on Monday"), no telling around it."""
    month, words = f.claim.date or "", f.claim.date_text
    if len(month) != 7 or not words or not f.article.published or f.article.published_estimated:
        return None  # (a month in an undated article is a guess of its year)
    at = f.claim.text.find(words)
    if at < 0 or _TOLD_ON.search(f.claim.text, max(0, at - 40), at):
        return None
    around = f.claim.text[max(0, at - 25) : at + len(words) + 12]
    return None if _TELLING.search(around) else month


def _lead_time(f: Features) -> str | None:
    """The day of the happening the claim's article leads with, for a claim dating itself to no other time."""
    day = _lead_happening_day(f)
    return day if day and not f.claim.date and _lead_happening_of(f) is not None else None


# (days a day lies outside a month a claim names, beyond which they are two happenings: a month is named loosely,
# "after a passenger injured in the crash died in hospital this month" names the toll's month weeks after the crash)
_SEASON_DAYS = 90


def _happening_months_apart(a: Features, b: Features) -> bool:
    """One claim puts what it counts in a month by its own words, the other on a day (its own, or for a claim
    dating itself to nothing, its article's lead's happening), and the day lies a season outside that month: two
    happenings ("Last August a wildfire on Evia burned 11,000 hectares" / "The fire had burned about
    3,000 hectares by evening" under a lead of a July fire a year on), not a count and its next value."""
    if a.revised or b.revised or a.prior or b.prior or a.since_text or b.since_text:
        return False
    for x, y in ((a, b), (b, a)):
        month = _happening_month(x)
        day = (_happening_day(y) or _lead_time(y)) if month else None
        if month and day:
            first = date.fromisoformat(f"{month}-01")
            last = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            seen = date.fromisoformat(day)
            if (first - seen).days > _SEASON_DAYS or (seen - last).days >= _SEASON_DAYS:
                return True
    return False


def _recalled_before_its_lead(a: Features, b: Features) -> bool:
    """One claim puts what it counts, by its own words, in a month before the day of the happening its article leads
    with ("Last month, flooding in San Antonio killed 13 people" under a lead of Friday's floods upriver), and the
    other is told on or after that day and names none of its places: the earlier happening recalled, never an
    earlier value of the other's count nor a second source for it."""
    if a.article.id == b.article.id:
        return False
    for x, y in ((a, b), (b, a)):
        month = _happening_month(x)
        lead = _lead_happening_day(x) if month else None
        if not (month and lead) or month >= lead[:7] or _happening_month(y) or x.places & y.places:
            continue
        told = y.claim.date if y.claim.date and len(y.claim.date) == 10 else None
        if told is None and y.article.published and not y.article.published_estimated:
            told = y.article.published[:10]
        if told and told >= lead:
            return True
    return False


def _both_dated(a: Features, b: Features) -> bool:
    """Both articles carry their own day of publication (a day an undated article names is a guess of its year)."""
    return bool(
        a.article.published
        and b.article.published
        and not a.article.published_estimated
        and not b.article.published_estimated
    )


def _two_sources_apart(a: Features, b: Features) -> bool:
    """Two counts can dispute each other only as two sources' counts: in one article, both claims say who gave
    them, and neither is a description that may be the other ("the company"); an article's own different counts
    of one noun are of different groups ("4 million customers" / "for some 300,000 customers, card numbers")."""
    if a.article.id != b.article.id:
        return True
    return all(f.claim.speaker and not _one_body_described(f.claim.speaker) for f in (a, b))


def _one_body_described(speaker: str) -> bool:
    """ "company", "ministry": one body by description, which may be the very source the other claim names
    ("Veltro said ..." / "..., the company said"); "unions", "police" are parties of their own."""
    return speaker.islower() and " " not in speaker and not speaker.endswith("s")


def _counted_years_apart(a: Features, b: Features) -> bool:
    """The years the claims count in differ: each by the date it states, or (for one of them at most) by its
    article's ("won 72 seats at the last election in 2022" / "won 61 seats in Sunday's election"; "data on 80,000
    customers was exposed in a 2024 breach" against this year's "4 million customers affected")."""
    if not (a.claim.date or b.claim.date):
        return False
    x, y = (f.claim.date or f.article.published or "" for f in (a, b))
    return len(x) >= 4 and len(y) >= 4 and x[:4] != y[:4]


# A count said of what would or could be, not of what is: "would hold 100 of the 131 seats".
_PROJECTED = re.compile(
    r"\b(?:would|could|might)\s+(?:\w+\s+){0,2}?(?:hold|have|win|get|control|command|take)\s+"
    r"(?:(?:about|around|some|nearly|almost|just|over|more\s+than|at\s+least)\s+)?\d"
)

_projected = claim_says(_PROJECTED, "_projected")
# A figure said to be a mean over a span: "average daily casualties", "an average of 40 a day", "averaged 40".
_AVERAGED = re.compile(r"\b(?:average|averaged|averaging|a\s+mean\s+of)\b", re.IGNORECASE)
_averaged = claim_says(_AVERAGED, "_averaged")


def _stated_days_apart(a: Features, b: Features, or_published: bool = False) -> bool:
    """Both claims state the day they count, and the days differ. ``or_published``: a claim naming no day is of the
    day its dated article came out (a headline's "leaves 180,000 homes without power")."""
    x, y = (
        f.claim.date or ("" if not or_published or f.article.published_estimated else f.article.published or "")
        for f in (a, b)
    )
    return len(x) == len(y) == 10 and x != y


def _by_surname(f: Features, others: frozenset[str]) -> frozenset[str]:
    """Full names of people among ``f``'s entities whose surname alone is one of ``others``."""
    surnames = _surnames(f)
    return frozenset(n for n, surname in surnames if surname in others) if surnames else _NONE


_NONE: frozenset[str] = frozenset()


@per_claim
def _surnames(f: Features) -> list[tuple[str, str]]:
    """(full name, surname) of the people ``f`` names in full, in the order of its entities."""
    return [(n, n.split()[-1]) for n in f.entities if " " in n and entity_type(n) == "person"]


@per_claim
def _speaker_name_words(f: Features) -> frozenset[str]:
    return frozenset(w for name in (f.claim.speaker_chain or [f.claim.speaker or ""]) for w in name.split())


@per_claim
def _place_keys(f: Features) -> frozenset[str]:
    """The claim's places and, for a demonym, the place it is formed from ("Marovian": marovia); a country by the
    one name the gazetteer gives it ("the Democratic Republic of Congo", "DRC" and "Congo" are one)."""
    keys = set()
    for name in f.places:
        keys.add(name.casefold())
        keys.update(base.casefold() for base in demonym_bases(name))
        country = country_of(name)
        if country:
            keys.add(country.casefold())
    return frozenset(keys)


def _place_and_its_demonym(a: Features, b: Features) -> bool:
    """One claim names a place and the other its demonym ("the Marovian earthquake" / "the earthquake in
    northern Marovia"): one place."""
    return bool(_place_keys(a) & _place_keys(b))


def _shared_not_speakers(a: Features, b: Features) -> frozenset[str]:
    """The entities both claims name, less the people who said them (one spokeswoman speaks of many
    fires, one chairman of two elections); a country in a speaker's title ("South Korea's spy agency")
    still counts, and a person named in full in one and by surname in the other is one ("Mira Dalen",
    "Dalen")."""
    shared = a.entities & b.entities | _by_surname(a, b.entities) | _by_surname(b, a.entities)
    if not shared:
        return shared
    speakers = _speaker_name_words(a) | _speaker_name_words(b)
    return frozenset(e for e in shared if entity_type(e) != "person" or e.split()[-1] not in speakers)


_SERIES_DAYS = 120  # a running count (jobs cut, units recalled) is reported again weeks or months on


def _later_in_one_story(a: Features, b: Features) -> bool:
    """Articles weeks apart whose headlines and leads name the same place or party and whose whole texts
    share the story's rare words: one story followed over time (its counts form one series). Both headlines
    naming one distinctive protagonist ("Nordavia plans to cut 1,500 jobs" / "Nordavia to cut 1,200 jobs, warns of
    annual loss"), the articles need share fewer of their words, as with an undated one."""
    if not same_story(a, b, days=_SERIES_DAYS):
        return False
    if same_event_articles(a, b):
        return True
    # (a country both headlines name is where the stories happen, not who they are about)
    shared = {w for w in protagonist_words(a)[0] & protagonist_words(b)[0] if country_of(w.title()) is None}
    # (and neither claim about a place the other's story does not name: "1,200 jobs at the Hessbach plant" is a
    # part of the cuts, not their next count)
    return (
        bool(shared)
        and overlap(a.event_lemmas, b.event_lemmas) >= _SAME_PROTAGONIST_EVENT
        and _placed_alike(a, b)
        and _placed_alike(b, a)
    )


def _one_undated(a: Features, b: Features) -> bool:
    return bool(a.when) != bool(b.when)


_SAME_PROTAGONIST_EVENT = 0.2


def _protagonist_named(a: Features, b: Features) -> bool:
    """Articles about one event (their words), one claim naming the other's headline protagonist, and days apart
    or one undated: "Corvane now says 6,300 barrels of crude escaped" in an undated digest / "The company has put
    the spill at about 2,000 barrels" under "Fishermen say oil still flowing from Corvane pipeline"."""
    if not (_one_undated(a, b) or close_in_time(a, b)):
        return False
    return names_the_protagonist(a, b) and same_event_articles(a, b)


def _undated_same_event(a: Features, b: Features) -> bool:
    """One article undated (so no day to compare), both about one event and naming a place or person in common."""
    if not _one_undated(a, b):
        return False
    if not (a.story & b.story or tentative_story(a) & b.story or tentative_story(b) & a.story):
        return False  # (a name the undated one writes only opening a sentence, "Nordrail says ...", counts)
    if same_event_articles(a, b):
        return True
    # Both headlines name one distinctive protagonist ("Vantor to cut 3,500 jobs" / "Analysis: Vantor's painful
    # retreat"): the articles need share fewer of their words.
    if shared_protagonist(a, b) and overlap(a.event_lemmas, b.event_lemmas) >= _SAME_PROTAGONIST_EVENT:
        return True
    # An explainer's sentence retelling the event in the other's words, naming its place ("The fire that swept north
    # of Athens this month burned about 13,500 hectares" / "A wildfire that broke out on Sunday north of Athens has
    # burned about 10,000 hectares"), though the rest of the explainer is about much else.
    return overlap(a.lemmas, b.lemmas) >= _RETOLD_ALIKE and any(
        name in a.claim.text and name in b.claim.text for name in a.story & b.story if country_of(name) is None
    )


_RETOLD_ALIKE = 0.3


def _story_places(f: Features) -> frozenset[str]:
    return f.places | frozenset(e for e in f.story if entity_type(e) in PLACE_TYPES)


def _replaces_its_value(a: Features, b: Features, measures: Sequence[str]) -> bool:
    """One claim names the other's value as the one it replaces ("revised November inflation to 3.6%, up
    from a flash reading of 3.4%" against "prices were 3.4% higher in November"), for the same month if
    both name one, and their stories name no places that differ: the other is that earlier value,
    whatever else its article names (a column that names no country)."""
    months = (_month_named(a), _month_named(b))
    if not measures or _revision_of(a, b, measures) is None or (all(months) and months[0] != months[1]):
        return False
    x, y = _story_places(a), _story_places(b)
    return not (x and y and not x & y)


# "according to Reuters", "Reuters reported": the outlet whose story an article relays.
_RELAYED = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?P<a>[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3})"
    r"|(?P<b>[A-Z][\w&’'-]*(?: [A-Z][\w&’'-]*){0,3})\s+(?:has\s+|had\s+)?reported\b"
)


def _outlet_name(name: str) -> str:
    canonical = gazetteer().canonical(name) or name
    return re.sub(r"^the\s+", "", canonical.lower()).strip()


@lru_cache(maxsize=4096)
def _relayed_outlets(body: str) -> frozenset[str]:
    return frozenset(_outlet_name(m.group("a") or m.group("b")) for m in _RELAYED.finditer(body))


_RELAY_DAYS = 30


def _relays_its_figure(a: Features, b: Features) -> bool:
    """One article relays the other's outlet ("..., according to Reuters") and the two claims state the
    same value: a digest that names no place repeating the wire story's figure is about that story."""
    if a.article.outlet == b.article.outlet or not (a.stated & b.stated) or not a.article.outlet:
        return False
    if not b.article.outlet or (a.when and b.when and _days_apart(a, b) > _RELAY_DAYS):
        return False
    return _outlet_name(b.article.outlet) in _relayed_outlets_of(a) or _outlet_name(
        a.article.outlet
    ) in _relayed_outlets_of(b)


@per_article  # (asked of pairs)
def _relayed_outlets_of(article: Article) -> frozenset[str]:
    return _relayed_outlets(article.body)


# "according to Reuters", "Skyrene says": a report relaying its source's current word.
_RELAY_CUE = re.compile(r"\baccording\s+to\b|\b(?:says|reports|puts|estimates)\b")


_RELAY_REACH = 4.0  # a relayed later value of one count within this factor of the earlier one


_GROWN_SO_FAR = re.compile(
    r"\b(?:has|have)\s+(?:now|so\s+far|already)\s+[a-z]+ed\b|\b(?:so\s+far|to\s+date|thus\s+far)\b", re.I
)


def _undated_relay(
    a: Features, b: Features, family: str, points: list[tuple[float | None, float | None]]
) -> tuple[Features, Features] | None:
    """(relay, other): the undated one of two claims relays a source ("according to", "says"), neither
    sets its figure against another party's ("far fewer than the union claimed": a dispute, not a
    sequence), the values are of one magnitude, and a tally (which only grows) is higher in the relay.
    (``points``: the compared values, ``a``'s first.)"""
    if not _one_undated(a, b) or not points:
        return None
    x, y = (a, b) if not a.when else (b, a)
    if x.superseded or not _RELAY_CUE.search(x.claim.text) or y.revised:
        return None
    if family not in TALLIES and _two_bodies_described(x, y):
        # "the reservoirs fell to about 14.8%, according to the city's water utility" / "The environment ministry
        # put the level at 13.9 percent": two bodies' readings of a level, which falls or rises, in no known order
        return None
    if _set_against(a) or _set_against(b):
        return None
    for p, q in points:
        if not p or not q or max(p, q) / min(p, q) > _RELAY_REACH:
            return None
        relayed, other = (p, q) if x is a else (q, p)
        # (a total the relay words as grown so far, "has now burned 6,500 hectares", only grows too)
        if relayed < other and (family in TALLIES or _GROWN_SO_FAR.search(x.claim.text)):
            return None
    return x, y


def _rose(x: Features, a: Features, points: list[tuple[float | None, float | None]]) -> bool:
    """``x``'s every compared value is above the other claim's (``points``: the values, ``a``'s first)."""
    return all(p is not None and q is not None and (p > q if x is a else q > p) for p, q in points)


def _risen_the_same_day(
    a: Features, b: Features, points: list[tuple[float | None, float | None]]
) -> tuple[Features, Features] | None:
    """(risen, other): two articles of one day, one saying its count is a new, higher value ("rose to 27")
    and the other not: the risen one is the later value. (``points``: the compared values, ``a``'s first.)"""
    if _told_risen(a) == _told_risen(b) or a.article.id == b.article.id or not points:
        return None
    x, y = (a, b) if _told_risen(a) else (b, a)
    day = (x.article.published or "")[:10]
    if len(day) < 10 or day != (y.article.published or "")[:10] or y.superseded:
        return None
    return (x, y) if _rose(x, a, points) else None


def _told_risen(f: Features) -> bool:
    """The claim says its figure is a new value ("rose to 288"), or it is a headline ("Train crash kills 288") whose
    lead says so of the same figure ("The death toll ... rose to 288 on Saturday")."""
    return f.revised or text_says_revised(restating_lead(f))


def _headline_of_its_body(a: Features, b: Features, pairs: list[tuple[Figure, Figure]]) -> bool:
    """One of two claims of one article is its headline, whose figures bound the other's ("more than 200 dead" over
    "has risen to 217") or are theirs rounded down as written ("Toll reaches 200" over "has risen to 217"): the
    headline tells the body's news, no earlier value of it. (``pairs``: the compared figures, ``a``'s first.)"""
    if a.article.id != b.article.id or not pairs:
        return False
    for headline, oriented in ((a, pairs), (b, [(y, x) for x, y in pairs])):
        if _whole_title(headline) and all(
            _interval(mine)[0] <= (point := _point(theirs) or float("nan")) <= _interval(mine)[1]
            or (mine[0] is not None and mine[0] <= point < mine[0] + written_step(mine[0]))
            for mine, theirs in oriented
        ):
            return True
    return False


def _risen_further_down(
    a: Features, b: Features, points: list[tuple[float | None, float | None]], pairs: list[tuple[Figure, Figure]]
) -> tuple[Features, Features] | None:
    """(later, earlier): two claims of one article, the one further down saying its toll is a new, higher value
    ("has risen to 92", "now stands at 128") than the one above. (``points``: the compared values, ``a``'s first.)
    Only a toll (the caller's test): "brings the total number of recalled batteries to 138,000" is no later value
    of the 18,000 "sold in Canada" above it. Nor the headline's bound of its own body's figure ("death toll passes
    200" over "has risen to 217"): the headline tells the body's news, not an earlier value."""
    if a.article.id != b.article.id or not points:
        return None
    x, y = (a, b) if a.claim.start > b.claim.start else (b, a)
    if not x.revised:
        return None
    if _headline_of_its_body(a, b, pairs):
        return None
    return (x, y) if _rose(x, a, points) else None


# A correction's value: "The correct figure is 421", "the corrected total was 1,180".
_CORRECT_VALUE = re.compile(
    r"\bthe\s+(?:correct|corrected|right|accurate)\s+(?:figure|number|total|count|tally|toll|result)s?\s+"
    r"(?:is|was|are|were|should\s+have\s+been|stands\s+at)\b",
    re.IGNORECASE,
)


def _corrected_further_down(a: Features, b: Features) -> tuple[Features, Features] | None:
    """(correction, corrected): two claims of one article, the one further down giving "the correct figure" (a
    live blog's or a story's correction of a value above it), whatever its direction."""
    if a.article.id != b.article.id:
        return None
    x, y = (a, b) if a.claim.start > b.claim.start else (b, a)
    return (x, y) if _CORRECT_VALUE.search(x.claim.text) else None


_REMAIN = re.compile(
    r"\b(?:remain(?:s|ed|ing)?|(?:is|are|was|were)\s+still|still)\s+(?:\w+\s+)?"
    r"(?:trapped|missing|unaccounted|in\s+(?:hospital|intensive\s+care|shelters?)|hospitali[sz]ed|displaced|"
    r"homeless|buried|stranded|held)\b",
    re.IGNORECASE,
)

_remains = claim_says(_REMAIN, "_remains")


def _still_remaining(a: Features, b: Features) -> tuple[Features, Features] | None:
    """(the count of those who remain, the other) when one claim counts those still trapped (missing, in
    hospital ...) and the other does not, reported the same day or later: what is left of the count after
    some were found or freed, its value now. Undated claims say nothing of which came first."""
    remains_a, remains_b = _remains(a), _remains(b)
    if remains_a == remains_b:
        return None
    new, old = (a, b) if remains_a else (b, a)
    if (
        not new.article.published
        or not old.article.published
        or new.article.published[:10] < old.article.published[:10]
    ):
        return None
    return new, old


def _undated_revision(a: Features, b: Features) -> tuple[Features, Features] | None:
    """(revised, other) when the undated one of two reports says its figure is a new value ("now puts",
    "has risen to") and the dated one does not."""
    if not _one_undated(a, b):
        return None
    x, y = (a, b) if not a.when else (b, a)
    if _named_sources_apart(x, y) and not _NOW.search(x.claim.text):
        # "This spring the reservoirs fell to about 14.8%, according to the city's water utility" in an undated
        # explainer / the ministry's dated 13.9%: one source's move told in the past, of no known day, succeeds no
        # other source's figure ("Norvik now puts the number at 3.1 million", "has risen to 410" do: the current one)
        return None
    return (x, y) if x.revised and not y.revised and not y.superseded else None


def _two_bodies_described(a: Features, b: Features) -> bool:
    """Both claims' sources are bodies told by what they are, no name ("the city's water utility", "the environment
    ministry"), and two of them."""
    x, y = a.claim.speaker or "", b.claim.speaker or ""
    return bool(x and y) and x.islower() and y.islower() and _named_sources_apart(a, b)


_NOW = re.compile(r"\b(?:now|has|have)\b", re.IGNORECASE)


def _named_sources_apart(a: Features, b: Features) -> bool:
    """Both claims name who gives their figure, and they are two sources."""
    return bool(a.speaker_key and b.speaker_key) and not same_speaker(a, b) and not _kindred_sources(a, b)


def _undated_rise(a: Features, b: Features, pairs: list[tuple[Figure, Figure]]) -> tuple[Features, Features] | None:
    """(higher, lower) for two counts of the dead or wounded of one event when one report is undated
    and the lower is provisional, an open bound ("at least 14") or a toll said to have risen ("has risen to 17"):
    a toll only rises, so the higher count is its later value. (``pairs``: the compared figures, ``a``'s first.)"""
    if not _one_undated(a, b) or not (same_event_articles(a, b) or _undated_same_event(a, b)):
        return None
    points = [(x, y) for x, y in ((_point(x), _point(y)) for x, y in pairs) if x is not None and y is not None]
    if len(points) != len(pairs):
        return None
    # A dated toll above an undated count ("The inquiry put the death toll at 21" / "Nineteen people died"): the
    # undated report restates an earlier value of the toll, which only rises.
    if all(x > y * (1 + _TOLERANCE) for x, y in points) and (
        b.revised or all(_open_low(y) for _, y in pairs) or _dated_toll(a)
    ):
        return a, b
    if all(y > x * (1 + _TOLERANCE) for x, y in points) and (
        a.revised or all(_open_low(x) for x, _ in pairs) or _dated_toll(b)
    ):
        return b, a
    return None


_TOLL = re.compile(r"\btoll\b|\bfinal\s+(?:count|tally|number)\b", re.IGNORECASE)


def _dated_toll(f: Features) -> bool:
    """A dated claim giving its figure as the toll ("put the death toll at 21", "the final death toll was 14")."""
    return bool(f.article.published) and _TOLL.search(f.claim.text) is not None


def _open_low(fig: Figure) -> bool:
    return fig[1] is not None and fig[2] is None


def _fell_unrevised(a: Features, b: Features, pairs: list[tuple[Figure, Figure]]) -> Features | None:
    """The claim reported on a later day (both articles dated) when its count is below the earlier
    report's lowest value and it does not say it revised the count; else None. (``pairs``: the
    compared figures, ``a``'s first.)"""
    ordered = _reported_later(a, b)
    if ordered is None or ordered[0].revised or _REVISED_DOWN.search(ordered[0].claim.text):
        return None
    later = ordered[0]
    for x, y in pairs:
        newer, older = (x, y) if later is a else (y, x)
        # (below a stated floor or a count written to the one, by any margin: "at least 151 killed" or "toll reaches
        # 151", then "147 people had been killed"; a round or "about" figure is given its tolerance: "2,900 cases"
        # then "2,874")
        low = older[1]
        exact = low is not None and (older[2] is None or (low == older[2] and written_step(low) == 1))
        floor = _interval(older)[0] if exact and not _approximate(newer) else None
        if _interval(newer)[1] < (floor if floor is not None else _interval(older)[0] * (1 - _TOLERANCE)):
            return later
    return None


_REVISED_DOWN = re.compile(r"\b(?:revis\w*|lower\w*|correct\w*|reduc\w*|downgrad\w*|cut)\b|\bdown\s+to\b", re.I)


def _contested_same_day(
    a: Features, b: Features, family: str, points: Sequence[tuple[float | None, float | None]]
) -> tuple[Features, Features] | None:
    """(later, earlier) when two articles' sources give incompatible counts of a measure for the day both
    claims name, each firm, neither said to be a revision: a dispute. Not when a toll counted up is higher in
    the later report (the dead of Monday's blast counted on Wednesday), which is its next value."""
    if a.article.id == b.article.id or not (a.claim.date and b.claim.date) or _one_source_of(a, b, family):
        return None
    x, y = a.when or "", b.when or ""
    if len(x) < 10 or x[:10] != y[:10] or a.claim.date[:10] != b.claim.date[:10]:
        return None
    if not (_firm(a, family) and _firm(b, family)) or a.revised or b.revised or a.superseded or b.superseded:
        return None
    later = _reported_later(a, b)
    if later is None:
        return None
    if family in TALLIES or family in COUNTDOWNS:
        ordered = [(p, q) if later[0] is a else (q, p) for p, q in points]
        if any(p is None or q is None or p > q for p, q in ordered):
            return None  # a toll grows: the later, higher count is its next value
    return later


def _reported_later(a: Features, b: Features) -> tuple[Features, Features] | None:
    """(later, earlier) when two articles were published on different known days, else None."""
    x, y = a.article.published or "", b.article.published or ""
    if a.article.id == b.article.id or len(x) < 10 or len(y) < 10 or x[:10] == y[:10]:
        return None
    return (a, b) if x > y else (b, a)


def _same_moment(a: Features, b: Features, measures: Sequence[str]) -> bool:
    """Both figures are for the same time: the same stated period, or two sources quoted side by side
    in one article about its "now" ("the union said 85% ...; the ministry said only 31%")."""
    if a.period and a.period == b.period:
        return True
    return (
        a.article.id == b.article.id
        and _told_of_one_day(a, b)
        and bool(a.claim.speaker and b.claim.speaker)
        and (not a.places or not b.places or bool(a.places & b.places))  # not two places' figures
        and any(m in a.figures and m in b.figures for m in measures)
    )


def _told_of_one_day(a: Features, b: Features) -> bool:
    """Two claims of one article tell their figures of one day: neither names a day, or both the same one, or one
    names the day the article came out and the other none ("put the area at 13,500 hectares" / "on Wednesday raised
    its own estimate to 12,000 hectares" in Wednesday's report)."""
    days = {f.claim.date for f in (a, b)}
    return days == {None} or len(days) == 1 or days == {None, a.article.published}


def _counts_of_other_fates(a: Features, b: Features) -> bool:
    """One claim counts troops where they are, the other what befell people, and neither counts the other's:
    "more than 3,000 killed or wounded" / "11,000 to 12,000 soldiers are in Kursk" tell two reports, however alike
    their words (a deployment is no toll)."""
    mine, theirs = a.families & OUTCOME_MEASURES, b.families & OUTCOME_MEASURES
    if not mine or not theirs or mine & theirs:
        return False
    return ("troops" in mine) != ("troops" in theirs)


def _figures_disagree(a: Features, b: Features) -> bool:
    """Both state the same measure with different values: no "same report" ("pledged €10m" / "pledged $25m").
    Nor are two figures of one family that share no value ("40 wounded" / "34 killed"), nor two studies' risks
    of different outcomes ("25% more likely to develop short sight" / "25% more likely to sleep badly")."""
    if _other_findings(a, b):
        return True
    if _animals_counted(a) != _animals_counted(b):
        return True  # "killed 40 sheep" reports nothing of "killed 40 people", in any rule's words
    pay, their_pay = a.families & PAY_MEASURES, b.families & PAY_MEASURES
    if pay and their_pay and not pay & their_pay:
        return True  # "is seeking a pay rise of 7%" / "will get a 5% pay rise": a demand and a settlement
    if a.families & b.families and not (a.stated & b.stated):
        return True
    if _counts_of_other_fates(a, b):
        return True
    if any(not _overlap(a.figures[m], b.figures[m]) for m in a.figures.keys() & b.figures.keys()):
        return True
    mine, theirs = _stated(a), _stated(b)
    if any(not (mine[m] & theirs[m]) for m in mine.keys() & theirs.keys()):
        return True
    mine, theirs = _counted(a), _counted(b)  # "captured 26 pirates" / "captured 23 pirates"
    if any(not (mine[n] & theirs[n]) for n in mine.keys() & theirs.keys()):
        return True
    moves, their_moves = _moves_by_unit(a), _moves_by_unit(b)  # "to raise output by 548,000 bpd" / "by 411,000 bpd"
    if any(not (moves[k] & their_moves[k]) for k in moves.keys() & their_moves.keys()):
        return True
    # Both give figures and none is the same: "the union put the turnout at 120,000" does not report
    # what "police put the turnout at 42,000" reports, whatever measure either names; nor does a shared
    # time span make one report of two ("raised its offer to 4.5%, two days before a strike" / "accepted a
    # rise of 5%, ending a dispute that led to two days of strikes").
    if a.stated_counts and b.stated_counts and not (a.stated_counts & b.stated_counts):
        return True
    values, their_values = _beside_a_lone_age(a, b), _beside_a_lone_age(b, a)
    return bool(values) and bool(their_values) and not (values & their_values)


def _beside_a_lone_age(f: Features, other: Features) -> frozenset[float]:
    """The values ``f`` states, less its age when the other states none: a "61-year-old" suspect tells who, not how
    many the other's "killing one" counts."""
    age = f.figures.get(AGE)
    if age is None or AGE in other.figures:
        return f.stated
    return f.stated - {v for v in age if v is not None}


def _other_findings(a: Features, b: Features) -> bool:
    """Both state a study's relative risk, of different outcomes ("25% more likely to develop short sight" /
    "25% more likely to sleep badly"): two findings, not one report nor one event."""
    if not a.families or not b.families:
        return False
    risks, their_risks = _risks(a), _risks(b)
    return bool(risks) and bool(their_risks) and not risks & their_risks


@per_claim
def _risks(f: Features) -> frozenset[str]:
    return frozenset(m for m in f.families if is_risk(m))


def _tell_the_same(a: Features, b: Features) -> bool:
    """Two claims could be one report in other words: their figures do not disagree, and both or neither
    give figures (a count of flights cancelled says more than "the outage forced it to cancel flights"), and not
    one of animals where the other's is of people ("killed 40 sheep" is no report of "killed 40 people")."""
    return (
        bool(a.families) == bool(b.families)
        # ("Most of the dead were over 75" / "238 people had died": an age and a toll, two things told)
        and (not a.families or bool(a.families & b.families))
        and _animals_counted(a) == _animals_counted(b)
        and not _figures_disagree(a, b)
        and not different_parties(a, b)
    )


@per_claim  # (asked of every pair two rules of one act weigh: once a claim)
def _animals_counted(f: Features) -> frozenset[str]:
    """The animals the claim's tolls count ("killed 40 sheep": sheep), none for people's."""
    return frozenset(
        animal for family in f.families if " " in family and (animal := family.split(" ", 1)[1]) in ANIMALS
    )


@per_claim  # (callers read it, never change it)
def _counted(f: Features) -> dict[str, set[float]]:
    out: dict[str, set[float]] = {}
    # ("all of the city's 48 schools": the city's schools, not what is told of them)
    for q in f.claim.quantities:
        if q.counted_lemma and q.value is not None and q.unit not in ("percent",) and q.value not in f.inventories:
            out.setdefault(q.counted_lemma, set()).add(q.value)
    return out


@per_claim
@per_claim
def _moves_by_unit(f: Features) -> dict[tuple[str, str], set[float]]:
    """The sizes of the moves the claim tells, by unit and direction ("to raise output by 411,000 barrels per day":
    {("barrel per day", "up"): {411000.0}}), whatever measure they were given: two moves one way in one unit and of no
    common size are two acts, however alike their words."""
    out: dict[tuple[str, str], set[float]] = {}
    for q in f.claim.quantities:
        if q.unit and q.value is not None and q.change in ("up", "down"):
            out.setdefault((q.unit, q.change), set()).add(q.value)
    return out


def _stated(f: Features) -> dict[str, set[float]]:
    out: dict[str, set[float]] = {}
    for q in f.claim.quantities:
        if q.measure and q.value is not None:
            out.setdefault(q.measure, set()).add(q.value)
    return out


def _polarity_relation(a: Features, b: Features, sim: float, shared_entities: frozenset[str]) -> Candidate | None:
    """A denial against a confirmation (or a close assertion) of the same thing."""
    polar = {a.polarity, b.polarity}
    if "deny" not in polar or polar == {"deny"} or not shared_entities:
        return None
    if polar != {"deny", "confirm"} and (sim < 0.3 or len(shared_entities) < 2):
        return None
    if sim < _POLARITY_MIN and len(shared_entities) < 2:
        return None
    new, old = _later_first(a, b)
    if _on_a_later_day(new, old):
        if new.polarity == "assert" and not (same_speaker(new, old) or _kindred_sources(new, old)):
            # A third party's later report against a denial: disputed, not the denier confirming.
            return _statement_link(new, old, "related", 0.45, "disputed")
        # A confirmation after a denial (or a denial after a confirmation) contradicts it: they conflict, and the
        # reason says which came later. What was only not confirmed ("Neither confirmed the deployment at the
        # time") is no denial: the later confirmation updates it, or it the earlier report.
        if a.figures and b.figures and not a.figures.keys() & b.figures.keys():
            # "confirmed the names of more than 120,000 Russian soldiers killed" / "rejected Western estimates that
            # Russia had suffered about 1 million casualties": another measure confirmed, not what was denied
            return _statement_link(new, old, "related", 0.45, "another figure than the one denied")
        denial, other = (new, old) if new.polarity == "deny" else (old, new)
        if new is denial and _a_figure_denied_not_told(denial, other):
            # "the agency acknowledged that officers had failed to act on calls" / days later, "A report that police had
            # deployed 1,300 officers was wrong, the agency said": another thing owned, then a figure denied
            return _statement_link(new, old, "related", 0.45, "another thing than the figure denied")
        what = "later denial" if new.polarity == "deny" else "later confirmation of what was denied"
        denied = DENIES.search(denial.claim.text) is not None
        return _statement_link(new, old, "conflicts" if denied else "updates", 0.65, what)
    explicit_same_period = a.period and a.period == b.period
    certain = a.claim.certainty == b.claim.certainty == "asserted"
    if explicit_same_period and certain and sim >= 0.2:
        return _statement_link(new, old, "conflicts", 0.6, "denial vs confirmation")
    return _statement_link(new, old, "related", 0.45, "disputed")


def _a_figure_denied_not_told(denial: Features, other: Features) -> bool:
    """The denial is of a figure ("a report that police had sent 400 officers was wrong") that the other claim neither
    gives (no value of its measure or of what it counts) nor tells the act of."""
    denied = [q for q in denial.claim.quantities if q.value is not None and q.unit != "percent"]
    if not denied:
        return False
    measures = {q.measure for q in other.claim.quantities if q.measure} | set(other.figures)
    counted = {q.counted_lemma for q in other.claim.quantities if q.counted_lemma}
    if any(q.measure in measures or q.counted_lemma in counted for q in denied):
        return False
    return not action_words(denial.claim.text) & action_words(other.claim.text)


def _same_side(a: Features, b: Features, across: bool) -> bool:
    """Same polarity; across articles, a confirmation sides with the report it confirms."""
    return a.polarity == b.polarity or (across and {a.polarity, b.polarity} == {"assert", "confirm"})


def _statement_relation(a: Features, b: Features, rarity: Rarity) -> Candidate | None:
    shared_topics = a.topics & b.topics
    shared_entities = _shared_not_speakers(a, b)  # a commission chairman speaks of two elections
    sim = similarity(a, b)
    adjacent = a.article.id == b.article.id and abs(a.claim.start - b.claim.start) < 400
    # (a figure said to replace another one of its story states, "nine were taken, not seven as first reported",
    # is about that story's count though it names nothing: "first reported" is the other report)
    replacing = (
        _replaces_stated(a, b)
        if a.article.id != b.article.id and (shared_entities or sim >= 0.3 or same_story(a, b))
        else None
    )
    if replacing is not None:
        x, y = replacing
        return _statement_link(x, y, "updates", 0.6, "later figure, naming this one as the value it replaces")
    # (one count of two happenings a year or more apart is no second source: _a_year_or_more_apart)
    same_count = _same_count(a, b) if a.article.id != b.article.id and not _a_year_or_more_apart(a, b) else None
    if same_count is not None:
        new, old = _later_first(a, b)
        return _statement_link(new, old, "corroborates", 0.6, f"same count of {same_count}")
    if a.article.id != b.article.id and _same_result(a, b):
        new, old = _later_first(a, b)
        return _statement_link(new, old, "corroborates", 0.6, "same result")
    if not shared_topics:
        # (a denial and a later confirmation of it need no topic in common: "denied the report" / "confirmed on
        # Thursday that it had agreed to sell the terminal")
        # (not a claim telling of the denial itself: "two days after the government dismissed reports of a deal")
        confirmed = {a.polarity, b.polarity} == {"deny", "confirm"} and not any(
            f.polarity == "confirm" and recalled_denial(f.claim.text) for f in (a, b)
        )
        polar = _polarity_relation(a, b, sim, shared_entities) if confirmed else None
        return polar if polar is not None and polar.relation != "related" else _untopical_relation(a, b, sim, adjacent)
    polar = _polarity_relation(a, b, sim, shared_entities)
    if polar is not None:
        return polar
    rare_topic = max((rarity.topics.get(t, 0.0) for t in shared_topics), default=0.0) >= 0.6
    if not shared_entities and sim < _CORROBORATE_MIN and not (rare_topic and sim >= 0.15):
        return None
    same_source = bool(a.claim.speaker) and same_speaker(a, b) and a.article.id == b.article.id
    new, old = _later_first(a, b)
    across = new.article.id != old.article.id
    # "X confirmed its troops were in Gedo" confirms an earlier report of another source in fewer words.
    confirms = across and new.polarity == "confirm" != old.polarity and bool(shared_entities)
    corroborate_min = 0.3 if across and (len(shared_entities) >= 2 or confirms) else _CORROBORATE_MIN
    if (
        sim >= corroborate_min
        and _same_side(a, b, across)
        and not same_source
        and (across or sim >= 0.5)
        and content_similarity(a, b) >= (_CONFIRMATION_CONTENT if confirms else _SAME_REPORT_CONTENT)
    ):
        # A count of troops says more than "its troops are there", unless that is a confirmation of the report.
        if (confirms and not _figures_disagree(a, b)) or _tell_the_same(a, b):
            return _same_report(new, old, sim)
        return None if _figures_of_two_happenings(a, b) else _other_figures(new, old)
    if same_source:
        # One speaker's account in one article: worth a link only between sentences the reader does
        # not see together (not neighbours), and said so, so that it reads as a cross-reference
        # within the account rather than a second source.
        if adjacent:
            return None
        return _statement_link(
            new, old, "related", round(min(0.5, 0.25 + sim), 2), "same speaker elsewhere in the article"
        )
    related_min = _RELATED_MIN if len(shared_entities) < 2 else 0.15
    if not across:
        # Within one article, only close neighbours or claims whose main topic is the same.
        same_main_topic = a.main_topic is not None and a.main_topic == b.main_topic
        related_min = max(related_min, 0.2 if same_main_topic else 0.3)
    if sim >= related_min or (rare_topic and sim >= 0.1):
        kin = _kindred_sources(a, b)
        near = not across and abs(a.claim.start - b.claim.start) < 600  # neighbouring sentences
        specific = min(
            1.0, sum(rarity.entities.get(e, 1.0) for e in shared_entities) / 3
        )  # "Kursk" says more than "Russia"
        score = min(0.7, 0.2 + 0.5 * sim + 0.15 * specific + (0.1 if across or near else 0) + (0.15 if kin else 0))
        return _statement_link(new, old, "related", round(score, 2), "same topic")
    return None


def _replaces_stated(a: Features, b: Features) -> tuple[Features, Features] | None:
    """(new, old) when one claim gives the value the other states as the one its figure replaces
    ("29 complaints, up from 14" after "14 complaints"), said the same day or later: an update, even
    when the old figure was too small a count of a noun to be compared as a measure."""
    for x, y in ((a, b), (b, a)):
        replaced = _replaced_values(x)
        if not replaced or _day_on_day(x):
            continue  # (most claims name no value they replace; "down from 45,000 a week earlier" is another day's)
        known = min(len(x.when or ""), len(y.when or ""))  # "2025-03" is not before "2025-03-03"
        if replaced & _replaced_values(y):
            continue  # both name it as the value theirs replaces ("14, up from nine" / "14, compared with nine")
        if (x.stated - replaced) & y.stated >= (x.stated - replaced) and (x.stated - replaced):
            continue  # the other states the new value as well ("rose to 4.6% from 4.4%" twice): one report, not a revision
        if replaced & y.stated and (x.when or "")[:known] >= (y.when or "")[:known]:
            return x, y
    return None


@per_claim
def _replaced_values(f: Features) -> frozenset[float | None]:
    """The values of the figures the claim says its own replace ("up from 14"): 14."""
    return frozenset(_point(fig) for fig in f.prior.values())


# "four robbers" in two robberies of one kind is a coincidence; "11 fires" in two reports of one recall is not.
_SAME_COUNT_MIN = 10
_BARE_COUNTS = frozenset(
    "people person time times year years day days week weeks month months percent other others".split()
)


def _own_months_apart(a: Features, b: Features) -> bool:
    """Both claims date what they tell by their own words, in different months."""
    x, y = a.claim.date or "", b.claim.date or ""
    if not (x and y) or a.claim.date_estimated or b.claim.date_estimated:
        return False
    return len(x) >= 7 and len(y) >= 7 and x[:7] != y[:7]


def _same_count(a: Features, b: Features) -> str | None:
    """The noun two reports of one story count with the same number ("11 fires" / "37 reports of overheating,
    including 11 fires"), when neither counts it as a measure of its own: the same fact from two sources."""
    mine, theirs = _counted(a), _counted(b)
    nouns = [
        n
        for n in mine.keys() & theirs.keys()
        if n not in _BARE_COUNTS and any(v >= _SAME_COUNT_MIN for v in mine[n] & theirs[n])
    ]
    if not nouns or a.polarity != b.polarity or a.negated != b.negated or _figures_disagree(a, b):
        return None
    if _sides_counted_apart(a, b):
        return None  # "Russia had launched 150 drones" / "destroyed 150 Ukrainian drones": two sides' drones
    if _own_months_apart(a, b):
        # "grounded 410 flights" in this month's strike and, "last month", in a strike at a rival: two happenings
        return None
    if not (_shared_not_speakers(a, b) or same_story(a, b) or _undated_same_event(a, b) or _later_in_one_story(a, b)):
        return None
    return sorted(nouns)[0]


def _same_result(a: Features, b: Features) -> bool:
    """ "beating Kelston Athletic 3-1" / "beat Kelston Athletic 3-1": the same score or vote split between the
    same two named sides, told within two days: one result from two sources."""
    pairs = {v for v in a.stated & b.stated if v < 0}  # (a pair's key is negative: ``pair_key``)
    if not pairs or not close_in_time(a, b, days=2) or a.negated != b.negated:
        return False
    return len(_shared_not_speakers(a, b)) >= 2


def _named_apart(a: Features, b: Features) -> bool:
    """Each claim of two articles names someone or somewhere the other's article never names, and they name
    no one in common."""
    if a.article.id == b.article.id or _shared_not_speakers(a, b):
        return False
    mine, theirs = _proper_names(a), _proper_names(b)
    return (
        bool(mine and theirs)
        and not any(_names_in_body(b, n) for n in mine)
        and not any(_names_in_body(a, n) for n in theirs)
    )


def _proper_names(f: Features) -> frozenset[str]:
    """The names and places a claim gives, less who said it."""
    speakers = _speaker_name_words(f)
    return frozenset(n for n in f.places | f.entities if n.split()[-1] not in speakers and n[:1].isupper())


# A verb right after "not" / "never": "will not sign", "has never paid", "did not finally approve".
_NOT_THEN_VERB = re.compile(
    r"\b(?:not|never|n[’']t)\s+(?:(?:yet|been|be|have|finally|formally|personally)\s+)?(?P<verb>[a-z]{3,})\b"
)


def _negates_the_shared_act(no: Features, yes: Features) -> bool:
    """What the negated claim says was not done is what the other says was: the verb after its "not" is one both
    claims use ("will not sign the bill" / "signed the bill"), not a side remark ("has not commented")."""
    shared = shared_content(no, yes)
    return any(stem(m.group("verb")) in shared for m in _NOT_THEN_VERB.finditer(no.claim.text.lower()))


# A demand that someone act, and the act demanded: "called on her to resign", "urged the board to step down",
# "pressed the club to sack its coach", "calls for his resignation".
_DEMANDED = re.compile(
    r"\b(?:call(?:ed|s|ing)?\s+(?:on|upon)|urg(?:ed|es|ing)|press(?:ed|es|ing)|demand(?:ed|s|ing)\s+that)\s+"
    r"(?:[\w’'-]+\s+){0,6}?(?:to\s+|should\s+)(?P<verb>[a-z]{3,})\b"
    r"|\b(?:call(?:ed|s|ing)?\s+for|demand(?:ed|s|ing)|push(?:ed|es|ing)\s+for)\s+(?:(?:his|her|their|its|the|a|an)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?(?P<noun>resignation|removal|dismissal|sacking|release|return|withdrawal|ban|closure|"
    r"recall|suspension|investigation|inquiry)\b",
    re.IGNORECASE,
)
# The act a demanded noun names, as a verb's stem ("resignation": what "resigned" tells).
_DEMANDED_NOUN_ACTS = {
    "resignation": "resign",
    "removal": "remov",
    "dismissal": "dismiss",
    "sacking": "sack",
    "withdrawal": "withdraw",
    "suspension": "suspend",
}


@per_claim
def _demanded_acts(f: Features) -> frozenset[str]:
    """The stems of the acts the claim demands of someone ("called on the minister to resign": resign)."""
    acts = set()
    for m in _DEMANDED.finditer(f.claim.text):
        if m.group("verb"):
            acts.add(stem(m.group("verb").lower()))
        else:
            noun = m.group("noun").lower()
            acts.add(_DEMANDED_NOUN_ACTS.get(noun, stem(noun)))
    return frozenset(acts)


def demand_then_act(a: Features, b: Features) -> bool:
    """One claim demands an act that the other, demanding nothing, tells ("Opposition parties called on the minister
    to resign" / "The minister resigned on Friday"): a demand, then the act, never two sources of one report."""
    x, y = _demanded_acts(a), _demanded_acts(b)
    if bool(x) == bool(y):
        return False
    demanded, other = (x, b) if x else (y, a)
    return bool(demanded & stems(other.claim.text))


def _dates_its_act(f: Features) -> bool:
    """The claim's own words date its act ("postponed his sentencing on Tuesday"), not only its telling ("confirmed
    on Friday that", "told AFP on Sunday")."""
    told = f.claim.date_text or ""
    at = f.claim.text.lower().find(told.lower()) if told else -1
    return at >= 0 and day_of_an_event(f.claim.text.lower(), at)


def _same_report(new: Features, old: Features, sim: float) -> Candidate:
    """Two sources saying the same thing; unless the later says what became of the missing the earlier reports."""
    if resolves_missing(new.claim.text, old.claim.text):
        return _statement_link(new, old, "updates", 0.6, "later news of the missing")
    no, yes = (new, old) if new.negated else (old, new)
    if no.negated and not yes.negated and _negates_the_shared_act(no, yes):
        # "has said he will not sign the bill until the court rules" / "signed the bill into law on Friday": the
        # same act, one of them said not to be done, no second source of one report
        return _statement_link(new, old, "related", 0.4, "the same words, one of them negated")
    if demand_then_act(new, old):
        # "Opposition parties called on the minister to resign" / "The minister resigned on Friday": a demand and
        # the act, never two sources of one report
        return _statement_link(new, old, "related", 0.4, "one asks for what the other tells")
    done = _done_after_said_to_come(new, old)
    if done is not None:
        # "Trump said he would sign an executive order delaying the ban" / "Trump on Monday signed an executive order":
        # the act it said would come, now done, never a second source of that saying
        return _statement_link(*done, "updates", 0.55, "the act said to come, done")
    disputing = _disputing(new, old)
    if disputing is not None:
        # "more people had died than the 40 the police announced" / the police's "Forty people were killed": the
        # figure quoted to be disputed
        return _statement_link(*disputing, "conflicts", 0.6, f"disputes the figure of {disputing[1].who}")
    if _named_apart(new, old):
        # "£45,000 in cash was stolen from the Castlebrook post office" / "... from the Dunmere Savings bank": one
        # wording, two robberies
        return _statement_link(new, old, "related", 0.4, "similar wording, other names")
    if new.article.id != old.article.id and different_people(new, old):
        # "placed running back Pierre Thomas on injured reserve" / "placed Reggie Bush on injured reserve" (or "the
        # running back" of an article naming Bush): one wording, two people's news
        return _statement_link(new, old, "related", 0.4, "similar wording, other people")
    if (
        new.article.id != old.article.id
        and _revises_its_outlook(new)
        and not _revises_its_outlook(old)
        and (new.article.published or "") > (old.article.published or "")
    ):
        # "NOAA raised its forecast ..., now predicting 18 to 26 named storms" / May's "forecast ... 17 to 25 named
        # storms": the outlook revised, not told again
        return _statement_link(new, old, "updates", 0.6, "the outlook, revised")
    turn = _stopped_then_resumed(new, old)
    if turn is not None:
        # "Sailings will resume on Monday after repairs" / "has cancelled all sailings for a week": the same service's
        # later turn, not a second source for its stop
        return _statement_link(new, old, turn, 0.55 if turn == "updates" else 0.4, "the stop it reports, then resumed")
    if new.article.id != old.article.id and _next_of_its_kind(new, old):
        # "A second child has died of the disease" / "A child died of measles, the first death": the next one
        return _statement_link(new, old, "related", 0.4, "similar wording, the next of its kind")
    if new.article.id != old.article.id and _dates_its_act(new) and _dates_its_act(old) and _told_days_apart(new, old):
        # "postponed Trump's sentencing to Nov. 26" (on Friday, in September) / "postponed his sentencing to Sept. 18"
        # (on Tuesday, in July): one wording, the act done again weeks apart
        return _statement_link(new, old, "related", 0.4, "similar wording, told of days weeks apart")
    if new.role == old.role == "forecast" and (_published_days(new, old) or 0) > _A_MONTH:
        # "Officials projected two more cuts this year" (September) / "Officials now expect just two cuts in 2025"
        # (the December before): each outlook is of the day it was made
        return _statement_link(new, old, "related", 0.4, "outlooks made at other times")
    return _statement_link(new, old, "corroborates", round(min(0.9, 0.4 + sim / 2), 2), "same report")


def _undated_months_apart(a: Features, b: Features) -> bool:
    """Neither claim says in which month its act happened, and their articles were published more than a month
    apart: reports of one happening come within weeks of it (a later one recalling it names its month)."""
    if len(a.claim.date or "") >= 7 or len(b.claim.date or "") >= 7:
        return False
    return (_published_days(a, b) or 0) > _A_MONTH


# An outlook revised by whoever gave it ("raised its forecast", "cut its growth outlook", "now predicting").
_REVISES_ITS_OUTLOOK = re.compile(
    r"(?i)\b(?:raised|raises|lowered|lowers|cut|cuts|revised|revises|upgraded|downgraded|trimmed|lifted)\s+(?:its|their|the)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:forecasts?|estimates?|outlook|projections?|guidance|predictions?|targets?)\b"
    r"|\bnow\s+(?:predicts?|predicting|expects?|expecting|forecasts?|forecasting|projects?|projecting|sees?|seeing)\b"
)

_revises_its_outlook = claim_says(_REVISES_ITS_OUTLOOK, "_revises_its_outlook")


# Something stopped ("cancelled all sailings", "suspended flights", "closed the line") and its restart ("will resume",
# "reopened", "restored"): two turns of one matter.
_STOPPED = re.compile(
    r"\b(?:cancel\w*|suspend\w*|halt(?:s|ed|ing)?|clos(?:e|ed|es|ing|ure)|shut|shuts|shutting|grounded|axed|"
    r"called\s+off|out\s+of\s+service)\b",
    re.IGNORECASE,
)
_RESUMED = re.compile(r"\b(?:resum\w*|restart\w*|reopen\w*|restor(?:e|ed|es|ing)|back\s+in\s+service)\b", re.IGNORECASE)


def _stopped_then_resumed(new: Features, old: Features) -> str | None:
    """``updates`` when the later claim tells of a restart and the earlier only of the stop, ``related`` when one
    tells of a restart and the other only of a stop in another order; None when they tell no such turn."""
    for x, y in ((new, old), (old, new)):
        if _tells_resumed(x) and not _tells_resumed(y) and _tells_stopped(y):
            return "updates" if x is new and new.article.id != old.article.id else "related"
    return None


_tells_resumed = claim_says(_RESUMED, "_tells_resumed")

_tells_stopped = claim_says(_STOPPED, "_tells_stopped")


def _figures_of_two_happenings(a: Features, b: Features) -> bool:
    """Two articles' claims worded alike, each giving figures the other does not tell the same, in articles not about
    one event (``same_event_articles``): "Navy captures 26 pirates in the Gulf" / "the navy captured 23 pirates in the
    Gulf" in a report of another day's capture are two happenings of one kind, not one told with other figures. (Not
    a running total, "12 tonnes removed since Monday" / "bringing the total to 30 tonnes": one story's count grows.)"""
    return (
        a.article.id != b.article.id
        and bool(a.families)
        and bool(b.families)
        and not any(f.since_text or says_running_total(f.claim.text.lower()) for f in (a, b))
        and not same_event_articles(a, b)
    )


def _other_figures(new: Features, old: Features) -> Candidate:
    """Two reports worded alike whose figures differ, or only one of which gives figures: one matter, not
    one report."""
    return _statement_link(new, old, "related", 0.6, "similar wording, other figures")


def _untopical_relation(a: Features, b: Features, sim: float, adjacent: bool) -> Candidate | None:
    """Claims no topic covers: neighbouring sentences, or near-identical wording across articles."""
    new, old = _later_first(a, b)
    if adjacent:
        if a.claim.speaker and same_speaker(a, b):
            return None  # one speaker's neighbouring sentences: the article shows them together
        if _another_years_happening(a, b) or _told_of_another_time(a, b) or different_times(a, b):
            # "A Tarnow Air plane crashed near Belk on Monday" / "In May 2022, a Sava Air plane crashed into the same
            # valley": the sentence recalls another happening, told beside this one, no more about it
            return None
        if a.polarity == b.polarity == "deny" or sim >= 0.15:
            return _statement_link(new, old, "related", round(min(0.5, 0.3 + sim / 2), 2), "neighbouring sentences")
        return None
    if a.article.id != b.article.id and sim >= (0.3 if a.entities & b.entities else 0.35) and kindred(a, b):
        if sim >= 0.5 and a.polarity == b.polarity and content_similarity(a, b) >= _SAME_REPORT_CONTENT:
            if _tell_the_same(a, b):
                return _same_report(new, old, sim)
            return None if _figures_of_two_happenings(a, b) else _other_figures(new, old)
        return _statement_link(new, old, "related", round(min(0.6, 0.2 + sim / 2), 2), "similar wording")
    return None


def relate(a: Features, b: Features, rarity: Rarity | None = None) -> Candidate | None:
    """The relation of two claims, the same whichever is given first: a build relates a pair in the order its
    claims were read, an add with the new claim first, and both must make the same links."""
    if b.claim.id < a.claim.id:
        a, b = b, a
    found = _relate(a, b, rarity)
    if found is not None and found.relation == "corroborates" and a.article.id == b.article.id:
        # A headline and its lead, or a summary line of the article's own (a "key points" bullet, with no closing
        # stop) and the sentence it sums up: the article's one source says it twice, no other agrees
        again = "its headline" if _a_headline(a, b) else None
        if again is None and any(not f.claim.speaker and _an_unclosed_line(f) for f in (a, b)):
            again = "its summary line"
        if again is not None:
            said = found.reason
            found = Candidate(
                found.source, found.target, "related", min(found.score, 0.6), lambda: f"{said()} — {again}"
            )
    if found is not None and found.relation == "corroborates":
        found = _unless_relayed(found, a, b)
    if (
        found is not None
        and found.relation == "corroborates"
        and a.article.id != b.article.id
        and (_restated_error(a) or _restated_error(b))
    ):
        # "An article on March 11 said the pool would cost £48 million." (before the right figure) / that article's
        # "will cost £48 million": the figure a correction withdraws, no second report of it
        said = found.reason
        found = Candidate(
            found.source,
            found.target,
            "related",
            min(found.score, 0.5),
            lambda: f"{said()} — the figure a correction withdraws",
        )
    for relations, parted, note in _APART_AS_RELATED:
        if found is not None and found.relation in relations and parted(a, b):
            found = _as_related(found, note)
    if found is not None and found.relation in _STRONG and _headline_of_another_event(a, b):
        # "Australian climber dies in fall" (a headline) / "A Perth doctor died after a fall" in a report of another
        # climb: a headline's few words fit many happenings, told as one only by articles about one event
        found = _as_related(found, "a headline of another event")
    if found is not None and found.relation in ("corroborates", "conflicts", "updates"):
        apart = sides_apart(a, b)
        if apart is not None:
            # "Minsk responded by expelling four Lithuanian diplomats" / "Lithuania has expelled four Belarusian
            # diplomats": one act's words, two doers (or the act and its reverse), never one report
            said = found.reason
            found = Candidate(
                found.source, found.target, "related", min(found.score, 0.45), lambda: f"{said()} — {apart}"
            )
    if found is not None:
        found.pair = (a, b)
        if found.relation == "related":
            found.score = related_score(found.score, a, b)
    return found


def _an_unclosed_line(f: Features) -> bool:
    """A claim that is a whole line with no closing stop: a bullet or summary line ("About 45,000 homes without power")."""
    body, start, end = f.article.body, f.claim.start, f.claim.end
    whole_line = (start == 0 or body[start - 1] == "\n") and body[end : end + 1] in ("", "\n")
    return whole_line and not f.claim.text.rstrip().endswith((".", "!", "?", '"', "”", "'", "’"))


def _a_headline(a: Features, b: Features) -> bool:
    """One of two claims of one article is its headline (the title, as written at the top of its body)."""
    return any(is_headline(f.claim, f.article) and f.claim.start < len(f.article.title or "") + 2 for f in (a, b))


# A speaker described, not named: a lower-case word other than "of", "the", "for" ("military official").
_DESCRIBED = re.compile(r"\b(?!(?:of|the|for|and|de|al|von|van)\b)[a-z][a-z-]+")


@per_claim
def _origin(f: Features) -> str:
    return origin_of(f.claim, f.article)


@per_claim
def _names_figures_sources(f: Features) -> bool:
    return bool(figure_sources(f.claim))


def _one_source_of(a: Features, b: Features, family: str) -> bool:
    """One speaker, or one source whose figures of ``family`` one claim relays by name and the other is told by
    ("which has killed 60 people according to the Sudanese government" in a UN statement / "The Sudanese government
    said 85 had been killed"): that source's own two figures, never a dispute between two sources."""
    if same_speaker(a, b):
        return True
    if not (_names_figures_sources(a) or _names_figures_sources(b)):
        return False
    origin = _family_origin(a, family)
    return origin == _family_origin(b, family) and any(relays_its_origin(f.claim, origin) for f in (a, b))


def _family_origin(f: Features, family: str | None) -> str:
    """The origin of the claim's figures of ``family`` when they name a source of their own ("killed more than
    100 people according to the Sudanese government" in a UN statement), else the claim's origin."""
    if family is not None and f.claim.quantities and _names_figures_sources(f):
        starts = family_starts(f, family)
        given = figures_origin(f.claim, starts) if starts else None
        if given is not None:
            return given
    return _origin(f)


def _unless_relayed(found: Candidate, a: Features, b: Features) -> Candidate:
    """Two reports of one origin (the same unnamed "reports" relayed twice in one article, one
    spokesman quoted by two outlets) agree because one relays the other, not as independent sources:
    linked as relays of that origin, never as corroboration."""
    origin = _family_origin(a, found.family)
    if origin != _family_origin(b, found.family):
        return found
    who = origin.split(":", 1)[1]
    if (
        origin.startswith("speaker:")
        and any(_DESCRIBED.search(f.claim.speaker or "") for f in (a, b))
        and (someone_described(who) or not any(relays_its_origin(f.claim, origin) for f in (a, b)))
    ):
        # "a Somali military official" told two outlets: maybe two officials. ("the airline" is the company its
        # article names, one origin of the two reports' credibility, but an analyst still reads the same figure
        # told by it and by its named self as corroborating: the dev clusters' gold does.) A body another speaker
        # relays by name ("according to the Sudanese government", "citing the health ministry") is that one body.
        return found
    said = found.reason
    return Candidate(
        found.source, found.target, "related", min(found.score, 0.6), lambda: f"{said()} — relays of one origin ({who})"
    )


def related_score(rule_score: float, a: Features, b: Features) -> float:
    """How much a ``related`` link tells the reader, for ranking a claim's few: above all the specific
    words both claims share (names, places, event words; rarity-weighted), then a shared measure, then
    the rule's own confidence. "North Korean officers killed" meets "North Korean officers died" before
    any of the dozen claims that only share "North Korea" and "Ukraine"."""
    evidence = overlap(a.lemmas, b.lemmas)
    measure = 0.0
    if a.families & b.families:  # one series of figures: a shared measure, more so of the same subject
        measure = 0.2 if a.claim.subject and a.claim.subject == b.claim.subject else 0.1
    score = round(min(0.7, 0.1 + 0.2 * rule_score + 0.7 * evidence + measure), 2)
    if score < _ONE_EVENT_RELATED and (one_event_told(a, b) or lead_act_told(a, b)):
        # two reports of one happening of one event, in other words (or telling the act both articles lead with): a
        # claim told by many lists them all
        return _ONE_EVENT_RELATED
    return score


# A related link of one happening's two reports (``one_event_told``) is strong (``link.STRONG_RELATED``): it is kept
# beyond its claims' best few. On ECB+ topics 1-25 it kept 20 more pairs at the same precision.
_ONE_EVENT_RELATED = 0.5


def matched_fields(a: Features, b: Features) -> list[str]:
    """Which of the two claims' fields agree: what the link rests on, for the export."""
    fields = []
    if a.claim.subject and a.claim.subject == b.claim.subject:
        fields.append("subject")
    if a.families & b.families:
        fields.append("measure")
    if a.when and b.when and a.when[:7] == b.when[:7]:
        fields.append("period")
    if a.stated & b.stated:
        fields.append("values")
    if a.entities & b.entities:
        fields.append("entities")
    if shared_weight(a.lemmas, b.lemmas) >= 3.0:
        fields.append("words")
    if a.polarity == b.polarity:
        fields.append("polarity")
    if a.speaker_key and a.speaker_key == b.speaker_key:
        fields.append("origin")
    return fields


_RULE_ENDS = re.compile(r" (?:on|about) |:| \(")  # (compiled once: asked of every link worded)


def rule_of(reason: str) -> str:
    """The verdict a reason ends with ("— later figure"), else the statement rule it opens with ("same report")."""
    if "—" in reason:
        return reason.rsplit("—", 1)[1].strip()
    return _RULE_ENDS.split(reason, maxsplit=1)[0].strip()


@per_claim
def _families_in_order(f: Features) -> tuple[str, ...]:
    """The family of each measure the claim's figures count, in the order it states them."""
    return tuple(FAMILY.get(m, m) for m in f.figures)


@per_claim
def _corrections(f: Features) -> tuple[tuple[tuple[float, str | None], Quantity], ...]:
    return corrected_figures(f.claim, f.article.body, f.article.title) if _correcting(f) else ()


@per_article
def _correcting(article: Article) -> bool:
    """The article is a correction or has one (``corrections.corrects``): asked of its claims in pairs' order."""
    return corrects(article.body, article.title)


@per_claim
def _restated_error(f: Features) -> bool:
    return bool(restated_error(f.claim, f.article.body, f.article.title))


@per_claim
def _restated_stems(f: Features) -> frozenset[str]:
    return stems(restated_sentence(f.claim, f.article.body))


_WITHDRAWN_SHARED = 2  # content words a restated error shares with the report it corrects, at least


def _correction_of(a: Features, b: Features) -> Candidate | None:
    """A corrections column's right figure ("The budget for the pool is £38 million.", after "An article on March 11
    said the new pool would cost £48 million.") and an earlier report (not published after it) of another article
    stating the restated figure in its unit, on what the restated sentence is about: the correction updates it."""
    for new, old in ((a, b), (b, a)):
        fixes = _corrections(new)
        if not fixes or new.article.id == old.article.id or _corrections(old) or _restated_error(old):
            continue
        day_new, day_old = published_day(new), published_day(old)
        if day_new is None or day_old is None or day_old > day_new:
            continue
        if len(_restated_stems(new) & old.words) < _WITHDRAWN_SHARED:
            continue
        for (value, unit), q in fixes:
            if any(p.value == value and (p.unit == unit or unit is None) for p in old.claim.quantities):
                was = next((p.text for p in old.claim.quantities if p.value == value), "")
                told = f"a correction: {q.text} in place of {was.lower()} ({new.article.outlet or 'unnamed outlet'})"
                return Candidate(new.claim.id, old.claim.id, "updates", 0.7, _worded(told))
    return None


def _worded(reason: str) -> Callable[[], str]:
    """A reason already worded."""
    return lambda: reason


# A happening news names as its own: "the Pine Hollow Fire", "the Camp Complex Fire", "Storm Greta", "Hurricane Ida"
# (not a body that fights them: "Cal Fire", "the Redding Fire Department").
_NAMED_HAPPENING = re.compile(
    rf"\b(?:{STORM_NAME}|"
    # ("the Canadian Interagency Forest Fire Centre", "the Redding Fire Department": a body, not a fire)
    rf"(?:(?!(?:The|A|An|This|That|Cal)\s)[A-Z][a-z]+\s+){{1,3}}Fire\b(?!\s+(?:{BODY_AFTER_A_HAPPENING})\b)|"
    # ("the Palisades fire", "the Eaton fire": a fire named in lower case, not "the Los Angeles fire department")
    r"(?<=[Tt]he\s)(?:(?!(?:Cal)\s)[A-Z][a-z]+\s+){1,2}fire\b(?!\s+(?:officials?|department|dept|service|services|brigade|"
    r"authority|authorities|chief|marshal|station|crews?|fighters|engines?|trucks?|season|risk|danger|safety|ban|alarm)\b))"
)


@per_claim
def _happenings_named(f: Features) -> frozenset[str]:
    # (a storm by its name alone: "Tropical Storm Lidia" and "Hurricane Lidia" are one)
    return frozenset(m.group("storm") or m.group(0) for m in _NAMED_HAPPENING.finditer(f.claim.text))


# Happenings of a kind counted together: "Two wildfires have burned ...", "Los Angeles wildfires burn 30,000 acres",
# "the storms"; summed: "Two crashes in the Andes on Monday killed at least 57", "in mass shootings in Chicago and
# Philadelphia".
_SEVERAL_HAPPENINGS = re.compile(rf"(?i)\b(?:{_HAPPENING_PLURALS})\b")
_SUMMED_HAPPENINGS = re.compile(
    rf"\b(?i:two|three|four|five|both)\s+(?:[\w-]+\s+)?(?i:{_HAPPENING_PLURALS})\b"
    # ("in mass shootings in Chicago and Philadelphia": of the kind, in two places)
    rf"|\b(?i:{_HAPPENING_PLURALS})\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*"
    r"\s+and\s+[A-Z][a-z]+"
)

_counts_several_happenings = claim_says(_SEVERAL_HAPPENINGS, "_counts_several_happenings")
_sums_happenings = claim_says(_SUMMED_HAPPENINGS, "_sums_happenings")


def _sum_of_happenings(a: Features, b: Features) -> bool:
    """One claim counts two or more happenings together ("Two crashes in the Andes on Monday killed at least 57", "in
    mass shootings in Chicago and Philadelphia") and
    the other tells of one ("A bus plunged into a ravine ..."): the other's count is one of them, a part of the sum.
    (Not one that counts happenings of the kind too: "the death toll from the wildfires rose to 16".)"""
    return any(_sums_happenings(x) and not _counts_several_happenings(y) for x, y in ((a, b), (b, a)))


def _one_of_several_happenings(a: Features, b: Features) -> bool:
    """One claim names one happening ("The Palisades fire grew to 21,300 acres") and the other, naming none, counts
    several together ("Two wildfires ... have burned nearly 30,000 acres"): a part and the sum."""
    for x, y in ((a, b), (b, a)):
        if (
            len(_happenings_named(x)) == 1
            and not _counts_several_happenings(x)
            and not _happenings_named(y)
            and _counts_several_happenings(y)
        ):
            return True
    return False


def _named_happenings_apart(a: Features, b: Features) -> bool:
    """Each claim names a happening by its own name and the two names differ: two fires or storms, whatever their
    figures share (a claim naming both, "30 miles north of the Pine Hollow Fire", is about either)."""
    x = _happenings_named(a)
    return bool(x) and bool(y := _happenings_named(b)) and x.isdisjoint(y)


def _relate(a: Features, b: Features, rarity: Rarity | None = None) -> Candidate | None:
    # The first family both count, in the order the first claim states them.
    family = (
        None
        if a.families.isdisjoint(b.families)  # (a.families: its figures' families)
        else next((family for family in _families_in_order(a) if family in b.families), None)
    )
    if not family and not may_link(a, b, _WITHOUT_FIGURES):
        return None  # no rule could link it (``LINK_RULES``)
    if a.article.id != b.article.id and different_times(a, b):
        return None  # the same kind of figure or happening years apart: another event, not this one
    found = _asked_first(a, b)
    if found is not None:
        return found
    # (unless both leads tell of one rare happening on one day: "Merlo rail crash toll rises to seven" / "Rail operator
    # denies faulty track caused Calvenia crash", both of Monday's derailment, by its town and by its country)
    if different_protagonists(a, b) and not _one_rare_happening(a, b):
        return None  # "Torvane cuts profit outlook" / "Veltro cuts forecast": two companies' news
    if family:
        found = _figure_relation(a, b, family)
        if found is None and may_link(a, b, _AFTER_FIGURES):  # (else no rule asked after it could link it either)
            found = _asked_after_figures(a, b, family, rarity)
            if found is not None and _separate_events(a, b):
                return None
    else:
        found = _asked_after_figures(a, b, family, rarity)
    # The checks that only turn a pair away are asked last, once a rule would link it: most pairs no rule links, and
    # the answer is the same (the two checks above turn away many pairs cheaply, so they are asked first).
    return None if found is None or _two_happenings(a, b, family) else found


def _asked_first(a: Features, b: Features) -> Candidate | None:
    """The rules asked before any check but the times': two polls' readings, and a correction."""
    if _may(a, b, "poll_relation") and not (other_countries(a, b) or places_apart(a, b) or different_votes(a, b)):
        poll = poll_relation(a, b, _statement_link)
        if poll is not None:
            return poll  # two polls' readings of one race (corpus/xref/polls.py)
    if _may(a, b, "_correction_of"):
        # "An article on March 11 said ... £48 million. The budget for the pool is £38 million."
        return _correction_of(a, b)
    return None


# "there" as the place of what the clause tells ("Twelve festival-goers were taken to hospital there."), not the
# "there" that opens a clause ("there were 12 ...").
_THERE = re.compile(r"\bthere\s*[.,;]", re.IGNORECASE)
_PROPER_NAME = re.compile(r"(?<=[a-z,] )(?:[A-Z][\w'’-]+\s)*[A-Z][\w'’-]+")


@per_claim
def _there_names(f: Features) -> frozenset[str]:
    """The distinctive names of the sentence before a claim that tells its figure "there" ("The Linden Rock festival
    in Halden ... drew 65,000 people. Twelve festival-goers were taken to hospital there."): where "there" is."""
    if not _THERE.search(f.claim.text):
        return frozenset()
    _, before = sentence_before(f.article.body, f.claim.start)
    return frozenset(
        name.lower()
        for m in _PROPER_NAME.finditer(before)
        if (name := m.group().removesuffix("'s").removesuffix("’s")) and name_rarity(name) >= _DISTINCT_NAME
    )


def _there_of_another_place(a: Features, b: Features) -> bool:
    """One claim's figure is told "there", of a place the sentence before names and the other article never does:
    another place's count."""
    return any((names := _there_names(f)) and not any(_names(g, name) for name in names) for f, g in ((a, b), (b, a)))


def _two_happenings(a: Features, b: Features, family: str | None) -> bool:
    """The checks that only turn a pair away, asked of a pair a rule after the first ones would link: the two claims
    tell of two happenings of one kind (other votes, places, countries, days, studies), whatever else they share.
    (Any order gives the same answer.)"""
    if _rate_and_count(a, b, family):
        return True  # "allowed to cross each day to 25" / "About 110 vessels were waiting": a rate and a count
    if _a_past_years_toll(a, b, family):
        # "The resort's worst previous disaster was in 1988, when an avalanche killed 11 people" beside the
        # article's own "Seven people lost their lives": another happening's toll, recalled
        return True
    if a.article.id != b.article.id and _other_findings(a, b):
        return True  # "20% greater chance of developing diabetes" / "20% more likely to suffer a stroke": two studies
    if _named_happenings_apart(a, b):
        return True  # "The Lake Fire was 5% contained" / "The Pine Hollow Fire was 5% contained": two fires
    if storms_apart(a, b):
        return True  # Hurricane John's 15 dead in Acapulco, a year after Hurricane Otis's 27 there: two storms
    if different_votes(a, b):
        return True  # a "presidential" and a "mayoral" vote's turnouts and shares
    if (family or (a.sums and b.sums)) and _headlines_unknown(a, b) and not _one_rare_happening(a, b):
        return True  # the same clause of 60 million pounds in the sales of two players by one club
    if family and a.article.id != b.article.id and places_apart(a, b):
        return True  # the same measure at a second fire on another mountain, a strike at another port
    if (family in TALLIES or family in ANIMALS) and tallied_in_other_countries(a, b) and not _one_known_owner(a, b):
        # "In Pakistan, at least 44 have died" / "killed 31 people in the northern Indian state of ..."; "The
        # Netherlands has culled 200,000 birds" / Belgium's 35,000 chickens
        return True
    if family and headlines_named_apart(a, b) and not _one_rare_happening(a, b):
        # "Air France cabin crew strike cancels 800 flights" / "Lufthansa grounds 950 flights as pilots strike", neither
        # naming the other's airline: "the airline has offered 8%" is no value of "The airline raised its offer to 9.5%"
        return True
    if family and regions_apart(a, b):
        # "About 300 soldiers have joined the rescue" (a landslide near Shimla, Himachal Pradesh) / "Some 225 army
        # personnel had joined the search" (landslides in Kerala): two states' happenings of one kind; "Consumer
        # prices in Bavaria rose 2.8%" / "German inflation rose to 2.6%": a state's and the country's
        return True
    if family in _PLACED_TALLIES and figures_of_other_scopes(a, b, family):
        # "The number of people killed in North Carolina by Helene has risen to 72" / "rose above 130, with at least
        # 57 deaths in North Carolina": a state's toll and the whole one; "had died in Turkey" / a sum over two countries
        return True
    if family and stages_apart(a, b):
        # "390 freed in the first stage of the exchange" / "307 more on the second day": each stage's count is its own
        return True
    if family in _COUNTED_BY_THE_DAY and _counted_days_apart(a, b):
        # "Lufthansa cancelled 950 flights on Thursday" / "expects to cancel around 700 flights on Friday": each day's
        # cancellations are that day's, not a later value of another day's
        return True
    if family and summed_places_and_one(a, b):
        return True  # "in the provinces of Manitoba and Saskatchewan, 26,000" / "forced 17,000 from homes in Manitoba"
    if family and own_country_apart(a, b):
        return True  # "Hungary's inflation rate, by contrast, rose to 5.3%" / "Polish inflation slowed to 4.1%"
    if family and owner_unnamed_by_the_other(a, b):
        return True  # "Kestrel Bay's dams have fallen to 19.2%" / "Dam levels have dropped to 18.9%" in Port Elwyn
    if family and bodies_of_other_countries(a, b):
        return True  # "the Reserve Bank of Australia cut its cash rate to 3.6%" / "The Bank of Canada cut to 2.5%"
    if family == "cases" and cases_of_other_countries(a, b):
        return True  # "Measles cases in Romania have risen to 1,690" / "Neighbouring Moldova reported 310 cases"
    if crossings_into_other_countries(a, b):
        return True  # "crossed from Sudan into eastern Chad" / "crossed from Sudan into South Sudan": two arrivals
    if family and figures_set_abroad(a, b):
        # "SAS cancelled 64 flights to and from Bergen Airport ... as the storm that hit Iceland on Monday reached
        # Norway" / "Icelandair cancelled 64 flights to and from Keflavik": Norway's figures, whatever the lead recalls
        return True
    if family and displaced_within_and_abroad(a, b):
        return True  # "displaced inside Lebanon" / "have fled Lebanon to Syria": the displaced and the refugees
    if other_countries(a, b) and not (family and is_risk(family)):
        # (a study's finding is no place's: reported in London of a Swedish study, it is that study's)
        return True  # a heatwave's toll in one country and another's in the next
    if _datelined_apart(a, b):
        return True  # a theft at a museum in Lundholm and one at a museum in Aarvik
    if _own_places_apart(a, b):
        return True  # "robbed a jeweller in central Lyon" / "raided a jewellery store in Nice": two robberies
    if _leads_own_towns_apart(a, b):
        # "ROTTERDAM (Reuters) - Dock workers at the port of Rotterdam will strike ..." in November / "ANTWERP (AFP) -
        # Employers at the port of Antwerp raised their pay offer ..." in October: "About 60 ships are expected to be
        # delayed" is Rotterdam's, not a value of Antwerp's ships waiting, though the later article recalls Antwerp.
        return True
    if family == "turnout" and _turnouts_of_other_scopes(a, b):
        return True  # "Nationwide, 1.1 million people demonstrated" / "80,000 joined the march in the capital"
    if family == "turnout" and _placeless_in_another_town(a, b):
        # "About 8,000 marched in Porto" / "Police put the turnout at 25,000" of a Lisbon march: marches in many
        # towns on one day are each counted (not a toll: one quake's dead are counted in many towns)
        return True
    if family and a.article.id != b.article.id and _there_of_another_place(a, b):
        # "The Linden Rock festival in Halden ... drew 65,000 people. Twelve festival-goers were taken to hospital
        # there." / "38 were taken to hospital" at the Sunvale Festival: Halden's count, not Sunvale's
        return True
    if family and _one_article_two_places(a, b):
        # "Dock workers at the port of Rotterdam will strike ... after employers offered 4.5%" / "Last month a dock
        # strike in Antwerp ended after employers raised their offer to 6%": one article, two towns' figures.
        return True
    if family and _own_towns_apart(a, b):
        # "Dock workers at the port of Rotterdam will strike ... after employers offered a pay rise of 4.5%"
        # (ROTTERDAM, November) / "Employers have offered a pay rise of 4.5%" (ANTWERP, October): each its own town's.
        return True
    if family and _leads_happenings_apart(a, b):
        # Two wire reports whose leads each tell of a happening's toll on its own day, weeks apart ("At least 11
        # people were killed when a landslide hit a mine ... on Tuesday" in July / "... buried a mine ... on Sunday"
        # in June): the missing, the rescued and the dead of one are not the other's.
        return True
    if family in _HAPPENING_TOLLS and _sudden_happenings_apart(a, b):
        return True  # "Three people were killed when fire swept through a hostel on Saturday" / "... a warehouse on Wednesday"
    if (
        family
        and (family in _HAPPENING_TOLLS or _both_dated(a, b))
        and _happenings_apart(a, b)
        and not _one_count_made_final(a, b)  # (the days a count was told, not two happenings')
    ):
        # "At least 11 people were killed when a landslide hit a mine on Tuesday" (in July) / "... were killed when
        # a landslide buried a mine on Sunday" (in June): what each counts happened on its own day, weeks apart.
        return True
    if family and _recalled_before_its_lead(a, b):
        # "Last month, flooding in San Antonio killed 13 people" in a report of Friday's floods / "The death toll from
        # flash floods in central Texas rose to 24 on Saturday": the month-old flood's dead are not these floods'
        return True
    if family and _happening_months_apart(a, b):
        # "Last August a wildfire on Evia burned 11,000 hectares" / "The fire had burned about 3,000 hectares by
        # evening" under a lead of a fire on Rhodes the next July: the second fire's area, no later value of the first.
        return True
    # a 5.4 and a 6.2 quake on one island: two quakes, not two sources' readings of one
    return bool(
        family in MEASUREMENTS and a.article.id != b.article.id and _measured_apart(a, b, _shared_pairs(a, b, family))
    )


def _one_known_owner(a: Features, b: Features) -> bool:
    """Both claims count one known side's people ("Russia has suffered about 780,000 casualties" / "Russia has lost
    about 845,000 troops in Ukraine"): one side's losses, wherever each places them."""
    return a.nationality == b.nationality and _known_owner(a.nationality)


def _separate_events(a: Features, b: Features) -> bool:
    """ "A separate landslide buried 14 homes" counts at another happening than the story's landslide, whatever words it
    shares with a count of that one. (Not a claim without the measure: "stood by its count and announced a second
    march" is still about the first march's count.)"""
    return a.article.id != b.article.id and _separate_event(a) != _separate_event(b) and not a.places & b.places


def _asked_after_figures(a: Features, b: Features, family: str | None, rarity: Rarity | None) -> Candidate | None:
    """The rules asked of a pair sharing no measure, and of one sharing a measure that the figure rule leaves
    unlinked."""
    if not family:
        none = _said_not_to_exist(a, b) if _may(a, b, "_said_not_to_exist") else None
        if none is not None:
            return none  # "there are no talks" against a report of the talks
    denial = denial_in_story(a, b, Candidate, same_speaker, _later_first) if _may(a, b, "denial_in_story") else None
    if denial is not None and denial.relation == "conflicts":
        # a firm denial of the very report outranks "similar wording"; told as a reversal when the other came on a
        # later day and says it happened after all ("confirmed on Tuesday, days after saying it had no such plans")
        return later_reversal(a, b, Candidate) or denial
    reversal = (
        (later_reversal(a, b, Candidate) if _may(a, b, "later_reversal") else None)
        or (contradicted_denial(a, b, Candidate) if _may(a, b, "contradicted_denial") else None)
        or (announced_plan(a, b, Candidate) if _may(a, b, "announced_plan") else None)
        or (reversal_told_as_such(a, b, Candidate) if _may(a, b, "reversal_told_as_such") else None)
        or (_said_otherwise(a, b) if _may(a, b, "_said_otherwise") else None)
        or (_told_the_opposite_outcome(a, b) if _may(a, b, "_told_the_opposite_outcome") else None)
        or (_denies_the_blame(a, b) if _may(a, b, "_denies_the_blame") else None)
    )
    if reversal is not None:
        return reversal
    kept = stands_by_figure(a, b) if _may(a, b, "stands_by_figure") else None
    if kept is not None:
        keeping, figure = kept
        return Candidate(
            keeping.claim.id,
            figure.claim.id,
            "related",
            0.6,
            lambda: f"{keeping.who} stands by this figure of {figure.who}",
        )
    found = (
        (money_relation(a, b, Candidate, _later_first) if _may(a, b, "money_relation") else None)
        or (_statement_relation(a, b, rarity or Rarity()) if _may(a, b, "_statement_relation") else None)
        or denial
        or (same_story_report(a, b, Candidate, _later_first) if _may(a, b, "same_story_report") else None)
    )
    if a.article.id == b.article.id:
        return found
    if family:
        # Two reports of one act whose figures the figure rules leave unlinked ("arrested 23 pirates" / "captured 23
        # pirates who attacked a merchant ship", "shot and killed a woman and wounded two men" / "office shooting
        # kills 1, injures 2"): the act is still told alike (the act rules part figures that disagree).
        if found is None and not (different_people(a, b) or _own_months_apart(a, b)):
            found = _same_action_relation(a, b) or _same_act_relation(a, b) or _lead_act_relation(a, b)
        return found
    # Across articles, a link without a shared figure needs the evidence of one happening:
    # rare shared words in the sentences and in the articles' leads.
    if found is not None and different_people(a, b):
        return None  # "signed Tomas Keller" / "signed Ansel Moreau": two happenings of one kind
    if found is None or found.relation == "related":
        found = (_warned_relation(a, b) if _may(a, b, "_warned_relation") else None) or found
    if found is not None and found.relation == "related":
        # a statement told in other words, or the same act of one event told firmly: more than related
        act = _same_act_relation(a, b)
        found = _same_action_relation(a, b) or (act if act is not None and act.relation == "corroborates" else found)
    found = (
        found
        or _happening_relation(a, b)
        or _same_action_relation(a, b)
        or _same_event_relation(a, b)
        or _same_act_relation(a, b)
        or _lead_act_relation(a, b)
        or _one_group_counted(a, b)
    )
    if found is not None and found.relation == "corroborates" and places_apart(a, b):
        # "At least 25 children fell ill after eating lunch at a primary school" in two towns of one country, two
        # weeks apart: the same words about two happenings, as with a figure (above).
        return None
    return found


# The functions ``_relate`` hands a pair to (tests/engine/test_link_needs.py reads the rules they ask).
RELATE_PARTS = (_asked_first, _asked_after_figures, _two_happenings)


# "There are no talks with any foreign company", "there was no warning": what one source says does not exist.
_NONE_EXIST = re.compile(
    r"\bthere\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:absolutely\s+)?no\s+(?P<noun>[a-z]{4,})\b",
    re.IGNORECASE,
)
_NONE_EXIST_SHARED = 2  # content words both claims use besides what is said not to exist


@per_claim
def _none_exist(f: Features) -> tuple[str, str] | None:
    """(the thing, the words) where the claim says there is no such thing ("there are no talks"), else None."""
    m = _NONE_EXIST.search(f.claim.text)
    return None if m is None else (m.group("noun"), m.group())


def _said_not_to_exist(a: Features, b: Features) -> Candidate | None:
    """One source says there is no such thing ("There are no talks with any foreign company over the port") and
    another article of the story, days apart, reports it ("is in advanced talks to lease berths at the port"):
    they conflict, though neither figure nor word of denial says so. The thing must be the other's own word
    ("talks" / "talks") and the two must share more of what it is about."""
    if a.article.id == b.article.id:
        return None
    for x, y in ((a, b), (b, a)):
        m = _none_exist(x)
        if m is None or y.negated or y.polarity not in ("assert", "confirm") or DENIES.search(y.claim.text):
            continue
        thing = stem(m[0].lower())
        plan_denied = _no_plan_for(x, y)
        if thing not in stems(y.claim.text) and not plan_denied:
            continue
        shared = shared_content(x, y) - {thing}
        if (len(shared) < _NONE_EXIST_SHARED and not plan_denied) or not same_story(
            x, y, days=_PLAN_TAKEN_DAYS if plan_denied else 14
        ):
            continue
        # ("no plan to change the levy this year" is told of the year: its report's day is when)
        apart = days_between(x.article.published or "", y.article.published or "") if plan_denied else None
        reach = _PLAN_DENIAL_DAYS if _PLANNED.search(y.claim.text) else _PLAN_TAKEN_DAYS
        if not close_in_time(x, y) and (apart is None or apart > reach):
            continue
        new, old = _later_first(x, y)
        return _statement_link(
            new, old, "conflicts", 0.6, f"one says {' '.join(m[1].lower().split())}, the other reports it"
        )
    return None


# "There is no plan to change the levy this year": the step said not to be planned, after "no plan(s) to".
_NO_PLAN_TO = re.compile(
    r"\bno\s+(?:such\s+)?(?:plans?|intention|proposal)\s+to\s+(?P<verb>[a-z]+)\s+(?P<what>(?:[a-z’'-]+\s+){0,5}?[a-z’'-]+)"
    r"(?=\s+(?:this|next|in|for|at|before|until|to|from|by)\b|\s*[,.;\"”]|$)",
    re.IGNORECASE,
)
# Verbs saying any change of the thing: "no plan to change the levy" denies a plan to raise it, or to cut it.
_PLAN_DENIAL_DAYS = 14
_PLAN_TAKEN_DAYS = 60  # a step taken weeks after a source said there was no plan for it
_CHANGE_VERBS = frozenset(
    stem(w) for w in "raise raising increase increasing hike hiking cut cutting lower lowering reduce reducing".split()
)
_ANY_CHANGE = frozenset(stem(w) for w in ("change", "alter", "adjust", "revise", "touch"))


def _no_plan_for(x: Features, y: Features) -> bool:
    """``x`` says there is no plan to do a step ("There is no plan to change the levy this year") that ``y`` reports
    as planned ("is considering raising its export levy to 10%"), or as taken in a later article ("The government
    will raise the export levy to 10 percent"): the same verb, or one of any change, on a thing of ``y``'s step."""
    m = _NO_PLAN_TO.search(x.claim.text)
    if m is None:
        return False
    verb, what = stem(m["verb"].lower()), stems(m["what"]) - _ANY_CHANGE
    step = _PLANNED.search(y.claim.text)
    if step is not None:
        words = stems(step["plan"])
        return (verb in _ANY_CHANGE or verb == stem(step["plan"].split()[0].lower())) and bool(what & words)
    later = days_between(y.article.published or "", x.article.published or "")
    if not later or (y.article.published or "") < (x.article.published or "") or later > _PLAN_TAKEN_DAYS:
        return False
    if not y.firm or y.negated or y.polarity not in ("assert", "confirm"):
        return False
    if any(q.change in ("up", "down") for q in y.claim.quantities):
        return False  # "The levy on refined products rises by 2 points": the size of a change, told of a part
    done = stems(y.claim.text)
    return bool(done & (_CHANGE_VERBS if verb in _ANY_CHANGE else {verb})) and bool(what & done)


def _warned_relation(a: Features, b: Features) -> Candidate | None:
    """Two articles of one story saying that someone had been warned about the same thing, in other words
    ("ignored warnings about cracks in the tunnel roof" / "had been told about cracks in the tunnel roof")."""
    if different_times(a, b) or different_people(a, b) or not (same_story(a, b) or _later_in_one_story(a, b)):
        return None
    shared = forewarned_alike(a, b)
    if not shared:
        return None
    new, old = _later_first(a, b)
    return _statement_link(new, old, "corroborates", 0.6, f"warned about the same ({', '.join(shared[:3])})")


def _one_group_counted(a: Features, b: Features) -> Candidate | None:
    """Two reports of one story counting the same people as different measures ("abducted at least 80 pupils" /
    "77 pupils were still being held"): what became of one group, related, never values of one count."""
    if not a.families or not b.families or a.families & b.families:
        return None
    if any(f.years - {(f.article.published or "")[:4]} for f in (a, b)):
        return None  # "the deadliest since 2022, when 27 miners were killed": another year's count
    nouns = sorted(n for n in _counted(a).keys() & _counted(b).keys() if n not in _BARE_COUNTS)
    if not nouns or not (same_story(a, b) or _later_in_one_story(a, b)):
        return None
    new, old = _later_first(a, b)
    return _statement_link(new, old, "related", 0.4, f"other counts of the same {nouns[0]}s")


def _role_relation(a: Features, b: Features, family: str) -> Candidate:
    """A forecast or an increment against another figure of the measure: related, saying which is which."""
    new, old = _later_first(a, b)
    what = (
        f"{new.role} vs {old.role}"
        if new.role != "count" and old.role != "count"
        else (f"{new.role if new.role != 'count' else old.role}, not a new value of the count")
    )
    return _figure_link(new, old, family, "related", 0.45, what)


# Two sentences of one story that share a single word ("Brenn's mayor said the closure would be a disaster" /
# "The Brenn plant employs 2,600 people") are about one happening, but do not say the same thing.
_SAME_HAPPENING_WORDS = 2


def _happening_relation(a: Features, b: Features) -> Candidate | None:
    """Two articles' sentences that share rare words, in articles whose leads share them too: one happening."""
    if a.article.id == b.article.id or different_times(a, b) or different_people(a, b) or _other_findings(a, b):
        return None
    score = happening_score(a, b)
    if score < RELATED_HAPPENING:
        return None
    new, old = _later_first(a, b)
    words = ", ".join(top_shared(a.lemmas, b.lemmas))
    if (
        score >= SAME_HAPPENING
        and a.polarity == b.polarity
        and a.negated == b.negated
        and not _figures_disagree(a, b)
        and len(a.lemmas.keys() & b.lemmas.keys()) >= _SAME_HAPPENING_WORDS
        and not (_ALLOWED.search(a.claim.text) or _ALLOWED.search(b.claim.text))
    ):
        return _statement_link(
            new, old, "corroborates", round(min(0.9, score / 2), 2), f"same happening (shared: {words})"
        )
    return _statement_link(new, old, "related", round(min(0.6, score / 3), 2), f"same story (shared: {words})")


def _same_event_relation(a: Features, b: Features) -> Candidate | None:
    """Two sentences sharing rare words in two articles about one event (their whole texts share the
    names, places and event words): most likely about that event, though in other words."""
    if different_times(a, b) or different_people(a, b) or shared_weight(a.lemmas, b.lemmas) < SAME_EVENT_SHARED:
        return None
    if _other_findings(a, b):
        return None  # two studies' findings of one kind, published months apart
    if (a.years and b.years and not (a.years & b.years)) or overlap(a.lemmas, b.lemmas) < _SAME_EVENT_OVERLAP:
        return None  # "In 2016, ..." against "In 2022, ...": other happenings of the story
    if _EVENT_WORD is not None and not (
        common_words(a.claim.text, _EVENT_WORD) & common_words(b.claim.text, _EVENT_WORD)
    ):
        return None
    if not same_event_articles(a, b):
        return None
    new, old = _later_first(a, b)
    words = ", ".join(top_shared(a.lemmas, b.lemmas))
    score = round(min(0.5, 0.2 + overlap(a.lemmas, b.lemmas) / 2), 2)
    return _statement_link(new, old, "related", score, f"same event (shared: {words})")


# Articles this alike (their whole texts' rare words) are about one event: on ECB+ topics 1-25 (two similar events
# each) about two in three of their sentence pairs tell of one act of it; sharing the act's word and with nothing
# telling two happenings apart, more than nine in ten do.
SAME_ACT_ARTICLES = 0.3
# Less when their headlines and leads name one place or person within days (``same_story``): a wire's "Police in Darnow
# detained the owner" and a local paper's "DARNOW — The owner ... was taken into custody" under a lead of the vigil.
_SAME_ACT_ONE_STORY = 0.2
_SAME_ACT_SHARED = 3.0  # and a rare word's worth of words shared beyond the act's


# A sentence ranking a happening among others: "The shootings were the deadliest in the state's history", "was the
# worst flood in a century". What it tells is the rank, not the act.
_RANKS = re.compile(
    rf"\b(?:was|were|is|are|been|became|become|remains?|remained)\s+(?:the|its|their)\s+"
    rf"(?:(?:second|third)[-\s])?{SUPERLATIVES}\b",
    re.IGNORECASE,
)
_ranks = claim_says(_RANKS, "_ranks")


def _same_act_relation(a: Features, b: Features) -> Candidate | None:
    """Statement matching across two articles about one event: both sentences tell of the same act ("checked into
    rehab on Tuesday" / "the actress, who checked into a Malibu clinic, ..."), in any clause, on the same side, with
    no sign of two happenings of one kind (other people or parties, other times, figures that disagree). Related,
    naming the act and the words shared: the act is the story's, though each may tell a different part of it."""
    if a.article.id == b.article.id or not _same_side(a, b, across=True) or a.negated != b.negated:
        return None
    if shared_weight(a.lemmas, b.lemmas) < _SAME_ACT_SHARED:
        return None
    alike = event_overlap(a, b)
    if (
        alike < SAME_ACT_ARTICLES
        and not (alike >= _SAME_ACT_ONE_STORY and same_story(a, b))
        and not leads_tell_one_event(a, b)
    ):
        return None
    acts = action_words(a.claim.text) & action_words(b.claim.text)
    if not acts or sum(w for k, w in a.lemmas.items() if k in b.lemmas and k not in acts) < _SAME_ACT_SHARED:
        return None  # the act alone ("a navy ship used sonar before the stranding" / "whales stranded on the spit")
    if different_times(a, b) or different_people(a, b) or different_parties(a, b) or _figures_disagree(a, b):
        return None
    if (a.years and b.years and not (a.years & b.years)) or _next_of_its_kind(a, b) or _another_years_happening(a, b):
        return None
    if _told_days_apart(a, b) or _undated_months_apart(a, b) or _done_again_later(a, b):
        return None  # the act done again: "agreed on Thursday to raise output" / "agreed on Saturday to another rise"
    if demand_then_act(a, b):
        return None  # "called on the minister to resign" / "the minister resigned": a demand, then the act
    if _done_to_other_things(a, b, acts):
        return None  # "is sending soldiers" / "continues to send workers"
    if _stages_told_apart(a, b):
        return None  # "German train drivers end strike" / "Rail strike cancels 80% of German trains"
    if not acts & (happened_words(a.claim.text) | happened_words(b.claim.text)):
        return None  # "as part of an inquiry" / "while the investigation continues": a process, told by neither
    new, old = _later_first(a, b)
    told = ", ".join(sorted(_as_written(new.claim.text, act) for act in acts))
    what = f"same event, same act ({told}; shared: {', '.join(top_shared(a.lemmas, b.lemmas))})"
    # Corroborated when both tell the act as their news (in their main clauses: not "oil was still seeping, a day after
    # the company said the pipeline had been shut"), as done, firmly ("appear to have been dispatched" is a guess), and
    # neither counts what the other does not ("cancelled 640 flights" / "the outage that forced it to cancel flights").
    # An act both tell only as an aim ("issued a patch to fix a flaw" / "released an update aiming to fix a bug") says
    # nothing of which doing of theirs it was.
    if (
        acts & actions_of(a) & actions_of(b)
        and _act_told_as_done(a, acts)
        and _act_told_as_done(b, acts)
        and not (only_aimed_at(a.claim.text, acts) and only_aimed_at(b.claim.text, acts))
        and a.firm
        and b.firm
        and bool(a.families - _DESCRIBING) == bool(b.families - _DESCRIBING)
        and _ranks(a) == _ranks(b)  # ("the shootings were the deadliest in the state" / "suspect found dead")
    ):
        return _statement_link(new, old, "corroborates", round(min(0.7, 0.4 + overlap(a.lemmas, b.lemmas)), 2), what)
    return _statement_link(new, old, "related", round(min(0.5, 0.3 + overlap(a.lemmas, b.lemmas) / 2), 2), what)


# Articles less alike than ``same_event_articles`` asks still tell of one event when they date themselves alike (a year
# both name, or publication within days of each other) and their openings name the same place, person or thing: two
# look-alike events of one kind are mostly years apart, and reported the same week they happen in other places ("KARACHI:
# Police arrested the owner of the factory in Korangi" / "LAHORE: Police arrested the owner of a shoe factory").
DATED_ALIKE_ARTICLES = 0.2
_DATED_ALIKE_DAYS = 7
_LEAD_ACT_DAYS = 1  # the days two claims tell their act on, at most this far apart


def dated_alike_articles(a: Features, b: Features) -> bool:
    """Whether the articles of two claims are somewhat alike (``DATED_ALIKE_ARTICLES``), date themselves alike (a year
    in common, or days of publication within ``_DATED_ALIKE_DAYS``) and their headlines and first lines name a
    distinctive name in common (a function of the two articles)."""
    if a.article.id == b.article.id or event_overlap(a, b) < DATED_ALIKE_ARTICLES:
        return False
    if a.event_years.isdisjoint(b.event_years):
        x, y = published_day(a), published_day(b)
        if x is None or y is None or abs(x - y) > _DATED_ALIKE_DAYS:
            return False
    return not _opening_names(a).isdisjoint(_opening_names(b))


@per_article
def _opening_names(article: Article) -> frozenset[str]:
    """The distinctive names of the article's headline and first two lines (``lead_names``): what it reports, not what
    it recalls further on."""
    return lead_names(article.title or "", "\n".join(_FIRST_LINES.findall(article.body[:LEAD_CHARS])[:2]))


_FIRST_LINES = re.compile(r"[^\n]*\S[^\n]*")


def _lead_act_relation(a: Features, b: Features) -> Candidate | None:
    """Two articles about one event (``same_event_articles``, or ``dated_alike_articles``), each claim telling the act
    both articles lead with ("Police arrested the mayor of Dovra on Tuesday" atop one, "Dovra's mayor was arrested" atop
    the other; further down "He was arrested at his home" / "The arrest came after a two-year inquiry"): both tell of
    the event the articles report, though they may share no other word. Related, naming the act, and as strong as
    two reports of one happening (``one_event_told``)."""
    acts = lead_act_told(a, b)
    if not acts:
        return None
    new, old = _later_first(a, b)
    told = ", ".join(sorted(_as_written(new.claim.text, act) for act in acts))
    return _statement_link(new, old, "related", 0.4, f"same event, the act both articles lead with ({told})")


@per_pair  # (asked by the rule, then by ``related_score`` of the link it makes)
def lead_act_told(a: Features, b: Features) -> frozenset[str]:
    """The acts two claims of two articles about one event both tell that both articles lead with
    (``_lead_act_relation``), with nothing telling two happenings of one kind apart (openings naming nothing in
    common, someone one names that the other article never writes, other people, parties, times, measures or figures,
    the act done again, a demand and its act); none when they are not."""
    if a.article.id == b.article.id or not _same_side(a, b, across=True) or a.negated != b.negated:
        return frozenset()
    acts = _lead_acts_both_tell(a, b)
    if not acts or not (same_event_articles(a, b) or dated_alike_articles(a, b)):
        return frozenset()
    if _openings_apart(a, b) or _someone_the_other_never_names(a, b) or _someone_the_other_never_names(b, a):
        return frozenset()  # "RZESZOW: Police arrested the owner of a paint factory" / "TARNOW: ... furniture factory"
    if a.families and b.families and a.families.isdisjoint(b.families):
        return frozenset()  # "has killed 31 people" / "Most of those who died were under five": other measures
    if different_times(a, b) or different_people(a, b) or different_parties(a, b) or _figures_disagree(a, b):
        return frozenset()
    if (a.years and b.years and not (a.years & b.years)) or _next_of_its_kind(a, b) or _another_years_happening(a, b):
        return frozenset()
    if _told_days_apart(a, b, _LEAD_ACT_DAYS) or _undated_months_apart(a, b):
        # the act done again: "Three workers were killed when fire swept through a warehouse on Monday" / "Three
        # workers were killed when scaffolding collapsed on Wednesday" (one event's reports may differ by the night)
        return frozenset()
    if demand_then_act(a, b) or _done_to_other_things(a, b, acts):
        return frozenset()  # "called on the minister to resign" / "the minister resigned"; "sent troops" / "workers"
    return acts


def _openings_apart(a: Features, b: Features) -> bool:
    """The headlines and first lines of the two claims' articles each name something distinctive, and nothing in
    common: each reports its own happening, whatever the rest of one recalls of the other's."""
    mine, theirs = _opening_names(a), _opening_names(b)
    return bool(mine) and bool(theirs) and mine.isdisjoint(theirs)


def _someone_the_other_never_names(a: Features, b: Features) -> bool:
    """``a`` tells of a person by a name (their surname) that ``b``'s whole article never writes: "Councillor Pavel
    Marek was arrested" against an article on another councillor's arrest whose "He was detained" names nobody."""
    return any(
        re.search(rf"\b{re.escape(person.split()[-1])}\b", b.article.body) is None
        for person in a.people
        if " " in person
    )


def _lead_acts_both_tell(a: Features, b: Features) -> frozenset[str]:
    """The acts both claims tell (``action_words``) that both their articles lead with (``lead_acts``)."""
    return action_words(a.claim.text) & action_words(b.claim.text) & lead_acts(a) & lead_acts(b)


def _as_written(text: str, act: str) -> str:
    """The first word of ``text`` (its phrases read as their one word) whose stem is ``act``, else ``act``."""
    words = _WORD_AS_WRITTEN.findall(phrases(text))
    return next((w.lower() for w in words if (ACTS.get(w.lower()) or stem(w.lower())) == act), act)


_WORD_AS_WRITTEN = re.compile(r"[A-Za-z][A-Za-z'’-]+")


_HAPPENING_NOUN_STEMS = frozenset(stem(w) for w in (*SUDDEN, *UNFOLDING, *GATHERING_WORDS) if " " not in w)
_FUTURE = re.compile(
    r"\b(?:will|would|could|may|might|shall|plans?\s+to|planning\s+to|expected\s+to|set\s+to|going\s+to|"
    r"threaten\w*|vow\w*|intends?\s+to|promis\w*|prepar\w*\s+to|wants?\s+to|wanted\s+to|aims?\s+to|seeks?\s+to|"
    r"hopes?\s+to|consider\w*|"
    # an option weighed, a deadline set: "is exploring options for selling", "gives it nine months to sell ... or face
    # a ban"
    r"explor\w*|(?:days|weeks|months|years|deadline)\s+to|or\s+face)\b"
    # (in lower case: "Promises Treatment Center", "Will Smith" and the month of May are names; a sentence's first
    # word is read in lower case, ``_first_lowered``)
)


# What a rule allows or asks ("travellers on cancelled trains can claim a refund", "operators must report"): no
# report that anything happened.
_ALLOWED = re.compile(
    r"\b(?:can(?!\s+(?:now\s+|also\s+)?confirm)|cannot|can't|must|should|ought\s+to)\b", re.IGNORECASE
)


def _done_after_said_to_come(a: Features, b: Features) -> tuple[Features, Features] | None:
    """(done, to come) when one claim tells as done an act the other, told earlier, tells only as to come."""
    acts = action_words(a.claim.text) & action_words(b.claim.text)
    if not acts or a.article.id == b.article.id:
        return None
    for x, y in ((a, b), (b, a)):
        if (
            _act_told_as_done(x, acts)
            and not _act_told_as_done(y, acts)
            and not y.negated
            and not DENIES.search(y.claim.text)
        ):
            return (x, y) if (x.when or "") >= (y.when or "") else None
    return None


def _act_told_as_done(f: Features, acts: frozenset[str]) -> bool:
    """The claim tells that one of ``acts`` happened: the clause telling it denies nothing, tells of nothing to come
    and of no rule ("will worship in a school after a fire ripped through her church": the fire, told as done,
    whatever the family will do)."""
    for act in sorted(acts):
        clause = act_clause(f.claim.text, act)
        if clause is not None and _told_as_done(clause):
            return True
    return False


@lru_cache(maxsize=65536)
def _told_as_done(text: str) -> bool:
    """The words deny nothing, tell of nothing to come and of no rule."""
    return not (DENIES.search(text) or _FUTURE.search(_first_lowered(text.lstrip())) or _ALLOWED.search(text))


def _first_lowered(text: str) -> str:
    """The text with its first letter in lower case ("Will the club ...", "Plans to ..." open a sentence)."""
    first = next((i for i, c in enumerate(text) if c.isalpha()), None)
    return text if first is None else text[:first] + text[first].lower() + text[first + 1 :]


# Two articles this alike (their whole texts' rare words) tell of one event: on ECB+ topics 1-35 (two similar
# events each) fewer than one pair in a hundred at this mark is of the topic's two different events.
SAME_ACTION_ARTICLES = 0.35
_SAME_ACTION_SHARED = 3.0  # and the two sentences share a rare word's worth beyond what happened
_NOUN_ONLY_OVERLAP = 0.3  # sharing only the happening's noun, they must say much the same of it


# Nouns two reports may use for the same people done something to.
_SAME_PATIENT = {stem("soldiers"): stem("troops"), stem("soldier"): stem("troops"), stem("troop"): stem("troops")}


def _done_to_other_things(a: Features, b: Features, shared: frozenset[str]) -> bool:
    """Each claim names what the act both tell of was done to, and they differ: two acts of one kind."""
    for action in shared:
        x, y = patient_of(a.claim.text, action), patient_of(b.claim.text, action)
        if x and y and _SAME_PATIENT.get(x, x) != _SAME_PATIENT.get(y, y):
            return True
    return False


# What a sentence says is not so: "was not unanimous", "is not safe", "were not consulted" (the word after "not").
_NOT_SO = re.compile(
    r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|would\s+be|will\s+be)\s+(?:not|never)\s+"
    r"(?:(?:entirely|fully|quite|always|yet)\s+)?(?P<word>[a-z]{4,})\b",
    re.IGNORECASE,
)
# Words whose "not" says nothing against the other report: "not commenting", "not clear", "not known".
_NOT_SO_PLAIN = frozenset("clear known available expected immediately commenting aware able sure".split())
_SAID_OTHERWISE_SHARED = 1  # content words both share besides the one denied ("vote")


# A party denying it did it ("denied responsibility", "denied any involvement", "denied being behind the attack").
_DENIES_DOING_IT = re.compile(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed)\s+(?:any\s+|all\s+)?(?:responsibility|involvement|"
    r"role|being\s+behind|(?:the\s+)?(?:accusations?|allegations?|claims?|charges?)\s+(?:that\s+it|of\s+(?:its\s+)?"
    r"(?:involvement|responsibility)))\b",
    re.IGNORECASE,
)
# Another source putting it on that party: "blamed the RSF for the attack", "said the RSF had carried out the strike".
_PUTS_IT_ON = re.compile(
    r"\b(?:blam(?:e|ed|es|ing)|accus(?:e|ed|es|ing)|held\s+\S+\s+responsible|carried\s+out|(?:was|were|is|are)\s+"
    r"behind|(?:was|were|is|are)\s+responsible)\b",
    re.IGNORECASE,
)

_denies_doing_it = claim_says(_DENIES_DOING_IT, "_denies_doing_it")

_puts_it_on = claim_says(_PUTS_IT_ON, "_puts_it_on")


def _denies_the_blame(a: Features, b: Features) -> Candidate | None:
    """One party denying it did a thing ("The RSF denied responsibility") and another source, days apart at most,
    putting that thing on it by name ("The army said the RSF had carried out the strike", "medics said, blaming the
    RSF"): two sources in dispute over who did it."""
    for denial, report in ((a, b), (b, a)):
        who = denial.claim.speaker or ""
        if (
            denial.polarity != "deny"
            or not who
            or not _denies_doing_it(denial)
            or report.polarity == "deny"
            or report.negated
        ):
            continue
        name = re.escape(who.removeprefix("the ").removeprefix("The "))
        if not re.search(rf"\b{name}\b", report.claim.text) or not _puts_it_on(report):
            continue
        if same_speaker(a, b) or not close_in_time(a, b, days=7) or not same_story(a, b):
            continue
        return _statement_link(denial, report, "conflicts", 0.6, "denies the blame the other puts on it")
    return None


def _said_otherwise(a: Features, b: Features) -> Candidate | None:
    """Two sources on one story days apart, one saying a thing is so and the other that it is not, in the same
    words: "ECB President Reyes told reporters the decision was unanimous" / "The ECB's decision ... was not
    unanimous, with three members voting against, three people familiar with the discussions told Bloomberg"."""
    if a.article.id == b.article.id or a.negated == b.negated or a.polarity != "assert" or b.polarity != "assert":
        return None
    no, yes = (a, b) if a.negated else (b, a)
    m = _NOT_SO.search(no.claim.text)
    if m is None or m.group("word").lower() in _NOT_SO_PLAIN:
        return None
    word = stem(m.group("word").lower())
    if word not in yes.content or not re.search(
        r"\b(?:was|were|is|are|been|be)\s+(?:(?:entirely|fully|quite|always)\s+)?" + re.escape(m.group("word")),
        yes.claim.text,
        re.IGNORECASE,
    ):
        return None  # the other must say it is so, in that word
    if len(shared_content(a, b) - {word}) < _SAID_OTHERWISE_SHARED:
        return None
    if same_speaker(a, b) or not close_in_time(a, b, days=7):
        return None
    if not (same_story(a, b) or _shared_not_speakers(a, b) or event_overlap(a, b) >= _STORY_ARTICLES):
        return None  # (articles this alike tell one story, though their leads name it differently: "ECB", "Reyes")
    new, old = _later_first(a, b)
    return _statement_link(new, old, "conflicts", 0.55, f"says it was not {m.group('word').lower()}")


# Outcomes that exclude each other, told of one thing: "The engine passed every qualification test" / "the engine had
# failed a ground test". (Not "failed to": what did not happen, no outcome. Not a decision and its reversal, "rejected
# the plan" / "approved the plan", "upheld" / "overturned": those follow one another, as a test passed and failed do
# not.)
_OUTCOME = re.compile(
    r"\b(?P<verb>passed|passes|failed|fails)\s+(?!to\b|by\b)(?P<object>(?:[\w'’-]+\s+){0,3}[\w'’-]+)",
    re.IGNORECASE,
)
# Words that end an outcome's object ("passed every qualification test before it was cleared").
_OBJECT_ENDS = frozenset("in on at before after by for with since during and but because when while to of as".split())
_OUTCOME_SIDE = {"passed": "pass", "passes": "pass", "failed": "fail", "fails": "fail"}
_OPPOSITE_OUTCOME_SHARED = 1  # content words both share besides the outcome's object ("engine")
_OPPOSITE_OUTCOME_DAYS = 60  # (a test said passed in May, reported failed in June)


@per_claim
def _outcomes(f: Features) -> tuple[tuple[str, frozenset[str]], ...]:
    """(side, stems of its object) of each outcome the claim tells ("passed every qualification test")."""
    found = []
    for m in _OUTCOME.finditer(f.claim.text):
        words = m.group("object").split()
        end = next((i for i, w in enumerate(words) if w.lower() in _OBJECT_ENDS), len(words))
        found.append((_OUTCOME_SIDE[m.group("verb").lower()], stems(" ".join(words[:end]))))
    return tuple(found)


def _told_the_opposite_outcome(a: Features, b: Features) -> Candidate | None:
    """Two sources of one story telling opposite outcomes of one thing, neither negated: "The engine passed every
    qualification test" (the maker) / "the engine had failed a ground test in March" (weeks later): they conflict."""
    if a.article.id == b.article.id or a.negated or b.negated:
        return None
    for side, thing in _outcomes(a):
        for other, what in _outcomes(b):
            if side == other:
                continue
            objects = thing & what
            if not objects or len(shared_content(a, b) - objects) < _OPPOSITE_OUTCOME_SHARED:
                continue
            if same_speaker(a, b) or not (same_story(a, b, days=_OPPOSITE_OUTCOME_DAYS) or same_event_articles(a, b)):
                continue
            new, old = _later_first(a, b)
            return _statement_link(new, old, "conflicts", 0.55, "tells the opposite outcome")
    return None


def _another_years_happening(a: Features, b: Features) -> bool:
    """One claim is dated by a year alone ("Last year's season", "in 2025") that is not the other's year."""
    x, y = a.period or "", b.period or ""
    return bool(x and y) and (len(x) == 4 or len(y) == 4) and x[:4] != y[:4]


def _same_action_relation(a: Features, b: Features) -> Candidate | None:
    """Statement matching: two sentences of two articles about one event that tell the same thing happened
    ("police arrested the mayor of Dovra" / "the Dovra mayor was taken into custody"; "a landslide buried the
    village" / "the landslide hit the village, burying ..."), on the same side (neither denies what the other asserts),
    about the same people and in no disagreeing figures: the same report from another source, though in other
    words. What happened is read from the verbs and the nouns of happenings (``action_words``)."""
    if a.article.id == b.article.id or not _same_side(a, b, across=True) or a.negated != b.negated:
        return None
    # What both say in their main clauses happened; in articles this alike, in the main clause of one of them
    # ("Ana Brel, who led the league for a decade, has died" / "Ana Brel, a former league chief, died").
    shared = actions_of(a) & actions_of(b)
    if not shared and event_overlap(a, b) >= SAME_ACTION_ARTICLES:
        shared = (actions_of(a) & action_words(b.claim.text)) | (action_words(a.claim.text) & actions_of(b))
    if not shared or shared_weight(a.lemmas, b.lemmas) < _SAME_ACTION_SHARED:
        return None
    if not (_act_told_as_done(a, shared) and _act_told_as_done(b, shared)):
        return None  # a denial, or what will or may happen: not the report of what happened
    if demand_then_act(a, b):
        return None  # "called on the minister to resign" / "the minister resigned": a demand, then the act
    if _done_to_other_things(a, b, shared):
        return None  # "Pyongyang is sending soldiers" / "Pyongyang continues to send workers abroad"
    if head_of(a) not in shared and head_of(b) not in shared:
        return (
            None  # "arrested the mayor as part of an inquiry" / "called on the mayor to step aside during the inquiry"
        )
    if bool(a.families - _DESCRIBING) != bool(b.families - _DESCRIBING):
        # "cancelled 640 flights" says more than "the outage that forced it to cancel flights" (an age, "a
        # 34-year-old man", says who, not how much; a magnitude, "a 6.4 quake", what struck)
        return None
    if shared <= _HAPPENING_NOUN_STEMS and overlap(a.lemmas, b.lemmas) < _NOUN_ONLY_OVERLAP:
        return None  # "caused last month's derailment" / "the toll from Monday's derailment has risen": what of it
    if different_times(a, b) or different_people(a, b) or different_parties(a, b) or _figures_disagree(a, b):
        return None
    if (a.years and b.years and not (a.years & b.years)) or not _one_event_told(a, b):
        return None
    if _another_years_happening(a, b):
        return None  # "Last year's season produced 18 named storms" / this year's forecast of 17 to 25
    if _told_days_apart(a, b) or _undated_months_apart(a, b):
        # "OPEC+ agreed on Thursday to raise output" / "OPEC+ agreed on Saturday to another increase"; "Fed holds
        # rates steady" (June) / "Fed cuts rates by quarter point" (December): the act done again
        return None
    if _next_of_its_kind(a, b):
        return None  # "A second hospital trust said a cyber attack had forced it to cancel 1,200 appointments"
    if _ranks(a) != _ranks(b):
        return None  # "the shootings were the deadliest in the state's history" / "suspect in shootings found dead"
    if _stages_told_apart(a, b):
        return None  # "German train drivers end strike" / "Rail strike cancels 80% of German trains"
    new, old = _later_first(a, b)
    words = ", ".join(top_shared(a.lemmas, b.lemmas))
    score = round(min(0.8, 0.4 + overlap(a.lemmas, b.lemmas)), 2)
    return _statement_link(new, old, "corroborates", score, f"same event told alike (shared: {words})")


# A stage of a happening a claim tells: its end ("German train drivers end strike", "called off the walkout") or its
# start ("as train drivers began a 24-hour strike"): another news than the happening itself, or its other stage.
_STAGE_HAPPENINGS = (
    r"(?:strikes?|walkouts?|stoppages?|protests?|blockades?|boycotts?|sit-ins?|occupation|siege|lockdown|lockouts?)"
)
_ENDED = re.compile(
    r"\b(?:end(?:s|ed|ing)?|call(?:s|ed|ing)?\s+off|suspend(?:s|ed|ing)?|lift(?:s|ed|ing)?)\s+(?:(?:a|an|the|their|its|his|her)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_STAGE_HAPPENINGS}\b|\b{_STAGE_HAPPENINGS}\s+(?:ends?|ended|called\s+off|suspended)\b",
    re.IGNORECASE,
)
_BEGUN = re.compile(
    r"\b(?:beg[ia]n|begins?|start(?:s|ed|ing)?|launch(?:es|ed|ing)?)\s+(?:(?:a|an|the|their|its|his|her)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_STAGE_HAPPENINGS}\b",
    re.IGNORECASE,
)


@per_claim
def _stage_told(f: Features) -> str | None:
    ended, begun = _ENDED.search(f.claim.text), _BEGUN.search(f.claim.text)
    return "end" if ended and not begun else "start" if begun and not ended else None


def _stages_told_apart(a: Features, b: Features) -> bool:
    """One claim tells a happening's end (or start) and the other not that stage: "German train drivers end strike" /
    "Rail strike cancels 80% of German trains" tell two things of one strike, neither the other's report."""
    return _stage_told(a) != _stage_told(b) and "end" in (_stage_told(a), _stage_told(b))


# One told as the next of its kind ("a second hospital trust", "a third attack in a month") is another than the
# one the other report tells of, however alike the words. (Not "the second-largest", "for the second time".)
_ANOTHER_OF_ITS_KIND = re.compile(r"\b[Aa]\s+(?:second|third|fourth|fifth)\s+(?!time\b)[a-z]", re.IGNORECASE)


def _next_of_its_kind(a: Features, b: Features) -> bool:
    """One of the two claims, not both, tells of the next of its kind ("A second child has died"), on a later day
    than the other's: the other told of an earlier one. (Told the same day it may be this one's own report, which
    need not count it: "retained his titles with a second victory over Thompson" / "stopped Thompson to retain his
    titles".)"""
    for x, y in ((a, b), (b, a)):
        if _next_one(x) and not _next_one(y):
            later, earlier = x.when or "", y.when or ""
            return len(later) >= 10 and len(earlier) >= 10 and later[:10] > earlier[:10]
    return False


_next_one = claim_says(_ANOTHER_OF_ITS_KIND, "_next_one")


# Figures that describe what happened, not how much of it there was: a suspect's age ("a 34-year-old man"), a
# quake's magnitude ("a magnitude 6.4 quake" / "a strong earthquake").
_DESCRIBING = frozenset({AGE, *MEASUREMENTS})
_STORY_ARTICLES = 0.25  # less alike, but dated days apart and leading with the same town or name
_STORY_DAYS = 3
_STORY_NAME = 2.5  # a town ("Antwerp", "Halifax"), not a country ("France", "Kenya")


def _one_event_told(a: Features, b: Features) -> bool:
    """The two claims' articles tell of one event: their whole texts are alike (``SAME_ACTION_ARTICLES``), or
    somewhat alike and published within days of each other, their headlines and leads naming the same town or
    name (two short reports of one blast in Vessel Bay; not a blast in another town, nor one there years before), or
    somewhat alike and leading with much the same words (``leads_tell_one_event``)."""
    overlap_ = event_overlap(a, b)
    if overlap_ >= SAME_ACTION_ARTICLES or leads_tell_one_event(a, b):
        return True
    if overlap_ < _STORY_ARTICLES:
        return False
    x, y = published_day(a), published_day(b)
    if x is None or y is None or abs(x - y) > _STORY_DAYS:
        return False
    return any(name_rarity(n) >= _STORY_NAME for n in a.story & b.story)


# What a pair must have before a rule can link it. Most pairs a build relates end unlinked, and most of those share
# no measure and little wording: each rule below states, as a cheap test of the two claims' features, what it needs
# before it can return a link at all (each test follows from the rule's own code: a rule returns nothing without it),
# and ``_relate`` stops as soon as no rule left to ask can link the pair. The tests reject, never link: asking them
# changes no link, it only spares the rules (and the checks before them, which only ever reject) their work.
# ``LINK_RULES`` lists every rule ``_relate`` asks with its tests; a rule added there without them fails
# tests/engine/test_link_needs.py, and so does a test that lets a link through that its rule made.
Need = Callable[[Features, Features], bool]


def _across(a: Features, b: Features) -> bool:
    return a.article.id != b.article.id


def _one_denies(a: Features, b: Features) -> bool:
    """One of the two is a denial and the other not (every rule of denials asks this first)."""
    return (a.polarity == "deny") != (b.polarity == "deny")


def _denial_in_story(a: Features, b: Features) -> bool:
    """A denial and a claim that does not side with it sharing a content word (``disputes.denial_in_story``)."""
    return (
        _one_denies(a, b)
        and not (a.negated and a.polarity == "assert")
        and not (b.negated and b.polarity == "assert")
        and not a.content.isdisjoint(b.content)
    )


def _denied_words_reported(a: Features, b: Features) -> bool:
    """A denial and another article's claim holding a word of its (``disputes.later_reversal``: every word of what
    was denied is one of the denial's ``lemmas``)."""
    if not _one_denies(a, b) or a.article.id == b.article.id:
        return False
    denial, later = (a, b) if a.polarity == "deny" else (b, a)
    return not later.content.isdisjoint(denial.lemmas)


def _denial_contradicted(a: Features, b: Features) -> bool:
    """A denial by a named speaker and a claim saying it contradicts an account (``disputes.contradicted_denial``)."""
    if not _one_denies(a, b):
        return False
    denial, later = (a, b) if a.polarity == "deny" else (b, a)
    return bool(denial.claim.speaker) and _contradicts(later)


def _denial_on_a_topic(a: Features, b: Features) -> bool:
    """A denial and a claim on a topic both are on (``_polarity_relation``)."""
    return _one_denies(a, b) and not a.topics.isdisjoint(b.topics)


def _denial_and_confirmation(a: Features, b: Features) -> bool:
    """A denial and a confirmation, on no topic both are on (``_statement_relation``'s ``_polarity_relation``)."""
    return {a.polarity, b.polarity} == {"deny", "confirm"}


def _polls_across(a: Features, b: Features) -> bool:
    """Two articles' claims each giving parties' shares in a poll (``polls.poll_relation``)."""
    return a.article.id != b.article.id and poll_reading(a) is not None and poll_reading(b) is not None


def _both_give_sums(a: Features, b: Features) -> bool:
    return bool(a.sums) and bool(b.sums)


def _topic_and_wording(a: Features, b: Features) -> bool:
    """A topic both claims are on, and wording alike (every threshold of the topic's rules is at least 0.1) or one
    speaker's two claims of one article."""
    if a.topics.isdisjoint(b.topics):
        return False
    return similarity(a, b) >= 0.1 or (a.article.id == b.article.id and bool(a.claim.speaker))


def _neighbours(a: Features, b: Features) -> bool:
    """Neighbouring sentences of one article, both denials or worded a little alike."""
    if a.article.id != b.article.id or abs(a.claim.start - b.claim.start) >= 400:
        return False
    return a.polarity == b.polarity == "deny" or similarity(a, b) >= 0.15


def _worded_alike_across(a: Features, b: Features) -> bool:
    """Two articles' claims on no topic both are on, worded alike and sharing a rare word's worth of words
    (``_untopical_relation``, ``kindred``)."""
    return (
        a.article.id != b.article.id
        and a.topics.isdisjoint(b.topics)
        and similarity(a, b) >= 0.3
        and shared_weight(a.lemmas, b.lemmas) >= HAPPENING_SHARED
    )


def _same_count_across(a: Features, b: Features) -> bool:
    """Two articles' claims of one side counting one noun with one value of ``_SAME_COUNT_MIN`` or more
    (``_same_count``)."""
    if a.article.id == b.article.id or a.polarity != b.polarity or a.negated != b.negated:
        return False
    mine, theirs = _counted(a), _counted(b)
    return any(
        v >= _SAME_COUNT_MIN for n in mine.keys() & theirs.keys() if n not in _BARE_COUNTS for v in mine[n] & theirs[n]
    )


def _same_result_across(a: Features, b: Features) -> bool:
    """Two articles' claims stating one score or split (``_same_result``: a pair's key is negative)."""
    return a.article.id != b.article.id and a.negated == b.negated and any(v < 0 for v in a.stated & b.stated)


def _replaced_across(a: Features, b: Features) -> bool:
    """One of two articles' claims gives as the value its figure replaces a value the other states
    (``_replaces_stated``)."""
    return a.article.id != b.article.id and (
        not _replaced_values(a).isdisjoint(b.stated) or not _replaced_values(b).isdisjoint(a.stated)
    )


def _none_said_to_exist_across(a: Features, b: Features) -> bool:
    """One of two articles' claims says there is no such thing and they share more of what it is about
    (``_said_not_to_exist``)."""
    return (
        a.article.id != b.article.id
        and (_none_exist(a) is not None or _none_exist(b) is not None)
        and len(a.content & b.content) >= _NONE_EXIST_SHARED
    )


def _no_plan_across(a: Features, b: Features) -> bool:
    """One of two articles' claims says there is no plan for the step the other reports as planned (``_no_plan_for``)."""
    return a.article.id != b.article.id and (_no_plan_for(a, b) or _no_plan_for(b, a))


def _untopical_content_across(a: Features, b: Features) -> bool:
    """Two articles' claims on no topic both are on, sharing three content words (``same_story_report``)."""
    return a.article.id != b.article.id and a.topics.isdisjoint(b.topics) and len(a.content & b.content) >= 3


def _plan_across(a: Features, b: Features) -> bool:
    """A plan reported (``disputes._planned``) and another article of a story both name."""
    return (
        a.article.id != b.article.id
        and not a.story.isdisjoint(b.story)
        and (_planned(a) is not None or _planned(b) is not None)
    )


def _reversal_told_across(a: Features, b: Features) -> bool:
    """A negation or denial and another article's claim recalling one (``disputes.reversal_told_as_such``)."""
    return a.article.id != b.article.id and (
        ((b.negated or b.polarity == "deny") and recalls_a_no(a) is not None)
        or ((a.negated or a.polarity == "deny") and recalls_a_no(b) is not None)
    )


def _outcomes_across(a: Features, b: Features) -> bool:
    return a.article.id != b.article.id and bool(_outcomes(a)) and bool(_outcomes(b))


def _negated_across(a: Features, b: Features) -> bool:
    return a.article.id != b.article.id and a.negated != b.negated and not a.content.isdisjoint(b.content)


@per_claim
def _keeps_its_figure(f: Features) -> bool:
    """The claim, with no figure of its own, says a party stood by its count (``anaphora.stands_by_figure``)."""
    return not f.claim.quantities and _STANDS_BY.search(f.claim.text) is not None


def _figure_kept_across(a: Features, b: Features) -> bool:
    return a.article.id != b.article.id and (
        (bool(b.figures) and _keeps_its_figure(a)) or (bool(a.figures) and _keeps_its_figure(b))
    )


def _warned_across(a: Features, b: Features) -> bool:
    return a.article.id != b.article.id and bool(warned_about(a)) and bool(warned_about(b))


def _rare_words_across(a: Features, b: Features) -> bool:
    """Two articles' claims sharing a rare word's worth of words (``statements._MIN_SHARED``, the least of the
    happening rules)."""
    return a.article.id != b.article.id and shared_weight(a.lemmas, b.lemmas) >= _LEAST_SHARED_WEIGHT


def _lead_acts_across(a: Features, b: Features) -> bool:
    """Two articles' claims telling an act both articles lead with (``_lead_acts_both_tell``)."""
    return a.article.id != b.article.id and bool(_lead_acts_both_tell(a, b))


def _counts_across(a: Features, b: Features) -> bool:
    """Two articles' claims with figures both, counting one noun."""
    return (
        a.article.id != b.article.id
        and bool(a.families)
        and bool(b.families)
        and not _counted(a).keys().isdisjoint(_counted(b).keys())
    )


def _correction_across(a: Features, b: Features) -> bool:
    """A corrections column's right figure and another article's claim (``_correction_of``)."""
    return a.article.id != b.article.id and (bool(_corrections(a)) or bool(_corrections(b)))


def _shares_a_family(a: Features, b: Features) -> bool:
    return not a.families.isdisjoint(b.families)


_LEAST_SHARED_WEIGHT = min(_SAME_ACTION_SHARED, SAME_EVENT_SHARED, HAPPENING_SHARED, _SAME_ACT_SHARED)


@dataclass(frozen=True)
class LinkRule:
    """A rule ``_relate`` asks, what it needs (it links no pair that passes none of them), and when it is asked:
    "always", "first" (always, before the figure rule), "figures" (only when the two share a measure), "words" (only
    when they share none), "words across" (and are of two articles), "across" (of two articles, sharing a measure
    or not)."""

    needs: tuple[Need, ...]
    asked: str = "always"


LINK_RULES: dict[str, LinkRule] = {
    # (in the order their tests are asked: those most pairs pass first, so that a pair a rule may link is let through
    # soon; a pair none may link is asked them all)
    "_figure_relation": LinkRule((_shares_a_family,), "figures"),
    "_correction_of": LinkRule((_correction_across,), "first"),
    "poll_relation": LinkRule((_polls_across,), "first"),
    "_statement_relation": LinkRule(
        (
            _worded_alike_across,
            _denial_on_a_topic,
            _topic_and_wording,
            _neighbours,
            _replaced_across,
            _same_count_across,
            _same_result_across,
            _denial_and_confirmation,
        )
    ),
    "denial_in_story": LinkRule((_denial_in_story,)),
    "later_reversal": LinkRule((_denied_words_reported,)),
    "contradicted_denial": LinkRule((_denial_contradicted,)),
    "money_relation": LinkRule((_both_give_sums,)),
    "_happening_relation": LinkRule((_rare_words_across,), "words across"),
    "_same_action_relation": LinkRule((_rare_words_across,), "across"),
    "_same_event_relation": LinkRule((_rare_words_across,), "words across"),
    "_same_act_relation": LinkRule((_rare_words_across,), "across"),
    "_lead_act_relation": LinkRule((_lead_acts_across,), "across"),
    "same_story_report": LinkRule((_untopical_content_across,)),
    "_said_not_to_exist": LinkRule((_none_said_to_exist_across, _no_plan_across), "words"),
    "announced_plan": LinkRule((_plan_across,)),
    "reversal_told_as_such": LinkRule((_reversal_told_across,)),
    "_said_otherwise": LinkRule((_negated_across,)),
    "_told_the_opposite_outcome": LinkRule((_outcomes_across,)),
    "_denies_the_blame": LinkRule((_one_denies,)),
    "stands_by_figure": LinkRule((_figure_kept_across,)),
    "_warned_relation": LinkRule((_warned_across,), "words across"),
    "_one_group_counted": LinkRule((_counts_across,), "words across"),
}


def _needs(asked: tuple[str, ...]) -> tuple[Need, ...]:
    """The tests of the rules asked at a stage, each once, in the order listed."""
    return tuple(dict.fromkeys(n for rule in LINK_RULES.values() if rule.asked in asked for n in rule.needs))


def _most_passed_first(needs: tuple[Need, ...]) -> tuple[Need, ...]:
    """``needs`` with the tests most pairs pass first (counted over the pairs a build relates of the test articles and
    synthetic ones: shared rare words, a denial, shared content words, a topic and wording), so that a pair some rule
    may link is let through soonest; the answer is the same in any order."""
    first = (_rare_words_across, _one_denies, _untopical_content_across, _topic_and_wording)
    return tuple(n for n in first if n in needs) + tuple(n for n in needs if n not in first)


# The tests of every rule that may link a pair sharing no measure, and of those asked after the figure rule of a
# pair sharing one has found no link.
_WITHOUT_FIGURES = _most_passed_first(_needs(("first", "always", "words", "words across", "across")))
_AFTER_FIGURES = _most_passed_first(_needs(("always", "across")))


def may_link(a: Features, b: Features, needs: tuple[Need, ...]) -> bool:
    """Whether any of the rules whose tests are ``needs`` could link the pair."""
    return any(need(a, b) for need in needs)


def _may(a: Features, b: Features, rule: str) -> bool:
    """Whether the rule's own tests let the pair through: ``_relate`` asks a rule only then (most pairs it relates
    could be linked by a rule or two, and the others' work would be spent on them for nothing)."""
    return _TESTS_OF[rule](a, b)


def _any_of(needs: tuple[Need, ...]) -> Need:
    """One test passing when any of ``needs`` does (a rule's only test itself: one call less, asked this often)."""
    if len(needs) == 1:
        return needs[0]
    return lambda a, b: may_link(a, b, needs)


_TESTS_OF: dict[str, Need] = {name: _any_of(rule.needs) for name, rule in LINK_RULES.items()}
