"""What befell people, written before a comma, is the fate of the figure before it, not of a figure the next clause
opens with ("21 remain in hospital, two of them in a serious condition"). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_hospital_count_followed_by_a_part_of_it_is_still_a_hospital_count() -> None:
    first = make_article(
        "Fumes at Oskby school\nFourteen pupils are in hospital after fumes leaked into a classroom at the Oskby "
        "school, the health board said on Monday.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Fumes at Oskby school",
    )
    later = make_article(
        "Oskby school fumes\nSeventeen pupils remain in hospital, three of them in a serious condition, the health "
        "board said on Tuesday.\n",
        published="2026-03-03",
        outlet="Radio",
        title="Oskby school fumes",
    )
    links = links_of(first, later)
    assert relations_between(links, "Seventeen pupils remain", "Fourteen pupils") == ["updates"], links
