"""Counts of one kind of thing hundreds of times apart are of different things done to them: never a conflict
(issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_homes_without_power_and_homes_declared_unsafe_do_not_conflict() -> None:
    first = make_article(
        "A strong earthquake struck southern Peru on Monday.\n"
        "More than 450,000 homes lost power, the electricity regulator said.\n",
        published="2027-08-09",
        outlet="Wire One",
    )
    later = make_article(
        "Engineers have declared 1,300 homes uninhabitable after Monday's earthquake in southern Peru, "
        "the regional governor said on Thursday.\n",
        published="2027-08-12",
        outlet="Andes Daily",
    )
    links = links_of(first, later)
    assert "conflicts" not in relations_between(links, "450,000 homes", "1,300 homes"), links
