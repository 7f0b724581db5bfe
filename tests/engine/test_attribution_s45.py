"""Session 45 (issue 14): who said it. "citing" a reason is said by the clause's subject (the lead's ruling: PolNeAR
counts it so); an -ing word before a role is part of the subject's noun phrase; a subordinate clause opened by a measure
of time ("Two days after ...,") gives way to the main clause's cue; a speaker named after "said" and a quotation may be
described ("one organiser involved in the planning") or told when they spoke ("when asked about it")."""

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


@pytest.mark.parametrize(
    "sentence, role",
    [
        (
            "The county's former chief planning officer, who retired in 2021, went further, arguing that the plan "
            "broke the law.",
            "chief planning officer",
        ),
        ("The firm's managing director hit back, saying the claims were false.", "managing director"),
    ],
)
def test_an_ing_word_before_a_role_is_part_of_the_subject(sentence: str, role: str) -> None:
    assert role in (_speaker(sentence) or "")


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Two days after a newspaper reported that the mayor had lied, the council said it would investigate.",
            "council",
        ),
        ("Hours after the bank said it would cut 300 jobs, the union announced a strike ballot.", "union"),
        ("A week after the club confirmed the sale, the manager told reporters he had not been consulted.", "manager"),
    ],
)
def test_the_main_clause_speaks_after_a_clause_opened_by_a_measure_of_time(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            '"We will need every volunteer we can get," said one organiser involved in the planning, who spoke on '
            "condition of anonymity.",
            "organiser",
        ),
        ('"There was never any order to stop," said the station chief known as Mac.', "station chief"),
        ('"Nobody told us anything," said Harwick resident Dan Morley when asked about the closure.', "Dan Morley"),
        ('"We lost," said Ann Lee after the vote.', "Ann Lee"),
    ],
)
def test_a_speaker_after_a_quotation_may_be_described_or_told_when_they_spoke(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


def test_a_clause_after_said_is_still_what_was_said() -> None:
    assert _speaker("The club said Ann Lee had been involved in the planning.") == "club"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "The transport department, in a plan that has angered cyclists across the county, has said it will "
            "remove the lanes.",
            "transport department",
        ),
        ("Harwick council, in a report that has angered residents, said the pool would close.", "Harwick council"),
    ],
)
def test_an_aside_whose_verb_is_a_relative_clause_s_stands_between_subject_and_cue(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Three farming unions rejected the milk price on Friday, saying it would not cover their costs.", "unions"),
        ("Several local groups backed the plan, arguing that the road was unsafe.", "local groups"),
    ],
)
def test_a_plural_body_after_a_count_acts_and_speaks(sentence: str, speaker: str) -> None:
    assert speaker in (_speaker(sentence) or "")
