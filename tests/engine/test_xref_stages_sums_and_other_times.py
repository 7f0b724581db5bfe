"""Whose figure and which time it is, on real-place news (issue 12): a storm's toll summed over several states is no
value of one state's; one report's lines on two states are two states' figures; two unnamed people of another age
or sex are two people; a national body named for no country is its country's; each stage of a staged exchange has
its own counts; an act told on two days a month apart, or moves and outlooks made months apart, are two acts; a
month after "agreed to" lies ahead. Our own sentences."""

from __future__ import annotations

from .conftest import claim_dates, links_of, make_article, relations_between

_STRONG = {"conflicts", "updates", "corroborates"}


def _two(first: str, second: str, days: tuple[str, str], outlets: tuple[str, str] = ("Wire One", "Daily Two")):
    return links_of(
        make_article(first, published=days[0], outlet=outlets[0], title=first.split("\n")[0]),
        make_article(second, published=days[1], outlet=outlets[1], title=second.split("\n")[0]),
    )


def test_one_states_toll_is_no_later_value_of_a_toll_summed_over_a_list_of_states() -> None:
    links = _two(
        "Storm Orla kills 31 across the South\nStorm Orla killed at least 31 people in Alabama, Mississippi, Tennessee "
        "and Kentucky after it came ashore on Tuesday, officials said on Wednesday.\n",
        "Kentucky counts its dead\nKentucky's toll from Storm Orla stands at 58, the state's emergency agency said on "
        "Monday.\n",
        ("2034-04-12", "2034-04-17"),
    )
    assert not _STRONG & set(relations_between(links, "Kentucky's toll", "at least 31 people in Alabama")), links


def test_one_states_toll_is_no_value_of_a_toll_in_several_unnamed_states() -> None:
    links = _two(
        "Storm Orla toll rises\nStorm Orla has killed at least 40 people in five states, according to a tally by "
        "the newspaper.\n",
        "Kentucky counts its dead\nKentucky's toll from Storm Orla stands at 58, the state's emergency agency said on "
        "Monday.\n",
        ("2034-04-14", "2034-04-17"),
    )
    assert not _STRONG & set(relations_between(links, "Kentucky's toll", "at least 40 people")), links


def test_the_toll_summed_over_states_still_updates_its_own_later_sum() -> None:
    links = _two(
        "Storm Orla kills 31 across the South\nStorm Orla killed at least 31 people in Alabama, Mississippi, Tennessee "
        "and Kentucky after it came ashore on Tuesday, officials said on Wednesday.\n",
        "Storm Orla toll rises\nStorm Orla has now killed at least 90 people in Alabama, Mississippi, Tennessee and "
        "Kentucky, officials said on Monday.\n",
        ("2034-04-12", "2034-04-17"),
    )
    assert "updates" in relations_between(links, "now killed at least 90", "at least 31 people"), links


def test_one_reports_lines_on_two_states_are_two_states_figures() -> None:
    links = links_of(
        make_article(
            "Storm Orla kills 31 across the South\nStorm Orla killed at least 31 people in four states, officials said "
            "on Wednesday.\nIn Alabama, at least 12 people died, the governor said.\nMississippi reported 14 deaths, the "
            "most of any state, its emergency agency said.\n",
            published="2034-04-12",
            outlet="Wire One",
            title="Storm Orla kills 31 across the South",
        )
    )
    assert not _STRONG & set(relations_between(links, "Mississippi reported 14", "In Alabama, at least 12")), links


def test_an_unnamed_adult_is_not_the_unnamed_child_of_another_report() -> None:
    links = _two(
        "Child dies of measles in Ardell County\nA school-aged child who was not vaccinated has died of measles in "
        "Ardell County, the first death of the outbreak, state health officials said on Tuesday.\n",
        "Measles outbreak spreads to second county\nThe outbreak has spread to neighbouring Brenton County, where an "
        "adult has died.\nThe adult, in Brenton County, was not vaccinated, health officials said.\n",
        ("2034-02-07", "2034-02-16"),
    )
    assert not _STRONG & set(relations_between(links, "The adult, in Brenton", "A school-aged child")), links


def test_two_central_banks_named_for_no_country_hold_two_countries_rates() -> None:
    links = _two(
        "Fed holds rates steady, sees two cuts\nWASHINGTON, June 14 (Wire One) - The Federal Reserve held its benchmark "
        "interest rate steady in the 3.25%-3.50% range on Wednesday, and policymakers still expect to cut rates by half "
        "a percentage point by the end of the year.\nFed officials now see inflation at 3.0% at the end of 2034, up from "
        "the 2.7% they projected in March.\n",
        "Bank of England holds rates at 3.25%\nLONDON, June 15 (Wire One) - The Bank of England kept interest rates on "
        "hold at 3.25% on Thursday, with seven policymakers voting to keep borrowing costs unchanged and two backing a "
        "cut to 3%.\nBritish inflation was 3.4% in May, more than the central bank's 2% target.\n",
        ("2034-06-14", "2034-06-15"),
        ("Wire One", "Wire One"),
    )
    assert not _STRONG & set(relations_between(links, "Bank of England kept", "Federal Reserve held")), links


def test_counts_of_two_stages_of_one_exchange_are_each_their_own() -> None:
    links = _two(
        "Prisoner swap begins\nThe two countries each released 410 soldiers on Friday in the first stage of the largest "
        "prisoner exchange of the conflict, officials said.\nThe defence ministry said 290 servicemen and 120 civilians "
        "had been returned.\n",
        "Second day of swap\nAnother 280 soldiers came home on Saturday, the second day of the exchange, the president "
        "said.\nThe defence ministry said it had received 280 of its servicemen.\nA total of 690 soldiers have now been "
        "freed in the exchange.\n",
        ("2034-05-19", "2034-05-20"),
    )
    assert not _STRONG & set(relations_between(links, "received 280 of its servicemen", "290 servicemen")), links


def test_running_totals_told_on_two_days_of_a_flood_still_update() -> None:
    links = _two(
        "Floods in Varno\nThe death toll rose to 14 on the first day of the floods in Varno, officials said on "
        "Monday.\n",
        "Varno floods\nThe death toll rose to 37 on the second day of the floods in Varno, officials said on "
        "Tuesday.\n",
        ("2034-03-06", "2034-03-07"),
    )
    assert "updates" in relations_between(links, "rose to 37", "rose to 14"), links


def test_a_decision_told_on_another_day_a_month_later_is_another_decision() -> None:
    links = _two(
        "Cartel lifts output\nEight producers agreed on Thursday to raise oil output by 320,000 barrels per day in "
        "November, the group said in a statement.\n",
        "Cartel lifts output again\nThe eight producers agreed on Saturday to another increase of 320,000 barrels per "
        "day for December, delegates said.\n",
        ("2034-10-05", "2034-11-04"),
    )
    assert not _STRONG & set(relations_between(links, "agreed on Saturday", "agreed on Thursday")), links


def test_a_month_after_agreed_to_lies_ahead() -> None:
    # told on 2034-10-05: the November the group agreed to raise output in is November 2034, not 2033
    assert claim_dates(
        "Eight producers agreed on Thursday to raise oil output by 320,000 barrels per day in November.", "2034-10-05"
    ) == ["2034-10-05"]
    assert claim_dates("The group agreed to add 320,000 barrels per day in November.", "2034-10-05") == ["2034-11"]


def test_a_rate_cut_months_later_does_not_conflict_with_an_expected_cut() -> None:
    # (a guard: two sources' sizes of one change must be told within weeks of each other)
    links = _two(
        "Fed holds\nThe Federal Reserve held its benchmark rate steady on Wednesday, and policymakers still expect to "
        "cut rates by half a percentage point by the end of the year.\n",
        "Rates cut\nThe Federal Reserve lowered interest rates by a quarter percentage point, its first cut since December.\n",
        ("2034-06-14", "2034-09-20"),
    )
    assert not _STRONG & set(relations_between(links, "lowered interest rates", "held its benchmark")), links


def test_two_outlooks_made_months_apart_do_not_corroborate() -> None:
    links = _two(
        "Fed cuts\nThe Federal Reserve cut rates on Wednesday.\nOfficials now expect just two cuts next year.\n",
        "Fed cuts again\nThe Federal Reserve cut rates again on Wednesday.\nOfficials projected two more cuts this "
        "year.\n",
        ("2034-12-13", "2035-09-19"),
    )
    assert not _STRONG & set(relations_between(links, "projected two more cuts", "expect just two cuts")), links


def test_headlines_of_one_banks_two_meetings_months_apart_do_not_corroborate() -> None:
    # (a guard: with the Fed a known organisation, such headlines are claims, as "Bundesbank cuts ..." was)
    links = _two(
        "Fed holds rates steady, still sees two cuts this year\nThe Federal Reserve held rates on Wednesday.\n",
        "Fed cuts rates by quarter point but signals slower pace of easing\nThe Federal Reserve cut rates on "
        "Wednesday.\n",
        ("2035-06-13", "2034-12-13"),
    )
    assert not _STRONG & set(relations_between(links, "Fed holds rates", "Fed cuts rates")), links
