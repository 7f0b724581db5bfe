"""Words that look like cues but are not what anyone says (an editor's note, a noun in -ies before its verb, an
opening 'Now' before an imperative); the answers of a question-and-answer interview; a kicker's speaker kept to its own
sentence; a bare attribution after a quotation closed by a stop."""

from __future__ import annotations

from .conftest import speaker_of


def test_an_editors_note_is_a_label_of_the_text_not_a_speaker() -> None:
    body = "Editor’s note: The mayor of Ostra is a regular contributor to this newspaper.\n\nThe vote is on Sunday."
    assert speaker_of(body, "Editor’s note", claim_needed=False) is None
    # the owner of a claim still makes it
    claimed = "Lund’s claim that the bridge was safe was rejected by the inspectors."
    assert speaker_of(claimed, "Lund’s claim", claim_needed=False) is not None


def test_worries_before_its_verb_is_a_noun() -> None:
    body = "Health worries have dogged the 71-year-old senator since a fall in March."
    assert speaker_of(body, "Health worries", claim_needed=False) is None
    held = "The board worries that the costs of the new pier will double."
    assert speaker_of(held, "The board worries", claim_needed=False) == "board"


def test_now_opening_an_imperative_is_no_speaker() -> None:
    body = "Now tell us this is not a witch hunt of the highest order!"
    assert speaker_of(body, "Now tell us", claim_needed=False) is None


def test_the_answers_of_an_interview_are_the_one_person_named_before_its_questions() -> None:
    body = (
        "Ilse Marrow has run the Ostra water board since 2020. We asked her about the drought.\n\n"
        "Q: Will there be rationing this summer?\n\n"
        "A: Not in the towns. The farms will get 20 percent less water from June.\n\n"
        "Q: Who pays for the new reservoir?\n\n"
        "A: The state pays two thirds of the cost."
    )
    assert speaker_of(body, "A: Not in the towns", claim_needed=False) == "Ilse Marrow"
    assert speaker_of(body, "The farms will get", claim_needed=False) == "Ilse Marrow"
    assert speaker_of(body, "A: The state pays", claim_needed=False) == "Ilse Marrow"
    # two people named before the questions: who answers is not told
    two = body.replace("We asked her about the drought.", "Her deputy, Tom Brandt, joined us.")
    assert speaker_of(two, "A: The state pays", claim_needed=False) is None


def test_a_kickers_speaker_does_not_run_on_through_its_paragraph() -> None:
    body = "Tesmark: profit beat forecasts as sales rose. The shares closed up 3 percent in Frankfurt."
    assert speaker_of(body, "Tesmark:", claim_needed=False) == "Tesmark"
    assert speaker_of(body, "The shares closed", claim_needed=False) is None
    # a label whose words are spoken ("I", "we", "you") is a transcript's: its paragraph is the speaker's
    transcript = "Brandt: Well, I think we did what we could. Nobody expected the river to rise so fast."
    assert speaker_of(transcript, "Nobody expected", claim_needed=False) == "Brandt"


def test_a_bare_attribution_after_a_quotation_closed_by_a_stop_is_the_quotations() -> None:
    body = "“I hope you are able to find the 30,000 missing emails.” Halvorsen said.\n\nThe vote is on Sunday."
    assert speaker_of(body, "“I hope", claim_needed=False) == "Halvorsen"


def test_an_explainers_questions_and_answers_are_the_writers() -> None:
    body = (
        "Mayor Ines Tolland announced new rent rules on Monday. Here is what they mean for tenants.\n\n"
        "Q: Who is covered?\n\n"
        "A: All tenants in private flats, about 40,000 households.\n\n"
        "Q: When do the rules start?\n\n"
        "A: The cap applies from April."
    )
    assert speaker_of(body, "A: All tenants", claim_needed=False) is None
    assert speaker_of(body, "A: The cap", claim_needed=False) is None
