"""A small hand-built corpus for the views' tests, and a host app to push a view on.

The claims are written by hand (not extracted) so the tests do not depend on
the extraction rules: real Articles and Claims with quantities, dates,
speakers, subjects, entities and cross-references, one of them full of markup.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.app import App

from corpus.loader import article_id
from corpus.model import Article, Claim, Entity, Extraction, Quantity, XRef

MARKUP_TEXT = "Analysts said [bold]300[/bold] soldiers died [@click=app.quit]here[/] \x1b[31mlast week"
MARKUP_SPEAKER = "[red]Analyst[/red] group"


def _q(
    text: str,
    measure: str,
    value: float | None = None,
    low: float | None = None,
    high: float | None = None,
    unit: str | None = "people",
    vague: bool = False,
) -> Quantity:
    return Quantity(text=text, value=value, low=low, high=high, unit=unit, measure=measure, vague=vague)


# (claim key, text, fields) per article; bodies are built from the texts so offsets are exact.
_ARTICLES: list[dict[str, Any]] = [
    {
        "title": "Kim Jong Un has pledged full support for Russia's Putin",
        "outlet": "The Washington Post",
        "published": "2024-10-11",
        "estimated": False,
        "claims": [
            (
                "training",
                "A Ukrainian military intelligence official said “several thousand” North Korean "
                "infantry soldiers are undergoing training in Russia.",
                dict(
                    kind="quantity",
                    speaker="Ukrainian military intelligence official",
                    certainty="hedged",
                    quantities=[_q("several thousand", "troops deployed", low=2000, high=9000, vague=True)],
                    entities=["North Korea", "Russia", "Ukraine"],
                    date="2024-10",
                    subject="troops deployed",
                ),
            ),
            (
                "hoax",
                "Kremlin spokesman Dmitry Peskov on Thursday dismissed claims of Pyongyang sending "
                "military personnel to fight in Ukraine as a “hoax.”",
                dict(
                    kind="denial",
                    speaker="Dmitry Peskov",
                    entities=["Dmitry Peskov", "North Korea", "Ukraine"],
                    date="2024-10-10",
                ),
            ),
        ],
    },
    {
        "title": "Russian Media: North Korea May Send ‘Volunteers’ to Ukraine War",
        "outlet": "Breitbart News",
        "published": "2022-08",
        "estimated": True,
        "claims": [
            (
                "volunteers",
                "There are reports that 100,000 North Korean volunteers are prepared to come and "
                "take part in the conflict.",
                dict(
                    kind="quantity",
                    speaker="Igor Korotchenko",
                    certainty="hedged",
                    quantities=[_q("as many as 100,000", "troops deployed", high=100000)],
                    entities=["North Korea", "Igor Korotchenko"],
                    date="2022-08",
                    date_estimated=True,
                    subject="troops deployed",
                ),
            ),
        ],
    },
    {
        "title": "North Korea Confirms It Sent Troops to Support Russian Forces in Ukraine",
        "outlet": "The Epoch Times",
        "published": "2025-04-28",
        "estimated": True,
        "claims": [
            (
                "disclosed",
                "North Korea disclosed for the first time on April 28 that it had deployed troops "
                "to Russia to help Moscow regain control of the Kursk region.",
                dict(
                    kind="confirmation",
                    speaker="North Korea",
                    entities=["North Korea", "Russia"],
                    date="2025-04-28",
                ),
            ),
            (
                "russia-confirmed",
                "Russia also confirmed that North Korean soldiers were fighting alongside "
                "its forces in the Kursk region.",
                dict(
                    kind="confirmation",
                    speaker="Russia",
                    entities=["Russia", "North Korea"],
                    date="2025-04-26",
                ),
            ),
        ],
    },
    {
        "title": "North Korea to Send Thousands of Military Workers to Russia’s War Zones",
        "outlet": None,
        "published": "2025-06-18",
        "estimated": True,
        "claims": [
            (
                "shoigu",
                "North Korea will deploy 6,000 military personnel to Russia’s conflict zones, "
                "according to Russian Security Council Secretary Sergei Shoigu.",
                dict(
                    kind="quantity",
                    speaker="Sergei Shoigu",
                    entities=["North Korea", "Sergei Shoigu", "Russia"],
                    quantities=[_q("6,000", "troops deployed", value=6000)],
                    date="2025-06-17",
                    subject="troops deployed",
                ),
            ),
            (
                "nis",
                "South Korean National Intelligence Service figures for April 2025: 600 killed, 4,100 wounded.",
                dict(
                    kind="quantity",
                    speaker="National Intelligence Service",
                    entities=["National Intelligence Service", "North Korea"],
                    quantities=[_q("600", "killed", value=600), _q("4,100", "wounded", value=4100)],
                    date="2025-04",
                    subject="North Korean casualties",
                ),
            ),
            (
                "casualties",
                "Approximately 6,000 North Korean troops suffered casualties fighting alongside Russian forces.",
                dict(
                    kind="quantity",
                    entities=["North Korea"],
                    quantities=[_q("approximately 6,000", "casualties", value=6000)],
                    subject="North Korean casualties",
                ),
            ),
            (
                "payment",
                "Pyongyang receives approximately $2,000 monthly per worker.",
                dict(
                    kind="quantity",
                    entities=["North Korea"],
                    date="2025-06",
                    date_estimated=True,
                    quantities=[_q("approximately $2,000", "payment per worker", value=2000, unit="USD")],
                    subject="payment per worker",
                ),
            ),
            (
                "markup",
                MARKUP_TEXT,
                dict(
                    kind="quantity",
                    speaker=MARKUP_SPEAKER,
                    entities=["North Korea"],
                    date="2024-12",
                    quantities=[_q("300", "killed", value=300)],
                    subject="North Korean casualties",
                ),
            ),
        ],
    },
]

_ENTITIES = [
    Entity("North Korea", "country", ["Pyongyang", "DPRK"]),
    Entity("Russia", "country", ["Moscow", "Kremlin"]),
    Entity("Ukraine", "country", ["Kyiv"]),
    Entity("Dmitry Peskov", "person", ["Peskov"]),
    Entity("Igor Korotchenko", "person", []),
    Entity("Sergei Shoigu", "person", ["Shoigu"]),
    Entity("National Intelligence Service", "organisation", ["NIS"]),
]

# (source key, target key, relation)
_XREFS = [
    ("hoax", "training", "conflicts"),
    ("disclosed", "hoax", "conflicts"),
    ("russia-confirmed", "disclosed", "corroborates"),
    ("nis", "casualties", "conflicts"),
]


@dataclass
class Sample:
    extraction: Extraction
    ids: dict[str, str]  # claim key -> claim id

    def claim(self, key: str) -> Claim:
        return next(c for c in self.extraction.claims if c.id == self.ids[key])


def build_sample() -> Sample:
    articles, claims, ids = [], [], {}
    for number, spec in enumerate(_ARTICLES):
        body, placed = "Headline\n", []
        for _key, text, _ in spec["claims"]:
            placed.append((len(body), text))
            body += text + "\n\n"
        article = Article(
            id=article_id(body),
            title=spec["title"],
            outlet=spec["outlet"],
            authors=[],
            published=spec["published"],
            published_estimated=spec["estimated"],
            source_file=f"sample_{number}.txt",
            body=body,
        )
        articles.append(article)
        for (key, text, extra), (start, _) in zip(spec["claims"], placed):
            fields = dict(certainty="asserted", speaker=None)
            fields.update(extra)
            claim_id = f"{article.id}-{key}"
            ids[key] = claim_id
            claims.append(
                Claim(
                    id=claim_id,
                    article_id=article.id,
                    start=start,
                    end=start + len(text),
                    text=text,
                    **fields,
                )
            )
    xrefs = [XRef(ids[s], ids[t], rel, 0.8, f"sample {rel}") for s, t, rel in _XREFS]
    return Sample(Extraction(articles, claims, list(_ENTITIES), xrefs), ids)


class MemoryCorpus:
    """The read side of CorpusDB (store/corpus_db.py), over an Extraction in memory."""

    def __init__(self, extraction: Extraction) -> None:
        self._x = extraction

    def articles(self) -> list[Article]:
        return list(self._x.articles)

    def article(self, id: str) -> Article | None:
        return next((a for a in self._x.articles if a.id == id), None)

    def claims(self) -> list[Claim]:
        return list(self._x.claims)

    def claim(self, id: str) -> Claim | None:
        return next((c for c in self._x.claims if c.id == id), None)

    def claims_for_article(self, article_id: str) -> list[Claim]:
        return sorted((c for c in self._x.claims if c.article_id == article_id), key=lambda c: c.start)

    def xrefs(self) -> list[XRef]:
        return list(self._x.xrefs)

    def xrefs_for_claim(self, claim_id: str) -> list[XRef]:
        return [x for x in self._x.xrefs if claim_id in (x.source, x.target)]

    def entities(self) -> list[Entity]:
        return list(self._x.entities)

    def entity(self, name: str) -> Entity | None:
        return next((e for e in self._x.entities if e.name == name), None)

    def claims_for_entity(self, name: str) -> list[Claim]:
        return [c for c in self._x.claims if name in c.entities]


class MemoryUser:
    """The search-history and bookmark part of UserDB, kept in memory;
    share ``store`` between two instances to simulate a restart."""

    def __init__(self, store: list[str] | None = None, bookmarks: set[str] | None = None) -> None:
        self.store = store if store is not None else []
        self.bookmarked = bookmarks or set()

    def is_bookmarked(self, claim_id: str) -> bool:
        return claim_id in self.bookmarked

    def bookmarks(self) -> list[str]:
        return sorted(self.bookmarked)

    def search_history(self) -> list[str]:
        return list(self.store)

    def add_search(self, query: str) -> None:
        if query in self.store:
            self.store.remove(query)
        self.store.insert(0, query)


@dataclass
class Data:
    corpus: Any
    user: Any
    index: Any = None


def sample_data(user: Any = None) -> tuple[Data, Sample]:
    sample = build_sample()
    return Data(MemoryCorpus(sample.extraction), user if user is not None else MemoryUser()), sample


class ViewHost(App):
    """Pushes one view on mount and records what it dismisses with."""

    def __init__(self, make_screen: Any) -> None:
        super().__init__()
        self.make_screen = make_screen
        self.dismissed: list[str | None] = []

    def on_mount(self) -> None:
        self.push_screen(self.make_screen(), self.dismissed.append)


def test_sample_offsets_hold() -> None:
    sample = build_sample()
    bodies = {a.id: a.body for a in sample.extraction.articles}
    for claim in sample.extraction.claims:
        assert bodies[claim.article_id][claim.start : claim.end] == claim.text
