"""Session 45 (issue 14): who said it. "citing" a reason is said by the clause's subject (the lead's ruling: PolNeAR
counts it so)."""

from __future__ import annotations

import pytest

from .test_attribution_cues import _said


def _speaker(sentence: str) -> str | None:
    claims = _said(sentence)
    return claims[0][0] if claims else None


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Northway Rail cancelled 40 trains on Tuesday, citing a strike by signal staff.", "Northway Rail"),
        ("The council shut the Brook Street library in June, citing the cost of repairs.", "council"),
        ("The appeals court halted the demolition in 2019, citing a risk to nearby homes.", "appeals court"),
        ("The county board postponed the vote, citing legal advice.", "county board"),
    ],
)
def test_citing_a_reason_is_said_by_the_subject(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # a source cited still speaks, relayed, never the subject
        ("The Harbour Echo reported the sale, citing three people close to the talks.", "Harbour Echo"),
        ("The ministry shut the port on Monday, citing a report from the harbour police.", "harbour police"),
        # "by citing" was read before and still is
        ("Ann Kessler won over the room by citing her years on the wards.", "Ann Kessler"),
    ],
)
def test_citing_a_source_or_by_citing_is_unchanged(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


def test_a_thing_that_cannot_give_a_reason_does_not_speak() -> None:
    # a participle of citing after a clause opened by "As": whose reason, the subject may not tell
    assert _speaker("As the rain went on, the organisers met again, citing safety.") is None
