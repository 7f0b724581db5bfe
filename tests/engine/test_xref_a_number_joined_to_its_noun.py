"""A number joined to its noun by a hyphen ("a three-train collision", "a two-car crash") says what kind of thing, never
how many a toll beside it counts. Our own sentences."""

from __future__ import annotations

from .conftest import figure_measure, links_of, make_article, relations_between


def test_a_hyphened_number_is_not_the_toll_of_its_sentence() -> None:
    text = "The death toll from a three-train collision in the east rose to 212 on Saturday, officials said."
    assert figure_measure(text, "three", 3.0, "train", "train", "train") != "killed"
    text = "The number of people killed in a two-bus crash on the coast road has risen to 31."
    assert figure_measure(text, "two", 2.0, "bus", "bus", "bus") != "killed"


def test_the_toll_beside_a_hyphened_number_updates_the_first_count() -> None:
    first = make_article(
        "Rail crash kills at least 170\nAt least 170 people were killed when two passenger trains and a freight "
        "train collided near Morvik on Friday evening, officials said.\n",
        published="2026-06-03",
        outlet="Wire",
        title="Rail crash kills at least 170",
    )
    later = make_article(
        "Morvik rail crash toll rises\nThe death toll from a three-train collision near Morvik rose to 212 on "
        "Saturday, railway officials said.\n",
        published="2026-06-04",
        outlet="Paper",
        title="Morvik rail crash toll rises",
    )
    links = links_of(first, later)
    assert "updates" in relations_between(links, "rose to 212", "At least 170 people"), links
