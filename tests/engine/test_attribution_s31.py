"""Who said it (session 31). Every sentence is the test's own. Each case of the first group of a rule fails on the
code before its change; the guards pass before and after.

- "it" never stands for a person described by a role ("the committee aide", "a bank employee"): with no body to refer
  to, it stays unresolved rather than take the person.
- A quantity of a party said by the way ("A number of lawmakers", "a handful of residents") is no part of the source:
  the party speaks, not the body named after "of" ("A number of members of Parliament" is not Parliament).
- A dashed aside right after an appositive ("Ann Lee, the head of X -- the firm that owns Y -- said") closes the
  appositive as a second comma would: the name speaks, not the role.
"""

from __future__ import annotations

import pytest

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


def _kept(body: str, opening: str) -> bool:
    return any(c.text.startswith(opening) for c in claims_in(body))


@pytest.mark.parametrize(
    "body, opening, person",
    [
        (
            'The committee aide said the report was thorough. "Only 12 of the 40 witnesses had been questioned before," '
            "it stated.",
            '"Only 12 of the 40',
            "committee aide",
        ),
        (
            'A bank employee told reporters the vault was empty. "About 300 boxes were opened at the branch," it added.',
            '"About 300 boxes',
            "bank employee",
        ),
    ],
)
def test_it_is_never_a_person_described_by_a_role(body, opening, person):
    assert _kept(body, opening)  # its figures are kept
    assert _speaker_of(body, opening) != person


def test_it_is_still_the_body_that_spoke():
    body = "The Harbour Board said the pier would close in May. It said repairs would take a year."
    assert _speaker_of(body, "It said") == "Harbour Board"


@pytest.mark.parametrize(
    "body, speaker",
    [
        ("A number of other members of Parliament said the scheme lacked oversight.", "members of Parliament"),
        ("A handful of residents said the road had flooded twice since March.", "residents"),
        ("A number of lawmakers said the vote would be delayed until June.", "lawmakers"),
    ],
)
def test_a_quantity_of_a_party_is_no_part_of_the_source(body, speaker):
    assert claims_in(body)[0].speaker == speaker


@pytest.mark.parametrize(
    "body",
    [
        "Tom Marsh, the chief executive of Delta Media — the company that owns the station — told the Courier that "
        "ratings had doubled.",
        "Tom Marsh, the chief executive of Delta Media -- the company that owns the station -- told the Courier that "
        "ratings had doubled.",
    ],
)
def test_a_dashed_aside_closes_the_appositive_before_it(body):
    assert claims_in(body)[0].speaker == "Tom Marsh"


def test_a_dashed_aside_after_a_bare_subject_leaves_it_alone():
    body = "The minister — who lost her seat in 2019 — said the plan would fail."
    assert claims_in(body)[0].speaker == "minister"
