"""A count or tally named by no one ("according to the latest count", "the official tally") is nobody's source,
as "official figures" were not (issue 14); one a body owns ("the ministry's estimate") stays the body's. Our own
sentences."""

from __future__ import annotations

import pytest

from .conftest import speaker_of


@pytest.mark.parametrize(
    "sentence",
    [
        "The floods destroyed 212 homes, according to the latest count.",
        "The storm killed 14 people, according to the official tally.",
        "About 3,000 people were evacuated, according to initial estimates.",
    ],
)
def test_a_count_of_nobody_names_no_speaker(sentence: str) -> None:
    assert speaker_of(f"Headline\n{sentence}\n", sentence[:12]) is None


def test_a_bodys_estimate_is_the_bodys() -> None:
    assert speaker_of("Headline\nThe ministry's estimate put the toll at 40.\n", "The ministry") == "ministry"
