"""Session 39: a clause opening with a count between commas is no age ("..., 20 analysts listened while Ann Lee, the
former minister, said": Ann Lee, not a name in the phrase before), and a preposition opening the sentence is no subject
of a second verb ("In his speech, Obama praised her and said": Obama, not "In"). Every sentence is the test's own."""

from __future__ import annotations

from .conftest import speaker_of


def test_a_count_opening_a_clause_is_no_age_before_the_speakers_appositive() -> None:
    body = (
        "In a glass tower opposite the Museum of Tarn, 20 analysts listened while Ruth Amsel, the former finance "
        "minister, said the economy would shrink."
    )
    assert speaker_of(body, "In a glass tower") == "Ruth Amsel"


def test_an_age_between_commas_is_still_an_aside() -> None:
    body = "Ruth Amsel, 59, of Tarn, said the economy would shrink."
    assert speaker_of(body, "Ruth Amsel") == "Ruth Amsel"
    share = "A third of the growers, 33%, say the harvest will be late."
    assert speaker_of(share, "A third") != "33%"


def test_a_preposition_opening_the_sentence_is_no_subject_of_a_second_verb() -> None:
    body = "In his speech, Omar Vell praised the nurses and said the hospital would stay open."
    assert speaker_of(body, "In his speech") == "Omar Vell"
