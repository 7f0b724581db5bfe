"""A sum a claim sets its own against ("smaller than the 4 billion pesos reported by local media") is the earlier
value it replaces, not a sum the claim states: the announcement updates the report, never corroborates it
(sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_sum_set_against_the_one_reported_by_others_replaces_it() -> None:
    report = make_article(
        "Costa Verde plans tax cut, paper says\nCosta Verde's government is preparing to cut electricity taxes by "
        "about 4 billion pesos, the daily El Faro reported on Monday, citing two officials at the treasury.\n",
        published="2026-06-08",
        outlet="Wire",
        title="Costa Verde plans tax cut, paper says",
    )
    announced = make_article(
        "Costa Verde cuts electricity taxes\nCosta Verde's treasury on Thursday announced a cut in electricity taxes "
        "worth 3.2 billion pesos, smaller than the 4 billion pesos reported by local media earlier in the week.\n",
        published="2026-06-11",
        outlet="Daily",
        title="Costa Verde cuts electricity taxes",
    )
    links = links_of(report, announced)
    assert relations_between(links, "worth 3.2 billion pesos", "about 4 billion pesos") == ["updates"], links
