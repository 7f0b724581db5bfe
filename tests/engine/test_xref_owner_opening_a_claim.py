"""A claim that opens with its figure's owner by name ("Braga's dams have fallen to 35.5% of capacity") gives that
owner's figure: a report on another town that never names it is about other dams, even when the claim names that town
too (sentences written for these tests)."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def _city() -> Article:
    return make_article(
        "Porto to cut night-time water pressure as dams drop\nPorto will cut water pressure at night in six parishes "
        "from May 1, the city announced on Monday.\nDam levels have dropped to 36% of capacity, the water department "
        "said.\n",
        published="2041-04-14",
        outlet="Porto Daily",
        title="Porto to cut night-time water pressure as dams drop",
    )


def _neighbour(owner: str) -> Article:
    return make_article(
        f"{owner} dams at 35% as council rules out cuts\n{owner}'s dams have fallen to 35.5% of capacity, the "
        f"municipality said on Wednesday, as the dry spell that has hit Porto spreads north.\nThe council said it had "
        f"no plans to cut supplies.\n",
        published="2041-04-16",
        outlet="Minho Post",
        title=f"{owner} dams at 35% as council rules out cuts",
    )


def test_another_owners_dams_are_other_dams() -> None:
    links = links_of(_city(), _neighbour("Braga"))
    assert not _STRONG & set(relations_between(links, "35.5%", "dropped to 36%")), links


def test_the_owner_the_other_report_names_is_its_own() -> None:
    links = links_of(_city(), _neighbour("Porto"))
    assert _STRONG & set(relations_between(links, "35.5%", "dropped to 36%")), links
