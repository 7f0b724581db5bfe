"""Rates of a group or a part, and the euro area's figures (issue 12). "Core inflation, which excludes energy, food,
alcohol and tobacco, rose to 3.2%" is core inflation across its listing aside, never the headline rate; a claim
giving two groups' rates side by side ("core ... while services ...") holds no dispute that agrees with any other
figure; "the 20 countries that use the euro" name the euro area, and a claim naming no place is its headline's (the
euro area's core rate under "Eurozone inflation slows" is no country's). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article

_STRONG = {"corroborates", "updates", "conflicts"}


def test_core_inflation_across_an_aside_listing_what_it_leaves_out_is_not_the_headline_rate() -> None:
    first = titled_article(
        "Canada's inflation rate slows",
        "OTTAWA, March 19 (Reuters) - Canada's annual inflation rate slowed to 2.8% in February, Statistics Canada "
        "said on Tuesday.",
        "2024-03-19",
        "Reuters",
    )
    later = titled_article(
        "Canadian core inflation edges up",
        "Core inflation, which excludes energy, food, alcohol and tobacco, rose to 3.2% from 3.1% in February, "
        "Statistics Canada said.",
        "2024-04-16",
        "CBC",
    )
    assert not _STRONG & set(relations_between(links_of(first, later), "rose to 3.2%", "slowed to 2.8%"))


def test_two_groups_rates_side_by_side_are_no_dispute_agreeing_with_another_figure() -> None:
    first = titled_article(
        "Canada's services inflation picks up",
        "OTTAWA (Reuters) - Services inflation rose to 4.4% from 4.2%.",
        "2024-02-20",
        "Reuters",
    )
    later = titled_article(
        "Canada's inflation eases in February",
        "Core inflation slowed to 3.1%, Statistics Canada said, while services inflation eased to 4.3%.",
        "2024-03-19",
        "Globe and Mail",
    )
    assert "corroborates" not in relations_between(links_of(first, later), "eased to 4.3%", "rose to 4.4%")


def test_the_euro_area_by_its_members_and_by_its_headline_is_no_one_country() -> None:
    swedish = titled_article(
        "Swedish inflation slows in March",
        "STOCKHOLM, April 12 (Reuters) - Sweden's inflation rate fell to 4.1% in March, Statistics Sweden said.\n"
        "Core inflation, excluding energy and food, eased to 3.3%.",
        "2024-04-12",
        "Reuters",
    )
    euro = titled_article(
        "Eurozone inflation slows to 2.4% in April",
        "FRANKFURT, April 30 (AFP) - Inflation in the 20 countries that use the euro fell to 2.4% in April, Eurostat "
        "said on Tuesday.\nCore inflation, excluding energy and food, eased to 2.7%.",
        "2024-04-30",
        "AFP",
    )
    links = links_of(swedish, euro)
    assert not _STRONG & set(relations_between(links, "fell to 2.4% in April", "fell to 4.1% in March"))
    assert not _STRONG & set(relations_between(links, "eased to 2.7%", "eased to 3.3%"))
