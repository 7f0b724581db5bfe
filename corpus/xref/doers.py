"""Who did the act two claims tell of, and whose people or things it was done to.

"Minsk expelled four Lithuanian diplomats" and "Lithuania has expelled four Belarusian diplomats" tell of one
kind of act in the same words, days apart, in one story: the two sides of a tit-for-tat, not one report told
twice. Two reports of one act name the same doer (or one names none), and what it was done to belongs to the
same side. When the doers named differ ("Osterland has expelled ..." / "Varnia has expelled ..."), or the people
acted on are named as two sides' ("three Varnian diplomats were ordered to leave" / "ordered three Osterland
diplomats to leave": the act and its reverse), the claims neither corroborate nor revise each other.

A doer is read from the words before the verb, past auxiliaries, adverbs, days and "responded by" ("Minsk
responded on Saturday by expelling"), or from "by" after a passive verb ("were expelled by Osterland"); only its
distinctive capitalised words count (names, countries, nationality adjectives), not capitalised common words
("Police", "The"). The people acted on are the capitalised words before the noun after the verb ("four
Lithuanian diplomats"), or, told in the passive, before it ("Three Varnian diplomats were ordered").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from corpus.countries import country_of
from corpus.extract.number_words import TENS, UNITS
from corpus.wordlist import rarity
from corpus.xref.memo import per_claim
from corpus.xref.statements import _IRREGULAR, action_words, main_clause
from corpus.xref.stems import stem
from corpus.xref.subjects import demonym_bases

if TYPE_CHECKING:
    from corpus.xref.features import Features

_TOKEN = re.compile(r"[A-Za-z][\w'’.-]*|[,;:()\"“”—–]")
# Words between a doer and its verb: auxiliaries, adverbs of time and manner, a day, "responded ... by".
_FILLER = frozenset(
    """
    has have had was were is are be been being will would could may might did does do also then later now already
    still again itself themselves in turn last this week month year yesterday today tonight promptly quickly
    swiftly immediately formally officially responded retaliated reacted replied hit back by finally since
    """.split()
)
_WEEKDAY = re.compile(r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")
_PASSIVE = frozenset("was were been being is are".split())
_BOUNDARY = frozenset(
    """and or but that which who whom whose when while after before because as if said says told , ; : ( ) " “ ” — –
    """.split()
)
_PREPOSITIONS = frozenset("to from in at for with into on over across by".split())
# Words that stand before the noun acted on: determiners, numbers, amounts.
_BEFORE_NOUN = frozenset(
    [*UNITS, *TENS, *"ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()]
    + "the a an its their his her more some about least at nearly around almost several many dozens hundreds "
    "thousands of other another all both two-thirds half hundred thousand million".split()
)
_NOUN_STOP = frozenset("in of at on from for with by to near".split())
_DISTINCT = 2.5  # a capitalised word this rare in English is a name ("Varnia", "Minsk"), not "Police" or "Interior"
_NAME_AT_START = 4.0  # a sentence's first word is a name only when this rare ("Okafor"), or a country
_NOUN_WORDS = 3  # lower-case words a doer's name may stand before ("Lithuania's foreign ministry")


def _keys(words: list[str]) -> frozenset[str]:
    """The sides capitalised words name: "@lithuania" for a country's name or nationality adjective (or a word
    formed like one: "Varnian"), else the distinctive word itself ("minsk", "okafor")."""
    keys: set[str] = set()
    for word in words:
        word = word.removesuffix("'s").removesuffix("’s").strip(".")
        if not word[:1].isupper():
            continue
        country = country_of(word)
        if country is not None:
            keys.add(f"@{country.lower()}")
            continue
        if rarity(word.lower()) < _DISTINCT:
            continue
        bases = demonym_bases(word)
        keys.update(f"@{b.lower()}" for b in bases) if bases else keys.add(word.lower())
    return frozenset(keys)


def _bare(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k.lstrip("@") for k in keys)


def _nations(keys: frozenset[str]) -> frozenset[str]:
    return frozenset(k for k in keys if k.startswith("@"))


# A verb of intent or agreement and its "to" between a doer and its act: "Bosch plans to cut", "agreed on Friday to
# cut", "is set to close", "has decided to sell".
_INTENT = frozenset(
    """plans planned plan agreed agrees agree decided decides aims aimed intends intended wants wanted hopes
    hoped expects expected set voted votes offered offers proposed proposes promised pledged vowed threatened
    threatens moved moves going""".split()
)


def _doer_before(tokens: list[str], names: frozenset[str] = frozenset()) -> frozenset[str] | None:
    """The sides named by the subject before a verb (``tokens`` up to the verb), None when none is named; ``names``:
    words of names the claim is known to give (a sentence's first word among them is a name, not a capital)."""
    i = len(tokens)
    if i >= 2 and tokens[-1].lower() == "to":
        j = i - 1
        while j > 0 and (tokens[j - 1].lower() in _FILLER or _WEEKDAY.match(tokens[j - 1]) or tokens[j - 1] == "on"):
            j -= 1  # "agreed on Friday to"
        if j > 0 and tokens[j - 1].lower() in _INTENT:
            i = j - 1
        elif all(t[:1].isupper() for t in tokens[: i - 1]):
            i -= 1  # a headline's doer and its act to come: "Bosch to cut 13,000 jobs", "Deutsche Bank to shut"
    while i > 0 and (tokens[i - 1].lower() in _FILLER or tokens[i - 1].endswith("ly") or _WEEKDAY.match(tokens[i - 1])):
        i -= 1
        if _WEEKDAY.match(tokens[i]) and i > 0 and tokens[i - 1].lower() == "on":
            i -= 1  # "on Saturday"
    nouns = 0
    while (
        i > 0
        and tokens[i - 1][:1].islower()
        and tokens[i - 1] not in _BOUNDARY
        and tokens[i - 1] not in _NOUN_STOP
        and nouns < _NOUN_WORDS
    ):
        i -= 1  # "Lithuania's foreign ministry", "Belarusian authorities"
        nouns += 1
    run: list[str] = []
    while i > 0 and tokens[i - 1][:1].isupper():
        run.insert(0, tokens[i - 1])
        i -= 1
        if i >= 2 and tokens[i - 1] == "of" and tokens[i - 2][:1].isupper():
            run.insert(0, "of")  # "The Los Angeles Angels of Anaheim offered", "the Bank of England raised": one name
            i -= 1
    if not run:
        return None
    whole = country_of(" ".join(run).removesuffix("'s").removesuffix("’s"))
    if len(run) > 1 and whole is not None:
        run = [whole]  # "South Korea welcomed": the country, whose first word is no sentence's capital
    if (
        i == 0
        and country_of(run[0]) is None
        and rarity(run[0].lower()) < _NAME_AT_START
        and not _named_after_a_country(run)
        and run[0].removesuffix("'s") not in names
        and not a_singular_name(run[0])
    ):
        run = run[1:]  # "Youths attacked", "Rioters set fire": a sentence's first word, capitalised as such
        if not run:
            return None
    before = [t.lower() for t in tokens[max(0, i - 2) : i]]
    if before[-1:] and (
        before[-1] in _NOUN_STOP or (before[-1] in ("the", "a", "an") and before[:1] and before[0] in _NOUN_STOP)
    ):
        return None  # "youths in the Greek capital attacked", "police in Dovra arrested": a place, not the doer
    if nouns and not run[-1].endswith(("'s", "’s")) and country_of(run[-1]) is None and not demonym_bases(run[-1]):
        return None  # "Kesta police" is the police; "said Tuesday that officers" names no doer
    if _named_after_a_country(run):
        return frozenset({" ".join(run).lower()})
    keys = _keys(run)
    return keys or None


def a_singular_name(word: str) -> bool:
    """A sentence's first word that is a name though English knows it ("Bosch plans to cut", "Volkswagen will cut"):
    a distinctive word with no plural or -ing ending, the subject with no article before it. (Plural common nouns open
    sentences bare, "Firefighters battled", "Prosecutors said"; a company's name is singular.)"""
    lowered = word.removesuffix("'s").lower()
    return rarity(lowered) >= _DISTINCT and not lowered.endswith(("s", "ing"))


def _named_after_a_country(run: list[str]) -> bool:
    """A name made of a common capitalised word and a country's ("Air France", "Radio Sweden"): one organisation, not
    the country, so that its deeds are told apart from another company's ("Lufthansa cancelled 950 flights")."""
    first = run[0].removesuffix("'s").removesuffix("’s")
    return (
        len(run) >= 2
        and country_of(first) is None
        and not demonym_bases(first)
        and rarity(first.lower()) < _DISTINCT
        and country_of(" ".join(run).removesuffix("'s").removesuffix("’s")) is None
        and any(country_of(w.removesuffix("'s").removesuffix("’s")) is not None for w in run[1:])
    )


def _owners_after(tokens: list[str]) -> frozenset[str]:
    """The sides named before the noun after a verb ("four Lithuanian diplomats", "three of Osterland's envoys")."""
    words: list[str] = []
    for token in tokens[:7]:
        if token in _BOUNDARY or token.lower() in _PREPOSITIONS:
            break
        words.append(token)
        if token[:1].islower() and token not in _BEFORE_NOUN and not any(c.isdigit() for c in token):
            break  # the noun itself
    return _keys(words)


@lru_cache(maxsize=65536)
def doers_and_owners(
    text: str, action: str, names: frozenset[str] = frozenset()
) -> tuple[frozenset[str] | None, frozenset[str]]:
    """(the sides named as the doer, the sides named as whose people or things) of the first verb of ``action``
    (a stem of ``action_words``) in ``text``; ``names``: the words of the names the claim gives."""
    tokens = _TOKEN.findall(text.replace("’", "'"))
    for k, token in enumerate(tokens):
        if not token[:1].islower() or stem(token.strip("'-")) != action or not _a_verb(tokens, k):
            continue
        before = tokens[:k]
        start = max((j + 1 for j, t in enumerate(before) if t.lower() in ("that", ";", "and", "but")), default=0)
        before = before[start:]
        last = len(before)
        while last > 0 and (before[last - 1].lower() in _ADVERBS or before[last - 1].endswith("ly")):
            last -= 1  # "was also ordered", "were quickly expelled"
        passive = last > 0 and before[last - 1].lower() in _PASSIVE
        if passive:
            after = tokens[k + 1 :]
            doer = None
            if after[:1] == ["by"]:
                run = [t for t in after[1:4] if t[:1].isupper() or t == "the"]
                doer = _keys([t for t in run if t != "the"]) or None
            subject = [t for t in before if t.lower() not in _PASSIVE and t not in _BOUNDARY][-6:]
            return doer, _keys(subject)
        after = tokens[k + 1 :]
        owners = _owners_after(after)
        if not owners and after and after[0] not in _BOUNDARY and after[0].lower() not in _NO_OBJECT:
            owners = _SOME_OBJECT  # "has expelled four diplomats from ...": done to others, whose it does not say
        doer = _doer_before(before, names)
        # ("Volkswagen and the IG Metall union agreed to cut": Volkswagen; not "The US Food and Drug Administration")
        head = tokens[: start - 1]
        joined = bool(start) and tokens[start - 1].lower() == "and" and tokens[start : start + 1] == ["the"]
        if doer is None and joined and head and head[0] != "The" and all(t[:1].isupper() for t in head):
            doer = _doer_before(head, names)
        return doer, owners
    return None, frozenset()


# What follows a verb that acts on nothing ("have died in the fighting", "fled to Minsk"); and the mark of a
# verb that acts on something its words do not say whose.
_NO_OBJECT = _PREPOSITIONS | frozenset(
    "at about after before during since until when while as than out off up down away".split()
)
_SOME_OBJECT = frozenset({"#object"})
_ADVERBS = frozenset("also then later now already still again reportedly allegedly formally officially".split())
_MODIFIED = frozenset("on in at of for with from into the a an its their his her".split())
_MODALS = frozenset("to will would could can may might must shall did does do".split())
_NOT_A_SUBJECT = frozenset("the a an this that these those its their his her our".split())


def _a_verb(tokens: list[str], k: int) -> bool:
    """The token is a verb form: a past or -ing form, a form after a modal or "to", or a present form after its
    subject's name ("Varnia expels"), not a noun ("The Lahore arrest came", "the arrests")."""
    word = tokens[k].lower()
    previous = tokens[k - 1] if k else ""
    if previous.lower() in _MODIFIED:
        return False  # "on injured reserve", "the wounded": a word describing a noun
    if word.endswith(("ed", "ing")) or word in _IRREGULAR:
        return True
    if previous.lower() in _MODALS:
        return True
    if word.endswith("s") and previous[:1].isupper() and previous.lower() not in _NOT_A_SUBJECT:
        # "Varnia expels", unless the name opens a noun phrase ("The Lahore arrests")
        return not (k > 1 and tokens[k - 2].lower() in _NOT_A_SUBJECT)
    return False


def _verbs(text: str) -> frozenset[str]:
    return action_words(main_clause(text))


@per_claim
def _sides(f: Features) -> dict[str, tuple[frozenset[str] | None, frozenset[str]]]:
    text = main_clause(f.claim.text)
    names = frozenset(word for name in f.entities for word in name.split())
    return {action: doers_and_owners(text, action, names) for action in _verbs(f.claim.text)}


def sides_apart(a: Features, b: Features) -> str | None:
    """Why two claims telling of one act tell of two acts, else None: "other doer" when each names who did it as
    a country (or each as a name) and they differ; "the act reversed" when one's doer is whose people the other's
    act was done to ("Varnia ordered three Osterland diplomats to leave" / "Three Varnian diplomats were ordered to
    leave"); "other side acted on" when each names the nationality of those acted on and they differ."""
    mine, theirs = _sides(a), _sides(b)
    for action in mine.keys() & theirs.keys():
        (doer_a, owners_a), (doer_b, owners_b) = mine[action], theirs[action]
        if doer_a and doer_b:
            nations_a, nations_b = _nations(doer_a), _nations(doer_b)
            if nations_a and nations_b:
                if not nations_a & nations_b:
                    return "other doer"
            elif not nations_a and not nations_b and not doer_a & doer_b:
                return "other doer"
        for doer, owners, own in ((doer_a, owners_b, owners_a), (doer_b, owners_a, owners_b)):
            # (only a doer that acted on others, its verb followed by them: "Ethiopian soldiers have died" names who
            # died, "Lithuania has expelled four diplomats" whom it expelled)
            # (whose people by their nationality: "Norsk Air cancelled 320 flights" / "320 Norsk Air flights were
            # cancelled" is one act, on a company's own flights)
            if doer and own and _bare(doer) & _bare(_nations(owners)) and not _bare(doer) & _bare(own):
                return "the act reversed"
        nations_a, nations_b = _nations(owners_a), _nations(owners_b)
        if nations_a and nations_b and not nations_a & nations_b:
            return "other side acted on"
    return None
