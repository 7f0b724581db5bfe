"""A temperature is measured as a temperature, however written: "45.8C", "41.5 degrees Celsius", or bare "degrees" in
words of heat, cold or the weather (an angle stays degrees). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[str | None]:
    claims, _ = extract_article(Article("tp", "Weather", None, [], "2026-07-21", False, "tp.txt", sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence",
    [
        "Temperatures reached 43 degrees in Cordoba on Tuesday.",
        "The thermometer fell to minus 12 degrees overnight in the valley.",
        "It was 38.4 degrees Celsius in the shade at noon.",
        "Madrid recorded 40.1C on Monday.",
    ],
)
def test_a_temperature_is_measured_as_one(sentence: str) -> None:
    assert _measures(sentence) == ["temperature"]


def test_an_angle_is_no_temperature() -> None:
    assert _measures("The tanker turned 90 degrees to port before the collision.") == ["degrees"]


@pytest.mark.parametrize(
    "sentence",
    [
        # "hotel", "Heathrow" are no words of heat
        "The hotel's tower leans 4 degrees to the west.",
        "Planes leaving Heathrow turned 30 degrees north after take-off.",
    ],
)
def test_an_angle_beside_a_word_spelled_like_heat_is_no_temperature(sentence: str) -> None:
    assert _measures(sentence) == ["degrees"]


def test_a_hotter_day_is_a_temperature() -> None:
    assert _measures("It will be hotter tomorrow, with 35 degrees expected in the city.") == ["temperature"]
