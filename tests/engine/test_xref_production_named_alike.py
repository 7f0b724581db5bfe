"""A good's harvest or output in tonnes is one measure however the sentence names it ("the wheat harvest is
expected to fall to", "slashed its harvest forecast to"), so two reports of one figure corroborate (issue 12).
Sentences written for these tests."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.frames import frame_measure

from .conftest import make_article


def _measures(sentence: str) -> set[str | None]:
    claims, _ = extract_article(make_article(sentence + "\n"))
    return {frame_measure(q, c) for c in claims for q in c.quantities if q.unit == "tonne"}


def test_a_harvest_and_a_crop_forecast_in_tonnes_are_one_measure() -> None:
    assert _measures("Brenland's barley harvest is expected to fall to 3.2 million tonnes this year.") == {"production"}
    assert _measures("The ministry cut its forecast for the barley crop to 3.2 million tonnes.") == {"production"}
