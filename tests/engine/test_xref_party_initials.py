"""A party named by its initials in one report and in full in another is one party, and a body's initials beside
the body that tells the results are who told them, not a party the figure is about (sentences written for these
tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _provisional():
    return make_article(
        "Renewal Party leads Varnia vote\nVarnia's National Renewal Party (NRP) has won 64 of the 180 seats in parliament, "
        "according to provisional results released by the National Electoral Board (NEB) on Sunday.\n"
        "The opposition Liberty Front took 41 seats.\n",
        published="2031-09-01",
        outlet="Wire",
        title="Renewal Party leads Varnia vote",
    )


def _disputed():
    return make_article(
        "Liberty Front disputes Varnia count\nParty spokesman Tomas Reld said the Liberty Front would not accept the "
        "NRP's 64 seats until the ballots had been recounted.\n",
        published="2031-09-04",
        outlet="Daily",
        title="Liberty Front disputes Varnia count",
    )


def _certified():
    return make_article(
        "Varnia results certified\nThe National Electoral Board on Saturday certified final results giving the National "
        "Renewal Party 61 seats, after recounts in six constituencies.\nThe Liberty Front finished with 44 seats.\n",
        published="2031-09-14",
        outlet="Agency",
        title="Varnia results certified",
    )


def test_a_party_named_by_its_initials_holds_the_seats_its_full_name_won() -> None:
    links = links_of(_provisional(), _disputed())
    assert "corroborates" in relations_between(links, "has won 64", "NRP's 64 seats"), links


def test_certified_seats_update_the_provisional_count_told_with_the_initials() -> None:
    links = links_of(_provisional(), _disputed(), _certified())
    assert "updates" in relations_between(links, "giving the National Renewal Party 61", "NRP's 64 seats"), links
    assert "updates" in relations_between(links, "giving the National Renewal Party 61", "has won 64"), links


def test_seats_required_for_a_majority_are_a_threshold() -> None:
    from corpus.xref.figure_roles import LIMIT, figure_series_role

    text = "The NRP will need the support of independents to reach the 91 seats required for a majority."
    at = text.index("91")
    assert figure_series_role(text, at, at + 2) == LIMIT
    text = "The NRP won 91 seats, enough for a majority."
    at = text.index("91")
    assert figure_series_role(text, at, at + 2) != LIMIT


def test_a_threshold_of_seats_updates_no_count() -> None:
    later = make_article(
        "Varnia coalition talks\nThe NRP will need the support of independents to reach the 91 seats required for a "
        "majority.\n",
        published="2031-09-15",
        outlet="Agency",
        title="Varnia coalition talks",
    )
    links = links_of(_provisional(), later)
    assert set(relations_between(links, "has won 64", "91 seats required")) <= {"related"}, links
