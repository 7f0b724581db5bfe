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
- A pronoun after a speaker described by a role and the body it serves ("A spokesman for the county fire service said
  ... He said") is that speaker; a name closed by a word of a body's trade ("Southmoor Rail") is a later "it"; a
  gendered role noun as the subject, after a possessor or an opening phrase ("At the briefing, the prime minister's
  spokeswoman was asked ... She said"), is a later "she" (guard: not when a name follows it in an appositive).
- A paper's own report ("..., the Daily Flash can reveal.", "..., Sportsline understands."); "advised passengers not to
  travel"; "judged that"; "would only say that"; "repeated the accusation in parliament".
- Agent plurals ("Organisers", "Campaigners", "Inspectors") are a party when capitalised to open a sentence too.
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


# A pronoun after a speaker described by a role and the body it serves ("A spokesman for the county fire service
# said ... He said ...") is that speaker: the role is one person, whatever body closes the phrase.
# A name closed by a word of a body's trade ("Southmoor Rail", "Thames Water", "Coldbrook Breweries") is a body: a later
# "It said" is it.
# A role noun with a gender ("spokeswoman", "chairman") as the subject, with a possessor or an opening phrase before
# it ("At the briefing, the prime minister's spokeswoman was asked ...") is a later "she" or "he"; not when a name
# follows in an appositive ("the victim's daughter, Janet Price, said"): the name is.
@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "Fire crews were called to a barn near Oxley on Sunday. A spokesman for the county fire service said the "
            "fire had started in a hay store. He said nobody had been hurt.",
            "He said",
            "spokesman for the county fire service",
        ),
        (
            "Southmoor Rail said it was disappointed by the strike. It said it would run a third of its trains.",
            "It said",
            "Southmoor Rail",
        ),
        (
            "At the morning briefing, the prime minister's spokeswoman was asked about the fuel duty rise. She said no "
            "decision had been taken.",
            "She said",
            "spokeswoman",
        ),
    ],
)
def test_pronouns_after_described_speakers_and_trade_named_bodies(body, opening, speaker):
    found = _speaker_of(body, opening)
    assert found is not None and speaker in found


def test_a_described_subject_named_in_an_appositive_stays_the_name():
    body = (
        "In a statement read to the court, the victim's daughter, Ruth Okoye, said the family was broken. "
        '"I still set a place for him," she said.'
    )
    assert _speaker_of(body, '"I still') == "Ruth Okoye"


# A paper's own report: "..., the Daily Flash can reveal.", "..., Sportsline understands." (closing), "X can reveal
# that"; not "The documents can reveal a great deal" (what may be found, nothing reported).
# "advised passengers not to travel", "recommended patients to rest": what someone was advised to do (not "advised the
# company on the merger"). "judged that": a view set down. "would only say that", "would say only that": a saying
# kept short. "repeated the accusation in parliament": the words said again, named by what they were.
@pytest.mark.parametrize(
    "body, opening, speaker",
    [
        (
            "The weather was mild. TV chef Ravi Mann has split from his wife, the Daily Flash can reveal.",
            "TV chef",
            "Daily Flash",
        ),
        (
            "The weather was mild. Westbury are ready to bid for Tom Osei, Sportsline understands.",
            "Westbury",
            "Sportsline",
        ),
        (
            "The weather was mild. Ferrybridge Rail has advised passengers not to travel on Thursday.",
            "Ferrybridge",
            "Ferrybridge Rail",
        ),
        (
            "The weather was mild. Most members of the committee judged that inflation would ease next year.",
            "Most members",
            "members",
        ),
        (
            "The weather was mild. Coach Tom Hale would only say that the club was talking to two players.",
            "Coach",
            "Tom Hale",
        ),
        (
            "The weather was mild. Senator Ida Varga repeated the accusation in parliament on Thursday.",
            "Senator",
            "Ida Varga",
        ),
    ],
)
def test_papers_reports_advice_judgements_short_sayings_and_repeated_accusations(body, opening, speaker):
    found = _speaker_of(body, opening)
    assert found is not None and speaker in found


@pytest.mark.parametrize(
    "body, opening",
    [
        ("The weather was mild. The documents can reveal a great deal about the firm.", "The documents"),
        ("The weather was mild. Kessler Bank advised the company on the merger.", "Kessler Bank"),
        ("The weather was mild. Lena Moss repeated the test on Monday.", "Lena Moss"),
    ],
)
def test_capabilities_advice_on_something_and_repeated_acts_name_no_speaker(body, opening):
    assert _speaker_of(body, opening) is None


def test_capitalised_agent_plurals_opening_a_sentence_are_a_later_they():
    # "Organisers", "Campaigners", "Inspectors" opening a sentence are a party, as "organisers" inside one is (a
    # capitalised "-ers" word alone may be a surname: "Sanders"); a later "They said" is them.
    body = "Organisers of the Kelby folk festival have cancelled the event. They said all ticket holders would be refunded."
    found = _speaker_of(body, "They said")
    assert found is not None and found.startswith("Organisers")
