"""A claim dated by its year alone, years before a report of the same kind of happening, is another happening."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_a_strike_years_earlier_named_in_an_undated_explainer_is_another_strike() -> None:
    report = make_article(
        "Dock workers walk out at Porto Leva\n\nPORTO LEVA (Reuters) - Dock workers at Porto Leva walked out on Monday "
        "at the start of a 48-hour strike over pay, halting about 70% of cargo traffic, the port authority said.\n",
        published="2026-10-05",
        outlet="Reuters",
    )
    explainer = make_article(
        "Explainer: what the port deal means\n\nThe last dock strike at Porto Leva, in 2018, lasted four days and "
        "halted 85% of cargo traffic.\n",
        published=None,
        outlet="Harbour Weekly",
    )
    links = links_of(report, explainer)
    assert links_between(links, "halting about 70%", "in 2018") == [], links
