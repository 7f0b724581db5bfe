"""An event a claim only seeks to avert or threatens ("to avert a second strike") is no separate event its figure
is of: a raised pay offer still updates the first (issue 12). Sentences written for these tests."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_raised_offer_to_avert_a_second_strike_updates_the_first_offer() -> None:
    first = make_article(
        "The union is demanding a pay rise of 8%; the ferry operator Kestrel Lines has offered 3.5%.\n",
        published="2038-03-02",
        outlet="Harbour Post",
        title="Ferry strike over pay",
    )
    later = make_article(
        "Kestrel Lines has raised its pay offer to crews to 5% from 3.5%, the company said on Thursday, as it sought "
        "to avert a second strike.\n",
        published="2038-03-06",
        outlet="Wire",
        title="Kestrel Lines raises pay offer",
    )
    links = links_of(first, later)
    assert relations_between(links, "raised its pay offer", "has offered 3.5%") == ["updates"]
