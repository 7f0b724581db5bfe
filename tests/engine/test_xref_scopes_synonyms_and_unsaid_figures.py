"""Counts an analyst must not link as one report: a country's count and a region's, a group told of two things
(members who voted / members on strike), a scene's "with no sign of" aside read as a denial; a count of ships named
"vessels"; and a figure from reports its speaker declined to comment on, never credited to him. Our own sentences."""

from __future__ import annotations

from corpus.xref.features import features

from .conftest import links_between, links_of, make_article, relations_between


def test_a_countrys_count_is_no_later_value_of_a_regions() -> None:
    county = make_article(
        "Health officials in Tarrow county reported 47 confirmed cases of mumps on Monday.\n",
        published="2032-04-05",
        outlet="Tarrow Herald",
    )
    wire = make_article(
        "Tarrow county now has 55 confirmed cases of mumps, officials said.\nNationally, 230 cases of mumps have "
        "been confirmed so far this year.\n",
        published="2032-04-12",
        outlet="Health Wire",
    )
    links = links_of(county, wire)
    assert relations_between(links, "Nationally, 230", "reported 47") in ([], ["related"]), links
    assert relations_between(links, "Nationally, 230", "now has 55") in ([], ["related"]), links
    assert relations_between(links, "now has 55", "reported 47") == ["updates"], links


def test_a_countrys_later_count_still_updates_its_earlier_one() -> None:
    first = make_article("Nationally, 230 cases of mumps have been confirmed so far this year.\n", "2032-04-12")
    later = make_article("Nationwide, 260 cases of mumps have now been confirmed this year.\n", "2032-04-19")
    links = links_of(first, later)
    assert relations_between(links, "Nationwide, 260", "Nationally, 230") == ["updates"], links


def test_members_told_of_two_things_are_not_one_count() -> None:
    day_two = make_article(
        "The Rail Workers' Union says some 2,000 of its members are taking part in the strike.\n",
        "2032-05-03",
        outlet="Courier",
        title="Rail strike: trains halted as talks stall",
    )
    result = make_article(
        "Of the 1,960 members who voted, 64% backed the deal, union leader Ana Ruiz said.\n",
        "2032-05-07",
        outlet="Wire",
        title="Rail workers accept 5% deal, ending strike",
    )
    links = links_of(day_two, result)
    assert "corroborates" not in relations_between(links, "1,960 members", "some 2,000"), links


def test_a_scene_with_no_sign_of_talks_denies_nothing() -> None:
    first = make_article(
        "About 2,100 dock workers at the port of Corvel walked off the job on Monday in a 48-hour strike over pay, "
        "the Dockers' Union said.\n",
        "2032-06-07",
        outlet="Wire",
        title="Dock workers begin 48-hour strike at Corvel",
    )
    second = make_article(
        "More than 50 ships were waiting outside Corvel on Tuesday as a strike by dock workers entered its second "
        "day, with no sign of new talks.\n",
        "2032-06-08",
        outlet="Corvel Post",
        title="Corvel port strike: ships queue as talks stall",
    )
    links = links_of(first, second)
    assert "conflicts" not in relations_between(links, "no sign of new talks", "About 2,100"), links


def test_vessels_and_ships_are_one_count() -> None:
    first = make_article("About 45 vessels were waiting to unload at Portvik by Monday evening.\n", "2032-07-05")
    second = make_article(
        "About 45 ships were waiting to unload at Portvik on Monday, port officials said.\n",
        "2032-07-05",
        outlet="Wire",
    )
    links = links_of(first, second)
    assert relations_between(links, "45 vessels", "45 ships") == ["corroborates"], links
    reasons = [why for _, why in links_between(links, "45 vessels", "45 ships")]
    assert any("45 vessels" in why for why in reasons), reasons


def test_a_figure_from_reports_someone_declined_to_comment_on_is_not_his() -> None:
    article = make_article(
        "A spokesman for the port declined to comment on reports that the repairs could cost more than $9m.\n"
    )
    from corpus.extract.article import extract_article

    claims, _ = extract_article(article)
    claim = next(c for c in claims if "declined to comment" in c.text)
    assert claim.speaker  # the attribution is kept: he declined
    assert features(claim, article).who != claim.speaker
    said = make_article("A spokesman for the port said the repairs could cost more than $9m.\n")
    claims, _ = extract_article(said)
    assert features(claims[0], said).who == claims[0].speaker


def test_cancelled_flights_before_the_noun_are_a_later_count_of_the_cancellations() -> None:
    first = make_article(
        "In total, Aerolinea has now cancelled 310 flights, a spokesman said.\n", "2032-08-02", outlet="Wire"
    )
    second = make_article(
        "Aerolinea said on Friday that the strike, which led to 345 cancelled flights, had ended.\n",
        "2032-08-06",
        outlet="Daily",
    )
    assert relations_between(links_of(first, second), "345 cancelled flights", "cancelled 310") == ["updates"]


def test_a_reversal_of_its_own_earlier_statement_conflicts_with_that_denial() -> None:
    denial = make_article(
        "Brightwater Energy said the blackout was caused by a faulty transformer.\nIt said there was no evidence of "
        "sabotage.\n",
        "2032-09-01",
        outlet="Wire",
        title="Brightwater blames transformer for blackout",
    )
    reversal = make_article(
        "Brightwater Energy said on Monday that the blackout was caused by deliberate damage to a substation, "
        "reversing its earlier statement that there was no sign of sabotage.\n",
        "2032-09-08",
        outlet="Daily",
        title="Brightwater admits blackout was sabotage",
    )
    links = links_of(denial, reversal)
    assert relations_between(links, "reversing its earlier statement", "no evidence of sabotage") == ["conflicts"]


def test_a_nationwide_toll_updates_the_countrys_own_earlier_toll() -> None:
    first = make_article(
        "The number of deaths from cholera in Tessaly has risen to 44, the health ministry said on Monday.\n",
        "2032-02-02",
        outlet="Wire",
        title="Tessaly cholera death toll rises to 44",
    )
    later = make_article(
        "Nationwide, the cholera toll stands at 58 deaths, the ministry said.\n",
        "2032-02-09",
        outlet="Daily",
        title="Tessaly cholera toll reaches 58",
    )
    assert relations_between(links_of(first, later), "stands at 58", "risen to 44") == ["updates"]


def test_a_rival_named_as_the_subject_gives_the_rivals_figure() -> None:
    first = make_article(
        "Pump maker Ostvik will cut about 900 jobs, chief executive Lena Dahl said on Tuesday.\n",
        "2032-03-09",
        outlet="Wire",
        title="Ostvik to cut 900 jobs",
    )
    second = make_article(
        "Ostvik will cut around 900 jobs after lowering its forecast, the company said.\nRival Brennmark, which "
        "reports next week, said last month it would cut 420 jobs.\n",
        "2032-03-10",
        outlet="Business Daily",
        title="Ostvik to cut 900 jobs after profit warning",
    )
    links = links_of(first, second)
    assert set(relations_between(links, "Rival Brennmark", "about 900 jobs")) <= {"related"}, links
    assert set(relations_between(links, "Rival Brennmark", "around 900 jobs")) <= {"related"}, links
