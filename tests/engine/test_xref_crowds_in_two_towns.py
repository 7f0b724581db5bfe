"""Crowd counts: "the crowd numbered", "joined Saturday's march" count a turnout as "took part" does; a count in
one town is not the other town's march, and a town named only as where a parallel protest was is not the
claim's own place (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _march(body: str, outlet: str, day: str = "2026-10-11") -> object:
    return make_article(body, published=day, outlet=outlet, title="Pension march")


def test_the_crowd_numbered_meets_the_turnout_put_at() -> None:
    first = _march(
        "Thousands of pensioners marched through Braga on Saturday against cuts. Police put the turnout at "
        "about 12,000.",
        "Wire One",
    )
    second = _march(
        "Pensioners protested in Braga on Saturday against cuts to their benefits. Police said the crowd numbered "
        "around 12,000.",
        "Wire Two",
    )
    links = links_of(first, second)
    assert relations_between(links, "turnout at about 12,000", "crowd numbered") == ["corroborates"]


def test_joined_the_days_march_is_a_turnout() -> None:
    first = _march(
        "Thousands of pensioners marched through Braga on Saturday against cuts. Organisers said more than "
        "30,000 people had taken part.",
        "Wire One",
    )
    second = _march(
        "Some 30,000 people joined Saturday's march against pension cuts in Braga, the organisers said on Sunday.",
        "Wire Two",
        day="2026-10-12",
    )
    links = links_of(first, second)
    assert relations_between(links, "more than 30,000", "Some 30,000") == ["corroborates"]


def test_another_towns_march_is_no_count_of_this_one() -> None:
    first = _march(
        "Thousands of pensioners marched through Braga on Saturday against cuts. Police put the turnout at "
        "about 12,000.",
        "Wire One",
    )
    second = _march(
        "About 3,000 people marched in Coimbra on Saturday against pension cuts, police said, as a parallel "
        "protest took place in Braga.",
        "Wire Two",
    )
    links = links_of(first, second)
    assert not {"conflicts", "corroborates", "updates"} & set(
        relations_between(links, "turnout at about 12,000", "About 3,000")
    )


def test_a_toll_counted_in_two_towns_is_still_one_toll() -> None:
    first = make_article(
        "Quake toll rises to 22\nThe death toll rose to 22 on Monday night, the interior ministry said. Hospitals "
        "in Tarvo asked for blood donors.",
        published="2026-03-02",
        outlet="Wire One",
        title="Quake toll rises to 22",
    )
    second = make_article(
        "The death toll from Monday's earthquake in Kessel rose to 35, the interior ministry said on Wednesday.",
        published="2026-03-04",
        outlet="Wire Two",
        title="Kessel quake toll climbs to 35",
    )
    links = links_of(first, second)
    assert relations_between(links, "rose to 22", "rose to 35") == ["updates"]
