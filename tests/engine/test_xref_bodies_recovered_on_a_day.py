"""Bodies recovered on a day the claim names, with no total beside them, are that day's recoveries: a part of the
toll, never a later value of it (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _collapse() -> tuple:
    first = make_article(
        "Quarry wall collapse kills at least 5\nAt least five workers were killed when a quarry wall collapsed near "
        "Orsk on Monday, regional officials said.\n",
        published="2027-05-03",
        outlet="Wire One",
    )
    later = make_article(
        "Orsk quarry toll rises to 14\nThe number of workers killed in the quarry collapse near Orsk has risen to 14, "
        "the regional government said on Wednesday.\nRescuers recovered six bodies from the rubble on Tuesday and "
        "Wednesday, a fire service spokesman said.\n",
        published="2027-05-05",
        outlet="Orsk Daily",
    )
    return first, later


def test_a_days_recovered_bodies_update_neither_the_toll_nor_an_earlier_toll() -> None:
    links = links_of(*_collapse())
    assert "updates" not in relations_between(links, "recovered six bodies", "has risen to 14"), links
    assert "updates" not in relations_between(links, "recovered six bodies", "At least five workers"), links


def test_the_new_toll_still_updates_the_first() -> None:
    links = links_of(*_collapse())
    assert relations_between(links, "has risen to 14", "At least five workers") == ["updates"], links
