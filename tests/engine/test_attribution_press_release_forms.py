"""Press-release forms: "Orlen Biotech today announced" (the company, not "Orlen Biotech today") and "said Dr. Mia
Kross, Chief Scientific Officer." (the person, not her capitalised title). Our own sentences."""

from __future__ import annotations

import pytest

from tests.engine.conftest import speakers_with_text


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Orlen Biotech today announced that its vaccine cut infections by 41% in a trial of 2,300 adults.",
            "Orlen Biotech",
        ),
        ("The port authority yesterday confirmed that 14 cranes were out of service.", "port authority"),
        ('"The data are very encouraging," said Dr. Mia Kross, Chief Scientific Officer.', "Mia Kross"),
        ('"We expect to file this year," said Tom Ferrand, Senior Vice President of Research.', "Tom Ferrand"),
    ],
)
def test_the_speaker_of_a_press_release_sentence(body: str, speaker: str) -> None:
    assert [s for s, _ in speakers_with_text(body)] == [speaker]


def test_a_role_then_a_name_still_gives_the_name() -> None:
    assert [s for s, _ in speakers_with_text('"We are delighted," said the company\'s founder, Tom Reyes.')] == [
        "Tom Reyes"
    ]
