"""People crossing a border: counted where they arrive, and those who "crossed into" a country are those who fled
into it (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def test_crossings_into_two_countries_are_two_counts() -> None:
    chad = make_article(
        "About 20,000 flee Sudan fighting into Chad\nN'DJAMENA, May 11 (Reuters) - About 20,000 people have crossed "
        "from Sudan into eastern Chad in the past week, Chad's government said on Wednesday.\nThe U.N. refugee agency "
        "UNHCR said it was registering new arrivals at Adre.\n",
        published="2039-05-11",
        outlet="Reuters",
        title="About 20,000 flee Sudan fighting into Chad",
    )
    south_sudan = make_article(
        "About 20,000 flee into South Sudan\nAbout 20,000 people have crossed from Sudan into South Sudan's Renk county "
        "in the past week, local officials said on Thursday.\n",
        published="2039-05-12",
        outlet="Sudan Tribune",
        title="About 20,000 flee into South Sudan",
    )
    links = links_of(chad, south_sudan)
    assert not _STRONG & set(relations_between(links, "into eastern Chad", "into South Sudan's")), links


def test_a_count_of_those_who_crossed_into_a_country_is_updated_by_those_who_fled_into_it() -> None:
    first = make_article(
        "Thousands flee into Moldova\nCHISINAU, March 3 (Reuters) - About 9,000 people have crossed from Ukraine into "
        "Moldova since Monday, the interior ministry said on Thursday.\n",
        published="2037-03-03",
        outlet="Reuters",
        title="Thousands flee into Moldova",
    )
    later = make_article(
        "UN: 15,000 have fled into Moldova\nCHISINAU (AP) — About 15,000 people have fled into Moldova since Monday, "
        "the U.N. refugee agency said on Tuesday.\n",
        published="2037-03-08",
        outlet="Associated Press",
        title="UN: 15,000 have fled into Moldova",
    )
    links = links_of(first, later)
    assert "updates" in relations_between(links, "About 15,000 people have fled", "About 9,000 people"), links
