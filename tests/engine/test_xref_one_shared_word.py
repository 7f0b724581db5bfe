"""Two sentences of one story sharing only one rare word do not say the same thing (sentences written for
these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_reaction_and_a_fact_sharing_only_the_town_do_not_corroborate() -> None:
    wire = make_article(
        "Halvard Motors to cut 3,000 jobs, close Korvel plant\nKORVEL, Oct 13 (Wire) - Carmaker Halvard Motors "
        "will cut 3,000 jobs and close its plant in Korvel by the end of 2027, the company said on Tuesday.\n"
        "The Korvel plant employs 1,900 people.\n",
        published="2026-10-13",
        outlet="Wire",
        title="Halvard Motors to cut 3,000 jobs, close Korvel plant",
    )
    local = make_article(
        "Halvard to shut Korvel factory\nHalvard Motors will close its Korvel factory, the carmaker announced on "
        'Tuesday.\nKorvel\'s mayor, Ida Brandt, said the closure would be "a disaster for our city".\n',
        published="2026-10-13",
        outlet="Korvel Evening News",
        title="Halvard to shut Korvel factory",
    )
    links = links_of(wire, local)
    assert "corroborates" not in relations_between(links, "employs 1,900", "a disaster for our city"), links
