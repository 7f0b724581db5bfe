"""An offer withdrawn later ("withdraws $12bn offer") is the later news of the sum, never a second report of its
making ("raised its offer to about $12 billion"): it updates it, it does not corroborate it."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article


def test_an_offer_withdrawn_later_updates_the_offer() -> None:
    raised = titled_article(
        "Harbor Foods raises offer for Nordmart to $12 billion, sources say",
        "OSLO, March 3 (Reuters) - Harbor Foods has raised its offer for Nordmart to about $12 billion, two people "
        "familiar with the matter said.",
        "2027-03-03",
        "Reuters",
    )
    withdrawn = titled_article(
        "Harbor Foods withdraws $12bn offer for Nordmart",
        "Harbor Foods has withdrawn its $12bn offer for Nordmart, blaming the grocer's refusal to open its books.",
        "2027-08-12",
        "Financial Desk",
    )
    links = links_of(raised, withdrawn)
    relations = relations_between(links, "withdrawn its $12bn offer", "raised its offer")
    assert "corroborates" not in relations, links
    assert "updates" in relations, links
