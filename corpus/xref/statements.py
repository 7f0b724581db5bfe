"""Do two claims report the same happening? Statement matching by rare shared words.

Each claim is a bag of word stems weighted by how rare the word is in English
(wordfreq's Zipf scale: "the" weighs nothing, "rehab" 2.7, a name never seen 6.5). Two
claims match on the rare words they share, and their articles on the rare words of their
headlines and leads: sentences about one happening share a name, a place and an event word,
and so do their articles' leads, while two similar happenings (two earthquakes, two
blasts at one plant) differ in the names, places and years around them.

The weights come from a fixed word list, not from the corpus, so a claim's bag is the same
whether its article came by ``build`` or by ``add``, and can be stored.
"""

from __future__ import annotations

import math
import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from corpus.extract.entities import initials
from corpus.wordlist import rarity
from corpus.xref.happenings import ACT_NOUNS, ACTS
from corpus.xref.memo import per_article, per_claim, per_pair
from corpus.xref.stems import SYNONYMS, phrases, stem

if TYPE_CHECKING:
    from corpus.model import Article
    from corpus.xref.features import Features  # features imports this module

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")
_YEAR_DAYS = 400  # a little over a year: an anniversary report is still about the first
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_STOP = frozenset(
    """
    the a an and or but of to in on at for with by from as that this these those it its is are was were be been
    has have had will would could may might can not no also said says say told according which who whom whose
    their his her they he she we our there than then into about over after before during while since more most
    some such only other another both each all any very just now already up out so if when where what how
    """.split()
)
LEAD_CHARS = 600  # an article's headline and lead say what it is about


@lru_cache(maxsize=65536)
def bag(text: str) -> dict[str, float]:
    """The text's content words (stemmed: "fired"/"fires" meet), each with its rarity."""
    return _bag(text)


def _bag(text: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for token in _WORD.findall(phrases(text.replace("’", "'"))):
        word = token.lower().strip("'-")
        if len(word) < 3 or word in _STOP:
            continue
        key = stem(word)
        if key not in out:
            weight = rarity(word)
            if weight > 0:
                out[key] = weight
    return out


_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


@lru_cache(maxsize=65536)
def common_words(text: str, least: float = 2.0) -> frozenset[str]:
    """Stems of the text's words written in lower case that are not everyday English: the event
    words and things ("rehab", "pirates", "quake"), as against names."""
    out = set()
    for token in _LOWER_WORD.findall(phrases(text.replace("’", "'"))):
        word = token.strip("'-")
        if len(word) >= 3 and word not in _STOP and rarity(word) >= least:
            out.add(stem(word))
    return frozenset(out)


def story_bag(title: str | None, body: str) -> dict[str, float]:
    """The rare words of an article's headline and lead."""
    return bag((title or "") + "\n" + body[:LEAD_CHARS])


@lru_cache(maxsize=256)  # an article's claims are described one after another
def article_bag(body: str) -> dict[str, float]:
    """The rare words of a whole article: what its story is about, beyond its headline and lead."""
    return _bag(body)


@lru_cache(maxsize=256)
def article_years(body: str) -> frozenset[str]:
    return years(body)


# The two bags ``shared_weight`` was last asked of, and its answer: the rules asked of one pair of claims ask it of
# the same two bags one after another (47% of its calls in a build). Bags are never changed once made (a claim's
# features), and the tuple holds them alive, so the same objects are the same bags. (One tuple, read and replaced
# whole: a thread never reads one pair's answer for another.)
_last_shared: tuple[object, object, float] = (None, None, 0.0)


def shared_weight(a: dict[str, float], b: dict[str, float]) -> float:
    global _last_shared
    last = _last_shared
    if a is last[0] and b is last[1]:
        return last[2]
    small, big = (a, b) if len(a) < len(b) else (b, a)
    if small.keys().isdisjoint(big):
        weight: float = 0  # (what ``sum`` of nothing gives)
    else:
        weight = sum([w for k, w in small.items() if k in big])  # in the small bag's order: the same float
    _last_shared = (a, b, weight)
    return weight


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    """Weighted overlap, 0..1: the shared words' weight against both bags' (a cosine of 0/1 vectors)."""
    if not a or not b:
        return 0.0
    return shared_weight(a, b) / math.sqrt(sum(a.values()) * sum(b.values()))


def rarest(words: dict[str, float], n: int = 3) -> list[str]:
    """The ``n`` rarest words: the blocking keys a claim meets others on."""
    return sorted(words, key=lambda k: (-words[k], k))[:n]


def years(text: str) -> frozenset[str]:
    return frozenset(_YEAR.findall(text))


def top_shared(a: dict[str, float], b: dict[str, float], n: int = 3) -> list[str]:
    """The rarest words both share, for the reason line."""
    shared = {k: w for k, w in a.items() if k in b}
    return rarest(shared, n)


# Calibrated on ECB+ topics 1-35 (tests/bench/eval_links.py): at these marks about nine in ten
# sentence pairs are about the same happening, and fewer than one "corroborates" in a hundred
# joins two different happenings of one kind.
SAME_HAPPENING = 1.6
RELATED_HAPPENING = 1.4
# The topic and wording rules' links across articles need one of: articles whose leads share
# rare words (one story), or sentences that share several rare words (a name, a place, a thing).
_STORY_LEADS = 0.45
_CLOSE_WORDING, _CLOSE_SHARED = 0.5, 12.0
_MIN_SHARED = 3.0  # the shared words must weigh at least one rare word's worth ("rehab" 2.7 is not enough)
_LEAD_WEIGHT = 2.0


def happening_score(a: Features, b: Features) -> float:
    """How surely two claims (Features) of different articles report one happening."""
    if shared_weight(a.lemmas, b.lemmas) < _MIN_SHARED:
        return 0.0
    return overlap(a.lemmas, b.lemmas) + _LEAD_WEIGHT * overlap(a.lead_lemmas, b.lead_lemmas)


def kindred(a: Features, b: Features) -> bool:
    """Enough specific shared evidence for two claims (Features) of different articles to be linked at all."""
    shared = shared_weight(a.lemmas, b.lemmas)
    if shared < _MIN_SHARED or different_people(a, b):
        return False
    if overlap(a.lead_lemmas, b.lead_lemmas) >= _STORY_LEADS:
        return True
    return shared >= _CLOSE_SHARED and overlap(a.lemmas, b.lemmas) >= _CLOSE_WORDING


@per_pair
def different_people(a: Features, b: Features) -> bool:
    """Each claim names someone the other does not ("placed Reggie Bush on injured reserve" /
    "placed Pierre Thomas on injured reserve"), or calls the same kind of person by another nationality
    ("a British climber" / "an Australian climber"): two happenings of one kind. Who said it does not count, nor who
    is named only in what a claim says of someone else (``_acting_people``)."""
    acting, others = _acting_people(a), _acting_people(b)
    if (
        acting
        and others
        and _someone_unnamed(acting, others)
        and _someone_unnamed(others, acting)
        # (a name the other claim names as no person's is no one it leaves out: "the New Orleans Saints" there)
        and _someone_unnamed(acting - b.entities, others)
        and _someone_unnamed(others - a.entities, acting)
    ):
        return True
    x = _positions_of(a)
    if x and (y := _positions_of(b)) and x.isdisjoint(y):
        return True  # "a San Diego lineman" / "San Diego wide receiver Vincent Jackson"
    if _unnamed_apart(a, b):
        return True  # "The adult, in Lea County, was not vaccinated" / "A child who was not vaccinated has died"
    if _lone_nationals_apart(a, b):
        return True  # "British climber dies in fall" / "An Australian ski mountaineer died": two people
    mine = _nationals_of(a)
    if not mine or not (theirs := _nationals_of(b)):  # (the other's asked only when the first names some)
        return False
    return any(mine[noun].isdisjoint(theirs[noun]) for noun in mine.keys() & theirs.keys())


@per_claim
def _acting_people(f: Features) -> frozenset[str]:
    """The people the claim names, less those it names only in what it says of someone else before telling what
    happened ("Fred LaRue, a close aide to John Mitchell, has died": Mitchell tells who LaRue was, and a report of the
    death calling him "a Nixon official rumoured to be Deep Throat" tells of the same death)."""
    said_of = "".join(
        part if i % 2 == 0 else " " * len(part) for i, part in enumerate(_DESCRIPTION_SPLIT.split(f.claim.text))
    )
    if said_of == f.claim.text:
        return f.people
    # (a person named by a role, "the running back", or by the story, stays: only a name written in a description goes)
    return frozenset(person for person in f.people if _names(person, said_of) or not _names(person, f.claim.text))


def _names(person: str, text: str) -> bool:
    return re.search(rf"\b{re.escape(_surname(person))}\b", text) is not None


# One person called by nationality: "a British climber", "an Australian ski mountaineer", "a Briton". (Not a group:
# "North Korean troops" and "Russian forces" fight side by side.)
_ONE_PERSON = (
    "man woman boy girl teenager teen climber mountaineer hiker skier walker tourist student worker doctor nurse "
    "soldier officer journalist reporter driver pilot sailor fisherman businessman businesswoman citizen national "
    "resident pensioner mother father son daughter husband wife aid-worker volunteer"
)
_NATIONALITY = r"[A-Z][a-z]{2,}(?:ian|ean|ese|ish|an)"
_LONE_NATIONAL = re.compile(
    rf"\b(?P<nation>{_NATIONALITY}|New\s+Zealand)\s+(?:[a-z-]+\s+){{0,2}}?(?:{'|'.join(_ONE_PERSON.split())})\b(?!-)"
    r"|\b(?P<briton>Briton)\b"
)
_NATIONALITY_WORD = re.compile(rf"\b(?:{_NATIONALITY}|Britons?|New\s+Zealand)\b")
# Nationalities one person may be called by alike: a Briton is British, and may be English or Scottish.
_ONE_NATION = {"briton": "british", "english": "british", "scottish": "british", "welsh": "british"}


def _nation_key(word: str) -> str:
    key = " ".join(word.lower().split())
    return _ONE_NATION.get(key, key)


@per_claim
def _lone_nationals(f: Features) -> tuple[frozenset[str], frozenset[str]]:
    """(the nationalities the claim calls one person by, every nationality word it uses)."""
    text = f.claim.text
    lone = frozenset(_nation_key(m.group("nation") or m.group("briton")) for m in _LONE_NATIONAL.finditer(text))
    return lone, frozenset(_nation_key(m.group().removesuffix("s")) for m in _NATIONALITY_WORD.finditer(text))


def _lone_nationals_apart(a: Features, b: Features) -> bool:
    """Each claim calls one person by a nationality, the two differ, and neither names the other's at all ("British
    climber dies in fall" / "An Australian man died after falling"; not "Australian, English climbers killed")."""
    mine, my_words = _lone_nationals(a)
    if len(mine) != 1:
        return False
    theirs, their_words = _lone_nationals(b)
    return len(theirs) == 1 and mine != theirs and my_words.isdisjoint(theirs) and their_words.isdisjoint(mine)


# Words calling one unnamed person by age and sex: a child is no adult, a man no woman or girl.
_CHILD, _ADULT, _MALE, _FEMALE = "child", "adult", "male", "female"
_PERSON_NOUNS = {
    "child": {_CHILD},
    "boy": {_CHILD, _MALE},
    "girl": {_CHILD, _FEMALE},
    "baby": {_CHILD},
    "infant": {_CHILD},
    "toddler": {_CHILD},
    "adult": {_ADULT},
    "man": {_ADULT, _MALE},
    "woman": {_ADULT, _FEMALE},
}
# (the sentence's subject, opening it: "A man suspected of shooting three people" is the gunman, and "shot and killed a
# woman" tells of his victim, one happening)
_NOUN = r"(?P<noun>" + "|".join(_PERSON_NOUNS) + r")\b(?![\w-])"
_UNNAMED_PERSON = re.compile(r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,3},\s+)?(?:An?|The)\s+(?:[\w-]+\s+){0,2}?" + _NOUN)
_PERSON_NOUN = re.compile(r"\b" + _NOUN)
_APART = ({_CHILD, _ADULT}, {_MALE, _FEMALE})


@per_claim
def _unnamed_person(f: Features) -> frozenset[str]:
    """What the unnamed person the claim opens with is, by the noun it calls them ("A school-aged child": child)."""
    m = _UNNAMED_PERSON.match(f.claim.text)
    return frozenset(_PERSON_NOUNS[m.group("noun")]) if m else frozenset()


@per_claim
def _people_told_of(f: Features) -> tuple[frozenset[str], ...]:
    """What each person the claim calls by such a noun anywhere is ("killed a woman": adult, female)."""
    return tuple(frozenset(_PERSON_NOUNS[m.group("noun")]) for m in _PERSON_NOUN.finditer(f.claim.text))


def _kinds_apart(x: frozenset[str], y: frozenset[str]) -> bool:
    return any(len(x & pair) == 1 and len(y & pair) == 1 and x & pair != y & pair for pair in _APART)


def _unnamed_apart(a: Features, b: Features) -> bool:
    """Each claim opens with an unnamed person of another age or sex than the other's, and neither tells of anyone
    the other's could be ("The adult, in Lea County, ..." / "A school-aged child who ..."): two people, two
    happenings. (Not "A man has been charged in a hit-and-run that killed a woman" / "A woman has died after being
    hit by a car": the driver and the victim of one.)"""
    mine, theirs = _unnamed_person(a), _unnamed_person(b)
    if not mine or not theirs or not _kinds_apart(mine, theirs):
        return False
    return all(_kinds_apart(x, theirs) for x in _people_told_of(a)) and all(
        _kinds_apart(y, mine) for y in _people_told_of(b)
    )


# A player's position: two reports naming players of other positions tell of two people. (Not the positions
# English also uses for other things: "guard", "tackle", "safety", "forward", "centre", "back".)
_POSITION = re.compile(
    r"\b(?:(?:wide\s+)?receiver|(?:offensive\s+|defensive\s+)?line(?:man|men|backer|backers)|quarterback|"
    r"cornerback|running\s+back|tight\s+end|kicker|punter|pitcher|catcher|shortstop|outfielder|infielder|"
    r"goalkeeper|goalie|striker|midfielder|defender|winger|point\s+guard)s?\b",
    re.IGNORECASE,
)


@per_claim
def _positions_of(f: Features) -> frozenset[str]:
    """The players' positions the claim names ("lineman", "wide receiver" as "receiver")."""
    out = set()
    for m in _POSITION.finditer(f.claim.text):
        words = m.group().lower().split()
        out.add(words[-1].replace("linemen", "lineman").removesuffix("s"))  # "wide receivers" -> "receiver"
    return frozenset(out)


@per_claim
def _nationals_of(f: Features) -> dict[str, frozenset[str]]:
    return nationals(f.claim.text)


# A word of an organisation's name this rare in English tells it from another ("Arvo Bank" / "Celta Bank").
_DISTINCT_NAME = 2.0


@lru_cache(maxsize=65536)  # a claim's text and entities, asked about in every pair it is in
def _distinct_words(name: str) -> frozenset[str]:
    words = (w.strip('.,;:!?"“”()').removesuffix("'s").removesuffix("’s").lower() for w in name.split())
    return frozenset(w for w in words if len(w) >= 3 and rarity(w) >= _DISTINCT_NAME)


# A country owning a body's name: "Malawi's Democratic Progressive Party" is the Democratic Progressive Party.
_OWNER_OPENING = re.compile(r"^(?:[A-Z][\w-]+\s){0,2}[A-Z][\w-]+['’]s\s+(?=[A-Z])")


def one_body(name: str, other: str) -> bool:
    """Two names of one body: the same name, or an acronym and the initials of the other's name, which news uses
    for a body once it has named it ("the DPP" / "Malawi's Democratic Progressive Party", "MEC" / "the Malawi
    Electoral Commission")."""
    if name == other:
        return True
    short, long = sorted((name, other), key=len)
    if not (short.isupper() and short.isalpha() and len(short) >= 2 and " " in long):
        return False
    return initials(_OWNER_OPENING.sub("", long)) == short or initials(long) == short


@per_claim
def _named_bodies_about(f: Features) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each organisation the claim is about with its distinctive words: not who said it (nor its initials: "MEC"
    beside "according to results released by the Malawi Electoral Commission"), nor the aliases added for
    matching ("UMD" for "UK Ministry of Defence")."""
    from corpus.xref.features import entity_type  # features imports this module

    speakers = [s for s in f.claim.speaker_chain or [f.claim.speaker or ""] if s]
    said = {w for name in speakers for w in name.split()}
    return tuple(
        (e, words)
        for e in f.claim.entities
        if (words := _distinct_words(e))
        and entity_type(e) == "organisation"
        and not any(w in said for w in e.split())
        and not any(one_body(e, s) for s in speakers)
    )


@per_claim
def _named_words(f: Features) -> frozenset[str]:
    """The distinctive words a claim names anywhere: in its entities or its text."""
    return frozenset(w for e in f.entities for w in _distinct_words(e)) | _distinct_words(f.claim.text)


def _other_bodies(a: Features, b: Features) -> bool:
    """An organisation ``a`` is about (not who said it) that ``b`` never names, by a distinctive word or by the
    other form of an acronym ("the DPP" / "the Democratic Progressive Party")."""
    bodies = _named_bodies_about(a)
    if not bodies:
        return False
    theirs = _named_words(b)
    return any(not (words & theirs) and not any(one_body(body, e) for e in b.claim.entities) for body, words in bodies)


def different_parties(a: Features, b: Features) -> bool:
    """Each claim is about an organisation the other never names ("fined Arvo Bank 2 million euros" /
    "fined Celta Bank 2 million euros"): two happenings of one kind, however alike the words and figures."""
    return _other_bodies(a, b) and _other_bodies(b, a)


@lru_cache(maxsize=65536)
def name_words(name: str) -> frozenset[str]:
    """The words of a name that are capitalised and of three letters or more."""
    return frozenset(w for w in name.split() if len(w) >= 3 and w[:1].isupper())


def _someone_unnamed(people: frozenset[str], others: frozenset[str]) -> bool:
    """One of ``people`` is none of ``others``: no surname of either is a word of the other's name, so
    "Marsh", "Ellen Marsh" and "Ellen Marsh To Tour" (a title-case headline read as a name) are one person."""
    return any(
        not any(
            p == q or _surname(p) in name_words(q) or _surname(q) in name_words(p) or _spelt_two_ways(p, q)
            for q in others
        )
        for p in people
    )


def _spelt_two_ways(name: str, other: str) -> bool:
    """One given name and a surname spelt one letter apart by two outlets ("Duncan Rait" / "Duncan Raite")."""
    mine, theirs = name.split(), other.split()
    if len(mine) != 2 or len(theirs) != 2 or mine[0] != theirs[0]:
        return False
    x, y = sorted((mine[1], theirs[1]), key=len)
    if len(x) < 4 or len(y) - len(x) > 1 or x[:1] != y[:1]:
        return False
    if len(x) < len(y):
        return any(y[:i] + y[i + 1 :] == x for i in range(len(y)))  # a letter more
    return sum(c != d for c, d in zip(x, y, strict=True)) == 1  # a letter other


def _surname(name: str) -> str:
    """The last word of a name that could be a surname: "Halberg AG" is Halberg's (a legal form is no surname)."""
    return next((w for w in reversed(name.split()) if len(w) >= 3 and w[:1].isupper()), name.split()[-1])


@lru_cache(maxsize=1)
def _national_noun() -> re.Pattern[str]:
    from corpus.extract.entities import gazetteer

    names = sorted(gazetteer().demonyms, key=lambda n: (-len(n), n))  # longest first; one order in every process
    # Beyond the gazetteer's, the shape of a nationality adjective: Australian, Korean, Nepalese, Polish.
    shaped = r"[A-Z][a-z]{2,}(?:ian|ean|ese|ish)|[A-Z]{3,}(?:IAN|EAN|ESE|ISH)"
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + "|" + shaped + r")\s+([a-z]{3,})\b")


@lru_cache(maxsize=65536)
def nationals(text: str) -> dict[str, frozenset[str]]:
    """noun -> the nationalities the text gives it ("an Australian climber" -> {"climber": {"australian"}})."""
    out: dict[str, set[str]] = {}
    for m in _national_noun().finditer(text):
        noun = m.group(2).lower()
        if noun not in _STOP:
            out.setdefault(stem(noun), set()).add(m.group(1).lower())
    return {k: frozenset(v) for k, v in out.items()}


def _day(f: Features) -> str:
    """The claim's own day, else its article's stated (not estimated) publication day, else ""."""
    if f.claim.date and len(f.claim.date) >= 10:
        return f.claim.date[:10]
    published = f.article.published or ""
    return published[:10] if len(published) >= 10 and not f.article.published_estimated else ""


def _ahead_of_its_report(f: Features) -> bool:
    """The claim's own stated date is after its article's publication day ("by 2028" in a report of 2026)."""
    own, published = "" if f.claim.date_estimated else f.claim.date or "", f.article.published or ""
    return bool(own and published) and own[: len(published)] > published[: len(own)]


def _published_number(f: Features) -> int | None:
    published = f.article.published or ""
    try:
        return date.fromisoformat(published[:10]).toordinal() if len(published) >= 10 else None
    except ValueError:
        return None


@per_claim
def _day_number(f: Features) -> int | None:
    """``_day`` as a day number, None when there is none or it is no date."""
    day = _day(f)
    try:
        return date.fromisoformat(day).toordinal() if day else None
    except ValueError:
        return None


@per_claim
def _year_number(f: Features) -> int | None:
    """The year of the claim's own date (a year or a month will do), else of ``_day``; None when none."""
    year = (f.claim.date or _day(f))[:4]
    return int(year) if year.isdigit() else None


def _partial(f: Features) -> bool:
    """The claim names its own time as a year or a month, not a day ("in 2023", "last March"), and no other
    year: "failed to report suspicious transactions between January 2019 and March 2024" is dated by the start
    of the span it names, not by when it was found or fined."""
    own = f.claim.date or ""
    return not f.claim.date_estimated and len(own) in (4, 7) and f.years <= {own[:4]}


@per_claim  # (asked of most pairs: different_times)
def _own_span(f: Features) -> tuple[int, int] | None:
    """The first and last day numbers of the claim's own time (a year's, a month's, a day's), else its article's
    day; None when there is none."""
    own = "" if f.claim.date_estimated else f.claim.date or ""
    try:
        if len(own) == 4 and own.isdigit():
            return date(int(own), 1, 1).toordinal(), date(int(own), 12, 31).toordinal()
        if len(own) == 7:
            year, month = int(own[:4]), int(own[5:7])
            after = date(year + month // 12, month % 12 + 1, 1).toordinal()
            return date(year, month, 1).toordinal(), after - 1
    except ValueError:
        return None
    day = _day_number(f)
    return None if day is None else (day, day)


@per_pair
def different_times(a: Features, b: Features) -> bool:
    """The claims' days (their own, else their articles') are more than a year apart: two happenings
    of one kind (two floods in one valley), not one reported twice. A count that says it runs over
    the span ("since 2022", the same year named in both) is one story however far apart its reports.
    A claim dated by its year alone is apart from one dated three or more years away ("The last rail
    strike, in 2019, cancelled 90% of services" in an undated explainer / a strike reported in 2026)."""
    if a.since_text or b.since_text or a.years & b.years:
        return False
    if _ahead_of_its_report(a) != _ahead_of_its_report(b):
        # "It will cut 3,500 jobs by 2028" / "plans to eliminate about 3,500 positions": a date after the report is
        # the deadline of what it plans, not when it happened; such a plan is when it was told (its article's day).
        x, y = _published_number(a), _published_number(b)
        return x is not None and y is not None and abs(x - y) > _YEAR_DAYS
    spans = _own_span(a), _own_span(b)
    if None not in spans and (_partial(a) or _partial(b)):
        # "In 2023, police arrested 23 people" in a report of October 2026: the claim's own year, not its
        # article's day, is when it happened (the latest day that year may be, against the other's earliest).
        (first, last), (start, end) = spans  # type: ignore[misc]
        return max(start - last, first - end) > _YEAR_DAYS
    x, y = _day_number(a), _day_number(b)
    if x is None or y is None:  # (one day not a date: apart only when their years are far apart)
        first, second = _year_number(a), _year_number(b)
        return first is not None and second is not None and abs(first - second) > 2
    return abs(x - y) > _YEAR_DAYS


# Two articles report one event when their whole texts share enough rare words (the names,
# places and event words that recur through both), and do not date themselves to different years.
# Calibrated on ECB+ topics 1-35 (each topic holds two similar events): at this mark about nine
# in ten article pairs are about one event.
SAME_EVENT_ARTICLES = 0.3
SAME_EVENT_SHARED = 5.0  # and two of their sentences share more than a name: about that event
_SAME_EVENT_CACHE: dict[tuple[str, str], float] = {}


def same_event_articles(a: Features, b: Features, least: float = SAME_EVENT_ARTICLES) -> bool:
    """Whether the articles of two claims (Features) are about one event (a function of the two articles):
    their whole texts overlap by ``least`` or more; at the default mark, also two reports leading with one event
    (``leads_tell_one_event``)."""
    if event_overlap(a, b) >= least:
        return True
    return least == SAME_EVENT_ARTICLES and leads_tell_one_event(a, b)


# Articles less alike, whose headlines and leads are alike (their rare words), still tell of one event: the rest of one
# says more besides (the background, the aftermath). Calibrated on ECB+ topics 1-25 (two similar events each): about
# nine in ten article pairs at these marks are about one event (160 of 173 below ``SAME_EVENT_ARTICLES``).
LEADS_ALIKE_ARTICLES = 0.2
LEADS_ALIKE = 0.35


# Articles a little less alike than ``SAME_EVENT_ARTICLES`` whose headlines and leads give a figure in common (a toll, an
# age, a magnitude) tell of one event: two look-alike events of one kind give other figures. Calibrated on ECB+ topics
# 1-25: all 107 such article pairs at 0.25-0.3 are about one event (475 of 597 without the figure).
LEAD_FIGURE_ARTICLES = 0.25


def leads_tell_one_event(a: Features, b: Features) -> bool:
    """Whether the articles of two claims are somewhat alike (``LEADS_ALIKE_ARTICLES``, no years apart) and their
    headlines and leads much alike (``LEADS_ALIKE``), or a little more alike (``LEAD_FIGURE_ARTICLES``) and their
    headlines and first lines give a figure in common (``lead_figures``): two reports leading with one event (a
    function of the two articles)."""
    alike = event_overlap(a, b)
    if alike >= LEADS_ALIKE_ARTICLES and overlap(a.lead_lemmas, b.lead_lemmas) >= LEADS_ALIKE:
        return True
    return alike >= LEAD_FIGURE_ARTICLES and not lead_figures(a.article).isdisjoint(lead_figures(b.article))


# A number as a report's lead gives it: "killed 10", "a 6.1-magnitude quake", "a 59-year-old", "1,200 homes"; not part
# of a word, a time ("11:00"), a sum or a share (their figures recur in look-alike stories: "a $160 million offer").
_LEAD_FIGURE = re.compile(r"(?<![\w.,:/$£€-])\d+(?:,\d{3})*(?:\.\d+)?(?![\w:/%]|,\d|\.\d)")
# "Dec. 11", "March 3": a day of a month, not a figure
_MONTH_BEFORE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.IGNORECASE)


def lead_figures(article: Article) -> frozenset[str]:
    """The figures an article's headline and first two lines give (not its years: ``event_years``), as written less
    commas. (What the report leads with: a later line may recall another event's figures, "after one in June killed
    24 people".)"""
    return _lead_figures(article.title, article.body)


_FIRST_LINES = re.compile(r"[^\n]*\S[^\n]*")


@lru_cache(maxsize=256)  # an article's claims are paired one after another
def _lead_figures(title: str | None, body: str) -> frozenset[str]:
    text = "\n".join([title or "", *_FIRST_LINES.findall(body[:LEAD_CHARS])[:2]])
    return frozenset(
        m.group().replace(",", "")
        for m in _LEAD_FIGURE.finditer(text)
        if not _YEAR.fullmatch(m.group()) and not _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start())
    )


def event_overlap(a: Features, b: Features) -> float:
    """How much the whole texts of two claims' articles share (0..1), 0 when they date themselves to
    different years (a function of the two articles)."""
    key = (a.article.id, b.article.id) if a.article.id < b.article.id else (b.article.id, a.article.id)
    found = _SAME_EVENT_CACHE.get(key)
    if found is None:
        if len(_SAME_EVENT_CACHE) > 100_000:
            _SAME_EVENT_CACHE.clear()
        other_years = a.event_years and b.event_years and not (a.event_years & b.event_years)
        found = 0.0 if other_years else overlap(a.event_lemmas, b.event_lemmas)
        _SAME_EVENT_CACHE[key] = found
    return found


# ---------------------------------------------------------------- what happened ------------------------------------
# Two reports of one event in other words share what happened ("was arrested" / "police arrested", "killed" /
# "died", "a storm struck" / "the storm hit"), not only the names around it: the people and things a story's
# sentences all name ("the mayor", "the museum") say nothing of which of its events each tells.

_AUXILIARY = re.compile(
    r"\b(?:to|will|would|was|were|been|be|being|has|have|had|is|are|got|get|gets)\s+$", re.IGNORECASE
)
# Past forms that do not end in "-ed".
_IRREGULAR = frozenset(
    "struck hit shot stole stolen fled won beat beaten fell fallen broke broken sank sunk caught bought sold quit led "
    "hung slain slew burnt swept threw thrown bit bitten froze frozen sentenced shook".split()
)
# Words that end like a verb form and are none, or tell of saying and reporting, not of what happened.
_NO_ACTION = frozenset(
    """
    according morning mornings evening evenings during including nothing something anything everything thing things
    building buildings meeting meetings ceiling king spring string ring wedding feeling following ongoing outstanding
    interesting leading coming upcoming opening earnings savings funding hundred need needed speed indeed seed bed
    red shed united limited detailed expected reported reports reporting reporter announced announcing confirmed
    confirming added adding stated claimed claiming noted explained quoted insisted denied denying believed
    described asked answered replied warned called named alleged allegedly revealed released told saying
    taken taking given giving making held holding leaving going coming started starting used using looking trying
    tried moved moving seemed turned kept keeping brought included remained remaining continued continuing allowed
    helped happened involved received showed showing wanted wanting planned looked worked working based related
    concerned armed
    """.split()
)
# Nouns of what happened that stand for a verb ("custody", "detention", "resignation", "jailbreak").
_ACTION_NOUNS = frozenset(
    w for w, canonical in SYNONYMS.items() if canonical not in ("plant", "bicycle", "vehicle", "aluminium", "fault")
)
# A past form after a determiner or a preposition describes the noun after it ("the injured passengers", "a
# suspected boss", "on cancelled trains", "for stolen goods"): what kind of thing, not that anything happened; so
# with an adverb between ("the newly elected mayor", "all currently supported versions").
_ADVERB = r"(?!(?:family|assembly|supply|rally|anomaly|monopoly|reply|belly|bully|jelly|ally)\b)[a-z]{3,}ly\s+"
_MODIFIER_BEFORE = re.compile(
    r"\b(?:(?:the|a|an|his|her|its|their|our|this|that|these|those|on|of|in|for|with|from|at|into|among|without)\s+"
    rf"(?:{_ADVERB})?|all\s+{_ADVERB})$",
    re.IGNORECASE,
)
# "fishing boats", "parking lot": an -ing word before a noun describes it; before a determiner, a number, a
# preposition, a pronoun or a stop ("killing at least 10", "injuring dozens", "stabbing her") it is a verb.
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those|him|them|it|me|us|you|himself|herself|"
    r"themselves|itself|at|in|on|of|to|into|onto|from|for|with|by|up|down|out|off|over|about|around|through|after|"
    r"before|and|or|but|as|more|most|several|many|some|dozens|hundreds|thousands|scores|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|all|both|each|every|no|nearly|almost|about|least)\b)[a-z]"
)
_ACTION_RARITY = 1.0  # "killed" (1.6), "arrested", "hit" (1.4); not "said", "made", "went"
_LOWER_TOKEN = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")


def _happening_nouns() -> frozenset[str]:
    from corpus.xref.happenings import GATHERINGS, SUDDEN, UNFOLDING

    return frozenset(w for w in (*SUDDEN, *UNFOLDING, *GATHERINGS) if " " not in w)


_HAPPENING_NOUNS = _happening_nouns()


@lru_cache(maxsize=65536)
def action_words(text: str) -> frozenset[str]:
    """The stems of the words of ``text`` that tell what happened: verb forms ("arrested", "stabbing", "was
    hit", "to resign"; a verb after an auxiliary or "to") and the nouns of happenings ("earthquake", "fire",
    "rally"), less the verbs of saying and the commonest verbs ("said", "made", "went")."""
    return frozenset(word for word, _verb in _actions_in_order(text))


_HAPPENING_STEMS = frozenset(stem(w) for w in _HAPPENING_NOUNS) | frozenset(ACT_NOUNS.values())


@lru_cache(maxsize=65536)
def happened_words(text: str) -> frozenset[str]:
    """``action_words`` told as verbs ("arrested", "was hit") or as nouns of a happening ("quake", "heist"): what the
    text tells happened, less the nouns of a process or a state ("an inquiry", "custody", "talks")."""
    return frozenset(word for word, verb in _actions_in_order(text) if verb or word in _HAPPENING_STEMS)


@lru_cache(maxsize=65536)
def head_action(text: str) -> str | None:
    """What the text says happened above all: its first verb of ``action_words`` ("Police arrested the mayor
    during an inquiry" -> "arrest"), else its first noun of a happening; None when it has neither."""
    found = _actions_in_order(text)
    return next((word for word, verb in found if verb), found[0][0] if found else None)


# Where a clause ends and the next begins: a comma, a colon or a dash, or a conjunction ("a fire ripped through her
# church" in "the family will worship in a school after a fire ripped through her church").
_CLAUSE_BREAK = re.compile(
    r"[,;:()\u2014\u2013]|\s-\s|\b(?:but|and|or|while|although|though|after|before|because|when|until|whereas|"
    r"pending|meaning|leading|so|yet|as|since|if|unless)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=65536)
def act_clause(text: str, act: str) -> str | None:
    """The clause of ``text`` (its phrases read as their one word) that tells ``act`` (a stem of ``action_words``):
    the words between the clause breaks around its first word; None when no word of it tells the act."""
    text = phrases(text.replace("’", "'"))
    for m in _LOWER_TOKEN.finditer(text):
        if _act_of(m.group().strip("'-")) != act:
            continue
        start = max((b.end() for b in _CLAUSE_BREAK.finditer(text, 0, m.start())), default=0)
        after = _CLAUSE_BREAK.search(text, m.end())
        return text[start : after.start() if after is not None else len(text)]
    return None


# "to" right before an act's word: what someone meant to do ("released a patch to fix the flaw", "aiming to fix it").
_TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)


@lru_cache(maxsize=65536)
def only_aimed_at(text: str, acts: frozenset[str]) -> bool:
    """Every word of ``text`` telling one of ``acts`` (stems of ``action_words``) is an infinitive after "to": the
    text tells the act as an aim ("issued a patch aiming to fix a flaw"), not that it was done."""
    text = phrases(text.replace("’", "'"))
    told = [m for m in _LOWER_TOKEN.finditer(text) if _act_of(m.group().strip("'-")) in acts]
    return bool(told) and all(_TO_BEFORE.search(text, max(0, m.start() - 4), m.start()) for m in told)


def _act_of(word: str) -> str:
    single = word[:-1] if word.endswith("s") and word[:-1] in _HAPPENING_NOUNS else word
    return ACTS.get(word) or stem(single)


@lru_cache(maxsize=65536)
def _actions_in_order(text: str) -> tuple[tuple[str, bool], ...]:
    """(stem, is a verb form) of each word of ``action_words``, in the text's order, once each."""
    text = phrases(text.replace("’", "'"))
    out: dict[str, bool] = {}
    for m in _LOWER_TOKEN.finditer(text):
        word = m.group().strip("'-")
        if word in _NO_ACTION or len(word) < 3 or word in _STOP or rarity(word) < _ACTION_RARITY:
            continue
        single = word[:-1] if word.endswith("s") and word[:-1] in _HAPPENING_NOUNS else word
        noun = single in _HAPPENING_NOUNS or word in _ACTION_NOUNS or word in ACT_NOUNS
        verb = (
            (
                (word in _IRREGULAR or (len(word) >= 5 and word.endswith("ed")))
                and not _MODIFIER_BEFORE.search(text, 0, m.start())
            )
            or (len(word) >= 6 and word.endswith("ing") and not _NOUN_AFTER.match(text, m.end()))
            or _AUXILIARY.search(text, max(0, m.start() - 12), m.start()) is not None
        )
        if noun or verb:
            key = _act_of(word)
            out[key] = out.get(key, False) or verb
    return tuple(out.items())


# What an act was done to: the noun after its verb ("is sending soldiers", "send more workers abroad", "to observe
# Russian forces"), past a few modifiers; or, told in the passive, the noun before it ("troops had been observed").
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:the|a|an|its|their|his|her|more|some|several|many|about|around|nearly|over|[\d,.]+|"
    r"[A-Z][\w’'-]*|[a-z]+-[a-z]+|[a-z]+['’]s)\s+){0,3}(?P<noun>[A-Za-z]{3,})\b(?!['’])"
)
_PASSIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<noun>[A-Za-z]{3,})\s+(?:had\s+|has\s+|have\s+)?(?:been|was|were|is|are|being)\s+(?:\w+ly\s+)?$"
)
_NO_PATIENT = frozenset(
    "in on at to into from for with by about over abroad back home away out off up down and but or as than that "
    "this there here now then again also already still just yet which who".split()
    # what follows a verb but is no thing it was done to: when ("died early Thursday", "returned minutes later"),
    # where ("was walking toward", "shot outside"), someone told before ("shot him") or how many ("killing one")
    + "early late earlier later morning afternoon evening night overnight weekend today tonight yesterday minutes "
    "hours days weeks months years toward towards alongside near inside outside through across against along behind "
    "beyond under upon within without among him them himself herself themselves itself one two three four five six "
    "seven eight nine ten dozen dozens hundreds thousands".split()
)
# An adverb ("died peacefully") or a verb's past form ("a fire ripped through"): no noun the act was done to.
_NO_NOUN_ENDING = re.compile(r"[a-z]{3,}(?:ly|ed)$")
_NOUNS_ENDING_SO = frozenset("family assembly supply rally anomaly monopoly reply belly bully jelly seabed".split())


def _not_a_noun(word: str) -> bool:
    return word in _NO_PATIENT or (_NO_NOUN_ENDING.match(word) is not None and word not in _NOUNS_ENDING_SO)


@lru_cache(maxsize=65536)  # asked of one sentence and act by many pairs
def patient_of(text: str, action: str) -> str | None:
    """The stem of what the first verb of ``action`` (a stem of ``action_words``) in ``text`` was done to, when
    the words say it plainly; None when they do not."""
    for m in _LOWER_TOKEN.finditer(text):
        if stem(m.group().strip("'-")) != action:
            continue
        passive = None if m.group().endswith("ing") else _PASSIVE_BEFORE.search(text, max(0, m.start() - 60), m.start())
        found = passive if passive is not None else _OBJECT_AFTER.match(text, m.end())
        noun = found.group("noun") if found is not None else ""
        if not noun[:1].islower() or noun in _STOP or _not_a_noun(noun):
            return None  # no noun, or a name ("Marek was detained"): who it was is for the names to tell
        return stem(noun)
    return None


# Where a clause telling of another happening begins: "the bridge that collapsed", "who stepped down after the
# breakout", "during the stoppage" tell what the sentence's own news is about, not what it says happened.
_SUBORDINATE = re.compile(
    r"\b(?:which|who|whom|whose|that|after|before|during|since|following|until|because|although|though|while|when|"
    r"whereas|where|despite|amid)\b",
    re.IGNORECASE,
)
# "said that", "told reporters that", "confirmed that": the clause after is what was said, the sentence's news.
_SAID_THAT = re.compile(
    r"\b(?:said|says|say|told|tells|confirmed|confirms|announced|announces|reported|reports|added|stated|claimed|"
    r"claims|believe[sd]?|found|finds|ruled|alleged|alleges|insisted|explained|noted|warned|revealed|showed|shows)"
    r"(?:\s+(?:\w+\s+){0,2}?)?\s*$",
    re.IGNORECASE,
)


# What a sentence says of someone between commas before it tells what they did: an appositive or a relative clause
# ("Fred LaRue, 75, a Nixon aide who served a prison term, has died"; "Esther Williams, who swam to stardom, dies at
# 91"), closed by a comma and a verb. It tells who they are, not what happened. ("$300,000" is no comma of it.)
_DESCRIPTION = (
    r",\s+(?:\d{1,3},\s+)?(?:a|an|the|who|whose|which|once|known\s+as)\s(?:[^,;:\n]|,(?=\d{3}))*?,\s+"
    r"(?=(?:has|have|had|was|were|is|are|will|would|could|did|may|might)\s|[a-z]{3,}(?<!ss)(?:ed|es)\b|"
    r"(?:died|dies|found|fell|left|won|lost|took|made|got|went|came|led|threw|broke|struck|shot|hit|ran|sent|beat|"
    r"quit|resigned|resigns|says|said|told|tells)\b)"
)
# (split keeps the description as every other part: the text, a description, the text ...)
_DESCRIPTION_SPLIT = re.compile(f"({_DESCRIPTION})")
_DESCRIPTION_RE = re.compile(_DESCRIPTION)


def without_descriptions(text: str) -> str:
    """``text`` less what it says of someone between commas before telling what they did (``_DESCRIPTION``)."""
    return _DESCRIPTION_RE.sub(" ", text)


@lru_cache(maxsize=65536)
def main_clause(text: str) -> str:
    """The sentence less its subordinate clauses: an opening one ("After the storm passed, ...") up to its comma,
    and from the first one later on ("... the bridge that collapsed", "... after the breakout") to the end; "that"
    after a verb of saying opens what was said, which stays. What it says of someone between commas before telling
    what they did ("Fred LaRue, a Nixon aide who served a prison term, has died") goes first."""
    text = without_descriptions(text)
    opening = _SUBORDINATE.match(text.lstrip())
    if opening is not None:
        comma = text.find(",")
        text = text[comma + 1 :] if comma > 0 else ""
    for m in _SUBORDINATE.finditer(text):
        if m.group().lower() == "that" and _SAID_THAT.search(text, max(0, m.start() - 40), m.start()):
            continue
        return text[: m.start()]
    return text


@per_claim
def actions_of(f: Features) -> frozenset[str]:
    """``action_words`` of the claim's main clause: what it says happened."""
    return action_words(main_clause(f.claim.text))


@per_article  # (asked of pairs of claims of two articles)
def lead_acts(article: Article) -> frozenset[str]:
    """What the claim's article leads with as having happened: ``happened_words`` of its headline and lead."""
    return happened_words((article.title or "") + "\n" + article.body[:LEAD_CHARS])


@per_claim
def head_of(f: Features) -> str | None:
    """``head_action`` of the claim's main clause."""
    return head_action(main_clause(f.claim.text))


def one_event_told(a: Features, b: Features) -> str | None:
    """The evidence that two claims of two articles about one event (``same_event_articles``) tell the same happening
    of it: an act both tell, one of them as its news (its main clause), and a distinct name both give it ("Orvik"
    beside a mine's collapse), with no one or no time the other does not name. "act, name", else None."""
    if a.article.id == b.article.id or not same_event_articles(a, b):
        return None
    acts = action_words(a.claim.text) & action_words(b.claim.text)
    if not acts & (actions_of(a) | actions_of(b)):
        return None
    names = _distinct_names(a) & _distinct_names(b)
    if not names or different_people(a, b) or different_times(a, b):
        return None
    return f"{min(acts)}, {min(names, key=lambda w: (-rarity(w), w))}"


@per_claim
def _distinct_names(f: Features) -> frozenset[str]:
    """The distinctive words of the names the claim gives (``_distinct_words``)."""
    return frozenset(w for name in f.claim.entities for w in _distinct_words(name))
