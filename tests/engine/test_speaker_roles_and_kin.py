"""The person in a role speaks, not the place or firm at the end of what the role is of; a kin or a role named
in an appositive before a verb is a referent for a later "he" or "she" (issue 14). Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import speakers_in


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The mayor of a village near Tarbes denied on Friday that he had sold the land.",
            "mayor of a village near Tarbes",
        ),
        (
            "A former sales director of the software firm Quillon told the court that she had signed the invoices.",
            "former sales director of the software firm Quillon",
        ),
        ("The head of a school in Leeds said pupils would return on Monday.", "head of a school"),
    ],
)
def test_the_role_speaks_not_the_name_at_the_end_of_what_it_is_of(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The mayor of Tarbes said the bridge would reopen in May.", "mayor of Tarbes"),
        ("A spokesman for the Finance Ministry said the tax would rise.", "spokesman for the Finance Ministry"),
        ("The chief executive of Quillon, Ines Duval, said sales would fall.", "Ines Duval"),
    ],
)
def test_roles_of_named_places_and_bodies_and_named_roles_are_unchanged(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


def test_he_is_the_kin_named_in_the_sentence_before() -> None:
    body = (
        "Paul Girard denied the charges on Monday.\n"
        "His lawyer, Claire Roux, said the main witness was lying.\n"
        "His cousin, Marc Vidal, is expected to testify next week.\n"
        "He has denied any wrongdoing.\n"
    )
    assert speakers_in(body)[-1] == "Marc Vidal"


def test_he_is_the_one_named_after_a_role_before_a_verb_to_come() -> None:
    body = (
        "Paul Girard denied the charges on Monday.\n"
        "The firm's former accountant, Thomas Laval, is due to give evidence on Thursday.\n"
        "He told investigators last year that the invoices were false.\n"
    )
    assert speakers_in(body)[-1] == "Thomas Laval"


def test_the_mayor_is_not_a_governor_named_before() -> None:
    body = (
        "Governor Ellen Marsh declared a state of emergency in Dale County on Sunday.\n"
        '"We will rebuild every house," the mayor said.\n'
        "The governor said state aid was on its way.\n"
    )
    assert speakers_in(body) == ["Ellen Marsh", "mayor", "Ellen Marsh"]
