"""A sentence ranking a happening ("the shootings were the deadliest in the state's history") tells its rank, not
the act: it is no second report of the next news about the happening. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_ranking_of_the_happening_is_not_the_same_report_as_its_next_news() -> None:
    news = make_article(
        "Suspect in Corvel shootings found dead\nThe suspect in the shootings that killed nine people in Corvel was "
        "found dead on Friday evening, state police said.\n",
        published="2026-06-06",
        outlet="State Herald",
        title="Suspect in Corvel shootings found dead",
    )
    explainer = make_article(
        "What we know about the Corvel shootings\nThe shootings in Corvel were the deadliest in the state's history "
        "and the 30th mass killing in the country this year.\n",
        published=None,
        outlet="National Daily",
        title="What we know about the Corvel shootings",
    )
    links = links_of(news, explainer)
    assert "corroborates" not in relations_between(links, "Suspect in Corvel shootings found dead", "deadliest"), links
