"""The words English news names a happening by: one vocabulary for every rule that asks whether a sentence
tells of a happening ("killed in the blast", "joined a separate rally", the avalanche a lead tells of).

A sudden happening is over in a moment, so a toll "in the blast" is that one event's; an unfolding one (a
flood, a wildfire) goes on for days and its toll is counted up as it goes. Gatherings are counted by turnout.
"""

from __future__ import annotations

# Over in a moment: attacks, accidents, blasts.
SUDDEN = (
    "air strike",
    "strike",
    "attack",
    "assault",
    "bombing",
    "bombardment",
    "shelling",
    "blast",
    "explosion",
    "raid",
    "ambush",
    "clash",
    "crash",
    "collision",
    "derailment",
    "shooting",
    "stabbing",
    "stampede",
    "fire",
    "incident",
    "accident",
    "barrage",
    "missile",
    "drone",
)
# Going on for hours or days, striking a place and the people there.
UNFOLDING = (
    "avalanche",
    "landslide",
    "mudslide",
    "landslip",
    "earthquake",
    "quake",
    "tsunami",
    "flood",
    "flooding",
    "storm",
    "hurricane",
    "typhoon",
    "cyclone",
    "tornado",
    "wildfire",
    "blaze",
    "collapse",
    "sinking",
    "capsizing",
    "leak",
    "spill",
    "riot",
    "eruption",
)
GATHERINGS = ("rally", "march", "protest", "demonstration")
# One happening by another word: a "quake" is an earthquake, a "landslip" a landslide.
CANONICAL = {"quake": "earthquake", "landslip": "landslide", "mudslide": "landslide", "flooding": "flood"}


def words_pattern(words: tuple[str, ...]) -> str:
    """The words as one regex alternation (no group), longest first; "air strike" also as "airstrike"."""
    return "|".join(sorted({w.replace(" ", r"\s?") for w in words}, key=lambda w: (-len(w), w)))
