"""A text lodged with a body speaks, not the body that received it: "a filing with the Securities and Exchange
Commission", "a complaint filed with the regulator", "testimony before the committee" (sentences written for these
tests); the author named with "by" still speaks ("a filing by the Justice Department")."""

from __future__ import annotations

import pytest

from .conftest import speakers_in


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The filing with the Securities and Exchange Commission put the cost of the plan at $210 million.", "filing"),
        ("Records of 90,000 customers were exposed, according to a filing with the state attorney general.", "filing"),
        (
            "According to a complaint filed with the Consumer Council, the firm billed 7,000 customers twice.",
            "complaint",
        ),
        (
            "According to a court filing by the Justice Department, the broker paid $3 million in fees.",
            "Justice Department",
        ),
    ],
)
def test_the_text_speaks_not_the_body_it_was_lodged_with(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]
