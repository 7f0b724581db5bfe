"""A building scheme turned down is a decision, no denial of a report, so no later count 'contradicts' it; and the
same sum in a sentence opening with another month ("In May, ...") is another time's sum, no second source of this
one (sentences written for these tests)."""

from __future__ import annotations

from corpus.extract.article import extract_article
from tests.engine.conftest import links_of, make_article, relations_between


def test_a_rejected_housing_scheme_is_no_denial() -> None:
    claims, _ = extract_article(
        make_article("Head\nLast year councillors in nearby Dunholm rejected a scheme for 800 homes on farmland.\n")
    )
    assert [c.kind for c in claims if "Dunholm" in c.text] != ["denial"]


def test_a_scheme_turned_down_elsewhere_is_no_earlier_value_of_the_homes_approved() -> None:
    approved = make_article(
        "Council backs 800 homes at Mill Lane\nCouncillors in Brenford granted planning permission on Tuesday for "
        "800 homes at Mill Lane, the council said.\n",
        published="2031-04-09",
        outlet="Brenford Post",
        title="Council backs 800 homes at Mill Lane",
    )
    recalled = make_article(
        "Mill Lane opponents weigh appeal\nCampaigners against the Mill Lane homes in Brenford said they would "
        "consider an appeal.\nLast year councillors in nearby Dunholm rejected a scheme for 800 homes on farmland.\n",
        published="2031-04-16",
        outlet="Brenford Radio",
        title="Mill Lane opponents weigh appeal",
    )
    links = links_of(approved, recalled)
    assert not {"updates", "conflicts", "corroborates"} & set(
        relations_between(links, "rejected a scheme", "granted planning permission")
    ), links


def _won() -> object:
    return make_article(
        "Harlow ticket wins £62.5m\nA single ticket bought in Harlow has won Saturday's MegaDraw jackpot of £62.5 "
        "million, the operator Lotteria said on Sunday.\n",
        published="2031-10-19",
        outlet="Harlow Gazette",
        title="Harlow ticket wins £62.5m",
    )


def test_the_same_jackpot_claimed_days_later_corroborates_the_win() -> None:
    claimed = make_article(
        "Harlow couple claim £62.5m prize\nA couple from Harlow have claimed the £62.5 million MegaDraw jackpot won "
        "on Saturday, Lotteria said on Thursday.\n",
        published="2031-10-23",
        outlet="Press Agency",
        title="Harlow couple claim £62.5m prize",
    )
    links = links_of(_won(), claimed)
    assert "corroborates" in relations_between(links, "have claimed", "has won"), links


def test_a_jackpot_of_the_same_sum_in_may_does_not_corroborate_octobers() -> None:
    recalled = make_article(
        "Harlow couple claim £62.5m prize\nA couple from Harlow have claimed the £62.5 million MegaDraw jackpot won "
        "on Saturday, Lotteria said on Thursday.\nIn May, a group of nurses in Leeds shared a £62.5 million MegaDraw "
        "jackpot.\n",
        published="2031-10-23",
        outlet="Press Agency",
        title="Harlow couple claim £62.5m prize",
    )
    links = links_of(_won(), recalled)
    assert "corroborates" not in relations_between(links, "group of nurses", "has won"), links
