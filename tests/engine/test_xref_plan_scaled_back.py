"""A figure told as fewer or more than the one a party "had announced" or "had promised" replaces that plan: the
later figure updates it, it does not dispute it (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _plan(body: str) -> object:
    return make_article(
        body, published="2026-04-01", outlet="City Paper", title="Nordic Council to send observers to Talvia vote"
    )


def test_a_plan_scaled_back_updates_the_announcement() -> None:
    first = _plan("The Nordic Council's envoy, Siri Lund, said the council would send 300 election observers.")
    second = make_article(
        "The Nordic Council will send about 180 election observers to Talvia, officials said on Thursday, fewer "
        "than the 300 its envoy had announced two days earlier.",
        published="2026-04-03",
        outlet="Wire Two",
        title="Fewer observers for Talvia vote",
    )
    links = links_of(first, second)
    assert relations_between(links, "would send 300", "about 180") == ["updates"]


def test_a_figure_disputed_beside_the_others_still_conflicts() -> None:
    first = _plan("The Nordic Council's envoy, Siri Lund, said the council would send 300 election observers.")
    second = make_article(
        "The Nordic Council will send only about 180 election observers to Talvia, a union of its staff said on "
        "Thursday, not the 300 its envoy claimed.",
        published="2026-04-03",
        outlet="Wire Two",
        title="Fewer observers for Talvia vote",
    )
    links = links_of(first, second)
    assert relations_between(links, "would send 300", "about 180") == ["conflicts"]
