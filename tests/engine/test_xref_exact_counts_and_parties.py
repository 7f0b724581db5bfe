"""Figures that look alike but are not one count: two bodies' counts of one kind, and two stated counts
that differ by a few (issue 12). Every sentence here is our own."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article, relations_between

_AGREEING = {"corroborates", "conflicts", "updates"}


def test_two_parties_seat_counts_are_neither_one_count_nor_a_dispute() -> None:
    first = make_article(
        "The ruling Harbour Party lost its majority on Sunday, winning 151 of the 320 seats, the election "
        "board said.\n\nThe opposition Meadow League won 104 seats.\n",
        published="2025-05-12",
        outlet="Valley Times",
    )
    second = make_article(
        "The Meadow League finished with 104 seats in Sunday's vote, the election board said.\n",
        published="2025-05-13",
        outlet="Coast Radio",
    )
    links = links_of(first, second)
    assert not _AGREEING & set(relations_between(links, "151 of the 320", "won 104"))
    assert not _AGREEING & set(relations_between(links, "151 of the 320", "finished with 104"))
    assert "corroborates" in relations_between(links, "won 104", "finished with 104")


def test_two_unrounded_counts_a_few_apart_do_not_corroborate() -> None:
    first = make_article(
        "The Meadow League won 104 seats in Sunday's vote, the election board said.\n",
        published="2025-05-12",
        outlet="Valley Times",
    )
    second = make_article(
        "The Meadow League won 107 seats in Sunday's vote, the election board said.\n",
        published="2025-05-12",
        outlet="Coast Radio",
    )
    assert "corroborates" not in relations_between(links_of(first, second), "104 seats", "107 seats")


def test_a_final_count_updates_the_preliminary_one() -> None:
    first = make_article(
        "The Meadow League won 101 seats in Sunday's vote, according to preliminary results from the election board.\n",
        published="2025-05-12",
        outlet="Valley Times",
    )
    second = make_article(
        "The election board on Wednesday published final results giving the Meadow League 104 seats.\n",
        published="2025-05-15",
        outlet="Coast Radio",
    )
    assert relations_between(links_of(first, second), "101 seats", "104 seats") == ["updates"]


def test_a_span_in_words_does_not_dispute_a_figure_within_it_nor_count_homes_restored() -> None:
    wire = make_article(
        "Tens of thousands of homes lost power on Sunday as the storm hit the coast, the grid operator said.\n",
        published="2026-01-18",
        outlet="Coast Wire",
    )
    blog = make_article(
        "More than 40,000 homes are without power across the coast, the grid operator says.\n\n"
        "Engineers have restored power to 15,000 homes, the operator says.\n",
        published="2026-01-18",
        outlet="City Live",
    )
    links = links_of(wire, blog)
    assert not _AGREEING & set(relations_between(links, "Tens of thousands", "More than 40,000"))
    assert not _AGREEING & set(relations_between(links, "Tens of thousands", "15,000 homes"))


def test_two_firm_counts_that_may_be_one_do_not_conflict() -> None:
    first = make_article(
        "More than 40,000 homes were without power on Sunday evening, the grid operator said.\n",
        published="2026-01-18",
        outlet="Coast Wire",
    )
    second = make_article(
        "52,000 homes were without power on Sunday evening, the regional council said.\n",
        published="2026-01-18",
        outlet="City Live",
    )
    assert "conflicts" not in relations_between(links_of(first, second), "More than 40,000", "52,000 homes")


_CUTS = "Brenholt said on Thursday it would cut 1,800 jobs, about 12% of its workforce.\n"


def test_the_new_total_a_claim_brings_its_addition_to_updates_the_first_count() -> None:
    first = make_article(_CUTS, published="2025-03-06", outlet="Business Post")
    later = make_article(
        "Brenholt said on Tuesday it will close its plant in Spain, cutting 550 more jobs and bringing the "
        "total to 2,350.\n",
        published="2025-04-02",
        outlet="Nordic Wire",
    )
    links = links_of(first, later)
    assert relations_between(links, "1,800 jobs", "2,350") == ["updates"]
    assert "2,350 jobs" in links_between(links, "1,800 jobs", "2,350")[0][1]


def test_a_figure_named_only_to_be_set_aside_is_disputed() -> None:
    first = make_article(_CUTS, published="2025-03-06", outlet="Business Post")
    union = make_article(
        "The metalworkers' union said on Wednesday that Brenholt planned to cut as many as 2,400 jobs, not the "
        "1,800 the company announced.\n",
        published="2025-03-12",
        outlet="Nordic Wire",
    )
    assert relations_between(links_of(first, union), "cut 1,800 jobs", "2,400") == ["conflicts"]


def test_a_separate_rallys_crowd_is_not_the_marchs() -> None:
    article = make_article(
        "About 80,000 people marched through Lisden on Saturday, police said. Organisers put the turnout at "
        "150,000.\n\nIn Varno, some 25,000 people joined a separate rally, according to local police.\n",
        published="2026-02-08",
        outlet="Daily Courier",
    )
    assert relations_between(links_of(article), "150,000", "25,000") in ([], ["related"])


def test_police_and_organisers_counts_of_one_crowd_are_compared() -> None:
    first = make_article(
        "About 80,000 people marched through Lisden on Saturday, police said.\n",
        published="2026-02-08",
        outlet="Daily Courier",
    )
    second = make_article(
        "More than 120,000 people took to the streets of Lisden on Saturday, according to the unions.\n\n"
        "Police estimated the crowd at 78,000.\n",
        published="2026-02-08",
        outlet="Evening Wire",
    )
    links = links_of(first, second)
    assert relations_between(links, "About 80,000", "78,000") == ["corroborates"]
    assert relations_between(links, "More than 120,000", "78,000") == ["conflicts"]


def test_how_things_stand_is_not_the_planned_step_taken() -> None:
    plan = make_article(
        "Thousands protested in Lisden on Saturday against government plans to raise the pension age to 67.\n",
        published="2026-02-08",
        outlet="Daily Courier",
    )
    later = make_article(
        "In Lisden the pension age is currently 65, the labour ministry said.\n",
        published="2026-02-10",
        outlet="Evening Wire",
    )
    assert "updates" not in relations_between(links_of(plan, later), "plans to raise", "currently 65")


def test_two_companies_results_are_not_compared() -> None:
    article = make_article(
        "Veltro reported quarterly revenue of $8.4 billion on Thursday.\n\n"
        "Rival chipmaker Sorrel reported revenue of $8.4 billion last week.\n",
        published="2025-07-25",
        outlet="Tech Ledger",
    )
    assert not _AGREEING & set(relations_between(links_of(article), "Veltro", "Sorrel"))


def test_amounts_written_to_a_tenth_of_a_billion_are_one_only_when_equal() -> None:
    first = make_article(
        "Veltro said on Thursday its second-quarter revenue was $8.4 billion.\n",
        published="2025-07-24",
        outlet="Market Desk",
    )
    second = make_article(
        "Veltro's second-quarter revenue was $8.1 billion, according to a company filing published on Thursday.\n",
        published="2025-07-24",
        outlet="Tech Ledger",
    )
    assert "corroborates" not in relations_between(links_of(first, second), "$8.4 billion", "$8.1 billion")


def test_a_forecast_of_another_quarter_is_no_report_of_the_same() -> None:
    results = make_article(
        "Veltro reported quarterly revenue of $8.4 billion on Thursday, missing estimates.\n",
        published="2025-07-25",
        outlet="Tech Ledger",
        title="Veltro misses forecasts",
    )
    outlook = make_article(
        "Veltro, the chipmaker, said on Thursday its profit fell.\n\nChief financial officer Anna Berg said the "
        "company expected third-quarter revenue of between $8.5 billion and $8.9 billion.\n",
        published="2025-07-24",
        outlet="Market Desk",
        title="Veltro profit falls",
    )
    assert not _AGREEING & set(relations_between(links_of(results, outlook), "$8.4 billion", "third-quarter"))


def test_two_quarters_figures_are_not_one_report() -> None:
    first = make_article(
        "Veltro said its second-quarter revenue was $8.4 billion.\n", published="2025-07-24", outlet="Market Desk"
    )
    second = make_article(
        "Veltro's first-quarter revenue was $8.4 billion, according to a company filing.\n",
        published="2025-07-24",
        outlet="Tech Ledger",
    )
    assert relations_between(links_of(first, second), "second-quarter", "first-quarter") == ["related"]


def test_a_later_higher_tally_since_the_same_start_updates_it() -> None:
    first = make_article(
        "An outbreak of cholera in Tarvel province has infected 1,240 people and killed 31 since it was first "
        "detected on August 18, the provincial health ministry said on Monday.\n",
        published="2025-09-02",
        outlet="Health Report",
    )
    later = make_article(
        "The number of people who have died of cholera in Tarvel province has risen to 44, health officials said "
        "on Friday, with 1,690 cases recorded since mid-August.\n",
        published="2025-09-06",
        outlet="Continental Wire",
    )
    assert relations_between(links_of(first, later), "1,240", "1,690") == ["updates"]


def test_a_source_correcting_its_own_figure_updates_it() -> None:
    first = make_article(
        "The trade ministry announced on Tuesday a tariff of 40% on imported e-scooters.\n",
        published="2026-03-03",
        outlet="Trade Wire",
    )
    later = make_article(
        "The trade ministry said on Thursday that the tariff on imported e-scooters is 45%, not 40%.\n",
        published="2026-03-05",
        outlet="Daily Ledger",
    )
    assert "conflicts" not in relations_between(links_of(first, later), "announced on Tuesday", "not 40%")


def test_a_final_seat_count_one_fewer_updates_the_preliminary_one_and_a_projection_is_no_result() -> None:
    first = make_article(
        "The ruling Harbour Party won 61 of the 131 seats in Sunday's election, according to preliminary "
        "results from the election board on Monday.\n\nThe party had won 72 seats at the last election in 2022.\n",
        published="2026-04-13",
        outlet="Valley Times",
    )
    second = make_article(
        "Final results released on Wednesday gave the Harbour Party 60 seats, one fewer than in the preliminary "
        "count.\n\nAnalysts said a coalition of the two largest parties would hold 100 of the 131 seats.\n",
        published="2026-04-16",
        outlet="Coast Radio",
    )
    links = links_of(first, second)
    assert relations_between(links, "gave the Harbour Party 60", "won 61 of the 131") == ["updates"], links
    assert not _AGREEING & set(relations_between(links, "would hold 100", "won 61 of the 131")), links
    assert not _AGREEING & set(relations_between(links, "would hold 100", "gave the Harbour Party 60")), links
    assert "conflicts" not in relations_between(links, "won 61 of the 131", "won 72 seats"), links


def test_a_party_introduced_as_another_is_not_the_story_s_series() -> None:
    first = make_article(
        "Brekka Bank will cut 1,800 jobs over the next two years, the Danish lender said on Thursday.\n",
        published="2026-04-01",
        outlet="Harbour Post",
    )
    second = make_article(
        "Brekka Bank's plan to cut 1,800 jobs will close up to 30 branches in Jutland, a union warned on Friday.\n\n"
        "Another Danish lender, Osterkredit, announced last week that it would cut 500 jobs.\n",
        published="2026-04-02",
        outlet="North Wire",
    )
    links = links_of(first, second)
    assert not _AGREEING & set(relations_between(links, "1,800 jobs over", "500 jobs"))
    assert relations_between(links, "1,800 jobs over", "plan to cut 1,800") == ["corroborates"]
    # the same party's figure from another source is still compared
    third = make_article(
        "Brekka Bank plans to eliminate 1,800 jobs, a union said.\n",
        published="2026-04-03",
        outlet="North Wire",
    )
    assert relations_between(links_of(first, third), "1,800 jobs over", "eliminate 1,800") == ["corroborates"]


def test_a_later_count_of_damage_updates_an_earlier_one_instead_of_disputing_it() -> None:
    first = make_article(
        "Interior Minister Ada Korhan said 38 buildings had collapsed in the quake near Varlik.\n",
        published="2026-06-06",
        outlet="Harbour Post",
    )
    second = make_article(
        "Rescue work at the sites of 45 collapsed buildings near Varlik has ended, the disaster agency said on "
        "Sunday.\n",
        published="2026-06-07",
        outlet="North Wire",
    )
    assert relations_between(links_of(first, second), "38 buildings", "45 collapsed") == ["updates"]
    # a count of a thing that does not grow as news comes in is still disputed
    third = make_article(
        "The ferry was carrying 180 passengers when it sank near Varlik, the coast guard said.\n",
        published="2026-06-06",
        outlet="Harbour Post",
    )
    fourth = make_article(
        "The ferry that sank near Varlik had 212 passengers aboard, the operator said.\n",
        published="2026-06-07",
        outlet="North Wire",
    )
    assert relations_between(links_of(third, fourth), "180 passengers", "212 passengers") == ["conflicts"]


def test_counts_of_customers_in_a_breach_are_a_tally_and_one_of_another_year_is_another_breach() -> None:
    first = make_article(
        "Veltro Stores confirms data breach affecting 2 million customers\n\n"
        "The stolen data includes email addresses and, for some 150,000 customers, card numbers, the company said.\n\n"
        "Veltro suffered a smaller breach in 2023, when data on 60,000 customers was exposed.\n",
        published="2026-06-10",
        outlet="Harbour Post",
    )
    second = make_article(
        "Veltro Stores said on Monday that 3.1 million customers were affected by the breach.\n",
        published="2026-06-24",
        outlet="North Wire",
    )
    links = links_of(first, second)
    # one article's two counts of customers are two groups, not the article disputing itself
    assert "conflicts" not in relations_between(links, "affecting 2 million", "150,000 customers")
    # the older breach is another event
    assert not _AGREEING & set(relations_between(links, "affecting 2 million", "60,000 customers"))
    assert not _AGREEING & set(relations_between(links, "3.1 million", "60,000 customers"))
    # a later count of those affected revises the earlier one
    assert relations_between(links, "affecting 2 million", "3.1 million") == ["updates"]


def test_a_figure_said_to_be_up_from_an_earlier_estimate_is_the_later_whatever_day_it_names() -> None:
    first = make_article(
        "Veltro Stores confirms data breach affecting 2 million customers\n",
        published="2026-06-10",
        outlet="Harbour Post",
    )
    second = make_article(
        "Veltro Stores said on Monday that a cyberattack last month exposed data of about 3.1 million customers, "
        "up from its earlier estimate of 2 million.\n",
        published="2026-06-24",
        outlet="North Wire",
    )
    links = links_of(first, second)
    assert [(rel, s[:20]) for rel, s, t, _ in links if "2 million customers" in t + s and rel == "updates"] == [
        ("updates", "Veltro Stores said o")
    ]


def test_a_count_set_against_another_day_s_is_no_revision_of_that_day_s_count() -> None:
    first = make_article(
        "A strike by pilots forced Norrair to cancel about 600 flights on Tuesday, the airline said.\n",
        published="2026-03-03",
        outlet="Harbour Post",
    )
    second = make_article(
        "Norrair said it had cancelled 900 flights on Wednesday, up from 600 on Tuesday.\n",
        published="2026-03-04",
        outlet="North Wire",
    )
    links = links_of(first, second)
    assert not _AGREEING & set(relations_between(links, "about 600 flights", "900 flights"))
    # a revised estimate of one count still replaces it
    third = make_article(
        "Norrair said on Wednesday it had cancelled about 700 flights on Tuesday, up from its earlier estimate of "
        "600.\n",
        published="2026-03-04",
        outlet="North Wire",
    )
    assert relations_between(links_of(first, third), "about 600 flights", "about 700 flights") == ["updates"]


def test_a_count_of_the_remaining_ones_is_a_part_not_a_rival_count() -> None:
    first = make_article(
        "Mayor: Lead found in water at 14 Dorrow schools\n\nDORROW — Tests have found lead in drinking water at 14 of "
        "the city's 52 public schools, Mayor Ines Marlow said on Tuesday.\n",
        published="2026-05-12",
        outlet="Harbour Post",
    )
    second = make_article(
        "More Dorrow schools show high lead levels\n\nDORROW — Lead has now been found at 21 Dorrow public schools, "
        "district officials said on Monday.\n\nSuperintendent Dara Quill said testing at the remaining 9 schools "
        "would finish by Friday.\n",
        published="2026-05-19",
        outlet="Harbour Post",
    )
    assert not _AGREEING & set(relations_between(links_of(first, second), "14 of the city", "remaining 9"))


def test_a_count_set_against_a_week_earlier_s_with_thousands_is_no_revision() -> None:
    first = make_article(
        "Police said 45,000 people had marched in the capital on Thursday.\n",
        published="2026-03-12",
        outlet="Harbour Post",
    )
    second = make_article(
        "Police counted 31,000 marchers in the capital on Thursday, down from 45,000 a week earlier.\n",
        published="2026-03-19",
        outlet="North Wire",
    )
    assert not {"updates", "conflicts"} & set(relations_between(links_of(first, second), "45,000 people", "31,000"))


def test_a_correction_downward_is_not_told_as_up_from_the_figure_it_replaces() -> None:
    first = make_article(
        "A jet carrying 171 people crashed on landing at Dorrow airport on Sunday, the aviation authority said.\n",
        published="2026-07-05",
        outlet="Harbour Post",
    )
    second = make_article(
        "Kestrel Air said 167 people had been on board the jet that crashed at Dorrow airport, not 171 as it first "
        "announced.\n",
        published="2026-07-06",
        outlet="North Wire",
    )
    links = links_between(links_of(first, second), "171 people crashed", "167 people")
    assert [rel for rel, _ in links] == ["updates"]
    assert "up from" not in links[0][1]


def test_a_total_told_as_grown_from_another_report_s_figure_does_not_dispute_it() -> None:
    first = make_article(
        "Corvo is recalling about 90,000 cars in the United States over a battery defect, the safety agency said.\n",
        published="2026-01-05",
        outlet="Harbour Post",
    )
    second = make_article(
        "Corvo on Thursday expanded its recall to about 130,000 cars worldwide, adding 40,000 sold in Europe to the "
        "90,000 recalled in the United States.\n",
        published="2026-01-08",
        outlet="North Wire",
    )
    assert "conflicts" not in relations_between(links_of(first, second), "about 90,000 cars", "130,000")


def test_two_levies_on_different_goods_are_neither_one_series_nor_a_dispute() -> None:
    first = make_article(
        "The United States will raise tariffs on steel imports from Norvia to 50% from 25%, the Commerce "
        "Department said on Wednesday.\n",
        published="2026-04-01",
        outlet="Harbour Post",
    )
    second = make_article(
        "Norvia's government on Friday denied a report that it was preparing 30% tariffs on American farm goods in "
        "response to higher US steel duties.\n",
        published="2026-04-03",
        outlet="North Wire",
    )
    third = make_article(
        "Norvia will impose tariffs of 30% on $1.8 billion of American farm goods, the government announced on "
        "Tuesday, a week after denying it had any such plans.\n",
        published="2026-04-07",
        outlet="East Post",
    )
    links = links_of(first, second, third)
    assert not _AGREEING & set(relations_between(links, "steel imports", "30% tariffs on American"))
    assert not _AGREEING & set(relations_between(links, "steel imports", "tariffs of 30%"))
    # the same levy named in other words is still one
    assert relations_between(links, "30% tariffs on American", "tariffs of 30%") == ["updates"]


def test_a_figure_a_claim_disputes_is_not_its_own() -> None:
    first = make_article(
        "Floods have forced about 30,000 people from their homes in northern Kessa, the disaster agency said on "
        "Saturday.\n",
        published="2026-09-05",
        outlet="Harbour Post",
    )
    second = make_article(
        "Kessa's government on Thursday disputed a United Nations estimate that 120,000 people had been displaced "
        "by the floods, putting the number at 44,000.\n",
        published="2026-09-10",
        outlet="North Wire",
    )
    # the government's own 44,000 is what the claim gives, never the 120,000 it disputes
    links = links_between(links_of(first, second), "about 30,000", "120,000")
    assert links and all("120,000" not in why for _, why in links)
    assert all("44,000" in why for rel, why in links if rel in _AGREEING)


def test_a_count_is_not_worded_as_a_percent_because_the_claim_gives_the_same_number_as_one() -> None:
    first = make_article(
        "About 6,000 nurses at 14 hospitals went on strike on Monday, their union said, demanding a 14% pay rise.\n",
        published="2026-10-05",
        outlet="Harbour Post",
    )
    second = make_article(
        "Nurses walked out at 14 hospitals across the region on Monday, the health authority said.\n",
        published="2026-10-05",
        outlet="North Wire",
    )
    links = links_between(links_of(first, second), "About 6,000", "walked out at 14")
    assert links and all("14%" not in why for _, why in links)
