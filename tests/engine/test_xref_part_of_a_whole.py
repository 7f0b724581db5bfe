""" "12 of the city's 48 schools": the 12 is the count told (schools closed), the 48 the whole it is a part of.
The whole is no value of the count: told again ("all of the city's 48 schools would reopen") it neither
disputes nor confirms the part, and another day's part of the same whole ("7 of the 11 villages" after "4 of
the district's 11 villages") is the part's later value, not a firm count disputed. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _pair(first: str, second: str) -> list[tuple[str, str, str, str]]:
    return links_of(
        make_article(f"Snow in Dunmore\n{first}\n", published="2026-01-12", outlet="Wire", title="Snow in Dunmore"),
        make_article(f"Dunmore digs out\n{second}\n", published="2026-01-14", outlet="Paper", title="Dunmore digs out"),
    )


def test_a_whole_told_again_neither_disputes_nor_confirms_a_part() -> None:
    links = _pair(
        "The education office in Dunmore closed 12 of the city's 48 schools because of the snow.",
        "The education office in Dunmore said all of the city's 48 schools would reopen on Monday.",
    )
    found = relations_between(links, "all of the city", "closed 12")
    assert "conflicts" not in found and "corroborates" not in found, links


def test_a_later_part_of_the_same_whole_updates_the_part() -> None:
    links = _pair(
        "Residents of 4 of the district's 11 villages near the river in Dunmore were evacuated, police said.",
        "Officials in Dunmore said 7 of the 11 villages near the river had been evacuated.",
    )
    assert relations_between(links, "7 of the 11", "4 of the district") == ["updates"], links
