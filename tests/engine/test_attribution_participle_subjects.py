"""Who says what a participle of saying opens (issue 14). Our own sentences.

- "The harbour master, Ines Moreau, closed the port, saying ...": the name the role is given.
- "The ministry closed the border, saying it feared an attack": the ministry; "it feared" is what it said.
"""

from __future__ import annotations

from .conftest import speaker_of


def test_a_role_and_its_name_before_a_participle() -> None:
    body = "Headline\nThe harbour master, Ines Moreau, closed the port on Sunday, saying the swell was too high.\n"
    assert speaker_of(body, "The harbour master") == "Ines Moreau"


def test_a_belief_inside_the_participles_clause_is_what_the_subject_said() -> None:
    body = (
        "Headline\nThe shipping firm Arlo Freight reported record profits.\n\n"
        "The interior ministry suspended the search on Friday, saying it believed no one could have survived.\n"
    )
    assert speaker_of(body, "The interior ministry suspended") == "interior ministry"


def test_a_source_closing_the_sentence_after_the_participle_still_speaks() -> None:
    body = "Headline\nLena Holt attacked the budget on Monday, saying it was reckless, her party said.\n"
    assert speaker_of(body, "Lena Holt attacked") == "her party"


def test_a_party_believing_inside_the_participles_clause_is_not_the_source() -> None:
    body = "Headline\nThe interior ministry closed the border crossing on Friday, saying officials feared an attack.\n"
    assert speaker_of(body, "The interior ministry closed") == "interior ministry"
