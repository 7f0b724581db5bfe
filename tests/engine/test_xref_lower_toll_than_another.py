"""A source "giving a lower toll than" another, named or by its initials, disputes that other's figure: the two
conflict, the later does not update it (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _first() -> object:
    return make_article(
        "At least 38 people died when a bus plunged into a gorge in the north, the National Disaster Agency said "
        "on Monday.",
        published="2026-05-04",
        outlet="Wire One",
        title="Bus plunges into gorge",
    )


def test_a_lower_toll_than_the_agency_by_its_initials_conflicts() -> None:
    second = make_article(
        "The regional health office said on Tuesday that 31 people had died in the bus crash, giving a lower toll "
        "than the NDA.",
        published="2026-05-05",
        outlet="Wire Two",
        title="Bus crash toll disputed",
    )
    links = links_of(_first(), second)
    assert relations_between(links, "At least 38", "31 people had died") == ["conflicts"]


def test_a_lower_toll_than_another_party_is_no_dispute_of_this_one() -> None:
    second = make_article(
        "The regional health office said on Tuesday that 31 people had died in the bus crash, giving a lower toll "
        "than the police.",
        published="2026-05-05",
        outlet="Wire Two",
        title="Bus crash toll disputed",
    )
    links = links_of(_first(), second)
    assert "conflicts" not in relations_between(links, "At least 38", "31 people had died")
