"""A denial right after a figure that also refers back to it ("denied the claims, saying the figures were
exaggerated") is one link, the denial's, not a denial and a pointer for one pair. Our own sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_a_denial_that_also_refers_back_to_the_figure_is_linked_once() -> None:
    article = make_article(
        "Strike hits Dorn mills\nThe union said 5,000 workers joined the strike at the Dorn mills on Monday.\n"
        "The company denied the claims, saying the figures were exaggerated.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Strike hits Dorn mills",
    )
    found = links_between(links_of(article), "denied the claims", "5,000 workers")
    assert [rel for rel, _ in found] == ["conflicts"], found
