"""Rain or snow measured by the depth that fell is `rainfall` / `snowfall` ("212mm of rain", "30cm of fresh snow"); a
speed named as winds or gusts right after it is their speed ("150mph winds": wind speed, as "winds of 150mph" is;
"80mph gusts": gust speed). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[tuple[str, str | None]]:
    claims, _ = extract_article(Article("tw", "Weather", None, [], "2026-06-10", False, "tw.txt", sentence + "\n"))
    return [(q.text, q.measure) for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("October was the wettest on record, with 250mm of rain in some towns.", "250mm", "rainfall"),
        ("The town got 4 inches of rain in six hours.", "4 inches", "rainfall"),
        ("Up to 30cm of fresh snow could fall on high ground.", "Up to 30cm", "snowfall"),
        ("The hurricane struck with 150mph winds and a storm surge.", "150mph", "wind speed"),
        ("Forecasters warned of 80mph gusts on the coast.", "80mph", "gust speed"),
    ],
)
def test_what_fell_or_blew_names_its_figure(sentence: str, figure: str, measure: str) -> None:
    assert (figure, measure) in _measures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The river rose 30cm overnight.",
        "The car reached 150mph on the track.",
        "Snow ploughs cleared 40cm of snow cover from the runway in an hour and the 80mph limit returned.",
    ],
)
def test_a_depth_or_a_speed_of_no_rain_snow_or_wind_is_not_theirs(sentence: str) -> None:
    assert not {m for _, m in _measures(sentence)} & {"rainfall", "snowfall", "wind speed", "gust speed"}
