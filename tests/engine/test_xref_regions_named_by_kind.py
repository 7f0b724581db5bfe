"""A region a lead names by its kind ("Darvash province") that another article never names, against that
article's own distinctive place ("Oskara"), is another event: a second quake's toll a day later never updates the
first's; a later report naming the first's town still does (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _first() -> object:
    return make_article(
        "Quake kills 12 in eastern Turkey\nANKARA (Reuters) - A magnitude 6.0 earthquake struck Oskara province in "
        "eastern Turkey early on Tuesday, killing at least 12 people and injuring more than 150, the disaster agency said.\nRescue teams were searching the "
        "rubble of 19 buildings.\n",
        published="2034-09-12",
        outlet="Reuters",
        title="Quake kills 12 in eastern Turkey",
    )


def _elsewhere() -> object:
    return make_article(
        "Earthquake in western Iran kills 9\nTEHRAN (AP) - A magnitude 5.8 earthquake struck Darvash province in western "
        "Iran on Wednesday, "
        "killing nine people and injuring at least 120, state media reported.\nThe quake damaged hundreds of homes "
        "in mountain villages.\n",
        published="2034-09-13",
        outlet="AP",
        title="Earthquake in western Iran kills 9",
    )


def _later_toll() -> object:
    return make_article(
        "Aftershock rattles Oskara\nA magnitude 5.1 aftershock shook Oskara on Friday, injuring 20 people, the "
        "disaster agency said.\nThe death toll from Tuesday's earthquake stood at 27, the agency said.\n",
        published="2034-09-15",
        outlet="Daily Courier",
        title="Aftershock rattles Oskara",
    )


def test_a_toll_never_updates_a_quake_in_a_province_its_story_never_names() -> None:
    links = links_of(_first(), _elsewhere(), _later_toll())
    assert not relations_between(links, "death toll from Tuesday's earthquake", "struck Darvash province"), links
    assert "updates" in relations_between(links, "death toll from Tuesday's earthquake", "struck Oskara province")
