"""A crude stem for matching words across claims ("fighting"/"fight", "Ukrainian"/"Ukraine")."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.first_letter import located

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
    # Closing a site: "plans to close its Lund factory" / "will shut the plant" / "the closure of the plant".
    "close": "close",
    "closes": "close",
    "closed": "close",
    "closing": "close",
    "closure": "close",
    "shut": "close",
    "shuts": "close",
    "shutting": "close",
    "factory": "plant",
    "factories": "plant",
    "plants": "plant",
    # Planning: "it planned to" / "plans to" / "its plan" ("plans" would lose its stem to "-ans").
    "plans": "plan",
    "planned": "plan",
    "planning": "plan",
    # Goods named in other words: "e-bikes" / "electric bicycles", "cars" / "vehicles", "aluminum" / "aluminium".
    **dict.fromkeys("bike bikes bicycle bicycles cycles".split(), "bicycle"),
    **dict.fromkeys("car cars auto autos vehicle vehicles automobile automobiles".split(), "vehicle"),
    **dict.fromkeys("aluminium aluminum".split(), "aluminium"),
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
    # Deaths in other words: "five fatalities", "perished" ("lost their lives": ``phrases``).
    "fatalities": "kill",
    "fatality": "kill",
    "perished": "kill",
    "drowned": "kill",
    # Taking someone into custody: "was arrested" / "have detained" / "taken into custody" / "recaptured".
    "arrest": "arrest",
    "arrests": "arrest",
    "arrested": "arrest",
    "arresting": "arrest",
    "detain": "arrest",
    "detains": "arrest",
    "detained": "arrest",
    "detaining": "arrest",
    "detention": "arrest",
    "custody": "arrest",
    "apprehended": "arrest",
    "recaptured": "arrest",
    "recapture": "arrest",
    # An inquiry: "ordered an investigation" / "a state inquiry is examining" / "launched a probe".
    "inquiry": "inquir",
    "inquiries": "inquir",
    "enquiry": "inquir",
    "enquiries": "inquir",
    "investigation": "inquir",
    "investigations": "inquir",
    "investigate": "inquir",
    "investigates": "inquir",
    "investigated": "inquir",
    "investigating": "inquir",
    "probe": "inquir",
    "probes": "inquir",
    "probed": "inquir",
    "probing": "inquir",
    # Leaving an office: "resigned" / "quit" / "his resignation" ("stepped down": ``phrases``).
    "resign": "resign",
    "resigns": "resign",
    "resigned": "resign",
    "resigning": "resign",
    "resignation": "resign",
    "quit": "resign",
    "quits": "resign",
    # Escaping custody: "escaped" / "the escapees" / "a jailbreak" / "the breakout".
    "escape": "escap",
    "escapes": "escap",
    "escaped": "escap",
    "escaping": "escap",
    "escapee": "escap",
    "escapees": "escap",
    "jailbreak": "escap",
    "breakout": "escap",
    # Agreeing: "agreed a pay deal" / "the agreement" ("reached a deal": ``phrases``).
    "agreement": "agre",
    "agreements": "agre",
    "agree": "agre",
    "agreeing": "agre",
    # Stopping work: "walked out" / "went on strike" / "the stoppage" ("walked out": ``phrases``).
    "walkout": "strike",
    "walkouts": "strike",
    "stoppage": "strike",
    "strikes": "strike",
    "striking": "strike",
    # Charging someone: "were charged with" / "indicted on".
    "indicted": "charg",
    "indictment": "charg",
    # Past forms the suffixes do not reach: "hung himself" / "hanged himself", "was shot" / "the shooting".
    "hung": "hang",
    "shot": "shoot",
    "shots": "shoot",
    # One kind of happening in its short name: "a 5.6 quake" / "the earthquake".
    "quake": "quake",
    "quakes": "quake",
    "earthquake": "quake",
    "earthquakes": "quake",
    # Stopping an attack before it happens: "foiled a piracy attempt" / "thwarted an attack".
    "foiled": "foil",
    "foil": "foil",
    "thwarted": "foil",
    "thwart": "foil",
    "thwarts": "foil",
}
SYNONYMS = _SYNONYMS  # (read by statements.action_words: the nouns of what happened among them)

# Phrases news writes for one of those words, read as that word: "lost their lives" (died), "stepped down"
# (resigned), "broke out of" a prison (escaped). Each stands in the text for the single word. (Someone told,
# ordered, forced, urged, asked or allowed to leave a place goes, and resigns nothing: "told to leave Kherson".)
_PHRASE_WORDS = {
    "died": r"(?:lost|lose|loses|losing)\s+(?:their|his|her|its)\s+lives?|(?:lost|lose|loses|losing)\s+(?:his|her)\s+life"
    r"|(?:passed|pass|passes|passing)\s+away|(?:passed|passes)\s+peacefully",
    # A death by one's own hand: "hanged himself in his cell", "took her own life", "committed suicide". Read as
    # "died" followed by its own words (``_DEATH_AND_HOW``): "hanged himself" still meets "hanged himself". Done, not
    # aimed at: "ordered to take their own lives", "tried to kill himself" and "attempted suicide" tell no death.
    "own_hand": r"(?:hanged|hung|hangs|killed|kills)\s+(?:himself|herself|themselves)"
    r"|(?:took|takes)\s+(?:his|her|their)\s+own\s+li(?:fe|ves)|(?:committed|commits)\s+suicide",
    "resigned": r"(?:stepped|step|steps|stepping)\s+down|(?<=to\s)(?<!told\sto\s)(?<!ordered\sto\s)"
    r"(?<!forced\sto\s)(?<!urged\sto\s)(?<!asked\sto\s)(?<!allowed\sto\s)(?<!advised\sto\s)"
    r"(?<!able\sto\s)(?<!free\sto\s)(?<!permitted\sto\s)leave(?=\s+(?:the\s+(?:company|firm|group|"
    r"bank|club|board|government|cabinet|party|post|role|job)\b|(?:his|her|their)\s+(?:post|role|job|position)\b|"
    r"office\b|(?-i:[A-Z])))",
    "escaped": r"(?:broke|break|breaks|breaking)\s+out\s+of",
    "signed": r"(?:put|puts|putting)\s+pen\s+to\s+paper",
    "agreed": r"(?:reached|reach|reaches|reaching|struck|strike|strikes|striking)\s+(?:a|an)\s+(?:[\w-]+\s+)?"
    r"(?:deal|agreement)",
    "strike": r"(?:walked|walk|walks|walking)\s+out|(?:went|go|goes|going)\s+on\s+strike|downed\s+tools",
    # Shooting: "opened fire on the crowd", "gunned down two guards" (not a blaze).
    "shot": r"(?:opened|open|opens|opening)\s+fire|(?:gunned|gunning|guns|gun)\s+down",
    # Going into care: "was admitted to hospital", "entered rehab" / "checked into a clinic".
    "checked": r"(?:admitted|admits|admitting|entered|enters|entering)(?:\s+(?:to|into))?(?=\s+(?:(?:a|an|the|his|her|"
    r"their)\s+)?(?:[\w-]+\s+){0,3}?(?:hospital|clinic|rehab|rehabilitation|treatment|facility|centre|center)\b)",
}
# Each phrase's own group says which word it stands for; found where its first letter begins a word
# (corpus/first_letter.py: the same matches, far fewer places tried).
_PHRASES = located(
    re.compile("|".join(rf"\b(?P<{word}>{phrase})\b" for word, phrase in _PHRASE_WORDS.items()), re.IGNORECASE),
    "|".join(_PHRASE_WORDS.values()),
)


def phrases(text: str) -> str:
    """The text with the phrases of ``_PHRASES`` written as their one word ("stepped down" -> "resigned"; a death by
    one's own hand as "died" before its own words)."""
    low = text.lower()
    if not any(
        w in low
        for w in (
            "los",
            "step",
            "brok",
            "break",
            "pen to",
            "deal",
            "agreement",
            "walk",
            "strike",
            "tools",
            "leave",
            "away",
            "fire",
            "down",
            "admit",
            "enter",
            "self",
            "own li",
            "suicide",
            "peaceful",
        )
    ):
        return text
    return _PHRASES.sub(_one_word, text)


_DEATH_AND_HOW = "own_hand"  # (the phrase group read as "died" and kept: how the death came)


def _one_word(m: re.Match[str]) -> str:
    word = next(k for k, v in m.groupdict().items() if v)
    return f"died {m.group()}" if word == _DEATH_AND_HOW else word


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
