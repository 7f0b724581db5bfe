"""What one article may cost: bounds on extraction so that a single legal but
pathological input (80,000 figure sentences, a file of escapes) cannot take
minutes, gigabytes, or bloat the DB that every later command loads.

Real news articles are far inside these bounds (the longest bundled one has
under 100 claims); when an article reaches one, the work stops there and the
user is told, in a notice naming the article.
"""

from __future__ import annotations

import dataclasses
from collections import Counter

from corpus.model import Article, Claim, XRef

MAX_EXTRACTED_CHARS = 300_000  # of one article's body searched for claims (~50,000 words)
MAX_CLAIMS_PER_ARTICLE = 2_000
MAX_LINKS_PER_ARTICLE = 10_000  # cross-references touching one new article's claims


def _name(article: Article) -> str:
    return article.title or article.source_file


def extractable(article: Article) -> tuple[Article, str | None]:
    """The article cut (at a paragraph end) to what extraction may read, and a notice if cut.

    The cut copy keeps the id and the body's start, so every offset into it is an
    offset into the stored article."""
    if len(article.body) <= MAX_EXTRACTED_CHARS:
        return article, None
    cut = article.body.rfind("\n", 0, MAX_EXTRACTED_CHARS) + 1 or MAX_EXTRACTED_CHARS
    notice = (
        f"{_name(article)}: only the first {cut:,} of {len(article.body):,} characters were searched for claims"
        f" (an article is read up to {MAX_EXTRACTED_CHARS:,})"
    )
    return dataclasses.replace(article, body=article.body[:cut]), notice


def capped_claims(article: Article, claims: list[Claim]) -> tuple[list[Claim], str | None]:
    """The first ``MAX_CLAIMS_PER_ARTICLE`` claims of an article, by position."""
    if len(claims) <= MAX_CLAIMS_PER_ARTICLE:
        return claims, None
    kept = sorted(claims, key=lambda c: (c.start, c.end))[:MAX_CLAIMS_PER_ARTICLE]
    return kept, f"{_name(article)}: {len(claims):,} claims found, the first {MAX_CLAIMS_PER_ARTICLE:,} kept"


def capped_links(xrefs: list[XRef], claims: list[Claim], articles: list[Article]) -> tuple[list[XRef], list[str]]:
    """At most ``MAX_LINKS_PER_ARTICLE`` links touching the claims of each of ``articles``
    (the ones just extracted), the strongest kept."""
    article_of = {c.id: c.article_id for c in claims}
    limited = {a.id for a in articles}
    per_article: Counter[str] = Counter()
    for xref in xrefs:
        for end in limited & {article_of.get(xref.source), article_of.get(xref.target)}:
            per_article[end] += 1
    over = {aid for aid, n in per_article.items() if n > MAX_LINKS_PER_ARTICLE}
    if not over:
        return xrefs, []
    kept: list[XRef] = []
    counts: Counter[str] = Counter()
    for xref in sorted(xrefs, key=lambda x: (-x.score, x.source, x.target, x.relation)):
        ends = limited & {article_of.get(xref.source), article_of.get(xref.target)}
        if any(counts[end] >= MAX_LINKS_PER_ARTICLE for end in ends):
            continue
        counts.update(ends)
        kept.append(xref)
    names = {a.id: _name(a) for a in articles}
    notices = [
        f"{names[aid]}: {per_article[aid]:,} cross-references found, the {MAX_LINKS_PER_ARTICLE:,} strongest kept"
        for aid in sorted(over)
    ]
    return kept, notices
