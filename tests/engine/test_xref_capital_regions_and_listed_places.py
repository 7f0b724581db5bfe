"""A capital and the region around it are one place as two reports name it, and a list of places after a counted noun
is no clause of another figure (sentences written for these tests)."""

from __future__ import annotations

import pytest

from corpus.towns import around_capital

from .conftest import links_of, make_article, relations_between


@pytest.mark.parametrize(
    ("region", "capital"),
    [
        ("Attica", "athens"),
        ("Lazio", "rome"),
        ("Cundinamarca", "bogota"),
        ("Gyeonggi", "seoul"),
        ("Uusimaa", "helsinki"),
    ],
)
def test_a_capitals_region_is_known_both_ways(region: str, capital: str) -> None:
    assert capital in around_capital(region)
    assert region.lower() in around_capital(capital.title())


def test_no_country_is_a_capitals_region() -> None:
    assert "france" not in around_capital("Paris")  # ("Ile-de-France" names the region, not France)
    assert around_capital("Lyon") == frozenset()


def test_a_relay_naming_the_capitals_region_corroborates_the_wire_naming_the_capital() -> None:
    wire = make_article(
        "Wildfire near Quito forces evacuations\nQUITO, Sept 3 (Reuters) - A wildfire that started on Tuesday east of "
        "Quito has burned about 2,400 hectares of forest and grassland, Ecuador's risk management agency said on "
        "Wednesday.\n",
        published="2041-09-03",
        outlet="Reuters",
        title="Wildfire near Quito forces evacuations",
    )
    relay = make_article(
        "Pichincha blaze scorches hills\nA blaze in eastern Pichincha has scorched some 2,400 hectares, Reuters "
        "reported on Wednesday, citing the risk management agency.\n",
        published="2041-09-03",
        outlet="El Comercio",
        title="Pichincha blaze scorches hills",
    )
    links = links_of(wire, relay)
    assert {"corroborates", "cites"} & set(relations_between(links, "about 2,400 hectares", "some 2,400 hectares"))


def test_residents_of_listed_villages_who_were_evacuated_are_a_count_of_the_evacuated() -> None:
    first = make_article(
        "Wildfire forces evacuations near Seville\nSEVILLE, Aug 4 (Reuters) - About 1,800 residents of Gerena, "
        "Guillena and nearby hamlets were evacuated overnight as a wildfire spread, the regional government said.\n",
        published="2041-08-04",
        outlet="Reuters",
        title="Wildfire forces evacuations near Seville",
    )
    later = make_article(
        "Seville wildfire: thousands out of their homes\nSEVILLE (AFP) - About 3,500 people have now left their homes "
        "because of the wildfire near Seville, the regional government said on Thursday.\n",
        published="2041-08-06",
        outlet="AFP",
        title="Seville wildfire: thousands out of their homes",
    )
    links = links_of(first, later)
    assert "updates" in relations_between(links, "About 3,500 people", "About 1,800 residents"), links
