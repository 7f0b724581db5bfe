"""A denied clause held whole, "about" figures, undated analyses of one protagonist, and continents'
demonyms (issue 12).

Every sentence here is our own; none comes from any dataset or from tests/data.
"""

from __future__ import annotations

from corpus.model import Article
from corpus.pipeline import extract
from corpus.xref.features import polarity_of
from corpus.xref.subjects import demonym_bases

from .conftest import links_of, make_article, relations_between


def test_a_denial_whose_whole_clause_the_report_holds_conflicts_with_it() -> None:
    report = make_article(
        "Residents blame dam operator\nResidents of Pelton said the operator had ignored warnings about cracks in "
        "the spillway wall.\nThe reservoir burst its banks on Sunday.\n",
        published="2026-08-03",
        outlet="Valley Post",
        title="Residents blame dam operator",
    )
    denial = make_article(
        "Dam operator rejects blame\nThe Pelton Water Board denied that it had been warned about cracks in the "
        "wall.\nEngineers are inspecting the dam.\n",
        published="2026-08-04",
        outlet="Wire One",
        title="Dam operator rejects blame",
    )
    links = links_of(report, denial)
    assert relations_between(links, "ignored warnings", "denied that it had been warned") == ["conflicts"], links


def test_an_about_figure_does_not_corroborate_a_figure_beyond_its_own_reach() -> None:
    report = make_article(
        "Harlow Steel to cut jobs\nHarlow Steel plans to cut about 2,000 jobs at its Teesby works, according to "
        "people familiar with the matter.\n",
        published="2026-01-12",
        outlet="Ledger",
        title="Harlow Steel to cut jobs",
    )
    analysis = make_article(
        "Analysis: Harlow Steel's long decline\nHarlow Steel's plan to shed 1,750 positions at its Teesby works "
        "ends a century of steelmaking there.\n",
        published=None,
        outlet="Metal Review",
        title="Analysis: Harlow Steel's long decline",
    )
    links = links_of(report, analysis)
    assert "corroborates" not in relations_between(links, "about 2,000 jobs", "1,750 positions"), links


def test_an_undated_analysis_naming_the_headline_protagonist_corroborates_its_headcount() -> None:
    news = make_article(
        "Quorix to close two plants\nQuorix Motors said on Monday it would close two plants in Brandia.\n"
        "The company employs 48,000 people worldwide.\n",
        published="2026-02-09",
        outlet="Bloomberg",
        title="Quorix to close two plants",
    )
    analysis = make_article(
        "Analysis: Quorix's retreat\nQuorix's decision marks the end of a decade of rapid expansion.\n"
        "Quorix employs about 48,000 staff globally.\nAnalysts expect rivals to follow as demand for petrol "
        "cars weakens and battery costs stay high.\n",
        published=None,
        outlet="Auto Review",
        title="Analysis: Quorix's retreat",
    )
    links = links_of(news, analysis)
    assert relations_between(links, "employs 48,000 people", "about 48,000 staff") == ["corroborates"], links


def test_a_demonym_in_ean_may_come_from_a_place_in_e() -> None:
    assert "Europe" in demonym_bases("European")
    assert "Korea" in demonym_bases("Korean")


def test_a_reported_cut_at_european_plants_is_updated_by_the_announced_cut_in_europe() -> None:
    report = make_article(
        "Norden Air to cut jobs\nNorden Air plans to cut about 2,000 jobs at its European bases, according to "
        "people familiar with the matter.\n",
        published="2026-05-04",
        outlet="Ledger",
        title="Norden Air to cut jobs",
    )
    announcement = make_article(
        "Norden Air confirms job cuts\nNorden Air said on Thursday it would cut 1,600 jobs in Europe "
        "by the end of next year.\n",
        published="2026-05-21",
        outlet="Bloomberg",
        title="Norden Air confirms job cuts",
    )
    links = links_of(report, announcement)
    assert relations_between(links, "about 2,000 jobs", "1,600 jobs in Europe") == ["updates"], links


def test_an_undated_digest_naming_the_other_headlines_company_updates_its_figure() -> None:
    report = make_article(
        "Residents say fuel still leaking from Brask depot\nResidents said on Tuesday that fuel was still leaking "
        "from the damaged Brask storage depot, a day after the company said it had been sealed.\n"
        "The company has put the leak at about 300 tonnes of diesel, Reuters reported.\n",
        published="2026-04-14",
        outlet="Coast Post",
        title="Residents say fuel still leaking from Brask depot",
    )
    digest = make_article(
        "Lissar fuel leak: what we know\nVolunteers have cleaned about 4 kilometres of the Lissar river bank.\n"
        "Brask now says 900 tonnes of diesel leaked from the damaged depot.\n"
        "The clean-up of the river is expected to take months.\n",
        published=None,
        outlet="Explainer Desk",
        title="Lissar fuel leak: what we know",
    )
    links = links_of(report, digest)
    assert relations_between(links, "about 300 tonnes", "Brask now says 900 tonnes") == ["updates"], links


def test_a_venues_capacity_in_people_and_in_spectators_is_one_figure() -> None:
    report = make_article(
        "Roof collapses at Darvo arena\nDARVO, Estrel (Reuters) - Part of the roof of the Darvo arena collapsed "
        "during a storm on Sunday, injuring 14 people, police said.\nThe arena holds about 12,000 people.\n",
        published="2026-10-04",
        outlet="Reuters",
        title="Roof collapses at Darvo arena",
    )
    explainer = make_article(
        "Darvo arena collapse: what we know\nFourteen people were injured when part of the roof of the Darvo arena "
        "collapsed.\nThe arena can hold 12,000 spectators.\n",
        published=None,
        outlet="Explainer Desk",
        title="Darvo arena collapse: what we know",
    )
    links = links_of(report, explainer)
    assert relations_between(links, "holds about 12,000 people", "can hold 12,000 spectators") == ["corroborates"], (
        links
    )


def _deal(price: str) -> list[tuple[str, str, str, str]]:
    talks = make_article(
        "Tarn in talks to buy Pellam Foods\nTarn Holdings is in advanced talks to buy Pellam Foods, people familiar "
        "with the matter said.\nA deal could value Pellam Foods at about 2 billion dollars, one of the people said.\n",
        published="2026-03-03",
        outlet="Market Ledger",
        title="Tarn in talks to buy Pellam Foods",
    )
    agreed = make_article(
        f"Tarn agrees Pellam deal\nTarn Holdings said on Monday it had agreed to buy Pellam Foods for {price} "
        "dollars in cash.\n",
        published="2026-03-24",
        outlet="Wire One",
        title="Tarn agrees Pellam deal",
    )
    return links_of(talks, agreed)


def test_an_agreed_price_within_the_reported_valuation_updates_it() -> None:
    links = _deal("2.15 billion")
    assert relations_between(links, "about 2 billion dollars", "agreed to buy") == ["updates"], links


def test_an_agreed_price_beyond_the_reported_valuation_does_not_update_it() -> None:
    links = _deal("2.9 billion")
    assert "updates" not in relations_between(links, "about 2 billion dollars", "agreed to buy"), links


def test_magnitudes_far_apart_in_two_articles_are_two_quakes_not_linked() -> None:
    first = make_article(
        "Quake shakes Varro island\nA magnitude 5.4 earthquake struck Varro island on Sunday, damaging several "
        "houses, officials said.\n",
        published=None,
        outlet="Wire One",
        title="Quake shakes Varro island",
    )
    second = make_article(
        "Strong quake hits Varro island\nA magnitude 6.2 earthquake struck Varro island on Sunday, destroying "
        "several villages, officials said.\n",
        published=None,
        outlet="Wire Two",
        title="Strong quake hits Varro island",
    )
    links = links_of(first, second)
    assert not relations_between(links, "magnitude 5.4", "magnitude 6.2"), links


def _fine(published: str, outlet: str, body: str) -> Article:
    title = body.split("\n", 1)[0]
    return make_article(body, published=published, outlet=outlet, title=title)


def test_a_fine_imposed_weeks_after_a_report_of_it_updates_the_report_and_a_bound_of_it_corroborates() -> None:
    report = _fine(
        "2026-06-02",
        "City Ledger",
        "Regulator set to fine Corrin Insurance\nThe Prudential Authority is preparing to fine Corrin Insurance about "
        "£90mn over its mis-selling of travel policies, according to people familiar with the matter.\n",
    )
    imposed = _fine(
        "2026-06-23",
        "Prudential Authority",
        "Prudential Authority fines Corrin Insurance\nThe Prudential Authority has today fined Corrin Insurance "
        "£64,200,000 for mis-selling travel policies.\n",
    )
    bulletin = _fine(
        "2026-06-23",
        "Money Hour",
        "Money Hour: Corrin fined\nCorrin Insurance has been hit with a fine of more than 60 million pounds by the "
        "Prudential Authority.\n",
    )
    links = links_of(report, imposed, bulletin)
    assert relations_between(links, "has today fined", "preparing to fine") == ["updates"], links
    assert relations_between(links, "more than 60 million pounds", "has today fined") == ["corroborates"], links


def test_a_report_called_speculation_is_denied() -> None:
    body = (
        "Corrin silent on fine\nCorrin Insurance said on Tuesday that a newspaper report that it faces a large fine "
        'was "speculation".\nThe insurer had 2,000 staff in 2024.\n'
    )
    claims = extract([make_article(body, published="2026-06-02", title="Corrin silent on fine")]).claims
    called = next(c for c in claims if "speculation" in c.text)
    assert polarity_of(called) == "deny"


def test_a_denial_of_a_reported_sum_conflicts_with_the_report() -> None:
    report = _fine(
        "2026-06-02",
        "City Ledger",
        "Regulator set to fine Corrin Insurance\nThe Prudential Authority is preparing to fine Corrin Insurance about "
        "£90mn over its mis-selling of travel policies, according to people familiar with the matter.\n",
    )
    dismissal = _fine(
        "2026-06-02",
        "Reuters",
        "Corrin calls fine report 'speculation'\nLONDON (Reuters) - Corrin Insurance said on Tuesday that a newspaper "
        'report that it faces a fine of about 90 million pounds was "speculation".\n',
    )
    links = links_of(report, dismissal)
    assert relations_between(links, "a newspaper report that it faces", "preparing to fine Corrin") == ["conflicts"], (
        links
    )
