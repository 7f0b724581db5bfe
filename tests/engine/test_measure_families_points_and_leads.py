"""What a figure in points measures (issue 13: a figure's measure): a move in points measures the named rate it moved
to or from, a gap one side is ahead or behind by is a lead, and a poll's margin of error is its own measure.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, points, measure",
    [
        (
            "The central bank lifted its deposit rate by 25 basis points to 3.5% on Tuesday.",
            "25 basis points",
            "deposit rate",
        ),
        (
            "Joblessness rose 0.3 percentage points to 5.2% in the quarter.",
            "0.3 percentage points",
            "unemployment rate",
        ),
        # the level told first, the move after it
        ("The union's turnout was 58%, up 4 points on the last ballot.", "4 points", "turnout"),
    ],
)
def test_a_move_in_points_measures_the_rate_it_moved(sentence: str, points: str, measure: str) -> None:
    move = _figure(sentence, points)
    level = _figure(sentence, "%")
    assert level.measure == measure
    assert (move.measure, move.change) == (measure, "up")
    assert move.unit in ("percentage point", "basis point")  # (still a move in points, never a level)


def test_a_move_in_points_to_a_share_of_nothing_named_keeps_its_unit_family() -> None:
    # "61%" names no rate: the move stays a move in percentage points
    assert _figure("Its share rose 4 points to 61%.", "4 points").measure == "percentage points"


@pytest.mark.parametrize(
    "sentence, points, measure",
    [
        ("The survey put the senator on 44%, five points ahead of his challenger.", "five points", "poll lead"),
        ("Polls show the mayor trailing by 4 points in the race.", "4 points", "poll lead"),
        ("United are six points clear at the top of the table.", "six points", "lead"),
    ],
)
def test_a_gap_ahead_or_behind_is_a_lead(sentence: str, points: str, measure: str) -> None:
    assert _figure(sentence, points).measure == measure


def test_a_polls_margin_of_error_is_no_lead() -> None:
    sentence = "Polls show the mayor trailing by 4 points, within the margin of error of 3.5 points."
    assert _figure(sentence, "3.5 points").measure == "margin of error"
    assert _figure(sentence, "4 points").measure == "poll lead"


def test_points_scored_stay_points() -> None:
    assert _figure("The guard scored 28 points as the Bulls won.", "28 points").measure == "points"
