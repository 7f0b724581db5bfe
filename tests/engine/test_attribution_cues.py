"""Reporting cues of the lexicon (corpus/extract/cues.py), one rule per test, on our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.cues import FINITE, PROGRESSIVE, forms

from .conftest import make_article


def _said(body: str) -> list[tuple[str | None, list[tuple[str | None, str | None, str]]]]:
    """(speaker, [(source, cue, content) as written]) of each claim."""
    claims, _ = extract_article(make_article(body))
    out = []
    for claim in claims:
        spans = [
            (
                body[a.source_start : a.source_end] if a.source_start is not None else None,
                body[a.cue_start : a.cue_end] if a.cue_start is not None else None,
                body[a.content_start : a.content_end],
            )
            for a in claim.attributions
        ]
        out.append((claim.speaker, spans))
    return out


def test_inflection_covers_regular_and_irregular_verbs() -> None:
    assert forms("deny") == ("denies", "denied", "denying")
    assert forms("note") == ("notes", "noted", "noting")
    assert forms("tell") == ("tells", "told", "telling")
    assert forms("admit") == ("admits", "admitted", "admitting")
    assert {"threatened", "acknowledges", "insisted"} <= FINITE and "claiming" in PROGRESSIVE


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("The harbour authority pointed out that ferries had resumed on Monday.", "harbour authority", "pointed out"),
        ("The mining company declined to comment on the planned closures.", "mining company", "declined to comment"),
        ("The ministry issued a statement denying that troops had crossed the border.", "ministry", "issued a statement"),
        ("The rebel commander threatened that the convoy would be stopped at the bridge.", "rebel commander", "threatened"),
        ("Planning officer Lina Moser acknowledged that the permit had expired.", "Lina Moser", "acknowledged"),
    ],
)
def test_verbs_and_phrases_of_the_lexicon_name_their_subject(sentence, speaker, cue) -> None:
    ((got, spans),) = _said(sentence)
    assert got == speaker
    assert spans[0][1] == cue


def test_a_progressive_cue_counts_after_a_form_of_be() -> None:
    ((got, spans),) = _said("Governor Ellen Park is claiming that the new bridge will open in May.")
    assert got == "Ellen Park"
    assert spans[0] == ("Governor Ellen Park", "claiming", "the new bridge will open in May")


def test_a_cue_that_also_names_an_action_needs_a_complement() -> None:
    # "demanding a pay rise" and "welcomed the move" are actions; "welcomed the ruling as fair" reports a view.
    assert _said("The union is demanding a 12% pay rise from the owners this year.")[0][0] is None
    assert _said("Local traders welcomed the new ferry timetable last week.")[0][0] is None
    assert _said("The farmers' federation welcomed the ruling as a fair compromise.")[0][0] == "farmers' federation"


def test_a_wider_cue_never_outranks_according_to() -> None:
    ((got, _),) = _said("According to the port authority, 40 ships were delayed, and traders criticised that decision.")
    assert got == "port authority"


def test_a_noun_that_looks_like_a_cue_is_no_attribution() -> None:
    assert _said("His claims were dismissed by the court as groundless last week.")[0][0] is None


def test_a_modal_subject_is_not_a_speaker() -> None:
    # "would assert" is a prediction about the witness, not a statement by him.
    assert _said("Lawyers expected that the witness would assert his right to stay silent.")[0][0] == "Lawyers"


def test_a_quotation_signed_with_a_dash_names_its_speaker() -> None:
    said = _said("The council met on Monday to discuss the harbour.\n\n“The harbour will be rebuilt before winter. "
                 "Every family will get help.” ― Ana Ruiz")
    assert [s for s, _ in said] == [None, "Ana Ruiz"]
    assert said[1][1][0][:2] == ("Ana Ruiz", "―")


def test_a_share_of_respondents_is_a_source() -> None:
    ((got, _),) = _said("In the survey, 63 percent said the harbour tax was too high.")
    assert got == "63 percent"


def test_a_leading_conjunction_and_a_trailing_adverb_are_not_part_of_the_subject() -> None:
    ((got, spans),) = _said("But Councillor Ines Brandt apparently thinks the ferry plan is too costly.")
    assert got == "Ines Brandt" and spans[0][0] == "Councillor Ines Brandt"


def test_age_and_home_town_are_asides_before_the_cue() -> None:
    ((got, _),) = _said("Dora Lind, 59, of Ashton, Md., who watched the launch from the quay, said it was moving.")
    assert got == "Dora Lind"
