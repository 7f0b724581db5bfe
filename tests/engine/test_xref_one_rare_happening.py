"""Two leads telling of a rare happening of one kind on one day (a derailment on Monday) tell of one happening, one
naming its town and the other its region: their tolls form one series. Not so for a crash, of which many happen on
any day (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _wire(kind: str) -> object:
    told = {"train": "A passenger train derailed", "bus": "A bus crashed"}[kind]
    return make_article(
        f"{told.split()[1].title()} accident in northern Vormark\n"
        f"{told} in northern Vormark on Monday, killing at least four people, the interior ministry said.\n",
        published="2026-02-09",
        outlet="Wire",
        title=f"{told.split()[1].title()} accident in northern Vormark",
    )


def _local(happening: str) -> object:
    return make_article(
        f"Kessel toll rises to six\nThe death toll from Monday's {happening} at Kessel has risen to six after two "
        "injured passengers died in hospital, doctors said on Tuesday.\n",
        published="2026-02-10",
        outlet="Kessel Courier",
        title="Kessel toll rises to six",
    )


def test_a_derailments_toll_named_by_its_town_updates_the_one_named_by_its_region() -> None:
    links = links_of(_wire("train"), _local("derailment"))
    assert relations_between(links, "has risen to six", "killing at least four") == ["updates"], links


def test_a_crash_named_by_a_town_is_not_taken_for_a_crash_in_a_region_the_same_day() -> None:
    links = links_of(_wire("bus"), _local("crash"))
    assert "updates" not in relations_between(links, "has risen to six", "killing at least four"), links
