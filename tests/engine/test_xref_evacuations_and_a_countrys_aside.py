"""People ordered to leave and people in shelters are two counts; a figure a sentence places in another country ("In
Peru, the eruption of ... forced about 9,000 people from their homes") is no value of a count the other report's lead
places in its own country."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article

STRONG = {"updates", "corroborates", "conflicts"}


def _eruption() -> list[tuple[str, str, str, str]]:
    first = titled_article(
        "Ecuador evacuates thousands after Sangay volcano erupts",
        "QUITO, March 4 (Reuters) - Ecuadorean authorities ordered the evacuation of about 31,000 people living near "
        "the Sangay volcano after it erupted on Monday, sending an ash column 6 km into the sky.\nAbout 12,000 people "
        "had already moved to evacuation centres by Tuesday, the risk management agency said.",
        "2027-03-04",
        "Reuters",
    )
    later = titled_article(
        "Sangay spews more ash; no casualties reported",
        "Sangay volcano spewed ash again on Sunday, but no deaths or injuries have been reported, officials said.\nIn "
        "Peru, the eruption of Ubinas last month forced about 9,000 people from their homes.",
        "2027-03-09",
        "Associated Press",
    )
    return links_of(first, later)


def test_people_ordered_to_leave_and_people_in_shelters_are_two_counts() -> None:
    links = _eruption()
    assert not STRONG & set(relations_between(links, "ordered the evacuation", "About 12,000 people")), links


def test_a_figure_placed_in_another_country_is_no_value_of_a_lead_placed_count() -> None:
    links = _eruption()
    assert not STRONG & set(relations_between(links, "About 12,000 people", "In Peru,")), links
