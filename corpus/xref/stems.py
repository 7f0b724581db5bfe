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
    "hurt": "wound",
    # Taking over a company: "agreed to buy Orsen" / "talks to acquire Orsen" / "its takeover of Orsen".
    "buy": "buy",
    "buys": "buy",
    "buying": "buy",
    "bought": "buy",
    "acquire": "buy",
    "acquires": "buy",
    "acquired": "buy",
    "acquiring": "buy",
    "acquisition": "buy",
    "purchase": "buy",
    "purchased": "buy",
    "purchasing": "buy",
    "takeover": "buy",
    # Cutting jobs: "cut 2,200 jobs" / "axing up to 3,000 jobs" / "shed 500 posts".
    "axe": "cut",
    "axes": "cut",
    "axed": "cut",
    "axing": "cut",
    "slash": "cut",
    "slashed": "cut",
    "slashing": "cut",
    "shed": "cut",
    "shedding": "cut",
    "cuts": "cut",
    "cutting": "cut",
    # Paying: "denied paying a ransom" / "admitted that a ransom had been paid".
    "paid": "pay",
    "paying": "pay",
    "pays": "pay",
    # Releasing captives: "were freed" / "were released".
    "freed": "free",
    "released": "free",
    "release": "free",
    # Negotiating: "in talks" / "in negotiations" / "in discussions".
    "negotiations": "talk",
    "discussions": "talk",
    "talks": "talk",
    # Holding back exports: "curbs on wheat exports" / "restrict exports" / "limit exports".
    "curb": "restri",
    "curbs": "restri",
    "curbing": "restri",
    "limit": "restri",
    "limits": "restri",
    "limiting": "restri",
    "restrict": "restri",
    "restricting": "restri",
    "restrictions": "restri",
    # A fault: "a faulty track" / "a broken rail" / "a defective rail".
    "faulty": "fault",
    "defective": "fault",
    "broken": "fault",
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
