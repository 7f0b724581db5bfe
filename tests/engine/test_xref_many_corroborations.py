"""An event told alike by a score of outlets: each report lists at least 20 of the others that corroborate it."""

from __future__ import annotations

from collections import Counter

from corpus.loader import article_id
from corpus.model import Article
from corpus.pipeline import extract

_TOWNS = (
    "Alder Birch Cedar Dunmore Elm Fenwick Garth Holm Ivy Juniper Kestrel Larch Maple Nettle Oak Pine Quarry Rowan "
    "Sorrel Thorn Upton Vale"
).split()
_HEADLINE = "Fourteen workers rescued from collapsed Harnell grain silo"
_LEDE = (
    "Rescuers pulled 14 workers alive from the collapsed Harnell grain silo on Sunday, the county fire service said."
)


def _report(number: int, town: str) -> Article:
    body = f"{_HEADLINE}\n\n{_LEDE}\nThe {town} Courier will follow the story.\n"
    return Article(
        id=article_id(body),
        title=_HEADLINE,
        outlet=f"{town} Courier",
        authors=[],
        published="2031-03-02",
        published_estimated=False,
        source_file=f"{number}.txt",
        body=body,
    )


def test_each_of_22_reports_lists_at_least_20_corroborations_by_others() -> None:
    extraction = extract([_report(i, town) for i, town in enumerate(_TOWNS)])
    article_of = {c.id: c.article_id for c in extraction.claims}
    across: Counter[str] = Counter()
    for x in extraction.xrefs:
        if x.relation == "corroborates" and article_of[x.source] != article_of[x.target]:
            across[x.source] += 1
            across[x.target] += 1
    told = [c.id for c in extraction.claims if c.text in (_HEADLINE, _LEDE)]
    assert len(told) == 2 * len(_TOWNS)
    assert min(across[claim_id] for claim_id in told) >= 20
