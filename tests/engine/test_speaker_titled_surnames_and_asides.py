"""A name after a title's abbreviation is no sentence's first word (session 35): 'Mr. Banks', 'Sen. Rivers' are names
even when the surname ends in 's' as plurals do, so a later 'he' or 'she' finds them; and a phrase after a name's comma
that opens with a preposition ('Ann Lee, through a spokesman, declined') tells nothing of the name's gender. Every
sentence is the test's own. The guard passes before the change too."""

from __future__ import annotations

from corpus.extract.entities import find_entities

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


def test_a_surname_ending_in_s_after_a_title_is_a_name() -> None:
    names = [m.surface for m in find_entities("Mr. Banks has been pushing the plan for years.")]
    assert names == ["Banks"]


def test_a_he_after_a_titled_surname_ending_in_s_is_that_man() -> None:
    body = (
        "Tom Hale, the chairman, opened the meeting on Monday. Mr. Banks has been pushing the plan for years. "
        "He said the town could not wait any longer."
    )
    assert _speaker_of(body, "He said the town") == "Banks"


def test_a_lone_word_ending_in_s_opening_a_sentence_stays_no_name() -> None:
    assert find_entities("It rained all day. Dealers said sales were slow.") == []


def test_a_spokesman_after_a_comma_does_not_make_the_speaker_a_man() -> None:
    body = (
        "Roshni Whitby, through a spokesman, declined to comment on Tuesday. Whitby did not back down on her blog. "
        '"I stand by every word," she wrote.'
    )
    assert _speaker_of(body, '"I stand by every word,"') == "Roshni Whitby"
