"""An admission reverses a denial: a party that denied something and admits it the same day (a live blog's
later entry), however common the words of what was denied; an official admitting days later what their body
denied, in fewer of its words."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _denial():
    return make_article(
        "Ferry operator rejects overloading claims\n"
        "HALVIK - The operator, Nordline Ferries, denied that the boat had been full, saying it carried 90 people.\n",
        published="2026-05-02",
        outlet="Halvik Post",
        title="Ferry operator rejects overloading claims",
    )


def test_the_deniers_admission_the_same_day_conflicts_with_its_denial() -> None:
    blog = make_article(
        "Live: Halvik ferry sinking - latest\n"
        "14:10 Nordline Ferries has admitted that the boat was full when it left the harbour.\n",
        published="2026-05-02",
        outlet="Coast Live",
        title="Live: Halvik ferry sinking - latest",
    )
    links = links_of(_denial(), blog)
    assert "conflicts" in relations_between(links, "has admitted that the boat was full", "denied that the boat"), links


def test_an_officials_admission_days_later_conflicts_with_the_bodys_denial() -> None:
    denial = make_article(
        "Club rejects bribery claims\nThe club denied paying a bribe to secure the licence for its new stadium.\n",
        published="2026-06-03",
        outlet="Sports Desk",
        title="Club rejects bribery claims",
    )
    later = make_article(
        "Club director owns up over stadium licence\n"
        "A senior club director admitted that a bribe had been paid, but would not say to whom.\n",
        published="2026-06-10",
        outlet="Daily Ledger",
        title="Club director owns up over stadium licence",
    )
    links = links_of(denial, later)
    assert "conflicts" in relations_between(links, "admitted that a bribe had been paid", "denied paying a bribe"), (
        links
    )
