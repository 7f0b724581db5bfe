"""Those who "crossed into" a country are counted with those who fled into it; a recalled model named in capitals and a
kind of vehicle are counted as vehicles; a capital's region lies in its country (sentences written for these
tests)."""

from __future__ import annotations

from corpus.towns import countries_of_place

from .conftest import links_of, make_article, relations_between


def test_those_who_crossed_into_a_country_update_those_who_fled_into_its_province() -> None:
    relay = make_article(
        "Thousands flee Darfur fighting into Chad\nSome 2,500 people have fled into Chad's Ouaddai province from "
        "Sudan's West Darfur, Reuters reported on Tuesday, citing Chadian officials.\n",
        published="2041-05-14",
        outlet="Chad Tribune",
        title="Thousands flee Darfur fighting into Chad",
    )
    later = make_article(
        "UN: 6,000 have crossed into Chad\nN'DJAMENA (AP) - About 6,000 people from West Darfur have crossed into "
        "Chad, the U.N. refugee agency said on Monday.\n",
        published="2041-05-20",
        outlet="Associated Press",
        title="UN: 6,000 have crossed into Chad",
    )
    links = links_of(relay, later)
    assert "updates" in relations_between(links, "About 6,000 people", "Some 2,500 people"), links


def test_a_recalled_model_named_in_capitals_is_a_count_of_the_recalled_vehicles() -> None:
    wire = make_article(
        "Toyota recalls 145,000 Tacoma pickups in US\nNEW YORK, March 6 (Reuters) - Toyota is recalling about 145,000 "
        "Tacoma pickup trucks in the United States because a rear axle bolt may loosen, the automaker said on "
        "Wednesday.\n",
        published="2041-03-06",
        outlet="Reuters",
        title="Toyota recalls 145,000 Tacoma pickups in US",
    )
    relay = make_article(
        "Toyota calls back 145K Tacomas\nToyota is calling back about 145,000 Tacomas in the U.S. over a loose axle "
        "bolt, Reuters reported Wednesday.\n",
        published="2041-03-06",
        outlet="Motor1",
        title="Toyota calls back 145K Tacomas",
    )
    later = make_article(
        "Tacoma axle recall grows to 210,000 vehicles\nWASHINGTON, March 27 (Reuters) - The Toyota Tacoma axle recall "
        "now covers about 210,000 vehicles in the United States, the National Highway Traffic Safety Administration "
        "said on Wednesday.\n",
        published="2041-03-27",
        outlet="Reuters",
        title="Tacoma axle recall grows to 210,000 vehicles",
    )
    links = links_of(wire, relay, later)
    assert {"corroborates", "cites"} & set(relations_between(links, "about 145,000 Tacomas", "145,000 Tacoma pickup"))
    assert "updates" in relations_between(links, "about 210,000 vehicles", "about 145,000 Tacomas"), links
    assert "updates" in relations_between(links, "about 210,000 vehicles", "145,000 Tacoma pickup"), links


def test_a_capitals_region_lies_in_its_country() -> None:
    assert countries_of_place("Attica") == frozenset({"Greece"})
    assert countries_of_place("Pichincha") == frozenset({"Ecuador"})
