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
    "outbreak",
    "epidemic",
)
GATHERINGS = ("rally", "march", "protest", "demonstration")
# Words after a happening's name that make it a body named for it ("Forest Fire Centre", "Fire Department",
# "Rescue Service"): no happening.
BODY_AFTER_A_HAPPENING = (
    "Department|Dept|Service|Services|Brigade|Authority|Rescue|Chief|Marshal|Station|Protection|District|Academy|"
    "Centre|Center|Agency|Commission|Management|Bureau|Council|Office|Unit|Command|Corps"
)
# One happening by another word: a "quake" is an earthquake, a "landslip" a landslide.
CANONICAL = {"quake": "earthquake", "landslip": "landslide", "mudslide": "landslide", "flooding": "flood"}


def words_pattern(words: tuple[str, ...]) -> str:
    """The words as one regex alternation (no group), longest first; "air strike" also as "airstrike"."""
    return "|".join(sorted({w.replace(" ", r"\s?") for w in words}, key=lambda w: (-len(w), w)))


def _one_act(act: str, words: str) -> dict[str, str]:
    return dict.fromkeys(words.split(), act)


# One act in other words, as news tells it: "thieves stole jewels" / "robbed a store" / "a jewellery heist"; "a quake
# struck the island" / "jolted the island"; "the blaze" / "an arson attack". Each word (as written) -> the act; the
# nouns among them (``ACT_NOUNS``) tell of it wherever they stand, the verbs only as verbs ("known for stolen goods").
ACT_NOUNS = {
    **_one_act("kill", "murder murders fatal fatally"),  # "a fatal crash", "fatally injured": a death
    **_one_act("shoot", "gunfire"),
    **_one_act(
        "steal", "theft thefts thief thieves robber robbers robbery robberies heist heists burglary burglaries burglar"
    ),
    **_one_act("quake", "tremor tremors"),
    **_one_act("fire", "blaze blazes arson"),
    **_one_act("crash", "collision collisions"),
    **_one_act("convict", "conviction convictions"),
    **_one_act("oust", "ouster sacking"),
}
ACTS = {
    **ACT_NOUNS,
    **_one_act("kill", "slain murdered murdering die dying"),
    **_one_act("shoot", "gunned"),
    **_one_act("steal", "steal steals stealing stole stolen rob robs robbed robbing burgled looted looting"),
    **_one_act("hit", "struck jolted jolts jolt jolting rocked mowed shook"),
    **_one_act("host", "emcee emceed"),
    **_one_act("hire", "hire hires hired hiring appoint appoints appointed appointing"),
    **_one_act("oust", "sack sacks sacked oust ousts ousted ousting"),
    **_one_act("fire", "torched burned burnt burning"),
    **_one_act("arrest", "captured capturing"),
    **_one_act("crash", "collide collides collided colliding"),
    **_one_act("convict", "convict convicts convicted"),
}
