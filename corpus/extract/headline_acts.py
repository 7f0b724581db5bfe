"""Does a headline tell a happening in headline grammar?

Headlines drop the auxiliary and tell the past in the present: "Mayor checks into clinic" (has checked), "Woman killed
in crash" (was killed), "Lee to host awards" (will host), "Climber dead after fall". The doer or the one it happened to
comes first, the act right after: within a few words of the line's opening. The act must be a verb of the things news
reports happening (a killing, an arrest, a sacking, a win), so that a noun in "-s" ("Lenz fans") is not read as a
verb, and a guide ("Live updates: ...") or a question tells nothing. A headline may also name its happening with no
verb, with where it happened ("Major fire at supermarket": ``happening_of_headline``); not a happening's word that
describes the next noun ("Fire safety tips").
The text judged is in sentence case: a title-case headline is read first (``headlines.sentence_case_reading``).
"""

from __future__ import annotations

import re

# Acts whose present ("checks"), past participle ("charged") or "to" form ("to host") a headline tells as done.
_ACT_VERBS = frozenset(
    """
    kill die injure wound hurt shoot stab attack bomb strike hit rock jolt shake destroy damage burn flood collapse
    crash sink erupt explode arrest charge jail convict sentence indict acquit free release detain seize raid rob steal
    loot kidnap rescue evacuate escape flee check retain win lose beat defeat stop sack fire hire appoint name elect
    resign quit oust replace sign buy sell acquire merge close shut open launch cut raise ban block approve reject pass
    veto overturn reverse restore repeal suspend cancel extend place host direct join leave return announce confirm deny
    admit sue fine settle storm topple intercept foil capture retake invade withdraw deploy expel deport execute hang
    murder slay torch ram derail drown bury clinch claim sweep rout thrash edge stun upset knock agree approve unveil
    reach strike postpone delay halt resume dismiss recall award honour honor marry divorce thwart begin end find
    nab suffer rush top throw sever disrupt interdict put pull flip
    """.split()
)
# Words after which an act's plain form is what is to come: "Lee to host", "Ross will direct", "Ross won't direct".
_TO_COME = frozenset("to will won't won’t not".split())
# Acts told only with their particle, the bare verb being a noun as often ("Fire breaks out", not "Tax breaks").
_WITH_PARTICLE = {"break": "out", "breaks": "out"}
_IRREGULAR_PRESENT: dict[str, str] = {"dies": "die", "flees": "flee", "frees": "free", "agrees": "agree"}
_IRREGULAR_PARTICIPLES = frozenset(
    """
    shot hit struck stolen held found left lost won beaten hurt cut shut sold bought led sunk sank slain hung hanged
    burnt swept knocked freed fled quit set thrown broken taken given seen dead
    """.split()
)
# Words before a noun, never before its verb: "the attacks", "Lee's plans", "of charges", "new strikes".
_NOUN_BEFORE = frozenset(
    """
    a an the this that these those his her its their our my your of in on at for with from by into over after before
    amid new more fresh further other some many few no every each
    """.split()
)
_OPENING_NOT_A_SUBJECT = frozenset("how why what when where who which whether live watch video photos opinion".split())
# Guides, blogs and galleries: "Flood: what we know", "Quake victims in pictures", "Lee's win explained".
_GUIDE = re.compile(
    r"\b(?:live\s+(?:updates?|blog|coverage)|what\s+we\s+know|things\s+to\s+know|in\s+pictures|in\s+photos|"
    r"explained|timeline|quiz|podcast|analysis|opinion|editorial|review)\b"
)
_LABELS = frozenset("photos photo pictures video videos watch listen gallery podcast quiz live opinion comment".split())
_ACT_WITHIN = 6  # words from the opening of the line (or its kicker's end) to its act
# A kicker: a label or a topic before a colon ("Breaking:", "Brooklyn riot over teen's death:"), then the report.
_KICKER = re.compile(r"^[^:]{1,60}:\s+")
_SHORT_KICKER = 30  # a longer text before a colon may be the report itself ("Storm batters coast, 3 dead: live")
_WORD = re.compile(r"[a-z][a-z’'-]*|\d[\d,.]*")
# A plural or counted subject, before an act's plain form: "Robbers ram car into shop", "Three die in crash",
# "Saints place Thomas on injured reserve" (not "Lenz fans", whose "-s" word comes after its name, nor "bus", "gas").
_COUNTED = frozenset(
    "two three four five six seven eight nine ten eleven twelve dozens hundreds thousands millions several".split()
)
_SINGULAR_ENDINGS = ("ss", "us", "is", "as", "os", "’s", "'s", "’", "'")
_NOT_A_PLURAL_SUBJECT = frozenset("news series species".split())
# A description set off by commas after the subject's name: "Ann Lee, Olympic swimmer turned actress, dies at 91".
_APPOSITION = re.compile(r"^([^,]{2,40}),\s+[^,]{2,80},\s+")


def _stem_of_present(word: str) -> str | None:
    if word in _IRREGULAR_PRESENT:
        return _IRREGULAR_PRESENT[word]
    if word.endswith("ies"):
        return word[:-3] + "y"
    for cut in (2, 1):  # "charges" -> "charge" (1), "crashes" -> "crash" (2)
        if word.endswith("es"[2 - cut :]) and word[:-cut] in _ACT_VERBS:
            return word[:-cut]
    return None


def _is_participle(word: str) -> bool:
    if word in _IRREGULAR_PARTICIPLES:
        return True
    if not word.endswith("ed"):
        return False
    stems = {word[:-2], word[:-1]}  # "checked", "charged"
    if word.endswith("ied"):
        stems.add(word[:-3] + "y")  # "denied"
    if len(word) > 4 and word[-3] == word[-4]:
        stems.add(word[:-3])  # "stopped", "robbed"
    return not stems.isdisjoint(_ACT_VERBS)


def _plural_subject(word: str) -> bool:
    """A word that can be a plural or counted subject before a verb's plain form ("robbers", "76ers", "three")."""
    if word in _COUNTED or word[:1].isdigit():
        return True
    return word.endswith("s") and not word.endswith(_SINGULAR_ENDINGS) and word not in _NOT_A_PLURAL_SUBJECT


def _unquoted(word: str) -> str:
    """A word less a closing quote mark ("'Several die' in quake"); a plural's possessive mark stays ("workers'")."""
    return word if word.endswith(("s'", "s’")) else word.rstrip("'’")


def _act_in(words: list[str]) -> str | None:
    if not words or words[0] in _OPENING_NOT_A_SUBJECT:
        return None
    for i in range(1, min(len(words), _ACT_WITHIN + 1)):
        word, before = words[i], words[i - 1]
        if word in _WITH_PARTICLE and before not in _NOUN_BEFORE:
            if words[i + 1 : i + 2] == [_WITH_PARTICLE[word]]:
                return word  # "Riot breaks out in Dunmore"
            continue
        if before in _TO_COME and i >= 2 and word in _ACT_VERBS:
            return f"{before} {word}"
        if before in _NOUN_BEFORE or before.endswith(("’s", "'s", "s'", "s’")):
            continue
        stem = _stem_of_present(word)
        if (stem is not None and stem in _ACT_VERBS) or _is_participle(word):
            return word
        if word in _ACT_VERBS and _plural_subject(before):
            return word  # "Robbers ram car into shop": the plain form after a plural subject
    return None


def is_guide(text: str) -> bool:
    """A guide, blog or gallery's headline ("Jeju Air crash: what we know", "Quake victims in pictures"): page
    furniture, whatever act its words may name."""
    return _GUIDE.search(text.strip().lower()) is not None


def act_of_headline(text: str) -> str | None:
    """The act a sentence-case headline tells as happened, as written ("checks", "killed", "to host", "dead"), else
    None: an act verb in its present (its plain form after a plural or counted subject: "Robbers ram"), its past
    participle or after "to", within a few words of the opening (or of a kicker's end), with a subject before it that
    is no noun's determiner or preposition. A description set off by commas after the subject is passed over."""
    lower = text.strip().lower()
    if is_guide(lower):
        return None
    kicker = _KICKER.match(lower)
    if kicker and _LABELS.intersection(_WORD.findall(kicker.group())):
        return None  # "Photos: ...", "Watch: ...": a gallery or a clip, not the report
    readings = [lower[kicker.end() :]] if kicker else []
    if not kicker or len(kicker.group()) > _SHORT_KICKER:
        readings.append(lower)  # a long text before the colon may itself tell the act
    for rest in readings:
        apposition = _APPOSITION.match(rest)
        if apposition:
            rest = f"{apposition.group(1)} {rest[apposition.end() :]}"
        act = _act_in([_unquoted(w) for w in _WORD.findall(rest)])
        if act is not None:
            return act
    return None


# Happenings a headline may name with no verb: "Major fire at supermarket", "Two million euro jewellery heist in Paris".
_HAPPENING_NOUNS = frozenset(
    """
    fire blaze explosion blast bombing attack shooting stabbing crash collision derailment earthquake quake tremor
    flood landslide avalanche storm tornado hurricane heist robbery raid riot riots rampage spree massacre murder
    murders killing killings kidnapping hijacking shipwreck sinking eruption collapse arson
    """.split()
)
# Words after a happening's name in a headline naming it: where, when, over what, or what came of it ("Arson suspected
# in mill fire", "Mill fire tackled"); a noun there makes it a modifier ("fire safety", "quake victims", "riot police").
_AFTER_THE_HAPPENING = frozenset("at in on near off outside inside after during as with over of".split())
# Where it happened: "at supermarket", "in central Paris", "on Paris jewelry store", "near the border".
_WHERE = re.compile(r"\b(?:at|in|on|near|off)\s+\S")
_NAME = re.compile(r"[A-Za-z][\w'’-]*")
# Someone at large, the news of an escape: "Texas inmate on the loose", "Killer on the run after jailbreak".
_AT_LARGE = re.compile(r"\bon\s+the\s+(?:loose|run|lam)\b")


def _names_the_happening(words: list[str], at: int) -> bool:
    after = words[at + 1] if at + 1 < len(words) else None
    return after is None or after in _AFTER_THE_HAPPENING or (after.endswith("ed") and len(after) > 4)


def happening_of_headline(text: str) -> str | None:
    """The happening a sentence-case headline names with no verb ("Major fire at supermarket", "Arson suspected in
    dairy fire"), with where it happened or a name beside it, or someone "on the loose"; else None."""
    lower = text.strip().lower()
    if is_guide(lower) or lower.endswith(("?", ":")):
        return None
    at_large = _AT_LARGE.search(lower)
    if at_large is not None:
        return at_large.group()
    words = [_unquoted(w) for w in _WORD.findall(lower)]
    found = next((w for i, w in enumerate(words) if w in _HAPPENING_NOUNS and _names_the_happening(words, i)), None)
    if found is None:
        return None
    named = any(w[:1].isupper() for w in _NAME.findall(text.strip())[1:])
    return found if named or _WHERE.search(lower) else None
