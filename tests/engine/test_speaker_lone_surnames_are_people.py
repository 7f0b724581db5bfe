"""A lone surname that speaks is a person's, so a later 'he' or 'she' finds them (session 35): after an honorific
whatever the surname looks like ('Mr. Sanders', 'Ms. Shanklin-Hawkins'), and alone when it ends in '-an' as adjectives
do ('Brafman said'), unless the word names a country, a capital or a nationality. Every sentence is the test's own.
The guards pass before the change too."""

from __future__ import annotations

import pytest

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


def test_a_surname_after_an_honorific_is_the_person_a_later_he_is() -> None:
    body = (
        'The party chairman, Jay Pollard, said the rules were fair. "We think we have a path to victory," '
        "Mr. Sanders said. He also said the closed primary system was unfair."
    )
    assert _speaker_of(body, "He also said") == "Sanders"


def test_a_hyphenated_surname_after_ms_is_the_woman_a_later_she_is() -> None:
    body = (
        '"I like working with my hands," said Robin Maynard, who has worked at the plant for 20 years. '
        'Ms. Okafor-Brandt said she, too, enjoyed the work. "I missed birthdays and weddings," she said.'
    )
    assert _speaker_of(body, '"I missed birthdays') == "Okafor-Brandt"


def test_a_lone_surname_ending_in_an_that_speaks_is_a_person() -> None:
    body = (
        'Defence lawyer Brafman said, "No case like this one has ever been brought." '
        'He added, "The prosecution has been anything but ordinary."'
    )
    assert _speaker_of(body, "He added") == "Brafman"


@pytest.mark.parametrize(
    "body, opening",
    [
        # a capital that speaks is its government, never a man
        ("Tehran said the talks had failed. He added that new sanctions would follow.", "He added"),
        # a country ending in '-an' likewise
        ("Japan said the talks had failed. He added that new sanctions would follow.", "He added"),
    ],
)
def test_a_capital_or_country_ending_in_an_is_no_he(body: str, opening: str) -> None:
    assert _speaker_of(body, opening) is None
