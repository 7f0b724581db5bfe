"""Session 36: a description by age is the person named with that age before ('Ines Haller, 29, ... The 29-year-old
said'), and an age before a role noun does not stop the role finding its person ('the Welsh winger Owen Pryce ... The
21-year-old winger said'), unless the age written with that person's name is another one. Every sentence is the
test's own."""

from __future__ import annotations

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


def test_the_age_alone_is_the_person_named_with_that_age() -> None:
    body = "Ines Haller, 29, withdrew from the Ostend marathon on Friday. The 29-year-old said her knee had not healed."
    assert _speaker_of(body, "The 29-year-old") == "Ines Haller"


def test_the_age_alone_finds_no_one_when_no_age_was_written() -> None:
    body = "Ines Haller withdrew from the Ostend marathon on Friday. The 29-year-old said her knee had not healed."
    assert _speaker_of(body, "The 29-year-old") != "Ines Haller"


def test_an_age_before_a_role_noun_keeps_the_role_found() -> None:
    body = (
        "Rovers have signed the Welsh winger Owen Pryce from Swansea. "
        "The 21-year-old winger said he had wanted to play in the capital."
    )
    assert _speaker_of(body, "The 21-year-old winger") == "Owen Pryce"


def test_an_age_that_differs_from_the_named_persons_finds_no_one() -> None:
    body = (
        "Rovers have signed the Welsh winger Owen Pryce, 19, from Swansea. "
        "The 21-year-old winger said he had wanted to play in the capital."
    )
    assert _speaker_of(body, "The 21-year-old winger") != "Owen Pryce"
