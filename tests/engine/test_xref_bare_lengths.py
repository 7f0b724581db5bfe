"""A length whose words name no dimension ("8 km", "10 km") is no measure to compare: an ash column's height
and an exclusion zone's reach are two things, never two values of one series. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_an_ash_column_and_an_exclusion_zone_are_not_one_series() -> None:
    eruption = make_article(
        "Volcano erupts on Sarn\nThe Sarn volcano erupted on Monday, sending a column of ash 8 km into the sky, "
        "the geological agency said.\n",
        published="2026-05-04",
        outlet="Wire",
        title="Volcano erupts on Sarn",
    )
    zone = make_article(
        "Sarn zone widened\nAuthorities widened the exclusion zone around the Sarn volcano to 10 km on Tuesday, "
        "the geological agency said.\n",
        published="2026-05-05",
        outlet="Paper",
        title="Sarn zone widened",
    )
    links = links_of(eruption, zone)
    assert not {"updates", "corroborates", "conflicts"} & set(
        relations_between(links, "exclusion zone", "column of ash")
    ), links


def test_a_named_dimension_is_still_compared() -> None:
    first = make_article(
        "Quake felt across Varn\nThe quake struck at a depth of 40 km, the Varn seismic agency said on Monday.\n",
        published="2026-05-04",
        outlet="Wire",
        title="Quake felt across Varn",
    )
    second = make_article(
        "Varn quake\nThe Varn quake struck at a depth of 40 km, the seismic agency said.\n",
        published="2026-05-04",
        outlet="Paper",
        title="Varn quake",
    )
    links = links_of(first, second)
    assert relations_between(links, "The Varn quake struck", "The quake struck") == ["corroborates"], links
