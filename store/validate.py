"""Checks on pipeline output before it is stored, so a DB never holds a claim
whose offsets miss its text or an xref pointing at nothing."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from corpus.model import RELATIONS, Article, Extraction
from store.errors import InvalidExtraction


def check_extraction(
    path: Path,
    extraction: Extraction,
    known_articles: Mapping[str, Article] | None = None,
    known_claims: Iterable[str] = (),
) -> None:
    """Raise ``InvalidExtraction`` naming the first claim/xref/article at fault.

    ``known_*`` are what the DB already holds (for an incremental add).
    """
    articles: dict[str, Article] = dict(known_articles or {})
    for article in extraction.articles:
        if not article.id:
            raise InvalidExtraction(path, f"article from {article.source_file} has no id")
        articles.setdefault(article.id, article)
    claim_ids = set(known_claims)
    for claim in extraction.claims:
        article = articles.get(claim.article_id)
        if article is None:
            raise InvalidExtraction(path, f"claim {claim.id} names unknown article {claim.article_id}")
        if not 0 <= claim.start <= claim.end <= len(article.body) or (
            article.body[claim.start : claim.end] != claim.text
        ):
            raise InvalidExtraction(path, f"claim {claim.id} offsets {claim.start}-{claim.end} do not match its text")
        claim_ids.add(claim.id)
    for xref in extraction.xrefs:
        if xref.relation not in RELATIONS:
            raise InvalidExtraction(path, f"xref {xref.source}->{xref.target} has unknown relation {xref.relation!r}")
        for end in (xref.source, xref.target):
            if end not in claim_ids:
                raise InvalidExtraction(path, f"xref {xref.source}->{xref.target} names unknown claim {end}")
