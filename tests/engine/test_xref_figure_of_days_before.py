"""A figure told in a clause of what happened days before ("a day after the storm cut supply to about 150,000
properties") is the earlier value the claim's own figure follows, not another source's count beside it: no
conflict with the report of that earlier value (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_an_earlier_days_figure_told_after_is_no_dispute() -> None:
    first = make_article(
        "About 150,000 homes were without power on Saturday after the storm, network operators said.",
        published="2026-11-14",
        outlet="Wire One",
        title="Storm cuts power to 150,000 homes",
    )
    second = make_article(
        "Power has been restored to all but 9,000 homes, Nordgrid said on Sunday, a day after the storm cut "
        "supply to about 150,000 properties.",
        published="2026-11-15",
        outlet="Wire Two",
        title="Power back for most homes after storm",
    )
    links = links_of(first, second)
    assert "conflicts" not in relations_between(links, "About 150,000 homes", "all but 9,000")


def test_a_lone_toll_in_a_clause_of_days_before_is_the_claims_own() -> None:
    first = make_article(
        "A fire at a shoe factory in Ostrava killed 14 workers on Friday, the fire brigade said.",
        published="2026-05-09",
        outlet="Wire One",
        title="Ostrava factory fire kills 14",
    )
    second = make_article(
        "Police detained the owner of the Ostrava shoe factory on Saturday, a day after a fire there killed 14 "
        "workers, a police spokesman said.",
        published="2026-05-10",
        outlet="Wire Two",
        title="Ostrava factory owner detained after fire",
    )
    links = links_of(first, second)
    assert relations_between(links, "killed 14 workers on Friday", "detained the owner") == ["corroborates"]
