"""The most a law allows is no report of the penalty: a fine imposed later does not replace it (issue 12). Our own
sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _trial_opens():
    return make_article(
        "The former port director Karel Vos went on trial on Monday accused of taking bribes from a shipping firm.\n"
        "If convicted, Vos faces up to eight years in prison and a fine of up to 900,000 euros.\n",
        published="2027-04-05",
        outlet="Harbour Wire",
    )


def test_a_fine_imposed_does_not_update_the_most_the_law_allows() -> None:
    verdict = make_article(
        "A court on Friday sentenced the former port director Karel Vos to five years in prison and fined him "
        "300,000 euros for taking bribes from a shipping firm.\n",
        published="2027-04-23",
        outlet="Coast Daily",
    )
    links = links_of(_trial_opens(), verdict)
    assert "updates" not in relations_between(links, "fined him", "fine of up to"), links


def test_a_fine_imposed_still_updates_a_reported_one() -> None:
    reported = make_article(
        "The regulator is preparing to fine the shipping firm Marlin Lines about 4 million euros, according to "
        "people familiar with the matter.\n",
        published="2027-04-05",
        outlet="Harbour Wire",
    )
    fined = make_article(
        "The regulator has fined the shipping firm Marlin Lines 3.2 million euros for breaching safety rules.\n",
        published="2027-04-19",
        outlet="Coast Daily",
    )
    links = links_of(reported, fined)
    assert relations_between(links, "has fined", "preparing to fine") == ["updates"], links
