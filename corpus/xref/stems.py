"""A crude stem for matching words across claims ("fighting"/"fight", "Ukrainian"/"Ukraine")."""

from __future__ import annotations

from functools import lru_cache

_SUFFIXES = ("ians", "ings", "ian", "ans", "ing", "ern", "'s", "ed", "es", "ly", "an", "s")  # longest first


# Words news uses interchangeably for the same outcome: "27 villagers died" / "killed civilians".
_SYNONYMS = {
    "died": "kill",
    "dead": "kill",
    "deaths": "kill",
    "death": "kill",
    "dies": "kill",
    "injured": "wound",
    "injuries": "wound",
    "injuring": "wound",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem: enough to match "fighting"/"fight", "Ukrainian"/"Ukraine"."""
    if word in _SYNONYMS:
        return _SYNONYMS[word]
    if len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix):
            return word[: -len(suffix)][:6]
    return word[:6]
