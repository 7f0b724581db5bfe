"""A wire's first report names only the country ("Ammonia leak at Polish plant forces 2,000 from homes"), a local
report a day later only its town, which no gazetteer places ("Wronki families return home after chemical scare"):
their leads share several rare words, so they are one story and the later count updates the first; a report from
another country after the town's is not joined to it (sentences and places written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _wire() -> object:
    return make_article(
        "Ammonia leak at Polish fertiliser plant forces 2,000 from homes\nWARSAW (AP) - About 2,000 residents were "
        "evacuated after ammonia leaked from a fertiliser plant in western Poland on Monday, the fire service said.\n"
        "Twenty-two people were taken to hospital with breathing problems, a hospital spokeswoman said.\n",
        published="2033-04-04",
        outlet="Associated Press",
        title="Ammonia leak at Polish fertiliser plant forces 2,000 from homes",
    )


def _local(published: str) -> object:
    return make_article(
        "Wronki families return home after ammonia scare\nMost of the residents who had to leave their homes near the "
        "Azoter fertiliser works in Wronki were allowed back on Tuesday, the town hall said.\nThe number of people "
        "treated in hospital rose to 31, of whom four remained in intensive care.\n",
        published=published,
        outlet="Wronki Weekly",
        title="Wronki families return home after ammonia scare",
    )


def test_the_towns_later_count_updates_the_countrys_first_report() -> None:
    links = links_of(_wire(), _local("2033-04-05"))
    assert "updates" in relations_between(links, "treated in hospital rose to 31", "Twenty-two people were taken"), (
        links
    )


def test_a_town_reported_before_the_country_wire_is_not_joined_to_it() -> None:
    links = links_of(_wire(), _local("2033-04-03"))
    assert not relations_between(links, "treated in hospital rose to 31", "Twenty-two people were taken"), links
