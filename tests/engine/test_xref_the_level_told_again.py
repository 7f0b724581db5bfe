"""A percentage told of "the level" right after a sentence measuring a reservoir level is that level ("The environment
agency put the level on Monday at 28 percent."), and an undated explainer's level from one source follows no other
source's dated level (sentences written for these tests)."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_of, make_article, relations_between


def _first() -> Article:
    return make_article(
        "LISBON, June 2 (Reuters) - The reservoirs that supply Lisbon have fallen to 38 percent of capacity, the "
        "water utility EPAL said on Monday.\n",
        published="2041-06-02",
        outlet="Reuters",
        title="Lisbon reservoirs fall to 38% as drought bites",
    )


def _later() -> Article:
    return make_article(
        "LISBON (AFP) - The reservoirs that supply Lisbon have fallen to 31 percent of capacity, the water utility "
        "EPAL said on Monday.\nThe environment agency, using its own gauges, put the level on Monday at 28 percent.\n"
        "Hosepipe use is banned across the city.\n",
        published="2041-06-23",
        outlet="AFP",
        title="Lisbon reservoirs keep falling",
    )


def _explainer() -> Article:
    return make_article(
        "Lisbon draws most of its water from reservoirs on the Tagus.\nThis summer the reservoirs that supply Lisbon fell to about 31% "
        "of capacity, according to the water utility.\nScientists say dry years are becoming more frequent.\n",
        published=None,
        outlet="Portugal Explained",
        title="Explainer: why is Lisbon short of water?",
    )


def test_the_level_is_the_level_the_sentence_before_measured() -> None:
    links = links_of(_first(), _later())
    assert {"updates", "conflicts"} & set(relations_between(links, "at 28 percent", "fallen to 38 percent")), links
    assert "conflicts" in relations_between(links, "at 28 percent", "fallen to 31 percent"), links


def test_an_undated_level_of_one_source_follows_no_other_sources_level() -> None:
    links = links_of(_first(), _later(), _explainer())
    told = relations_between(links, "about 31%", "at 28 percent")
    assert told and "updates" not in told, links
