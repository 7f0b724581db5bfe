"""The data model shared by the pipeline, the store, the CLI and the app.

Plain dataclasses, no behaviour beyond (de)serialisation: every layer agrees on
these shapes, and the store persists exactly what ``to_dict`` returns. They are
frozen: the app's threads (the UI, its workers, the search index) share them, so
a change is a new value (``dataclasses.replace``), never an edit of a shared one.
(Their lists are not copied or frozen: whoever builds a value fills its lists
before handing it over, and nobody edits them after.)
Offsets (``start``/``end``) are character offsets into ``Article.body`` as
stored, so ``article.body[claim.start:claim.end] == claim.text`` always holds.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, Literal, TypeVar

ClaimKind = Literal["quantity", "statement", "event", "denial", "confirmation", "forecast", "background"]
Certainty = Literal["asserted", "hedged"]
Relation = Literal["corroborates", "conflicts", "updates", "cites", "related"]
EntityType = Literal["country", "person", "organisation", "place", "outlet", "other"]
# What an attribution's cue says of its content (AttributionSpan.cue_kind; corpus/extract/cues.py reads it off
# the cue): a statement made, asserted, reported, estimated; a view held; a finding; a confirmation or denial;
# a warning, a call, a promise; a judgement of someone; a stance taken; a comment declined; or where the
# statement is found ("according to X", "citing X").
CUE_KINDS: tuple[str, ...] = (
    "said",
    "asserted",
    "reported",
    "estimated",
    "believes",
    "found",
    "confirmed",
    "denied",
    "warned",
    "urged",
    "promised",
    "judged",
    "stance",
    "declined",
    "according-to",
    "citing",
)

# "background": a sentence kept for who said it or its figures, but not an assertion to check (colour,
# opinion, a question, a headline); the browser does not mark it and search leaves it out unless asked.
CLAIM_KINDS: tuple[str, ...] = (
    "quantity",
    "statement",
    "event",
    "denial",
    "confirmation",
    "forecast",
    "background",
)
BACKGROUND = "background"
CERTAINTIES: tuple[str, ...] = ("asserted", "hedged")
RELATIONS: tuple[str, ...] = ("corroborates", "conflicts", "updates", "cites", "related")
ENTITY_TYPES: tuple[str, ...] = ("country", "person", "organisation", "place", "outlet", "other")
_Model = TypeVar("_Model")

CHANGES: tuple[str, ...] = ("=", "~", ">", "<", "up", "down", "from-to")  # Quantity.change


def _from_dict(cls: type[_Model], data: dict[str, Any]) -> _Model:
    """Build ``cls`` from a dict, ignoring unknown keys (forward compatible)."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]  # every _Model is a dataclass
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True, frozen=True)
class Article:
    id: str
    title: str | None
    outlet: str | None
    authors: list[str]
    published: str | None  # ISO date, possibly partial: "2024-10-11", "2024-10", "2024"
    published_estimated: bool
    source_file: str  # file name (bundled) or absolute path (user's own)
    body: str  # sanitised text; all offsets point into this
    note: str | None = None
    bundled: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return _from_dict(cls, data)


@dataclass(slots=True, frozen=True)
class Quantity:
    """A figure as the text states it (docs/export-format.md, "Quantities").

    ``low``/``high`` are what the words allow: equal to ``value`` for an exact or an
    approximate figure ("about 6,000" is 6,000 with change "~", never an invented
    interval); one side open for a bound ("at least 300"); both ends for a range.
    A score or a vote split ("won 3-1", "ruled 6-3", "voted 7 to 2") is neither a value nor
    an interval: ``pair`` holds its two numbers in the order written, and ``value``, ``low``
    and ``high`` are None, so nothing compares or charts it as a figure.
    """

    text: str  # the surface text, e.g. "at least 300"
    value: float | None  # point value where one is meant, else None
    low: float | None  # interval bounds; None = unbounded on that side
    high: float | None
    unit: str | None  # normalised: ISO currency code, "percent", "kilometre", "year", or the counted noun ("soldier")
    measure: str | None  # measure family: "killed", "wounded", "troops deployed", "share", "tariff rate", ...
    start: int = 0  # offsets into the article body
    end: int = 0
    vague: bool = False  # "several thousand", "dozens"
    change: str = "="  # "=", "~", ">", "<", "up"/"down" (value is a change by), "from-to" (from_value to value)
    from_value: float | None = None  # the earlier value of a from-to change ("from $36,040 to $34,935")
    counted: str | None = None  # what it counts, as written: "public housing properties", "of its revenue"
    # the head of ``counted``, singular, when the figure counts it: "property"; None for the thing a sum, a
    # percentage or a measurement is of ("Exports fell 23% to $2.1 billion": counted "Exports", no lemma)
    counted_lemma: str | None = None
    pair: list[float] | None = None  # a score or a vote split, as written: "3-1" -> [3, 1]; else None
    # the time the figure is for, ISO, possibly partial, as the text names it ("rose 3.1% in July" -> "2026-07"):
    # a month, a year, a quarter or a half ("2026-Q3", "2026-H1"), a week as the day it ends; else None. The claim's
    # date is when it was told ("the ministry said on Monday").
    period: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quantity:
        return _from_dict(cls, data)


@dataclass(slots=True, frozen=True)
class AttributionSpan:
    """One reported statement in a claim: who (source), by which words (cue), what (content).

    Offsets are into ``Article.body``; a source or cue the text does not give is None. A statement
    carried over from another sentence (a quotation's later sentence, a paragraph after "X said:")
    points at the source and cue where they are written.
    """

    speaker: str | None  # the source resolved to a name ("he" -> "Anton Keller")
    source_start: int | None
    source_end: int | None
    cue_start: int | None
    cue_end: int | None
    content_start: int
    content_end: int
    how: str = "verb"  # verb | inverted | according | citing | quoted | label | quotation | introduced
    chain: list[str] = field(default_factory=list)  # [speaker, relayed by, ...]
    # what the cue says of the content, one of CUE_KINDS ("said", "believes", "denied", "according-to"...); None
    # when no cue is written or (a DB built before pipeline 5.01) it was not stored
    cue_kind: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AttributionSpan:
        return _from_dict(cls, data)


@dataclass(slots=True, frozen=True)
class Claim:
    id: str
    article_id: str
    start: int
    end: int
    text: str  # == article.body[start:end]
    kind: str  # one of CLAIM_KINDS
    speaker: str | None  # resolved name of who asserted it, None when unattributed
    certainty: str  # one of CERTAINTIES
    quantities: list[Quantity] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)  # canonical entity names
    date: str | None = None  # ISO, possibly partial, of the event the claim is about
    date_estimated: bool = False
    date_text: str | None = None  # the words the date came from
    speaker_chain: list[str] = field(default_factory=list)  # [speaker, relayed by, ...]
    subject: str | None = None  # short label of the measure/topic, for figures and xrefs
    attributions: list[AttributionSpan] = field(default_factory=list)  # every reported statement, as spans

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        data = dict(data)
        data["quantities"] = [
            q if isinstance(q, Quantity) else Quantity.from_dict(q) for q in data.get("quantities", ())
        ]
        data["attributions"] = [
            a if isinstance(a, AttributionSpan) else AttributionSpan.from_dict(a) for a in data.get("attributions", ())
        ]
        return _from_dict(cls, data)


def is_background(claim: Claim) -> bool:
    """A sentence kept for its speaker or figures that is not a claim to check: not marked, listed or linked."""
    return claim.kind == BACKGROUND


@dataclass(slots=True, frozen=True)
class Entity:
    name: str  # canonical name, also its id
    type: str  # one of ENTITY_TYPES
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        return _from_dict(cls, data)


@dataclass(slots=True, frozen=True)
class XRef:
    source: str  # claim id
    target: str  # claim id
    relation: str  # one of RELATIONS
    score: float  # 0..1, confidence in the relation
    reason: str  # one line naming the evidence
    rule: str | None = None  # the verdict in a word or three: "later figure", "same report", "denial of the report"
    matched: list[str] = field(
        default_factory=list
    )  # the claims' fields that agree: subject, measure, period, values, ...

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> XRef:
        return _from_dict(cls, data)


@dataclass(slots=True, frozen=True)
class Extraction:
    """What the pipeline produces for a set of articles."""

    articles: list[Article] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    xrefs: list[XRef] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # where a bound of corpus.limits cut the work short
    # the claims' link features (corpus.xref.features), when the pipeline computed them: what the
    # store's link index keeps, so a build need not compute them again; never stored as such
    link_features: list[Any] = field(default_factory=list, compare=False, repr=False)
    # an incremental extraction's stored xrefs that a build over everything would not make (the
    # per-claim caps: a better link pushed them out); the store takes them back (docs/storage.md)
    unlinked: list[XRef] = field(default_factory=list)
