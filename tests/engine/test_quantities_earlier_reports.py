"""A figure set against an earlier report of the same count shares its unit (issue 13). Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.quantities import find_quantities


@pytest.mark.parametrize(
    ("sentence", "unit", "measure"),
    [
        (
            "At least 27 people have died, the ministry said on Friday, up from 16 reported on Tuesday.",
            "people",
            "killed",
        ),
        ("Police have arrested 40 people, up from 12 recorded in May.", "people", "detained"),
        ("Doctors have confirmed 31 cases, compared with 9 confirmed a week earlier.", "case", "cases"),
    ],
)
def test_the_earlier_reported_figure_counts_the_same_thing(sentence: str, unit: str, measure: str) -> None:
    now, before = find_quantities(sentence, 0, [])
    assert (now.unit, now.measure) == (unit, measure)
    assert (before.unit, before.measure) == (unit, measure)
