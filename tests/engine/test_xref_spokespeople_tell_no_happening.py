"""A spokesperson's name in a lead is an agency's voice, not a mark of one happening: two wires on one shipwreck,
filed from two bureaus ("VALLETTA (AP)" / "GENEVA (Reuters)"), the later quoting an agency spokesperson by name,
the later naming the country the first says the boat left, are one story and its risen toll updates the first; two look-alike fires filed from their own towns, each quoting
its own spokesperson, stay apart (sentences written for these tests)."""

from __future__ import annotations

from corpus.xref.subjects import spokespeople

from .conftest import links_of, make_article, relations_between


def test_spokespeoples_names_are_read_before_and_after_their_role() -> None:
    assert spokespeople("IOM spokesperson Marta de Oliveira said on Monday.") == {"marta", "de", "oliveira"}
    assert spokespeople("said Piet Maas, a coast guard spokesman.") == {"piet", "maas"}
    assert spokespeople("A spokesman for the Port Authority, Jan Visser, said") == {"jan", "visser"}
    assert spokespeople("A spokesman for Delvin Shipping said the boat was insured.") == frozenset()
    assert spokespeople("In Sfaxa, coast guard officers said") == frozenset()


def _first_wire() -> object:
    return make_article(
        "At least 30 migrants feared dead after boat sinks off Kelvara\nVALLETTA (AP) - At least 30 migrants are "
        "feared dead after their dinghy sank in heavy seas south of the island of Kelvara, the U.N. refugee agency "
        "said on Tuesday, citing three survivors.\nThe survivors said the boat had left Zuwara, Libya, with 34 people "
        "aboard.\n",
        published="2034-09-12",
        outlet="Associated Press",
        title="At least 30 migrants feared dead after boat sinks off Kelvara",
    )


def _later_wire() -> object:
    return make_article(
        "Toll from migrant boat sinking rises to 52, IOM says\nGENEVA, Sept 15 (Reuters) - The number of people who "
        "died when a migrant dinghy sank off Libya last week has risen to 52, the International "
        "Organization for Migration said on Friday.\nSurvivors had first been thought to number three, IOM "
        "spokesperson Tomas Brennecke said.\n",
        published="2034-09-15",
        outlet="Reuters",
        title="Toll from migrant boat sinking rises to 52, IOM says",
    )


def test_a_bureaus_later_toll_updates_the_first_though_it_names_only_a_spokesperson() -> None:
    links = links_of(_first_wire(), _later_wire())
    assert "updates" in relations_between(links, "has risen to 52", "At least 30 migrants are feared dead"), links


def _fire(town: str, speaker: str, published: str) -> object:
    return make_article(
        f"Warehouse fire in {town} injures 12\n{town.upper()} - Twelve people were injured when fire swept through a "
        f"furniture warehouse in {town} on Sunday, fire service spokesperson {speaker} said.\nThe blaze took five "
        "hours to put out.\n",
        published=published,
        outlet=f"{town} Herald",
        title=f"Warehouse fire in {town} injures 12",
    )


def test_look_alike_fires_from_their_own_towns_stay_apart_whatever_their_spokespeople() -> None:
    links = links_of(_fire("Brantwick", "Olle Sund", "2034-02-03"), _fire("Dunmere", "Ines Ferro", "2034-02-04"))
    assert not relations_between(links, "Brantwick on Sunday", "Dunmere on Sunday"), links
