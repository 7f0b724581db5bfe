"""An outbreak's confirmed cases (issue 12): a cluster recalled from a past year in the same article is another
outbreak, never a value the current count updates; and a link's reason names the measure both count (cases), not a
claim's topic taken from a death told beside the figure. Our own sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_a_past_years_cluster_in_one_article_is_another_outbreak() -> None:
    explainer = make_article(
        "Measles in Tarnby: the questions answered\nHow many people are ill?\n"
        "As of Tuesday, 41 cases had been confirmed, according to the city's health department.\n\n"
        "Has this happened before?\nYes. An outbreak of 12 cases was recorded in the nearby town of Selmer in 2023.\n",
        published=None,
    )
    assert links_between(links_of(explainer), "41 cases", "12 cases") == []


def test_the_reason_names_cases_not_the_death_beside_them() -> None:
    first = make_article(
        "Measles cases climb\nConfirmed measles cases in Tarnby have risen to 41, the health department said on "
        "Tuesday.\n",
        published="2026-04-07",
        outlet="Tarnby Times",
    )
    later = make_article(
        "First measles death\nA child has died of measles in Tarnby, the first death in an outbreak that has now "
        "reached 58 confirmed cases, the health department said on Monday.\n",
        published="2026-04-13",
        outlet="Nordic Wire",
    )
    found = links_between(links_of(first, later), "58 confirmed", "risen to 41")
    assert [rel for rel, _ in found] == ["updates"]
    assert found[0][1].startswith("both count cases:")
