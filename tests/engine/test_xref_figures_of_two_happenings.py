"""Two reports worded alike, each giving figures the other does not tell the same, in articles not about one event:
two happenings of one kind (two hit-and-runs of two cyclists), not one happening told with other figures."""

from __future__ import annotations

from corpus.loader import article_id
from corpus.model import Article
from corpus.pipeline import extract


def _article(number: int, title: str, lines: list[str], day: str) -> Article:
    body = f"{title}\n\n" + "\n".join(lines) + "\n"
    return Article(
        id=article_id(body),
        title=title,
        outlet=f"Outlet {number}",
        authors=[],
        published=day,
        published_estimated=False,
        source_file=f"{number}.txt",
        body=body,
    )


_HADLEY = _article(
    1,
    "Cyclist killed in Hadley hit-and-run",
    [
        "A 47-year-old cyclist was killed in a hit-and-run crash on Tuesday evening while riding home from work in "
        "Hadley.",
        "Witnesses said a grey van struck him at the junction of Mill Lane and Station Road and drove off.",
        "The man, a father of three, died at the scene, police said.",
    ],
    "2031-02-03",
)
_THORNBY = _article(
    2,
    "Driver arrested after fatal crash",
    [
        "Police have arrested a driver after a hit-and-run crash that killed a 71-year-old cyclist in Thornby.",
        "The woman was riding along the canal towpath bridge on Sunday morning when a pickup truck hit her.",
        "Officers traced the pickup to a farm outside the village, a spokesman said.",
    ],
    "2031-03-15",
)


def test_two_hit_and_runs_told_alike_with_other_ages_are_not_linked() -> None:
    extraction = extract([_HADLEY, _THORNBY])
    text = {c.id: c.text for c in extraction.claims}
    linked = {frozenset((text[x.source][:20], text[x.target][:20])) for x in extraction.xrefs}
    assert frozenset(("A 47-year-old cyclis", "Police have arrested")) not in linked
