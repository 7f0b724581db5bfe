"""A report of a plan, its denial the next day and its announcement weeks later (issue 12). Our own sentences.

- a plan "from July" in a report of March is told in March: the denial the next day is close in time to it;
- "dismissed as “fake news” a report that ..." names what it denies;
- "a tax on diesel and petrol" and "a tax on fuel" are one levy;
- the announcement is the plan's later news.
"""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _three() -> list[object]:
    return [
        make_article(
            "Talvia's government plans to impose a new tax on diesel and petrol from September to help close its "
            "budget gap, two finance ministry officials told Wire One.",
            published="2026-04-06",
            outlet="Wire One",
            title="Talvia to tax fuel, officials say",
        ),
        make_article(
            "Talvia's finance ministry on Tuesday dismissed as “fake news” a report that the government planned a "
            "new tax on fuel.",
            published="2026-04-07",
            outlet="Talvia Daily",
            title="Talvia denies fuel tax report",
        ),
        make_article(
            "Talvia's finance minister announced on Friday a new tax on diesel and petrol that will take effect in "
            "September.",
            published="2026-04-24",
            outlet="Wire Two",
            title="Talvia announces fuel tax",
        ),
    ]


def test_the_denial_of_the_plan_conflicts_with_the_report() -> None:
    links = links_of(*_three())
    assert relations_between(links, "plans to impose", "dismissed as") == ["conflicts"]


def test_the_announcement_updates_the_report_of_the_plan() -> None:
    links = links_of(*_three())
    assert relations_between(links, "plans to impose", "announced on Friday") == ["updates"]
