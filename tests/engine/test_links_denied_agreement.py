"""A denial that a deal is close conflicts with the report that it is (issue 12): "agreeing" and "agreement" are one
word of the deal, and a body named with its country ("Kessland's Civic Union") is about that country, as the report
naming the country is. Our own sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_a_denial_that_a_deal_is_close_conflicts_with_the_report() -> None:
    report = make_article(
        "Talks near deal\nThe two largest parties in Marvania are close to agreeing a coalition government, three "
        "people familiar with the talks said on Sunday.\n",
        published="2026-10-18",
        outlet="Reuters",
        title="Talks near deal",
    )
    denial = make_article(
        "Marvania party denies deal\nMarvania's Green Front on Monday denied a report that it was close to a coalition "
        "agreement with the Farmers' League.\n",
        published="2026-10-19",
        outlet="Marvania Daily",
        title="Marvania party denies deal",
    )
    found = links_between(links_of(report, denial), "denied a report", "close to agreeing")
    assert [rel for rel, _ in found] == ["conflicts"]


def test_agreeing_and_agreement_are_one_stem() -> None:
    from corpus.xref.stems import stem

    assert stem("agreeing") == stem("agreement") == stem("agreed") == stem("agree")
