"""What cross-referencing needs to know about a claim, computed once per claim."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from corpus.extract.entities import find_entities, gazetteer
from corpus.extract.topics import topic_of, topics_of
from corpus.model import Article, Claim

# Measures that are compared with each other, grouped by what they count.
FAMILY = {
    "killed": "casualties", "wounded": "casualties", "casualties": "casualties",
    "troops": "troops", "troops deployed": "troops", "workers": "workers",
    "payment per person": "payment per person", "payment per month": "payment per month",
    "casualty rate": "casualty rate", "casualties total": "casualties",
}
# Measures too generic to compare across claims.
# Money given or lent is one donor's figure, not a running count another report revises.
_UNCOMPARABLE = frozenset({"amount", "share", "ratio", "people", "percent", "times", "aid", "funding", "loans", "fine"})
_STOP = frozenset(
    """
    the a an and or but of to in on at for with by from as that this these those it its is are was were be been
    has have had will would could may might can not no also said says say told according which who whom whose
    their his her they he she we our there than then into about over after before during while since more most
    some such only other another both each all any very just now already up out so if when where what how
    """.split()
)
_WORD = re.compile(r"[a-z][a-z’'-]{2,}")
_NATIONALITY = re.compile(r"^(?P<nat>(?:[A-Z][\w-]*\s+)+)")


@dataclass(slots=True)
class Features:
    claim: Claim
    article: Article
    words: frozenset[str]  # content-word stems
    topics: frozenset[str]
    main_topic: str | None
    entities: frozenset[str]
    figures: dict[str, tuple[float | None, float | None, float | None]]  # measure -> (value, low, high)
    family: str | None
    nationality: str | None
    period: str | None  # YYYY-MM or YYYY of the claim's event, stated in the claim
    when: str | None  # the claim's date, else the article's published date
    polarity: str  # deny | confirm | assert
    speaker_key: str  # the speaker's canonical name, for comparing sources
    story: frozenset[str] = frozenset()  # places and names of the article's headline and lead
    superseded: bool = False  # the claim itself says its figure is an earlier one ("a previous estimate")

    @property
    def who(self) -> str:
        return self.claim.speaker or self.article.outlet or "unattributed"


_SUFFIXES = ("ians", "ian", "ans", "ing", "ern", "'s", "ed", "es", "ly", "an", "s")  # longest first


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: enough to match "fighting"/"fight", "Ukrainian"/"Ukraine"."""
    if len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix):
            return word[: -len(suffix)][:6]
    return word[:6]


def stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text.lower().replace("’", "'")) if w not in _STOP)


def _figures(claim: Claim) -> dict[str, tuple[float | None, float | None, float | None]]:
    figures: dict[str, tuple[float | None, float | None, float | None]] = {}
    for q in claim.quantities:
        # "troops" and "troops deployed" count the same people: compare them as one measure.
        measure = "troops" if q.measure == "troops deployed" else q.measure
        if measure == "losses" and q.unit:
            measure = f"losses {q.unit}"  # damage in euros never compares with damage in dollars
        if measure and (measure in FAMILY or measure not in _UNCOMPARABLE) and measure not in figures:
            figures[measure] = (q.value, q.low, q.high)
    killed, wounded = figures.get("killed"), figures.get("wounded")
    if killed and wounded and "casualties" not in figures:
        # 600 killed + 4,100 wounded is 4,700 casualties.
        def add(x, y):
            return None if x is None or y is None else x + y

        figures["casualties total"] = (add(killed[0], wounded[0]), add(killed[1], wounded[1]), add(killed[2], wounded[2]))
    return figures


def features(claim: Claim, article: Article) -> Features:
    figures = _figures(claim)
    family = next((FAMILY.get(m, m) for m in figures), None)
    nationality = None
    if claim.subject:
        m = _NATIONALITY.match(claim.subject)
        nationality = m.group("nat").strip() if m else None
    polarity = {"denial": "deny", "confirmation": "confirm"}.get(claim.kind, "assert")
    period = claim.date[:7] if claim.date else None
    return Features(
        claim=claim,
        article=article,
        words=stems(claim.text),
        topics=frozenset(topics_of(claim.text)),
        main_topic=topic_of(claim.text),
        entities=frozenset(claim.entities),
        figures=figures,
        family=family,
        nationality=nationality,
        period=period,
        when=(claim.date or article.published or None),
        polarity=polarity,
        speaker_key=(gazetteer().canonical(claim.speaker) or claim.speaker) if claim.speaker else "",
        story=_story(article.title or "", article.body[:_LEAD_CHARS]),
        superseded=bool(figures) and bool(_SUPERSEDED.search(claim.text)),
    )


_SUPERSEDED = re.compile(
    r"\b(?:previous|earlier|initial|prior|preliminary|original|old)\s+(?:\w+\s+)?(?:estimate|figure|toll|count|tally|report|number)s?\b|"
    r"\b(?:had|have|has)\s+(?:earlier|previously|initially|first)\b|\b(?:earlier|previously|initially)\s+(?:reported|said|put|estimated|gave)\b",
    re.IGNORECASE,
)


_LEAD_CHARS = 400
_STORY_TYPES = frozenset({"place", "country", "other", "person"})


@lru_cache(maxsize=4096)
def _story(title: str, lead: str) -> frozenset[str]:
    """What the article is about: the places and names in its headline and first lines.

    A claim that names no place ("More than 24,000 people have been forced from
    their homes") is about the place its article's lead names.
    """
    return frozenset(m.name for m in find_entities(title + "\n" + lead) if m.type in _STORY_TYPES and not m.tentative)


def same_story(a: Features, b: Features, days: int = 14) -> bool:
    """Same article, or articles a few days apart whose headlines and leads name the same place or person."""
    if a.article.id == b.article.id:
        return True
    if not (a.story & b.story):
        return False
    x, y = a.article.published or "", b.article.published or ""
    if len(x) < 10 or len(y) < 10:
        return x[:7] == y[:7] != ""
    return abs((date.fromisoformat(x[:10]) - date.fromisoformat(y[:10])).days) <= days


def similarity(a: Features, b: Features) -> float:
    """Overlap of content words, 0..1 (Szymkiewicz–Simpson, softened by the union)."""
    if not a.words or not b.words:
        return 0.0
    inter = len(a.words & b.words)
    return 0.5 * inter / min(len(a.words), len(b.words)) + 0.5 * inter / len(a.words | b.words)
