"""Resolve attribution phrases to speaker names, with the article's discourse as context.

"Kremlin spokesman Dmitry Peskov" -> "Dmitry Peskov"; "The South Korean National
Intelligence Service (NIS)" -> its gazetteer name; "Cha" -> the earlier
"Cha Du-hyeogn"; "he"/"it"/"the official"/"the ministry"/"the North Korean
leader" -> the nearest earlier speaker or titled name the words fit. A
descriptor that fits no named speaker keeps its own words
("Ukrainian military official").
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.extract.attribution import Attribution
from corpus.extract.coreference import PRONOUN_KIND, Discourse, as_written, resolve_pronoun, resolve_short_name
from corpus.extract.entities import TITLE_WORDS, find_entities, gazetteer

PERSON_ROLES = frozenset(
    "official spokesman spokeswoman spokesperson minister secretary leader president premier chancellor adviser "
    "advisor analyst expert diplomat commander general envoy ambassador chief head director officer source "
    "dictator strongman pundit lawmaker senator governor mayor participant researcher".split()
)
OUTLET_ROLES = frozenset("outlet newspaper paper site channel network broadcaster agency report daily magazine post".split())
ORG_ROLES = frozenset("ministry department government agency service office administration council party military army".split())
_DETERMINER = re.compile(r"^(?:the|a|an|some|both|several|many|two|three|other)\s+", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^)]*\)")
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w’'.-]*|\d+)$")


def _strip(phrase: str) -> str:
    phrase = _PAREN.sub("", phrase).strip(" ,.")
    phrase = re.sub(r"[’']s$", "", phrase)
    while True:
        new = _DETERMINER.sub("", phrase)
        if new == phrase:
            return phrase
        phrase = new


_ORG_HEAD = re.compile(r"\b(Agency|Ministry|Department|Council|Service|Institute|Bank|Union|Party|Army|Commission|Survey|Office|Court|Police|Cross|Organization|Organisation|Group|Fund)\b")
_POLLED_BY = re.compile(r"\s+(?:polled|surveyed|interviewed|contacted|consulted|hired|commissioned|questioned)\s+by\s+.*$")
_SOURCE_OF = re.compile(r"^(?:data|figures|a report|report|reports|a statement|statement|analysis|estimates?|imagery|satellite imagery|records)\b.*?\b(?:from|by|of)\s+(?P<who>.+)$", re.IGNORECASE)


@lru_cache(maxsize=8192)
def _label(phrase: str) -> tuple[str, bool, str]:
    """(label, named, kind) of a raw phrase, before any coreference."""
    core = _POLLED_BY.sub("", _strip(phrase))  # "Economists polled by Reuters": the economists speak
    source_of = _SOURCE_OF.match(core)
    if source_of:
        core = _strip(source_of.group("who"))  # "data from ShipTrack" -> ShipTrack
    gaz = gazetteer()
    mentions = [m for m in find_entities(core) if m.surface not in _demonyms()]
    if len(mentions) >= 2 and re.search(r"\band\b|\bnor\b|&", core) and not re.search(r"\b[a-z]+s\b$", core):
        # "Seoul and Kyiv", "The U.S., South Korea, Japan and EU": every party speaks.
        return core, True, "plural"
    if mentions and mentions[-1].end >= len(core) - 1:
        last = mentions[-1]
        kind = "person" if last.type == "person" else "thing"
        return as_written(last.surface, last.name), True, kind
    tokens = core.split()
    # "Defense Minister Kim Yong-hyun": the name is what follows the last title word.
    name: list[str] = []
    for token in reversed(tokens):
        if _NAME_TOKEN.match(token) and token.rstrip(".") not in TITLE_WORDS and token.lower() not in PERSON_ROLES:
            name.insert(0, token)
        else:
            break
    before_name = tokens[-len(name) - 1] if name and len(name) < len(tokens) else ""
    if name and before_name and (
        before_name.rstrip(".") in TITLE_WORDS or before_name.lower() in PERSON_ROLES | OUTLET_ROLES
        or (before_name[:1].islower() and len(name) >= 2 and not _ORG_HEAD.search(" ".join(name)))
    ):
        label = " ".join(name)
        canonical = gaz.canonical(label) or label
        return as_written(label, canonical), True, "person" if len(name) >= 2 and not re.search(r"\d", label) else "thing"
    if len(tokens) <= 4 and tokens and all(_NAME_TOKEN.match(t) for t in tokens):
        canonical = gaz.canonical(core) or core
        etype = gaz.entities[canonical].type if canonical in gaz.entities else None
        kind = "person" if etype == "person" or (etype is None and len(tokens) >= 2) else "thing"
        return as_written(core, canonical), True, kind
    head = tokens[-1].lower() if tokens else ""
    personal = head in PERSON_ROLES or bool({t.lower() for t in tokens} & {"person", "man", "woman", "official", "source"})
    kind = "person" if personal else ("plural" if head.endswith("s") and head not in ("news", "service") else "thing")
    return core, False, kind


def _demonyms() -> set[str]:
    return gazetteer().demonyms


def _resolve_reference(phrase: str, discourse: Discourse, position: int) -> tuple[str, bool] | None:
    """Pronoun, surname or definite descriptor -> (label, named) of an earlier referent."""
    core = _strip(phrase)
    lower = core.lower()
    if lower in PRONOUN_KIND:
        return resolve_pronoun(lower, discourse, position)
    tokens = core.split()
    if len(tokens) == 1 and _NAME_TOKEN.match(core):
        return resolve_short_name(core, discourse, position)
    candidates = discourse.candidates(position)
    if not re.match(r"(?:the|this|that)\s", phrase.strip(), re.IGNORECASE) or re.search(r"\b[A-Z][a-z]+\b(?<!\bThe)", core) and not _only_demonyms(core):
        return None
    head = tokens[-1].lower() if tokens else ""
    modifiers = {t.lower() for t in tokens[:-1]}
    demonym_words = {w.lower() for d in _demonyms() for w in d.split()}
    # First the referents whose own words contain the head ("the official" -> "an official"),
    # then, for titled roles, any named person ("the minister" -> "Anton Keller").
    anonymous = head in _ANONYMOUS_HEADS
    # Earlier speakers before names merely mentioned: "the agency said" is an agency that spoke.
    ordered = [k for k in candidates if head in k.words and k.spoke] + [k for k in candidates if head in k.words and not k.spoke]
    ordered += [] if anonymous else [k for k in candidates if head not in k.words]
    for k in ordered:
        if (head in PERSON_ROLES) != (k.kind == "person"):
            continue  # "the official" is a person; "the union", "the army" are not
        fits_head = head in k.words or (head in PERSON_ROLES and k.kind == "person" and k.named) or (
            head in OUTLET_ROLES and k.kind == "thing" and _is_outlet(k.label)
        ) or (head in ORG_ROLES and k.kind == "thing" and head in {w.lower() for w in k.label.split()})
        if not fits_head:
            continue
        own = modifiers - demonym_words
        nationality = modifiers & demonym_words
        if own and not own <= k.words:
            continue
        if nationality and (k.words & demonym_words) and not nationality <= k.words:
            continue
        if modifiers and not k.named:
            return None  # "the Ukrainian military official" keeps its own words
        return k.label, k.named
    if anonymous:
        # "The source, who asked not to be named": the last unnamed person who spoke.
        for k in candidates:
            if k.kind == "person" and not k.named and k.spoke:
                return k.label, False
    if head in _BODY_HEADS and not modifiers:
        # "the firm", "the company": the nearest organisation that spoke, when no word says more.
        for k in candidates:
            if k.named and k.kind == "thing" and k.spoke and not _is_outlet(k.label):
                return k.label, True
    return None


_ANONYMOUS_HEADS = frozenset("source sources person people".split())
_BODY_HEADS = frozenset("firm company group bank lender carrier manufacturer retailer insurer institute organisation organization".split())


def _only_demonyms(core: str) -> bool:
    caps = re.findall(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", core)
    return all(c in _demonyms() for c in caps)


def _is_outlet(label: str) -> bool:
    entity = gazetteer().entities.get(label)
    return bool(entity and entity.type == "outlet") or bool(re.search(r"\b(News|Post|Times|NK|Daily|Agency)\b", label))


def resolve_speaker(attributions: list[Attribution], discourse: Discourse, position: int) -> tuple[str | None, list[str]]:
    """Speaker name and chain for a sentence's attributions; updates ``discourse``."""
    if not attributions:
        return None, []
    chain: list[str] = []
    first = attributions[0]
    relays = [a.relay for a in attributions[:1] if a.relay] + [
        a.phrase for a in attributions[1:] if a.how in ("according", "citing", "inverted") or a.verb in ("reported", "reports")
    ]
    for i, phrase in enumerate([first.phrase, *relays]):
        label, named, kind = _label(phrase)
        if not named or len(label.split()) == 1:
            ref = _resolve_reference(phrase, discourse, position)
            if ref is not None:
                label, named = ref
            elif _strip(phrase).lower() in PRONOUN_KIND:
                continue
        if label not in chain:
            chain.append(label)
        if i == 0:
            discourse.remember(label, phrase + " " + label, kind, named, position, spoke=True, subject=True)
    if not chain:
        return None, []
    return chain[0], chain
