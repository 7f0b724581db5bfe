"""A figure said to be more than its source first estimated replaces the first one (sentences written for
these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_count_more_than_first_estimated_updates_the_first() -> None:
    first = make_article(
        "Payment app outage\nAn outage at payments firm Kestra disrupted card payments for about 2 million "
        "customers on Tuesday, the company said.\n",
        published="2026-10-06",
        outlet="Wire",
        title="Payment app outage",
    )
    later = make_article(
        "Kestra outage larger than thought\nKestra said on Thursday that Tuesday's outage had disrupted card payments "
        "for 3.1 million customers, more than it first estimated.\n",
        published="2026-10-08",
        outlet="Daily",
        title="Kestra outage larger than thought",
    )
    links = links_of(first, later)
    assert relations_between(links, "about 2 million", "3.1 million customers") == ["updates"], links
