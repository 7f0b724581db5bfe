"""A yardstick ("compared with what would be expected") is no forecast (issue 14). Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.claims import kind_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Excess mortality compares all deaths with what would normally be expected for the season.",
        "The plant used more water than would be needed for a town of its size.",
    ],
)
def test_a_yardstick_with_would_is_no_forecast(sentence: str) -> None:
    assert kind_of(sentence, has_quantities=False, has_date=False) == "statement"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said the ban would be extended to the afternoon hours.",
        "Officials expect to reopen the road on Friday.",
        "She said what would happen next was up to the court, and that the plant would reopen in May.",
    ],
)
def test_forecasts_stay_forecasts(sentence: str) -> None:
    assert kind_of(sentence, has_quantities=False, has_date=False) == "forecast"


def test_a_coming_event_named_by_next_weeks_is_no_forecast() -> None:
    sentence = "The two sides signed a ceasefire on Monday, ahead of next week's donor conference in Oslo."
    assert kind_of(sentence, has_quantities=False, has_date=False) == "statement"
    assert kind_of("The talks will resume next week.", has_quantities=False, has_date=False) == "forecast"
