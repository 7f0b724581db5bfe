"""An inverted cue whose speaker is a body followed only by when or how it spoke (", said the ministry on
Sunday.", ", said the agency in a statement.") names the body; "late"/"early" before the day is no part of
who spoke. A clause after the body ("said the ministry on Sunday was closed") is what was said."""

from __future__ import annotations

import pytest

from .conftest import speakers_in


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Turnout in the ferry vote was 58 percent, said the county clerk's office on Sunday.",
            "county clerk's office",
        ),
        ("Eleven sailors were rescued, said the coastguard late on Tuesday.", "coastguard"),
        ("Nine flights were cancelled, said the airline in a statement.", "airline"),
        ("Turnout was 58 percent, according to the electoral board early on Monday.", "electoral board"),
    ],
)
def test_a_body_then_when_or_how_it_spoke_is_the_speaker(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


def test_a_clause_after_the_body_is_what_was_said() -> None:
    assert speakers_in("The depot shut, said the ministry on Sunday was closed for repairs.") != ["ministry"]
