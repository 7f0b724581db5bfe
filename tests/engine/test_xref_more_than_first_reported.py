"""A figure told as "far more than the 40 first reported" replaces that first figure: it updates the report of it,
it is no second source disputing it (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_more_than_the_figure_first_reported_updates_it() -> None:
    first = make_article(
        "Flash floods swept through the town of Marra on Tuesday, killing at least 40 people, the civil defence "
        "agency said.",
        published="2026-08-04",
        outlet="Wire One",
        title="Floods kill 40 in Marra",
    )
    second = make_article(
        "The Red Crescent said on Thursday that more than 300 people were believed to have died in the Marra "
        "floods, far more than the 40 first reported.",
        published="2026-08-06",
        outlet="Wire Two",
        title="Marra flood toll may top 300",
    )
    links = links_of(first, second)
    assert relations_between(links, "at least 40", "more than 300") == ["updates"]
