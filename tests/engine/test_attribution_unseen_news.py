"""Who said it on news of kinds the earlier blind sets lacked (session 23: blind set 9's kinds of sentence, each test
written with sentences of its own, apart from the set)."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article, sources_in, speakers_in


@pytest.mark.parametrize(
    "body, speaker, source",
    [
        (
            "Dale Kessler, who farms 1,200 acres outside Marlow with his daughter, Jenna, said he had cut his planting.",
            "Dale Kessler",
            "Dale Kessler, who farms 1,200 acres outside Marlow with his daughter, Jenna",
        ),
        (
            "Rosa Delgado, whose bakery employs 2,300 people across the region with her brother, Luis, said prices "
            "would rise.",
            "Rosa Delgado",
            "Rosa Delgado, whose bakery employs 2,300 people across the region with her brother, Luis",
        ),
        (
            "The harvest was the worst in a decade, said Ivan Petrov, who grows 3,400 tonnes of barley a year with his "
            "son, Oleg.",
            "Ivan Petrov",
            "Ivan Petrov, who grows 3,400 tonnes of barley a year with his son, Oleg",
        ),
    ],
)
def test_a_comma_inside_a_figure_does_not_end_an_appositive(body: str, speaker: str, source: str) -> None:
    # "1,200" is one figure: the name after "his daughter," closes the relative clause, and the subject speaks.
    assert sources_in(body)[0] == (speaker, source)


@pytest.mark.parametrize(
    "body, source",
    [
        (
            "Geologists using drones over Iceland say the ice has thinned by a metre since spring.",
            "Geologists using drones over Iceland",
        ),
        ("Doctors treating Ana Ruiz say she is stable after surgery.", "Doctors treating Ana Ruiz"),
        (
            "Engineers working for Brennock Rail said the bridge would reopen in May.",
            "Engineers working for Brennock Rail",
        ),
    ],
)
def test_a_party_of_people_and_what_they_are_doing_is_not_a_name_inside_it(body: str, source: str) -> None:
    # The people speak, not the glacier, the patient or the firm named in the participle phrase after them.
    assert sources_in(body)[0] == (source, source)


def test_a_participle_of_relation_after_a_plural_keeps_the_name_it_brings() -> None:
    # "including" names members of the party: the member stays the speaker, as before.
    assert speakers_in("Officials including Ana Ruiz said the plan was dead.")[0] == "Ana Ruiz"


@pytest.mark.parametrize(
    "body, speakers",
    [
        (
            "Tom Reyes and his wife, Marisol, lost their home in the flood. She said the insurer had refused to pay.",
            [None, "Marisol"],
        ),
        (
            "Dale Kessler, who farms 1,200 acres outside Marlow with his daughter, Jenna, said he had already cut his "
            "planting. She wants to try drought-resistant seed.",
            ["Dale Kessler", "Jenna"],
        ),
    ],
)
def test_a_kin_named_by_a_given_name_the_lists_lack_is_still_the_she_after_it(
    body: str, speakers: list[str | None]
) -> None:
    # "his wife, Marisol,": the kin word tells the gender, whether or not the name is on the given-name lists.
    assert speakers_in(body) == speakers


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("Fire chief: blaze at the bus depot was deliberate\n\nThe depot was empty at the time.", "Fire chief"),
        ("Union boss: dock strike will go ahead\n\nTalks broke down on Friday.", "Union boss"),
        ("Harbour police: two men held after raid on trawler\n\nThe raid took place at dawn.", "Harbour police"),
        ("Water firm: bills to rise 6% in April\n\nCustomers were told by letter.", "Water firm"),
    ],
)
def test_a_headline_kicker_naming_a_role_says_the_headline(body: str, speaker: str) -> None:
    # A sentence-case kicker before a colon names who says the rest by role or body: the headline is theirs.
    assert speakers_in(body)[0] == speaker


@pytest.mark.parametrize(
    "line",
    [
        "Ostravia's new premier: five things to know",
        "Owner: the Lee family trust",
        "Coach: since 2019 at the club",
        "Weather: rain all day tomorrow",
    ],
)
def test_a_label_and_its_value_or_a_guide_is_no_role_kicker(line: str) -> None:
    from corpus.extract.attribution import role_kicker

    assert role_kicker(line) is None


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Ferry fares will double in May. That was the warning from the chief executive of the Islay Ferry "
            "Company, Moira Lennox, at a meeting in Port Ellen on Tuesday.",
            "Moira Lennox",
        ),
        (
            "The bridge will not reopen this year. That was the message from council leader Hamid Rana on Monday.",
            "Hamid Rana",
        ),
        ("Rates will stay high. That was the verdict of the Bank of Ostravia on Thursday.", "Bank of Ostravia"),
    ],
)
def test_that_was_the_message_from_a_role_and_its_name_or_a_body(body: str, speaker: str) -> None:
    # "That was the message from <role> <name>" and "from the <Body>": who gave the message is named after it.
    assert speakers_in(body)[-1] == speaker


def test_that_was_the_message_from_a_name_with_no_role_before_it_is_not_read_as_one() -> None:
    # "voting" is no role: the name after it is not who gave the message.
    assert not any(speakers_in("Turnout was low. That was the message from voting Kevin Marsh."))


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Dr Ayesha Malik and her colleague Professor Tom Berger tracked 900 patients for a decade. "
            "They found that the drug halved the risk of a second stroke.",
            "Ayesha Malik and Tom Berger",
        ),
        (
            "Maria Lopez and John Hale founded the shelter in 2010. They said demand had tripled since the winter.",
            "Maria Lopez and John Hale",
        ),
    ],
)
def test_they_after_two_people_named_as_one_subject_is_both(body: str, speaker: str) -> None:
    assert speakers_in(body)[-1] == speaker


@pytest.mark.parametrize(
    "body, source",
    [
        (
            "Water supplier Clearbrook's chief executive, Omar Haddad, told MPs that bills would rise.",
            "Water supplier Clearbrook's chief executive, Omar Haddad",
        ),
        (
            "Opposition party Renew's leader, Ines Vogel, said the count had been rigged.",
            "Opposition party Renew's leader, Ines Vogel",
        ),
    ],
)
def test_a_kind_of_body_before_its_possessive_name_is_part_of_the_role_before_the_name(body: str, source: str) -> None:
    assert sources_in(body)[0][1] == source


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Sixty-one percent of tenants said their rent had risen this year, according to a survey by the Renters Union.",
            "Renters Union",
        ),
        ("Most parents said the new timetable was worse, a poll by Harwell Research found.", "Harwell Research"),
        ("In a Courier poll last month, 58% of voters said they would back the bypass.", "Courier"),
    ],
)
def test_a_share_of_the_people_polled_speaks_through_the_poll(body: str, speaker: str) -> None:
    # The poll counted them: it is the source of the share and of what the share said.
    assert speaker in (speakers_in(body)[0] or "")


def test_a_share_with_no_poll_named_still_speaks_itself() -> None:
    assert speakers_in("Most residents said the plan was a mistake, Ana Ruiz told the meeting.")[0] != "Ana Ruiz"


@pytest.mark.parametrize(
    "body, source",
    [
        (
            "“The ferry is our lifeline,” said Moira Dunn, 58, of Kilbride, who runs the island shop.",
            "Moira Dunn, 58, of Kilbride, who runs the island shop",
        ),
        (
            "“Prices have doubled,” said Tomas Ruiz, a baker in Velmar, who has kept his shop open since 1998, "
            "and a member of the traders' board.",
            "Tomas Ruiz, a baker in Velmar, who has kept his shop open since 1998, and a member of the traders' board",
        ),
        (
            "Moira Dunn, 58, of Kilbride, who runs the island shop, said the ferry was the island's lifeline.",
            "Moira Dunn, 58, of Kilbride, who runs the island shop",
        ),
    ],
)
def test_an_age_home_town_and_clause_after_a_closing_name_are_the_source_as_written(body: str, source: str) -> None:
    speaker, written = sources_in(body)[0]
    assert written == source and speaker is not None and speaker in source


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "The ferry sails at noon. Islanders who rely on the service say the new timetable is a disaster.",
            "Islanders who rely on the service",
        ),
        (
            "The ferry sails at noon. But those who run the island shop said trade had halved.",
            "those who run the island shop",
        ),
        (
            "The ferry sails at noon. Dunn and others who signed the petition said the council had ignored them.",
            "Dunn and others who signed the petition",
        ),
    ],
)
def test_a_party_and_the_clause_that_says_which_of_them_is_the_source(body: str, speaker: str) -> None:
    # "who rely on the service" says which islanders speak; before, the sentence had no speaker (or only "Islanders").
    assert speakers_in(body)[-1] == speaker


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("The port will reopen on Friday, da Silva said.", "da Silva"),
        ("The verdict will be appealed, van der Meer told reporters.", "van der Meer"),
        (
            "Ana dos Reis, a lawyer for the dockers, spoke after the hearing. The union will appeal, dos Reis said.",
            "Ana dos Reis",
        ),
    ],
)
def test_a_surname_with_its_particle_is_a_speaker(body: str, speaker: str) -> None:
    # "da Silva said": a lower-case particle opens the surname; the full name seen before is who it is.
    assert speakers_in(body)[-1] == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Four climbers admitted to hospital in Fort William on Sunday have been discharged.",
        "Most of the asylum seekers admitted into the country last year were from Sudan.",
    ],
)
def test_admitted_to_hospital_or_a_country_is_let_in_not_owned_up_to(body: str) -> None:
    claims, _ = extract_article(make_article(body))
    assert claims[0].speaker is None
    assert claims[0].kind != "confirmation"


def test_admitted_to_a_court_that_is_still_owned_up_to() -> None:
    claims, _ = extract_article(make_article("Ostrowski admitted to the court that he had lied about the loan."))
    assert (claims[0].speaker, claims[0].kind) == ("Ostrowski", "confirmation")


def test_what_someone_needs_to_say_in_the_writers_view_is_not_their_statement() -> None:
    # "needs to ... and tell": an obligation the writer sets, nothing said by her.
    assert not any(speakers_in("Ana Ruiz needs to win back her own party and tell voters what she would cut."))


def test_a_second_verb_of_saying_after_an_act_is_still_the_subjects() -> None:
    assert speakers_in("Ana Ruiz toured the port on Monday and said it would reopen in May.") == ["Ana Ruiz"]
