"""One article telling of two crashes, each dated to its own day and town ("overturned in Tarma on Friday" / "after
24 people died in Ocona on Monday"): the two tolls are two happenings', never one count's values (issue 12). Our own
sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_two_crashes_of_one_article_stay_apart() -> None:
    report = make_article(
        "A bus carrying farm workers overturned on a mountain road in Peru's Tarma province on Friday, killing 11 "
        "people, police said. It was the second deadly bus crash in the country this week, after 24 people died in "
        "Ocona on Monday.\n",
        published="2026-02-14",
        outlet="Wire One",
        title="Second deadly bus crash in a week",
    )
    links = links_of(report)
    assert not {"updates", "conflicts", "corroborates"} & set(relations_between(links, "killing 11", "24 people"))


def test_one_crash_told_on_two_days_in_one_town_is_one_count() -> None:
    report = make_article(
        "A bus plunged into a gorge near Tarma on Monday, killing 11 people, police said.\n\n"
        "By Wednesday the toll from the crash near Tarma had risen to 14, after three injured passengers died.\n",
        published="2026-02-12",
        outlet="Wire One",
        title="Tarma bus crash toll rises to 14",
    )
    links = links_of(report)
    assert relations_between(links, "killing 11", "risen to 14") == ["updates"]
