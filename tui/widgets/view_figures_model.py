"""Every reported figure, grouped by what it measures, for the figures view.

A figure is one quantity of one claim. Its group is the claim's subject
("North Korean casualties") when the extraction gave one, else the
quantity's measure ("killed"); each row still names its own measure, so a
"600 killed, 4,100 wounded" claim shows both values under its subject.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from corpus.extract.quantities import is_figure
from corpus.model import Article, Claim, Quantity
from tui.widgets.view_format import claim_date, one_line


@dataclass(frozen=True, slots=True)
class Figure:
    claim: Claim
    article: Article | None
    quantity: Quantity
    date: str | None
    date_estimated: bool
    conflicted: bool

    @property
    def size(self) -> float:
        """The largest number the figure states, for scaling and sorting."""
        q = self.quantity
        return max(n for n in (q.value, q.low, q.high, 0.0) if n is not None)


@dataclass(slots=True)
class Measure:
    label: str
    figures: list[Figure] = field(default_factory=list)

    @property
    def sources(self) -> int:
        return len({f.claim.article_id for f in self.figures})

    @property
    def units(self) -> list[str | None]:
        return sorted({f.quantity.unit for f in self.figures}, key=lambda u: u or "")

    def scale(self, unit: str | None) -> float:
        return max((f.size for f in self.figures if f.quantity.unit == unit), default=0.0)

    def widest_disagreement(self) -> tuple[str, float, float] | None:
        """(what is counted, lowest, highest) for the counted thing whose reports
        differ most; only like is compared with like ("killed" with "killed")."""
        by_counted: dict[tuple[str, str | None], list[float]] = {}
        for f in self.figures:
            if f.size > 0:
                by_counted.setdefault((f.quantity.measure or self.label, f.quantity.unit), []).append(f.size)
        spreads = [(min(v), max(v), counted) for (counted, _), v in by_counted.items() if len(v) > 1]
        if not spreads:
            return None
        low, high, counted = max(spreads, key=lambda s: s[1] / s[0])
        return counted, low, high

    def span(self) -> tuple[float, float]:
        sizes = [f.size for f in self.figures if f.size > 0]
        return (min(sizes), max(sizes)) if sizes else (0.0, 0.0)


def _has_number(quantity: Quantity) -> bool:
    """A reported figure with a number (a time span such as "within three months" is not one)."""
    return is_figure(quantity) and any(n is not None for n in (quantity.value, quantity.low, quantity.high))


def _key(label: str) -> str:
    return " ".join(label.casefold().split())


def date_key(date: str | None) -> tuple[int, str]:
    """Sort key: undated last, partial ISO dates sort before the days inside them."""
    return (0, date) if date else (1, "")


def collect_measures(corpus: Any) -> list[Measure]:
    """Measures with their figures in date order, the most reported first."""
    articles = {a.id: a for a in corpus.articles()}
    conflicted = {
        claim_id for x in corpus.xrefs() if x.relation == "conflicts" for claim_id in (x.source, x.target)
    }
    groups: dict[str, Measure] = {}
    clean: dict[str | None, str] = {}  # labels repeat across thousands of claims: sanitise each once
    for claim in corpus.claims():
        article = articles.get(claim.article_id)
        date, estimated = claim_date(claim, article)
        for quantity in claim.quantities:
            raw = claim.subject or quantity.measure
            label = clean[raw] if raw in clean else clean.setdefault(raw, one_line(raw))
            if not label or not _has_number(quantity):
                continue  # a number nobody said what it counts cannot be compared
            measure = groups.setdefault(_key(label), Measure(label))
            measure.figures.append(Figure(claim, article, quantity, date, estimated, claim.id in conflicted))
    for measure in groups.values():
        measure.figures.sort(key=lambda f: (date_key(f.date), f.claim.article_id, f.quantity.start))
    return sorted(groups.values(), key=lambda m: (-len(m.figures), -m.sources, m.label.casefold()))
