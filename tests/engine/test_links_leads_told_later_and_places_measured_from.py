"""A later count of one blast's dead updates the first (issue 12) when the later lead dates only its own telling
("admitted on Monday that ... before an explosion that killed three": Monday is no day of the blast), and when the
first places the blast only from a city ("a plant east of Corby": Corby is not where the dead were counted). Our
own sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def _first(lead: str) -> object:
    return make_article(
        f"Blast kills two\n{lead}\n", published="2026-06-09", outlet="Midland Wire", title="Blast kills two"
    )


def test_a_lead_dating_its_admission_is_no_other_blast() -> None:
    first = _first("An explosion at the Tarvik paint factory killed two workers on Tuesday, officials said.")
    later = make_article(
        "Tarvik admits leak warning\nTarvik Paints admitted on Monday that staff had reported a gas leak at its "
        "factory a week before an explosion that killed three workers.\n",
        published="2026-06-15",
        outlet="Daily Ledger",
        title="Tarvik admits leak warning",
    )
    found = links_between(links_of(first, later), "killed three", "killed two")
    assert [rel for rel, _ in found] == ["updates"]


def test_a_city_a_blast_is_placed_from_is_not_its_place() -> None:
    first = _first("An explosion at a paint factory east of Corby killed two workers on Tuesday, officials said.")
    later = make_article(
        "Third worker dies after Weldon blast\nThe death toll from Tuesday's explosion at the Tarvik paint factory "
        "in Weldon has risen to three, the company said on Thursday.\n",
        published="2026-06-11",
        outlet="Daily Ledger",
        title="Third worker dies after Weldon blast",
    )
    found = links_between(links_of(first, later), "risen to three", "killed two")
    assert [rel for rel, _ in found] == ["updates"]


def test_a_month_and_year_recalled_is_another_crash_even_placed_from_a_city() -> None:
    # (with the city measured from left out, the recalled crash names no place: its month and year tell it apart)
    body = (
        "Why Calvenia's mountain roads keep killing\n"
        "The crash of a coach near Tesno, which killed 19 people, has renewed calls for tighter rules.\n"
        "It was the country's deadliest road accident since March 2019, when a bus fell from a mountain road south of "
        "Merlo and killed 44 people.\n"
    )
    explainer = make_article(body, published="2026-06-20", outlet="Daily Ledger", title=body.splitlines()[0])
    assert links_between(links_of(explainer), "killed 19", "killed 44") == []
