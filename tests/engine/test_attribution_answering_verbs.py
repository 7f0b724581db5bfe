"""Verbs of answering and agreeing after a quotation ('"...," countered the senator', '"...," agreed Lee'),
'countered' or 'interjected' as cues only with what was said, and unnamed sources with what makes them informed
('a source close to the talks', not 'the talks' nor 'a source close')."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _speaker_of(body: str, opening: str) -> str | None:
    """The speaker of the sentence opening so; None when it has none or is no claim at all."""
    claims, _ = extract_article(make_article(body))
    found = [c for c in claims if c.text.startswith(opening)]
    return found[0].speaker if found else None


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
    assert _speaker_of(body, '"') == speaker


def test_countered_and_interjected_report_only_what_was_said() -> None:
    assert _speaker_of("Senator Ida Brun countered that the budget would not balance.", "Senator") == "Ida Brun"
    assert _speaker_of("Dan Ryle interjected: “So the tax will rise?”", "Dan Ryle") == "Dan Ryle"
    assert _speaker_of("The army countered the attack on the bridge within an hour.", "The army") is None


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
    assert _speaker_of(body, '"') == speaker
