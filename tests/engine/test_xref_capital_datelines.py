"""A report datelined in a capital with no country after it ("OSLO (AP) -") about a story another wire
datelines in a town of that country ("HOLMVIK, Norway (Reuters) -"): one story told from two places."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _town_wire():
    return make_article(
        "Landslide buries houses in Norwegian village, at least 14 dead\n"
        "HOLMVIK, Norway (Reuters) - A landslide buried part of the village of Holmvik on "
        "Tuesday, killing at least 14 people and leaving 19 missing, police said.\n"
        "Dozens of residents were evacuated, police spokeswoman Ingrid Dahl said.\n",
        published="2027-03-02",
        outlet="Reuters",
        title="Landslide buries houses in Norwegian village, at least 14 dead",
    )


def test_a_capitals_report_naming_the_country_counts_the_towns_dead_alike() -> None:
    capital = make_article(
        "Fourteen killed as landslide hits west coast\n"
        "OSLO (AP) - Fourteen people died when a hillside gave way on the west coast on Tuesday afternoon, "
        "Norway's justice ministry said.\n"
        "Nineteen people are unaccounted for, the ministry said.\n",
        published="2027-03-02",
        outlet="Associated Press",
        title="Fourteen killed as landslide hits west coast",
    )
    links = links_of(_town_wire(), capital)
    assert "corroborates" in relations_between(links, "Fourteen people died", "killing at least 14 people"), links
    assert "corroborates" in relations_between(links, "Nineteen people are unaccounted for", "leaving 19 missing"), (
        links
    )


def test_a_capitals_report_naming_another_country_stays_apart() -> None:
    capital = make_article(
        "Fourteen killed as landslide hits west coast\n"
        "STOCKHOLM (AP) - Fourteen people died when a hillside gave way on the west coast on Tuesday afternoon, "
        "Sweden's civil protection agency said.\n"
        "Nineteen people are unaccounted for, the agency said.\n",
        published="2027-03-02",
        outlet="Associated Press",
        title="Fourteen killed as landslide hits west coast",
    )
    links = links_of(_town_wire(), capital)
    assert not relations_between(links, "Fourteen people died", "killing at least 14 people"), links
    assert not relations_between(links, "Nineteen people are unaccounted for", "leaving 19 missing"), links
