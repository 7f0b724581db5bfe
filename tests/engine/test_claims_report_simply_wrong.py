"""A report said to be wrong with an adverb before the word ("was simply wrong", "is completely incorrect") is denied,
as "was wrong" is (issue 12). Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import claims_in


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said the report that 40 people had died was simply wrong.",
        "A spokesman said claims that the plant would close were completely incorrect.",
    ],
)
def test_a_report_said_to_be_wrong_with_an_adverb_is_denied(sentence: str) -> None:
    [claim] = claims_in("Headline\n" + sentence + "\n")
    assert claim.kind == "denial"
