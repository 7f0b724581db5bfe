"""Statement matching: two reports of one event that say the same thing happened in other words, with no figure
to compare ("police arrested the mayor" / "the mayor was taken into custody"), corroborate each other; the same
kind of happening in another town does not. Our own sentences."""

from __future__ import annotations

from corpus.xref.statements import action_words, main_clause

from .conftest import links_of, make_article, relations_between

_WIRE = (
    "Dovra mayor arrested in bribery inquiry\n"
    "DOVRA (Wire) - Police in Dovra arrested the town's mayor, Ilse Marek, at her home on Tuesday as part of an "
    "inquiry into bribes paid for building permits, prosecutors said.\n"
    "Investigators searched the town hall and seized computers and files from the planning department.\n"
    "Marek, who has led the council since 2019, has not commented on the allegations.\n"
    "The council's deputy leader, Tomas Hal, will chair Thursday's council meeting, a spokesman said.\n"
)
_PAPER = (
    "Dovra mayor Marek detained\n"
    "Marek was detained at dawn on Tuesday, a police spokesman told the Courier.\n"
    "Officers spent most of the day at the town hall, carrying out boxes of files from the planning department.\n"
    "Opposition councillors called on Marek to step aside while the investigation continues.\n"
)
_ELSEWHERE = (
    "Brenna mayor detained over permits\n"
    "BRENNA (Wire) - Police in Brenna detained the town's mayor, Oskar Lind, on Wednesday in an inquiry into bribes "
    "paid for building permits, prosecutors said.\n"
    "Investigators searched the town hall and seized computers from the planning office.\n"
)


def test_one_arrest_told_in_other_words_corroborates() -> None:
    links = links_of(
        make_article(_WIRE, published="2027-03-09", outlet="Wire", title="Dovra mayor arrested in bribery inquiry"),
        make_article(_PAPER, published="2027-03-10", outlet="Paper", title="Dovra mayor Marek detained"),
    )
    assert "corroborates" in relations_between(links, "Marek was detained", "Police in Dovra arrested"), links
    # the same story, another statement: a call to step aside "while the investigation continues" is no arrest
    assert "corroborates" not in relations_between(links, "Opposition councillors", "Police in Dovra"), links


def test_an_arrest_in_another_town_does_not_corroborate() -> None:
    links = links_of(
        make_article(_WIRE, published="2027-03-09", outlet="Wire", title="Dovra mayor arrested in bribery inquiry"),
        make_article(_ELSEWHERE, published="2027-03-10", outlet="Wire", title="Brenna mayor detained over permits"),
    )
    assert "corroborates" not in relations_between(links, "Police in Brenna detained", "Police in Dovra"), links


def test_what_happened_is_read_from_verbs_and_happenings() -> None:
    assert action_words("Police detained the owner of the mill on Monday.") == {"arrest"}
    assert action_words("A landslide buried the road, killing at least four people.") >= {"landsl", "kill"}
    assert "fish" not in action_words("The navy is holding 14 fishing boats in port.")  # a noun's modifier
    assert "report" not in action_words("The agency reported the figures.")  # saying, not happening


def test_a_relative_clause_is_not_what_the_sentence_says_happened() -> None:
    assert "collaps" not in action_words(
        main_clause("The inspectors had warned about cracks in the bridge that collapsed.")
    )
    assert "arrest" in action_words(main_clause("Police said that the driver was arrested on Friday."))
    assert "arrest" in action_words(main_clause("After the storm passed, police arrested two looters."))


def test_one_act_done_to_other_things_is_no_corroboration() -> None:
    """ "Vessmark is sending engineers" / "Vessmark continues to send nurses abroad": one verb, two acts."""
    first = make_article(
        "Vessmark sends engineers to Dovra\n"
        "DOVRA (Wire) - Vessmark has agreed to help Dovra repair its cracked dam, officials in both capitals said on "
        "Tuesday.\nNow, apparently, Vessmark is sending engineers.\n",
        published="2027-03-09",
        outlet="Wire",
        title="Vessmark sends engineers to Dovra",
    )
    second = make_article(
        "Vessmark to help repair Dovra dam\n"
        "Vessmark will help Dovra repair its cracked dam, officials in both capitals said on Tuesday.\n"
        "Despite a shortage at home, Vessmark continues to send nurses abroad, with many working in Dovra.\n",
        published="2027-03-10",
        outlet="Paper",
        title="Vessmark to help repair Dovra dam",
    )
    links = links_of(first, second)
    assert "corroborates" not in relations_between(links, "is sending engineers", "continues to send nurses"), links


def test_what_an_act_was_done_to_is_read_active_or_passive() -> None:
    from corpus.xref.statements import patient_of
    from corpus.xref.stems import stem

    assert patient_of("Vessmark is sending engineers to the dam.", stem("send")) == stem("engineers")
    assert patient_of("Two engineers were deployed to the dam on Monday.", stem("deployed")) == stem("engineers")
    assert patient_of("Police arrested the town's mayor on Tuesday.", stem("arrested")) == stem("mayor")
    assert patient_of("Marek was detained at dawn on Tuesday.", stem("detained")) is None  # a name: not read here


def test_a_participle_after_a_preposition_describes_the_noun() -> None:
    # "on cancelled trains", "for stolen goods": what kind of trains or goods, not that anything was cancelled
    assert "cancel" not in action_words("Travellers on cancelled trains can ask for a refund.")
    assert "steal" not in action_words("The market is known for stolen goods.")
    assert "cancel" in action_words("The operator cancelled 40 trains on Friday.")


_STORM_WIRE = (
    "Ferry operator cancels sailings as storm hits coast\n"
    "HARLOW BAY (Wire) - The coastal agency said on Friday that a storm had caused the flooding that forced Norlink "
    "to cancel sailings from Harlow Bay this week, contradicting the operator's account.\n"
    "Norlink said the harbour wall at Harlow Bay had been damaged in the storm.\n"
)
_STORM_PAPER = (
    "Norlink sailings cancelled at Harlow Bay\n"
    "Norlink cancelled all sailings from Harlow Bay on Thursday after a storm flooded the harbour.\n"
    "Under the ferry rules, travellers on cancelled sailings can claim a full refund from Norlink.\n"
)


def test_what_a_rule_allows_is_not_a_report_of_what_happened() -> None:
    links = links_of(
        make_article(_STORM_WIRE, published="2027-02-12", outlet="Wire", title=_STORM_WIRE.split("\n")[0]),
        make_article(_STORM_PAPER, published="2027-02-12", outlet="Paper", title=_STORM_PAPER.split("\n")[0]),
    )
    assert "corroborates" not in relations_between(links, "travellers on cancelled sailings", "coastal agency"), links


def test_two_players_of_other_positions_are_two_people() -> None:
    wire = (
        "Harbour Rovers lineman arrested on suspicion of drunk driving\n"
        "TARVEN (Wire) - A Harbour Rovers lineman was arrested on suspicion of drunk driving early on Sunday, "
        "police in Tarven said.\n"
        "The team said it was aware of the arrest and would not comment further.\n"
    )
    paper = (
        "Rovers receiver arrested after crash\n"
        "Harbour Rovers wide receiver Ivo Brandt was arrested on suspicion of drunk driving early on Sunday in "
        "Tarven, police said.\n"
        "The team said it was aware of the arrest.\n"
    )
    links = links_of(
        make_article(wire, published="2027-01-10", outlet="Wire", title=wire.split("\n")[0]),
        make_article(paper, published="2027-01-10", outlet="Paper", title=paper.split("\n")[0]),
    )
    assert "corroborates" not in relations_between(links, "wide receiver Ivo Brandt", "A Harbour Rovers lineman"), links


def test_an_age_in_one_report_is_no_figure_the_other_lacks() -> None:
    first = make_article(
        "Man arrested over Nantes church fire\nPolice in Nantes have arrested a 41-year-old man suspected of setting "
        "fire to a church in the city's old town on Saturday night, prosecutors said on Monday.\n",
        published="2027-05-10",
        outlet="Wire",
        title="Man arrested over Nantes church fire",
    )
    second = make_article(
        "Suspect held over Nantes church arson\nA man has been detained over an arson attack on a church in Nantes "
        "at the weekend, French media reported.\n",
        published="2027-05-10",
        outlet="Paper",
        title="Suspect held over Nantes church arson",
    )
    links = links_of(first, second)
    assert "corroborates" in relations_between(links, "A man has been detained", "Police in Nantes"), links


def test_a_magnitude_in_one_report_is_no_figure_the_other_lacks() -> None:
    first = make_article(
        "Strong quake hits Vellan island\nA magnitude 6.2 earthquake struck the island of Vellan on Monday morning, "
        "the national seismology institute said.\n",
        published="2027-03-15",
        outlet="Wire",
        title="Strong quake hits Vellan island",
    )
    second = make_article(
        "Quake rattles Vellan\nA strong earthquake struck the island of Vellan on Monday morning, sending residents "
        "into the streets, local media reported.\n",
        published="2027-03-15",
        outlet="Paper",
        title="Quake rattles Vellan",
    )
    links = links_of(first, second)
    assert "corroborates" in relations_between(links, "A strong earthquake struck", "A magnitude 6.2"), links
