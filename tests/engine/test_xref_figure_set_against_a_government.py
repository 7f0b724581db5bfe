"""A figure told as "more than double the figure given by the government" disputes the government's own count,
given by its ministry: the two conflict, whichever came later (issue 12). Sentences written for these tests."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_double_the_figure_given_by_the_government_conflicts_with_its_ministrys_count() -> None:
    ministry = make_article(
        "The number of people killed by typhoid in Halvar province has risen to 23, the health ministry said on "
        "Tuesday.\n",
        published="2037-04-15",
        outlet="Halvar Herald",
        title="Typhoid toll rises to 23",
    )
    agency = make_article(
        "The aid group Medora said on Wednesday that at least 52 people had died of typhoid in Halvar province, more "
        "than double the figure given by the government.\n",
        published="2037-04-16",
        outlet="Relief Desk",
        title="Aid group says typhoid toll far higher",
    )
    links = links_of(ministry, agency)
    assert relations_between(links, "at least 52", "risen to 23") == ["conflicts"]
