"""Counts of a disaster's aftermath that go down as it is put right: those "still unable to return home" are the
displaced, "power restored to all but 2,500 households" counts those still without power, and a much smaller later
count of homes without power is its next value, not another scale. Our own sentences."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_of, make_article, relations_between


def _storm() -> Article:
    return make_article(
        "A storm battered the Vell coast on Sunday, forcing about 6,200 people from their homes, officials said.\n"
        "About 41,000 households were without power on Sunday evening, the grid operator said.\n",
        "2032-10-03",
        outlet="Wire",
        title="Storm hits Vell coast, thousands without power",
    )


def test_those_still_unable_to_return_home_are_the_displaced() -> None:
    later = make_article(
        "Floodwaters were receding along the Vell coast on Tuesday, but about 3,100 people were still unable to "
        "return home.\n",
        "2032-10-05",
        outlet="Coast News",
        title="Vell coast clean-up begins",
    )
    assert relations_between(links_of(_storm(), later), "still unable", "about 6,200") == ["updates"]


def test_power_restored_to_all_but_some_households_counts_those_still_without() -> None:
    later = make_article(
        "Power had been restored to all but 1,800 households on the Vell coast by Tuesday, the grid operator said.\n",
        "2032-10-05",
        outlet="Coast News",
        title="Vell coast clean-up begins",
    )
    assert relations_between(links_of(_storm(), later), "all but 1,800", "About 41,000") == ["updates"]
