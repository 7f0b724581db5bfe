"""People who fell ill are counted as such however written: "at least 25 children fell ill" and, the next day,
"the number of pupils who fell ill after Monday's meal ... has risen to 61" are one count, updated."""

from __future__ import annotations

from .conftest import figure_measure, links_of, make_article, relations_between


def test_a_later_count_of_those_who_fell_ill_updates_the_first() -> None:
    wire = make_article(
        "School lunch sickens children\n"
        "BRANDEL, Austria (Reuters) - At least 25 children fell ill with stomach cramps after eating lunch at a "
        "primary school on Monday, health officials said.\n",
        published="2026-04-06",
        outlet="Reuters",
        title="School lunch sickens children",
    )
    local = make_article(
        "School illness: parents demand inquiry\n"
        "BRANDEL - The number of pupils who fell ill after Monday's lunch at the Korvik primary school in Brandel "
        "has risen to 61, the head teacher said on Tuesday.\n",
        published="2026-04-07",
        outlet="Brandel Courier",
        title="School illness: parents demand inquiry",
    )
    links = links_of(wire, local)
    assert "updates" in relations_between(links, "has risen to 61", "At least 25 children fell ill"), links


def test_falling_ill_names_what_a_figure_counts() -> None:
    assert figure_measure("More than 40 guests were taken ill at the wedding.", "40", 40, "guest", None, "guest") == (
        "sickened"
    )
    assert figure_measure("Some 300 people have fallen sick in the town.", "300", 300, "people", None, None) == (
        "sickened"
    )


def test_the_extractor_and_the_linker_name_falling_ill_alike() -> None:
    from .conftest import claimed_figures

    (q,) = claimed_figures("Some 300 people have fallen sick in the town, officials said.")
    assert q.measure == figure_measure(
        "Some 300 people have fallen sick in the town.", "300", 300, "people", None, None
    )
