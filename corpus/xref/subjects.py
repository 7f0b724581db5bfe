"""Whom an article is about: the names its headline gives, for telling two happenings of one kind apart.

"Torvane cuts profit outlook" and "Veltro cuts forecast as carmakers pull back" are written alike,
a week apart, about the same industry; "Voltra recalls 120,000 e-bike batteries" and "Pedalon recalls
e-scooters over battery fires" too. Their claims share the event words and often the regulator or
agency that speaks, but each headline names a protagonist the other article never mentions in its
headline or lead: two happenings, whose figures and statements are not one report. When either
headline names someone the other article's headline or lead also names ("Lensk" in a dateline), or a
headline names no one distinctive ("Recalls this week"), nothing is concluded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from corpus.countries import country_of
from corpus.extract.datelines import dateline_at
from corpus.towns import around_capital
from corpus.wordlist import rarity
from corpus.xref.memo import per_article, per_claim
from corpus.xref.neighbours import neighbours_names

if TYPE_CHECKING:
    from corpus.model import Article
    from corpus.xref.features import Features  # features imports statements; this module needs only the type

# A word of a name this rare in English tells one protagonist from another ("Microsoft", "Voltra",
# not "Union" or "Thomas"); any name word at all counts as one the articles share.
_DISTINCT = 2.0
_SHARED = 1.0
_LEAD = 600  # characters of the body that make its lead
_NO_ENGLISH_WORD = 4.0  # a word this rare is a name wherever it stands ("Krellmar cut its forecast")


_SENTENCE_START = frozenset(".!?:;\"“‘'\n")


_DEMONYM = re.compile(r"^[A-Z][a-z]{3,}(?:an|i)$")  # "Marovian", "Kestovan", "Tarbistani"


def demonym_base(name: str) -> str | None:
    """The place a demonym the gazetteer does not know is formed from, by the commonest English endings:
    "Dravian" from "Dravia", "Korean" from "Korea", "Kenyan" from "Kenya", "Tarbistani" from "Tarbistan". A name that only
    looks like one gives a base no story names, which matches nothing."""
    if not _DEMONYM.match(name):
        return None
    return name[:-1]


def demonym_bases(name: str) -> tuple[str, ...]:
    """Every place :func:`demonym_base` may have been formed from: "-ean" comes from "-ea" ("Korean": Korea) or
    from "-e" ("European": Europe, "Chilean": Chile)."""
    base = demonym_base(name)
    if base is None:
        return ()
    return (base, name[:-2]) if name.endswith("ean") else (base,)


@lru_cache(maxsize=16384)
def _words(names: frozenset[str]) -> frozenset[str]:
    words = (w.strip("'’.,:;-").lower() for name in names for w in name.split())
    return frozenset(w for w in words if len(w) >= 3 and rarity(w) >= _SHARED)


def _named_mid_sentence(word: str, body: str, title: str) -> bool:
    """The body writes ``word`` capitalised where no sentence starts: a name ("maker Torvane cut"),
    not a headline's capitalised common word ("Sacked Worker Shoots ...")."""
    for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", body):
        line_start = body.rfind("\n", 0, m.start()) + 1
        before = body[line_start : m.start()].rstrip()
        line_end = body.find("\n", m.end())
        if body[line_start : line_end if line_end >= 0 else len(body)].strip() == title:
            continue  # the headline itself, repeated as the body's first line
        if before and before[-1] not in _SENTENCE_START:
            return True
    return False


def _capitalised_first_word(name: str, title: str, body: str) -> bool:
    """The headline's first word, an English word the body never writes as a name ("Hack at Fenmark"):
    capitalised because it opens the headline, not a name two headlines could share."""
    return (
        " " not in name
        and title.lstrip().startswith(name)
        and rarity(name.lower()) < _NO_ENGLISH_WORD
        and not _named_mid_sentence(name, body, title.strip())
    )


# What a headline's kicker names when it names the kind of text, no one in it: "Explainer: how a car recall works".
_KINDS_OF_TEXT = frozenset(
    "explainer factbox analysis exclusive update updated opinion timeline recap briefing roundup q&a".split()
)


def _kind_of_text(name: str, title: str) -> bool:
    return name.lower() in _KINDS_OF_TEXT and title.lstrip().startswith(f"{name}:")


@lru_cache(maxsize=4096)
def protagonists(title: str, body: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the words of the names a headline gives, less news agencies; those of them that are distinctive
    names: no English word at all, or rare in English and written as a name in the body too)."""
    from corpus.extract.datelines import AGENCIES
    from corpus.extract.entities import find_entities

    agencies = {a.lower() for a in AGENCIES.split("|")}
    names = frozenset(
        m.name
        for m in find_entities(title)
        if m.name.lower() not in agencies
        and not _capitalised_first_word(m.name, title, body)
        and not _kind_of_text(m.name, title)
    )
    written = {w.strip("'’.,:;-") for name in names for w in name.split()}
    distinct = frozenset(
        w.lower()
        for w in written
        if len(w) >= 3
        and not w.isupper()
        and (
            rarity(w.lower()) >= _NO_ENGLISH_WORD
            or (rarity(w.lower()) >= _DISTINCT and _named_mid_sentence(w, body, title.strip()))
        )
    )
    return _words(names), distinct


# The kind of an election or vote a headline or lead names: "Sunday's presidential election", "the Lensk
# mayoral vote". Two articles naming only different kinds report two votes, however alike their figures.
_VOTE_KIND = re.compile(
    r"\b(presidential|parliamentary|legislative|general|mayoral|municipal|local|regional|provincial|state|"
    r"senate|congressional|gubernatorial|primary|runoff|run-off)\s+(?:election|elections|vote|polls?|race|ballot)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def vote_kinds(title: str, lead: str) -> frozenset[str]:
    return frozenset(m.group(1).lower() for m in _VOTE_KIND.finditer(f"{title}\n{lead}"))


def different_votes(a: Features, b: Features) -> bool:
    """Two articles whose headlines and leads name elections of different kinds only ("presidential" /
    "mayoral"): two votes, whose turnouts and shares are not one series."""
    if a.article.id == b.article.id:
        return False
    mine = _votes_of(a)
    return bool(mine) and bool(theirs := _votes_of(b)) and not (mine & theirs)


@per_article
def _votes_of(article: Article) -> frozenset[str]:
    return vote_kinds(article.title or "", article.body[:_LEAD])


# Which round of a vote (or of talks, a contest) a text names: "the first round", "Sunday's run-off", "second-round".
_ROUND = re.compile(
    r"\b(?:(?P<nth>first|second|third|final)[\s-]+round|(?P<runoff>run-?offs?))\b",
    re.IGNORECASE,
)
_ROUND_NUMBER = {"first": 1, "second": 2, "third": 3}


def rounds_named(text: str) -> frozenset[int]:
    """The rounds ``text`` names (a run-off is the second), "final round" left out (it may be any)."""
    found = set()
    for m in _ROUND.finditer(text):
        if m["runoff"]:
            found.add(2)
        elif m["nth"].lower() in _ROUND_NUMBER:
            found.add(_ROUND_NUMBER[m["nth"].lower()])
    return frozenset(found)


@per_claim
def _round_of(f: Features) -> int | None:
    """The one round the claim is of: the one its sentence names, else the one its headline and lead name."""
    own = rounds_named(f.claim.text)
    if not own:
        own = rounds_named(f"{f.article.title or ''}\n{f.article.body[:_LEAD]}")
    return next(iter(own)) if len(own) == 1 else None


def rounds_apart(a: Features, b: Features) -> bool:
    """Each claim is of one round, and not the same ("Turnout in the first round two weeks ago was 49.6%" /
    "Turnout in Romania's presidential run-off reached 52.1%"): two votes, never one figure's values."""
    x, y = _round_of(a), _round_of(b)
    return x is not None and y is not None and x != y


@per_article
def _protagonists_of(article: Article) -> tuple[frozenset[str], frozenset[str]]:
    return protagonists(article.title or "", article.body)


def different_protagonists(a: Features, b: Features) -> bool:
    """Two articles whose headlines each name someone distinctive that the other article's headline
    and lead never name: about different protagonists (``a``, ``b``: claims' Features)."""
    if a.article.id == b.article.id or shared_dateline(a, b):
        return False
    my_distinct, mine = protagonist_words(a)
    if not my_distinct:
        return False
    their_distinct, theirs = protagonist_words(b)
    if not their_distinct:
        return False
    (my_countries_only, my_any_country), (their_countries_only, their_any_country) = _countries_of(a), _countries_of(b)
    if my_countries_only != their_countries_only and not (my_any_country and their_any_country):
        # "Chlorine leak at Czech plant forces 3,000 from homes" / "Hranice residents return home after chemical
        # scare": a country against a town the gazetteer does not place, which may lie in it: not two stories.
        return False
    return my_distinct.isdisjoint(theirs) and their_distinct.isdisjoint(mine)


@per_claim
def _countries_of(f: Features) -> tuple[bool, bool]:
    """Whether the distinctive names of the claim's headline are all countries or nationalities, and whether
    any is: what :func:`different_protagonists` asks of each claim, once a claim."""
    distinct = protagonist_words(f)[0]
    return _countries_only(distinct), _any_country(distinct)


def _is_country_word(word: str) -> bool:
    """A country's name or its nationality ("czech", "indonesian"), lower-cased."""
    return country_of(word.title()) is not None


def _countries_only(words: frozenset[str]) -> bool:
    return all(_is_country_word(w) for w in words)


def _any_country(words: frozenset[str]) -> bool:
    return any(_is_country_word(w) for w in words)


@per_claim
def protagonist_words(f: Features) -> tuple[frozenset[str], frozenset[str]]:
    """(the distinctive names of a claim's headline, every name its article's headline and lead give), each
    with the places its demonyms are formed from: what :func:`different_protagonists` compares, once a claim."""
    return _protagonist_words(f.article.title or "", f.article.body, f.story)


@lru_cache(maxsize=4096)  # (the same for every claim of an article: worked out once an article)
def _protagonist_words(title: str, body: str, story: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    names, distinct = protagonists(title, body)
    if not distinct:
        return distinct, distinct  # (compared with nothing)
    # (A headline's town the other article is datelined in is a name both give: "Salvo hospitals overwhelmed"
    # / "SALVO, Peranza (Reuters) - At least 40 people have died".)
    # (And a name the lead writes that no entity was read for: "Corvane now says 6,300 barrels of crude escaped".)
    too = _words(story) | _dateline_words(body) | _lead_names(body[:_LEAD])
    # (A place and its demonym are one name: "Kestova flood toll rises" / "Kestovan floods: what we know".)
    # Only a distinctive name shared tells one protagonist: "Vantor to cut 3,500 jobs in Europe" and "Brenner
    # Trucks to cut 3,500 jobs" (whose lead says "in Europe") share a continent, not a company.
    return _with_bases(distinct), _with_bases(names | too)


@lru_cache(maxsize=4096)
def headline_names(title: str, body: str) -> frozenset[str]:
    """The names a headline gives, whole, that are surely names: a word hardly any English word is ("Lufthansa"), or
    a name the body writes capitalised where no sentence starts ("PARIS (AFP) - Air France cancelled"), however common
    its words; not a news agency, a country or its people, nor a kicker in capitals ("SICK CHICKEN:")."""
    from corpus.countries import is_nationality
    from corpus.extract.datelines import AGENCIES
    from corpus.extract.entities import find_entities

    agencies = {a.lower() for a in AGENCIES.split("|")}
    return frozenset(
        m.name
        for m in find_entities(title)
        if m.name.lower() not in agencies
        and not m.name.isupper()
        and (
            any(rarity(w.lower()) >= _NO_ENGLISH_WORD for w in m.name.split())
            or _named_mid_sentence(m.name, body, title.strip())
        )
        and country_of(m.name.removesuffix("'s").removesuffix("’s")) is None
        and not is_nationality(m.name)
    )


def headlines_named_apart(a: Features, b: Features) -> bool:
    """Each article's headline names someone or something ("Air France cabin crew strike cancels 800 flights") that
    the other article never names, headline or body ("Lufthansa grounds 950 flights as pilots strike"): two stories'
    figures, however alike."""
    if a.article.id == b.article.id or shared_dateline(a, b):
        return False  # (both datelined in one small town: "TESSENBURG -" under "Toll in Quellgasse bridge disaster")
    mine, theirs = _headline_names_of(a), _headline_names_of(b)
    return (
        bool(mine)
        and bool(theirs)
        and not any(_names_anywhere(b, name) for name in mine)
        and not any(_names_anywhere(a, name) for name in theirs)
    )


@per_article
def _headline_names_of(article: Article) -> frozenset[str]:
    return headline_names(article.title or "", article.body)


def _names_anywhere(f: Features, name: str) -> bool:
    text = _title_and_body(f)
    return any(_named_in(text, form) for form in (name, *demonym_bases(name), *around_capital(name)))


@per_article
def _title_and_body(article: Article) -> str:
    # one string an article: ``_named_in``'s cache keys share it (and its hash) instead of each holding a copy
    return f"{article.title or ''}\n{article.body}"


@lru_cache(maxsize=65536)
def _named_in(text: str, name: str) -> bool:
    """The text writes the name, or a word formed from it ("Dravia": "Dravian", "Dravians")."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?:[a-z]{{0,3}}|['’]s)?(?![\w-])", text, re.IGNORECASE) is not None


def shared_protagonist(a: Features, b: Features) -> bool:
    """Both articles' headlines name one distinctive protagonist ("Vantor to cut 3,500 jobs in Europe" /
    "Analysis: Vantor's painful retreat")."""
    if a.article.id == b.article.id:
        return True
    return not protagonist_words(a)[0].isdisjoint(protagonist_words(b)[0])


_CAPITALISED = re.compile(r"[A-Z](?<![\w'’-][A-Z])[\w'’-]{2,}")  # (the class first: see _WORD_RUN)


@per_claim
def _capitalised_words(f: Features) -> frozenset[str]:
    return frozenset(w.lower().removesuffix("'s").removesuffix("’s") for w in _CAPITALISED.findall(f.claim.text))


def names_the_protagonist(a: Features, b: Features) -> bool:
    """One claim writes the distinctive name the other article's headline gives ("Corvane now says 6,300 barrels
    of crude escaped" / "Fishermen say oil still flowing from Corvane pipeline")."""
    if a.article.id == b.article.id:
        return False
    return bool(_capitalised_words(a) & _protagonists_of(b)[1]) or bool(_capitalised_words(b) & _protagonists_of(a)[1])


@lru_cache(maxsize=4096)
def _lead_names(lead: str) -> frozenset[str]:
    """Capitalised words of a lead, lower-cased (a sentence's first word among them: only matched against a
    headline's distinctive names, which no sentence-opening English word is)."""
    return frozenset(w.lower().removesuffix("'s").removesuffix("’s") for w in _CAPITALISED.findall(lead))


def _with_bases(words: frozenset[str]) -> frozenset[str]:
    """Lower-case name words and, for a demonym, the place it is formed from ("kestovan": kestova); a country by the
    one name the gazetteer gives it ("burma": myanmar); a capital and the region around it ("attica": athens); a
    name in the plural in the singular ("tacomas": tacoma)."""
    countries = {country.lower() for w in words if (country := country_of(w.title())) and " " not in country}
    around = {other for w in words for other in around_capital(w)}
    # (a name in the plural is the name: "Toyota calls back 145K Tacomas" / "Tacoma axle recall grows")
    singular = {w[:-1] for w in words if len(w) >= 5 and w.endswith("s") and not w.endswith("ss")}
    bases = frozenset(base.lower() for w in words for base in demonym_bases(w.capitalize()))
    return words | bases | countries | around | singular


_LEAD_NAME = 4.0  # a word this rare in English names one place or thing ("Okeba", "Torva"), not a common word


@lru_cache(maxsize=4096)
def lead_names(title: str, body: str, story: frozenset[str] = frozenset()) -> frozenset[str]:
    """The distinctive names an article's headline, dateline and lead give, lower-cased: words hardly any English
    word is ("Okeba", "Torva", "Lundholm"), written in a dateline, capitalised where no sentence starts, or
    among the headline's distinctive names (``protagonists``) or of the names read in the headline and lead
    (``story``: "Voltra is recalling ..."); never in lower case ("Rescuers pulled ..."
    opens a sentence), nor as a label ("Explainer:", "NEWSREADER:"); not a news agency, an acronym, nor a
    country or its people, which look-alike events share."""
    from corpus.countries import country_of
    from corpus.extract.datelines import AGENCIES
    from corpus.xref.places import dateline_regions

    agencies = {a.lower() for a in AGENCIES.split("|")}
    mouthpieces = spokespeople(f"{title}\n{body[:_LEAD]}")
    words = _words_of(title, body)
    regions = {w.lower() for region in dateline_regions(body) for w in region.split()}
    dated = _dateline_words(body)
    aside = neighbours_names(title, body)  # ("neighbouring Zambia, where a mine near Kitwe collapsed": another's)
    written = {
        (token.strip("'’.,:;-").removesuffix("'s").removesuffix("’s"), True)
        for token in _CAPITALISED.findall(f"{title}\n{body[:_LEAD]}")
    }
    written |= {(name, False) for name in protagonists(title, body)[1]}
    written |= {(word.strip("'’.,:;-"), False) for name in story for word in name.split()}
    found = set()
    for word, as_written in written:
        low = word.lower()
        if len(low) < 3 or low in agencies or low in mouthpieces or low in regions or low in found or low in aside:
            continue
        if rarity(low) < _LEAD_NAME:
            continue
        if country_of(word.capitalize()) is not None:
            continue
        if as_written and low not in dated and (word.isupper() or word not in words.mid_sentence):
            continue
        if low not in words.folded:
            continue  # a place guessed from a nationality ("Brazilia" from "Brazilian"), not written
        if low not in words.as_written and low not in words.labels:
            found.add(low)
    return frozenset(found) | vessel_names(title, body)


def spokespeople(text: str) -> frozenset[str]:
    """Words of the names of the spokespeople a text quotes, lower-cased ("IOM spokesperson Flavio Di Giacomo
    said", "said Ana Ruiz, a police spokeswoman"): an agency's voice on whatever it handles, so their names tell
    no happening from another as a town's or a victim's do."""
    return frozenset(w.lower() for m in _SPOKESPERSON.finditer(text) for w in (m["before"] or m["after"]).split())


_NAME_RUN = r"[A-Z][\w'’-]+(?: +(?:[A-Z][\w'’-]+|d[aeiu]|de[lr]?|van|von|al|bin|la|le)){0,3}"
_SPOKESPERSON = re.compile(
    rf"\b(?:spokes(?:person|man|woman)|press (?:officer|secretary))(?: for (?:the )?{_NAME_RUN},)? +"
    rf"(?P<before>{_NAME_RUN})|(?P<after>{_NAME_RUN}), +(?:an?|the|its|their) +(?:[\w-]+ +){{0,3}}?"
    r"(?:spokes(?:person|man|woman)|press (?:officer|secretary))\b"
)


@lru_cache(maxsize=4096)  # (asked for each claim of an article: one answer per article)
def vessel_names(title: str, body: str) -> frozenset[str]:
    """A vessel's or a storm's name in the headline or lead, lower-cased, however common its words: "the tanker
    Sea Falcon", "Storm Henk"."""
    return frozenset(m.group("name").lower() for m in _VESSEL_NAME.finditer(f"{title}\n{body[:_LEAD]}"))


_VESSEL_NAME = re.compile(
    r"\b(?i:tanker|ferry|freighter|vessel|ship|boat|trawler|liner|yacht|frigate|destroyer|submarine|hurricane|"
    r"typhoon|cyclone|storm) +(?P<name>(?:MV +|MS +|HMS +)?(?!The\b)[A-Z][a-z’'-]+(?: +[A-Z][a-z’'-]+){0,2})"
)


@dataclass(frozen=True, slots=True)
class _Words:
    folded: frozenset[str]  # every word of headline and body, lower-cased
    as_written: frozenset[str]  # the body's words as written (so a lower-case one was written in lower case)
    labels: frozenset[str]  # words written before a colon, lower-cased ("NEWSREADER:", "Explainer:")
    mid_sentence: frozenset[str]  # the body's capitalised words where no sentence starts


# (Each opens with the character class, the lookbehind after it, so that the regex engine skips to a candidate
# character in C instead of trying the lookbehind at every position: the same matches, 2-3x faster.)
_WORD_RUN = re.compile(r"[\w-](?<![\w'’-][\w-])[\w-]*")  # a run of [\w-] not after [\w'’-]
_CAPITAL_RUN = re.compile(r"[A-Z](?<![\w-][A-Z])[\w-]*")  # a capital not after [\w-], and its run
_LABEL = re.compile(r"([\w'’-](?<![\w'’-][\w'’-])[\w'’-]*):")  # ([\w'’-]+): from a run's start


@lru_cache(maxsize=1024)
def _words_of(title: str, body: str) -> _Words:
    """An article's words, read once for all the names its lead gives (``lead_names``)."""
    text = f"{title}\n{body}"
    mid = set()
    for line in body.splitlines():
        if line.strip() == title.strip():
            continue  # the headline itself, repeated as the body's first line
        for m in _CAPITAL_RUN.finditer(line):
            at = m.start()  # the last character before the word that is no space (as line[:at].rstrip()[-1])
            while at and line[at - 1].isspace():
                at -= 1
            if at and line[at - 1] not in _SENTENCE_START:
                mid.add(m.group())
    return _Words(
        folded=frozenset(re.findall(r"[\w-]+", text.lower())),
        as_written=frozenset(_WORD_RUN.findall(body)),
        labels=frozenset(w.lower() for w in _LABEL.findall(text)) if ":" in text else frozenset(),
        mid_sentence=frozenset(mid),
    )


@lru_cache(maxsize=4096)
def _dateline_words(body: str) -> frozenset[str]:
    return frozenset(w for place in dateline_places(body) for w in place.split() if len(w) >= 3)


@per_article  # (asked of pairs of claims of two articles)
def dateline_places_of(article: Article) -> frozenset[str]:
    """``dateline_places`` of the claim's article."""
    return dateline_places(article.body)


@lru_cache(maxsize=4096)
def dateline_places(body: str) -> frozenset[str]:
    """The places the article's datelines open its first lines with, folded ("MERLO, Calvenia (Reuters) -":
    merlo): where it was reported from, which a local paper's lead may name alone ("the crash at Merlo")."""
    found = (dateline_at(line.strip()) for line in body.splitlines()[:3])
    return frozenset(d.place.casefold() for d in found if d is not None and d.place)


# A dateline town this rare in English is no hub that wires date everything from ("LONDON", "NEW YORK",
# "BEIJING"): two articles datelined there report from the one town ("OKEBA, Nigeria (AFP) -" / "OKEBA -").
_TOWN = 3.0


@per_claim  # (asked of pairs: the story is the claim's, the rest its article's)
def lead_names_of(f: Features) -> frozenset[str]:
    """``lead_names`` of the claim's article, with the names the claim's features read in its headline and lead."""
    return lead_names(f.article.title or "", f.article.body, f.story)


def shared_dateline(a: Features, b: Features) -> bool:
    """Both claims' articles are datelined in one town that is no hub of news: reports from the place of one story
    (a wire's "OKEBA, Nigeria (AFP) -" and a local paper's "OKEBA -", whose headline names a street). Asked of
    every pair of claims of two articles: each article's towns are worked out once."""
    return not _dateline_towns_of(a).isdisjoint(_dateline_towns_of(b))


@per_article
def _dateline_towns_of(article: Article) -> frozenset[str]:
    return dateline_towns(article.body)


@lru_cache(maxsize=4096)
def dateline_towns(body: str) -> frozenset[str]:
    """The places the article is datelined in that are no hub of news (``_TOWN``), folded: the town of its story."""
    return frozenset(
        place
        for place in dateline_places(body)
        if max(rarity(w) for w in place.split()) >= _TOWN and not _a_label(place, body)
    )


def _a_label(place: str, body: str) -> bool:
    """A transcript's speaker tag read as a dateline: "NEWSREADER: Three workers were killed ..."."""
    return re.search(rf"(?im)^{re.escape(place)}\s*:", body) is not None
