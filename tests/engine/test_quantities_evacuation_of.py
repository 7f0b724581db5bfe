"""Those moved out by "the evacuation of about 300" or "of 1,200 people" are the evacuated; soldiers evacuated
stay troops, and homes stay homes."""

from __future__ import annotations

import pytest

from .conftest import measures_in


@pytest.mark.parametrize(
    "sentence",
    [
        "The landslide forced the evacuation of about 450, the regional office said.",
        "Rising water forced the evacuation of 2,300 residents from the valley.",
    ],
)
def test_those_evacuated_are_counted_as_evacuated(sentence: str) -> None:
    assert measures_in(sentence) == ["evacuated"]


def test_soldiers_evacuated_stay_troops() -> None:
    assert measures_in("The evacuation of 35 soldiers from the outpost was completed.") == ["troops"]
