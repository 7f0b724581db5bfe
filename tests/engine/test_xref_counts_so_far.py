"""A count of things said to stand "so far" or to "have now been" done grows as news comes in: a later total
updates it (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_later_total_updates_a_count_so_far() -> None:
    first = make_article(
        "A power failure at the Brenholm airport has disrupted travel since Friday.\n"
        "About 420 flights have now been cancelled, the airport operator said.\n",
        published="2027-02-14",
        outlet="Wire One",
    )
    later = make_article(
        "Brenholm airport is back to a normal schedule a week after a power failure.\n"
        "In total, 610 flights were cancelled, the airport operator said.\n",
        published="2027-02-21",
        outlet="Air Daily",
    )
    links = links_of(first, later)
    assert relations_between(links, "About 420 flights", "610 flights") == ["updates"], links


def test_a_fixed_count_without_so_far_is_not_made_a_series() -> None:
    first = make_article(
        "A ferry with 182 passengers on board ran aground off Tarsk on Friday, the coast guard said.\n",
        published="2027-02-14",
        outlet="Wire One",
    )
    later = make_article(
        "The ferry that ran aground off Tarsk last week was carrying 176 passengers, the operator said.\n",
        published="2027-02-21",
        outlet="Sea News",
    )
    links = links_of(first, later)
    assert "updates" not in relations_between(links, "182 passengers", "176 passengers"), links
