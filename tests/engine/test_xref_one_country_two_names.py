"""A country named two ways ("Myanmar" / "Burma", "Czechia" / "the Czech Republic") is one place: two reports of
one toll there are compared, not set apart as two places (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _relations(country: str) -> list[str]:
    """The links between a Burma flood toll and a UN toll of the floods in ``country`` the next day."""
    first = make_article(
        "Floods in Burma have killed 214 people since Sunday, the state broadcaster said on Thursday.",
        published="2026-09-17",
        outlet="Wire One",
        title="Burma floods kill 214",
    )
    second = make_article(
        f"Flooding in {country} has killed more than 200 people this week, the United Nations said.",
        published="2026-09-18",
        outlet="Wire Two",
        title=f"UN says {country} flood toll above 200",
    )
    return relations_between(links_of(first, second), "have killed 214", "more than 200")


def test_a_country_by_its_two_names_is_one_place() -> None:
    # (a toll a day later, "more than 200" against 214: the later report's, or one count, either way compared)
    assert _relations("Myanmar") in (["corroborates"], ["updates"])


def test_two_countries_stay_two_places() -> None:
    assert "corroborates" not in _relations("Thailand")
