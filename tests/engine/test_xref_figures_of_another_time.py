"""A sentence opening with the month it tells of ("In March 2022, 38 dolphins stranded on the same beach") gives a
figure of that time: beside this story's count it is neither a later value of it nor a second source for it
(sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_past_months_stranding_is_no_value_of_this_ones_count() -> None:
    explainer = make_article(
        "Why do dolphins strand at Sandmouth?\nThe final count is 64 common dolphins, of which 40 died, the marine "
        "rescue service said.\nIn March 2022, 38 common dolphins stranded on the same beach.\n",
        published=None,
        outlet="Coast Notes",
        title="Why do dolphins strand at Sandmouth?",
    )
    links = links_of(explainer)
    assert not {"updates", "corroborates", "conflicts"} & set(
        relations_between(links, "In March 2022", "The final count is 64")
    ), links


def test_a_count_told_again_a_month_later_still_corroborates() -> None:
    first = make_article(
        "Dolphins stranded at Sandmouth\nSixty-four common dolphins stranded on Sandmouth beach on Tuesday, the "
        "marine rescue service said.\n",
        published="2031-10-14",
        outlet="Wire",
        title="Dolphins stranded at Sandmouth",
    )
    later = make_article(
        "Sandmouth stranding inquiry opens\nIn October, 64 common dolphins stranded on Sandmouth beach, the "
        "marine rescue service said in its report.\n",
        published="2031-11-20",
        outlet="Coast Notes",
        title="Sandmouth stranding inquiry opens",
    )
    links = links_of(first, later)
    assert "corroborates" in relations_between(links, "In October, 64", "Sixty-four common dolphins"), links
