"""A toll told of several countries together ("across five countries", "across eastern Europe", "Balkans flood toll")
is the whole that one country's own count is a part of: neither updates, corroborates nor conflicts with the other
(figure_scope's ``many``)."""

from __future__ import annotations

from corpus.xref import figure_scope

from .conftest import links_of, make_article, relations_between, titled_article

STRONG = {"updates", "corroborates", "conflicts"}


def _ludmila() -> list[tuple[str, str, str, str]]:
    wire = titled_article(
        "Storm Ludmila floods kill 11 in central Europe",
        "VIENNA (AP) — Floods brought by Storm Ludmila killed at least 11 people across central Europe on Monday.\n"
        "In Slovakia, the death toll rose to three, the Interior Ministry said.\n"
        "In Hungary, officials said five people had died in the southern county of Baranya.",
        "2027-05-10",
        "Associated Press",
    )
    explainer = make_article(
        "Storm Ludmila: what we know\nAt least 19 people have died across five countries since Storm Ludmila hit "
        "central Europe last week.\n",
        published=None,
        outlet="Danube Review",
        title="Storm Ludmila: what we know",
    )
    return links_of(wire, explainer)


def test_one_countrys_toll_is_no_value_of_a_toll_across_several() -> None:
    links = _ludmila()
    assert not STRONG & set(relations_between(links, "At least 19", "rose to three")), links
    assert not STRONG & set(relations_between(links, "rose to three", "killed at least 11")), links
    assert not STRONG & set(relations_between(links, "rose to three", "kill 11")), links


def test_a_county_named_with_a_side_word_is_a_part_of_a_toll_across_several_countries() -> None:
    links = _ludmila()
    assert not STRONG & set(relations_between(links, "At least 19", "southern county of Baranya")), links


def test_two_tolls_across_several_countries_are_one_series() -> None:
    links = _ludmila()
    assert "updates" in relations_between(links, "At least 19", "killed at least 11"), links


def test_a_happening_named_by_its_countrys_people_places_its_toll() -> None:
    czech = titled_article(
        "Czech flood toll rises to two",
        "The number of people who died in the Czech floods has risen to two, police said on Thursday, and four people "
        "are still missing.\nIn Brno, where Storm Ludmila flooded the Komarov district, about 800 people spent a second "
        "night in shelters.",
        "2027-05-13",
        "Prague Radio",
    )
    whole = titled_article(
        "Central Europe flood toll climbs to 14 as Ludmila moves east",
        "BUDAPEST (AP) — The death toll from floods across central and eastern Europe rose to at least 14 on Tuesday, "
        "with deaths reported in Hungary, Slovakia and Austria.",
        "2027-05-11",
        "Associated Press",
    )
    links = links_of(czech, whole)
    assert not STRONG & set(relations_between(links, "risen to two", "climbs to 14")), links


def test_a_country_recording_its_own_deaths_is_a_part_of_a_regions_toll() -> None:
    whole = titled_article(
        "Central Europe flood toll climbs to 14 as Ludmila moves east",
        "The death toll from floods across central Europe rose to at least 14 on Tuesday, officials said.",
        "2027-05-11",
        "Associated Press",
    )
    tally = make_article(
        "Ludmila in numbers\nHungary has recorded six deaths, Slovakia four and Austria three.\n",
        published=None,
        outlet="Danube Review",
        title="Ludmila in numbers",
    )
    links = links_of(whole, tally)
    assert not STRONG & set(relations_between(links, "climbs to 14", "Hungary has recorded")), links


def test_a_region_that_is_one_country_is_no_many_countries_whole() -> None:
    assert figure_scope._of_many_countries("killed 40 people across six countries")
    assert figure_scope._of_many_countries("Central Europe flood toll climbs to 16")
    assert figure_scope._of_many_countries("as storms swept through the Balkans")
    assert not figure_scope._of_many_countries("Floods across South Africa killed 40 people")
    assert not figure_scope._of_many_countries("Europe's largest carmaker will cut 4,000 jobs")
