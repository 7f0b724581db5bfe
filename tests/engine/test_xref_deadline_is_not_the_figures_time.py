"""A claim dated after its article was published ("will go by 2037") is dated by a plan's deadline, not by the
time its figure is of: the same figure told the next day corroborates it (issue 12). Sentences written for
these tests."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_the_same_planned_cut_told_with_its_deadline_corroborates() -> None:
    first = make_article(
        "Dellwyn will cut 1,400 jobs at its Ranford mill over the next two years, the papermaker announced on Thursday.\n",
        published="2035-05-16",
        outlet="Ranford Echo",
        title="Dellwyn to cut 1,400 jobs",
    )
    second = make_article(
        "The papermaker Dellwyn says 1,400 jobs at its Ranford mill will go by 2037.\n",
        published="2035-05-17",
        outlet="Trade Weekly",
        title="Dellwyn job cuts: what we know",
    )
    links = links_of(first, second)
    assert relations_between(links, "will cut 1,400", "will go by 2037") == ["corroborates"]
