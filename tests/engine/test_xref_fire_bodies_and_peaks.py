"""Two readings that parted one series: a body named for a happening ("the Forest Fire Centre") is no fire of its
own; a peak told for the period the other figure is for is that period's value."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article

_JULY = (
    "Sweden's fire season already the worst on record",
    "More than 2.1 million hectares have burned in Sweden so far this year, according to the Nordic Forest Fire "
    "Centre.",
    "2027-07-10",
    "Nordic Wire",
)
_AUGUST = (
    "Sweden's fires keep spreading",
    "Across Sweden, wildfires have now burned 3.4 million hectares this season, officials said on Friday.",
    "2027-08-20",
    "Baltic Times",
)


def test_a_fire_centre_is_no_fire_of_its_own() -> None:
    links = links_of(titled_article(*_JULY), titled_article(*_AUGUST))
    assert "updates" in relations_between(links, "3.4 million", "2.1 million"), links


def test_a_peak_told_for_the_other_figures_period_updates_it() -> None:
    first = titled_article(
        "Irish migration slows",
        "Net migration to Ireland was 41,000 in the year to April 2026, the Central Statistics Office said on Tuesday.",
        "2026-08-25",
        "Dublin Daily",
    )
    revised = titled_article(
        "Irish migration revised up",
        "Net migration to Ireland peaked at 48,000 in the year to April 2026, the Central Statistics Office said on "
        "Wednesday, revising up its earlier estimate.",
        "2027-08-25",
        "Cork Examiner Wire",
    )
    links = links_of(first, revised)
    assert "updates" in relations_between(links, "peaked at 48,000", "was 41,000 in the year"), links
