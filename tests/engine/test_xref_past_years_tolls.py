"""A toll an article recalls from a year it names ("The resort's worst disaster was in 1991, when an avalanche killed
12 people", "since 2019, when police detained 140") is another happening's, not a figure of the article's own story
(issue 12): the two are not linked. A running count since a year, and a table's span of years, are not recalls. Our
own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _one(body: str, published: str | None = None):
    return links_of(make_article(body, published=published, outlet="Alpine Digest", title=body.split("\n")[0]))


def test_a_toll_recalled_from_a_named_year_is_not_linked_to_the_storys_toll() -> None:
    links = _one(
        "Avalanche at Orla\nSeven skiers lost their lives when a slab of snow broke away above the Orla ski run, the "
        "mountain rescue service said.\nThe resort's worst disaster was in 1991, when an avalanche killed 12 people, "
        "the rescue service said.\n"
    )
    assert relations_between(links, "worst disaster was in 1991", "Seven skiers") == [], links


def test_arrests_recalled_since_a_year_when_are_not_the_matchs_arrests() -> None:
    links = _one(
        "Cup semi-final violence\nSunday's disorder at the cup semi-final in Dovra led to 87 arrests, police said.\n"
        "It was the worst violence at a match in Dovra since 2019, when police detained 140 fans, the city council "
        "said.\n"
    )
    assert relations_between(links, "since 2019, when", "led to 87 arrests") == [], links


def test_a_later_toll_in_another_article_still_updates() -> None:
    links = links_of(
        make_article(
            "Avalanche at Orla\nFive skiers were killed when an avalanche hit the Orla ski run on Saturday, police "
            "said.\n",
            published="2027-01-09",
            outlet="Wire",
            title="Avalanche at Orla",
        ),
        make_article(
            "Orla avalanche toll rises\nThe number of skiers killed in Saturday's avalanche at Orla has risen to "
            "seven, police said on Sunday.\n",
            published="2027-01-10",
            outlet="Paper",
            title="Orla avalanche toll rises",
        ),
    )
    assert relations_between(links, "has risen to seven", "Five skiers") == ["updates"], links


def test_animals_culled_in_an_outbreak_of_a_named_year_are_not_this_outbreaks() -> None:
    links = _one(
        "Bird flu at Tarnby\nAbout 85,000 ducks have been culled at three farms near Tarnby since the virus was "
        "found, the veterinary agency said.\nIn a previous outbreak in 2029, some 40,000 ducks were culled at a farm "
        "near Holbek.\n",
        published="2033-02-14",
    )
    assert relations_between(links, "previous outbreak in 2029", "About 85,000 ducks") == [], links


def test_dead_fish_recalled_from_last_summer_are_another_die_offs() -> None:
    links = _one(
        "Fish die-off on the Varna river\nA total of 18 tonnes of dead fish have been pulled from the Varna river "
        "this week, the environment agency said.\nLast summer, about 7 tonnes of dead fish were collected from the "
        "same river after a heatwave.\n",
        published="2033-07-21",
    )
    assert relations_between(links, "Last summer, about 7 tonnes", "A total of 18 tonnes") == [], links
