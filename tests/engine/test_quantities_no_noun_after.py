"""A count followed by "and no injuries" counts its own noun, never the injuries it says there were none of
(issue 13). Our own sentences."""

from __future__ import annotations

from .conftest import make_article


def _measures(sentence: str) -> list[str | None]:
    from corpus.extract.article import extract_article

    claims, _ = extract_article(make_article("Headline\n" + sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


def test_crashes_and_no_injuries_are_crashes() -> None:
    assert _measures("The carmaker said it knew of four crashes and no injuries caused by the fault.") == ["crash"]


def test_people_joined_by_and_are_still_counted_as_people() -> None:
    assert _measures("Six men and women were hurt in the fire.") == ["wounded"]
