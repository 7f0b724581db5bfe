"""What "is now expected" or "is already estimated" to happen is a passive: nobody named expects it, and its subject
("Costs") is no speaker (issue 14). Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import speaker_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Repair costs are now expected to reach 4 million euros.",
        "Losses from the flood are already estimated at $80 million.",
    ],
)
def test_an_adverb_inside_a_passive_names_no_speaker(sentence: str) -> None:
    assert speaker_of(f"Headline\n{sentence}\n", sentence[:10]) is None


def test_an_active_expectation_keeps_its_speaker() -> None:
    assert speaker_of("Headline\nAnalysts now expect growth of 2% next year.\n", "Analysts") == "Analysts"
