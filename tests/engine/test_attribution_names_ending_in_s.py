"""A name written with its own "'s" that speaks ("Moody's said", "Sainsbury's said") keeps it: a possessive takes a
noun, so "X's said" is a name, never "Moody" (issue 14). Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import speaker_of


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Moody's said the outlook for Talvia was negative.", "Moody's"),
        ("Harrod's said it would close two stores in March.", "Harrod's"),
    ],
)
def test_a_name_with_its_own_s_keeps_it(sentence: str, speaker: str) -> None:
    assert speaker_of("Headline\n" + sentence + "\n", sentence[:12]) == speaker


def test_a_possessive_before_a_role_is_still_the_roles() -> None:
    body = "Headline\nHolt's spokesman said the plan was fair.\n"
    assert speaker_of(body, "Holt's spokesman") == "Holt's spokesman"
