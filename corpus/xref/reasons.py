"""One-line, human reasons that name the evidence: figures, who, when."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.extract.units import DURATIONS
from corpus.xref.features import FAMILY, Features, compared_measure, framed_claim, measure_named_alike
from corpus.xref.frames import OUTCOME_MEASURES
from corpus.xref.memo import per_claim
from corpus.xref.origins import figure_sources

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_ORDER = (
    "killed",
    "wounded",
    "casualties",
    "troops deployed",
    "troops",
    "workers",
    "payment per person",
    "payment per month",
    "casualty rate",
)


@lru_cache(maxsize=4096)
def when_label(iso: str | None) -> str:
    if not iso:
        return "undated"
    parts = iso.split("-")
    if len(parts) >= 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def _number(x: float) -> str:
    if x >= 1e9 and x % 1e8 == 0:
        return f"{x / 1e9:g} billion"  # "2.1 billion", not "2100 million"
    if x >= 1e6 and x % 1e5 == 0:
        return f"{x / 1e6:g} million"
    # every decimal the text gave (a 4.75% rate is never "4.8%"); floats carry no more than six here
    return f"{x:,.0f}" if x == int(x) else f"{x:,.6f}".rstrip("0")


def figure_label(value: float | None, low: float | None, high: float | None) -> str:
    if value is not None and low == value and high is None:
        return f"at least {_number(value)}"
    if value is not None and high == value and low is None:
        return f"up to {_number(value)}"
    if value is not None:
        approx = low is not None and high is not None and (low != value or high != value)
        return ("about " if approx else "") + _number(value)
    if low is not None and high is not None:
        return f"{_number(low)}-{_number(high)}"
    if low is not None:
        return f"over {_number(low)}"
    if high is not None:
        return f"up to {_number(high)}"
    return "?"


@per_claim
def _figures_labels(f: Features) -> dict[str, str]:
    """A claim's ``figures_label`` by family, worded once each (a claim's kept links word it many times)."""
    return {}


def figures_label(f: Features, family: str) -> str:
    labels = _figures_labels(f)
    label = labels.get(family)
    if label is None:
        label = labels[family] = _worded_figures(f, family)
    return label


def _worded_figures(f: Features, family: str) -> str:
    parts = []
    shown = [m for m in _ORDER if m in f.figures and FAMILY.get(m) == family]
    shown += [m for m in f.figures if m not in _ORDER and FAMILY.get(m, m) == family and m != "casualties total"]
    if "killed" in shown and "wounded" in shown and "casualties" in shown:
        shown.remove("casualties")  # the sum was derived, the parts were stated
    # (a percent of this measure: "145% tariff rate", not "145 tariff rate"; never "12% hospital" because the
    # claim also gives a "12% pay rise")
    # (a fall as compared is a rise with the sign turned: "shrank 0.1%" is "-0.1%")
    percents = {
        (compared_measure(q), q.value) for c in (f.claim, framed_claim(f)) for q in c.quantities if q.unit == "percent"
    }
    percent_values = {value for _, value in percents}
    other_values = {q.value for q in f.claim.quantities if q.unit != "percent"}
    for measure in shown:
        value, low, high = f.figures[measure]
        label = figure_label(value, low, high)
        own = [q for q in f.claim.quantities if compared_measure(q) == measure]
        bound = _BOUND_WORDS.match(own[0].text) if len(own) == 1 and own[0].value == value else None
        if bound and value is not None and own[0].change in ("<", ">"):
            # "fewer than 20,000", "more than 300": the bound as the text words it, not "up to" or "at least"
            label = f"{' '.join(bound.group(1).lower().split())} {_number(value)}"
        vague = [q for q in own if q.value is None]
        if value is None and len(vague) == 1:
            # "dozens", "hundreds of": as written, never the bounds a comparison gives it as if reported
            label = re.sub(r"(?i)\s+of$", "", vague[0].text.strip()).lower()
        if value is not None and (
            (measure, value) in percents or (value in percent_values and value not in other_values)
        ):
            label = re.sub(r"(\d)(?!.*\d)", r"\1%", label)
        if measure == "passenger" and value is None and low is not None and high is not None and high > low:
            # "68 passengers and four crew" is compared as 68 to 72 aboard: told as the text gives it
            parts.append(f"{_number(low)} passengers and {_number(high - low)} crew")
            continue
        if measure.startswith("payment"):
            parts.append(_money_label(label, f, measure))
        elif measure == "area" and (unit := f.durations.get(measure)):
            parts.append(f"{label} {unit}s")  # "about 12,000 hectares", "nearly 30,000 acres": as written
        elif measure == "age":
            parts.append(f"aged {label}")
        elif duration := _duration_of(f, measure):
            parts.append(f"{_as_written(measure, f)} of {label} {duration}")  # "prison sentence of 9 years"
        else:
            parts.append(f"{label} {_as_written(measure, f)}")
    return " / ".join(parts)


_BOUND_WORDS = re.compile(
    r"(?i)((?:more|fewer|less|higher|lower)\s+than|up\s+to|at\s+least|at\s+most|as\s+many\s+as|as\s+few\s+as|"
    r"over|under|nearly|almost|no\s+more\s+than|no\s+fewer\s+than)\s+(?=[$€£¥]?\d)"
)


def _duration_of(f: Features, measure: str) -> str | None:
    """The time unit a measure's figure is in, plural ("years"), when the measure is no time unit itself."""
    unit = next((q.unit for q in f.claim.quantities if compared_measure(q) == measure and q.unit), None)
    if unit not in DURATIONS or unit in measure:
        return None
    return "centuries" if unit == "century" else f"{unit}s"


_CURRENCY_SIGNS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def _money_label(label: str, f: Features, measure: str) -> str:
    """A sum in its own currency, the sign on the number ("about €20 million", not "€about 20 million"),
    else its code after it ("4 million SEK")."""
    unit = next((q.unit for q in f.claim.quantities if q.measure == measure and q.unit), None)
    code = (unit or "").split(" per ")[0]
    sign = _CURRENCY_SIGNS.get(code)
    if sign:
        return re.sub(r"(?=\d)", sign, label, count=1)
    return f"{label} {code}" if code else label


def _as_written(measure: str, f: Features) -> str:
    """A measure compared under a name for two words is shown as the claim has it: "14 trapped", "60 missing"."""
    if measure == "trapped or missing":
        return "trapped" if "trapped" in f.claim.text.lower() else "missing"
    if measure == "temperature":
        return "degrees"  # "41.2 degrees", not "41.2 temperature"
    # a family named by its counted noun's lemma ("vehicle"), as the claim writes the noun: "620,000 vehicles"
    written = next(
        (q.counted.split()[-1] for q in f.claim.quantities if q.counted and q.counted_lemma == measure), None
    )
    if written and written.lower() != measure and written.lower().startswith(measure[:3]):
        return written.lower()
    # ... or another word for it: "60 vessels" compared as ships, "25,000 houses" as homes
    alike = next(
        (
            q.counted.split()[-1]
            for q in f.claim.quantities
            if q.counted and measure_named_alike(q.counted_lemma) == measure
        ),
        None,
    )
    if alike:
        return alike.lower()
    if " " not in measure and measure not in OUTCOME_MEASURES:
        # a family named by a noun, counted as "people" ("72 people on board" compared as passengers): as written
        counted = next((q.counted for q in f.claim.quantities if q.counted and compared_measure(q) == measure), None)
        if counted and counted.split()[-1].lower() in ("people", "persons"):
            return counted.split()[-1].lower()
    return measure


@per_claim
def source_label(f: Features) -> str:
    return f"{f.who}, {when_label(f.when)}"


def family_starts(f: Features, family: str) -> list[int]:
    """Where the claim's figures of ``family`` start in its article."""
    return [
        q.start
        for q in framed_claim(f).quantities
        if (m := compared_measure(q)) is not None and FAMILY.get(m, m) == family
    ]


@per_claim  # (callers read it, never change it)
def _figure_sources(f: Features) -> dict[int, str]:
    return figure_sources(f.claim)


def _figures_source_label(f: Features, family: str) -> str:
    """``source_label``, or "the source via the speaker" when the figures name a source of their own ("killed more
    than 100 people according to the Sudanese government" in a UN statement)."""
    own = _figure_sources(f)
    names = {own.get(start) for start in family_starts(f, family)} if own else set()
    if len(names) == 1 and None not in names:
        return f"{names.pop()} via {f.who}, {when_label(f.when)}"
    return source_label(f)


_FAMILY_NAMES = frozenset(FAMILY) | frozenset(FAMILY.values())


def _may_name(subject: str, family: str) -> bool:
    """A subject that is itself the name of a measure names only that measure ("casualties" of a claim whose figure
    counts cases, from a death told beside it, does not)."""
    return subject not in _FAMILY_NAMES or FAMILY.get(subject, subject) == family


def figure_reason(a: Features, b: Features, family: str, verdict: str) -> str:
    # A claim's subject names its figure only when that is its one measure ("a 7% pay rise that left 60 ships
    # waiting" is about a pay rise, its ships are not).
    subject = next(
        (
            f.claim.subject
            for f in (a, b)
            if f.claim.subject
            and all(FAMILY.get(m, m) == family for m in f.figures)
            and _may_name(f.claim.subject, family)
        ),
        family,
    )
    # ("died at the age of 88" / "died aged 88": an age, which no one counts)
    what = "both give the age" if family == "age" else f"both count {subject}"
    return (
        f"{what}: {figures_label(a, family)} ({_figures_source_label(a, family)}) vs "
        f"{figures_label(b, family)} ({_figures_source_label(b, family)}) — {verdict}"
    )


def statement_reason(a: Features, b: Features, what: str) -> str:
    shared = sorted(a.entities & b.entities)
    about = ", ".join(shared[:3]) if shared else "the same topic"
    topic = sorted(a.topics & b.topics)
    topic_text = f" on {topic[0]}" if topic else ""
    return f"{what}{topic_text} about {about}: {source_label(a)} vs {source_label(b)}"
