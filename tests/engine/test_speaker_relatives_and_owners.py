"""Session 37: a subject's relative clause whose own cue takes a preposition or an infinitive opens no clause of
another speaker's ('Two tenants who asked not to be named said'), and a lawyer or spokesman named by 'his', 'her' or
'their' speaks for the owner when that owner is the pronoun's referent and the nearest person named ('His lawyer said'
-> "Tomas Weir's lawyer"); otherwise the source stays as written. Every sentence is the test's own."""

from __future__ import annotations

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


def test_a_relative_clause_asking_not_to_be_named_keeps_its_subject_the_speaker() -> None:
    body = "Two tenants who asked not to be named said the heating had been off since November."
    assert _speaker_of(body, "Two tenants") == "tenants"


def test_a_relative_clause_hoping_for_something_keeps_its_subject_the_speaker() -> None:
    body = "Local party members who had hoped for another candidate said they would still campaign for him."
    assert _speaker_of(body, "Local party members") == "Local party members"


def test_his_lawyer_speaks_for_the_man_just_named() -> None:
    body = "Cyclist Tomas Weir appeared in court in Dorne on Monday. His lawyer said Weir would deny the charge."
    assert _speaker_of(body, "His lawyer") == "Cyclist Tomas Weir's lawyer"


def test_his_spokesman_after_the_sentences_own_subject_speaks_for_that_subject() -> None:
    body = "Banker Ilan Roth has backed no candidate so far, and his spokesman declined to comment."
    assert _speaker_of(body, "Banker Ilan Roth") == "Banker Ilan Roth's spokesman"


def test_his_lawyer_stays_as_written_when_a_nearer_man_was_only_an_object() -> None:
    body = (
        "Senator Ray Hollis said the witness had lied. "
        "On Thursday, the committee held Aaron Pell in contempt. "
        "His lawyer said Pell would not testify."
    )
    assert _speaker_of(body, "His lawyer") == "His lawyer"
