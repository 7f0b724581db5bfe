"""A central bank known by its letters is its country's ("RBA lifts rates" in a headline makes an article's "the
Reserve Bank" Australia's, never New Zealand's); a figure a board only weighed ("considered raising the rate by 50
basis points before settling on 25") is no value of the move it made. Our own sentences."""

from __future__ import annotations

from corpus.model import Article

from .conftest import kinds_in, links_of, make_article, relations_between


def _rate_raised_to_4_60() -> Article:
    return make_article(
        "The Reserve Bank of Australia raised its cash rate by 25 basis points to 4.60% on Tuesday.\n",
        "2039-05-06",
        outlet="Wire",
        title="Australia's central bank raises cash rate to 4.60%",
    )


def _kremlin_rejects_the_estimates() -> Article:
    return make_article(
        "MOSCOW, May 21 (Wire) - The Kremlin on Wednesday rejected Western estimates that Russia had suffered about 1 "
        "million casualties in Ukraine, calling them absurd.\n",
        "2039-05-21",
        outlet="Wire",
        title="Kremlin rejects Western estimates of losses",
    )


def test_a_bank_known_by_its_letters_is_its_countrys() -> None:
    wellington = make_article(
        "WELLINGTON, May 7 - The Reserve Bank of New Zealand held its official cash rate at 4.60% on Wednesday.\n",
        "2039-05-07",
        outlet="Radio Tasman",
        title="RBNZ holds official cash rate at 4.60%",
    )
    lifted = make_article(
        "The Reserve Bank has lifted the official cash rate to 4.6 per cent, its first increase in 18 months.\n",
        "2039-05-06",
        outlet="Harbour News",
        title="RBA lifts rates for the first time in 18 months",
    )
    assert relations_between(links_of(wellington, lifted), "held its official cash rate", "has lifted") in (
        [],
        ["related"],
    )


def test_a_move_weighed_then_passed_over_is_no_value_of_the_move_made() -> None:
    decision = _rate_raised_to_4_60()
    minutes = make_article(
        "Minutes of the Reserve Bank of Australia's May meeting show the board considered raising the cash rate by 50 "
        "basis points before settling on a 25-point rise.\n",
        "2039-05-20",
        outlet="Daily Ledger",
        title="RBA minutes show board weighed bigger rise",
    )
    assert "updates" not in relations_between(links_of(decision, minutes), "considered raising", "raised its cash")


def test_the_move_made_told_by_two_outlets_still_agrees() -> None:
    wire = _rate_raised_to_4_60()
    paper = make_article(
        "The Reserve Bank of Australia lifted the cash rate by 25 basis points to 4.60% on Tuesday, after weighing "
        "the latest inflation figures.\n",
        "2039-05-06",
        outlet="Daily Ledger",
        title="RBA lifts cash rate to 4.60%",
    )
    assert relations_between(links_of(wire, paper), "lifted the cash rate", "raised its cash rate") == ["corroborates"]


def test_one_weekday_told_a_week_apart_is_two_days() -> None:
    first = make_article(
        "PARIS - A nationwide rail strike halted most high-speed trains in Corland on Thursday, as unions protested "
        "against a pension reform for rail staff.\n",
        "2039-10-02",
        outlet="Agency",
        title="Rail strike disrupts travel for millions",
    )
    second = make_article(
        "PARIS - Corland's rail unions called off a week-long strike on Thursday after the government agreed to delay "
        "its pension reform for rail staff by two years.\n",
        "2039-10-09",
        outlet="Wire",
        title="Rail unions call off strike after pension deal",
    )
    assert "corroborates" not in relations_between(links_of(first, second), "called off", "halted most")


def test_a_years_loss_to_many_fires_is_no_value_of_one_fires() -> None:
    article = make_article(
        "A wildfire in the western region of Corland has burned about 12,000 hectares, regional officials said "
        "Tuesday.\nCorland has already lost more than 80,000 hectares to wildfires this year, according to the "
        "forest fire information system.\n",
        "2039-08-12",
        outlet="Wire",
        title="Corland battles wildfire near border",
    )
    assert relations_between(links_of(article), "80,000 hectares", "12,000 hectares") in ([], ["related"])


def test_turnouts_of_two_rounds_are_two_votes() -> None:
    runoff = make_article(
        "Turnout in Corland's presidential run-off reached 52.1% by 9 p.m., the central election bureau said on "
        "Sunday.\n",
        "2039-11-06",
        outlet="Wire",
        title="Corland turnout reaches 52% in presidential run-off",
    )
    preview = make_article(
        "Polls show Ana Veller narrowly ahead with 51% support.\nTurnout in the first round two weeks ago was 49.6%.\n",
        "2039-11-05",
        outlet="Daily",
        title="Corland votes in tight presidential run-off",
    )
    final = make_article(
        "Final turnout was 53.0%, the central election bureau said.\n",
        "2039-11-07",
        outlet="Daily",
        title="Veller wins Corland's presidential run-off",
    )
    links = links_of(runoff, preview, final)
    assert relations_between(links, "reached 52.1%", "first round") in ([], ["related"])
    assert relations_between(links, "Final turnout", "first round") in ([], ["related"])
    assert relations_between(links, "Final turnout", "reached 52.1%") == ["updates"]  # one round's count, later


def test_a_term_given_to_each_of_several_is_no_value_of_ones_term() -> None:
    first = make_article(
        "A court on Tuesday sentenced the former mayor of Velden, Piet Armand, to eight years in prison for taking "
        "bribes.\n",
        "2039-03-03",
        outlet="Agency",
        title="Former mayor sentenced to 8 years for bribery",
    )
    second = make_article(
        "The former mayor of Velden was sentenced to eight years in prison on Tuesday.\nTwo former deputies were "
        "sentenced to five years each.\n",
        "2039-03-04",
        outlet="Daily",
        title="Armand gets eight years",
    )
    appeal = make_article(
        "An appeals court on Monday reduced the prison sentence of former Velden mayor Piet Armand to five years "
        "from eight.\n",
        "2039-10-20",
        outlet="Wire",
        title="Appeals court cuts ex-mayor's sentence to five years",
    )
    links = links_of(first, second, appeal)
    assert relations_between(links, "five years each", "sentenced the former mayor") in ([], ["related"])
    assert relations_between(links, "five years each", "reduced the prison sentence") in ([], ["related"])
    assert relations_between(links, "was sentenced to eight years", "sentenced the former mayor") == ["corroborates"]


def test_another_countrys_figure_told_beside_ones_own_is_no_dispute() -> None:
    us = make_article(
        "Corvel Motor Corp is recalling about 1.1 million vehicles in the United States because airbag sensors may "
        "fail, the National Highway Traffic Safety Administration said on Tuesday.\n",
        "2039-04-08",
        outlet="Wire",
        title="Corvel recalls 1.1 million US vehicles over airbag sensors",
    )
    canada = make_article(
        "Corvel Canada is recalling about 300,000 vehicles over the same airbag sensor problem that prompted a U.S. "
        "recall of 1.1 million vehicles last week.\n",
        "2039-04-15",
        outlet="Trade Weekly",
        title="Corvel recalls 300,000 vehicles in Canada",
    )
    assert relations_between(links_of(us, canada), "300,000", "1.1 million vehicles in") in ([], ["related"])


def test_a_figure_of_the_next_fire_is_no_second_report_of_the_first() -> None:
    first = make_article(
        "A fire destroyed a warehouse in Harbourside on Tuesday, causing damage estimated at 2 million euros, the "
        "civil protection department said.\n",
        "2039-07-02",
        outlet="Times",
        title="Fire destroys warehouse in Harbourside",
    )
    follow_up = make_article(
        "Police said they had not ruled out arson in Tuesday's warehouse fire in Harbourside, which caused about 2 "
        "million euros in damage.\n",
        "2039-07-03",
        outlet="Times",
        title="Harbourside warehouse fire: arson not ruled out",
    )
    second = make_article(
        "Firefighters battled a blaze at another warehouse in Harbourside on Tuesday, a week after a fire destroyed a "
        "nearby building.\nDamage was estimated at 2 million euros, police said.\n",
        "2039-07-09",
        outlet="Today",
        title="Second warehouse fire in a week hits Harbourside",
    )
    links = links_of(first, follow_up, second)
    assert relations_between(links, "Damage was estimated", "not ruled out arson") in ([], ["related"])
    assert relations_between(links, "Damage was estimated", "A fire destroyed") in ([], ["related"])
    assert relations_between(links, "not ruled out arson", "A fire destroyed") == ["corroborates"]


def test_a_reaction_to_talks_is_no_second_report_of_them() -> None:
    held = make_article(
        "MUSCAT, Feb 8 (Wire) - Iranian and US negotiators held indirect talks in Oman on Saturday, the first such "
        "meeting in years, both sides said.\n",
        "2039-02-08",
        outlet="Wire",
        title="Iran, US hold talks in Oman",
    )
    welcomed = make_article(
        "RIYADH, Feb 11 (Wire) - Saudi Arabia welcomed the talks between the United States and Iran in Oman, the "
        "foreign ministry said on Tuesday.\n",
        "2039-02-11",
        outlet="Wire",
        title="Saudi Arabia welcomes US-Iran talks",
    )
    assert "corroborates" not in relations_between(links_of(held, welcomed), "welcomed the talks", "held indirect")


def test_a_regulator_rejecting_a_drug_or_a_merger_denies_no_report() -> None:
    assert "denial" not in kinds_in("The medicines agency rejected Corvex's Alzheimer's drug on Friday.\n")
    assert "denial" not in kinds_in("Regulators rejected the proposed takeover of Harlow Foods by Brightmill.\n")
    assert kinds_in("The company rejected the report that it would close the plant.\n") == ["denial"]


def test_a_headline_rejection_and_its_lead_do_not_conflict() -> None:
    article = make_article(
        "EU regulator rejects Corvex's Alzheimer's drug\nThe European Medicines Agency's committee recommended "
        "against approving Corvex's Alzheimer's drug on Friday, citing the risk of brain swelling.\n",
        "2039-10-24",
        outlet="Wire",
        title="EU regulator rejects Corvex's Alzheimer's drug",
    )
    assert "conflicts" not in relations_between(links_of(article), "recommended against", "EU regulator rejects")


def test_one_count_of_two_happenings_weeks_apart_is_no_second_report() -> None:
    camp = make_article(
        "CAIRO, Jan 10 (Wire) - Gunmen killed at least 120 people in an attack on the Tamara displacement camp in "
        "Sudan on Thursday, a local activist group said.\n",
        "2039-01-10",
        outlet="Wire",
        title="Gunmen kill 120 in attack on Sudan camp, activists say",
    )
    city = make_article(
        "CAIRO, Feb 20 (Wire) - At least 120 people were killed in fighting in the Sudanese city of Bellah over the "
        "past week, a local medical group said.\n",
        "2039-02-20",
        outlet="Wire",
        title="Fighting in Sudanese city kills 120",
    )
    assert relations_between(links_of(camp, city), "over the past week", "on Thursday") in ([], ["related"])


def test_a_company_opening_a_sentence_is_the_doer_of_what_it_plans() -> None:
    from corpus.xref.doers import doers_and_owners

    assert doers_and_owners("Brenwick plans to cut 13,000 jobs in Germany", "cut") == (
        frozenset({"brenwick"}),
        frozenset(),
    )
    assert doers_and_owners("Volkswagen will cut 35,000 jobs", "cut")[0] == frozenset({"volkswagen"})
    assert doers_and_owners("Firefighters battled the blaze for hours", "battl")[0] is None  # a plural noun, no name


def test_two_companies_cuts_told_together_do_not_conflict_with_one_of_them() -> None:
    roundup = make_article(
        "Volkswagen will cut 35,000 jobs, while Brenwick plans to shed 13,000.\n",
        "2039-06-22",
        outlet="Broadcaster",
        title="German car industry sheds jobs",
    )
    brenwick = make_article(
        "Brenwick plans to cut 13,000 jobs in Germany by 2044, the auto supplier said on Saturday.\n",
        "2039-06-21",
        outlet="Wire",
        title="Brenwick to cut 13,000 jobs in Germany",
    )
    assert "conflicts" not in relations_between(links_of(roundup, brenwick), "Volkswagen will cut", "Brenwick plans")


def test_a_toll_of_two_shipwrecks_this_week_is_no_value_of_ones() -> None:
    wreck = make_article(
        "TUNIS, April 2 (Wire) - At least 40 migrants drowned when their boat capsized off the Tunisian city of Sfax "
        "on Tuesday, the coast guard said.\n",
        "2039-04-02",
        outlet="Wire",
        title="At least 40 migrants drown off Tunisia",
    )
    roundup = make_article(
        "At least 92 people died in two shipwrecks off Tunisia and Libya this week, according to the migration "
        "agency.\n",
        "2039-04-06",
        outlet="Migrant News",
        title="Two shipwrecks in three days in the central Mediterranean",
    )
    assert relations_between(links_of(wreck, roundup), "At least 92", "At least 40") in ([], ["related"])


def test_one_countrys_casualties_are_no_value_of_anothers() -> None:
    from corpus.xref.features import owner_words

    assert owner_words("Ukraine's casualties") == "Ukraine"
    assert owner_words("North Korea's troops") == "North Korea"
    assert owner_words("North Korean troops") == "North Korean"
    estimate = make_article(
        "WASHINGTON (Wire) - Russian forces have suffered roughly 1 million killed and wounded in Ukraine, a Pentagon "
        "official said Tuesday.\nThe official said Ukraine's casualties were about 400,000.\n",
        "2039-05-20",
        outlet="Wire",
        title="Pentagon estimates Russian casualties at 1 million",
    )
    rejected = _kremlin_rejects_the_estimates()
    links = links_of(estimate, rejected)
    assert relations_between(links, "Ukraine's casualties", "The Kremlin") in ([], ["related"])
    assert relations_between(links, "The Kremlin", "roughly 1 million") == ["conflicts"]


def test_a_confirmed_death_count_is_no_confirmation_of_a_denied_casualty_estimate() -> None:
    rejected = _kremlin_rejects_the_estimates()
    names = make_article(
        "Two independent outlets have confirmed the names of more than 120,000 Russian soldiers killed in Ukraine.\n",
        "2039-05-30",
        outlet="Broadcaster",
        title="Outlets confirm 120,000 Russian military deaths by name",
    )
    assert "conflicts" not in relations_between(links_of(rejected, names), "confirmed the names", "The Kremlin")


def test_a_figure_three_times_a_bodys_disputes_that_bodys_figure() -> None:
    office = make_article(
        "MAIDUGURI, Sept 12 (Wire) - At least 50 people have died in floods in Borno state, the United Nations "
        "humanitarian office OCHA said on Thursday.\n",
        "2039-09-12",
        outlet="Wire",
        title="Borno flood death toll rises to 50, UN says",
    )
    governor = make_article(
        "Borno governor Bala Kura said on Friday that more than 150 people had died in the floods, three times the "
        "UN's figure.\n",
        "2039-09-13",
        outlet="Daily",
        title="Governor disputes UN flood figures",
    )
    assert relations_between(links_of(office, governor), "three times", "At least 50") == ["conflicts"]


def test_a_figure_dated_to_an_earlier_month_is_no_later_news_after_a_denial() -> None:
    estimate = make_article(
        "LONDON, Feb 10 (Wire) - Russia has suffered about 850,000 casualties, killed and wounded, since its "
        "full-scale invasion of Ukraine in February 2022, Britain's Ministry of Defence said on Monday.\n",
        "2039-02-10",
        outlet="Wire",
        title="UK says Russian casualties in Ukraine near 850,000",
    )
    rejected = _kremlin_rejects_the_estimates()
    assert "updates" not in relations_between(links_of(estimate, rejected), "about 850,000", "The Kremlin")
