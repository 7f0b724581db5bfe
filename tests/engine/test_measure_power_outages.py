"""Homes, customers or properties without power are one count however a storm story tells it, and those
reconnected are another; those another service's outage hit are affected (issue 13: a figure's measure). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import links_of, make_article, relations_between


def _measures(sentence: str) -> list[str | None]:
    claims, _ = extract_article(make_article(sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The gale left about 61,000 homes without electricity.", "without power"),
        ("Some 8,500 households were still without power on Friday.", "without power"),
        ("Nearly 30,000 properties lost power overnight.", "without power"),
        ("The ice storm cut power to 12,000 customers.", "without power"),
        ("Engineers have restored power to 47,000 customers.", "power restored"),
        ("The storm flattened 120 homes.", "destroyed"),
    ],
)
def test_a_count_of_those_without_power(sentence: str, measure: str) -> None:
    assert _measures(sentence) == [measure]


def test_a_later_count_without_power_updates_the_first() -> None:
    first = make_article(
        "Storm Nessa left about 95,000 homes without power on Saturday, the operator Voltia said.\n",
        published="2037-01-11",
        outlet="Coast Wire",
        title="Storm Nessa cuts power",
    )
    later = make_article(
        "About 12,000 homes were still without power on Monday, two days after Storm Nessa, Voltia said.\n",
        published="2037-01-13",
        outlet="Harbour Post",
        title="Thousands still without power after Storm Nessa",
    )
    links = links_of(first, later)
    assert relations_between(links, "About 12,000", "about 95,000") == ["updates"]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The outage hit about 800,000 mobile customers on Sunday.", "affected"),  # no power cut
        ("A glitch knocked 2 million app users offline for an hour.", "affected"),
        ("The crash left 90,000 shoppers unable to pay by card.", "affected"),
        ("The outage hit 52,000 homes in the valley.", "without power"),
    ],
)
def test_those_an_outage_or_a_breach_hit_are_affected(sentence: str, measure: str) -> None:
    assert _measures(sentence) == [measure]
