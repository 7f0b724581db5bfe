"""A headline tells its figure in the present: "Quake kills 22", "Ferry toll reaches 45". The families are those of
the past tense. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[str | None]:
    claims, _ = extract_article(Article("hl", "Title", None, [], "2026-06-10", False, "hl.txt", sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "headline, measure",
    [
        ("Quake kills 22 in coastal town", "killed"),
        ("Explosion at chemical plant injures 31", "wounded"),
        ("Ferry toll reaches 45 as divers search wreck", "killed"),
        ("Flood death toll passes 700", "killed"),
        ("Measles deaths reach 95 in the province", "killed"),
        ("Wildfire forces 4,000 from homes near the lake", "evacuated"),
        ("Police arrest 14 after clashes", "detained"),
        ("Cholera cases in the province rise to 3,200", "cases"),
        ("Measles cases climb to 1,450", "cases"),
    ],
)
def test_a_headline_in_the_present_has_the_family_of_the_past(headline: str, measure: str) -> None:
    assert _measures(headline) == [measure]


@pytest.mark.parametrize(
    "sentence", ["The company killed 300 jobs in restructuring.", "Carmaker kills 300 jobs at its plant"]
)
def test_jobs_a_verb_of_harm_ends_are_no_dead(sentence: str) -> None:
    assert _measures(sentence) == ["jobs"]
