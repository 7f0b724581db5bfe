"""Speakers behind asides: a participle after a closing name, a relative clause inside an appositive, a passive
quoting with its appositive, a short clause before a colon and a quotation, and a poll that puts a party on a figure."""

from __future__ import annotations

import pytest

from corpus.extract.attribution import find_attributions

from .conftest import speaker_of


@pytest.mark.parametrize(
    "sentence",
    [
        "“We will not close the ward,” said the hospital's director, Maren Holt, standing outside the main entrance.",
        "“The water is still rising,” said the county engineer, Maren Holt, speaking to reporters by the bridge.",
    ],
)
def test_a_name_after_its_role_speaks_whatever_participle_follows(sentence: str) -> None:
    assert speaker_of(sentence, "“", claim_needed=False) == "Maren Holt"


def test_a_name_closing_a_relative_clause_inside_an_appositive_is_not_the_speaker() -> None:
    body = "Ilse Varga, the mayor who beat the sitting councillor, Oskar Brandt, in May, said the budget would be cut."
    assert speaker_of(body, "Ilse Varga", claim_needed=False) == "Ilse Varga"
    # the subject of a relative clause named after "which" still speaks
    body = "The levy -- which the port's chief executive, Ida Lund, called “a tax on trade” -- was dropped in June."
    assert speaker_of(body, "The levy", claim_needed=False) == "Ida Lund"


def test_quoted_as_saying_after_an_appositive_names_the_appositive() -> None:
    body = "The team's coach, Piet Aalders, was quoted by the Morning Star as saying he would stay another season."
    assert speaker_of(body, "The team's coach", claim_needed=False) == "Piet Aalders"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "The nurses' union leader, Carla Mendes, hit back on local radio: “The minister has never worked a night shift.”",
            "Carla Mendes",
        ),
        ("Asked about the closure, Carla Mendes was blunt: “It will cost lives.”", "Carla Mendes"),
        ("Farmers in the valley struck a defiant tone: “We will keep the roads blocked.”", "Farmers in the valley"),
    ],
)
def test_a_short_clause_before_a_colon_and_a_quotation_names_the_speaker(body: str, speaker: str) -> None:
    assert speaker_of(body, body[:10], claim_needed=False) == speaker
    # words found or described after a colon are nobody's
    for other in (
        "Police found a note in the flat: “I am sorry for everything.”",
        "The message on the door was short: “Closed until further notice.”",
    ):
        assert speaker_of(body + " " + other, other[:10], claim_needed=False) is None


def test_a_poll_that_puts_a_party_on_a_figure_is_the_source() -> None:
    body = "The survey of 1,500 voters, carried out by Norstat last week, puts the Greens on 19%, two points up."
    assert speaker_of(body, "The survey", claim_needed=False) == "survey"
    body = "A poll by Norstat puts the Greens on 19%."
    assert speaker_of(body, "A poll", claim_needed=False) == "Norstat"
    assert (
        speaker_of("A Norstat poll gives the Greens a 4-point lead over Labour.", "A Norstat poll", claim_needed=False)
        is not None
    )
    # a report that puts pressure on someone reports no figure
    assert speaker_of("The audit puts pressure on the minister to resign.", "The audit", claim_needed=False) is None


def test_a_study_or_poll_is_written_whole_as_its_source() -> None:
    text = "Pupils who skip breakfast score lower in maths, a study published on Monday suggests."
    a = find_attributions(text)[0]
    assert a.source is not None
    assert text[a.source[0] : a.source[1]] == "a study published on Monday"
    assert a.phrase == "a study"
    text = "Support for the plan has fallen, a poll for the Evening Courier shows."
    spans = {text[a.source[0] : a.source[1]] for a in find_attributions(text) if a.source}
    assert "a poll for the Evening Courier" in spans


def test_words_put_to_the_subject_before_a_colon_are_not_its_own() -> None:
    body = "Applicants are required to declare: “I have never been convicted of an offence.”"
    assert speaker_of(body, "Applicants", claim_needed=False) is None
    body = "Applicants were blunt: “The form is impossible to fill in.”"
    assert speaker_of(body, "Applicants", claim_needed=False) == "Applicants"


def test_a_body_named_by_a_word_and_a_countrys_letters_is_not_the_country() -> None:
    body = "Forward USA, a campaign group, said the advert was misleading."
    assert speaker_of(body, "Forward USA", claim_needed=False) == "Forward USA"
    assert speaker_of("The USA said the advert was misleading.", "The USA", claim_needed=False) == "United States (USA)"


@pytest.mark.parametrize(
    "body",
    [
        "The ministry less than two weeks ago said the figures were wrong.",
        "The ministry three days later denied that the figures were wrong.",
    ],
)
def test_a_time_between_the_subject_and_its_cue_is_no_part_of_the_speaker(body: str) -> None:
    assert speaker_of(body, "The ministry", claim_needed=False) == "ministry"
    # a span of time that describes the subject stays
    assert (
        speaker_of("The nurse of nearly ten years said the ward was unsafe.", "The nurse", claim_needed=False)
        == "nurse of nearly ten years"
    )


def test_a_subject_that_put_off_or_set_out_something_and_said_speaks() -> None:
    body = "Judge Ida Ruiz put off a decision on the evidence but said the trial would start in May."
    assert speaker_of(body, "Judge Ida Ruiz", claim_needed=False) == "Ida Ruiz"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Winger Tom Adeyemi, who was sent off in the first half, apologised to supporters on social media.",
            "Tom Adeyemi",
        ),
        ("The rail operator apologised in a statement on Tuesday night.", "rail operator"),
    ],
)
def test_an_apology_made_to_someone_or_somewhere_is_a_saying(body: str, speaker: str) -> None:
    assert speaker_of(body, body[:10], claim_needed=False) == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("Tom Chapman, a professor at Velmar University, said the ruling was wrong.", "Tom Chapman"),
        ("Sarah Jordan, an analyst at Ostra Bank, said rates would rise in June.", "Sarah Jordan"),
        ("Sullivan, a spokesman for the Velmar Port Authority, said the port would reopen on Monday.", "Sullivan"),
    ],
)
def test_a_surname_ending_like_a_demonym_still_names_the_speaker_before_its_appositive(body: str, speaker: str) -> None:
    """Not the body or place that closes the appositive ("Velmar University", "Ostra Bank")."""
    assert speaker_of(body, body[:10], claim_needed=False) == speaker


def test_that_official_points_back_to_a_party_and_speaks() -> None:
    body = (
        "Two diplomats briefed on the talks said a deal was close. That official said the signing could come on Friday."
    )
    assert speaker_of(body, "That official", claim_needed=False) == "That official"
    assert (
        speaker_of("This person said the text was agreed on Friday.", "This person", claim_needed=False)
        == "This person"
    )
    assert speaker_of("That said, the plan failed in June.", "That said", claim_needed=False) is None


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Eating less salt was linked to lower blood pressure in a Finnish study of 9,000 adults.", "Finnish study"),
        ("Most voters back the plan, in a British poll published on Sunday.", "British poll"),
        ("Most voters back the plan, in a YouGov poll published on Sunday.", "YouGov"),
    ],
)
def test_a_nationality_before_a_study_says_whose_study_not_who_spoke(sentence: str, speaker: str) -> None:
    assert speaker_of(f"Headline\n{sentence}\n", sentence[:20]) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Energy and Climate Secretary Ruth Hale said the plan was sound.", "Ruth Hale"),
        ("Culture, Media and Sport Secretary Dan Oyelaran said the bid was welcome.", "Dan Oyelaran"),
    ],
)
def test_an_office_whose_name_holds_and_is_one_persons_title(sentence: str, speaker: str) -> None:
    assert speaker_of(f"Headline\n{sentence}\n", sentence[:20]) == speaker


def test_a_body_named_for_its_work_and_its_country_is_the_body_not_the_country() -> None:
    body = (
        "Headline\nAbout 40,000 of the heaters were sold in Canada, Health Canada said.\n\n"
        "Canada said it would review the rules.\n"
    )
    assert speaker_of(body, "About 40,000") == "Health Canada"
    assert speaker_of(body, "Canada said it would") == "Canada"


def test_a_party_a_figure_is_compared_with_is_not_the_relative_clauses_subject() -> None:
    # the cue after "than" is the compared party's: the people the relative clause describes said nothing
    body = "The number of tenants whose flats were damaged is far higher than the landlord said, residents told us."
    assert speaker_of(body, "The number of tenants", claim_needed=False) == "residents"
    body = "The number of tenants whose flats were damaged is far higher than the landlord said."
    assert speaker_of(body, "The number of tenants", claim_needed=False) is None


@pytest.mark.parametrize(
    "body, speaker",
    [
        # people familiar with a matter
        (
            "The mill is preparing to shut two lines, people familiar with the plans said.",
            "people familiar with the plans",
        ),
        (
            "The talks have stalled, officials familiar with the matter told reporters.",
            "officials familiar with the matter",
        ),
        # a role, then a name with a particle
        ("The pipeline will reopen in May, oil minister Khalid bin Nasser said.", "Khalid bin Nasser"),
        ("The levy will stay, finance minister Greta van Dijk said.", "Greta van Dijk"),
        # who puts a figure on a thing measured
        ("Organisers put the field at 31,400 runners.", "Organisers"),
        ("Insurers put the damage at $1.2 billion.", "Insurers"),
    ],
)
def test_the_source_a_cue_names(body: str, speaker: str) -> None:
    assert speaker_of(body, body[:8], claim_needed=False) == speaker
