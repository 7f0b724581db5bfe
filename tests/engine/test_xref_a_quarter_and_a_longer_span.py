"""One quarter's figure and a span of several quarters or months ("in the first three quarters", "so far this year")
are figures for periods of other lengths: neither is a value of the other. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

STRONG = {"updates", "corroborates", "conflicts"}


def test_a_quarters_deliveries_are_no_value_of_the_first_three_quarters() -> None:
    quarter = make_article(
        "Velora deliveries slip\nVelora delivered 212,400 vehicles in the second quarter, down 3% from a year earlier, "
        "the carmaker said on Tuesday.\n",
        published="2026-07-02",
        outlet="Wire",
        title="Velora deliveries slip",
    )
    span = make_article(
        "Velora's year so far\nVelora delivered 640,000 vehicles in the first three quarters of 2026, down from "
        "655,000 a year earlier.\n",
        published=None,
        outlet="Auto Weekly",
        title="Velora's year so far",
    )
    links = links_of(quarter, span)
    assert not STRONG & set(relations_between(links, "212,400", "640,000")), links
