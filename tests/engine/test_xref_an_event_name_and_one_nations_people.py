"""A one-word event name both claims write as a name ("during this year's Hajj" / "during the Hajj pilgrimage") ties
them to one event, whichever countries their articles name; and one nation's people counted ("480 Egyptian pilgrims")
are a part of a toll that names no nation ("At least 410 pilgrims died"), never its value. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

STRONG = {"updates", "corroborates", "conflicts"}


def _diplomats() -> object:
    return make_article(
        "Hundreds of pilgrims die in heat\nMECCA, Saudi Arabia (AFP) - At least 410 pilgrims died during this year's "
        "Hajj as temperatures passed 50 degrees Celsius, diplomats said on Tuesday.\n",
        published="2026-06-16",
        outlet="Agence France-Presse",
        title="Hundreds of pilgrims die in heat",
    )


def test_one_event_named_alike_is_one_event_whatever_countries_the_articles_name() -> None:
    tally = make_article(
        "Pilgrim deaths pass 800\nThe number of people who died during the Hajj pilgrimage this year has passed 800, "
        "according to a tally of figures from countries, more than half of them pilgrims from Egypt.\n",
        published="2026-06-18",
        outlet="Wire",
        title="Pilgrim deaths pass 800",
    )
    links = links_of(_diplomats(), tally)
    assert "updates" in relations_between(links, "has passed 800", "At least 410 pilgrims"), links


def test_one_nations_pilgrims_are_no_value_of_all_pilgrims() -> None:
    cairo = make_article(
        "Egypt counts its pilgrim dead\nEgypt's government said on Monday that 480 Egyptian pilgrims had died during "
        "the Hajj, most of them unregistered.\n",
        published="2026-06-22",
        outlet="Cairo Daily",
        title="Egypt counts its pilgrim dead",
    )
    links = links_of(_diplomats(), cairo)
    assert not STRONG & set(relations_between(links, "480 Egyptian pilgrims", "At least 410 pilgrims")), links
