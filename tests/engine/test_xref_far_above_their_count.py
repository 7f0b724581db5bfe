"""A count said to be "far above the junta's count" disputes the junta's count: conflicts, never its next value."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_count_far_above_the_juntas_disputes_it() -> None:
    junta = make_article(
        "Sudan junta says 212 killed by floods\nMay 17 (Reuters) - Sudan's military government said on Wednesday "
        "that 212 people had been killed by floods in Kassala state.\n",
        published="2026-05-17",
        outlet="Reuters",
        title="Sudan junta says 212 killed by floods",
    )
    community = make_article(
        "Community groups say flood toll far higher than junta admits\nCommunity leaders said more than 600 people "
        "had died in camps in Kassala state, far above the junta's count, which it dismissed as exaggerated.\n",
        published="2026-05-20",
        outlet="Al Jazeera",
        title="Community groups say flood toll far higher than junta admits",
    )
    links = links_of(junta, community)
    relations = relations_between(links, "more than 600 people", "212 people had been killed")
    assert relations == ["conflicts"], links
