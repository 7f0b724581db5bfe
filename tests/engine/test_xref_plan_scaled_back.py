"""A figure told as fewer or more than the one a party "had announced" or "had promised" replaces that plan: the
later figure updates it, it does not dispute it (issue 12). Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import links_of, make_article, relations_between


@pytest.mark.parametrize(
    ("later", "relation"),
    [
        # the plan scaled back two days on: its later value
        (
            "The Nordic Council will send about 180 election observers to Talvia, officials said on Thursday, fewer "
            "than the 300 its envoy had announced two days earlier.",
            "updates",
        ),
        # a figure another party disputes beside it: still a dispute
        (
            "The Nordic Council will send only about 180 election observers to Talvia, a union of its staff said on "
            "Thursday, not the 300 its envoy claimed.",
            "conflicts",
        ),
    ],
)
def test_a_plan_scaled_back_updates_the_announcement(later: str, relation: str) -> None:
    plan = make_article(
        "The Nordic Council's envoy, Siri Lund, said the council would send 300 election observers.",
        published="2026-04-01",
        outlet="City Paper",
        title="Nordic Council to send observers to Talvia vote",
    )
    report = make_article(later, published="2026-04-03", outlet="Wire Two", title="Fewer observers for Talvia vote")
    assert relations_between(links_of(plan, report), "would send 300", "about 180") == [relation]
