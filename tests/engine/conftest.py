"""Fixtures for the engine tests: the bundled and own-article extractions, built once."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import bundled_articles, load_dir
from corpus.model import Article, Claim, Quantity
from corpus.pipeline import extract
from corpus.xref.frames import frame_measure

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="session")
def bundled():
    articles = bundled_articles()
    return articles, extract(articles)


@pytest.fixture(scope="session")
def own():
    articles = load_dir(DATA / "articles")
    return articles, extract(articles)


def make_article(
    body: str,
    published: str | None = "2024-03-15",
    estimated: bool = False,
    outlet: str | None = None,
    title: str | None = None,
) -> Article:
    """A user-style article from a string (the sanitiser is the loader's job, not tested here)."""
    from corpus.loader import article_id

    return Article(
        id=article_id(body),
        title=title,
        outlet=outlet,
        authors=[],
        published=published,
        published_estimated=estimated,
        source_file="test.txt",
        body=body,
    )


def undated_article(number: int, lines: list[str]) -> Article:
    """An undated article of no outlet, its first line the headline (as ECB+-like files give them)."""
    from corpus.loader import article_id

    body = "\n".join(lines) + "\n"
    return Article(
        id=article_id(body),
        title=lines[0],
        outlet=None,
        authors=[],
        published=None,
        published_estimated=False,
        source_file=f"{number}.txt",
        body=body,
    )


def titled_article(title: str, body: str, day: str, outlet: str) -> Article:
    """An article whose first line is its headline, as a saved news page gives it."""
    return make_article(f"{title}\n{body}\n", published=day, outlet=outlet, title=title)


def links_of(*articles: Article) -> list[tuple[str, str, str, str]]:
    """(relation, source text, target text, reason) of every link the pipeline makes."""
    extraction = extract(list(articles))
    text = {c.id: c.text for c in extraction.claims}
    return [(x.relation, text[x.source], text[x.target], x.reason) for x in extraction.xrefs]


def links_between(links: list[tuple[str, str, str, str]], a: str, b: str) -> list[tuple[str, str]]:
    """(relation, reason) of the links joining a claim containing ``a`` and one containing ``b``."""
    return [(rel, why) for rel, s, t, why in links if (a in s and b in t) or (b in s and a in t)]


def relations_between(links: list[tuple[str, str, str, str]], a: str, b: str) -> list[str]:
    """The relations of the links joining a claim containing ``a`` and one containing ``b``."""
    return [rel for rel, _ in links_between(links, a, b)]


def figure_measure(
    text: str, figure: str, value: float, unit: str, measure: str | None, counted: str | None
) -> str | None:
    """What xref compares ``figure`` of a one-sentence claim as (corpus.xref.frames.frame_measure)."""
    start = text.index(figure)
    q = Quantity(
        text=figure,
        value=value,
        low=value,
        high=value,
        unit=unit,
        measure=measure,
        start=start,
        end=start + len(figure),
        counted_lemma=counted,
    )
    claim = Claim(
        id="c",
        article_id="a",
        start=0,
        end=len(text),
        text=text,
        kind="event",
        speaker=None,
        certainty="asserted",
        quantities=[q],
    )
    return frame_measure(q, claim)


def figures_in(text: str) -> list[Quantity]:
    """The quantities read in one sentence, each checked to be the text at its span."""
    from corpus.extract.dates import find_dates
    from corpus.extract.quantities import find_quantities

    found = find_quantities(text, 0, find_dates(text))
    for q in found:
        assert text[q.start : q.end] == q.text
    return found


def claimed_figures(text: str) -> list[Quantity]:
    """The quantities of the claims an article of ``text`` gives, each checked against the body."""
    from corpus.extract.article import extract_article

    article = Article("t1", "Harbour talks resume", None, [], "2025-03-04", False, "t1.txt", text + "\n")
    claims, _ = extract_article(article)
    found = [q for c in claims for q in c.quantities]
    for q in found:
        assert article.body[q.start : q.end] == q.text
    return found


def claims_in(body: str) -> list[Claim]:
    """The claims, in order, of an article of ``body``."""
    from corpus.extract.article import extract_article

    claims, _ = extract_article(make_article(body))
    return claims


def speakers_in(body: str) -> list[str | None]:
    """Each claim's speaker, in order, for an article of ``body``."""
    return [c.speaker for c in claims_in(body)]


def speakers_with_text(body: str) -> list[tuple[str | None, str]]:
    """(speaker, text) of each claim, in order, for an article of ``body``."""
    from corpus.extract.article import extract_article

    claims, _ = extract_article(make_article(body))
    return [(c.speaker, c.text) for c in claims]


def speaker_of(body: str, opening: str, *, claim_needed: bool = True) -> str | None:
    """The speaker of the one claim of an article of ``body`` opening with ``opening``. With ``claim_needed``
    false, a sentence that is no claim at all has no speaker (None) instead of failing the test."""
    found = [speaker for speaker, text in speakers_with_text(body) if text.startswith(opening)]
    if not claim_needed and not found:
        return None
    assert len(found) == 1, f"{len(found)} claims open with {opening!r}"
    return found[0]


def kinds_in(body: str) -> list[str]:
    """Each claim's kind, in order, for an article of ``body``."""
    from corpus.extract.article import extract_article

    claims, _ = extract_article(make_article(body))
    return [c.kind for c in claims]


def measures_in(body: str) -> list[str | None]:
    """The measure of each figure of each claim, in order, for an article of ``body``."""
    from corpus.extract.article import extract_article

    claims, _ = extract_article(make_article(body))
    return [q.measure for c in claims for q in c.quantities]


def sources_in(body: str) -> list[tuple[str | None, str | None]]:
    """(speaker, source as written) of each claim, in order, for an article of ``body``."""
    from corpus.extract.article import extract_article

    claims, _ = extract_article(make_article(body))
    out = []
    for c in claims:
        span = next((s for s in c.attributions if s.speaker == c.speaker and s.source_start is not None), None)
        out.append((c.speaker, body[span.source_start : span.source_end] if span else None))
    return out


def linked_stories(stories: list[tuple[str, str, str]]):
    """The extraction of stories (body, published, outlet), each read alone and the claims then linked together, as
    ``factscope add`` does."""
    from corpus.pipeline import extract_one, linked

    articles, claims, mentions = [], [], []
    for body, day, outlet in stories:
        article, found, seen, _ = extract_one(
            make_article(body, published=day, outlet=outlet, title=body.split("\n")[0])
        )
        articles.append(article)
        claims.extend(found)
        mentions.extend(seen)
    return linked(articles, claims, mentions, [])


def links_across(stories: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(relation, text, text) of every link between claims of different stories (``linked_stories``)."""
    extraction = linked_stories(stories)
    by_id = {c.id: c for c in extraction.claims}
    return [
        (x.relation, by_id[x.source].text, by_id[x.target].text)
        for x in extraction.xrefs
        if by_id[x.source].article_id != by_id[x.target].article_id
    ]


def sentence_figures(sentence: str) -> list[tuple[str, str | None, str | None, str]]:
    """(text, unit, measure, change) of each figure of a one-sentence article, read as a whole article."""
    from corpus.extract.article import extract_article

    claims, _ = extract_article(Article("tf", "Sport", None, [], "2026-08-20", False, "tf.txt", sentence + "\n"))
    return [(q.text, q.unit, q.measure, q.change) for c in claims for q in c.quantities]


def claim_dates(sentence: str, published: str) -> list[str | None]:
    """The date of each claim of a one-sentence article published on ``published``."""
    from corpus.extract.article import extract_article

    claims, _ = extract_article(Article("d1", "Dates", None, [], published, False, "d1.txt", sentence + "\n"))
    return [c.date for c in claims]
