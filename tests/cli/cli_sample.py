"""A small hand-built corpus for the CLI tests: real model objects, true offsets.

Built by hand (not by the pipeline) so the CLI tests pin the CLI's behaviour,
not the extractor's; the end-to-end tests use the real pipeline instead.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from corpus.loader import article_id
from corpus.model import Article, Claim, Entity, Extraction, Quantity, XRef

TEST_PIPELINE = "cli-tests"  # the pipeline version the sample DBs claim to be built by

HERALD_BODY = (
    "Officials count the cost\n"
    "The defence ministry said no more than 300 soldiers were killed near Kursk in January.\n"
    "Analysts doubt the figure.\n"
)
GAZETTE_BODY = (
    "A different tally\n"
    "According to the Gazette's sources, about 1,200 soldiers were killed near Kursk in January.\n"
    "The ministry dismissed the report as a hoax.\n"
)
# markup, an emoji code and an OSC 52 / CSI payload that must never reach a terminal
HOSTILE_BODY = (
    "Hostile page\n[bold red]Mayor Jane Roe[/] said :warning: 40 homes burned \x1b]52;c;SGVsbG8=\x07\x1b[2J.\n"
)


def _claim(article: Article, sentence: str, **fields) -> Claim:
    start = article.body.index(sentence)
    digest = hashlib.sha256(f"{article.id}\x00{sentence}".encode()).hexdigest()[:10]
    return Claim(
        id=f"c{digest}", article_id=article.id, start=start, end=start + len(sentence), text=sentence, **fields
    )


def _quantity(article: Article, text: str, **fields) -> Quantity:
    start = article.body.index(text)
    return Quantity(text=text, start=start, end=start + len(text), **fields)


def sample_extraction() -> Extraction:
    herald = Article(
        id=article_id(HERALD_BODY),
        title="Officials count the cost",
        outlet="The Herald",
        authors=["A. Writer"],
        published="2025-02-01",
        published_estimated=False,
        source_file="herald.txt",
        body=HERALD_BODY,
    )
    gazette = Article(
        id=article_id(GAZETTE_BODY),
        title="A different tally",
        outlet=None,
        authors=[],
        published="2025-02",
        published_estimated=True,
        source_file="gazette.txt",
        body=GAZETTE_BODY,
    )
    ministry = _claim(
        herald,
        "The defence ministry said no more than 300 soldiers were killed near Kursk in January.",
        kind="quantity",
        speaker="Defence Ministry",
        certainty="asserted",
        quantities=[
            _quantity(herald, "no more than 300", value=None, low=None, high=300, unit="people", measure="killed")
        ],
        entities=["Defence Ministry", "Kursk"],
        date="2025-01",
        date_text="in January",
        speaker_chain=["Defence Ministry"],
        subject="soldiers killed near Kursk",
    )
    gazette_count = _claim(
        gazette,
        "According to the Gazette's sources, about 1,200 soldiers were killed near Kursk in January.",
        kind="quantity",
        speaker="Gazette sources",
        certainty="hedged",
        quantities=[
            _quantity(gazette, "about 1,200", value=1200, low=1100, high=1300, unit="people", measure="killed")
        ],
        entities=["Kursk"],
        date="2025-01",
        date_estimated=True,
        date_text="in January",
        speaker_chain=["Gazette sources", "Gazette"],
        subject="soldiers killed near Kursk",
    )
    denial = _claim(
        gazette,
        "The ministry dismissed the report as a hoax.",
        kind="denial",
        speaker="Defence Ministry",
        certainty="asserted",
        entities=["Defence Ministry"],
        speaker_chain=["Defence Ministry"],
    )
    return Extraction(
        articles=[herald, gazette],
        claims=[ministry, gazette_count, denial],
        entities=[Entity("Defence Ministry", "organisation", ["the ministry"]), Entity("Kursk", "place")],
        xrefs=[
            XRef(
                ministry.id,
                gazette_count.id,
                "conflicts",
                0.8,
                "both count soldiers killed near Kursk in January: no more than 300 vs about 1,200",
            ),
            XRef(denial.id, gazette_count.id, "related", 0.5, "the ministry answers the Gazette's report"),
        ],
    )


def with_hostile_article(extraction: Extraction) -> Extraction:
    """The sample plus an article whose text carries markup, emoji codes and escapes."""
    body = HOSTILE_BODY
    article = Article(article_id(body), "Hostile page", "Evil Outlet", [], "2025-03-01", False, "evil.txt", body)
    sentence = body.split("\n")[1]
    start = body.index(sentence)
    claim = Claim(
        "cevil000001",
        article.id,
        start,
        start + len(sentence),
        sentence,
        "statement",
        "[bold red]Mayor Jane Roe[/]",
        "asserted",
    )
    return Extraction(
        extraction.articles + [article], extraction.claims + [claim], extraction.entities, extraction.xrefs
    )


def write_db(path: Path, extraction: Extraction, version: str = TEST_PIPELINE):
    """A real corpus DB file holding ``extraction``, current for pipeline ``version``."""
    from store.corpus_db import CorpusDB

    db = CorpusDB.open(path, create=True)
    db.replace_all(extraction, None, pipeline_version=version, includes_bundled=False)
    return db


def collector_passes(command):
    """``command()``'s result, the generations of the cyclic collector's passes while it ran, and the freeze
    count before it (a build or an add runs with the collector off and freezes what it made)."""
    import gc

    passes: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(info["generation"])

    gc.collect()
    frozen = gc.get_freeze_count()
    gc.callbacks.append(seen)
    try:
        return command(), passes, frozen
    finally:
        gc.callbacks.remove(seen)
