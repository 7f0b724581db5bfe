"""A report that corrects one of its own figures further down ("Correction: ... The correct figure is 421") gives
the figure's later value: the correction updates the figure above it (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_correction_further_down_updates_the_figure_it_corrects() -> None:
    blog = make_article(
        "Council elections: live\n"
        "21:50 The first result is in: the Liberal Democrats hold Eastgate with 1,870 votes.\n\n"
        "22:30 An earlier post said the Greens won 356 votes in Eastgate.\n\n"
        "23:05 Correction: the correct figure is 365.\n",
        published="2026-05-07",
        outlet="Eastgate Echo",
        title="Council elections: live",
    )
    links = links_of(blog)
    assert relations_between(links, "the correct figure is 365", "Greens won 356 votes") == ["updates"], links
