"""Which stage of a staged act an article reports: "the first stage of the prisoner exchange", "on the second day of
the swap", "the final phase of the evacuation".

A count told of one stage is that stage's: Friday's 390 freed in the first stage of an exchange and Saturday's 307
in its second are two stages' counts, and neither is a later value of the other, nor of the running total "697 have
now been freed". Read from the headline and the first sentence, where a report says which stage it tells of.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.model import Article
from corpus.xref.features import Features
from corpus.xref.figure_roles import says_running_total
from corpus.xref.memo import per_article
from corpus.xref.places import body_opening

_STAGE = re.compile(
    r"\b(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|final|last)"
    r"\s+(?:stage|phase|day|round|batch|leg|wave|tranche)\s+of\b",
    re.IGNORECASE,
)
_SAME_ORDINAL = {"1st": "first", "2nd": "second", "3rd": "third", "last": "final"}


@lru_cache(maxsize=4096)
def _stage_told(title: str, body: str) -> str | None:
    """The one stage the headline and first sentence tell of ("second"), None when they name none or several."""
    found = set()
    for m in _STAGE.finditer(f"{title}\n{body_opening(body)}"):
        ordinal = m.group("ordinal").lower()
        found.add(_SAME_ORDINAL.get(ordinal, ordinal))
    return found.pop() if len(found) == 1 else None


@per_article  # (asked of pairs)
def _stage_of(article: Article) -> str | None:
    return _stage_told(article.title or "", article.body)


def stages_apart(a: Features, b: Features) -> bool:
    """The claims' articles report different stages of a staged act ("first stage" / "second day"), their figures
    are not the same, and not both are running totals (a flood's toll "rose to 40 on the second day of the rains"
    is a later value of the first day's): each stage's count is its own."""
    if a.article.id == b.article.id:
        return False
    mine, theirs = _stage_of(a), _stage_of(b)
    if mine is None or theirs is None or mine == theirs:
        return False
    if says_running_total(a.claim.text.lower()) and says_running_total(b.claim.text.lower()):
        return False
    # (the whole both tell of, "the exchange of 1,000 prisoners", is one figure however many stages)
    return not any(
        a.figures[m][0] is not None and a.figures[m][0] == b.figures[m][0] for m in a.figures.keys() & b.figures.keys()
    )
