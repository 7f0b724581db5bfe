"""Who said it (session 33). Every sentence is the test's own. Each case of the first group of a rule fails on the
code before its change; the guards pass before and after.

- "would like to", "would love to": a wish of the subject's own, as "wants to" is ("The campaign would like to hold
  another rally").
- "offered to" and a verb: an offer the subject made ("The mill has offered to pay for the repairs"); not "offered to
  the court a witness".
- "complimented": words, whatever is complimented ("complimented the moderator"), as "decried" and "bemoaned" are.
- "expressed" with how much or whose before the feeling ("expressed deep concern about", "expressed cautious optimism
  that") is said, as "expressed concern" is.
- A cue in the -ing form after "is" and two adverbs at most ("is once again questioning", "is now also calling for") is
  the subject's, as after one ("is again questioning").
"""

from __future__ import annotations

import pytest

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next((c.speaker for c in claims_in(body) if c.text.startswith(opening)), None)


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "The Velmar Port Authority would like to reopen the north quay by June.",
            "The Velmar",
            "Velmar Port Authority",
        ),
        ("Councillor Omar Reyes would love to see the old cinema turned into a library.", "Councillor", "Omar Reyes"),
        ("Brackwell Paper has offered to pay for the repairs to the river wall.", "Brackwell", "Brackwell Paper"),
        ("Senator Ida Varga complimented the moderator of the second debate.", "Senator", "Ida Varga"),
        ("Residents of Hollin Street have expressed deep concern about the new road.", "Residents", "Residents"),
        ("The Dock Workers Union expressed cautious optimism that a deal was near.", "The Dock", "Dock Workers Union"),
        ("Governor Abel Trent is once again questioning the integrity of the count.", "Governor", "Abel Trent"),
    ],
)
def test_wishes_offers_compliments_feelings_and_progressives_are_attributed(body, opening, speaker):
    found = _speaker_of(body, opening)
    assert found is not None and speaker in found


@pytest.mark.parametrize(
    "body, opening",
    [
        ("The judge will decide whether Lars Berg offered to the court a new witness.", "The judge"),
        ("The compliments of the chef were welcome after a long night.", "The compliments"),
        ("The documents raised questions about the sale of the quay.", "The documents"),
        ("The expressed concern of the board was noted in the minutes.", "The expressed"),
    ],
)
def test_offers_to_someone_nouns_and_things_name_no_speaker(body, opening):
    assert _speaker_of(body, opening) is None
