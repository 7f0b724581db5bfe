"""People "admitted to hospital" are the hospitalised, as those "taken to hospital" are; others admitted
somewhere ("to the bar") or patients a clinic admitted keep their own noun."""

from __future__ import annotations

import pytest

from .conftest import measures_in


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine people have been admitted to hospital with smoke inhalation, the fire service said.",
        "Eleven pupils were admitted to the hospital after the lunch, the school said.",
    ],
)
def test_those_admitted_to_hospital_are_the_hospitalised(sentence: str) -> None:
    assert measures_in(sentence)[0] == "hospitalised"


def test_admitted_elsewhere_is_no_hospital_stay() -> None:
    assert measures_in("Five graduates were admitted to the bar this week.")[0] != "hospitalised"
