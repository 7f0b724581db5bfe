"""A verb of asserting before a bare clause ("maintains the figure is ...") and data named after the comma that
closes a sentence ("..., port data show") are cues (issue 14). Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import speakers_in


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The union maintains the turnout was closer to 4,000.", "union"),
        ("The airline has always maintained the engine was safe.", "airline"),
        ("Forty ferries are now held in port, harbour data show.", "harbour data"),
        ("Imports fell 6% in May, customs data showed on Friday.", "customs data"),
    ],
)
def test_the_cue_is_read(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council maintains the bridge and the roads around it.",
        "The mayor praised the firefighters who were at the scene.",
        "Unemployment rose to 5.1% in May, official figures showed.",  # nobody's figures: no speaker
    ],
)
def test_no_speaker_without_a_statement(sentence: str) -> None:
    assert speakers_in(sentence) in ([None], [])


def test_a_denial_told_after_noting_that_is_what_the_subject_noted() -> None:
    body = (
        "The carmaker Velmar said it would close its plant in Orsk.\n"
        'Unions called the decision "a betrayal", noting that the company had denied the plan in March.\n'
    )
    assert speakers_in(body)[-1] == "Unions"
