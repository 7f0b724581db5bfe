"""Who said it (session 41). Every sentence is the test's own. Each case of the first group of a rule fails on the
code before its change; the guards pass before and after.

- A title-case headline whose cue word is a plural noun before its own verb holds nobody's words: "Peace Hopes Fade As
  Talks Stall", "Harbour Strike Fears Grow In Kelmouth", "Velmar Champions Defend Title In Final". Guards: "Ana Ortiz
  Hopes Port Deal Will Pass" and "Senator Calls On Council To Resign" keep their speaker.
- A title-case headline gives its words to the person or role it names before "on" and a topic and a colon ("Rail Boss
  on Strike: Fares Will Have to Rise"), before "On Why" or "On How" ("John Ward On Why Small Ports Still Matter"), or
  before a verb of speaking, seeing or judging with a quotation after it ("Tom Hale Speaks ‘Plainly’ To Dairy
  Farmers"). Guards: a page's standing feature ("Morning Briefing on the Storm: ..."), common words ("Notes on Camp:
  ...", "Focus on Jobs: ...", "Live Updates on the Storm: ...") and a place bracing for a quoted storm name nobody.
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


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Rail Boss on Strike: Fares Will Have to Rise.", "Rail Boss"),
        ("Ana Ortiz on Harbour Dredging: Nobody Asked the Town.", "Ana Ortiz"),
        ("Harbour Chief on Dredging: ‘We Were Never Consulted’.", "Harbour Chief"),
        ("John Ward On Why Small Ports Still Matter.", "John Ward"),
        ("Tom Hale Speaks ‘Plainly’ To Dairy Farmers.", "Tom Hale"),
        ("Karl Weber Sees ‘Lost Decade’ For Small Ports.", "Karl Weber"),
    ],
)
def test_a_headline_gives_its_words_to_whom_it_names_before_a_topic_or_a_quotation(headline, speaker):
    assert _speaker_of(headline + _BODY_AFTER, headline[:8]) == speaker


@pytest.mark.parametrize(
    "headline",
    [
        "Morning Briefing on the Storm: Roads Closed Across the North.",
        "Notes on Camp: What the Season Taught Us.",
        "Focus on Jobs: A Town Rebuilds After the Mill.",
        "Live Updates on the Storm: Roads Closed Across the North.",
        "Harbour Town Braces ‘Worst Storm In Decades’.",
    ],
)
def test_a_headline_of_common_words_before_a_topic_or_a_quotation_names_nobody(headline):
    assert _speaker_of(headline + _BODY_AFTER, headline[:8]) is None
