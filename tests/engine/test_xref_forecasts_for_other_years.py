"""Forecasts for two years ("its 2027 growth forecast" / "its 2026 growth forecast") are two series: the later one
never updates the other's."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article

STRONG = {"updates", "corroborates", "conflicts"}


def test_a_forecast_for_another_year_does_not_update() -> None:
    april = titled_article(
        "IMF raises 2024 global growth forecast to 3.2%",
        "WASHINGTON, April 16 (Reuters) - The International Monetary Fund raised its 2024 global growth forecast "
        "slightly to 3.2% on Tuesday, from 3.1% in January, citing resilient U.S. demand.",
        "2024-04-16",
        "Reuters",
    )
    next_april = titled_article(
        "IMF cuts 2025 world growth forecast to 2.8% on tariffs",
        "The IMF cut its 2025 global growth forecast to 2.8% from 3.3% in January, blaming U.S. tariffs.",
        "2025-04-22",
        "Reuters",
    )
    links = links_of(april, next_april)
    assert not STRONG & set(relations_between(links, "cut its 2025 global growth forecast", "raised its 2024")), links
