"""An act a report said would come ("said he would sign an order delaying the ban") and a later report of it done
("signed an order delaying the ban") are the saying and its fulfilment: the later updates the earlier, never
corroborates it as a second source of one report. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_an_order_signed_after_it_was_said_to_come_updates_the_saying() -> None:
    promised = make_article(
        "Streaming app back online\nVidlo said on Sunday that it was restoring service to its users after Governor "
        "Anna Roos said she would sign an executive order delaying the Vidlo ban.\n",
        published="2026-01-19",
        outlet="Tech Wire",
        title="Streaming app back online",
    )
    signed = make_article(
        "Roos signs order delaying Vidlo ban\nGovernor Anna Roos on Monday signed an executive order delaying the "
        "Vidlo ban by 75 days.\n",
        published="2026-01-20",
        outlet="State Daily",
        title="Roos signs order delaying Vidlo ban",
    )
    links = links_of(promised, signed)
    rels = relations_between(links, "Governor Anna Roos on Monday signed", "Vidlo said on Sunday")
    assert rels == ["updates"], links
