"""A death told by its rank gives the toll: "A fifth person has died after ..." is five killed, so it updates the
first report's four; a rank among others ("the second man to die in a week") gives none (sentences written for
these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between, sentence_figures


def test_a_fifth_person_dead_is_a_toll_of_five() -> None:
    assert sentence_figures("A fifth person has died after Monday's fire at a care home, police said.") == [
        ("fifth", "people", "killed", "=")
    ]
    assert sentence_figures("A third miner died in hospital on Sunday.") == [("third", "people", "killed", "=")]


def test_a_rank_among_others_is_no_toll() -> None:
    assert sentence_figures("He was the second man to die on the road this week.") == []


def test_the_ranked_death_updates_the_first_toll() -> None:
    first = make_article(
        "Four dead in care home fire in Brellin\nBRELLIN (AP) - Four residents died and 11 were hurt when fire swept "
        "through a care home in Brellin on Monday night, fire officials said.\n",
        published="2034-03-07",
        outlet="AP",
        title="Four dead in care home fire in Brellin",
    )
    later = make_article(
        "Brellin care home fire: fifth resident dies\nA fifth person has died after Monday's fire at a care home in "
        "Brellin, police said on Wednesday.\nSix people remain in hospital.\n",
        published="2034-03-09",
        outlet="Brellin Post",
        title="Brellin care home fire: fifth resident dies",
    )
    links = links_of(first, later)
    assert "updates" in relations_between(links, "A fifth person has died", "Four residents died"), links
