"""A country named two ways ("Myanmar" / "Burma", "Czechia" / "the Czech Republic") is one place: two reports of
one toll there are compared, not set apart as two places (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_country_by_its_two_names_is_one_place() -> None:
    first = make_article(
        "Floods in Burma have killed 214 people since Sunday, the state broadcaster said on Thursday.",
        published="2026-09-17",
        outlet="Wire One",
        title="Burma floods kill 214",
    )
    second = make_article(
        "Flooding in Myanmar has killed more than 200 people this week, the United Nations said.",
        published="2026-09-18",
        outlet="Wire Two",
        title="UN says Myanmar flood toll above 200",
    )
    links = links_of(first, second)
    # (a toll a day later, "more than 200" against 214: the later report's, or one count, either way compared)
    assert relations_between(links, "have killed 214", "more than 200") in (["corroborates"], ["updates"])


def test_two_countries_stay_two_places() -> None:
    first = make_article(
        "Floods in Burma have killed 214 people since Sunday, the state broadcaster said on Thursday.",
        published="2026-09-17",
        outlet="Wire One",
        title="Burma floods kill 214",
    )
    second = make_article(
        "Flooding in Thailand has killed more than 200 people this week, the United Nations said.",
        published="2026-09-18",
        outlet="Wire Two",
        title="UN says Thailand flood toll above 200",
    )
    links = links_of(first, second)
    assert "corroborates" not in relations_between(links, "have killed 214", "more than 200")
