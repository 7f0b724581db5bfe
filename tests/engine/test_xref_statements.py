"""Cross-references between claims without shared figures, and figures that are not values of a count.

Every sentence here is our own (issue 12); none comes from any dataset or from tests/data.
"""

from __future__ import annotations

from corpus.model import Article
from corpus.pipeline import extract
from corpus.wordlist import rarity
from corpus.xref.features import features, figure_role
from corpus.xref.forewarned import warned_about
from corpus.xref.statements import bag, overlap

from .conftest import links_between, links_of, make_article, relations_between


def test_rare_words_weigh_more_than_common_ones() -> None:
    assert rarity("the") == 0.0
    assert rarity("avalanche") > rarity("said") > 0 or rarity("said") == 0
    assert rarity("zorvanik") == max(rarity(w) for w in ("zorvanik", "avalanche", "road"))


def test_two_reports_of_one_happening_share_rare_words_in_sentence_and_lead() -> None:
    one = make_article(
        "Avalanche buries ski lodge near Zermatt\nAn avalanche buried a ski lodge above Zermatt on Sunday, trapping climbers overnight.\n",
        published="2026-01-11",
        outlet="Swiss Wire",
        title="Avalanche buries ski lodge near Zermatt",
    )
    two = make_article(
        "Climbers trapped as avalanche hits Zermatt lodge\nClimbers were trapped overnight after an avalanche buried a ski lodge above Zermatt on Sunday.\n",
        published="2026-01-12",
        outlet="Alpine Daily",
        title="Climbers trapped as avalanche hits Zermatt lodge",
    )
    links = links_of(one, two)
    assert relations_between(links, "An avalanche buried a ski lodge", "Climbers were trapped overnight"), links
    a = bag("An avalanche buried a ski lodge above Zermatt")
    b = bag("A ferry sank off the coast near Lagos")
    assert overlap(a, b) == 0.0


def test_two_similar_happenings_about_different_people_are_not_one() -> None:
    one = make_article(
        "Rovers sign striker Tomas Keller\nThe Harbour Rovers signed striker Tomas Keller on a three-year contract on Monday.\n",
        published="2026-02-02",
        outlet="Sport Desk",
        title="Rovers sign striker Tomas Keller",
    )
    two = make_article(
        "Rovers sign striker Ansel Moreau\nThe Harbour Rovers signed striker Ansel Moreau on a three-year contract on Monday.\n",
        published="2026-02-09",
        outlet="Goal Line",
        title="Rovers sign striker Ansel Moreau",
    )
    links = links_of(one, two)
    assert "corroborates" not in relations_between(
        links, "signed striker Tomas Keller", "signed striker Ansel Moreau"
    ), links


def test_the_same_kind_of_event_years_apart_is_not_linked() -> None:
    old = make_article(
        "Landslide in Kandy\nA landslide in Sri Lanka's Kandy district killed 14 people on Sunday, police said.\n",
        published="2018-06-04",
        outlet="Island Wire",
        title="Landslide in Kandy",
    )
    new = make_article(
        "Landslide in Kandy kills 14\nA landslide in Sri Lanka's Kandy district killed 14 people on Tuesday, police said.\n",
        published="2026-06-03",
        outlet="Island Wire",
        title="Landslide in Kandy kills 14",
    )
    links = links_of(old, new)
    assert not relations_between(links, "killed 14 people on Sunday", "killed 14 people on Tuesday"), links


def test_forecasts_and_increments_are_not_values_of_the_count() -> None:
    assert figure_role("Officials expect the toll to rise to more than 900") == "forecast"
    assert figure_role("Cases could rise to 20,000 by June, the agency warned") == "forecast"
    assert figure_role("The army sent an additional 2,500 soldiers to the valley") == "increment"
    assert figure_role("Another 400 families fled, bringing the total to 9,000") == "count"
    assert figure_role("At least 620 people have died in the floods") == "count"
    # an addition spelled out in words is an addition too
    assert figure_role("He must repay the money or serve another three years in prison") == "increment"
    assert figure_role("The council will hire a further twenty wardens") == "increment"


def test_a_forecast_does_not_update_the_count_it_is_about() -> None:
    first = make_article(
        "Quake toll at 300\nThe earthquake in Van province has killed 300 people, the disaster agency said on Monday.\n",
        published="2026-04-06",
        outlet="Anatolia Wire",
        title="Quake toll at 300",
    )
    second = make_article(
        "Quake toll could rise\nThe disaster agency said the number of people killed in the Van earthquake could rise to 1,000.\n",
        published="2026-04-08",
        outlet="Euro Desk",
        title="Quake toll could rise",
    )
    links = links_of(first, second)
    relations = relations_between(links, "has killed 300 people", "could rise to 1,000")
    assert "updates" not in relations and "corroborates" not in relations, links


def test_a_denial_conflicts_with_the_report_it_denies_even_when_the_report_rounds_its_figure() -> None:
    report = make_article(
        "Kenya sends troops to Juba, official says\nKenya has deployed about 2,000 troops to South Sudan's Juba region, "
        "a senior South Sudanese official told reporters on Sunday.\n",
        published="2026-09-06",
        outlet="Nile Wire",
        title="Kenya sends troops to Juba, official says",
    )
    denial = make_article(
        "Kenya denies sending troops\nKenya's foreign ministry denied on Monday that any Kenyan troops had entered "
        "South Sudan's Juba region.\n",
        published="2026-09-07",
        outlet="Lake Post",
        title="Kenya denies sending troops",
    )
    links = links_of(report, denial)
    assert "conflicts" in relations_between(links, "has deployed about 2,000 troops", "denied on Monday"), links


def test_the_missing_found_dead_later_is_news_of_them_not_a_second_report() -> None:
    first = make_article(
        "Mine collapse in Oruro\nA tunnel collapsed at the Huanuni tin mine in Bolivia on Monday. Three miners were missing, "
        "the mining cooperative said.\n",
        published="2026-02-02",
        outlet="Andes Wire",
        title="Mine collapse in Oruro",
    )
    later = make_article(
        "Huanuni miners found\nThe mining cooperative said the three missing miners at the Huanuni tin mine had been found dead.\n",
        published="2026-02-05",
        outlet="La Voz",
        title="Huanuni miners found",
    )
    extraction = extract([first, later])
    text = {c.id: c.text for c in extraction.claims}
    found = [
        x.relation
        for x in extraction.xrefs
        if "missing miners" in text[x.source] + text[x.target] and "were missing" in text[x.source] + text[x.target]
    ]
    assert "corroborates" not in found, extraction.xrefs


def test_a_british_and_an_australian_climber_are_two_people() -> None:
    one = make_article(
        "A British climber has fallen to his death on Mount Cook in New Zealand, police said.\n",
        published=None,
        outlet="Alpine Wire",
        title="Climber dies on Mount Cook",
    )
    other = make_article(
        "AN AUSTRALIAN climber has fallen to his death on Mount Cook in New Zealand, police said.\n",
        published=None,
        outlet="Peak News",
        title="Climber dies on Mount Cook",
    )
    assert [rel for rel, *_ in links_of(one, other) if rel == "corroborates"] == []


def _denied_report_story():
    first = make_article(
        "Marovia moves troops to Tessel border\nMarovia has moved about 2,000 troops to the Tessel border, a regional "
        "governor told reporters on Sunday.\nMarovian government spokesman Ivo Darr dismissed the report as propaganda.\n",
        published="2026-05-03",
        outlet="Border Wire",
        title="Marovia moves troops to Tessel border",
    )
    second = make_article(
        "Marovia denies troop build-up\nMarovia's defence ministry denied on Tuesday that any Marovian troops had "
        "reached the Tessel border.\n",
        published="2026-05-05",
        outlet="Capital Times",
        title="Marovia denies troop build-up",
    )
    third = make_article(
        "Marovia admits troops at border\nMarovia confirmed on Thursday that its troops were stationed at the Tessel "
        "border, after weeks of denials.\n",
        published="2026-05-28",
        outlet="Evening Post",
        title="Marovia admits troops at border",
    )
    return links_of(first, second, third)


def test_a_denial_of_the_report_is_compared_as_what_that_report_said() -> None:
    links = _denied_report_story()
    assert relations_between(links, "Ivo Darr dismissed the report", "has moved about 2,000 troops") == ["conflicts"]
    # Two denials of one report side together, though one names neither the troops nor the border.
    assert relations_between(links, "Ivo Darr dismissed the report", "denied on Tuesday") == ["corroborates"], links


def test_a_confirmation_weeks_after_a_denial_conflicts_with_it_and_corroborates_the_report() -> None:
    links = _denied_report_story()
    later = [(rel, reason) for rel, s, t, reason in links if "confirmed on Thursday" in s and "Ivo Darr" in t]
    assert [rel for rel, _ in later] == ["conflicts"] and "confirmation of what was denied" in later[0][1], links
    assert relations_between(links, "confirmed on Thursday", "denied on Tuesday") == ["conflicts"]
    # The confirmation gives no figure, yet it confirms the earlier report of the deployment.
    assert relations_between(links, "confirmed on Thursday", "has moved about 2,000 troops") == ["corroborates"]


def test_one_person_written_in_full_by_surname_or_in_a_title_case_headline_is_one_person() -> None:
    from corpus.xref.statements import _someone_unnamed

    assert not _someone_unnamed(frozenset({"Ellen Marsh To Tour"}), frozenset({"Ellen Marsh"}))
    assert not _someone_unnamed(frozenset({"Marsh"}), frozenset({"Singer Ellen Marsh"}))
    assert _someone_unnamed(frozenset({"Tomas Keller"}), frozenset({"Ansel Moreau"}))
    # A second person the other claim does not name still counts.
    assert _someone_unnamed(frozenset({"Ivo Darr", "Nadia Brook"}), frozenset({"Ivo Darr"}))


def _bridge_reports() -> tuple[Article, Article]:
    first = make_article(
        "Relatives blame firm for Kelvar bridge collapse\nThe Kelvar bridge collapsed on Tuesday, sending two buses "
        "into the river and killing 11 people.\nRelatives of the dead said the operator had ignored warnings about "
        "rust on the bridge cables.\nThe mayor told reporters that the cables had been painted in 2019.\n",
        published="2026-09-02",
        outlet="Kelvar Post",
        title="Relatives blame firm for Kelvar bridge collapse",
    )
    later = make_article(
        "Kelvar bridge engineers were told of rust, inquiry finds\nAn official inquiry into the Kelvar bridge "
        "collapse found that the operator's engineers had been told about rust on the bridge cables a year before "
        "it fell.\nThe collapse killed 11 people.\n",
        published="2026-09-29",
        outlet="National Wire",
        title="Kelvar bridge engineers were told of rust, inquiry finds",
    )
    return first, later


def test_two_reports_that_someone_was_warned_about_the_same_thing_corroborate_in_other_words() -> None:
    first, later = _bridge_reports()
    links = links_of(first, later)
    assert relations_between(links, "had been told about rust", "ignored warnings about rust") == ["corroborates"], (
        links
    )
    # Telling reporters something is no warning about it.
    claims = extract([first]).claims
    told = next(c for c in claims if "told reporters" in c.text)
    assert warned_about(features(told, first)) == {}


def test_an_addition_beside_a_total_of_another_measure_is_not_a_count() -> None:
    first = make_article(
        "Floods force 6,000 from homes\nFloods along the Marrow river forced about 6,000 people from their homes "
        "on Sunday, the civil defence agency said.\n",
        published="2026-03-02",
        outlet="River Post",
        title="Floods force 6,000 from homes",
    )
    second = make_article(
        "Marrow floods spread\nThe Marrow floods have grown to cover 900 square kilometres, the civil defence agency "
        "said on Monday, as evacuation orders were extended to a further 1,500 residents.\n",
        published="2026-03-03",
        outlet="Delta Radio",
        title="Marrow floods spread",
    )
    links = links_of(first, second)
    relations = relations_between(links, "forced about 6,000 people", "a further 1,500 residents")
    assert "updates" not in relations and "corroborates" not in relations and "conflicts" not in relations, links


def test_a_shared_time_span_does_not_make_two_figures_one_report() -> None:
    offer = make_article(
        "Port raises offer to dockers\nThe Kessel port authority has raised its pay offer to dockers to 4%, "
        "two days before a planned strike.\n",
        published="2026-05-04",
        outlet="Harbour Times",
        title="Port raises offer to dockers",
    )
    deal = make_article(
        "Dockers accept deal\nDockers at Kessel have accepted a pay rise of 6%, ending a dispute that led to two days "
        "of strikes, their union said.\n",
        published="2026-05-20",
        outlet="Coast Radio",
        title="Dockers accept deal",
    )
    links = links_of(offer, deal)
    assert "corroborates" not in relations_between(links, "raised its pay offer", "accepted a pay rise of 6%"), links


def test_a_figure_set_against_the_one_its_source_gave_earlier_updates_it() -> None:
    plan = make_article(
        "Quorvant to close 300 stores\nQuorvant, the British shoe retailer, will close 300 stores over the next "
        "year, the company said on Tuesday.\n",
        published="2026-03-03",
        outlet="Retail Week Wire",
        title="Quorvant to close 300 stores",
    )
    later = make_article(
        "Quorvant closures scaled back\nQuorvant will close 290 stores, fewer than the 300 it announced in March, "
        "after landlords cut rents at ten sites.\n",
        published="2026-07-14",
        outlet="High Street Daily",
        title="Quorvant closures scaled back",
    )
    links = links_of(plan, later)
    assert relations_between(links, "will close 300 stores over", "will close 290 stores") == ["updates"], links


def test_a_report_of_both_sides_figures_replaces_neither() -> None:
    critics = make_article(
        "Dam project faces criticism\nThe Orrin dam would create fewer than 900 jobs, according to an analysis by "
        "the Riverkeepers group.\n",
        published="2026-08-03",
        outlet="Valley Post",
        title="Dam project faces criticism",
    )
    both = make_article(
        "Orrin dam approved\nThe energy ministry has said the Orrin dam would create 4,000 jobs, a figure disputed "
        "by campaigners, who put it at under 900.\n",
        published="2026-08-10",
        outlet="Capital Wire",
        title="Orrin dam approved",
    )
    links = links_of(critics, both)
    assert relations_between(links, "fewer than 900 jobs", "would create 4,000 jobs") == ["conflicts"], links


def test_a_toll_placed_in_the_region_updates_one_placed_in_its_town_named_further_down() -> None:
    first = make_article(
        "Quake strikes eastern Vostria\nA magnitude 6.0 earthquake struck eastern Vostria early on Sunday, killing "
        "at least 12 people, the disaster agency said.\nThe quake was centred near the town of Pellam.\n",
        published="2026-02-08",
        outlet="World Wire",
        title="Quake strikes eastern Vostria",
    )
    second = make_article(
        "Pellam earthquake toll rises\nThe death toll from Sunday's earthquake in Pellam has risen to 27, officials "
        "said on Monday.\n",
        published="2026-02-09",
        outlet="Gulf Daily",
        title="Pellam earthquake toll rises",
    )
    links = links_of(first, second)
    assert relations_between(links, "killing at least 12", "has risen to 27") == ["updates"], links


def test_two_reports_of_one_result_corroborate_and_a_later_match_does_not() -> None:
    report = make_article(
        "Dunmore win derby\nDunmore United went second on Saturday after beating Carrow Town 2-0 in front of 18,400 "
        "fans.\n",
        published="2026-11-08",
        outlet="Sport Desk",
        title="Dunmore win derby",
    )
    other = make_article(
        "Derby delight for Dunmore\nOla Berg scored two goals as Dunmore United beat Carrow Town 2-0 to climb to second.\n",
        published="2026-11-08",
        outlet="Goal Line",
        title="Derby delight for Dunmore",
    )
    rematch = make_article(
        "Dunmore do the double\nDunmore United beat Carrow Town 2-0 again on Saturday.\n",
        published="2027-03-14",
        outlet="Sport Desk",
        title="Dunmore do the double",
    )
    links = links_of(report, other, rematch)
    assert relations_between(links, "after beating Carrow Town", "to climb to second") == ["corroborates"], links
    assert "corroborates" not in relations_between(links, "after beating Carrow Town", "2-0 again"), links


def test_a_place_named_further_down_only_as_another_outbreaks_is_not_the_storys() -> None:
    marrah = make_article(
        "Marrah cholera deaths rise to 41\nThe number of people who have died of cholera in Marrah has risen to 41, "
        "the World Health Organization said on Tuesday.\nA separate outbreak in the neighbouring province of Tiba "
        "has killed seven people.\n",
        published="2026-08-12",
        outlet="Relief News",
        title="Marrah cholera deaths rise to 41",
    )
    tiba = make_article(
        "Tiba cholera outbreak: seven dead\nSeven people have died of cholera in Tiba province, local health "
        "officials said.\n",
        published="2026-08-10",
        outlet="Health Wire",
        title="Tiba cholera outbreak: seven dead",
    )
    links = links_of(marrah, tiba)
    assert not {"updates", "corroborates", "conflicts"} & set(
        relations_between(links, "has risen to 41", "Seven people have died")
    ), links


def test_a_result_set_against_a_forecast_is_a_result() -> None:
    assert figure_role("Profit rose to £90 million, beating analysts' average forecast of £84 million.") == "count"
    assert figure_role("Analysts forecast profit of £84 million.") == "forecast"
    results = make_article(
        "Orrel profit up 15%\nOrrel Foods reported a 15% rise in annual pretax profit to £90m on Thursday.\n",
        published="2027-03-04",
        outlet="Markets Daily",
        title="Orrel profit up 15%",
    )
    other = make_article(
        "Orrel beats forecasts\nOrrel Foods' pretax profit rose to £90 million last year, beating analysts' average "
        "forecast of £84 million.\n",
        published="2027-03-04",
        outlet="City Wire",
        title="Orrel beats forecasts",
    )
    links = links_of(results, other)
    assert relations_between(links, "15% rise", "pretax profit rose") == ["corroborates"], links


def test_a_sum_after_the_move_of_a_metric_is_its_new_level() -> None:
    from .conftest import figure_measure

    assert figure_measure("Revenue rose 6.5% to £5.1bn.", "£5.1bn", 5.1e9, "GBP", "amount", None) == "revenue"


def test_a_final_count_set_against_preliminary_figures_is_the_later_one() -> None:
    first = make_article(
        "Union wins most seats in Morla\nThe Civic Union won 58 of the 120 seats in Sunday's election, according to "
        "preliminary results.\n",
        published="2026-10-12",
        outlet="Morla Times",
        title="Union wins most seats in Morla",
    )
    final = make_article(
        "Final results in Morla\nFinal results published on Wednesday gave the Civic Union 60 seats, two more than "
        "preliminary figures showed.\n",
        published="2026-10-15",
        outlet="Euro Politics",
        title="Final results in Morla",
    )
    links = links_of(first, final)
    assert [(rel, s[:11]) for rel, s, _t, _ in links if rel == "updates"] == [("updates", "Final resul")], links


def test_two_reports_naming_the_same_earlier_value_do_not_update_each_other() -> None:
    first = make_article(
        "Watchdog detains 14 ships\nThe harbour authority detained 14 vessels in April, up from nine in March, the "
        "agency said.\n",
        published="2026-05-14",
        outlet="Maritime Daily",
        title="Watchdog detains 14 ships",
    )
    second = make_article(
        "More ships detained\nFourteen ships were held in port in April, the harbour authority said, compared with "
        "nine the month before.\n",
        published="2026-05-15",
        outlet="Port News",
        title="More ships detained",
    )
    links = links_of(first, second)
    assert "updates" not in relations_between(links, "detained 14 vessels", "Fourteen ships"), links


def test_a_closure_confirmed_months_after_its_denial_contradicts_it_and_the_denials_own_quote_does_not() -> None:
    report = make_article(
        "Brasko to close Dern plant, paper says\nCarmaker Brasko plans to close its plant in Dern by 2028, the "
        "Morning Ledger reported on Tuesday, citing people familiar with the plans.\n",
        published="2026-06-02",
        outlet="Auto News",
        title="Brasko to close Dern plant, paper says",
    )
    denial = make_article(
        "Brasko denies Dern closure plan\nBrasko on Wednesday denied a report that it planned to close its Dern "
        'factory.\n"There are no plans to close Dern," a company spokeswoman said.\n',
        published="2026-06-03",
        outlet="Dern Daily",
        title="Brasko denies Dern closure plan",
    )
    confirmed = make_article(
        "Brasko confirms Dern closure\nBrasko confirmed on Tuesday that it would close its Dern plant in 2028.\n",
        published="2026-11-17",
        outlet="Auto News",
        title="Brasko confirms Dern closure",
    )
    links = links_of(report, denial, confirmed)
    assert relations_between(links, "confirmed on Tuesday", "denied a report") == ["conflicts"], links
    assert "conflicts" not in relations_between(links, "There are no plans", "denied a report"), links


def test_a_speakers_title_is_not_what_two_of_their_statements_share() -> None:
    first = make_article(
        "Harbour line closes\nManaging director Ilka Brandt apologised to passengers on Monday.\n",
        published="2027-03-01",
        outlet="Port Daily",
        title="Harbour line closes",
    )
    later = make_article(
        "Ferry boss stays\nManaging director Ilka Brandt said she would not step down.\n",
        published="2027-03-09",
        outlet="Coast Times",
        title="Ferry boss stays",
    )
    # (one speaker's two statements are never "the same report" relayed, nor a corroboration)
    found = links_between(links_of(first, later), "apologised to passengers", "would not step down")
    assert all(relation == "related" and "same report" not in why for relation, why in found), found


def test_an_equal_count_of_a_measured_thing_in_another_months_happening_is_no_corroboration() -> None:
    strike = make_article(
        "Pilots' strike grounds Corvair\nFriday's pilots' strike at Corvair grounded 260 flights, according to the"
        " airport operator.\n",
        published="2027-05-08",
        outlet="Air Wire",
        title="Pilots' strike grounds Corvair",
    )
    explainer = make_article(
        "Corvair pilots call off strike\nCorvair pilots called off next week's walkout, the union said.\n\n"
        "Last month a strike by baggage handlers at rival Jetline grounded 260 flights.\n",
        published="2027-05-12",
        outlet="Travel Desk",
        title="Corvair pilots call off strike",
    )
    links = links_of(strike, explainer)
    assert "corroborates" not in relations_between(links, "at Corvair grounded 260", "rival Jetline"), links


def test_a_denial_conflicts_with_a_report_whose_trailing_clause_holds_a_modal() -> None:
    report = make_article(
        "Norland to reopen border crossing, officials say\nNorland has agreed to reopen the Kessa border crossing"
        " to trucks, two customs officials told reporters on Monday, in a deal that could end months of delays.\n",
        published="2027-06-07",
        outlet="Border Wire",
        title="Norland to reopen border crossing, officials say",
    )
    denial = make_article(
        "Norland denies crossing deal\nNorland has not agreed to reopen the Kessa border crossing, interior ministry"
        " spokesman Ivo Berg said on Tuesday, calling reports of a deal false.\n",
        published="2027-06-08",
        outlet="Capital News",
        title="Norland denies crossing deal",
    )
    links = links_of(report, denial)
    assert relations_between(links, "has not agreed", "has agreed to reopen") == ["conflicts"], links


def test_a_bare_surname_is_the_one_person_of_the_story_whose_name_ends_with_it() -> None:
    from corpus.extract.article import extract_article

    # The headline alone names him in full (a headline is no claim, so the claims' names do not say who "Keller" is).
    title = "Rovers striker Tomas Keller out for the season"
    body = "The Harbour Rovers placed Keller on the injured list on Wednesday with a torn hamstring.\n"
    article = make_article(body, published="2026-02-04", outlet="Sport Desk", title=title)
    (claim,) = [c for c in extract_article(article)[0] if "placed Keller" in c.text]
    assert "Tomas Keller" in features(claim, article).people
    # Two people of the story share the surname: the bare name is neither.
    article = make_article(
        body,
        published="2026-02-04",
        outlet="Sport Desk",
        title=title.replace("Tomas Keller", "Tomas Keller and Ivo Keller"),
    )
    (claim,) = [c for c in extract_article(article)[0] if "placed Keller" in c.text]
    assert not {"Tomas Keller", "Ivo Keller"} & features(claim, article).people


def test_a_ship_a_plant_or_a_known_town_is_no_person() -> None:
    from corpus.xref.features import _a_person

    text = "Warship INS Dalvi foiled an attack while the Norrel Plant in New Delhi stayed shut."
    assert not _a_person("Warship INS Dalvi", text)  # a ship, whatever its name
    assert not _a_person("Naval Ship Dalvi", "The Naval Ship Dalvi foiled an attack.")
    assert not _a_person("Norrel Plant", text)  # a factory
    assert not _a_person("New Delhi", text)  # a town the gazetteer knows
    assert _a_person("Ivo Darr", "Ivo Darr was hurt when the Norrel Plant caught fire.")
