"""A figure told as the baseline or the change of the figure before it measures what that figure measures.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import sentence_figures


def _measure_of(sentence: str, text: str) -> str | None:
    return next(m for t, _, m, _ in sentence_figures(sentence) if t.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        # a count against the baseline it is set against, past a time span between them
        (
            "Mumps cases in the county rose to 318 in the first six months of the year, against 41 in the whole of 2025.",
            "41",
            "cases",
        ),
        # a sum against the one a year before, past the period it is for
        (
            "Operating profit fell to £12.4m in the six months to June, from £19.8m a year earlier.",
            "£19.8m",
            "profit",
        ),
        # the change of a count, told after it
        ("Unemployment stood at 1.62 million in May, down 41,000 on the month before.", "41,000", "unemployed"),
        ("Attendance reached 48,200, against a previous record of 45,900.", "45,900", "attendance"),
    ],
)
def test_a_baseline_or_a_change_measures_what_the_figure_before_it_does(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text",
    [
        # another subject in another clause: no baseline of the first figure
        ("Attendance reached 48,200, and the club sold 3,100 season tickets.", "3,100"),
        ("Revenue was $8.7bn, while its rival's was $6.1bn.", "$6.1bn"),
        # a count against a sum is no baseline of it
        ("The fund paid out £2.4m, against 310 claims lodged.", "310"),
    ],
)
def test_a_figure_of_another_clause_or_unit_keeps_its_own_measure(sentence: str, text: str) -> None:
    figures = sentence_figures(sentence)
    first = figures[0][2]
    assert next(m for t, _, m, _ in figures if t.endswith(text)) != first
