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
- A view, answer, complaint or bet named as its holder's, with one word such as "main" or "central" before it, and told
  after "is that" is the holder's ("Her main argument is that", "Mayor Ruth Kell's answer was that", "The council's bet
  is that"). Guards: "The point is that" and "The case was that of" name no holder.
- "noticed that", "is reaffirming that", "restated its demand", "is continuing to insist" and a "both" floating after
  the auxiliary ("Ana Ortiz and Karl Weber have both argued that") report what the subject holds. Guards: villagers who
  "noticed the smoke" and two men who "have all but given up" report nothing.
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


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Anna Lorne runs the bakery. Her main argument is that the rates rise will close half the shops.",
            "Her main",
            "Anna Lorne",
        ),
        ("Mayor Ruth Kell's answer was that the budget left no room for a new pool.", "Mayor Ruth", "Ruth Kell"),
        ("The union's central complaint is that the new rota breaks the agreement.", "The union", "union"),
        ("The council's bet is that tourists will come back to the pier in the spring.", "The council", "council"),
    ],
)
def test_a_view_or_answer_named_as_its_holders_and_told_after_that_is_theirs(body, opening, speaker):
    assert _speaker_of(body, opening) == speaker


@pytest.mark.parametrize(
    "body, opening",
    [
        ("The point is that nobody knows what the pier will cost.", "The point"),
        ("The case was that of a boy who went missing from the pier in 1998.", "The case"),
    ],
)
def test_a_view_with_no_holder_written_is_nobodys(body, opening):
    assert _speaker_of(body, opening) is None


@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        ("The finance minister noticed that the figures did not add up.", "The finance", "finance minister"),
        ("Attorney General Ana Ortiz is reaffirming that the inquiry will run its course.", "Attorney", "Ana Ortiz"),
        ("The union restated its demand for a 6 percent rise on Monday.", "The union", "union"),
        ("Ana Ortiz is continuing to insist she will publish the papers.", "Ana Ortiz", "Ana Ortiz"),
        (
            "Ana Ortiz and Karl Weber have both argued that the port should stay public.",
            "Ana Ortiz",
            "Ana Ortiz and Karl Weber",
        ),
    ],
)
def test_noticing_reaffirming_and_a_floating_both_report_what_the_subject_holds(body, opening, speaker):
    assert _speaker_of(body, opening) == speaker


@pytest.mark.parametrize(
    "body, opening",
    [
        ("Villagers noticed the smoke at about 9pm on Sunday.", "Villagers"),
        ("The two men have all but given up on the port.", "The two"),
    ],
)
def test_noticing_a_thing_and_all_but_report_nothing(body, opening):
    assert _speaker_of(body, opening) is None
