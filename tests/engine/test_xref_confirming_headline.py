"""A headline that confirms what was denied tells of earlier reports by its nature: months after the denial it still
contradicts it, in whatever case it is written."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_title_case_confirmation_months_later_contradicts_the_denial() -> None:
    denial = make_article(
        "Kremlin Calls Troop Reports a Hoax\nMOSCOW, Oct 24 (Reuters) - Kremlin spokesman Pavel Orlov on Thursday "
        "dismissed claims of Norland sending military personnel to fight in Tarsk as a hoax.\n",
        published="2026-10-24",
        outlet="Reuters",
        title="Kremlin Calls Troop Reports a Hoax",
    )
    confirmation = make_article(
        "Norland Confirms It Sent Troops to Support Vesrian Forces in Tarsk\nNorland's state media said on Monday "
        "that its soldiers had fought beside Vesrian forces, the first such admission.\n",
        published="2027-04-28",
        outlet="NK News",
        title="Norland Confirms It Sent Troops to Support Vesrian Forces in Tarsk",
    )
    links = links_of(denial, confirmation)
    assert "conflicts" in relations_between(links, "Confirms It Sent Troops", "dismissed claims"), links
