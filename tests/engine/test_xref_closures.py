"""The shops, branches or schools a report says are closing are a part of those the owner has, counted apart from
them (issue 12): "38 stores would close" is no later value of "trades from 112 stores", so the two neither conflict
nor update each other (a "related" link of one story may stay), while two reports of the closures are compared. Our
own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _two(first: str, second: str):
    return links_of(
        make_article(first, published="2034-05-02", outlet="City Desk", title=first.split("\n")[0]),
        make_article(second, published="2034-05-09", outlet="Retail Weekly", title=second.split("\n")[0]),
    )


def test_stores_to_close_are_not_a_new_count_of_the_chains_stores() -> None:
    links = _two(
        "Harrowgate Home faces collapse\nHarrowgate Home, the furniture chain which trades from 140 stores, is "
        "preparing to appoint administrators, people familiar with the matter said.\n",
        "Harrowgate Home collapses\nThe administrators of Harrowgate Home said 45 stores would close immediately, "
        "with the loss of 1,300 jobs.\n",
    )
    strong = {"conflicts", "updates", "corroborates"}
    assert not strong & set(relations_between(links, "45 stores would close", "trades from 140 stores")), links


def test_two_counts_of_the_branches_closing_are_compared() -> None:
    links = _two(
        "Brenford Bank to shut branches\nBrenford Bank will close 60 branches across the country next year, the "
        "lender said on Tuesday.\n",
        "Brenford Bank closures rise\nBrenford Bank now says 75 branches will close next year, after a review of "
        "its network, the lender said on Tuesday.\n",
    )
    assert relations_between(links, "75 branches will close", "will close 60 branches") == ["updates"], links
