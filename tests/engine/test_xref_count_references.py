""" "The count" or "the toll" refers back to a count, never to a share (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_the_count_does_not_refer_back_to_a_percentage() -> None:
    body = (
        "At least 31 people have died in the cold snap, the health ministry said on Sunday.\n"
        "Growers said frost could destroy 35% of the almond crop.\n"
        "The ministry denied that any deaths had been left out of the count.\n"
    )
    links = links_of(make_article(body, published="2027-01-18"))
    assert not [
        why for _, why in links_between(links, "left out of the count", "35% of the almond") if "refers back" in why
    ]


def test_the_toll_still_refers_back_to_a_count() -> None:
    body = (
        "At least 31 people have died in the cold snap, the health ministry said on Sunday.\n"
        "Charities working with homeless people said the toll was far too low.\n"
    )
    links = links_of(make_article(body, published="2027-01-18"))
    assert [why for _, why in links_between(links, "far too low", "At least 31") if "refers back" in why], links


def test_the_figures_may_still_mean_a_share() -> None:
    body = (
        "The teachers' union said 70% of teachers had joined the strike.\n"
        "Education officials said the figures were exaggerated.\n"
    )
    links = links_of(make_article(body, published="2027-01-18"))
    assert [why for _, why in links_between(links, "exaggerated", "70% of teachers") if "refers back" in why], links


def test_a_count_of_deaths_refers_back_to_the_toll_not_to_another_count() -> None:
    body = (
        "At least 31 people have died in the cold snap, the health ministry said on Sunday.\n"
        "Hospitals have admitted 260 patients with hypothermia.\n"
        "Charities said many deaths of homeless people had been left out of the count.\n"
    )
    links = links_of(make_article(body, published="2027-01-18"))
    refs = [(s, t) for _, s, t, why in links if "refers back" in why]
    assert refs and all("At least 31" in s + t for s, t in refs), links
