"""A lower bound far below another figure ("at least 22 deaths in the past two days" beside "At least 110 people have
died since March 1") counts something else: neither a second source for it, its next value, nor a contradiction. A
sentence opening "In neighbouring X," places its figure in X."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article

STRONG = {"updates", "corroborates", "conflicts"}


def _heatwave() -> list[tuple[str, str, str, str]]:
    first = titled_article(
        "Heatwave kills at least 110 in India, health ministry says",
        "NEW DELHI, June 19 (Reuters) - At least 110 people have died of suspected heatstroke in India since March 1, "
        "the health ministry said on Wednesday, as a record heatwave scorched the north.",
        "2024-06-19",
        "Reuters",
    )
    city = titled_article(
        "Delhi hospitals report 22 heat deaths in 48 hours",
        "Hospitals in Delhi reported at least 22 deaths from heatstroke in the past two days, officials said on Friday.",
        "2024-06-21",
        "The Hindu",
    )
    later = titled_article(
        "India's heat death toll climbs to 143",
        "NEW DELHI (AP) — At least 143 people have died from heat-related illnesses in India since March, the health "
        "ministry said Friday, with more than 41,000 suspected cases of heatstroke.\nIn neighbouring Pakistan, a "
        "charity said it had collected 568 bodies in Karachi in six days.",
        "2024-06-21",
        "Associated Press",
    )
    return links_of(first, city, later)


def test_a_lower_bound_far_below_an_earlier_figure_is_no_corroboration() -> None:
    links = _heatwave()
    assert not STRONG & set(relations_between(links, "at least 22 deaths", "At least 110 people")), links
    assert not STRONG & set(relations_between(links, "at least 22 deaths", "kills at least 110")), links


def test_a_lower_bound_far_below_a_same_day_figure_is_no_contradiction() -> None:
    links = _heatwave()
    assert not STRONG & set(relations_between(links, "At least 143", "at least 22 deaths")), links


def test_a_sentence_opening_in_a_neighbouring_country_places_its_figure_there() -> None:
    links = _heatwave()
    assert not STRONG & set(relations_between(links, "In neighbouring Pakistan", "At least 110 people")), links


def test_the_national_toll_still_updates() -> None:
    links = _heatwave()
    assert "updates" in relations_between(links, "At least 143", "At least 110 people"), links
