"""Claims for the search tests: real sentences from the bundled articles.

The sentence splitting here is a plain rule (sentence ends, line ends), not the
extraction pipeline: the search engine must work on whatever claims it gets.
"""

from __future__ import annotations

import hashlib
import random
import re

import pytest

from corpus.loader import bundled_articles
from corpus.model import Article, Claim
from store.search import SearchIndex

_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+[\u201d\u2019\"']?|$)", re.MULTILINE)


def claim_id(article_id: str, text: str) -> str:
    return "c" + hashlib.sha256(f"{article_id}\n{text}".encode()).hexdigest()[:12]


def sentence_claims(article: Article) -> list[Claim]:
    claims = []
    for match in _SENTENCE.finditer(article.body):
        text = match.group().strip()
        if len(text.split()) < 4:
            continue
        start = match.start() + match.group().index(text)
        claims.append(
            Claim(claim_id(article.id, text), article.id, start, start + len(text), text, "statement", None, "asserted")
        )
    return claims


@pytest.fixture(scope="session")
def articles() -> list[Article]:
    return bundled_articles()


@pytest.fixture(scope="session")
def claims(articles) -> list[Claim]:
    return [claim for article in articles for claim in sentence_claims(article)]


@pytest.fixture(scope="session")
def index(claims, articles) -> SearchIndex:
    return SearchIndex.build(claims, articles)


@pytest.fixture(scope="session")
def big_claims(claims, articles) -> list[Claim]:
    """~3,000 claims: the real sentences again with other numbers and places,
    so common words match thousands of claims (as in a large corpus)."""
    rng = random.Random(11)
    places = ["Kursk", "Donbas", "Kharkiv", "Bryansk", "Pokrovsk", "Zaporizhzhia"]
    out = []
    for copy in range(16):
        for claim in claims:
            text = re.sub(r"\d[\d,]*", lambda m: f"{rng.randint(1, 90) * 100:,}", claim.text)
            text = text.replace("Kursk", rng.choice(places))
            out.append(
                Claim(
                    claim_id(f"{claim.article_id}{copy}", text),
                    claim.article_id,
                    0,
                    len(text),
                    text,
                    "statement",
                    None,
                    "asserted",
                )
            )
    return out


@pytest.fixture(scope="session")
def big_index(big_claims, articles) -> SearchIndex:
    return SearchIndex.build(big_claims, articles)
