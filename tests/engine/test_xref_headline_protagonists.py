"""Two deals of one party: each article's headline names someone the other article never names, so the same
sum or clause in both is no corroboration (one club selling two players for the same fee)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _first_sale():
    return make_article(
        "Marlow Athletic deny Okafor deal with Brenton\n"
        "LONDON (Reuters) - Marlow Athletic on Thursday denied reports that they had agreed to sell forward "
        "Emeka Okafor to Brenton City.\n"
        "Okafor has a buyout clause of 60 million pounds, the club said.\n",
        published="2026-07-09",
        outlet="Reuters",
        title="Marlow Athletic deny Okafor deal with Brenton",
    )


def test_the_same_clause_in_another_players_sale_by_the_club_is_not_linked() -> None:
    other = make_article(
        "Marlow sell winger Lindqvist to Castell for 45 million pounds\n"
        "LONDON (AFP) - Marlow Athletic have agreed to sell winger Erik Lindqvist to Spanish club Castell for "
        "45 million pounds, the club said on Monday.\n"
        "The deal includes a buyout clause of 60 million pounds, Castell said.\n",
        published="2026-07-20",
        outlet="AFP",
        title="Marlow sell winger Lindqvist to Castell for 45 million pounds",
    )
    links = links_of(_first_sale(), other)
    assert not relations_between(links, "The deal includes a buyout clause", "Okafor has a buyout clause"), links


def test_the_same_clause_in_a_report_of_the_same_sale_corroborates() -> None:
    relay = make_article(
        "Okafor set for Brenton move - report\n"
        "Brenton City will pay 50 million pounds for Marlow Athletic forward Emeka Okafor, a newspaper reported.\n"
        "Okafor has a buyout clause of 60 million pounds in his contract.\n",
        published="2026-07-08",
        outlet="Football Daily",
        title="Okafor set for Brenton move - report",
    )
    links = links_of(_first_sale(), relay)
    assert "corroborates" in relations_between(
        links, "Okafor has a buyout clause of 60 million pounds in his contract", "Okafor has a buyout clause of 60"
    ), links
