"""A study's relative risk, pay offers and demands, and the same figures of two happenings weeks or months apart
(issue 12). Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.xref.frames import frame_measure

from .conftest import links_of, make_article, relations_between


def _measures(sentence: str) -> dict[str, str | None]:
    article = make_article(sentence + "\n")
    (claim,) = [c for c in extract_article(article)[0] if c.quantities]
    return {q.text: frame_measure(q, claim) for q in claim.quantities}


def test_a_relative_risk_names_its_direction_and_outcome() -> None:
    found = _measures(
        "Children who spend more than three hours a day on screens are 25% more likely to be diagnosed with "
        "short sight, a study of 60,000 pupils found."
    )
    assert found["25%"] == "higher risk of short sight"
    assert _measures("Walking every day cuts the risk of dementia by 18%, researchers said.")["18%"] == (
        "lower risk of dementia"
    )
    dying = _measures("Smokers were 50 per cent more likely to die from heart disease, the study found.")
    assert dying["50 per cent"] == "higher risk of death from heart disease"  # not of developing it
    assert _measures("The risk of stroke was 25% higher among night-shift workers, the study found.")["25%"] == (
        "higher risk of stroke"
    )
    assert _measures("Night-shift nurses had a 40 per cent higher risk of breast cancer, the study found.")[
        "40 per cent"
    ] == ("higher risk of breast cancer")


def test_one_finding_told_in_other_words_corroborates_and_another_outcome_does_not() -> None:
    study = make_article(
        "Screen time tied to short sight\nChildren who spend more than three hours a day on screens are 25% more "
        "likely to develop short sight than those who spend less than an hour, a study published on Tuesday found.\n",
        published="2026-05-12",
        outlet="Health Wire",
        title="Screen time tied to short sight",
    )
    paper = make_article(
        "Screens and eyesight\nToo much screen time raises the risk of short sight by 25 per cent, researchers "
        "have warned.\n",
        published="2026-05-12",
        outlet="The Evening Post",
        title="Screens and eyesight",
    )
    other = make_article(
        "Screens and sleep\nChildren who spend more than three hours a day on screens are 25% more likely to sleep "
        "badly, a study published on Monday found.\n",
        published="2026-09-08",
        outlet="Health Wire",
        title="Screens and sleep",
    )
    links = links_of(study, paper, other)
    assert relations_between(links, "25% more likely to develop", "by 25 per cent") == ["corroborates"], links
    # The three hours a day say who is at risk: no count of anything, never a figure two studies share.
    assert "corroborates" not in relations_between(links, "25% more likely to develop", "25% more likely to sleep")


def test_an_offered_rise_is_the_offer_and_a_demanded_percentage_the_demand() -> None:
    found = _measures(
        "The airport's owners have offered a pay rise of 3.5% over two years, while the union is demanding 7%, "
        "a union official said."
    )
    assert found["3.5%"] == "pay offer" and found["7%"] == "pay demand"


def test_a_raised_pay_offer_updates_the_offer_of_a_rise() -> None:
    first = make_article(
        "The owners of Kelby airport have offered a pay rise of 3.5% over two years, while the union is "
        "demanding 7%, a union official said on Monday.\n",
        "2026-02-02",
        outlet="Kelby Times",
    )
    later = make_article(
        "The owners of Kelby airport raised their pay offer to 5% on Friday, and the union called off the "
        "strike, both sides said.\n",
        "2026-02-06",
        outlet="Coast Wire",
    )
    links = links_of(first, later)
    assert relations_between(links, "offered a pay rise of 3.5%", "raised their pay offer") == ["updates"], links


def test_a_relay_cites_no_report_its_outlet_published_later() -> None:
    october = make_article(
        "Dockers in Harlin plan to strike on Wednesday, Reuters reported on Monday, after employers offered a "
        "4 per cent pay increase.\n",
        "2026-10-05",
        outlet="Harlin Courier",
    )
    wire_later = make_article(
        "SELBY, Nov 16 (Reuters) - Dock workers at the port of Selby will strike on Thursday after employers "
        "offered a pay increase of 4%, the union said on Monday.\n",
        "2026-11-16",
        outlet="Reuters",
    )
    links = links_of(october, wire_later)
    assert "cites" not in relations_between(links, "Dockers in Harlin", "Dock workers at the port of Selby"), links


def test_a_claim_of_its_own_dateline_town_is_not_the_figure_of_another_town_weeks_before() -> None:
    first = make_article(
        "BRAVIK, Norland, May 4 (Reuters) - Dock workers at the port of Bravik will strike for two days from "
        "Wednesday, the union said on Monday.\nEmployers have offered a pay rise of 4% over two years, union "
        "leader Ola Strand said.\n",
        "2026-05-04",
        outlet="Reuters",
    )
    second = make_article(
        "SELMA, June 15 (Reuters) - Dock workers at the port of Selma will strike from Thursday after employers "
        "offered a pay rise of 4% over two years, the union said on Monday.\nLast month a strike at Bravik "
        "ended after employers raised their offer.\n",
        "2026-06-15",
        outlet="Reuters",
    )
    links = links_of(first, second)
    assert relations_between(links, "Employers have offered a pay rise of 4%", "port of Selma") in ([], ["related"])


def test_the_same_figures_of_two_fires_months_apart_are_two_fires() -> None:
    first = make_article(
        "Fire on Kessa\nATHENS (AP) - A wildfire on the island of Kessa forced about 1,500 people to leave their "
        "homes on Tuesday, the fire service said.\nThe fire had burned about 2,000 hectares by evening, "
        "officials said.\nThe fire burned 8,000 hectares before it was put out.\n",
        "2026-07-28",
        outlet="Associated Press",
        title="Fire on Kessa",
    )
    second = make_article(
        "Fire on Lindos\nATHENS, June 9 (Reuters) - A wildfire on the island of Lindos forced about 1,500 people "
        "to leave their homes on Tuesday, the fire service said.\nThe blaze had burned about 2,000 hectares by "
        "nightfall.\nLast July a wildfire on Kessa burned 8,000 hectares.\n",
        "2027-06-09",
        outlet="Reuters",
        title="Fire on Lindos",
    )
    links = links_of(first, second)
    assert "corroborates" not in relations_between(links, "island of Kessa forced", "island of Lindos forced"), links
    assert "corroborates" not in relations_between(links, "by evening, officials", "by nightfall")
    # The second fire's 2,000 hectares, a year on, is no later value of the first fire's 8,000.
    assert "updates" not in relations_between(links, "Last July", "by nightfall")


def test_a_demanded_rise_is_not_the_same_report_as_a_settled_rise() -> None:
    demand = make_article(
        "The drivers' union is seeking a pay rise of 8% over two years.\n", "2026-03-02", outlet="Wire"
    )
    deal = make_article(
        "Drivers will get a 6% pay rise over two years, short of the 8% the union had demanded.\n",
        "2026-04-20",
        outlet="City Paper",
    )
    links = links_of(demand, deal)
    assert "corroborates" not in relations_between(links, "seeking a pay rise of 8%", "will get a 6%"), links


def test_an_offer_raised_to_a_percentage_is_the_pay_offer() -> None:
    assert _measures("Employers raised their offer to 6% on Saturday, the union said.")["6%"] == "pay offer"


def _two_ports() -> tuple:
    first = make_article(
        "Bravik dockers strike\nBRAVIK, Norland, May 4 (Reuters) - Dock workers at the port of Bravik began a two-day "
        "strike on Monday, the union said.\nAbout 40 ships were waiting to berth, the port authority said.\n",
        "2026-05-04",
        outlet="Reuters",
        title="Bravik dockers strike",
    )
    second = make_article(
        "Selma dockers to strike\nSELMA, June 15 (Reuters) - Dock workers at the port of Selma will strike from "
        "Thursday, the union said on Monday.\nAbout 40 ships are waiting to berth, the port authority said.\n"
        "Last month a dock strike in Bravik ended after employers raised their offer to 5%.\n",
        "2026-06-15",
        outlet="Reuters",
        title="Selma dockers to strike",
    )
    return first, second


def test_two_towns_leading_their_own_datelines_weeks_apart_are_two_happenings() -> None:
    links = links_of(*_two_ports())
    assert relations_between(links, "About 40 ships were waiting", "About 40 ships are waiting") == [], links


def test_a_recalled_town_in_one_article_is_no_value_of_its_own_towns_figures() -> None:
    article = make_article(
        "SELMA, June 15 (Reuters) - Employers at the port of Selma offered a pay rise of 3% on Monday, the union "
        "said.\nLast month a dock strike in Bravik ended after employers raised their offer to 5%.\n",
        "2026-06-15",
        outlet="Reuters",
    )
    links = links_of(article)
    assert "updates" not in relations_between(links, "port of Selma offered", "Last month"), links


def test_an_inquiry_months_on_contradicting_a_described_deniers_denial_conflicts_with_it() -> None:
    denial = make_article(
        "Orla fire spreads\nA wildfire near Orla in Maravia has burned 4,000 hectares, officials said on Wednesday.\n"
        "Grid operator Valtra denied that one of its cables had started the fire.\n",
        "2026-08-05",
        outlet="Maravia Wire",
        title="Orla fire spreads",
    )
    inquiry = make_article(
        "Cable fault caused Orla fire, inquiry finds\nA faulty cable started the fire that burned 6,000 hectares "
        "near Orla in August, investigators said on Monday, contradicting the grid company's denial.\n",
        "2026-09-28",
        outlet="Orla Post",
        title="Cable fault caused Orla fire, inquiry finds",
    )
    links = links_of(denial, inquiry)
    assert relations_between(links, "Valtra denied", "contradicting the grid company") == ["conflicts"], links


def test_a_finding_reported_in_two_countries_is_one_finding_and_another_value_is_no_update() -> None:
    wire = make_article(
        "STOCKHOLM, May 12 (Reuters) - Office workers who sit for more than ten hours a day are 30% more likely to "
        "develop heart disease, according to a Swedish study published on Tuesday.\n",
        "2026-05-12",
        outlet="Reuters",
    )
    paper = make_article(
        "Long hours at a desk raise the risk of heart disease by 30 per cent, Professor Ian Rowe of the University "
        "of Leeds in England said of the study.\n",
        "2026-05-13",
        outlet="The Northern Echo",
    )
    later = make_article(
        "A Danish study published on Monday found that people who sit all day had a 12% higher risk of heart "
        "disease.\n",
        "2026-10-05",
        outlet="Health Wire",
    )
    links = links_of(wire, paper, later)
    assert relations_between(links, "30% more likely", "by 30 per cent") == ["corroborates"], links
    assert "updates" not in relations_between(links, "30% more likely", "12% higher risk"), links
    assert "updates" not in relations_between(links, "by 30 per cent", "12% higher risk"), links


def test_two_studies_of_different_outcomes_are_not_one_event() -> None:
    explainer = make_article(
        "A large study published in March found that people who sleep fewer than six hours a night have a 20% "
        "greater chance of developing diabetes.\n",
        None,
        outlet="Science Digest",
    )
    study = make_article(
        "People who sleep fewer than six hours a night are 20% more likely to suffer a stroke, according to a study "
        "of about 300,000 adults published on Tuesday.\n",
        "2026-09-15",
        outlet="Health Wire",
    )
    assert relations_between(links_of(explainer, study), "developing diabetes", "suffer a stroke") == []


def _dock_dispute() -> list[tuple[str, str, str, str]]:
    strike = make_article(
        "Tarrow dockers to strike\nDockers at the port of Tarrow will walk out for 48 hours from Monday after "
        "rejecting a 3% pay offer, the GMB union said.\n",
        published="2026-03-02",
        outlet="Tarrow Gazette",
        title="Tarrow dockers to strike",
    )
    called_off = make_article(
        "Tarrow strike off\nThe strike at Tarrow port was called off on Sunday after the operator raised its pay "
        "offer to 5.5%, the GMB said.\n",
        published="2026-03-08",
        outlet="Wire",
        title="Tarrow strike off",
    )
    deal = make_article(
        "Tarrow deal\nTarrow dockers have accepted a 5.5% pay rise, ending the dispute, the union said on Friday.\n",
        published="2026-03-20",
        outlet="Daily",
        title="Tarrow deal",
    )
    return links_of(strike, called_off, deal)


def test_a_rejected_offer_is_no_rival_figure_of_the_rise_agreed_later() -> None:
    links = _dock_dispute()
    assert "conflicts" not in relations_between(links, "accepted a 5.5% pay rise", "rejecting a 3% pay offer"), links


def test_a_raised_offer_is_the_later_value_of_the_offer_named_by_its_noun() -> None:
    links = _dock_dispute()
    assert relations_between(links, "raised its pay offer to 5.5%", "rejecting a 3% pay offer") == ["updates"], links


def test_a_figure_told_as_part_of_the_wider_cuts_is_no_later_value_of_them() -> None:
    announced = make_article(
        "Tessaro to cut 900 jobs\nPayments firm Tessaro will cut about 900 jobs, or 6% of its staff, as it shifts "
        "spending to artificial intelligence, chief executive Omar Haddad said in a memo to staff on Monday.\n",
        published="2026-02-09",
        outlet="Wire",
        title="Tessaro to cut 900 jobs",
    )
    local = make_article(
        "Tessaro to cut 140 jobs in Leeds\nLEEDS — Tessaro confirmed on Wednesday that 140 jobs would go at its Leeds "
        "office, part of the global cuts announced this week.\n",
        published="2026-02-11",
        outlet="Yorkshire Post",
        title="Tessaro to cut 140 jobs in Leeds",
    )
    relations = relations_between(links_of(announced, local), "140 jobs would go", "about 900 jobs")
    assert not {"updates", "corroborates", "conflicts"} & set(relations), relations


@pytest.mark.parametrize(
    "sentence",
    [
        "Adults who swam twice a week had a 31% lower risk of dying early, the study found.",
        "Swimming twice a week was linked to a 31% lower risk of early death.",
        "Regular swimmers had a 31% lower risk of premature death, researchers said.",
    ],
)
def test_dying_early_is_an_early_death(sentence: str) -> None:
    assert _measures(sentence)["31%"] == "lower risk of early death"


def test_last_years_toll_recalled_beside_a_since_of_another_clause_is_no_earlier_value() -> None:
    now = make_article(
        "Floods kill four in Murcia\nHeavy rain has flooded parts of Murcia, killing at least four people, the "
        "regional emergency service said on Tuesday.\n",
        published="2026-10-27",
        outlet="Wire",
        title="Floods kill four in Murcia",
    )
    recalled = make_article(
        "Murcia residents angry over repeated floods\nLast year's floods in the same region killed 9 people, and "
        "residents say little has been done to improve drainage since then.\n",
        published="2026-10-29",
        outlet="Daily",
        title="Murcia residents angry over repeated floods",
    )
    relations = relations_between(links_of(now, recalled), "killing at least four", "Last year's floods")
    assert not {"updates", "corroborates", "conflicts"} & set(relations), relations


def test_two_countries_cases_are_two_counts() -> None:
    first = make_article(
        "Mumps cases top 900 in Bulgaria\nBulgaria has recorded 912 mumps cases since January, the national health "
        "institute said on Friday.\n"
        "Neighbouring Serbia reported 260 cases over the same period, its health ministry said.\n",
        published="2026-04-10",
        outlet="Wire",
        title="Mumps cases top 900 in Bulgaria",
    )
    later = make_article(
        "Bulgaria mumps cases rise\nMumps cases in Bulgaria have risen to 1,310 this year, health officials said on "
        "Thursday.\n",
        published="2026-05-07",
        outlet="Daily",
        title="Bulgaria mumps cases rise",
    )
    links = links_of(first, later)
    assert relations_between(links, "have risen to 1,310", "912 mumps cases") == ["updates"], links
    assert not {"updates", "corroborates", "conflicts"} & set(
        relations_between(links, "have risen to 1,310", "Neighbouring Serbia")
    ), links


def test_a_figures_own_rate_is_not_another_rate_the_sentence_names() -> None:
    measures = _measures(
        "The central bank raised its deposit rate by a quarter point to 3.25% on Thursday and said more hikes could "
        "follow if inflation stays high."
    )
    assert measures["3.25%"] == "deposit rate"


def test_a_toll_dated_by_its_killing_is_no_earlier_count_than_the_same_days_other_toll() -> None:
    wire = make_article(
        "Dozens killed in village raid\nGunmen killed at least 31 villagers in an attack in Benue state on Sunday "
        "night, according to a rights group.\nA police spokesman put the death toll at 12.\n",
        published="2026-04-13",
        outlet="Wire",
        title="Dozens killed in village raid",
    )
    other = make_article(
        "Gunmen kill 31 in Benue, residents say\nLocal residents told the Daily that 31 people were killed when "
        "gunmen raided the village of Agatu in Benue state late on Sunday.\n",
        published="2026-04-13",
        outlet="Daily",
        title="Gunmen kill 31 in Benue, residents say",
    )
    relations = relations_between(links_of(wire, other), "put the death toll at 12", "31 people were killed")
    assert "updates" not in relations, relations


def test_flights_said_to_be_cancelled_are_the_cancelled_flights() -> None:
    airline = make_article(
        "Norsk Air strike grounds flights\nNorsk Air cancelled 320 flights on Friday because of a strike by cabin "
        "crew, the airline said.\n",
        published="2026-02-20",
        outlet="Wire",
        title="Norsk Air strike grounds flights",
    )
    airport = make_article(
        "Strike hits Norsk Air\n320 Norsk Air flights were cancelled on Friday as cabin crew walked out, airport "
        "officials in Oslo said.\n",
        published="2026-02-20",
        outlet="Daily",
        title="Strike hits Norsk Air",
    )
    links = links_of(airline, airport)
    assert relations_between(links, "Norsk Air flights were cancelled", "cancelled 320 flights") == ["corroborates"], (
        links
    )


def test_a_quarter_named_for_the_earlier_value_is_no_other_quarter() -> None:
    first = make_article(
        "Velmar jobless rate lowest since 2009\nVelmar's unemployment rate fell to 7.2% in the second quarter, the "
        "lowest since 2009, the statistics office said on Friday.\n",
        published="2026-07-24",
        outlet="Wire",
        title="Velmar jobless rate lowest since 2009",
    )
    second = make_article(
        "Velmar unemployment falls\nVelmar's jobless rate dropped to 7.2% in April-June from 7.9% in the first "
        "quarter, official data showed.\n",
        published="2026-07-24",
        outlet="Daily",
        title="Velmar unemployment falls",
    )
    links = links_of(first, second)
    assert relations_between(links, "dropped to 7.2% in April-June", "fell to 7.2%") == ["corroborates"], links


def test_a_count_raised_from_the_one_announced_replaces_it() -> None:
    first = make_article(
        "10 arrested after Tarrow derby clashes\nPolice in Tarrow arrested 10 people on Saturday after clashes broke "
        "out between rival fans outside the stadium, a police spokesman said.\n",
        published="2026-04-19",
        outlet="Wire",
        title="10 arrested after Tarrow derby clashes",
    )
    later = make_article(
        "Tarrow derby arrests rise to 14\nFourteen people were detained after fans clashed before Saturday's derby in "
        "Tarrow, police said on Sunday, raising the number from 10 announced on Saturday night.\n",
        published="2026-04-20",
        outlet="Daily",
        title="Tarrow derby arrests rise to 14",
    )
    links = links_of(first, later)
    assert relations_between(links, "Fourteen people were detained", "arrested 10 people") == ["updates"], links
