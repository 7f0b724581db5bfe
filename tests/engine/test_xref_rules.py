"""Cross-reference rules: names and places, what a figure counts, updates, conflicts, dates, sums, speakers.

Every sentence here is new: none is in the bundled corpus, the test articles or
the unseen clusters of tests/data/ (other places, people, figures).
"""

from __future__ import annotations

import pytest

from corpus.extract.entities import find_entities
from corpus.extract.measures import measure_for
from corpus.pipeline import extract

from .conftest import make_article


def _links(*articles):
    extraction = extract(list(articles))
    text = {c.id: c.text for c in extraction.claims}
    return [(x.relation, text[x.source], text[x.target], x) for x in extraction.xrefs]


def _relations(links, a: str, b: str) -> list[str]:
    return [rel for rel, s, t, _ in links if (a in s and b in t) or (b in s and a in t)]


def _names(text: str) -> list[str]:
    return [m.name for m in find_entities(text)]


# --- names ------------------------------------------------------------------------------------


def test_a_name_never_runs_across_a_line_break() -> None:
    names = _names("Reporting by Ines Halvorsen in Tromso\nFishermen in Norway said the catch fell.")
    assert "Ines Halvorsen" in names and "Tromso" in names and "Norway" in names
    assert not any("\n" in n or ("Fishermen" in n and " " in n) for n in names)


@pytest.mark.parametrize(
    ("sentence", "present", "absent"),
    [
        ("A dam burst in Ghana's Volta region on Monday.", ["Ghana", "Volta"], ["Ghana's Volta"]),
        ("Members of the Farmers' Alliance marched on Friday.", ["Farmers' Alliance"], ["Farmers"]),
        ("Gunmen from the People's Liberation Front attacked the convoy.", ["People's Liberation Front"], ["People"]),
    ],
)
def test_a_possessive_ends_a_place_name_but_not_the_name_of_a_body(sentence, present, absent) -> None:
    names = _names(sentence)
    for name in present:
        assert name in names, names
    for name in absent:
        assert name not in names, names


def test_a_place_opening_a_bodys_name_is_not_a_short_form_of_that_body() -> None:
    body = (
        "Floods hit Kassala state on Monday, killing at least 19 people, the Kassala Relief Committee said.\n"
        "Water levels in Kassala were still rising on Tuesday, residents said."
    )
    claims = extract([make_article(body, published="2024-08-06")]).claims
    assert "Kassala" in claims[1].entities
    assert "Kassala Relief Committee" not in claims[1].entities


# --- measures ---------------------------------------------------------------------------------


def _measure(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    unit = "percent" if figure.endswith("%") else None
    return measure_for(sentence, start, start + len(figure), unit)[0]


@pytest.mark.parametrize(
    ("sentence", "figure", "measure"),
    [
        ("The number of passengers missing after the ferry sank has risen to 41.", "41", "missing"),
        ("Officials put the number of people displaced by the storm at 12,500.", "12,500", "displaced"),
        ("Around 60 workers were trapped when the shaft flooded.", "60", "trapped"),
        ("The toll reached 19 after three of the injured died overnight.", "three", "killed"),
        ("Organisers said 64% of nurses had joined the walkout.", "64%", "share of nurses"),
        ("The union put turnout at 72% on the first day.", "72%", "turnout"),
        ("Inflation eased to 4% in May.", "4%", "share"),
    ],
)
def test_what_a_figure_counts_from_the_words_around_it(sentence, figure, measure) -> None:
    assert _measure(sentence, figure) == measure


# --- relations --------------------------------------------------------------------------------


def test_a_count_that_has_risen_in_a_later_report_updates_the_first_one() -> None:
    first = make_article(
        "Rescuers said 23 people were missing after a ferry sank off Lombok on Sunday.", published="2024-11-03"
    )
    later = make_article(
        "The number of passengers missing after Sunday's ferry sinking off Lombok has risen to 31, the coastguard said.",
        published="2024-11-05",
    )
    assert _relations(_links(first, later), "has risen to 31", "23 people") == ["updates"]


def test_a_figure_that_names_the_one_it_replaces_updates_that_one_only() -> None:
    body_a = (
        "The health ministry said 12% of nurses had joined the walkout in Oranmore.\n"
        "The nurses' union said 58% of nurses had stopped work."
    )
    body_b = "The health ministry revised its figure for the Oranmore walkout on Thursday, saying 19% of nurses had taken part, up from the 12% it gave on Tuesday."
    a = make_article(body_a, published="2025-01-14", title="Nurses strike in Oranmore")
    b = make_article(body_b, published="2025-01-16", title="Ministry revises Oranmore nurses strike figure")
    links = _links(a, b)
    assert _relations(links, "19% of nurses", "12% of nurses had joined") == ["updates"]
    assert "updates" not in _relations(links, "19% of nurses", "58%")
    assert "conflicts" not in _relations(links, "19% of nurses", "58%")


def test_two_sources_quoted_side_by_side_with_incompatible_shares_conflict() -> None:
    body = (
        "The dockers' union said 90% of dockers had joined the strike at Port Halden.\n"
        "The port authority said only 35% of dockers had stopped work."
    )
    links = _links(make_article(body, published="2025-06-02"))
    assert _relations(links, "90% of dockers", "35% of dockers") == ["conflicts"]


def test_a_claim_that_reports_a_dispute_agrees_with_each_side_and_conflicts_with_neither() -> None:
    a = make_article(
        "The dockers' union said 90% of dockers had joined the strike at Port Halden.", published="2025-06-02"
    )
    b = make_article(
        "The union put participation at 88%, while the port authority said 35% of dockers had walked out at Port Halden.",
        published="2025-06-02",
    )
    c = make_article("The port authority said 35% of dockers had walked out at Port Halden.", published="2025-06-02")
    links = _links(a, b, c)
    assert "conflicts" not in _relations(links, "88%", "90% of dockers")
    assert _relations(links, "88%", "35% of dockers had walked out at Port Halden.") in (["corroborates"], [])
    assert _relations(links, "while the port authority", "The port authority said 35%") == ["corroborates"]


def test_fighters_and_civilians_killed_are_different_counts() -> None:
    a = make_article(
        "Shelling on the market in Karvel killed at least 16 civilians on Monday, medics said.", published="2024-09-09"
    )
    b = make_article("The army said 40 rebels were killed in Karvel on Monday.", published="2024-09-09")
    relations = _relations(_links(a, b), "16 civilians", "40 rebels")
    assert "conflicts" not in relations and "updates" not in relations and "corroborates" not in relations


def test_the_same_speaker_saying_different_things_is_not_the_same_report() -> None:
    a = make_article(
        "Four guards were injured in the riot, according to prison director Lena Marsh.", published="2024-04-02"
    )
    b = make_article(
        "Prison director Lena Marsh said 30 inmates had been moved to other jails.", published="2024-04-03"
    )
    assert "corroborates" not in _relations(_links(a, b), "Four guards", "30 inmates")


def test_an_outlet_named_in_both_claims_does_not_make_them_about_the_same_thing() -> None:
    a = make_article(
        "Floods in Ravna killed 11 people, officials told AP on Monday.", published="2024-05-06", outlet="Wire"
    )
    b = make_article(
        "A bus crash near Ostrel killed 30 people, police told AP on Tuesday.", published="2024-05-07", outlet="Other"
    )
    assert _links(a, b) == [] or all(rel == "related" for rel, *_ in _links(a, b))


def test_a_claim_naming_only_a_person_is_about_its_articles_story() -> None:
    a = make_article(
        "Landslide buries homes in Bududa\nAt least 9 people were killed in the landslide in Bududa, the Red Cross said.",
        published="2024-10-21",
        title="Landslide buries homes in Bududa",
    )
    b = make_article(
        "Bududa landslide toll rises\nThe death toll rose to 17 on Tuesday, according to district commissioner Ruth Nabwire.",
        published="2024-10-22",
        title="Bududa landslide toll rises",
    )
    assert _relations(_links(a, b), "rose to 17", "At least 9") == ["updates"]


# --- a claim's own date -----------------------------------------------------------------------


def _claim(body: str, published: str):
    (claim,) = extract([make_article(body, published=published)]).claims
    return claim


def test_a_date_inside_a_relative_clause_is_not_the_claims_date() -> None:
    claim = _claim(
        "Mayor Idris Kone announced that engineers would rebuild the bridge in Segou, which collapsed during floods in September 2023.",
        "2025-02-10",
    )
    assert claim.date is None  # the announcement is the article's present, not the flood's month


def test_the_verbs_own_date_wins_over_a_date_in_a_relative_clause() -> None:
    claim = _claim(
        "The Segou council, which was dissolved in May 2022, said on Tuesday that 14 officials had been charged.",
        "2025-02-13",
    )
    assert claim.date == "2025-02-11"


def test_since_a_year_when_dates_the_event_that_follows() -> None:
    claim = _claim(
        "It was the worst rail accident in Ostrel since 2019, when 33 passengers died in a derailment.", "2025-07-01"
    )
    assert claim.date == "2019"
    assert _claim("Prices in Ostrel have doubled since 2019, the bureau said.", "2025-07-01").date is None


# --- denials, sums of money, reports of one story ---------------------------------------------


def test_a_denial_of_another_sources_report_in_the_same_story_conflicts() -> None:
    a = make_article(
        "Police clash with miners in Tembo\nPolice fired tear gas at striking miners in Tembo on Monday, injuring at least 40 protesters, union officials said.",
        published="2024-06-03",
        title="Police clash with miners in Tembo",
    )
    b = make_article(
        "Tembo police deny using tear gas\nThe police command in Tembo on Tuesday denied that officers had fired tear gas at striking miners.",
        published="2024-06-04",
        title="Tembo police deny using tear gas",
    )
    assert _relations(_links(a, b), "denied that officers", "fired tear gas at striking") == ["conflicts"]


def test_a_denial_sharing_one_word_with_a_report_is_not_a_conflict() -> None:
    a = make_article(
        "Storm hits Varna\nThe storm in Varna killed 5 people on Sunday, the fire service said.",
        published="2024-09-02",
        title="Storm hits Varna",
    )
    b = make_article(
        "Varna mayor under fire\nThe Varna mayor denied that the city had ignored flood warnings.",
        published="2024-09-03",
        title="Varna mayor under fire",
    )
    assert "conflicts" not in _relations(_links(a, b), "denied that the city", "storm in Varna")


def test_the_same_sum_of_money_reported_twice_corroborates_and_different_sums_are_only_related() -> None:
    a = make_article(
        "Donors pledge aid for Tavira\nThe World Bank pledged $300 million for Tavira reconstruction on Monday, officials said.",
        published="2025-03-03",
        title="Donors pledge aid for Tavira",
    )
    b = make_article(
        "Tavira conference\nAt the Tavira conference on Monday the World Bank pledged $300 million and Norway pledged $45 million.",
        published="2025-03-03",
        title="Tavira conference",
    )
    c = make_article(
        "Tavira donors\nDonors at the Tavira conference pledged about $1.1 billion in aid for Tavira on Monday, the United Nations said.",
        published="2025-03-03",
        title="Tavira donors",
    )
    d = make_article(
        "Tavira total\nDonors pledged $900 million in aid for Tavira at the conference on Monday, the World Bank said.",
        published="2025-03-03",
        title="Tavira total",
    )
    links = _links(a, b, c, d)
    assert _relations(links, "pledged $300 million for Tavira", "the World Bank pledged $300 million and") == [
        "corroborates"
    ]
    assert set(_relations(links, "about $1.1 billion", "$900 million")) <= {"related"}


def test_a_negated_statement_sides_with_the_denial_it_echoes() -> None:
    a = make_article(
        "Ferry row in Lesko\nLesko's port authority denied that the ferry had left the harbour overloaded.",
        published="2024-07-01",
        title="Ferry row in Lesko",
    )
    b = make_article(
        "Lesko ferry\nThe ferry's captain, Anton Brezic, said the ferry had not left the harbour overloaded.",
        published="2024-07-02",
        title="Lesko ferry",
    )
    assert "conflicts" not in _relations(_links(a, b), "denied that the ferry", "had not left")


def test_a_date_after_since_and_a_few_words_opens_a_period_and_is_not_the_claims_date() -> None:
    claim = _claim(
        "Some 400 people have been arrested since protests began last month in Ostrel, police said.", "2024-10-09"
    )
    assert claim.date is None


def test_two_sources_counting_since_the_same_start_days_apart_are_not_a_revision() -> None:
    a = make_article(
        "Police said 120 protesters had been arrested in Ostrel since the unrest began last month.",
        published="2024-10-08",
    )
    b = make_article(
        "Rights groups said 900 protesters had been arrested in Ostrel since the unrest began last month.",
        published="2024-10-10",
    )
    assert _relations(_links(a, b), "900 protesters", "120 protesters") == ["conflicts"]


# --- one speaker within one article -----------------------------------------------------------


def test_neighbouring_sentences_of_one_speaker_are_not_linked_to_each_other() -> None:
    body = (
        "Harbour master Ilse Varga said the blockade of the port of Tarsk was costing traders about $20 million a day.\n"
        '"Every ship turned away hurts families far from this dispute," Varga said.'
    )
    links = _links(make_article(body, published="2024-03-04"))
    assert _relations(links, "costing traders", "Every ship") == []


def test_one_speakers_distant_sentences_on_a_topic_are_related_and_say_so() -> None:
    filler = "\n".join(f"Dock {i} in Tarsk stayed open through the night." for i in range(1, 9))
    body = (
        "Defence Minister Arno Vell said 300 troops had been deployed to guard the port of Tarsk.\n"
        f"{filler}\n"
        "Vell said the troops deployed to Tarsk would stay until the blockade ended."
    )
    links = _links(make_article(body, published="2024-03-04"))
    found = [
        x
        for rel, s, t, x in links
        if ("300 troops" in s and "would stay" in t) or ("300 troops" in t and "would stay" in s)
    ]
    assert found and all(x.relation == "related" and "same speaker elsewhere in the article" in x.reason for x in found)


# --- references back to a figure, owners of a count ------------------------------------------


def test_a_sentence_about_the_figures_is_linked_to_the_figure_it_means() -> None:
    body = (
        "The Nurses' Federation said 81% of nurses had joined the strike in Corvo.\n"
        "The health ministry said only 30% of nurses had stopped work.\n"
        'Health Minister Rui Paiva said the union\'s figures were "pure invention".\n'
        "The ministry later said 44% of nurses had taken part, up from the 30% it gave earlier.\n"
        "Union leaders said the revised figure still understated the walkout."
    )
    links = _links(make_article(body, published="2025-05-06"))
    assert _relations(links, "pure invention", "81% of nurses") == ["related"]
    # Not the minister's own side's figure (the two are neighbours, which is another, plainer link).
    assert not [x for rel, s, t, x in links if "refers back" in x.reason and "only 30%" in s + t]
    assert _relations(links, "still understated", "44% of nurses") == ["related"]


def test_a_named_owner_whose_figure_is_not_in_view_gets_no_link() -> None:
    body = (
        "A United Nations official said about 900 civilians had been killed in Durra since May.\n"
        "The official said the army's figures were not credible."
    )
    assert not [x for *_, x in _links(make_article(body, published="2025-06-20")) if "refers back" in x.reason]


def test_an_unseen_place_owning_a_count_does_not_keep_it_from_the_countrys_count() -> None:
    first = make_article(
        "Bus plunges into ravine in Nepal\nA bus plunged into a ravine in Nepal on Sunday, killing at least 14 people, police said.",
        published="2025-09-07",
        title="Bus plunges into ravine in Nepal",
    )
    later = make_article(
        "Nepal bus crash toll rises\nThe number of people killed when a bus fell into the Trishuli gorge on Sunday has risen to 23, Nepal police said on Tuesday.",
        published="2025-09-09",
        title="Nepal bus crash toll rises",
    )
    assert _relations(_links(first, later), "risen to 23", "at least 14") == ["updates"]


# --- speakers found on the unseen clusters ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # Two speakers joined by "and" after the report: not the clause before them.
        ("Mudslides buried 8 homes in Lamu, villagers and aid workers said.", "villagers and aid workers"),
        (
            "A drone strike hit a clinic in Raqqa on Monday, killing 6 patients, including two nurses, doctors and a local monitoring group said.",
            "doctors and a local monitoring group",
        ),
        (
            "Officials in Oslo, Bergen and Tromso said the ferries would run again.",
            "Officials in Oslo, Bergen and Tromso",
        ),
        # A sentence adverb is nobody.
        ("Earlier reports had put the number of climbers missing at 9.", None),
        ("Previously estimates had put the cost at $4 million.", None),
    ],
)
def test_speakers_of_report_sentences(sentence, speaker) -> None:
    (claim,) = extract([make_article(sentence, published="2025-01-10")]).claims
    assert claim.speaker == speaker


def test_a_payment_reason_puts_the_currency_sign_on_the_number() -> None:
    first = make_article(
        "The mining firm pays Tavria about $1,500 a month per seasonal worker, union officials said.",
        outlet="Harbour Gazette",
    )
    second = make_article(
        "Tavria receives roughly $1,500 monthly per seasonal worker from the mining firm, a labour ministry report said.",
        outlet="Evening Star",
    )
    reasons = [x.reason for _, _, _, x in _links(first, second) if "payment" in x.reason]
    assert reasons, "the two payments were not compared"
    assert all("about $1,500" in reason and "$about" not in reason for reason in reasons), reasons


def test_a_forecast_dated_past_its_report_is_still_the_earlier_report() -> None:
    early = make_article(
        "Velora bank raises rates\nGovernor Ada Rinn said inflation, which stood at 7.2% in "
        "April, should fall below 3% by the end of next year.\n",
        published="2026-05-20",
        outlet="Wire",
        title="Velora bank raises rates",
    )
    later = make_article(
        "Velora inflation eases\nInflation in Velora fell to 6.4% in June from 7.2% in April, the statistics office "
        "said on Thursday.\n",
        published="2026-07-09",
        outlet="Daily",
        title="Velora inflation eases",
    )
    links = _links(early, later)
    updates = [(s, t) for rel, s, t, _ in links if rel == "updates"]
    assert updates and all("6.4%" in s for s, _ in updates), links


def _election_reports():
    preliminary = make_article(
        "Ruling party loses majority in Morvania\nMorvania's ruling Labour Front won 64 of the 120 seats in Sunday's "
        "election, according to preliminary results the election board released on Monday.\n"
        "The Liberal Bloc won 33 seats and the Farmers 12, the board said.\nHer party had held 70 seats.\n",
        published="2026-06-09",
        outlet="Wire",
        title="Ruling party loses majority in Morvania",
    )
    final = make_article(
        "Final count in Morvania\nMorvania's Labour Front won 63 seats in last Sunday's election, one fewer than in "
        "the preliminary count, the election board said on Thursday.\nThe Farmers held their 12 seats.\n",
        published="2026-06-12",
        outlet="Daily",
        title="Final count in Morvania",
    )
    return _links(preliminary, final)


def test_seat_counts_are_compared_only_for_one_party_named_alike() -> None:
    links = _election_reports()
    assert set(_relations(links, "had held 70 seats", "64 of the 120")) <= {"related"}, links
    assert set(_relations(links, "held their 12 seats", "64 of the 120")) <= {"related"}, links
    assert set(_relations(links, "held their 12 seats", "Liberal Bloc won 33")) <= {"related"}, links


def test_a_count_said_to_revise_the_preliminary_one_is_the_later_figure() -> None:
    updates = [(s, t) for rel, s, t, _ in _election_reports() if rel == "updates" and "seats" in s + t]
    assert updates and all("one fewer" in s for s, _ in updates), updates


def test_one_group_s_rate_is_not_the_general_rate() -> None:
    report = make_article(
        "Joblessness rises in Tessel\nTessel's unemployment rate rose to 6.8% in May from 6.5% in April, the "
        "statistics office said on Wednesday.\nYouth unemployment rose to 17.9%.\n",
        published="2026-06-10",
        outlet="Wire",
        title="Joblessness rises in Tessel",
    )
    links = _links(report)
    assert set(_relations(links, "Youth unemployment", "6.8%")) <= {"related"}, links


def test_more_job_cuts_update_the_first_though_each_report_names_a_quarter() -> None:
    first = make_article(
        "Pellar to cut jobs\nPellar Steel said on Tuesday it would cut 900 jobs after reporting a first-quarter loss "
        "of 80 million euros.\n",
        published="2026-05-12",
        outlet="Wire",
        title="Pellar to cut jobs",
    )
    later = make_article(
        "Pellar deepens cuts\nPellar Steel will cut 1,300 jobs, 400 more than it announced in May, the company said "
        "on Monday as it reported a second-quarter loss of 45 million euros.\n",
        published="2026-07-28",
        outlet="Daily",
        title="Pellar deepens cuts",
    )
    links = _links(first, later)
    assert _relations(links, "cut 1,300 jobs", "cut 900 jobs") == ["updates"], links


def test_a_year_s_total_is_not_updated_by_one_seizure_of_another_year() -> None:
    first = make_article(
        "Police seize heroin at Lenno\nPolice at the port of Lenno have seized 300 kg of heroin hidden in a timber "
        "shipment, officials said on Tuesday.\nCustoms officers seized 2.1 tonnes of heroin at Lenno last year.\n",
        published="2026-06-03",
        outlet="Wire",
        title="Police seize heroin at Lenno",
    )
    later = make_article(
        "Lenno heroin: arrest\nA man has been arrested over the seizure of 0.3 tonnes of heroin at the port of Lenno, "
        "police said on Monday.\n",
        published="2026-06-10",
        outlet="Daily",
        title="Lenno heroin: arrest",
    )
    links = _links(first, later)
    assert set(_relations(links, "2.1 tonnes", "0.3 tonnes")) <= {"related"}, links


def test_the_same_sum_for_the_same_purpose_about_one_party_corroborates_in_other_words() -> None:
    fined = make_article(
        "Harbour Gas fined\nHarbour Gas has been fined a record 35 million euros for illegally venting methane at "
        "its coastal terminals, the energy regulator said on Thursday.\n",
        published="2026-06-25",
        outlet="Wire",
        title="Harbour Gas fined",
    )
    appeal = make_article(
        "Harbour Gas appeals\nHarbour Gas said on Wednesday it would appeal against the 35 million euro fine, "
        "arguing that storms it could not control caused many breaches.\n",
        published="2026-07-09",
        outlet="Daily",
        title="Harbour Gas appeals",
    )
    links = _links(fined, appeal)
    assert _relations(links, "fined a record", "would appeal") == ["corroborates"], links


def test_a_retracted_report_conflicts_with_the_report() -> None:
    report = make_article(
        "Mayor accused\nMayor Ida Korsholm accepted a payment of 30,000 euros from the developer Ostrand weeks before "
        "it won a harbour contract, according to a person with direct knowledge of the transaction.\n",
        published="2026-09-21",
        outlet="The Evening Post",
        title="Mayor accused",
    )
    retraction = make_article(
        "Paper retracts story\nThe Evening Post has retracted a story that claimed Mayor Ida Korsholm accepted a "
        "30,000 euro payment from a developer, the newspaper said on Tuesday.\n",
        published="2026-09-30",
        outlet="Media Watch",
        title="Paper retracts story",
    )
    links = _links(report, retraction)
    assert _relations(links, "has retracted", "accepted a payment") == ["conflicts"], links
