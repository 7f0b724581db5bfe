"""A qualified rate named before a long aside ("Services inflation, closely watched by the ECB, rose to 4.1%") is
that rate, not headline inflation, so it never updates the headline figure; a figure "revising up its
flash estimate of 2.3%" replaces that first release (sentences written for these tests)."""

from __future__ import annotations

from .conftest import figure_measure, links_of, make_article, relations_between


def test_a_qualified_rate_across_a_long_aside_is_that_rate() -> None:
    text = "Services inflation, closely watched by the ECB, rose to 4.1%."
    assert figure_measure(text, "4.1%", 4.1, "percent", "inflation rate", None) == "services inflation rate"


def _flash() -> object:
    return make_article(
        "Norland inflation eases to 2.3% in May, flash estimate shows\nNorland inflation eased to 2.3% in May from "
        "2.6% in April, a flash estimate from the statistics office showed on Tuesday.\n",
        published="2034-06-02",
        outlet="Reuters",
        title="Norland inflation eases to 2.3% in May, flash estimate shows",
    )


def _final() -> object:
    return make_article(
        "Norland May inflation revised up to 2.4%\nNorland inflation was 2.4% in May, the statistics office said on "
        "Wednesday, revising up its flash estimate of 2.3%.\nServices inflation, closely watched by the ECB, rose to "
        "4.1%.\n",
        published="2034-06-17",
        outlet="Financial Times",
        title="Norland May inflation revised up to 2.4%",
    )


def test_the_final_figure_updates_the_flash_estimate() -> None:
    links = links_of(_flash(), _final())
    assert relations_between(links, "revising up its flash estimate", "a flash estimate from") == ["updates"], links


def test_services_inflation_never_updates_the_headline_rate() -> None:
    links = links_of(_flash(), _final())
    assert not relations_between(links, "Services inflation", "a flash estimate from"), links
