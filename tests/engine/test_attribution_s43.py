"""Session 43 (issue 14): subject spans that must not stop at a place or a date inside a longer subject, and what is
said inside a relative clause opened by "whose"."""

from __future__ import annotations

import pytest

from .test_attribution_cues import _said


def _speaker(sentence: str) -> str | None:
    claims = _said(sentence)
    return claims[0][0] if claims else None


def test_a_place_inside_a_long_subject_is_not_who_acts() -> None:
    sentence = (
        "Several of the relatives of those who died in the fire at Merrow House in Dunham, Ohio, have filed a "
        "lawsuit against the landlord."
    )
    assert "Merrow House" not in (_speaker(sentence) or "")


def test_a_year_then_the_clauses_next_verb_is_no_subject() -> None:
    sentence = (
        "Farrell, who had covered the league for the paper since 2004 and most recently wrote about its finances, "
        "was sacked on Friday."
    )
    assert "2004" not in (_speaker(sentence) or "")


def test_what_a_body_said_inside_a_whose_clause_is_its_claim() -> None:
    claims = _said("Portland Water is suing Delta Pipes, whose valves it said had failed.")
    assert claims and claims[0][0] == "Portland Water"
    assert claims[0][1][0][2] == "had failed"


def test_the_subject_of_a_whose_clause_speaks_not_the_thing_it_names() -> None:
    claims = _said("The council closed the bridge, whose cables the engineers said were corroded.")
    assert claims and claims[0][0] == "engineers"
    assert claims[0][1][0][0] == "the engineers"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The harbour board voted 6-3 on Tuesday night to sell the old ferry terminal.", "harbour board"),
        ("A Senate committee voted Thursday to subpoena the former treasurer.", "Senate committee"),
        ("The appeals court voted 7 to 2 in March to hear the case again.", "appeals court"),
        ("The planning committee voted 5-4 along party lines, to approve the tower.", "planning committee"),
        ("Parish council votes to close the village hall.", "Parish council"),
    ],
)
def test_a_vote_with_its_side_after_a_day_or_its_lines_is_the_voters_stance(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The council voted on Tuesday for the first time since the flood.",  # no side taken
        "The governor has the votes to pass the budget.",  # the noun
        "The motion won 52 votes to 41.",  # a tally
    ],
)
def test_a_vote_that_takes_no_side_stays_nobodys(sentence: str) -> None:
    assert _speaker(sentence) is None


def test_a_role_or_body_named_by_its_head_says_what_follows_its_second_verb() -> None:
    assert _speaker("The judge rubbed his eyes, and then said the verdict would wait until Monday.") == "judge"
    assert _speaker("The court adjourned and said it would rule in June.") is not None


def test_a_longer_object_then_what_it_is_called_is_a_judgement() -> None:
    sentence = "Councillors called the fine and the demand for an apology a transparent ploy."
    assert _speaker(sentence) == "Councillors"


def test_two_asides_between_a_name_and_its_act_then_a_participle_of_saying() -> None:
    sentence = (
        "Sen. Ada Ruiz, D-Vel., who faces a hard race in the autumn, dropped her support for the bill, saying it "
        "would hurt farmers."
    )
    assert _speaker(sentence) == "Ada Ruiz"
