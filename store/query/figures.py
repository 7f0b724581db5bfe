"""Every reported figure, grouped by what it measures: the figures view's series.

A figure is one quantity of one claim. Its group is the claim's subject
("North Korean casualties") when the extraction gave one, else the
quantity's measure ("killed"); each row still names its own measure, so a
"600 killed, 4,100 wounded" claim shows both values under its subject.
One measure per series: a subject reported as killed, as wounded and as
casualties ("North Korean casualties") is three series, each label naming its
measure ("North Korean casualties: killed"), so no chart sets one strike's dead
beside a toll of dead and wounded as if they were one figure moving.
One kind of unit per measure (``unit_family``): a subject reported in dollars
and as a ratio ("100 times the average wage") becomes two measures, so no bar
of one is drawn on the other's scale; counts of troops, soldiers and people
stay together.
A measure's series holds values of one role (``figure_series_role``): one
event's toll ("3 wounded in the strike"), a forecast or an addition each get a
series of their own, apart from the running totals and unmarked counts
("4,100 wounded since the war began"), so no chart draws one strike's toll
beside a cumulative one as if it were a fall or a rise.
A subject that names no party or place ("shares", "people", "prices") is no
one thing across stories: reported by several articles, its series is split by
the party each article's headline names ("shares (Harlow Motors)"), else by the
article (labelled with its title), so one company's fall is never drawn beside
another's, nor a plant's workforce beside a town's evacuees. Decided when the
series are made; the stored view columns are unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt

from corpus.display import one_line
from corpus.model import Article, Claim, Quantity
from store.query.ordering import date_key
from store.query.reader import CorpusReader
from store.query.view_source import ViewSource, decoded
from store.rows import IndexedRows, Reordered
from store.view_rows import SEPARATOR

# The roles a figure's words give it, as ``corpus.xref.figure_roles`` names them and the view
# columns store them. Named here, not imported: that module, and the cross-references' rules that
# make the view columns (``figure_facts``: imported where it runs), import the extraction pipeline,
# which the browser's figures view, made from the stored columns, never runs (importing it cost the
# browser ~6.5 MB and ~0.2 s CPU at every start). A test holds the two to the same names.
INCIDENT, FORECAST, INCREMENT, LIMIT, PART, PRIOR = "incident", "forecast", "increment", "limit", "part", "prior"
CHANGE = "change"  # a figure the text gives as a move ("rose by 500"), not a value of the count
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})
FAMILY_NAMES = {"count": "number", "percent": "%", "ratio": "ratio", "duration": "time", "USD": "US$"}
# The roles drawn as series of their own, and how their label says so; running totals and
# figures whose words say neither stay in the measure's main series ("").
SERIES_OF_THEIR_OWN = {
    INCIDENT: "single incidents",
    FORECAST: "forecasts",
    INCREMENT: "additions",
    LIMIT: "limits and capacities",
    PART: "parts of a total",
    PRIOR: "earlier values",
    CHANGE: "changes",
}


@dataclass(frozen=True, slots=True)
class Figure:
    claim: Claim
    article: Article | None
    quantity: Quantity
    date: str | None  # when it was told: the claim's date (``claim_when``)
    date_estimated: bool
    conflicted: bool
    role: str = "count"  # quantity_role: incident, total, forecast, increment, part, prior or count

    @property
    def period(self) -> str | None:
        """The time the figure is for, when the text names one ("rose 3.1% in July": "2026-07")."""
        return self.quantity.period or None

    @property
    def when(self) -> str | None:
        """What a series orders it by: the time it is for when known, else when it was told."""
        return self.period or self.date

    @property
    def size(self) -> float:
        """The number the figure states, for scaling and sorting: its value when it
        states one ("approximately 6,000" is 6,000, whatever interval was kept with it),
        else the largest bound."""
        return figure_size(self.quantity)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Where sources reporting the same thing for the same date differ most."""

    counted: str
    when: str  # the date as given: a day, or a month
    low: float
    high: float
    sources: int


@dataclass(frozen=True, slots=True)
class Measure:
    """One series: its label and its figures in date order (each made when first read)."""

    label: str
    figures: Sequence[Figure]
    sizes: npt.NDArray[np.float64] = field(repr=False, compare=False)  # each figure's, in that order
    sources: int = 0  # how many articles report a value of it
    # per figure, in that order: what it counts ("" for the measure's label), its date (the time it is for
    # when known, ``Figure.when``: its period, else the claim's date), its article
    counted: Sequence[str] = field(default=(), repr=False, compare=False)
    dates: npt.NDArray[np.bytes_] = field(default_factory=lambda: np.zeros(0, "S1"), repr=False, compare=False)
    articles: npt.NDArray[np.intp] = field(default_factory=lambda: np.zeros(0, np.intp), repr=False, compare=False)
    # per figure, in that order: the lowest number it states (``figure_low``); none: its size
    lows: npt.NDArray[np.float64] = field(default_factory=lambda: np.zeros(0), repr=False, compare=False)
    # per figure, in that order: a bound (only a floor or only a ceiling, ``_is_bound``); none: each
    # figure is read to tell
    bounds: npt.NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, bool), repr=False, compare=False)
    # per figure, in that order: words with no number ("several thousand"), whose size is an end of
    # an interval read from the words, not a number reported; none: each figure is read to tell
    vague: npt.NDArray[np.bool_] = field(default_factory=lambda: np.zeros(0, bool), repr=False, compare=False)
    # per figure, in that order: the time it is for as the text names it (``Quantity.period``), b"" if none
    periods: npt.NDArray[np.bytes_] = field(default_factory=lambda: np.zeros(0, "S1"), repr=False, compare=False)

    def has_periods(self) -> bool:
        """Whether any of its figures names the time it is for (the view then shows it)."""
        if len(self.periods) == len(self.sizes):
            return bool((self.periods != b"").any())
        return any(f.quantity.period for f in self.figures)

    def _vague(self) -> npt.NDArray[np.bool_]:
        if len(self.vague) == len(self.sizes):
            return self.vague
        return np.fromiter((f.quantity.vague for f in self.figures), bool, len(self.sizes))

    def _said(self) -> npt.NDArray[np.float64]:
        """Each figure's size, 0 for words with no number: what a scale, a span or a comparison
        may be made of."""
        return np.where(self._vague(), 0.0, self.sizes)

    def gives_numbers(self) -> bool:
        """Any of its figures reports a number (not only words such as "dozens")."""
        return not self._vague().all()

    def by_size(self) -> Sequence[Figure]:
        """Its figures, the largest first (the order of equal ones kept), then words with no
        number ("several thousand" is not 10,000), each made when read."""
        return Reordered(self.figures, np.lexsort((-self.sizes, self._vague())))

    def scale(self) -> float:
        """The bars' shared scale: the largest value reported (one kind of unit per measure); the
        top of an interval read from words ("several thousand": 2,000-10,000) was not reported."""
        return float(self._said().max()) if len(self.sizes) else 0.0

    def disagreement(self) -> Disagreement | None:
        """Where sources reporting the same thing for the same date differ most; None when none do.

        Values of different dates are never compared: 100,000 in a 2022 rumour and
        6,000 in a 2025 report are not a rise, one strike's 3 wounded is not a
        cumulative toll's 4,100, and a toll of 42 on the 2nd is not at odds with one of
        58 on the 7th. Reports of one day are compared, and a report dated only by its
        month with those of any day of it (its day is not known). A bound ("at least 42",
        "as many as 100,000") disagrees with nothing: only stated values and closed
        intervals are compared."""
        groups: dict[tuple[str, bytes], list[int]] = {}
        months = self.dates.astype("S7")
        for number in np.flatnonzero((self._said() > 0) & (self.dates != b"")).tolist():
            groups.setdefault((self.counted[number] or self.label, bytes(months[number])), []).append(number)
        # (the widest ratio it could show, counted, date as told, its figures): a set's figures
        # are read (to tell a bound) only while its ratio could still be the widest
        candidates: list[tuple[float, str, str, list[int]]] = []
        for (counted, month), members in groups.items():
            whole_month = [n for n in members if len(self.dates[n]) <= len(month)]
            days: dict[bytes, list[int]] = {}
            for n in members:
                if len(self.dates[n]) > len(month):
                    days.setdefault(bytes(self.dates[n]), []).append(n)
            # each day with the reports of the whole month; the month's alone
            compared = [(day, numbers + whole_month) for day, numbers in days.items()] + [(month, whole_month)]
            for day, numbers in compared:
                sizes = self.sizes[numbers]
                if len(set(self.articles[numbers].tolist())) > 1 and sizes.max() > sizes.min():
                    told = month if whole_month else day  # as precise as the least precise report
                    by_size = [numbers[i] for i in np.argsort(sizes, kind="stable").tolist()]
                    when = told.decode("utf-8", "surrogatepass")
                    candidates.append((float(sizes.max() / sizes.min()), counted, when, by_size))
        best: tuple[float, str, str, float, float, int] | None = None
        for widest, counted, when, by_size in sorted(candidates, key=lambda c: c[0], reverse=True):
            if best is not None and widest < best[0]:
                break
            pair = self._widest_pair(by_size)
            if pair is not None:
                low, high = float(self.sizes[pair[0]]), float(self.sizes[pair[1]])
                found = (high / low, counted, when, low, high, len(set(self.articles[by_size].tolist())))
                best = found if best is None else max(best, found)
        if best is None:
            return None
        _, counted, when, low, high, sources = best
        return Disagreement(counted, when, low, high, sources)

    def _widest_pair(self, by_size: list[int]) -> tuple[int, int] | None:
        """The lowest and highest stated figures of ``by_size`` (in size order) that two different
        sources reported, farthest apart; None when no two sources differ. Told from the measure's
        bound flags, no figure made (thousands of floors from one article were each made to tell
        they were floors: 0.45 s at 100k synthetic claims)."""
        order = np.asarray(by_size, np.intp)
        bounds = self.bounds
        if len(bounds) != len(self.sizes):  # a measure made without them: read from its figures
            bounds = np.fromiter((_is_bound(f.quantity) for f in self.figures), bool, len(self.sizes))
        stated = ~(bounds | self._vague())[order]
        articles = self.articles[order]

        def first(reverse: bool, not_from: int | None = None) -> int | None:
            wanted = stated if not_from is None else stated & (articles != not_from)
            places = np.flatnonzero(wanted)
            return None if not len(places) else int(order[places[-1] if reverse else places[0]])

        pairs = []
        low = first(False)
        if low is not None:
            high = first(True, int(self.articles[low]))
            if high is not None:
                pairs.append((low, high))
        high = first(True)
        if high is not None:
            other = first(False, int(self.articles[high]))
            if other is not None:
                pairs.append((other, high))
        pairs = [(lo, hi) for lo, hi in pairs if self.sizes[hi] > self.sizes[lo]]
        return max(pairs, key=lambda pair: self.sizes[pair[1]] / self.sizes[pair[0]], default=None)

    def latest(self) -> Figure | None:
        """The most recently dated figure of the thing most often counted."""
        dated = np.flatnonzero(self.dates != b"").tolist()
        dates = self.dates.tolist()
        if not dated:
            return None
        counts: dict[str, int] = {}
        for number in dated:
            counted = self.counted[number] or self.label
            counts[counted] = counts.get(counted, 0) + 1
        most = max(counts, key=lambda name: counts[name])
        chosen = [n for n in dated if (self.counted[n] or self.label) == most]
        return self.figures[
            max(chosen, key=lambda n: date_key(period_order(dates[n].decode("utf-8", "surrogatepass"))))
        ]

    def span(self) -> tuple[float, float]:
        """The lowest and highest numbers reported: a stated range's low end ("3,800-4,000" is
        3,800), never a bound nobody said, nor an end of an interval read from words ("several
        thousand"); (0, 0) when no figure gives a number."""
        reported = self._said() > 0
        if not reported.any():
            return (0.0, 0.0)
        lows = self.lows if len(self.lows) == len(self.sizes) else self.sizes
        return (float(np.minimum(lows, self.sizes)[reported].min()), float(self.sizes[reported].max()))


class FigureRows(IndexedRows[Figure]):
    """A measure's figures, each made when first read (and kept); read in order, all made at
    once: a measure of thousands of values shows a screenful, or lists them all."""

    def __init__(self, source: ViewSource, figures: np.ndarray) -> None:
        self._source = source
        self._figures = figures  # rows of the figure columns, in the measure's order
        self._made: list[Figure] | None = None
        self._made_one: dict[int, Figure] = {}  # rows read alone, before all were made

    def __len__(self) -> int:
        return len(self._figures)

    def row_at(self, row: int) -> Figure:
        if self._made is not None or len(self) <= 64:
            return self._all()[row]
        made = self._made_one.get(row)
        if made is None:  # kept: a drawn row is read again on Enter, by latest(), on a redraw
            made = self._made_one[row] = self._one(row)
        return made

    def rows_in(self, rows: range) -> list[Figure]:
        made = self._all()
        return [made[row] for row in rows]

    def __iter__(self) -> Iterator[Figure]:
        return iter(self._all())

    def _one(self, index: int) -> Figure:
        return self._make(self._figures[index : index + 1 or None])[0]

    def _all(self) -> list[Figure]:
        if self._made is None:
            self._made = self._make(self._figures)
        return self._made

    def _make(self, numbers: np.ndarray) -> list[Figure]:
        source, columns = self._source, self._source.rows
        rows = columns["figure_row"][numbers]
        claims = source.claims(rows)
        if source.holds_claims:  # the claims' own quantities
            which = columns["figure_quantity"][numbers].tolist()
            quantities = [claim.quantities[i] for claim, i in zip(claims, which, strict=True)]
        else:
            quantities = columns.figure_quantities(numbers)
        return list(
            map(
                Figure,
                claims,
                decoded(columns["article"][rows], source.articles.get),
                quantities,
                decoded(columns["date"][rows], lambda date: date or None),
                columns["estimated"][rows].tolist(),
                source.conflicted_rows()[rows].tolist(),
                columns.category("figure_role", numbers),
            )
        )


def _is_bound(quantity: Quantity) -> bool:
    """Only a floor or only a ceiling: "at least 42", "more than 6,000", "as many as 100,000"."""
    return (quantity.low is None) != (quantity.high is None)


def _has_number(quantity: Quantity) -> bool:
    """A reported figure with a number (a time span such as "within three months" is not one)."""
    from corpus.extract.quantities import is_figure

    return is_figure(quantity) and any(n is not None for n in (quantity.value, quantity.low, quantity.high))


def _key(label: str) -> str:
    return " ".join(label.casefold().split())


def measure_label(label: str, measure: str) -> str:
    """A series' label when its subject has several measures: "North Korean casualties: killed";
    the subject alone when it names the measure already ("North Korean casualties" for casualties)."""
    words = set(_key(label).split())
    measure = one_line(measure)
    if not measure or set(_key(measure).split()) <= words:
        return label
    return f"{label}: {measure}"


_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def names_a_party(label: str, entities: Collection[str]) -> bool:
    """Whether a series' subject names a party or place, so that reports of it in other stories
    are of the same thing: a capitalised word after its first ("North Korean casualties",
    "prices in Gaza"), an acronym ("EU tariffs"), or a first word that is (or, as a demonym,
    shares five letters with) a word of a name the claims give ("Ukrainian casualties" with
    Ukraine). A capitalised first word alone is no name: a sentence begins with it
    ("Shares in the company fell 7%")."""
    words = _WORD.findall(label)
    if not words:
        return False
    if any(word[0].isupper() for word in words[1:]):
        return True
    first = words[0]
    if not first[0].isupper():
        return False
    if len(first) > 1 and first.isupper():
        return True
    folded = first.casefold()
    for name in entities:
        for word in name.casefold().split():
            if word == folded or (len(word) >= 5 and len(folded) >= 5 and word[:5] == folded[:5]):
                return True
    return False


def headline_names(title: str, entities: Collection[str]) -> list[str]:
    """The names of ``entities`` an article's headline gives, in the order it gives them (of
    names starting at one place, the longest)."""
    found: list[tuple[int, int, str]] = []
    for name in entities:
        if not name.strip() or name not in title:
            continue
        match = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", title)
        if match is not None:
            found.append((match.start(), -len(name), name))
    return [name for _, _, name in sorted(found)]


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


def figure_size(quantity: Quantity) -> float:
    """The number a figure states, for scaling and sorting (``Figure.size``)."""
    q = quantity
    if q.value is not None and (q.low is None) == (q.high is None):
        return q.value
    return max(n for n in (q.value, q.low, q.high, 0.0) if n is not None)


_NUMERAL = re.compile(r"\d[\d,.]*")


def figure_low(quantity: Quantity) -> float:
    """The lowest number a figure states: a range's low end when the text gives both ends in
    figures ("3,800-4,000": 3,800); else its size (``figure_size``). An interval read from words
    ("several thousand") or kept around an approximate value ("about 6,000") was not said."""
    q = quantity
    if (
        q.low is not None
        and q.high is not None
        and q.low < q.high
        and (q.value is None or q.value == q.high)
        and len(_NUMERAL.findall(q.text or "")) >= 2
    ):
        return q.low
    return figure_size(q)


@dataclass(frozen=True, slots=True)
class FigureFacts:
    """What groups one figure into a series (``figure_facts``)."""

    label: str  # the series' label as this figure would give it
    family: str  # unit family (``unit_family``)
    series: str  # a role drawn as a series of its own (``SERIES_OF_THEIR_OWN``), else ""
    role: str  # ``quantity_role``
    size: float
    measure: str  # what it counts: the cross-references' measure when they compare it, else the extractor's
    named: str  # what it counts as the words name it ("troops deployed", compared as troops)
    owner: str  # whose or where it is, when the subject names a party ("North Korean"), else ""


def series_measure(framed_quantity: Quantity) -> str | None:
    """The measure the cross-references compare a figure by (``compared_measure`` of its frame, see
    ``corpus.xref.frames.framed``), a change's too ("rose by 500" is a change of that measure); None
    when they compare it with nothing (a bare amount, a share, a ratio)."""
    from corpus.xref.features import compared_measure

    if framed_quantity.change in ("up", "down"):
        framed_quantity = replace(framed_quantity, change="=")
    return compared_measure(framed_quantity)


def subject_owner(subject: str, entities: Collection[str]) -> str:
    """Whose or where a subject's figures are, read as the cross-references read it (the capitalised
    words it opens with: "North Korean" of "North Korean casualties"), when it names a party at all
    (``names_a_party``: "Shares in the company" names none); else the whole subject when a party is
    named further in ("prices in Gaza"); else ""."""
    if not subject or not names_a_party(subject, entities):
        return ""
    from corpus.xref.features import owner_words

    owner = owner_words(subject)  # (as Features.nationality is read)
    return one_line(owner) if owner else subject


def figure_facts(
    claim: Claim,
    quantity: Quantity,
    article: Article | None,
    labels: dict[str | None, str],
    framed_quantity: Quantity | None = None,
) -> FigureFacts | None:
    """What groups one of a (non-background) claim's quantities into a series; None when it is no
    figure to show (a number nobody said what it counts cannot be compared). ``labels``: sanitised
    labels, kept between calls. ``framed_quantity``: the quantity as ``framed(claim)`` reads it.

    A figure the cross-references compare is put in the series of their measure (one running count
    of cholera cases is one series whether a report wrote "1,240 people infected", "1,870 cases" or
    "the number of cases has risen to"), of the party the claim's subject names, if any; else, as
    before, in its subject's series."""
    raw = claim.subject or quantity.measure
    if raw != quantity.measure and quantity.measure and any(q.measure == raw for q in claim.quantities):
        # "held its rate at 3.75% as inflation eased to 2.4%": the subject is what another figure measures
        raw = quantity.measure
    label = labels[raw] if raw in labels else labels.setdefault(raw, one_line(raw))
    if not _has_number(quantity):
        return None
    from corpus.xref.figure_roles import quantity_role
    from corpus.xref.frames import SHARE_MOVES

    role = quantity_role(claim, quantity, article.body if article else "")
    series = role if role in SERIES_OF_THEIR_OWN else ""
    family = unit_family(quantity.unit)
    compared = series_measure(framed_quantity if framed_quantity is not None else quantity)
    if compared:
        measure = one_line(compared)
        # labelled as the words name it ("troops deployed"; the cross-references compare it as troops)
        named = one_line((framed_quantity or quantity).measure) or measure
        subject = (
            labels[claim.subject]
            if claim.subject in labels
            else labels.setdefault(claim.subject, one_line(claim.subject))
        )
        owner = subject_owner(subject, claim.entities)
        label = measure_label(subject, named) if owner else named
        if not series and quantity.change in ("up", "down") and measure not in SHARE_MOVES:
            series = CHANGE  # "rose by 500": by how much it moved, not a value of the count
        return FigureFacts(label, family, series, role, figure_size(quantity), measure, named, owner)
    if not label:
        return None
    measure = quantity.measure or ""
    return FigureFacts(label, family, series, role, figure_size(quantity), measure, measure, "")


def collect_measures(corpus: CorpusReader, conflicting: Collection[str] | None = None) -> tuple[Measure, ...]:
    """Measures with their figures in date order, the most reported first.

    ``conflicting``: the claims in conflict, when the caller has them already.
    """
    return measures_of(ViewSource.of(corpus, conflicting))


def measures_of(source: ViewSource) -> tuple[Measure, ...]:
    """``collect_measures`` from a corpus's view columns: grouped and sorted in numpy, each
    figure made when read."""
    from store.mapped import release

    rows = source.rows
    claim_row = rows["figure_row"]
    if not len(claim_row):
        return ()
    # a series: one label, unit family and role (the stored group), and one measure: a subject's
    # killed, wounded and casualties are three series, never bars of one chart
    measure_codes = rows["figure_measure.code"].astype(np.int64)
    stored = np.unique(rows["figure_group"], return_inverse=True)[1].astype(np.int64)
    _codes, firsts, group = np.unique(
        stored * (int(measure_codes.max()) + 1) + measure_codes, return_index=True, return_inverse=True
    )
    told = rows["date"][claim_row]
    periods = rows["figure_period"]
    # when each figure is for: its period when the text names one, else when it was told
    dates = np.where(periods != b"", periods, told) if (periods != b"").any() else told
    articles = rows["article"][claim_row]
    # a subject naming no party, reported by several articles: a series per party (or article)
    parties = _parties(source, group, firsts, claim_row, articles)
    if parties:
        party_names = list(dict.fromkeys(parties.values()))
        code_of = {name: number for number, name in enumerate(party_names, 1)}
        party_codes = np.zeros(len(claim_row), np.int64)
        for figure, name in parties.items():
            party_codes[figure] = code_of[name]
        _codes, firsts, group = np.unique(
            group.astype(np.int64) * (len(party_names) + 1) + party_codes, return_index=True, return_inverse=True
        )
    # by series, then as date_key orders (undated last), then article and place in it
    order = np.lexsort((rows["figure_start"], articles, _in_order(dates, periods), dates == b"", group))
    bounds = np.flatnonzero(np.diff(group[order])) + 1
    article_codes = np.unique(articles, return_inverse=True)[1]
    reporting = np.unique(group.astype(np.int64) * (int(article_codes.max()) + 1) + article_codes)
    sources = np.bincount(reporting // (int(article_codes.max()) + 1), minlength=len(firsts))
    release(rows)  # the sweeps' pages given back before the figures are listed (mapped columns)
    names = rows["figure_name"]
    families = rows.category("figure_family", firsts)
    series = rows.category("figure_series", firsts)
    measured = rows.category("figure_measure", np.arange(len(claim_row)))
    named = rows.category("figure_named", np.arange(len(claim_row)))  # as the words name it
    units: dict[int, set[str]] = {}
    kinds: dict[tuple[int, str], set[str]] = {}  # the measures reported under one label in one unit
    for first, family in zip(firsts.tolist(), families, strict=True):
        units.setdefault(int(names[first]), set()).add(family)
        kinds.setdefault((int(names[first]), family), set()).add(_key(measured[first]))
    sizes = rows["figure_size"]
    lows, open_ended, vague = _ends(source)
    measures = []
    for members in np.split(order, bounds):
        which = int(group[members[0]])
        first = int(firsts[which])
        label, unit, own = rows.strings["figure_label"][first], families[which], series[which]
        if len(kinds[int(names[first]), unit]) > 1:  # the subject's other measures too: say which this is
            label = measure_label(label, measured[first])
        if len(units[int(names[first])]) > 1:  # the same subject in other units too: say which this is
            label = f"{label} ({FAMILY_NAMES.get(unit, unit)})"
        if first in parties:
            label = f"{label} ({parties[first]})"
        if own:
            label = f"{label} ({SERIES_OF_THEIR_OWN[own]})"
        measures.append(
            Measure(
                label,
                FigureRows(source, members),
                sizes[members],
                int(sources[which]),
                [named[m] for m in members.tolist()],
                dates[members],
                article_codes[members],
                lows[members],
                open_ended[members],
                vague[members],
                periods[members],
            )
        )
    return tuple(sorted(measures, key=lambda m: (-len(m.figures), -m.sources, m.label.casefold())))


def period_order(when: str) -> str:
    """A date or period as a key that sorts in time: a quarter or a half as its first month
    ("2026-Q3": "2026-07", "2026-H2": "2026-07"), so "2026-Q1" is not put after "2026-12"; a year,
    a month or a day as it is (a partial date sorts before the days inside it)."""
    match = _QUARTER_OR_HALF.fullmatch(when)
    if match is None:
        return when
    year, quarter, half = match.groups()
    month = (int(quarter) - 1) * 3 + 1 if quarter else (int(half) - 1) * 6 + 1
    return f"{year}-{month:02d}"


_QUARTER_OR_HALF = re.compile(r"(\d{4})-(?:Q([1-4])|H([12]))")


def _in_order(dates: npt.NDArray[np.bytes_], periods: npt.NDArray[np.bytes_]) -> npt.NDArray[np.bytes_]:
    """``dates`` (each figure's period when it has one, else its claim's date) as keys that sort in
    time (``period_order``): only a period can be a quarter or a half, so only those are read."""
    named = np.flatnonzero(periods != b"")
    if not len(named):
        return dates
    keys: dict[bytes, bytes] = {}
    for value in set(periods[named].tolist()):
        key = period_order(value.decode("utf-8", "surrogatepass")).encode("utf-8", "surrogatepass")
        if key != value:
            keys[value] = key
    if not keys:
        return dates
    ordered = dates.copy()
    for number in named.tolist():
        moved = keys.get(bytes(periods[number]))
        if moved is not None:
            ordered[number] = moved
    return ordered


_MOST_STORIES_SPLIT = 12


def _parties(
    source: ViewSource,
    group: np.ndarray,
    firsts: np.ndarray,
    claim_row: np.ndarray,
    articles: npt.NDArray[np.bytes_],
) -> dict[int, str]:
    """Per figure of a series to split, the part it goes to: the party its article's headline
    names first, else the article's title (shortened). A series is split when its subject names
    no party, several articles report it, and no one name is common to all its figures (the
    names each claim gives, with those its article's headline gives): "troops deployed" in
    three reports that each name North Korea is one story; "shares" of a carmaker and of a
    miner are two."""
    rows = source.rows
    labels, entities = rows.strings["figure_label"], rows.strings["entities"]
    read: dict[int, frozenset[str]] = {}

    def names_of(row: int) -> frozenset[str]:
        """The names claim ``row`` gives (each claim's read once)."""
        if row not in read:
            read[row] = frozenset(n for n in entities[row].split(SEPARATOR) if n)
        return read[row]

    article_codes = np.unique(articles, return_inverse=True)[1].astype(np.int64)
    base = int(article_codes.max()) + 1
    reporting = np.unique(group.astype(np.int64) * base + article_codes)
    stories = np.bincount(reporting // base, minlength=len(firsts))
    # A bare noun more articles report than this is the corpus's common word, not a story's: split, it would list
    # a series per article (80k one-value series at 100k synthetic claims: 'f' 0.5 -> 2.5 s); kept whole, each of
    # its rows still names its source.
    several = np.flatnonzero((stories > 1) & (stories <= _MOST_STORIES_SPLIT))
    if not len(several):
        return {}
    order = np.argsort(group, kind="stable")
    starts = np.searchsorted(group[order], several)
    ends = np.searchsorted(group[order], several, side="right")
    candidates: list[tuple[np.ndarray, dict[int, frozenset[str]]]] = []
    for which, start, end in zip(several.tolist(), starts.tolist(), ends.tolist(), strict=True):
        label = labels[int(firsts[which])]
        if _WORD.search(label) is None or names_a_party(label, ()):
            continue  # no word, or a name by its form alone: no claim's names need be read
        members = order[start:end]
        given = {row: names_of(row) for row in set(claim_row[members].tolist())}
        if not names_a_party(label, set().union(*given.values())):
            candidates.append((members, given))
    if not candidates:
        return {}
    wanted = {bytes(a) for members, _ in candidates for a in articles[members].tolist()}
    article_of = rows["article"]
    named: dict[bytes, set[str]] = {article: set() for article in wanted}
    for row in np.flatnonzero(np.isin(article_of, list(wanted))).tolist():
        named[bytes(article_of[row])].update(names_of(row))
    headlines: dict[bytes, list[str]] = {}
    titles: dict[bytes, str] = {}
    for article, names in named.items():
        found = source.articles.get(article.decode("utf-8", "surrogatepass"))
        titles[article] = one_line(found.title) if found is not None else ""
        headlines[article] = headline_names(titles[article], names)
    parties: dict[int, str] = {}
    for members, given in candidates:
        figure_articles = [bytes(a) for a in articles[members].tolist()]
        rows_of = claim_row[members].tolist()
        # a name any of its reports gives is one a headline can name: "Zambia cholera cases climb" is about
        # the Zambia another report's claims name, though its own claims name only a province and a city
        reported = set().union(*(named[article] for article in set(figure_articles)))
        story = {article: headline_names(titles[article], reported) for article in set(figure_articles)}
        told = [
            _with_places(given[row].union(story[article]))
            for row, article in zip(rows_of, figure_articles, strict=True)
        ]
        parts = _stories(figure_articles, told)
        if len(parts) == 1:
            continue
        for part in parts:
            name = _story_name([told[i] for i in part], [story[figure_articles[i]] for i in part])
            if name is None:
                article = figure_articles[part[0]]
                name = f"“{one_line(titles[article] or article.decode('utf-8', 'replace'), 40)}”"
            for i in part:
                parties[int(members[i])] = name
    return parties


def _stories(articles: Sequence[bytes], told: Sequence[frozenset[str]]) -> list[list[int]]:
    """The figures (by place in ``articles``) in stories: those of one article are of one story, and
    figures whose names (``told``) share one are too; an article naming nothing is a story of its own
    (its count may be of any place)."""
    parent = list(range(len(articles)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first: dict[bytes | str, int] = {}  # an article (bytes) or a name (str): the first figure of it
    for i, (article, names) in enumerate(zip(articles, told, strict=True)):
        keys: list[bytes | str] = [article, *names]
        for key in keys:
            j = first.setdefault(key, i)
            parent[root(i)] = root(j)
    parts: dict[int, list[int]] = {}
    for i in range(len(articles)):
        parts.setdefault(root(i), []).append(i)
    return list(parts.values())


def _story_name(told: Sequence[frozenset[str]], headlines: Sequence[list[str]]) -> str | None:
    """The name a story's figures give most often (of those most often, one a headline gives first);
    None when they give none."""
    counts: dict[str, int] = {}
    for names in told:
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    in_headlines = {name for names in headlines for name in names}
    return max(sorted(counts), key=lambda name: (counts[name], name in in_headlines, len(name)))


def _with_places(names: frozenset[str]) -> frozenset[str]:
    """``names`` with the places their demonyms are formed from ("Zambian": Zambia), as the
    cross-references read them (``demonym_bases``)."""
    from corpus.xref.subjects import demonym_bases

    return names.union(base for name in names for base in demonym_bases(name))


def figure_ends(quantity: Quantity) -> tuple[float, bool, bool]:
    """What the figures' model reads of every figure besides its size: the lowest number it
    states (``figure_low``), whether it is a bound (``_is_bound``) and whether it is words with no
    number (``Quantity.vague``). Kept as view columns when a claim is stored
    (``store/view_rows.py``), so that making the model reads no stored quantity."""
    return figure_low(quantity), _is_bound(quantity), bool(quantity.vague)


def _ends(
    source: ViewSource,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """Per figure, ``figure_ends`` as three arrays: the view columns (made from the claims' own
    quantities when they are held, else mapped from ``<db>.views.npz``)."""
    rows = source.rows
    return rows["figure_low"], rows["figure_bound"], rows["figure_vague"]
