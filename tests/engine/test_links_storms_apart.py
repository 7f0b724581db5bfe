"""A storm is told by its own name, and two names are two storms (issue 12): a year after one typhoon, another's toll in
the same island, or its soldiers sent, never updates nor corroborates the first's, though its lead recalls the first by
name. The same storm strengthening ("Tropical Storm Lidia" -> "Hurricane Lidia") is one storm. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article

_FIRST = titled_article(
    "Typhoon Mawar kills 6 on Guam",
    "HAGATNA, Guam, May 26 (Reuters) - Typhoon Mawar killed at least six people on Guam, the governor's office said "
    "on Friday, after the storm tore roofs off homes across the island.\n"
    "The military sent 2,000 troops to help clear the roads, the Pentagon said.\n"
    "Power had been restored to 30% of customers by Friday evening, the Guam Power Authority said.",
    "2023-05-26",
    "Reuters",
)
_LATER_STORM = titled_article(
    "Typhoon Bolaven leaves 3 dead on Guam",
    "HAGATNA, Guam, Oct 12 (AP) - Typhoon Bolaven killed at least three people on Guam, five months after Typhoon "
    "Mawar battered the island, officials said on Thursday.\n"
    "The military sent 2,000 troops to help clear the roads, a spokesman said.\n"
    "Power had been restored to 30% of customers by Thursday evening, the Guam Power Authority said.",
    "2023-10-12",
    "AP",
)
_SAME_STORM_LATER = titled_article(
    "Mawar toll on Guam rises to 9",
    "The death toll from Typhoon Mawar on Guam rose to nine on Monday, the governor's office said.\n"
    "Power had been restored to 55% of customers, the Guam Power Authority said.",
    "2023-05-29",
    "Pacific Daily News",
)


def test_another_storm_in_the_same_place_is_another_toll_and_other_troops() -> None:
    links = links_of(_FIRST, _LATER_STORM)
    assert relations_between(links, "Bolaven killed at least three", "Mawar killed at least six") == []
    # (the sentences name no storm: each is its article's, and the articles' storms differ)
    for later, first in (
        ("2,000 troops to help clear the roads, a spokesman", "2,000 troops to help clear the roads, the"),
    ):
        assert not {"corroborates", "updates", "conflicts"} & set(relations_between(links, later, first))
    assert not {"corroborates", "updates", "conflicts"} & set(
        relations_between(links, "by Thursday evening", "by Friday evening")
    )


def test_the_same_storm_named_again_still_updates() -> None:
    links = links_of(_FIRST, _SAME_STORM_LATER)
    assert relations_between(links, "rose to nine", "Mawar killed at least six") == ["updates"]


def test_a_storm_that_strengthened_keeps_its_name() -> None:
    first = titled_article(
        "Tropical Storm Lidia nears Mexico",
        "MEXICO CITY, Oct 9 (Reuters) - Tropical Storm Lidia was expected to bring up to 12 inches of rain to Jalisco, "
        "the National Hurricane Center said.\nLidia killed at least four people in Puerto Vallarta, state officials said.",
        "2023-10-09",
        "Reuters",
    )
    later = titled_article(
        "Hurricane Lidia toll rises in Puerto Vallarta",
        "The death toll from Hurricane Lidia in Puerto Vallarta rose to six on Wednesday, officials said.",
        "2023-10-11",
        "AP",
    )
    assert relations_between(links_of(first, later), "rose to six", "Lidia killed at least four") == ["updates"]
