"""A report's noun read as a cue verb gives no speaker: in "The new estimate ranges from $4.3 billion to $5.2 billion"
nobody estimates, and "new" is no source (issue 14: never show a speaker the text did not name). Our own sentences."""

from __future__ import annotations

from .conftest import speakers_in


def test_a_determiner_and_an_adjective_before_a_reports_noun_are_no_speaker() -> None:
    assert speakers_in("The new estimate ranges from $4.3 billion to $5.2 billion, the fourth in two years.") == [None]
    assert speakers_in("The latest estimate puts the cost of the tunnel at $900 million.") == [None]


def test_a_noun_after_the_determiner_is_still_the_speaker() -> None:
    assert speakers_in("The official said the tunnel would cost $900 million.") == ["official"]
    assert speakers_in("The new owners said the plant would stay open with 400 jobs.") == ["new owners"]
