"""A pair's relation is the same whichever claim is given first (issue 12): a build relates a pair in the
order its claims were read, an add with the new claim first, and both must make the same links."""

from __future__ import annotations

import itertools
from pathlib import Path

from corpus.loader import load_dir
from corpus.model import is_background
from corpus.pipeline import extract
from corpus.xref.features import features
from corpus.xref.relations import relate

STORIES = Path(__file__).resolve().parents[1] / "data" / "clusters" / "sealed_s17"


def test_relate_gives_one_relation_whichever_claim_comes_first() -> None:
    articles = [a for a in load_dir(STORIES) if Path(a.source_file).name.startswith("transfer_")]
    by_id = {a.id: a for a in articles}
    claims = [c for c in extract(articles).claims if not is_background(c)]
    found = [features(c, by_id[c.article_id]) for c in claims]
    differ = []
    for a, b in itertools.combinations(found, 2):
        if a.article.id == b.article.id:
            continue
        one, other = relate(a, b), relate(b, a)
        if (one and (one.relation, one.source, one.target)) != (other and (other.relation, other.source, other.target)):
            differ.append((a.claim.text[:60], b.claim.text[:60]))
    assert differ == []


def test_a_company_statement_told_by_two_outlets_one_describing_the_company_is_one_origin() -> None:
    from corpus.xref.origins import assess_all

    from .conftest import make_article

    named = make_article(
        "Corvel to close 40 stores\nCorvel said on Tuesday it would close 40 stores and cut 900 jobs by March.\n",
        published="2026-01-13",
        outlet="City Wire",
        title="Corvel to close 40 stores",
    )
    described = make_article(
        "Corvel confirms store closures\nCorvel will close 40 stores and cut 900 jobs by March, the British retailer "
        "said in a statement on Tuesday.\n",
        published="2026-01-13",
        outlet="Retail Weekly",
        title="Corvel confirms store closures",
    )
    extraction = extract([named, described])
    (claim,) = [c for c in extraction.claims if c.text.startswith("Corvel will close")]
    assessment = assess_all(extraction.claims, extraction.articles, extraction.xrefs)[claim.id]
    assert (assessment.reports, assessment.origins) == (2, 1), assessment
