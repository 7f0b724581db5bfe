"""Session 43 (issue 14): subject spans that must not stop at a place or a date inside a longer subject, and what is
said inside a relative clause opened by "whose"."""

from __future__ import annotations

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
