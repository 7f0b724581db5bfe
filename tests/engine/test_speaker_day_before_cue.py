"""A day between the speaker and the cue is when it was said, never who said it, however the day is written ("on
Dec. 30", "on 30 December"), as "on Monday" already was (issue 14). Our own sentences."""

from __future__ import annotations

from .conftest import speakers_in


def test_a_day_written_with_an_abbreviated_month_or_before_the_month_is_no_speaker() -> None:
    assert speakers_in("The ministry on Dec. 30 said 40 people had died in the floods.") == ["ministry"]
    assert speakers_in("The ministry on 30 December said 40 people had died in the floods.") == ["ministry"]


def test_a_day_after_the_month_was_already_read_as_a_time() -> None:
    assert speakers_in("The ministry on December 30 said 40 people had died in the floods.") == ["ministry"]
