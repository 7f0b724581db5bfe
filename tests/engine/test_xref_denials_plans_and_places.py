"""Withheld confirmations, denials of reports, causes and plans, plans taken, places known from another
report's dateline or further down its text, countries inside bodies' names, counts of the trapped, tallies of
wider groups and quake magnitudes. Our own sentences."""

from __future__ import annotations

from corpus.model import Article
from corpus.pipeline import extract
from corpus.xref.features import polarity_of

from .conftest import links_of, make_article, relations_between


def _polarities(*sentences: str) -> dict[str, str]:
    title = "Ministry keeps silent on Varen report"
    article = make_article(title + "\n" + "\n".join(sentences) + "\n", published="2026-04-07", title=title)
    claims = extract([article]).claims
    return {s: next(polarity_of(c) for c in claims if s[:30] in c.text) for s in sentences}


def test_a_withheld_confirmation_is_neither_a_denial_nor_a_confirmation() -> None:
    withheld = [
        "The ministry has not confirmed the report about the Varen dam.",
        "Officials have not yet confirmed the death toll at the Varen dam.",
        "The company would neither confirm nor deny the report about the Varen dam.",
        "A spokesman declined to confirm or deny the report about the Varen dam.",
        "The ministry did not deny the report about the Varen dam.",
        "The government has yet to confirm the plan for the Varen dam.",
        "The embassy was unable to confirm the reports from the Varen dam.",
    ]
    denied = "The ministry denied the report about the Varen dam and declined to comment further."
    got = _polarities(*withheld, denied)
    assert got.pop(denied) == "deny", got  # a denial beside a withheld comment keeps its side
    assert all(p == "unconfirmed" for p in got.values()), got


def test_not_confirming_a_report_does_not_conflict_with_it() -> None:
    report = make_article(
        "Orlen may close Varen plant\nOrlen is considering closing its Varen cement plant, two people familiar "
        "with the plans told the Varen Post.\n",
        published="2026-04-06",
        outlet="Varen Post",
        title="Orlen may close Varen plant",
    )
    silent = make_article(
        "Orlen silent on Varen plant report\nOrlen has not confirmed the report that it is considering closing "
        "its Varen cement plant.\n",
        published="2026-04-07",
        outlet="Wire",
        title="Orlen silent on Varen plant report",
    )
    links = links_of(report, silent)
    assert set(relations_between(links, "is considering closing", "has not confirmed")) <= {"related"}, links


def _wire_datelined_in_orvek(more: str = "") -> Article:
    return make_article(
        "Floods kill at least 12 in northern Talmaria\nORVEK, Talmaria (Reuters) - Flash floods have killed at least "
        "12 people in northern Talmaria, the civil defence agency said on Monday.\n" + more,
        published="2026-03-02",
        outlet="Reuters",
        title="Floods kill at least 12 in northern Talmaria",
    )


def test_a_town_known_only_from_another_reports_dateline_is_that_reports_place() -> None:
    local = make_article(
        "Orvek flood toll rises to 19\nThe death toll from the floods in Orvek has risen to 19, the civil defence "
        "agency said on Tuesday.\n",
        published="2026-03-03",
        outlet="Orvek Courier",
        title="Orvek flood toll rises to 19",
    )
    links = links_of(_wire_datelined_in_orvek("About 2,000 people were evacuated from their homes in Orvek.\n"), local)
    assert relations_between(links, "killed at least 12", "risen to 19") == ["updates"], links
    # A claim placed in another town of the story is still apart from the dateline town's.
    assert set(relations_between(links, "About 2,000 people", "About 400 people")) <= {"related"}, links


def test_a_headline_naming_the_town_another_report_is_datelined_in_is_one_story() -> None:
    local = make_article(
        "Orvek shelters fill as flood deaths mount\nThe floods' death toll now stands at 19, according to the "
        "civil defence agency.\n",
        published="2026-03-03",
        outlet="Orvek Courier",
        title="Orvek shelters fill as flood deaths mount",
    )
    links = links_of(_wire_datelined_in_orvek(), local)
    assert relations_between(links, "killed at least 12", "now stands at 19") == ["updates"], links


def test_a_denial_of_a_cause_does_not_conflict_with_a_count() -> None:
    report = make_article(
        "Bus crash kills nine in western Dolmany\nAt least nine people were killed and 30 injured when a bus "
        "overturned in western Dolmany on Friday, police said.\n",
        published="2026-02-06",
        outlet="Dolmany Post",
        title="Bus crash kills nine in western Dolmany",
    )
    denial = make_article(
        "Ostbus denies brakes caused Dolmany crash\nBus operator Ostbus on Saturday denied that worn brakes caused "
        "Friday's crash in western Dolmany, saying the bus had been serviced in January.\n",
        published="2026-02-07",
        outlet="Wire",
        title="Ostbus denies brakes caused Dolmany crash",
    )
    links = links_of(report, denial)
    assert "conflicts" not in relations_between(links, "were killed and 30 injured", "denied that worn"), links


def test_dismissing_a_report_that_a_plan_exists_conflicts_with_the_report() -> None:
    report = make_article(
        "Valora weighs fuel tax rise, officials say\nValora's government is considering raising fuel taxes to "
        "narrow the budget deficit, two officials told the Valora Times.\n",
        published="2026-02-02",
        outlet="Valora Times",
        title="Valora weighs fuel tax rise, officials say",
    )
    denial = make_article(
        "Valora dismisses fuel tax report\nValora's finance ministry on Monday dismissed a report that the "
        "government planned to raise fuel taxes, calling it speculation.\n",
        published="2026-02-02",
        outlet="Wire",
        title="Valora dismisses fuel tax report",
    )
    relay = make_article(
        "Fuel tax rise on the cards in Valora\nValora may raise fuel taxes, according to a report in the Valora "
        "Times, citing government officials.\n",
        published="2026-02-03",
        outlet="Energy Daily",
        title="Fuel tax rise on the cards in Valora",
    )
    links = links_of(report, denial, relay)
    assert relations_between(links, "considering raising fuel taxes", "dismissed a report") == ["conflicts"], links
    # A hedged relay of the report is what the denial denies too.
    assert relations_between(links, "may raise fuel taxes", "dismissed a report") == ["conflicts"], links


def test_acknowledging_all_that_was_denied_weeks_later_conflicts_with_the_denial() -> None:
    denial = make_article(
        "Brenna clinics overcrowded, nurses say\nNurses said clinics in Brenna were turning patients away.\nThe "
        "health ministry denied that clinics were overcrowded, saying extra staff had been sent.\n",
        published="2026-03-04",
        outlet="Brenna Daily",
        title="Brenna clinics overcrowded, nurses say",
    )
    later = make_article(
        "Brenna review finds staff shortages\nThe health ministry acknowledged on Tuesday that some clinics in "
        "Brenna had been overcrowded in early March.\n",
        published="2026-03-31",
        outlet="Wire",
        title="Brenna review finds staff shortages",
    )
    links = links_of(denial, later)
    assert relations_between(links, "acknowledged on Tuesday", "denied that clinics") == ["conflicts"], links


def test_a_heatwave_in_another_country_is_another_event_and_a_temperature_a_reading_of_its_day() -> None:
    first = make_article(
        "Heatwave kills at least 30 in Lenmark as temperatures hit record\nOSTROVA, Lenmark (Reuters) - At least "
        "30 people have died in a heatwave in Lenmark, the health ministry said on Tuesday.\nThe temperature in the "
        "capital reached 41.2 degrees Celsius on Monday, a record for June, the weather service said.\nThe weather "
        "service expects temperatures to stay above 38 degrees until Friday.\n",
        published="2026-06-09",
        outlet="Reuters",
        title="Heatwave kills at least 30 in Lenmark as temperatures hit record",
    )
    elsewhere = make_article(
        "Heatwave kills 30 in Sorvia\nKALDRA, Sorvia (AFP) - At least 30 people have died in a heatwave in Sorvia, "
        "health officials said on Wednesday.\nTemperatures in Kaldra reached 40.6 degrees Celsius on Tuesday.\n",
        published="2026-06-10",
        outlet="AFP",
        title="Heatwave kills 30 in Sorvia",
    )
    links = links_of(first, elsewhere)
    assert relations_between(links, "heatwave in Lenmark", "heatwave in Sorvia") == [], links
    assert relations_between(links, "reached 41.2 degrees", "reached 40.6 degrees") == [], links
    # A forecast is no later reading of the record, nor of another city's reading.
    assert set(relations_between(links, "reached 41.2 degrees", "stay above 38")) <= {"related"}, links
    assert relations_between(links, "reached 40.6 degrees", "stay above 38") == [], links


def test_a_step_reported_as_planned_and_taken_days_later_is_an_update() -> None:
    report = make_article(
        "Tarvia weighs curbs on rice exports\nTarvia's government is considering restricting rice exports to "
        "keep prices down, two officials told the Tarvia Herald.\n",
        published="2026-05-04",
        outlet="Tarvia Herald",
        title="Tarvia weighs curbs on rice exports",
    )
    taken = make_article(
        "Tarvia bans rice exports\nTarvia's government on Thursday banned rice exports for three months, the trade "
        "ministry said.\n",
        published="2026-05-07",
        outlet="Wire",
        title="Tarvia bans rice exports",
    )
    links = links_of(report, taken)
    assert relations_between(links, "banned rice exports", "considering restricting") == ["updates"], links


def test_the_trapped_counted_down_as_they_are_found_is_one_series() -> None:
    first = make_article(
        "Tunnel collapse traps 40 at Orsk mine\nA tunnel collapse at the Orsk coal mine has trapped 40 miners, the "
        "mine's operator said on Monday.\n",
        published="2026-04-13",
        outlet="Wire",
        title="Tunnel collapse traps 40 at Orsk mine",
    )
    later = make_article(
        "Orsk mine: rescuers near last men\nThree miners are still trapped underground at the Orsk mine, rescuers "
        "said on Wednesday.\n",
        published="2026-04-15",
        outlet="Orsk Herald",
        title="Orsk mine: rescuers near last men",
    )
    links = links_of(first, later)
    assert relations_between(links, "still trapped", "has trapped 40") == ["updates"], links


def test_a_count_that_takes_in_another_group_is_no_revision() -> None:
    company = make_article(
        "Brenmark to cut 1,500 jobs at Tarn plant\nBrenmark said on Tuesday it would cut 1,500 jobs at its Tarn "
        "plant by next year.\n",
        published="2026-06-02",
        outlet="Wire",
        title="Brenmark to cut 1,500 jobs at Tarn plant",
    )
    union = make_article(
        "Tarn union warns of more Brenmark job losses\nThe union puts the number of Brenmark jobs at risk in Tarn at "
        "1,900, including contract staff.\n",
        published="2026-06-03",
        outlet="Tarn Radio",
        title="Tarn union warns of more Brenmark job losses",
    )
    denial = make_article(
        "Brenmark denies Tarn job cuts report\nBrenmark on Monday denied a report that it planned to cut up to 2,500 "
        "jobs at its Tarn plant.\n",
        published="2026-05-18",
        outlet="Wire",
        title="Brenmark denies Tarn job cuts report",
    )
    links = links_of(company, union, denial)
    assert relations_between(links, "at 1,900", "would cut 1,500") == ["related"], links
    assert set(relations_between(links, "at 1,900", "denied a report")) <= {"related"}, links


def test_a_toll_raised_to_a_new_figure_updates_an_undated_digests_figure() -> None:
    digest = make_article(
        "Storm Ardis: what we know\nStorm Ardis has killed 40 people in Velmar, according to the interior ministry.\n",
        published=None,
        outlet="World Brief",
        title="Storm Ardis: what we know",
    )
    revised = make_article(
        "Velmar raises Storm Ardis toll to 85\nVelmar's interior ministry on Monday raised the death toll from "
        "last week's Storm Ardis to 85 after a review of hospital records.\n",
        published="2026-11-16",
        outlet="Wire",
        title="Velmar raises Storm Ardis toll to 85",
    )
    links = links_of(digest, revised)
    assert relations_between(links, "raised the death toll", "has killed 40") == ["updates"], links


def test_a_local_place_the_other_report_names_further_down_is_its_story() -> None:
    first = make_article(
        "Wildfire forces thousands to flee in southern Spain\nSEVILLE, Spain (AP) - A fast-moving wildfire in "
        "southern Spain had burned more than 12,000 hectares by Sunday and forced about 3,000 residents to leave, "
        "according to the regional fire service.\nA firefighter, who asked not to be named, said crews were "
        "exhausted.\nTwo firefighters were injured on Saturday, officials said.\nThe regional government declared "
        "an emergency in Tarrow County on Saturday night.\n",
        published="2026-08-02",
        outlet="AP",
        title="Wildfire forces thousands to flee in southern Spain",
    )
    later = make_article(
        "Tarrow County fire grows to 20,000 hectares\nThe wildfire in Tarrow County has grown to 20,000 hectares, "
        "officials said on Tuesday.\nMore than 4,000 people remain under evacuation orders, the mayor told "
        "reporters.\nInvestigators believe a discarded cigarette started the blaze.\n",
        published="2026-08-04",
        outlet="Valley Daily",
        title="Tarrow County fire grows to 20,000 hectares",
    )
    links = links_of(first, later)
    assert relations_between(links, "has grown to 20,000", "more than 12,000") == ["updates"], links


def test_a_country_named_only_in_a_bodys_name_is_no_place_of_the_claim() -> None:
    from corpus.xref.features import features

    body = (
        "Quake shakes Kelmaria\nThe U.S. Geological Survey measured the quake at magnitude 6.4.\n"
        "U.S. troops based in Kelmaria helped to clear the rubble.\n"
    )
    article = make_article(body, published="2026-06-08", title="Quake shakes Kelmaria")
    claims = extract([article]).claims
    measured = next(c for c in claims if "measured the quake" in c.text)
    troops = next(c for c in claims if "troops based" in c.text)
    assert "United States" not in features(measured, article).places
    assert "United States" in features(troops, article).places


def test_two_sources_magnitudes_of_one_quake_conflict_and_an_aftershock_is_apart() -> None:
    first = make_article(
        "Strong quake hits Orvek\nORVEK, Talmaria (Reuters) - A magnitude 5.8 earthquake struck near Orvek on "
        "Monday, the national seismic centre said.\nA magnitude 4.9 aftershock followed an hour later, the centre "
        "said.\n",
        published="2026-03-02",
        outlet="Reuters",
        title="Strong quake hits Orvek",
    )
    second = make_article(
        "Orvek quake: what we know\nThe Orvek earthquake, which the European seismology agency measured at "
        "magnitude 6.1, damaged hundreds of homes.\n",
        published="2026-03-03",
        outlet="World Brief",
        title="Orvek quake: what we know",
    )
    links = links_of(first, second)
    assert relations_between(links, "magnitude 5.8", "magnitude 6.1") == ["conflicts"], links
    assert "conflicts" not in relations_between(links, "magnitude 4.9", "magnitude 6.1"), links


def test_another_source_reporting_what_a_party_denied_about_itself_conflicts_with_the_denial() -> None:
    denial = make_article(
        "Families demand answers after Ostra shaft collapse\nRelatives said Ostra Mining had ignored warnings about "
        "the shaft.\nOstra Mining denied that it had received any warnings about the shaft, calling the claims "
        "false.\n",
        published="2026-04-15",
        outlet="Ostra Courier",
        title="Families demand answers after Ostra shaft collapse",
    )
    later = make_article(
        "Inspectors warned Ostra Mining in January\nThe mines inspectorate said it had warned Ostra Mining in "
        "January about cracks in the shaft that collapsed.\n",
        published="2026-04-17",
        outlet="Wire",
        title="Inspectors warned Ostra Mining in January",
    )
    links = links_of(denial, later)
    assert relations_between(links, "had warned Ostra Mining", "denied that it had received") == ["conflicts"], links


def _lake_dam_wire() -> Article:
    return make_article(
        "Reservoir dam gives way in western Kelmaria\nPASKO, Kelmaria (AP) - An old reservoir dam gave way after a "
        "week of storms in western Kelmaria on Friday, sending floodwater through three villages and killing at "
        "least eight people, officials said.\nAbout 900 people were evacuated from homes below the dam, the fire "
        "service said.\nDozens of people were still missing on Friday night, and rescuers in boats searched flooded "
        "fields for survivors.\nThe Orvaly dam was built in 1959 to supply water to nearby farms.\n",
        published="2026-02-13",
        outlet="AP",
        title="Reservoir dam gives way in western Kelmaria",
    )


def _bulletin(published: str) -> Article:
    return make_article(
        "Evening news: Orvaly dam collapse\nANCHOR: Rescuers in boats searched the villages flooded by the Orvaly "
        "dam for survivors.\nOfficials now put the number of dead at 13, and about 1,400 people have had to leave "
        "their homes.\n",
        published=published,
        outlet="Kelmaria Radio",
        title="Evening news: Orvaly dam collapse",
    )


def test_a_name_of_one_reports_headline_that_the_other_names_further_down_is_its_story() -> None:
    # The broadcaster's headline names the dam; the wire names only the country in its lead and the dam in its
    # last line. Its count of the dead, the next day, is the toll's next value; weeks later, no story of it.
    links = links_of(_lake_dam_wire(), _bulletin("2026-02-14"))
    assert relations_between(links, "put the number of dead at 13", "killing at least eight") == ["updates"], links
    weeks_later = links_of(_lake_dam_wire(), _bulletin("2026-03-20"))
    assert "updates" not in relations_between(weeks_later, "put the number of dead at 13", "killing at least"), (
        weeks_later
    )


def test_the_same_words_about_two_towns_of_one_country_weeks_apart_do_not_corroborate() -> None:
    first = make_article(
        "Dozens of pupils fall ill after school lunch\nKESSMORE, Ireland (Reuters) - At least 25 children fell ill "
        "with vomiting and fever after eating lunch at a primary school on Monday, health officials said on "
        "Tuesday.\nNine of the children were taken to hospital, the regional health authority said.\nThe meals were "
        "supplied by Halloran Foods, which serves more than 40 schools.\n",
        published="2026-09-08",
        outlet="Reuters",
        title="Dozens of pupils fall ill after school lunch",
    )
    second = make_article(
        "Pupils fall ill after school lunch in Ireland\nDUNBRACK, Ireland (AP) \u2014 At least 25 children fell ill "
        "after eating lunch at a primary school on Tuesday, health officials said.\nNine children were taken to "
        "hospital.\n",
        published="2026-09-23",
        outlet="AP",
        title="Pupils fall ill after school lunch in Ireland",
    )
    links = links_of(first, second)
    assert not relations_between(links, "KESSMORE", "DUNBRACK"), links


def test_saying_it_was_not_in_talks_denies_the_talks() -> None:
    said_not = "The bank said on Monday it was not in talks with any rival about a merger."
    plain = "Its chief executive said it was in talks with two rivals about a merger."
    assert _polarities(said_not, plain) == {said_not: "deny", plain: "assert"}
