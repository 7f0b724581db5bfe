"""A denial that states the figure it denies, and the announcement after it (issue 12). Our own sentences.

Every sentence here is our own; none comes from any dataset or from tests/data.
"""

from __future__ import annotations

from corpus.pipeline import extract
from corpus.xref.features import polarity_of

from .conftest import links_of, make_article, relations_between


def _report():
    return make_article(
        "Brightwell to shed staff\nParcel firm Brightwell is preparing to cut as many as 1,200 jobs at its Dunmore "
        "depot, three people briefed on the plans told the Courier.\n",
        published="2027-02-01",
        outlet="Dunmore Courier",
        title="Brightwell to shed staff",
    )


def _denial():
    return make_article(
        "Brightwell rejects job cuts story\nBrightwell on Monday denied a newspaper report that it planned to cut up "
        "to 1,200 jobs in Dunmore, calling it guesswork.\n",
        published="2027-02-01",
        outlet="Freight Wire",
        title="Brightwell rejects job cuts story",
    )


def test_a_denial_of_a_reported_figure_conflicts_with_the_report_and_never_corroborates_it() -> None:
    links = links_of(_report(), _denial())
    assert relations_between(links, "denied a newspaper report", "as many as 1,200 jobs") == ["conflicts"], links


def test_an_announcement_that_recalls_the_earlier_denial_is_not_a_denial() -> None:
    article = make_article(
        "Brightwell confirms cuts\nBrightwell said on Thursday it would cut 850 jobs at its Dunmore depot, three "
        "weeks after it denied a report that it was planning job cuts.\n",
        title="Brightwell confirms cuts",
    )
    (claim,) = [c for c in extract([article]).claims if "850" in c.text]
    assert polarity_of(claim) == "confirm"


def test_a_denial_that_is_still_a_denial_keeps_its_polarity_when_it_recalls_another() -> None:
    article = make_article(
        "Brightwell denies again\nBrightwell on Thursday denied that 850 jobs would go, a week after it denied a "
        "report of deeper cuts.\n",
        title="Brightwell denies again",
    )
    (claim,) = [c for c in extract([article]).claims if "850" in c.text]
    assert polarity_of(claim) == "deny"


def test_the_figure_announced_after_the_denial_updates_the_denial() -> None:
    announcement = make_article(
        "Brightwell to cut 850 jobs\nBrightwell said on Thursday it would cut 850 jobs at its Dunmore depot, three "
        "weeks after it denied a report that it was planning job cuts.\n",
        published="2027-02-25",
        outlet="Freight Wire",
        title="Brightwell to cut 850 jobs",
    )
    links = links_of(_denial(), announcement)
    found = relations_between(links, "would cut 850 jobs", "denied a newspaper report")
    assert found == ["updates"], links
    reason = next(why for rel, _, _, why in links if rel == "updates")
    assert "contradicting the denial" in reason
