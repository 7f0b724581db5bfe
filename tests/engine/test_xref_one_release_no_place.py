"""Two outlets telling one statistics release with no place named anywhere ("inflation slowed to 2.7% in
March" / "annual inflation fell to 2.7 per cent last month") corroborate; the same rate of two named countries
does not (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_one_release_told_without_a_place_corroborates() -> None:
    first = make_article(
        "Consumer price inflation slowed to 2.7% in March from 2.9% in February, the statistics office said on "
        "Wednesday, helped by cheaper heating oil.\n",
        published="2027-04-14",
        outlet="Wire One",
    )
    second = make_article(
        "Annual inflation fell to 2.7 per cent last month, official figures showed, as heating costs dropped.\n",
        published="2027-04-15",
        outlet="Daily Ledger",
    )
    links = links_of(first, second)
    assert relations_between(links, "Annual inflation fell", "Consumer price inflation") == ["corroborates"], links


def test_the_same_rate_of_two_countries_is_not_one_release() -> None:
    first = make_article(
        "Consumer price inflation in Ostland slowed to 2.7% in March, the Ostland statistics office said.\n",
        published="2027-04-14",
        outlet="Wire One",
    )
    second = make_article(
        "Annual inflation in Vesland fell to 2.7 per cent last month, Vesland's statistics agency said.\n",
        published="2027-04-15",
        outlet="Daily Ledger",
    )
    links = links_of(first, second)
    assert "corroborates" not in relations_between(links, "Vesland", "Ostland"), links
