"""Territories news writes as places of their own (issue 12): American Samoa is not Samoa, a report "NOUMEA (AFP) -"
comes from New Caledonia, and a Puerto Rican toll is Puerto Rico's; so a territory's story, told in the words of its
neighbour's, corroborates nothing of the neighbour's. Our own sentences."""

from __future__ import annotations

from corpus.countries import country_of, country_of_capital

from .conftest import links_of, relations_between, titled_article


def test_a_territory_is_a_place_of_its_own() -> None:
    assert country_of("American Samoa") == "American Samoa" != country_of("Samoa")
    assert country_of("Puerto Rican") == "Puerto Rico"
    assert country_of_capital("Noumea") == "New Caledonia"
    assert country_of("Reunion") is None  # (a common word too: not listed)


def test_a_territorys_story_told_alike_corroborates_nothing_of_its_neighbours() -> None:
    samoa = titled_article(
        "Measles outbreak kills 32 in Samoa",
        "APIA, Nov 20 (Reuters) - A measles outbreak in Samoa has killed 32 people, most of them young children, the "
        "government said on Wednesday.\nMore than 2,400 cases have been recorded, the health ministry said.\n"
        "Schools were closed until further notice, the ministry said.",
        "2019-11-20",
        "Reuters",
    )
    american_samoa = titled_article(
        "American Samoa declares measles emergency",
        "PAGO PAGO, Nov 22 (AP) - A measles outbreak in American Samoa has sickened more than 2,400 people, a week "
        "after neighbouring Samoa declared an emergency, the territory's health department said on Friday.\n"
        "Schools were closed until further notice, the department said.",
        "2019-11-22",
        "AP",
    )
    links = links_of(samoa, american_samoa)
    assert not {"corroborates", "updates", "conflicts"} & set(
        relations_between(links, "until further notice, the department", "until further notice, the ministry")
    )
