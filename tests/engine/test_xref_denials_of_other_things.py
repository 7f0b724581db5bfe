"""A denial conflicts with a report only where it denies what the report tells: an airline denying maintenance
problems does not deny the crash or its toll, and a toll it names in passing ("before the crash that killed 162
people") is the crash's, not a figure it denies (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _crash() -> object:
    return make_article(
        "Plane crash at Muan airport kills 162\nSEOUL, Nov 3 (Reuters) - A Jeju Air plane carrying 164 people "
        "crashed and burst into flames while landing at Muan International Airport on Sunday, killing 162, the fire "
        "service said.\n",
        published="2036-11-03",
        outlet="Reuters",
        title="Plane crash at Muan airport kills 162",
    )


def _denial() -> object:
    return make_article(
        "Jeju Air: airline denies maintenance problems\nJeju Air's chief executive denied on Monday that the jet had any "
        "maintenance problems before the crash that killed 162 people at Muan.\n",
        published="2036-11-04",
        outlet="BBC",
        title="Jeju Air: airline denies maintenance problems",
    )


def test_a_denial_of_maintenance_problems_does_not_deny_the_crash() -> None:
    links = links_of(_crash(), _denial())
    assert "conflicts" not in relations_between(links, "airline denies maintenance problems", "carrying 164"), links


def test_a_toll_a_denial_names_in_passing_is_not_the_figure_it_denies() -> None:
    links = links_of(_crash(), _denial())
    assert "conflicts" not in relations_between(links, "the crash that killed 162", "killing 162"), links
