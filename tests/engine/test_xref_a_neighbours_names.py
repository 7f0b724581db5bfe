"""The names an article gives only beside a neighbouring place ("Rescue specialists from neighbouring Zambia, where a
mine near Kitwe collapsed last week, were expected") are the neighbour's: a look-alike report from Congo with the same
figures is no second report of the Kitwe collapse (sentences written for these tests)."""

from __future__ import annotations

from corpus.model import Article
from corpus.xref.neighbours import neighbours_names

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def _zambia() -> Article:
    return make_article(
        "KITWE, Zambia, June 4 (Reuters) - At least 11 miners were killed when a tunnel collapsed at a copper mine "
        "near Kitwe on Tuesday, Zambia's mines ministry said.\nAbout 25 miners are still trapped underground, the "
        "ministry said.\nThe mine's operator denied that it had ignored safety warnings.\n",
        published="2041-06-05",
        outlet="Reuters",
        title="Tunnel collapse kills 11 at Zambian copper mine",
    )


def _congo(aside: str) -> Article:
    return make_article(
        "KOLWEZI, June 8 (AFP) - At least 11 miners were killed when a tunnel collapsed at a cobalt mine near Kolwezi "
        "in southern Congo on Saturday, the provincial governor said.\nAbout 25 miners are still trapped underground, "
        f"he said.\nThe mine's operator denied that it had ignored safety warnings.\n{aside}\n",
        published="2041-06-08",
        outlet="AFP",
        title="Eleven killed in Congo cobalt mine collapse",
    )


def test_a_look_alike_naming_the_neighbours_town_tells_another_collapse() -> None:
    aside = "Rescue specialists from neighbouring Zambia, where a mine near Kitwe collapsed last week, were expected."
    links = links_of(_zambia(), _congo(aside))
    assert not _STRONG & set(relations_between(links, "25 miners are still trapped underground, he", "the ministry")), (
        links
    )
    assert not _STRONG & set(relations_between(links, "The mine's operator denied", "The mine's operator denied")), (
        links
    )


def test_a_neighbours_names_are_those_its_sentences_alone_write() -> None:
    body = (
        "Floods killed 40 people in Malawi's Zomba district.\nTeams from neighbouring Mozambique, where Quelimane "
        "flooded in March, joined the search in Zomba.\n"
    )
    names = neighbours_names("Malawi floods kill 40", body)
    assert {"mozambique", "quelimane"} <= names and not {"malawi", "zomba"} & names
