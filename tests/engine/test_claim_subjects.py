"""A claim's subject: what it is about, never who says it."""

from __future__ import annotations

from corpus.loader import article_id
from corpus.model import Article
from corpus.pipeline import extract


def subject_of(sentence: str) -> str | None:
    body = f"Coast report\n{sentence}\n"
    article = Article(article_id(body), "Coast report", "Wire", [], "2025-03-04", False, "coast.txt", body)
    (claim,) = [c for c in extract([article]).claims if sentence[:20] in c.text]
    return claim.subject


def test_the_people_who_say_it_are_not_its_subject() -> None:
    assert (
        subject_of("At least 40 stranded dolphins were moved to deeper water, volunteers said.") != "troop deployment"
    )
    assert subject_of("Hospital workers warned that the storm could cut power to the wards for days.") != "workers"


def test_the_people_it_is_about_still_give_its_subject() -> None:
    assert subject_of("The volunteers were deployed to the front line on Monday, officials said.") == "troop deployment"


def test_who_estimates_a_figure_is_not_what_it_measures() -> None:
    assert subject_of("Analysts at Dunmore Capital estimate the port's container traffic fell 9% in May.") == (
        "port's container traffic"
    )
    assert subject_of("Economists expect the jobless rate rose to 4.1% in March.") == "unemployment rate"
    assert subject_of("The estimate rose to 5% on Monday, the bureau said.") == "estimate"
