"""A toll said to revise an earlier one replaces it, and one count of a happening years before is another
happening's count, however alike the figure. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_toll_revising_its_earlier_toll_updates_it_even_undated() -> None:
    first = make_article(
        "Mine blast toll rises\nThe number of miners killed in the blast at the Dobra pit rose to 17 on Tuesday, "
        "the regional governor said.\n",
        published="2026-11-03",
        outlet="Wire",
        title="Mine blast toll rises",
    )
    later = make_article(
        "Dobra toll corrected\nThe mining ministry said the Dobra blast killed 16 miners, revising its earlier "
        "toll of 17 after one name was listed twice.\n",
        published=None,
        outlet="Daily",
        title="Dobra toll corrected",
    )
    links = links_of(first, later)
    assert relations_between(links, "revising its earlier toll", "rose to 17") == ["updates"], links


def test_the_same_count_of_a_happening_years_before_does_not_corroborate() -> None:
    raid = make_article(
        "Police raid Kesmar market\nPolice arrested 23 people in a raid on the Kesmar night market on Friday, "
        "a police spokesman said.\n",
        published="2026-10-10",
        outlet="Wire",
        title="Police raid Kesmar market",
    )
    feature = make_article(
        "Kesmar market under pressure\nIn 2023, police arrested 23 people in a similar raid on the market.\n",
        published="2026-10-14",
        outlet="Weekly",
        title="Kesmar market under pressure",
    )
    links = links_of(raid, feature)
    assert "corroborates" not in relations_between(links, "In 2023, police arrested", "Police arrested 23"), links


def test_the_same_count_told_again_in_the_same_year_still_corroborates() -> None:
    raid = make_article(
        "Police raid Kesmar market\nPolice arrested 23 people in a raid on the Kesmar night market on Friday, "
        "a police spokesman said.\n",
        published="2026-10-10",
        outlet="Wire",
        title="Police raid Kesmar market",
    )
    feature = make_article(
        "Kesmar market under pressure\nIn October, police arrested 23 people in a raid on the Kesmar night market.\n",
        published="2026-12-14",
        outlet="Weekly",
        title="Kesmar market under pressure",
    )
    links = links_of(raid, feature)
    assert relations_between(links, "In October, police arrested", "Police arrested 23") == ["corroborates"], links


def test_a_happening_dated_by_its_year_alone_is_apart_from_one_three_years_on() -> None:
    raid = make_article(
        "Police raid Kesmar market\nPolice arrested 23 people in a raid on the Kesmar night market on Friday, "
        "a police spokesman said.\nThe traders' association said the raid would hurt business.\n",
        published="2026-10-10",
        outlet="Wire",
        title="Police raid Kesmar market",
    )
    feature = make_article(
        "Kesmar market under pressure\nIn 2023, police arrested 23 people in a similar raid on the Kesmar night "
        "market.\n",
        published="2026-10-14",
        outlet="Weekly",
        title="Kesmar market under pressure",
    )
    links = links_of(raid, feature)
    assert relations_between(links, "In 2023, police arrested", "Police arrested 23") == [], links


def test_a_claim_naming_a_span_of_years_is_not_dated_by_its_first_year() -> None:
    first = make_article(
        "Orlan Bank faces fine\nThe Markets Authority is preparing to fine Orlan Bank about 90 million euros over "
        "failures in its controls, people familiar with the matter said.\n",
        published="2026-09-02",
        outlet="Paper",
        title="Orlan Bank faces fine",
    )
    fined = make_article(
        "Orlan Bank fined\nThe Markets Authority has fined Orlan Bank 71 million euros for failures in its controls "
        "between March 2018 and June 2023.\n",
        published="2026-09-24",
        outlet="Wire",
        title="Orlan Bank fined",
    )
    links = links_of(first, fined)
    assert relations_between(links, "has fined Orlan Bank", "preparing to fine") != [], links
