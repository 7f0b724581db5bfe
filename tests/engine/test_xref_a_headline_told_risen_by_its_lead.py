"""A headline's figure is the new value its lead says the toll has risen to ("Rail crash kills 212" over "The death
toll ... rose to 212"): against another report's "at least 170" of the same day it is the later value, not a second
source for it. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_headline_over_a_risen_toll_updates_the_same_days_lower_bound() -> None:
    first = make_article(
        "Rail crash near Morvik\nAt least 170 people were killed when two passenger trains and a freight train "
        "collided near Morvik on Friday evening, officials said.\n",
        published="2026-06-03",
        outlet="Wire",
        title="Rail crash near Morvik",
    )
    later = make_article(
        "Morvik rail crash kills 212\nMORVIK (Reuters) - The death toll from the collision of three trains near "
        "Morvik rose to 212 on Saturday, railway officials said.\n",
        published="2026-06-03",
        outlet="Paper",
        title="Morvik rail crash kills 212",
    )
    links = links_of(first, later)
    assert relations_between(links, "Morvik rail crash kills 212", "At least 170 people") == ["updates"], links
