"""A denial conflicts only with a report of what it denies: a meeting of other people than the one denied is neither
confirmed nor contradicted by it (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _articles():
    denial = make_article(
        "Palace denies Alvarez plans to meet Okafor\nMADRID, July 20 (Reuters) - The presidency on Sunday denied a "
        "report that President Ana Alvarez was preparing to meet Prime Minister Tunde Okafor in Geneva, saying no "
        "such meeting was planned.\n",
        published="2036-07-20",
        outlet="Reuters",
        title="Palace denies Alvarez plans to meet Okafor",
    )
    other_meeting = make_article(
        "Alvarez to meet Brandt in Oslo\nPresident Ana Alvarez will meet Chancellor Petra Brandt in Oslo on August 15, "
        "the presidency confirmed on Friday.\n",
        published="2036-08-08",
        outlet="AP",
        title="Alvarez to meet Brandt in Oslo",
    )
    same_meeting = make_article(
        "Alvarez and Okafor to meet in Geneva after all\nPresident Ana Alvarez will meet Prime Minister Tunde Okafor in "
        "Geneva next month, the presidency confirmed on Tuesday.\n",
        published="2036-08-05",
        outlet="AFP",
        title="Alvarez and Okafor to meet in Geneva after all",
    )
    return denial, other_meeting, same_meeting


def test_a_meeting_of_other_people_does_not_contradict_the_denial() -> None:
    links = links_of(*_articles())
    strong = {"corroborates", "conflicts", "updates"}
    assert not strong & set(relations_between(links, "will meet Chancellor Petra Brandt", "denied a report")), links
    assert "conflicts" in relations_between(links, "will meet Prime Minister Tunde Okafor", "denied a report"), links
