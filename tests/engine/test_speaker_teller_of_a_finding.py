"""A count, a test or an inquiry that "confirmed" something is no speaker when a party's saying closes the sentence:
that party reported it (issue 14). Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import claims_in


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "A recount has confirmed Ola Brand as the winner, with her margin cut to 212 votes, officials said on Monday.",
            "officials",
        ),
        (
            "Laboratory tests confirmed the presence of the parasite in the reservoir, the water board said.",
            "water board",
        ),
        ("An autopsy confirmed the climber died of exposure, police said.", "police"),
    ],
)
def test_the_party_saying_closes_the_sentence_reports_the_finding(sentence: str, speaker: str) -> None:
    (claim,) = claims_in(sentence)
    assert claim.speaker == speaker


def test_a_party_that_confirmed_keeps_the_sentence() -> None:
    (claim,) = claims_in("The mill's owner confirmed the closure, a union official said.")
    assert claim.speaker == "mill's owner"
