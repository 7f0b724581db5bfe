"""Verbs of answering and agreeing after a quotation ('"...," countered the senator', '"...," agreed Lee'),
'countered' or 'interjected' as cues only with what was said, and unnamed sources with what makes them informed
('a source close to the talks', not 'the talks' nor 'a source close')."""

from __future__ import annotations

import pytest

from .conftest import speaker_of


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"The budget will not balance itself," countered Senator Ida Brun.',
            "Ida Brun",
        ),
        (
            '"Nobody was hurt in the fire," confirmed police spokesman Tom Berg.',
            "Tom Berg",
        ),
        ('"No, the port will stay open," answered Mayor Olga Brenner.', "Olga Brenner"),
        (
            '"That figure is simply wrong," retorted Ann Lee, the harbour master.',
            "Ann Lee",
        ),
        (
            '"Our ideas of success are different," agrees Petra Sand, a teacher in Ostra.',
            "Petra Sand",
        ),
    ],
)
def test_a_verb_of_answering_after_a_quotation_names_who_speaks(body: str, speaker: str) -> None:
    assert speaker_of(body, '"', claim_needed=False) == speaker


def test_countered_and_interjected_report_only_what_was_said() -> None:
    assert (
        speaker_of("Senator Ida Brun countered that the budget would not balance.", "Senator", claim_needed=False)
        == "Ida Brun"
    )
    assert speaker_of("Dan Ryle interjected: “So the tax will rise?”", "Dan Ryle", claim_needed=False) == "Dan Ryle"
    assert (
        speaker_of("The army countered the attack on the bridge within an hour.", "The army", claim_needed=False)
        is None
    )


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            '"It is a done deal," said a source close to the talks.',
            "source close to the talks",
        ),
        (
            '"It is a done deal," said an official involved in the negotiations.',
            "official involved in the negotiations",
        ),
        (
            '"The drop is due to the audit," said a person close to the Brenner family.',
            "person close to the Brenner family",
        ),
    ],
)
def test_an_unnamed_source_keeps_what_makes_them_informed(body: str, speaker: str) -> None:
    assert speaker_of(body, '"', claim_needed=False) == speaker
