"""A local paper's bare dateline names its town once ("VELMORE — ..."), its headline and lead a street and a person:
an act it tells in other words ("was taken into custody") still meets the wire's report of that act in that town
("Police in Velmore have detained the owner"), and the two corroborate (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_an_act_told_under_a_bare_dateline_meets_the_wires_report_of_it() -> None:
    wire = make_article(
        "Police detain owner after deadly Velmore bakery blast\nPolice in Velmore have detained the owner of a bakery "
        "that was destroyed by a gas explosion on Monday, AFP reported.\nFour workers were killed in the blast, "
        "according to the news agency.\n",
        published="2031-06-03",
        outlet="AFP",
        title="Police detain owner after deadly Velmore bakery blast",
    )
    local = make_article(
        "Grief on Tanner Lane as families bury bakery workers\nVELMORE — The owner, businessman Oskar "
        "Lint, was taken into custody on Monday evening, police spokeswoman Ida Marsh said.\nThe gas explosion at his "
        "bakery killed four workers and damaged six nearby houses.\nHundreds of neighbours lined Tanner Lane on "
        "Wednesday as the first of the four workers were buried.\n",
        published="2031-06-05",
        outlet="Velmore Herald",
        title="Grief on Tanner Lane as families bury bakery workers",
    )
    links = links_of(wire, local)
    assert "corroborates" in relations_between(links, "was taken into custody", "have detained the owner"), links
