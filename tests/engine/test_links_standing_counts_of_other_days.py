"""Homes left without power are a count of one day: a headline's count, told the day its article came out, and a
later day's "all but 23,000 homes" are counts of different days, never two sources in conflict (issue 12). So are
a count of what stands on a stated day ("were waiting on Monday") and an undated one in an article of a later day.
Our own sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_a_headlines_outage_and_a_later_days_remainder_do_not_conflict() -> None:
    title = "Storm Hilde leaves 180,000 homes without power"
    first = make_article(
        f"{title}\nStorm Hilde brought winds of up to 140 km/h to the west coast on Sunday, leaving about 180,000 "
        "homes without electricity, grid operator Vestgrid said.\n\nTwo people were injured by falling trees, police "
        "said.\n",
        published="2026-01-11",
        outlet="Nordic Wire",
        title=title,
    )
    later_title = "Power restored to most homes after Storm Hilde"
    later = make_article(
        f"{later_title}\nPower has been restored to all but 23,000 homes, Vestgrid said on Tuesday, two days after "
        "Storm Hilde swept across the west coast.\n",
        published="2026-01-13",
        outlet="Bergvik Tidende",
        title=later_title,
    )
    found = links_between(links_of(first, later), "all but 23,000", "leaves 180,000")
    assert found and all(rel != "conflicts" for rel, _ in found)


def test_a_standing_count_on_a_stated_day_and_a_later_articles_undated_count_do_not_conflict() -> None:
    first = make_article(
        "Trucks queue at the Kelso border crossing\nForty trucks were waiting to cross at Kelso on Monday as "
        "customs officers staged a go-slow, the hauliers' association RHA said.\n",
        published="2026-02-09",
        outlet="Border Wire",
        title="Trucks queue at the Kelso border crossing",
    )
    later = make_article(
        "Kelso go-slow ends\nThe four-day go-slow had left more than 90 trucks stuck at the crossing, the customs "
        "union said.\n",
        published="2026-02-12",
        outlet="Kelso Courier",
        title="Kelso go-slow ends",
    )
    found = links_between(links_of(first, later), "more than 90 trucks", "Forty trucks")
    assert all(rel != "conflicts" for rel, _ in found)
