"""Crowds counted at one gathering, tallies that only grow, and reports worded alike with other figures
(issue 12, rules from the stories written before their output was seen in session 9). Our own sentences."""

from __future__ import annotations

from corpus.pipeline import extract

from .conftest import links_of, make_article, relations_between
from .test_xref_figure_series import _measures


def test_a_crowd_counted_at_a_march_is_its_turnout() -> None:
    assert dict(_measures("Organisers said 65,000 people took part in the climate march."))["65,000"] == "turnout"
    assert dict(_measures("Police put the turnout at 9,000, a spokesman said."))["9,000"] == "turnout"
    # What took part is not always a crowd: tractors are counted as tractors.
    assert dict(_measures("Officers said 1,500 tractors took part in the blockade."))["1,500"] != "turnout"


def test_organisers_and_police_counts_of_one_march_conflict() -> None:
    first = make_article(
        "Climate march fills Arvena\nARVENA (Wire) - Organisers said 65,000 people took part in Saturday's climate "
        "march in Arvena.\nThe march ended peacefully at the river, witnesses said.\n",
        published="2026-05-09",
        outlet="Wire",
        title="Climate march fills Arvena",
    )
    second = make_article(
        "Police count 9,000 at Arvena march\nArvena police said on Sunday that 9,000 people had joined the climate "
        "march in Arvena on Saturday.\n",
        published="2026-05-10",
        outlet="Arvena Post",
        title="Police count 9,000 at Arvena march",
    )
    links = links_of(first, second)
    assert relations_between(links, "65,000 people took part", "9,000 people had joined") == ["conflicts"], links


def test_a_crowd_counted_two_weeks_later_is_another_march() -> None:
    first = make_article(
        "Climate march in Arvena\nARVENA (Wire) - About 12,000 people marched through Arvena on Saturday to demand "
        "cleaner buses, police said.\n",
        published="2026-05-09",
        outlet="Wire",
        title="Climate march in Arvena",
    )
    later = make_article(
        "New climate march in Arvena\nARVENA (Wire) - About 7,000 people marched through Arvena on Saturday in a "
        "new protest for cleaner buses, police said.\n",
        published="2026-05-23",
        outlet="Arvena Post",
        title="New climate march in Arvena",
    )
    links = links_of(first, later)
    assert relations_between(links, "12,000 people marched", "7,000 people marched") in ([], ["related"]), links


def test_cancellations_and_flights_cancelled_are_one_count() -> None:
    assert dict(_measures("The strike led to 420 cancellations on Tuesday, the rail operator said."))["420"] == (
        "cancelled"
    )
    first = make_article(
        "Rail strike halts Lusova trains\nLusova Rail cancelled 420 trains on Tuesday because of the drivers' "
        "strike, the company said.\n",
        published="2026-02-10",
        outlet="Wire",
        title="Rail strike halts Lusova trains",
    )
    second = make_article(
        "Drivers' strike: what commuters need to know\nThe Lusova Rail strike led to 420 cancellations on "
        "Tuesday, the company said.\n",
        published="2026-02-11",
        outlet="Commuter News",
        title="Drivers' strike: what commuters need to know",
    )
    links = links_of(first, second)
    assert relations_between(links, "cancelled 420 trains", "420 cancellations") == ["corroborates"], links


def test_a_lower_count_of_arrests_weeks_later_is_not_an_update() -> None:
    first = make_article(
        "Riot after Dunmere derby\nPolice said 46 people were arrested after fans clashed at the Dunmere derby.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Riot after Dunmere derby",
    )
    later = make_article(
        "Dunmere derby passes quietly\nPolice said 8 people were arrested at the Dunmere derby on Sunday.\n",
        published="2026-03-16",
        outlet="Dunmere Echo",
        title="Dunmere derby passes quietly",
    )
    links = links_of(first, later)
    assert "updates" not in relations_between(links, "46 people were arrested", "8 people were arrested"), links


def test_an_undated_digest_with_a_higher_tally_updates_the_open_bound() -> None:
    first = make_article(
        "Storm grounds Halvik flights\nHalvik Air cancelled more than 150 flights on Monday as a storm hit the "
        "coast, the airline said.\n",
        published="2026-01-12",
        outlet="Wire",
        title="Storm grounds Halvik flights",
    )
    digest = make_article(
        "Travel week\nHalvik Air cancelled 410 flights during the storm, the airline said.\n",
        published=None,
        outlet="Travel Weekly",
        title="Travel week",
    )
    links = links_of(first, digest)
    assert relations_between(links, "more than 150 flights", "410 flights") == ["updates"], links


def test_an_undated_explainers_higher_toll_updates_a_dated_toll_said_to_have_risen() -> None:
    # a toll only rises: the explainer's higher count is the later one, never the earlier value
    first = make_article(
        "Floods in Ostrel\nThe toll from the Ostrel floods has risen to 14 dead, the fire service said.\n",
        published="2026-05-04",
        outlet="Wire",
        title="Floods in Ostrel",
    )
    explainer = make_article(
        "Why Ostrel floods\nThis week's floods in Ostrel have killed 31 people, according to the fire service.\n",
        published=None,
        outlet="Science Weekly",
        title="Why Ostrel floods",
    )
    links = links_of(first, explainer)
    assert [(rel, "killed 31" in source) for rel, source, target, _ in links if "risen to 14" in source + target] == [
        ("updates", True)
    ], links


def test_a_count_dismissing_anothers_figure_conflicts_with_it() -> None:
    first = make_article(
        "Teachers rally in Castor\nThe teachers' union said 30,000 teachers took part in the rally in Castor on "
        "Wednesday.\n",
        published="2026-04-08",
        outlet="Wire",
        title="Teachers rally in Castor",
    )
    second = make_article(
        "Ministry disputes rally figure\nThe education ministry said 11,000 people took part in the Castor rally, "
        "dismissing the union's figure as inflated.\n",
        published="2026-04-09",
        outlet="Castor Times",
        title="Ministry disputes rally figure",
    )
    links = links_of(first, second)
    assert relations_between(links, "30,000 teachers took part", "11,000 people took part") == ["conflicts"], links


def test_reports_worded_alike_with_different_figures_are_not_one_report() -> None:
    first = make_article(
        "Castor tram vote\nThe Castor city council approved the new tram line by 31 to 12 on Tuesday after a long "
        "debate about its cost.\n",
        published="2026-06-02",
        outlet="Wire",
        title="Castor tram vote",
    )
    second = make_article(
        "Castor council backs tram\nThe Castor city council approved the new tram line by 28 to 15 on Tuesday after "
        "a long debate about its cost.\n",
        published="2026-06-02",
        outlet="Castor Times",
        title="Castor council backs tram",
    )
    extraction = extract([first, second])
    assert extraction.xrefs, "the two reports are still linked"
    assert all(x.relation != "corroborates" for x in extraction.xrefs), extraction.xrefs


def test_a_crowd_estimated_by_police_conflicts_with_the_organisers_count() -> None:
    first = make_article(
        "Nurses rally in Belmont\nBELMONT (Wire) - Organisers said 20,000 people took part in the nurses' rally in "
        "Belmont on Tuesday.\n",
        published="2026-09-15",
        outlet="Wire",
        title="Nurses rally in Belmont",
    )
    digest = make_article(
        "Health week\nPolice estimated that 6,500 people joined the nurses' rally in Belmont, according to the local "
        "news agency.\n",
        published=None,
        outlet="Health Weekly",
        title="Health week",
    )
    links = links_of(first, digest)
    assert relations_between(links, "20,000 people took part", "6,500 people joined") == ["conflicts"], links


def test_a_claim_contradicting_a_partys_account_conflicts_with_its_denial() -> None:
    first = make_article(
        "Power cut darkens Marlow\nMARLOW (Wire) - Grid operator Voltane said there was no evidence that the "
        "blackout was caused by sabotage.\n",
        published="2026-10-05",
        outlet="Wire",
        title="Power cut darkens Marlow",
    )
    later = make_article(
        "Saboteurs cut Marlow cables, police say\nMarlow police said on Friday that saboteurs had caused the "
        "blackout by cutting two Voltane cables, contradicting the operator's earlier account.\n",
        published="2026-10-09",
        outlet="Marlow Times",
        title="Saboteurs cut Marlow cables, police say",
    )
    links = links_of(first, later)
    assert relations_between(links, "no evidence that the blackout", "saboteurs had caused") == ["conflicts"], links


def test_a_headlines_capitalised_first_word_is_not_a_name_two_companies_share() -> None:
    first = make_article(
        "Hack at Fenmark\nHackers stole the data of 2 million Fenmark customers, the bank said on Monday.\n",
        published="2026-02-02",
        outlet="Wire",
        title="Hack at Fenmark",
    )
    second = make_article(
        "Hack at Oldbridge\nHackers stole the data of 2 million Oldbridge customers, the insurer said on Wednesday.\n",
        published="2026-02-04",
        outlet="Post",
        title="Hack at Oldbridge",
    )
    links = links_of(first, second)
    assert relations_between(links, "Fenmark customers", "Oldbridge customers") == [], links


def test_a_forecast_naming_whose_rate_it_is_stays_a_forecast() -> None:
    poll = make_article(
        "Economists see inflation at 3%\nEconomists expect Tessary's inflation to rise to 3% in March, a poll of "
        "analysts showed on Friday.\n",
        published="2026-03-27",
        outlet="Wire",
        title="Economists see inflation at 3%",
    )
    figure = make_article(
        "Tessary inflation jumps\nTessary's annual inflation rate rose to 3.4% in March, the statistics office said "
        "on Tuesday.\n",
        published="2026-04-01",
        outlet="Post",
        title="Tessary inflation jumps",
    )
    links = links_of(poll, figure)
    assert set(relations_between(links, "expect Tessary's inflation", "rate rose to 3.4%")) <= {"related"}, links


def test_the_same_fine_for_two_banks_is_not_one_report() -> None:
    first = make_article(
        "Regulator fines Arvo\nThe regulator fined Arvo Bank 2 million euros on Tuesday for failing to stop money "
        "laundering.\n",
        published="2026-06-02",
        outlet="Wire",
        title="Regulator fines Arvo",
    )
    second = make_article(
        "Second bank fined\nThe regulator fined Celta Bank 2 million euros on Thursday for failing to stop money "
        "laundering.\n",
        published="2026-06-04",
        outlet="Post",
        title="Second bank fined",
    )
    links = links_of(first, second)
    assert "corroborates" not in relations_between(links, "fined Arvo Bank", "fined Celta Bank"), links


def test_a_years_total_is_not_revised_by_the_next_years_count() -> None:
    first = make_article(
        "Merin road deaths\nRoad accidents in Merin province have killed 120 people so far this year, police said on "
        "Monday.\n",
        published="2026-06-01",
        outlet="Wire",
        title="Merin road deaths",
    )
    second = make_article(
        "Merin roads\nRoad accidents in Merin province killed 310 people last year, police said.\n",
        published="2026-06-03",
        outlet="Post",
        title="Merin roads",
    )
    links = links_of(first, second)
    assert set(relations_between(links, "killed 120 people", "killed 310 people")) <= {"related"}, links


def test_a_count_given_while_rejecting_anothers_claim_conflicts_with_it() -> None:
    first = make_article(
        "Drivers strike in Kessel\nThe Kessel transport union said 90% of bus drivers joined Monday's strike.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Drivers strike in Kessel",
    )
    second = make_article(
        "Bus company disputes strike figure\nThe Kessel bus company rejected the union's claim as baseless and said "
        "only 40% of drivers stayed away on Monday.\n",
        published="2026-03-03",
        outlet="Post",
        title="Bus company disputes strike figure",
    )
    links = links_of(first, second)
    assert relations_between(links, "90% of bus drivers", "only 40% of drivers") == ["conflicts"], links


def test_a_rate_written_to_a_decimal_is_that_exact() -> None:
    first = make_article(
        "Varn vote count\nTurnout in the Varn regional election was 47.2%, the election board said on Monday.\n",
        published="2026-09-07",
        outlet="Wire",
        title="Varn vote count",
    )
    second = make_article(
        "Varn turnout\nTurnout in the Varn regional election was 47.6%, the election board said on Monday.\n",
        published="2026-09-07",
        outlet="Post",
        title="Varn turnout",
    )
    links = links_of(first, second)
    assert "corroborates" not in relations_between(links, "was 47.2%", "was 47.6%"), links


def test_one_months_jobless_rate_is_not_revised_by_the_next_months() -> None:
    may = make_article(
        "Jobless rate rises\nTessary's unemployment rate rose to 6.1% in May, the statistics office said.\n",
        published="2026-06-02",
        outlet="Wire",
        title="Jobless rate rises",
    )
    june = make_article(
        "Jobless rate eases\nTessary's unemployment rate fell to 5.9% in June, the statistics office said.\n",
        published="2026-07-02",
        outlet="Post",
        title="Jobless rate eases",
    )
    links = links_of(may, june)
    assert set(relations_between(links, "rose to 6.1% in May", "fell to 5.9% in June")) <= {"related"}, links


def test_a_count_said_to_fall_later_is_a_forecast_not_a_value() -> None:
    first = make_article(
        "Floods in Serra\nFloods in the Serra valley have forced about 4,200 people from their homes, the regional "
        "governor said on Monday.\n",
        published="2026-06-01",
        outlet="Wire",
        title="Floods in Serra",
    )
    second = make_article(
        "Serra waters recede\nThe regional governor said on Tuesday that the number of people displaced by the "
        "Serra valley floods will drop to about 2,000 by Friday.\n",
        published="2026-06-02",
        outlet="Post",
        title="Serra waters recede",
    )
    links = links_of(first, second)
    assert set(relations_between(links, "about 4,200 people", "will drop to about 2,000")) <= {"related"}, links


def test_two_days_new_cases_are_two_additions_not_a_revision() -> None:
    monday = make_article(
        "Dengue surges in Parma\nHealth officials in Parma province reported 2,000 new dengue cases on Monday.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Dengue surges in Parma",
    )
    tuesday = make_article(
        "Dengue cases keep rising\nHealth officials in Parma province reported 2,400 new dengue cases on Tuesday.\n",
        published="2026-03-03",
        outlet="Post",
        title="Dengue cases keep rising",
    )
    links = links_of(monday, tuesday)
    assert set(relations_between(links, "2,000 new dengue", "2,400 new dengue")) <= {"related"}, links


def test_declining_to_confirm_a_toll_is_no_denial_of_it() -> None:
    report = make_article(
        "Arvid mine toll rises\nThe death toll from the Arvid mine collapse rose to 30 on Tuesday, local media "
        "reported.\n",
        published="2026-03-03",
        outlet="Wire",
        title="Arvid mine toll rises",
    )
    silent = make_article(
        "Arvid mine operator silent\nThe mine operator did not confirm the toll from the Arvid mine collapse on "
        "Tuesday.\n",
        published="2026-03-03",
        outlet="Post",
        title="Arvid mine operator silent",
    )
    links = links_of(report, silent)
    assert set(relations_between(links, "rose to 30", "did not confirm")) <= {"related"}, links


def test_a_months_rate_revised_in_the_next_month_is_still_that_months() -> None:
    flash = make_article(
        "Tessary jobless rate\nTessary's unemployment rate rose to 6.1% in May, a first estimate from the statistics "
        "office showed on Friday.\n",
        published="2026-05-29",
        outlet="Wire",
        title="Tessary jobless rate",
    )
    final = make_article(
        "Tessary revises May jobless rate\nThe statistics office revised its estimate of the May unemployment rate to "
        "6.3% on Monday.\n",
        published="2026-06-15",
        outlet="Post",
        title="Tessary revises May jobless rate",
    )
    links = links_of(flash, final)
    assert relations_between(links, "rose to 6.1% in May", "revised its estimate") == ["updates"], links


def test_two_days_counts_of_those_hit_by_a_strike_are_not_one_count() -> None:
    first = make_article(
        "Rail strike halts Orven trains\nTrain drivers in Orven walked out on Monday, cancelling 800 trains and "
        "stranding about 60,000 commuters.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Rail strike halts Orven trains",
    )
    second = make_article(
        "Orven rail strike enters second day\nThe operator said about 55,000 commuters were stranded on Tuesday as "
        "the Orven rail strike entered its second day.\n",
        published="2026-03-03",
        outlet="Orven Post",
        title="Orven rail strike enters second day",
    )
    links = links_of(first, second)
    assert set(relations_between(links, "about 60,000 commuters", "about 55,000 commuters")) <= {"related"}, links


def test_a_years_change_and_a_months_change_are_two_statistics() -> None:
    first = make_article(
        "Rents climb again\nRents in Calder rose 0.6% in May, the fourth monthly increase in a row, according to "
        "the letting agency Homeward.\n",
        published="2026-06-02",
        outlet="Property Wire",
        title="Rents climb again",
    )
    second = make_article(
        "Official rent index slows\nRents in Calder rose 4.2% in the year to April, the statistics office said "
        "on Wednesday, slowing from 4.5% in March.\n",
        published="2026-06-17",
        outlet="Calder Times",
        title="Official rent index slows",
    )
    links = links_of(first, second)
    assert set(relations_between(links, "rose 0.6% in May", "rose 4.2% in the year")) <= {"related"}, links
