""" "Dismissed" in the passive of people is a sacking, not a denial: "The manager was dismissed on Sunday", "40 staff
were dismissed"; a report, claim or allegation dismissed, or something dismissed "as" speculation, is still a denial
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import kinds_in


@pytest.mark.parametrize(
    "sentence",
    [
        "The head coach was dismissed on Sunday after a fourth straight defeat.",
        "The union said in a letter to the ministry that 40 nurses were dismissed.",
        "Two prison officers were quickly dismissed, the service said.",
    ],
)
def test_people_dismissed_are_sacked_not_a_denial(sentence: str) -> None:
    assert "denial" not in kinds_in(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was dismissed as speculation by the ministry.",
        "Claims of a cover-up were dismissed by the council on Friday.",
        "The suggestion that staff were paid late was flatly dismissed by the company.",
        "The ministry dismissed the report.",
    ],
)
def test_what_was_said_dismissed_is_still_a_denial(sentence: str) -> None:
    assert kinds_in(sentence) == ["denial"]
