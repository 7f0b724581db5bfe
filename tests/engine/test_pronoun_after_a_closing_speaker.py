"""A 'she' or 'he' after a sentence whose speaker closes it ('The Kessler plan is bold, said Ann Lee, the firm's
director. "...," she said') is that speaker, not a name the sentence opened with (session 27). Every sentence is the
test's own. Guards that pass before the change too: a speaker opening the sentence, a pronoun of the other gender."""

from __future__ import annotations

import pytest

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Ann Kessler has a large staff. The Kessler approach works because of its money, said Maria Lund, the "
            'site\'s outreach director. Smaller campaigns are "having to be leaner," she said.',
            "Smaller campaigns",
            "Maria Lund",
        ),
        (
            "Tom Brannock won the seat in May. The Brannock campaign spent twice as much as its rivals, said Peter "
            "Holm, a professor at Ostra University. Money alone does not win seats, he added.",
            "Money alone",
            "Peter Holm",
        ),
    ],
)
def test_a_pronoun_after_a_closing_speaker_is_that_speaker(body: str, opening: str, speaker: str) -> None:
    assert _speaker_of(body, opening) == speaker


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Maria Lund said the Kessler approach works because of its money. Smaller campaigns are leaner, she said.",
            "Smaller campaigns",
            "Maria Lund",
        ),
        (
            "Ann Kessler spoke first. The Kessler plan is bold, said Tom Brannock, the party's chairman. "
            "It will cost too much, she said.",
            "It will cost",
            "Ann Kessler",
        ),
    ],
)
def test_guards(body: str, opening: str, speaker: str) -> None:
    assert _speaker_of(body, opening) == speaker
