"""Those moved out by "the evacuation of about 300" or "of 1,200 people" are the evacuated; soldiers evacuated
stay troops, and homes stay homes."""

from __future__ import annotations

import pytest

from corpus.model import Article
from corpus.pipeline import extract_one


def _measures(body: str) -> list[str | None]:
    article = Article(
        id="a",
        title=None,
        outlet=None,
        authors=[],
        published="2027-10-04",
        published_estimated=False,
        source_file="a.txt",
        body=body,
    )
    return [q.measure for c in extract_one(article)[1] for q in c.quantities]


@pytest.mark.parametrize(
    "sentence",
    [
        "The landslide forced the evacuation of about 450, the regional office said.",
        "Rising water forced the evacuation of 2,300 residents from the valley.",
    ],
)
def test_those_evacuated_are_counted_as_evacuated(sentence: str) -> None:
    assert _measures(sentence) == ["evacuated"]


def test_soldiers_evacuated_stay_troops() -> None:
    assert _measures("The evacuation of 35 soldiers from the outpost was completed.") == ["troops"]
