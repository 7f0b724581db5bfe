"""A poll or a ballot is one event (issue 12): two pollsters' polls, or two votes months apart, give figures that
neither revise nor confirm each other; one poll told by two outlets, and one vote's turnout counted through its day,
still do. Our own sentences."""

from __future__ import annotations

from .conftest import links_across

_OPINIUM = (
    "Labour lead widens\nLabour's lead over the Conservatives has widened to 9 points, according to an Opinium poll "
    "published on Saturday.\n",
    "2031-03-01",
    "Observer",
)
_YOUGOV = (
    "Labour lead narrows\nLabour's lead over the Conservatives has narrowed to 4 points, according to a YouGov poll "
    "for The Times.\n",
    "2031-03-08",
    "Times",
)


def test_two_pollsters_leads_are_two_polls_not_a_revision() -> None:
    links = links_across([_OPINIUM, _YOUGOV])
    assert links and all(relation == "related" for relation, _, _ in links), links


def test_one_poll_told_by_two_outlets_corroborates() -> None:
    # (a guard: the same pollster's figure told the next day is the same poll)
    relay = (
        "Opinium: Labour ahead by 9\nLabour's lead over the Conservatives is 9 points, according to the Opinium poll "
        "published on Saturday.\n",
        "2031-03-02",
        "Evening Post",
    )
    links = links_across([_OPINIUM, relay])
    assert [relation for relation, _, _ in links] == ["corroborates"], links


def test_the_turnout_of_another_vote_is_no_later_figure() -> None:
    regional = (
        "Brevia votes\nTurnout in the regional election in Brevia was 61%, the electoral commission said on Monday.\n",
        "2031-04-07",
        "AFP",
    )
    referendum = (
        "Low turnout in Brevia\nTurnout in the Brevia referendum on the new constitution was 48%, the electoral "
        "commission said on Sunday.\n",
        "2031-09-14",
        "AFP",
    )
    links = links_across([regional, referendum])
    assert links and all(relation == "related" for relation, _, _ in links), links


def test_one_votes_turnout_through_its_day_is_a_later_figure() -> None:
    # (a guard: the midday turnout and the final one are one vote's)
    midday = (
        "Brevia votes\nTurnout in the Brevia referendum was 21% at noon, the electoral commission said on Sunday.\n",
        "2031-09-14",
        "AFP",
    )
    final = (
        "Brevia referendum fails\nFinal turnout in the Brevia referendum was 48%, the electoral commission said on "
        "Monday.\n",
        "2031-09-15",
        "Reuters",
    )
    links = links_across([midday, final])
    assert [relation for relation, _, _ in links] == ["updates"], links
