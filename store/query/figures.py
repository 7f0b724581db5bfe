"""Every reported figure, grouped by what it measures: the figures view's series.

A figure is one quantity of one claim. Its group is the claim's subject
("North Korean casualties") when the extraction gave one, else the
quantity's measure ("killed"); each row still names its own measure, so a
"600 killed, 4,100 wounded" claim shows both values under its subject.
One kind of unit per measure (``unit_family``): a subject reported in dollars
and as a ratio ("100 times the average wage") becomes two measures, so no bar
of one is drawn on the other's scale; counts of troops, soldiers and people
stay together.
A measure's series holds values of one role (``figure_series_role``): one
event's toll ("3 wounded in the strike"), a forecast or an addition each get a
series of their own, apart from the running totals and unmarked counts
("4,100 wounded since the war began"), so no chart draws one strike's toll
beside a cumulative one as if it were a fall or a rise.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from corpus.display import claim_when, one_line
from corpus.extract.quantities import is_figure
from corpus.model import Article, Claim, Quantity, is_background
from corpus.xref.figure_roles import FORECAST, INCIDENT, INCREMENT, PART, PRIOR, quantity_role
from store.query.conflicts import conflicting_ids
from store.query.ordering import date_key
from store.query.reader import CorpusReader

TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
FAMILY_NAMES = {"count": "number", "percent": "%", "ratio": "ratio", "duration": "time", "USD": "US$"}
# The roles drawn as series of their own, and how their label says so; running totals and
# figures whose words say neither stay in the measure's main series ("").
SERIES_OF_THEIR_OWN = {
    INCIDENT: "single incidents",
    FORECAST: "forecasts",
    INCREMENT: "additions",
    PART: "parts of a total",
    PRIOR: "earlier values",
}


@dataclass(frozen=True, slots=True)
class Figure:
    claim: Claim
    article: Article | None
    quantity: Quantity
    date: str | None
    date_estimated: bool
    conflicted: bool
    role: str = "count"  # quantity_role: incident, total, forecast, increment, part, prior or count

    @property
    def size(self) -> float:
        """The number the figure states, for scaling and sorting: its value when it
        states one ("approximately 6,000" is 6,000, whatever interval was kept with it),
        else the largest bound."""
        q = self.quantity
        if q.value is not None and (q.low is None) == (q.high is None):
            return q.value
        return max(n for n in (q.value, q.low, q.high, 0.0) if n is not None)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Where sources reporting the same thing for the same month differ most."""

    counted: str
    month: str
    low: float
    high: float
    sources: int


@dataclass(frozen=True, slots=True)
class Measure:
    label: str
    figures: tuple[Figure, ...]

    @property
    def sources(self) -> int:
        return len({f.claim.article_id for f in self.figures})

    def scale(self) -> float:
        """The bars' shared scale: the largest value (one kind of unit per measure)."""
        return max((f.size for f in self.figures), default=0.0)

    def _counted(self, figure: Figure) -> str:
        return figure.quantity.measure or self.label

    def disagreement(self) -> Disagreement | None:
        """Where sources reporting the same thing for the same month differ most; None when none do.

        Values of different dates are never compared: 100,000 in a 2022 rumour and
        6,000 in a 2025 report are not a rise, and one strike's 3 wounded is not a
        cumulative toll's 4,100."""
        groups: dict[tuple[str, str], list[Figure]] = {}
        for f in self.figures:
            if f.size > 0 and f.date:
                groups.setdefault((self._counted(f), f.date[:7]), []).append(f)
        found: list[tuple[float, str, str, float, float, int]] = []
        for (counted, month), figures in groups.items():
            low, high = min(f.size for f in figures), max(f.size for f in figures)
            reporting = {f.claim.article_id for f in figures}
            if len(reporting) > 1 and high > low:
                found.append((high / low, counted, month, low, high, len(reporting)))
        if not found:
            return None
        _, counted, month, low, high, sources = max(found)
        return Disagreement(counted, month, low, high, sources)

    def latest(self) -> Figure | None:
        """The most recently dated figure of the thing most often counted."""
        dated = [f for f in self.figures if f.date]
        if not dated:
            return None
        counts: dict[str, int] = {}
        for f in dated:
            counts[self._counted(f)] = counts.get(self._counted(f), 0) + 1
        most = max(counts, key=lambda name: counts[name])
        return max((f for f in dated if self._counted(f) == most), key=lambda f: date_key(f.date))

    def span(self) -> tuple[float, float]:
        sizes = [f.size for f in self.figures if f.size > 0]
        return (min(sizes), max(sizes)) if sizes else (0.0, 0.0)


def _has_number(quantity: Quantity) -> bool:
    """A reported figure with a number (a time span such as "within three months" is not one)."""
    return is_figure(quantity) and any(n is not None for n in (quantity.value, quantity.low, quantity.high))


def _key(label: str) -> str:
    return " ".join(label.casefold().split())


def unit_family(unit: str | None) -> str:
    """What can share a scale: a currency (each its own), a percentage, a ratio, a time span,
    else a count (of people, troops, workers...: the counted noun is no other unit)."""
    if not unit:
        return "count"
    if len(unit) == 3 and unit.isalpha() and unit.isupper():
        return unit  # a currency code: dollars and euros are not drawn on one scale
    folded = unit.casefold()
    if folded in ("percent", "%"):
        return "percent"
    if folded in ("times", "ratio"):
        return "ratio"
    if folded.rstrip("s") in TIME_UNITS:
        return "duration"
    return "count"


def collect_measures(corpus: CorpusReader, conflicting: Collection[str] | None = None) -> tuple[Measure, ...]:
    """Measures with their figures in date order, the most reported first.

    ``conflicting``: the claims in conflict, when the caller has them already.
    """
    if conflicting is None:
        conflicting = conflicting_ids(corpus.xrefs())
    articles = {a.id: a for a in corpus.articles()}
    groups: dict[tuple[str, str, str], tuple[str, list[Figure]]] = {}
    clean: dict[str | None, str] = {}  # labels repeat across thousands of claims: sanitise each once
    units: dict[str, set[str]] = {}
    for claim in corpus.claims():
        if is_background(claim):
            continue  # a figure in colour or opinion ("two of the officers kneel") is no reported figure
        article = articles.get(claim.article_id)
        date, estimated = claim_when(claim, article)
        for quantity in claim.quantities:
            raw = claim.subject or quantity.measure
            label = clean[raw] if raw in clean else clean.setdefault(raw, one_line(raw))
            if not label or not _has_number(quantity):
                continue  # a number nobody said what it counts cannot be compared
            role = quantity_role(claim, quantity, article.body if article else "")
            key = (_key(label), unit_family(quantity.unit), role if role in SERIES_OF_THEIR_OWN else "")
            units.setdefault(key[0], set()).add(key[1])
            _, figures = groups.setdefault(key, (label, []))
            figures.append(Figure(claim, article, quantity, date, estimated, claim.id in conflicting, role))
    measures = []
    for (name, unit, series), (label, figures) in groups.items():
        if len(units[name]) > 1:  # the same subject in other units too: say which this is
            label = f"{label} ({FAMILY_NAMES.get(unit, unit)})"
        if series:
            label = f"{label} ({SERIES_OF_THEIR_OWN[series]})"
        figures.sort(key=lambda f: (date_key(f.date), f.claim.article_id, f.quantity.start))
        measures.append(Measure(label, tuple(figures)))
    return tuple(sorted(measures, key=lambda m: (-len(m.figures), -m.sources, m.label.casefold())))
