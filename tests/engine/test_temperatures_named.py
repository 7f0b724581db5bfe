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
