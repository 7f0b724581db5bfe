"""Who admits, acknowledges, concedes or reveals that someone else had reported something is the speaker (issue 14):
these verbs report speech, so the reported act inside their clause ("a worker had reported a leak") does not name
the source. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import speaker_of


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Norvale Foods acknowledged on Friday that a driver had reported a faulty brake a week earlier.",
            "Norvale Foods",
        ),
        ("The council admitted that residents had warned it about the flooding.", "council"),
        ("The club conceded that two players had told coaches about the injury.", "club"),
        ("The regulator revealed that the bank had reported the breach in March.", "regulator"),
    ],
)
def test_the_one_who_admits_is_the_speaker(sentence: str, speaker: str) -> None:
    assert speaker_of(f"Headline\n{sentence}\n", sentence[:12]) == speaker
