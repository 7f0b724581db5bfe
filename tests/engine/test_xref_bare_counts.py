"""Counts that say only who was counted are one count only when told alike (sentences written for these
tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_two_things_told_of_some_workers_are_not_one_count() -> None:
    first = make_article(
        "Roof falls at Dalsk quarry\nA roof collapsed at the Dalsk quarry on Monday. Rescuers had reached nine "
        "workers by the afternoon, the owner said in a statement.\n",
        published="2026-09-07",
        outlet="Wire",
        title="Roof falls at Dalsk quarry",
    )
    later = make_article(
        "Second collapse at Dalsk quarry\nPart of another tunnel at the Dalsk quarry collapsed on Wednesday. The "
        "ministry said 30 workers escaped unhurt.\n",
        published="2026-09-09",
        outlet="Daily",
        title="Second collapse at Dalsk quarry",
    )
    links = links_of(first, later)
    assert set(relations_between(links, "reached nine workers", "30 workers escaped")) <= {"related"}, links
