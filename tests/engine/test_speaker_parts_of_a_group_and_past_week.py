"""Session 38: some of a group spoken of before is a subject after an opening phrase too ('Until the closure, most of
them said'), and 'this past week' between a subject and its cue is a time, as 'on Monday' is ('Ann Mola, the party
chairwoman, this past week announced'). Every sentence is the test's own."""

from __future__ import annotations

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next((c.speaker for c in claims_in(body) if c.text.startswith(opening)), None)


def test_most_of_them_after_an_opening_phrase_speak() -> None:
    body = "The bakers were told in May that the mill would shut. Until the closure, most of them said the work was steady."
    assert _speaker_of(body, "Until the closure") == "most of them"


def test_half_of_us_after_a_day_speak() -> None:
    body = "On Monday, half of us said the vote had been unfair."
    assert _speaker_of(body, "On Monday") == "half of us"


def test_this_past_week_between_the_subject_and_the_cue_is_a_time() -> None:
    body = "Ann Mola, the party chairwoman, this past week announced that a new website would open in June."
    assert _speaker_of(body, "Ann Mola") == "Ann Mola"
