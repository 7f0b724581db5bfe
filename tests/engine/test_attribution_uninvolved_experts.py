"""Who speaks when a party is named with how it stands to what is told ("Experts not involved in the study
said ..."): the whole party, not nothing; and "cautioned that the study showed" is the experts' caution, not the
study's showing."""

from __future__ import annotations

import pytest

from .conftest import speakers_in


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Researchers not involved in the trial said the drug would need a larger test.",
            "Researchers not involved in the trial",
        ),
        ("Nurses involved in the pilot said waiting times would fall.", "Nurses involved in the pilot"),
    ],
)
def test_a_party_and_how_it_stands_to_the_story_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


def test_a_caution_that_a_study_showed_is_the_cautioners() -> None:
    sentence = "Statisticians not involved in the work warned that the study showed a link, not a cause."
    assert speakers_in(sentence) == ["Statisticians not involved in the work"]
