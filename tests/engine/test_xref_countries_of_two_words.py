"""A country of two words ("North Macedonia", "Sierra Leone") and its people ("North Macedonian") are no person
(issue 12): a minister "of North Macedonia" and the police of "Vessa, North Macedonia" are not two different people
whose tolls cannot be one, so the later toll updates the first. Two such countries' tolls stay apart. Our own
sentences."""

from __future__ import annotations

from corpus.xref.features import entity_type

from .conftest import links_of, make_article, relations_between


def test_a_country_of_two_words_is_not_typed_a_person() -> None:
    assert entity_type("North Macedonia") != "person"
    assert entity_type("Sierra Leonean") != "person"
    assert entity_type("Ansel Moreau") == "person"


def test_a_toll_told_by_the_countrys_minister_updates_the_polices() -> None:
    links = links_of(
        make_article(
            "Nightclub fire in North Macedonia kills 40\nAt least 40 people were killed when a fire swept through a "
            "nightclub in Vessa, North Macedonia, on Sunday, police said.\n",
            published="2027-03-10",
            outlet="Wire",
            title="Nightclub fire in North Macedonia kills 40",
        ),
        make_article(
            "Vessa fire toll rises\nThe death toll from Sunday's nightclub fire in Vessa rose to 46, North Macedonian "
            "health minister Ana Petrov said.\n",
            published="2027-03-11",
            outlet="Paper",
            title="Vessa fire toll rises",
        ),
    )
    assert relations_between(links, "rose to 46", "At least 40 people") == ["updates"], links


def test_two_countries_of_two_words_keep_their_own_tolls() -> None:
    links = links_of(
        make_article(
            "Floods in South Sudan\nFloods have killed at least 40 people in South Sudan since Sunday, the UN said.\n",
            published="2027-03-10",
            outlet="Wire",
            title="Floods in South Sudan",
        ),
        make_article(
            "Floods in Sierra Leone\nFloods have killed 46 people in Sierra Leone since Sunday, officials said.\n",
            published="2027-03-11",
            outlet="Paper",
            title="Floods in Sierra Leone",
        ),
    )
    assert relations_between(links, "46 people", "at least 40 people") == [], links
