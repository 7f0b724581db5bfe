"""A count of things said to stand "so far", to "have now been" done or to stand "now" grows as news comes in: a
later total updates it (issue 12). Our own sentences."""

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


def test_a_count_said_to_stand_now_updates_an_earlier_days_count() -> None:
    first = make_article(
        "Forest fire near Ostrel\nAbout 120 firefighters were tackling the blaze in the hills above Ostrel.\n",
        published="2027-04-03",
        outlet="Wire One",
    )
    later = make_article(
        "Ostrel fire spreads\nMore than 400 firefighters are now assigned to the Ostrel fire, officials said.\n",
        published="2027-04-05",
        outlet="River News",
    )
    links = links_of(first, later)
    assert relations_between(links, "More than 400 firefighters", "About 120 firefighters") == ["updates"], links


def test_a_total_a_body_has_now_received_updates_its_earlier_total() -> None:
    first = make_article(
        "Heater maker faces scrutiny\nThe consumer safety office said it had received 41 complaints about Calvo "
        "fan heaters overheating.\n",
        published="2027-09-02",
        outlet="Wire One",
    )
    later = make_article(
        "Calvo heaters investigated\nThe consumer safety office said it had now received 88 complaints about Calvo "
        "fan heaters.\n",
        published="2027-09-19",
        outlet="Home Safety News",
    )
    links = links_of(first, later)
    assert relations_between(links, "now received 88", "received 41 complaints") == ["updates"], links
