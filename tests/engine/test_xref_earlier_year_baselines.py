"""A figure set against another year's value ("74.5%, up from 72% in 2022") gives that year's figure as its
baseline: it does not update the other year's report of it, and it is no competing count that keeps this year's later
figure from updating this year's earlier one (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_this_years_turnout_does_not_update_an_earlier_years() -> None:
    preview = make_article(
        "Polls open in Saxony on Sunday.\nTurnout in the last state election, in 2022, was 68%.\n",
        published="2027-09-28",
        outlet="Wire One",
    )
    result = make_article(
        "The CDU won Saxony's state election on Sunday.\nTurnout was 71.3%, up from 68% in 2022.\n",
        published="2027-10-04",
        outlet="Dresden Daily",
    )
    links = links_of(preview, result)
    assert relations_between(links, "Turnout was 71.3%", "was 68%") == ["related"], links


def test_a_running_count_up_from_an_earlier_report_still_updates_it() -> None:
    first = make_article(
        "Doctors in Tarsk have confirmed 31 cases of measles this month, the health office said.\n",
        published="2027-03-08",
        outlet="Wire One",
    )
    later = make_article(
        "Doctors in Tarsk have now confirmed 52 cases of measles this month, up from 31 a week ago, the health "
        "office said.\n",
        published="2027-03-15",
        outlet="Tarsk News",
    )
    links = links_of(first, later)
    assert relations_between(links, "confirmed 31 cases", "52 cases") == ["updates"], links


def test_a_final_turnout_set_against_the_last_election_updates_the_early_turnout() -> None:
    early = make_article(
        "Counting under way in Velmar's election\nTurnout was about 58%, the election commission said on Monday.\n",
        published="2027-05-10",
        outlet="Wire One",
    )
    final = make_article(
        "Velmar's Labour Front wins election\nTurnout was 60.2%, up from 52% at the last election in 2023, the "
        "commission said on Wednesday.\n",
        published="2027-05-12",
        outlet="Velmar Times",
    )
    links = links_of(early, final)
    assert relations_between(links, "Turnout was 60.2%", "about 58%") == ["updates"], links
