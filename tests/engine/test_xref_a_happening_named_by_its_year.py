"""A toll of a happening named by its year ("The 1999 cyclone killed nearly 10,000 people") in an article about this
year's is the old happening's, recalled: no value of this one's toll, not even related (issue 12). Our own
sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_a_toll_of_a_happening_named_by_its_year_is_recalled() -> None:
    links = links_of(
        make_article(
            "Why Odisha's coast keeps flooding\nThe cyclone that struck the coast in May killed 40 people.\n"
            "The 1999 cyclone killed nearly 10,000 people in the state.\n"
            "Engineers say the embankments have not been raised since then.\n",
            published=None,
            outlet="The Explainer Desk",
            title="Why Odisha's coast keeps flooding",
        )
    )
    assert not links_between(links, "The 1999 cyclone killed", "in May killed 40"), links
