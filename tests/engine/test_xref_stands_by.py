"""A party standing by its own figure, in a later article, points to that figure (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _march_and_reply(reply: str) -> list[tuple[str, str, str, str]]:
    march = make_article(
        "Thousands march in Tarsk\nTARSK, Velmora (Wire) - Organisers from the FTV union federation said 65,000 "
        "people marched through Tarsk on Saturday against the pension bill.\n",
        published="2026-03-07",
        outlet="Velmora Wire",
        title="Thousands march in Tarsk",
    )
    later = make_article(
        f"Tarsk march count disputed\nTARSK, Velmora (Post) - Police put Saturday's turnout in Tarsk far lower. {reply}\n",
        published="2026-03-09",
        outlet="Tarsk Post",
        title="Tarsk march count disputed",
    )
    return links_of(march, later)


def test_a_party_standing_by_its_count_points_to_its_figure() -> None:
    links = _march_and_reply("FTV leader Ana Rusk said the union stood by its count.")
    assert relations_between(links, "stood by its count", "65,000 people") == ["related"], links


def test_another_party_standing_by_its_own_count_is_not_pointed_there() -> None:
    links = _march_and_reply("Interior minister Petr Holm said the ministry stood by its estimate.")
    assert relations_between(links, "stood by its estimate", "65,000 people") == [], links
