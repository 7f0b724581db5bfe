"""A figure of people named by one nation ("14 Albanian smugglers") is that nation's part of a count of everyone; named
by two ("14 Albanian and Moldovan smugglers") it counts the people of both, no one nation's part, and meets the same count
told without nations. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _wire(counted: str) -> str:
    return (
        "Police break up smuggling ring in Trieste\n"
        f"TRIESTE (Wire) - Police arrested {counted} in dawn raids on a cigarette smuggling ring in the port of "
        "Trieste on Tuesday, prosecutors said.\n"
    )


_PAPER = (
    "Cigarette smugglers held in Trieste raids\n"
    "Prosecutors said 14 smugglers had been arrested in the raids on warehouses in the port, where 20 tonnes of "
    "cigarettes were seized.\n"
)


def test_a_count_of_two_nations_people_meets_the_count_told_without_them() -> None:
    links = links_of(
        make_article(_wire("14 Albanian and Moldovan smugglers"), published="2027-07-13", outlet="Wire"),
        make_article(_PAPER, published="2027-07-13", outlet="Paper"),
    )
    assert "corroborates" in relations_between(links, "14 Albanian and Moldovan smugglers", "14 smugglers had been"), (
        links
    )


def test_one_nations_people_are_still_a_part() -> None:
    links = links_of(
        make_article(_wire("14 Albanian smugglers"), published="2027-07-13", outlet="Wire"),
        make_article(_PAPER, published="2027-07-13", outlet="Paper"),
    )
    assert "corroborates" not in relations_between(links, "14 Albanian smugglers", "14 smugglers had been"), links
