"""Two undated reports that agree only on a wording and a small count, naming no one and nowhere in common, in
articles with nothing telling them apart as one event: two shootings (a warehouse's, a paper mill's), never one
report corroborated by another source."""

from __future__ import annotations

from corpus.model import Article
from corpus.pipeline import extract

from .conftest import undated_article

_WAREHOUSE = undated_article(
    1,
    [
        "Two dead after gunman opens fire at warehouse",
        "A gunman opened fire at a furniture warehouse on Tuesday morning, killing two people, police said.",
        "The suspect, a former employee, was arrested after a brief standoff in the car park.",
        "Detectives said the man had been dismissed from his job a week earlier.",
    ],
)
_MILL = undated_article(
    2,
    [
        "Shooting at paper mill leaves two dead",
        "Two people were killed when a man opened fire at a paper mill in Harlow Creek, the county sheriff said.",
        "The gunman fled in a pickup truck and was caught hours later on the interstate.",
        "The mill, the largest employer in the valley, will stay closed until Monday.",
    ],
)


def _links(articles: list[Article]) -> dict[frozenset[str], str]:
    extraction = extract(articles)
    text = {c.id: c.text for c in extraction.claims}
    return {frozenset((text[x.source][:24], text[x.target][:24])): x.relation for x in extraction.xrefs}


def test_two_shootings_told_alike_do_not_corroborate() -> None:
    links = _links([_WAREHOUSE, _MILL])
    assert frozenset(("Two dead after gunman op", "Two people were killed w")) in links  # linked, as related
    assert "corroborates" not in links.values()
    # The same count of the same mill's shooting, both naming the town: one happening from two sources.
    other = undated_article(
        3,
        [
            "Harlow Creek mill shooting leaves two dead",
            "Two people were killed on Tuesday when a man opened fire at the Harlow Creek paper mill, deputies said.",
            "The gunman was arrested on the interstate hours later, the county sheriff's office said.",
        ],
    )
    assert "corroborates" in _links([_MILL, other]).values()
