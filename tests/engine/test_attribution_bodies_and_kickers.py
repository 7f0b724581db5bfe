"""Who speaks for a body, a court's ruling, passives relayed by an outlet, and headline kickers that name a topic."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.carry import label_speaker

from .conftest import make_article, speaker_of, speakers_with_text


@pytest.mark.parametrize(
    "kicker",
    [
        "Wildfires: thousands flee as flames reach the coast.",
        "Heatwave: Velmar records its hottest night on record.",
        "Iowa: Tom Marsh, Ann Lee, Bo Park.",
        "Big Win For Ostra: the union holds off on an endorsement.",
        "Ann Lee: 1,769.",
    ],
)
def test_a_kicker_naming_a_topic_a_place_or_a_tally_is_no_speaker(kicker: str) -> None:
    assert label_speaker(kicker) is None


def test_a_kicker_naming_a_party_still_speaks() -> None:
    assert label_speaker("Tesmark: quarterly profit beat forecasts.") == "Tesmark"
    assert label_speaker("Harbour Board: ferries resume on Monday") == "Harbour Board"


def test_a_topic_kicker_lends_no_speaker_to_the_sentences_after_it() -> None:
    body = (
        "Wildfires: thousands flee as flames reach the coast. More than 6,000 residents were evacuated overnight. "
        "Firefighting planes joined the effort at dawn."
    )
    assert all(speaker is None for speaker, _ in speakers_with_text(body))


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The ban on night flights at Corrin airport is lawful, a court ruled on Thursday.", "court"),
        ("The curfew breached the constitution, the judge ruled.", "judge"),
        ("Turnout fell to 40% in the district, the researchers found on Monday.", "researchers"),
    ],
)
def test_a_ruling_or_finding_closing_the_sentence_reports_what_came_before(sentence: str, speaker: str) -> None:
    assert speakers_with_text(sentence)[0][0] == speaker


def test_a_reign_is_no_ruling() -> None:
    assert speakers_with_text("Marcus Vell ruled Ostravia as a dictator for 24 years.")[0][0] is None


def test_a_body_closing_the_sentence_is_the_body_its_subject_names() -> None:
    body = (
        "Arden Rovers have sacked manager Dean Whitley after eight games without a win, the club announced on Sunday."
    )
    assert speakers_with_text(body)[0][0] == "Arden Rovers"
    assert speaker_of("Velmar Bank has cut 300 jobs in its branches, the bank said.", "Velmar") == "Velmar Bank"


def test_a_body_with_a_long_name_opening_the_sentence_speaks_as_the_agency_and_in_the_next_sentence() -> None:
    body = (
        "The Coastal Ferry Safety Agency has grounded two Orlen Line ferries after an engine fire, the agency said "
        "on Friday. The agency said it had now received 31 complaints from passengers."
    )
    assert speaker_of(body, "The Coastal") == "Coastal Ferry Safety Agency"
    assert speaker_of(body, "The agency said it") == "Coastal Ferry Safety Agency"


def test_a_body_named_by_a_plural_verb_is_no_he_for_later_sentences() -> None:
    body = (
        "Arden Rovers have sacked manager Dean Whitley after eight games without a win, the club announced on Sunday. "
        "He said he was proud of his players."
    )
    assert speaker_of(body, "He said") == "Dean Whitley"


@pytest.mark.parametrize(
    "body",
    [
        "Jordan Henderson has left Velmar City after six seasons, the club said.",  # a player, not the club
        "Ostravia has closed its border with Velmar, the government said.",  # a country, not its government
    ],
)
def test_a_person_or_a_place_opening_the_sentence_is_not_the_body_that_speaks(body: str) -> None:
    speaker = speakers_with_text(body)[0][0]
    assert speaker not in ("Jordan Henderson", "Ostravia")


def test_quoted_by_an_outlet_as_saying_is_the_person_quoted_via_the_outlet() -> None:
    body = (
        "Prime Minister Alina Voss was quoted by the Daily Courier as saying that she had no plans to call an election."
    )
    claims, _ = extract_article(make_article(body))
    assert claims[0].speaker == "Alina Voss"
    assert "Daily Courier" in claims[0].speaker_chain


def test_it_said_in_a_relative_clause_is_the_body_named_as_its_subject() -> None:
    body = (
        "The Foreign Ministry of Velmar denied on Saturday that its troops had crossed the border. "
        "The monitoring group Border Watch published satellite images that it said showed tanks across the border."
    )
    assert speaker_of(body, "The monitoring group") == "Border Watch"


def test_the_carmaker_is_the_lone_name_that_spoke_before_it() -> None:
    body = "Tesmark: quarterly profit beat forecasts. The carmaker reported net income of $1.2 billion."
    assert speaker_of(body, "The carmaker") == "Tesmark"


@pytest.mark.parametrize(
    "body",
    [
        "Judge Lee said the case was closed. The company said it would appeal.",  # a titled person
        "The Marshes said the fence was theirs. The company said it would appeal.",  # a family
    ],
)
def test_the_company_is_never_a_titled_person_or_a_family(body: str) -> None:
    assert speaker_of(body, "The company") not in ("Lee", "Marshes")


@pytest.mark.parametrize(
    "body",
    [
        "The Port Workers Union said its members had not been paid. The company did not respond to a request for comment.",
        "The Transport Ministry said the line would reopen. The company said it had not been told.",
    ],
)
def test_the_company_is_not_a_union_or_a_ministry_that_spoke_before_it(body: str) -> None:
    assert speaker_of(body, "The company") not in ("Port Workers Union", "Transport Ministry")


def test_the_group_may_still_be_a_union() -> None:
    body = "The Port Workers Union said its members had not been paid. The group said it would strike on Monday."
    assert speaker_of(body, "The group") == "Port Workers Union"


def test_a_company_named_with_its_trade_is_a_body_its_descriptions_and_pronouns_refer_to() -> None:
    body = (
        "Norlix Energy cut its profit forecast for the second time this year, blaming lower gas prices. "
        "The Oslo-based company now expects operating profit of about 3 billion crowns. "
        "It said it would also delay a planned share buyback."
    )
    assert [s for s, _ in speakers_with_text(body)] == ["Norlix Energy"] * 3


def test_a_company_by_its_first_word_is_the_company_named_in_full_before() -> None:
    body = "Velmar Mining said it would close the pit. In a statement, Velmar said 300 jobs would go."
    assert speaker_of(body, "In a statement") == "Velmar Mining"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Eleven patients remain in critical condition, St Agnes's Hospital said on Monday.", "St Agnes's Hospital"),
        ("Riverside Children's Clinic said it had treated 40 people overnight.", "Riverside Children's Clinic"),
    ],
)
def test_an_institution_named_for_someone_keeps_its_whole_name(body: str, speaker: str) -> None:
    assert speaker_of(body, body[:10]) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("About 300 staff were on shift, according to the plant's owner, Calder Foods.", "Calder Foods"),
        ("The line will reopen in May, according to the company's chief executive, Ines Varga.", "Ines Varga"),
    ],
)
def test_according_to_a_role_then_the_name_closing_the_sentence_is_that_name(body: str, speaker: str) -> None:
    assert speaker_of(body, body[:10]) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Two cafes on Harbour Road said their cellars had flooded.", "cafes on Harbour Road"),
        ("Several bakeries in Mill Square said they would stay shut.", "bakeries in Mill Square"),
    ],
)
def test_businesses_on_a_street_speak_not_the_street(body: str, speaker: str) -> None:
    assert speaker_of(body, body[:10]) == speaker


def test_a_councilmember_or_selectman_is_a_title_before_the_name() -> None:
    body = "Councilmember Ines Brody said the repairs were overdue. Selectman Tom Aiken said the town would pay."
    assert [s for s, _ in speakers_with_text(body)] == ["Ines Brody", "Tom Aiken"]


def test_a_company_named_by_its_trade_is_what_the_company_refers_to() -> None:
    body = "Halden Textiles said it would close a mill. The company said orders had fallen by a third."
    assert [s for s, _ in speakers_with_text(body)] == ["Halden Textiles", "Halden Textiles"]
    person = "Ruth Steel said the mill would close. She said orders had fallen."  # a given name: a person
    assert [s for s, _ in speakers_with_text(person)] == ["Ruth Steel", "Ruth Steel"]


@pytest.mark.parametrize(
    "body",
    [
        "Halden Textiles said it would cut 300 jobs. The company, Norway's second-largest weaver, blamed cheap imports.",
        "Halden Textiles said it would cut 300 jobs. The company, a unit of Brandt Holdings, said orders had fallen.",
    ],
)
def test_an_appositive_describing_the_company_is_not_its_name(body: str) -> None:
    assert speaker_of(body, "The company") == "Halden Textiles"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The closure cost 2 million euros a day, according to the Tarn Chamber of Commerce.",
            "Tarn Chamber of Commerce",
        ),
        ("The Tarn Society of Engineers said the bridge was unsafe.", "Tarn Society of Engineers"),
    ],
)
def test_a_chamber_or_society_of_something_keeps_its_whole_name(body: str, speaker: str) -> None:
    assert speaker_of(body, body[:10]) == speaker


def test_a_name_closing_a_relative_clause_is_not_the_speaker() -> None:
    body = (
        "Mayor Ines Calder faces a challenge from Tom Reyes. Reyes, who has the support of the county treasurer, "
        "Ann Voss, said he would cut fees. He noted that he had raised $90,000."
    )
    assert [s for s, _ in speakers_with_text(body)][-2:] == ["Tom Reyes", "Tom Reyes"]


def test_an_estimate_after_a_possessive_and_an_adjective_is_a_noun_not_a_cue() -> None:
    body = (
        "The number of Varn Water customers whose supply was cut is 84,000, nearly twice the utility's initial "
        "estimate, Varn Water said on Monday."
    )
    assert speaker_of(body, "The number") == "Varn Water"


def test_a_firm_named_after_its_trade_or_with_co_is_the_company_that_speaks_next() -> None:
    body = "Drugmaker Pellis said on Monday its profit fell 9%. The company said it would close two plants."
    assert speaker_of(body, "Drugmaker Pellis") == "Pellis"
    assert speaker_of(body, "The company") == "Pellis"
    body = "Halvard Motor Co said it had recalled 9,000 vans. The company said no one was hurt."
    assert speaker_of(body, "The company") == "Halvard Motor Co"


def test_a_person_whose_surname_ends_a_place_name_is_the_he_or_she_that_speaks_next() -> None:
    body = (
        "Mayor Ana Ruiz said the city would appeal. Tom Park said the ruling was fair. He said the appeal would fail."
    )
    assert speaker_of(body, "He said") == "Tom Park"
    body = "Judge Ann Lee adjourned the case. Helen Court said the delay was unfair. She said she would complain."
    assert speaker_of(body, "She said") == "Helen Court"
