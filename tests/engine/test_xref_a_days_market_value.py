"""What the market puts on a company is read each trading day: a market value on Friday is its later value, never a
second source for Tuesday's, however near. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_market_value_days_later_is_its_later_value() -> None:
    peak = make_article(
        "Orvane becomes most valuable company\nOrvane became the world's most valuable listed company on Tuesday, with "
        "a market value of $2.84 trillion, after its shares rose 4.1%.\n",
        published="2026-09-15",
        outlet="Market Wire",
        title="Orvane becomes most valuable company",
    )
    slide = make_article(
        "Orvane loses top spot\nOrvane lost its place as the world's most valuable company on Friday after a "
        "two-day fall in its shares cut its market value to about $2.7 trillion.\n",
        published="2026-09-18",
        outlet="Daily Ledger",
        title="Orvane loses top spot",
    )
    links = links_of(peak, slide)
    assert relations_between(links, "about $2.7 trillion", "$2.84 trillion") == ["updates"], links
