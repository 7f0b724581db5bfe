"""Something turned down, told in the passive ("had a £15m bid rejected", "His appeal was dismissed"), is an act, not a
denial of a report; a report or claim rejected stays a denial. Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from tests.engine.conftest import make_article


def _kinds(sentence: str) -> list[str]:
    claims, _ = extract_article(make_article("Head\n" + sentence + "\n"))
    return [c.kind for c in claims if not c.text.startswith("Head")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Harford United had a £9m bid rejected by Lorne City last week before returning with a higher offer.",
        "Her appeal against the planning decision was dismissed by the High Court on Monday.",
    ],
)
def test_a_turned_down_bid_or_appeal_is_no_denial(sentence: str) -> None:
    assert "denial" not in _kinds(sentence)


def test_a_rejected_report_is_still_a_denial() -> None:
    assert _kinds("Harford United rejected reports that the manager would leave at the end of the season.") == [
        "denial"
    ]


def test_an_offer_turned_down_in_a_relative_clause_is_no_denial() -> None:
    assert "denial" not in _kinds("The council had offered a 3% pay rise, which the union rejected as an insult.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Nurses rejected the 5.5% offer by 64% to 36%, their union said on Friday.",
        "The club's board rejected a £4.5m bid from Lorne City for its captain.",
    ],
)
def test_an_offer_or_bid_told_with_its_figure_and_turned_down_is_no_denial(sentence: str) -> None:
    assert "denial" not in _kinds(sentence)
