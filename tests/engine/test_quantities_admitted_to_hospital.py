"""People "admitted to hospital" are the hospitalised, as those "taken to hospital" are; others admitted
somewhere ("to the bar") or patients a clinic admitted keep their own noun."""

from __future__ import annotations

import pytest

from corpus.model import Article
from corpus.pipeline import extract_one


def _figures(body: str) -> list[tuple[str, str | None]]:
    article = Article(
        id="a",
        title=None,
        outlet=None,
        authors=[],
        published="2027-04-09",
        published_estimated=False,
        source_file="a.txt",
        body=body,
    )
    return [(q.text, q.measure) for c in extract_one(article)[1] for q in c.quantities]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nine people have been admitted to hospital with smoke inhalation, the fire service said.",
        "Eleven pupils were admitted to the hospital after the lunch, the school said.",
    ],
)
def test_those_admitted_to_hospital_are_the_hospitalised(sentence: str) -> None:
    assert _figures(sentence)[0][1] == "hospitalised"


def test_admitted_elsewhere_is_no_hospital_stay() -> None:
    assert _figures("Five graduates were admitted to the bar this week.")[0][1] != "hospitalised"
