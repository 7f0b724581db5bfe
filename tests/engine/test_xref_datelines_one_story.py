"""A district paper datelined in its own town and a wire datelined in the capital tell one story when both leads name
the same river, lake, ship or person beyond their dateline towns (issue 12): the later toll updates the earlier one,
though neither article names the other's dateline town. Two stories of one kind whose leads share only their
country stay apart. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _two(first: str, day1: str, second: str, day2: str):
    return links_of(
        make_article(first, published=day1, outlet="Hollin Courier", title=first.split("\n")[0]),
        make_article(second, published=day2, outlet="AFP", title=second.split("\n")[0]),
    )


def test_a_district_paper_and_a_capitals_wire_naming_one_lake_tell_one_story() -> None:
    links = _two(
        "Lake Tarvo ferry capsize: toll rises to 27\nHollin, April 15 — The death toll from the Lake Tarvo ferry "
        "capsize has risen to 27 as divers recovered more bodies on Wednesday, district official Amal Verge said.\n",
        "2027-04-15",
        "Ferry toll reaches 31\nKESTAVA, April 16 (AFP) - Rescuers pulled four more bodies from Lake Tarvo on "
        "Thursday, bringing the death toll from Tuesday's ferry disaster to 31, officials said.\n",
        "2027-04-16",
    )
    assert relations_between(links, "bringing the death toll", "has risen to 27") == ["updates"], links


def test_two_towns_museum_thefts_sharing_only_a_country_stay_apart() -> None:
    links = _two(
        "Gold stolen from Orsa museum\nOrsa, May 9 — Thieves took seven pieces of gold jewellery from the Orsa town "
        "museum in Norway on Sunday, curator Lina Berg said.\n",
        "2027-05-09",
        "Museum robbed in Norway\nLUNDVIK, Norway, May 10 (AFP) - Two men on a motorcycle stole seven pieces of gold "
        "jewellery from a museum in western Norway on Sunday, police chief Per Aas said.\n",
        "2027-05-10",
    )
    assert "corroborates" not in relations_between(links, "Two men on a motorcycle", "Thieves took seven"), links
