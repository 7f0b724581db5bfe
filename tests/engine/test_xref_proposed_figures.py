"""A figure someone discusses, proposes or plans to set ("discussed raising the rate to 5%", "plans to cut the
levy to 12%") is a target, not the figure's value: it never updates, corroborates or conflicts with the value
reported (issue 12). Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import links_of, make_article, relations_between


def _decision():
    return make_article(
        "Velmar central bank lifts rate to 4.25%\nVelmar's central bank raised its main policy rate to 4.25% on "
        "Thursday, its second increase this year, the bank said.\n",
        published="2027-03-18",
        outlet="Wire One",
        title="Velmar central bank lifts rate to 4.25%",
    )


@pytest.mark.parametrize(
    "target",
    [
        "board members met on Tuesday and discussed raising the policy rate to 5%",
        "the bank is considering lifting its main policy rate to 5% in May",
        "the bank plans to raise its main policy rate to 5% in May",
    ],
)
def test_a_rate_under_discussion_is_no_value_of_the_rate(target: str) -> None:
    report = make_article(
        "Velmar bank weighs bigger rise\nThe Velmar Courier reported on Monday, citing two people familiar with "
        f"the matter, that {target}.\n",
        published="2027-04-05",
        outlet="Velmar Courier",
        title="Velmar bank weighs bigger rise",
    )
    links = links_of(_decision(), report)
    strong = {"updates", "corroborates", "conflicts"}
    assert not strong & set(relations_between(links, "raised its main policy rate", "Velmar Courier")), links


def test_the_rate_reported_again_still_corroborates() -> None:
    again = make_article(
        "Velmar rate at 4.25%\nVelmar's main policy rate has stood at 4.25% since March 18, the central bank said "
        "on Monday.\n",
        published="2027-04-05",
        outlet="Velmar Courier",
        title="Velmar rate at 4.25%",
    )
    links = links_of(_decision(), again)
    assert relations_between(links, "raised its main policy rate", "has stood at 4.25%") == ["corroborates"], links
