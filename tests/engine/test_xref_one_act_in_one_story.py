"""One act told by two outlets whose leads name one town days apart ("Police in Darnow have detained the owner" / a
local paper's "DARNOW — The owner ... was taken into custody" under a lead of the vigil): one arrest told twice,
though the two articles share fewer of their words than two wire reports of one event do (sentences written for
these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _wire() -> object:
    return make_article(
        "Warehouse owner detained after Darnow fire\nPolice in Darnow have detained the owner of a furniture "
        "warehouse that burned down on Sunday, AFP reported.\nFirefighters needed nine hours to put out the blaze.\n"
        "The cause of the fire is not yet known.\n",
        published="2031-06-02",
        outlet="AFP",
        title="Warehouse owner detained after Darnow fire",
    )


def _local(town: str, published: str) -> object:
    return make_article(
        f"{town} mourns four workers\n{town.upper()} — The owner of the warehouse, businessman Piet Horvat, was taken "
        "into custody on Monday evening, police spokeswoman Ana Lenz said.\nHundreds of residents attended a vigil "
        "at the town hall on Tuesday, and the mayor declared a day of mourning.\nSchools in the district stayed "
        "closed.\nThe families of the dead have demanded compensation from the city.\n",
        published=published,
        outlet=f"{town} Courier",
        title=f"{town} mourns four workers",
    )


def test_one_arrest_told_by_a_wire_and_a_local_paper_corroborates() -> None:
    links = links_of(_wire(), _local("Darnow", "2031-06-03"))
    assert "corroborates" in relations_between(links, "have detained the owner", "taken into custody"), links


def test_an_arrest_in_another_town_a_month_later_is_not_that_one() -> None:
    links = links_of(_wire(), _local("Velmar", "2031-07-09"))
    assert "corroborates" not in relations_between(links, "have detained the owner", "taken into custody"), links
