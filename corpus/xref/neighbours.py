"""The names an article gives only beside a neighbouring place: the neighbour's, none of its own story.

A report of a mine collapse in Congo may end "Rescue specialists from neighbouring Zambia, where a mine near Kitwe
collapsed last week, were expected on Sunday": Kitwe and Zambia are another story's places, which the report names to
set its own apart, not names it shares with a report from Kitwe.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NEIGHBOUR = re.compile(r"\bneighbou?ring\s+[A-Z]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_CAPITALISED = re.compile(r"[A-Z][\w'’-]+")


@lru_cache(maxsize=4096)
def neighbours_names(title: str, body: str) -> frozenset[str]:
    """The capitalised words, lower-cased and without a possessive, that the article writes only in sentences naming
    a neighbouring place ("from neighbouring Zambia, where a mine near Kitwe collapsed": zambia, kitwe)."""
    if not _NEIGHBOUR.search(body):
        return frozenset()
    aside: set[str] = set()
    own = set(_words(title))
    for sentence in _SENTENCE_END.split(body):
        (aside if _NEIGHBOUR.search(sentence) else own).update(_words(sentence))
    return frozenset(aside - own)


def _words(text: str) -> list[str]:
    return [w.removesuffix("'s").removesuffix("’s").lower() for w in _CAPITALISED.findall(text)]
