"""Two sources on one story days apart, one saying a thing is so and the other that it is not, in the same words
("the vote was unanimous" / "the vote was not unanimous"), conflict (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _vote(second: str) -> list[tuple[str, str, str, str]]:
    first = make_article(
        "Harlow council approves stadium sale\nHarlow council voted on Tuesday to sell the Brookfield stadium to a "
        "developer for 40 million pounds. Council leader Ruth Adeyemi told reporters the vote was unanimous.\n",
        published="2026-06-09",
        outlet="Wire",
        title="Harlow council approves stadium sale",
    )
    later = make_article(
        "Stadium sale vote split, councillors say\n" + second + "\n",
        published="2026-06-10",
        outlet="Daily",
        title="Stadium sale vote split, councillors say",
    )
    return links_of(first, later)


def test_the_same_thing_said_not_to_be_so_conflicts() -> None:
    links = _vote(
        "The council's vote to sell the Brookfield stadium was not unanimous, with four councillors voting "
        "against, two councillors told the Daily."
    )
    assert relations_between(links, "was not unanimous", "the vote was unanimous") == ["conflicts"], links


def test_a_plain_not_is_no_contradiction() -> None:
    links = _vote(
        "It was not clear on Wednesday whether the council's vote to sell the Brookfield stadium was unanimous, "
        "a spokesman said."
    )
    assert "conflicts" not in relations_between(links, "It was not clear", "the vote was unanimous"), links


def test_a_plan_not_to_act_and_the_act_done_are_no_same_report() -> None:
    plan = make_article(
        "Velmar parliament passes media bill\nVelmar's parliament passed a bill on Tuesday that would let the "
        "government close newspapers. President Anna Dorsey has said she will not sign the bill until the Supreme "
        "Court rules on a challenge to it.\n",
        published="2026-03-03",
        outlet="Wire",
        title="Velmar parliament passes media bill",
    )
    signed = make_article(
        "Velmar president signs media law\nVelmar's President Anna Dorsey signed the media bill into law on Friday, "
        "her office said, days after saying she would wait for the Supreme Court to rule.\n",
        published="2026-03-06",
        outlet="Daily",
        title="Velmar president signs media law",
    )
    relations = relations_between(links_of(plan, signed), "signed the media bill", "she will not sign the bill")
    assert "corroborates" not in relations, relations
