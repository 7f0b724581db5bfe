"""One report places a toll only in a country ("a coal mine in central Mongolia"), another only in a town no
gazetteer knows, in an article whose headline names that country: one place at two scales. And a partitive's
group described by its own clause ("seven of the nine miners who had been missing") is not what the part is."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _country_wire():
    return make_article(
        "The death toll from a gas blast at a coal mine in central Mongolia rose to 31 on Wednesday, officials "
        "said.\nRescuers were still searching for four miners, the officials said.\n",
        published="2027-05-12",
        outlet="Reuters",
        title="Mongolian mine blast toll rises to 31",
    )


def _town_report(country: str) -> object:
    return make_article(
        "Thirty-one miners have died after Tuesday's blast at the Orlova mine near Sarkel, the emergency "
        "ministry said.\nThe mine employs about 2,000 people.\n",
        published="2027-05-12",
        outlet="BBC",
        title=f"{country} mine disaster: what we know",
    )


def test_a_town_in_an_article_about_the_country_is_the_countrys_toll() -> None:
    links = links_of(_country_wire(), _town_report("Mongolia"))
    assert "corroborates" in relations_between(links, "Thirty-one miners have died", "rose to 31"), links


def test_a_town_in_an_article_about_another_country_stays_apart() -> None:
    links = links_of(_country_wire(), _town_report("Kazakhstan"))
    assert not relations_between(links, "Thirty-one miners have died", "rose to 31"), links


def test_the_group_a_relative_clause_describes_is_not_what_its_part_is() -> None:
    article = make_article(
        "The toll from a gas blast at a coal mine in Veldonia rose to 31 on Wednesday, officials said, as "
        "rescuers recovered the bodies of seven of the nine miners who had been missing.\n"
        "Two miners are still unaccounted for, Emergency Minister Ivo Daskal said.\n",
        published="2027-05-12",
        outlet="Reuters",
        title="Veldonian mine blast toll rises to 31",
    )
    links = links_of(article)
    # 2 still missing do not update a "7 missing" the text never said
    assert not relations_between(links, "Two miners are still unaccounted for", "rose to 31"), links
