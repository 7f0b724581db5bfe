"""Who "he", "she", "it", "they" and a bare surname are: the article's discourse so far.

A pronoun that speaks ("she said") is the nearest earlier *salient* referent it
fits: someone who spoke, or who was the subject of a sentence; a name merely
mentioned in passing ("a rally in Coral Springs", "the Peace Corps") is not
taken. It must fit the pronoun's gender (from honorifics, gendered roles,
common first names, or a pronoun the article itself ties to the name:
"Keller said he ...") and number, person versus organisation. When nothing
fits, the pronoun stays unresolved rather than guessed (precision first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from corpus.extract.attribution import mask_quotes
from corpus.extract.entities import find_entities

PERSON_ROLES = frozenset(
    "official spokesman spokeswoman spokesperson minister secretary leader president premier chancellor adviser "
    "advisor analyst expert diplomat commander general envoy ambassador chief head director officer source "
    "dictator strongman pundit lawmaker senator governor mayor participant researcher engineer inspector councillor "
    "councilor councilman councilwoman representative delegate judge prosecutor lawyer attorney professor doctor "
    "economist editor reporter correspondent coach manager founder chairman chairwoman candidate nominee activist "
    "developer architect historian scientist teacher detective sheriff captain pilot farmer".split()
)


PRONOUN_KIND = {"he": "person", "she": "person", "it": "thing", "they": "plural", "its": "thing"}
PRONOUN_GENDER = {"he": "m", "she": "f"}
# Within this many characters, a pronoun that speaks can refer back (about three paragraphs of news).
_REACH = 2500
_LOOKBACK = 300

# Common given names whose gender is near certain; general knowledge, not any dataset's names.
_MALE_NAMES = frozenset(
    """
    aaron adam ahmed alan albert alex alexander ali andrew angus anthony anton antonio barack ben benjamin bernie
    bill bob boris brian bruce carl carlos charles chris christopher chuck colin craig dan daniel david dennis
    dick dmitry don donald doug douglas ed edward emmanuel eric frank fred gary george gerald gordon greg
    gregory harry henry hugh ian ivan jack jacob james jason jeb jeff jeffrey jim jimmy joe john jon jonathan
    jorge jose joseph josh juan justin karl keith ken kenneth kevin kim-jong larry lee-myung lindsey luis marco
    mark martin matt matthew michael mike mitch mitt mohammed muhammad nick nigel olaf omar pat patrick paul
    pedro peter philip raul reince richard rick rob robert roger ron ronald rudy rudolph rush sam samuel scott
    sean sergei sergey stephen steve steven ted thomas tim timothy tom tony vladimir walter wayne william xi
    yuri
    """.split()
)
_FEMALE_NAMES = frozenset(
    """
    alicia alice amanda amy andrea angela ann anna anne barbara betsy carly caroline catherine chelsea christine
    claire condoleezza dana deborah diane donna elizabeth ellen emily emma gennifer hillary helen huma ivanka
    jane janet jennifer jessica jill joan julia julie karen kate katherine kathleen kathy kellyanne kelly
    kristen laura linda lisa liz margaret maria marine mary megyn melania melanie michelle monica nancy nicola
    nikki olga patricia rachel rebecca ruth sandra sarah sharon sheila stephanie susan theresa ursula valerie
    victoria yulia
    """.split()
)
_MALE_WORDS = re.compile(
    r"\b(?:Mr|Sir|Lord|King|Prince|spokesman|congressman|chairman|businessman|councilman|husband|father|son|"
    r"brother|uncle|grandfather|boyfriend|man|actor|himself)\b\.?"
)
_FEMALE_WORDS = re.compile(
    r"\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|spokeswoman|congresswoman|chairwoman|businesswoman|"
    r"councilwoman|wife|mother|daughter|sister|aunt|grandmother|girlfriend|woman|actress|herself)\b\.?"
)
_SAID_PRONOUN = re.compile(
    r"\W{0,3}(?:\s*\([^)]*\))?\s+(?:has\s+|had\s+|also\s+)?(?:said|says|told\s+\w+|added|wrote|argued|insisted|claimed|noted)"
    r"\s+(?:that\s+)?(?P<p>he|she|his|her)\b"
)
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Gen|Prof|President|Senator|Governor|Secretary)\.?\s+$")
_POSSESSIVE_NEXT = re.compile(r"[’']s?\b")
# Words that may stand before a subject ("Republican presidential nominee Donald Trump", "At a rally, Clinton").
_NOT_BEFORE_SUBJECT = frozenset(
    """
    in on at by with to for of from about after before when while since as than that which who whom whose and but or
    nor if because against between into over under said says told asked called met visited attacked criticized
    criticised praised endorsed backed named like unlike including include includes featuring
    """.split()
)


@dataclass(slots=True)
class Known:
    """A speaker or a name seen earlier in the article."""

    label: str
    words: set[str]  # lower-cased words of the phrase that introduced it
    kind: str  # person | thing | plural
    named: bool
    position: int
    spoke: bool = False  # remembered as a speaker, not only as a name in passing
    subject: bool = False  # the subject of its sentence


@dataclass
class Discourse:
    """What an article has said so far: who spoke, who acted, which names came with which titles and genders."""

    known: list[Known] = field(default_factory=list)
    last_speaker: tuple[str, list[str]] | None = None
    genders: dict[str, str] = field(default_factory=dict)  # lower-cased name -> "m" | "f"
    by_name_word: dict[str, list[Known]] = field(default_factory=dict)  # first or last word of a full name
    in_order: bool = True  # remembered in reading order (no sort needed)
    names: dict[tuple[str, int], tuple] = field(default_factory=dict)  # (phrase, position) -> resolved name

    def remember(self, label: str, phrase: str, kind: str, named: bool, position: int, spoke: bool = False,
                 subject: bool = False) -> None:
        words = {w.lower().strip("’'s") for w in re.findall(r"[\w’'-]+", phrase)}
        if self.known and position < self.known[-1].position:
            self.in_order = False  # a look-ahead into a quotation's later sentence
        self.known.append(Known(label, words, kind, named, position, spoke, subject))
        if named and " " in label and kind in ("person", "thing"):
            parts = label.split()
            for word in {parts[0], parts[-1]}:
                self.by_name_word.setdefault(word, []).append(self.known[-1])
        if kind == "person":
            gender = gender_of_phrase(phrase)
            if gender:
                self.learn_gender(label, gender)

    def learn_gender(self, label: str, gender: str) -> None:
        self.genders.setdefault(label.lower(), gender)

    def gender(self, label: str) -> str | None:
        """A name's gender as the article shows it; a bare surname only if every full name with it agrees
        (Bill and Hillary Clinton share one)."""
        key = label.lower()
        if key in self.genders:
            return self.genders[key]
        if " " not in key:
            seen = {g for name, g in self.genders.items() if name.split()[-1] == key}
            if len(seen) == 1:
                return seen.pop()
            if seen:
                return None
        return gender_of_phrase(label)

    def note_titled_names(self, text: str, position: int, mentions: list | None = None) -> None:
        """Remember names with their titles ("leader Kim Jong Un"), their gender, and whether they are the subject."""
        masked = mask_quotes(text) if ("“" in text or '"' in text) else text
        for mention in mentions if mentions is not None else find_entities(text):
            if masked[mention.start] != text[mention.start]:
                continue  # a name inside a quotation is not the article's own subject
            if mention.type in ("outlet", "organisation"):
                label = as_written(mention.surface, mention.name)
                self.remember(label, mention.surface + " " + mention.name, "thing", True, position + mention.start,
                              subject=_is_subject(text, mention.start, mention.end))
                continue
            surface = bare_name(mention.surface)
            honorific = _HONORIFIC_BEFORE.search(text, max(0, mention.start - 12), mention.start)
            if honorific and mention.type not in ("person", "outlet", "organisation", "country", "place"):
                # "Mr. Obama", "Sen. Warren": a titled surname is a person, and "Mrs."/"Mr." tell the gender.
                self.remember(surface, honorific.group(0) + surface, "person", True, position + mention.start,
                              subject=_is_subject(text, honorific.start(), mention.end))
                continue
            if mention.type != "person":
                # A bare surname ("Clinton leaned in") is the person named in full earlier.
                full = resolve_short_name(surface, self, position + mention.start, people_only=True) if " " not in surface else None
                if full is None:
                    continue
                surface = full[0]
            before = text[max(0, mention.start - 60) : mention.start]
            before = re.split(r"[,.;:“”\"]|\b(?:and|by|with|of|to)\b", before)[-1]
            after = re.match(r",\s*([^,.;]{3,80})", text[mention.end :])
            phrase = before + " " + surface + (" " + after.group(1) if after else "")
            self.remember(surface, phrase, "person", True, position + mention.start,
                          subject=_is_subject(text, mention.start, mention.end))
            tied = _SAID_PRONOUN.match(text, mention.end)
            if tied:
                self.learn_gender(surface, "m" if tied.group("p") in ("he", "his") else "f")

    def candidates(self, position: int) -> list[Known]:
        """Earlier referents, nearest first; a reference reaches back a few hundred names at most."""
        recent = [k for k in reversed(self.known[-_LOOKBACK:]) if k.position < position]
        return recent if self.in_order else sorted(recent, key=lambda k: -k.position)


def as_written(surface: str, canonical: str) -> str:
    """Speakers keep the name the article uses; a bare acronym gets its full name too."""
    if re.fullmatch(r"[A-Z]{2,6}", surface) and canonical != surface:
        return f"{canonical} ({surface})"
    return surface


def bare_name(surface: str) -> str:
    """"Inspector Karl Vogt" -> "Karl Vogt": a role word opening a capitalised run is not part of the name."""
    words = surface.split()
    while len(words) > 2 and words[0].lower().rstrip(".") in PERSON_ROLES:
        words = words[1:]
    return " ".join(words)


def gender_of_phrase(phrase: str) -> str | None:
    if _FEMALE_WORDS.search(phrase):
        return "f"
    if _MALE_WORDS.search(phrase):
        return "m"
    for word in re.findall(r"[A-Z][a-z]+", phrase):
        lower = word.lower()
        if lower in _MALE_NAMES:
            return "m"
        if lower in _FEMALE_NAMES:
            return "f"
    return None


def _is_subject(text: str, start: int, end: int) -> bool:
    """Is the name the subject of its clause: nothing but descriptors or an opening phrase before it?"""
    if _POSSESSIVE_NEXT.match(text, end):
        return False  # "Trump’s campaign said": the campaign is the subject
    before = text[:start]
    before = before[before.rfind(",") + 1 :]  # after an opening phrase ("On Monday night, Clinton ...")
    words = re.findall(r"[\w’'-]+", before)
    if len(words) > 7:
        return False
    return not any(w.lower() in _NOT_BEFORE_SUBJECT for w in words)


def resolve_pronoun(pronoun: str, discourse: Discourse, position: int) -> tuple[str, bool] | None:
    """(label, named) of the referent of a speaking pronoun, or None when nothing fits for sure.

    "he"/"she": the nearest person whose gender is known to fit; failing that, the nearest speaker
    of unknown gender, then the nearest subject (a capitalised subject may not be a person at all:
    "National Mall")."""
    want = PRONOUN_KIND[pronoun]
    gender = PRONOUN_GENDER.get(pronoun)
    near = [k for k in discourse.candidates(position) if position - k.position <= _REACH and (k.spoke or k.subject)]
    if want != "person":
        for k in near:
            if k.kind == "thing" or (want == "plural" and k.kind == "plural"):
                return k.label, k.named
        return None
    people = [k for k in near if k.kind == "person"]
    if gender is None:
        return (people[0].label, people[0].named) if people else None
    spoke = subject = None
    for k in people:
        known_gender = discourse.gender(k.label) if k.named else gender_of_phrase(" ".join(k.words))
        if known_gender == gender:
            return k.label, k.named
        if known_gender is None:
            if k.spoke:
                spoke = spoke or k
            else:
                subject = subject or k
    unsure = spoke or subject
    return (unsure.label, unsure.named) if unsure is not None else None


def resolve_short_name(name: str, discourse: Discourse, position: int, people_only: bool = False) -> tuple[str, bool] | None:
    """A surname or first mention's short form ("Keller", "Lee") -> the full name used earlier.

    Only a person's name ending (or starting) with the word: "Trump" is never "Trump Tower".
    """
    named = [k for k in discourse.by_name_word.get(name, ()) if k.position < position]
    for k in sorted(named, key=lambda k: -k.position):
        words = k.label.split()
        if k.kind == "person" and (name == words[-1] or name == words[0]):
            return k.label, True
        if k.kind == "thing" and name == words[-1] and not people_only:
            return k.label, True  # "the Post" -> "New York Post"
    return None
