"""Two sources' incompatible counts of one day are a dispute, not a revision (issue 12): organisers say 40,000
workers joined Monday's strike, the government the next day says 12,000 did; a union says about 40,000 marched on
Saturday, police say 12,000. Same day, incompatible, different sources: `conflicts`, never `updates`. A toll
counted up (the dead of Monday's blast counted again on Wednesday) still updates. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _pair(first: str, day1: str, second: str, day2: str):
    return links_of(
        make_article(first, published=day1, outlet="Wire", title=first.split("\n")[0]),
        make_article(second, published=day2, outlet="Paper", title=second.split("\n")[0]),
    )


def test_the_next_days_count_of_the_same_strike_by_another_source_conflicts() -> None:
    links = _pair(
        "Strike shuts Tarvo docks\nOrganisers said 40,000 workers joined the strike on Monday.\n",
        "2027-05-10",
        "Government disputes strike turnout\nThe government said 12,000 workers joined the strike on Monday.\n",
        "2027-05-11",
    )
    found = relations_between(links, "The government said 12,000", "Organisers said 40,000")
    assert found == ["conflicts"], links


def test_a_unions_round_crowd_figure_and_the_polices_conflict() -> None:
    links = _pair(
        "Sorrel march against pension cuts\nAbout 40,000 people marched through Sorrel on Saturday against "
        "pension cuts, the union said.\n",
        "2027-05-08",
        "Police count Sorrel marchers\nPolice said 12,000 people marched through Sorrel on Saturday.\n",
        "2027-05-09",
    )
    assert relations_between(links, "Police said 12,000", "About 40,000 people") == ["conflicts"], links


def test_a_toll_counted_up_two_days_later_still_updates() -> None:
    links = _pair(
        "Blast at Tarvo plant\nTwelve people were killed in Monday's blast at the Tarvo chemical plant, police said.\n",
        "2027-05-10",
        "Tarvo blast toll rises\nTwenty-seven people were killed in Monday's blast at the Tarvo chemical plant, "
        "the regional hospital said.\n",
        "2027-05-12",
    )
    assert relations_between(links, "Twenty-seven people", "Twelve people") == ["updates"], links


def test_the_crowd_of_a_later_march_is_no_count_of_the_first() -> None:
    links = links_of(
        make_article(
            "The labour law fight, explained\nPolice estimated that 30,000 people joined the march in Vessa, while "
            "unions claimed three times as many.\n",
            published=None,
            outlet="Explainer",
            title="The labour law fight, explained",
        ),
        make_article(
            "Smaller crowd at second Vessa march\nVESSA (Wire) - About 18,000 people marched in Vessa on Tuesday in a "
            "second day of protest against the labour law, police said.\n",
            published="2027-03-16",
            outlet="Wire",
            title="Smaller crowd at second Vessa march",
        ),
    )
    found = relations_between(links, "About 18,000 people", "Police estimated that 30,000")
    assert "conflicts" not in found and "corroborates" not in found, links
