"""Who said it (session 41). Every sentence is the test's own. Each case of the first group of a rule fails on the
code before its change; the guards pass before and after.

- A title-case headline whose cue word is a plural noun before its own verb holds nobody's words: "Peace Hopes Fade As
  Talks Stall", "Harbour Strike Fears Grow In Kelmouth", "Velmar Champions Defend Title In Final". Guards: "Ana Ortiz
  Hopes Port Deal Will Pass" and "Senator Calls On Council To Resign" keep their speaker.
"""

from __future__ import annotations

import pytest

from .conftest import claims_in

_BODY_AFTER = "\n\nThe council met on Monday to discuss the harbour."


def _speaker_of(body: str, opening: str) -> str | None:
    claim = next((c for c in claims_in(body) if c.text.startswith(opening)), None)
    return claim.speaker if claim else None


@pytest.mark.parametrize(
    "headline",
    [
        "Peace Hopes Fade As Talks Stall.",
        "Harbour Strike Fears Grow In Kelmouth.",
        "Velmar Champions Defend Title In Final.",
        "Ceasefire Doubts Mount In The North.",
    ],
)
def test_a_headlines_plural_noun_before_its_verb_is_nobodys_cue(headline):
    assert _speaker_of(headline + _BODY_AFTER, headline[:8]) is None


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Ana Ortiz Hopes Port Deal Will Pass.", "Ana Ortiz"),
        ("Senator Calls On Council To Resign.", "Senator"),
    ],
)
def test_a_headlines_cue_verb_after_a_name_keeps_its_speaker(headline, speaker):
    assert _speaker_of(headline + _BODY_AFTER, headline[:8]) == speaker
