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
from dataclasses import replace
from functools import lru_cache

from corpus.countries import country_of, country_of_capital, is_nationality
from corpus.extract import cues
from corpus.extract.attribution import (
    PARTICLE_SURNAME,
    PEOPLE_PLURALS,
    SHARED_ITEM,
    Attribution,
    a_state_or_country,
    agentless_passive,
    find_attributions,
    people_plural,
)
from corpus.extract.coreference import (
    COUNT_WORDS,
    HONORIFIC_BEFORE,
    NOT_PERSON_LAST,
    OCCUPATIONS,
    PARTY_WORDS,
    PERSON_ROLES,
    PRONOUN_KIND,
    ROLE_HEADS,
    SUBJECT_BODY_NOUNS,
    SUBJECT_VERB,
    TEXTS_AND_FIGURES,
    Discourse,
    Known,
    as_written,
    bare_name,
    given_name,
    given_name_gender,
    person_like,
    plural_common_noun,
    resolve_pronoun,
    resolve_short_name,
    surname_like,
)
from corpus.extract.entities import (
    GENERAL_BODIES,
    TITLE_WORDS,
    find_entities,
    gazetteer,
    initials,
    is_outlet,
    names_a_body,
)
from corpus.extract.units import is_plural
from corpus.model import AttributionSpan
from corpus.wordlist import rarity

OUTLET_ROLES = frozenset(
    "outlet newspaper paper site channel network broadcaster agency report daily magazine post".split()
)
ORG_ROLES = frozenset(
    "ministry department government agency service office administration council party military army".split()
)
# The last words of public bodies' names that news calls "the agency" (the Federal Aviation Administration).
_AGENCY_NAMES = frozenset(
    "agency administration service bureau authority commission office inspectorate directorate organization "
    "organisation programme program".split()
)
# Not before "of": "One of the officials" is one of them, never "of the officials".
_DETERMINER = re.compile(r"^(?:the|a|an|some|both|several|many|one|another|two|three|other)\s+(?!of\s)", re.IGNORECASE)
# A time phrase opening the sentence before its subject ("Last season 41 referees reported"): no part of the source.
_TIME_OPENING = re.compile(
    r"^(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier|[Ll]ater)\s+(?:week|month|year|season|spring|summer|autumn|fall|winter|"
    r"weekend|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:[Ii]n|[Oo]n|[Bb]y|[Ss]ince)\s+\d{4}),?"
    r"\s+(?=\S)"
)
# A quantity of a party said by the way ("A number of lawmakers", "a handful of residents"): the party speaks.
_QUANTIFIER = re.compile(r"^(?:a\s+)?(?:number|handful|couple|host|range|variety)\s+of\s+(?=\S)", re.IGNORECASE)
# "One of the officials", "either of the lawyers": one person of a party named by its plural.
_ONE_OF = re.compile(r"(?:one|each|either|neither|none)\s+of\s+(?:the|his|her|their|its|those|these)\s+", re.IGNORECASE)
_PAREN = re.compile(r"\s*\([^)]*\)")
# A title of two or more people, and the party before it, opening their names: "Sens. Ann Lee and Tom Park",
# "Republican Reps. Ann Lee and Tom Park" (the names speak, the title is no part of them).
_PLURAL_TITLE = re.compile(
    r"^(?:(?:Republican|Democratic|Democrat|Independent|GOP|Labour|Conservative|U\.S\.|State|state)\s+)?"
    r"(?:Sens|Reps|Govs|Gens|Drs|Profs)\.?\s+"
)
_NAME_TOKEN = re.compile(r"^(?:[A-Z][\w’'.-]*|\d+)$")


_STRIPPED_S = re.compile(r"[’']s$")
# One capitalised word and its "'s" that speaks ("Moody's said"): a possessive takes a noun, so this is a name.
_NAME_WITH_S = re.compile(r"[A-Z][\w.&-]*[’']s")


@lru_cache(maxsize=8192)  # a few hundred phrases an article, each asked about several times (a pure function)
def _strip(phrase: str) -> str:
    # one space between words: a party label or an aside blanked out of the phrase leaves a run of them
    phrase = " ".join(_PAREN.sub("", phrase).split()).strip(" ,.")
    if not _NAME_WITH_S.fullmatch(phrase):
        phrase = _STRIPPED_S.sub("", phrase)  # ("Moody's said", "Sainsbury's said": the 's is the name's own)
    while True:
        new = _QUANTIFIER.sub("", _DETERMINER.sub("", _TIME_OPENING.sub("", phrase)))
        if new == phrase:
            return phrase
        phrase = new


_ORG_HEAD = re.compile(
    r"\b(Agency|Ministry|Department|Council|Service|Institute|Bank|Union|Party|Army|Commission|Survey|Office|Court|Police|Cross|Organization|Organisation|Group|Fund)\b"
)
_POLLED_BY = re.compile(
    r"\s+(?:polled|surveyed|interviewed|contacted|consulted|hired|commissioned|questioned)\s+by\s+.*$"
)
# Where a text came out is not its source ("A study published in the journal Neurology", "a paper in the Lancet"): the
# text speaks, not the journal that printed it.
_PUBLISHED_IN = re.compile(
    r"\s+(?:(?:published|appearing|printed)\s+)?in\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:journal|magazine|"
    r"periodical)\b.*$|\s+(?:(?:published|appearing|printed)\s+)?in\s+(?:the\s+)?(?:Lancet|Nature|Science|BMJ|JAMA)\b.*$"
)
# Who saw or obtained a text is not its source ("a document seen by Reuters", "a memo obtained by the Post").
# (also when the cue cut the phrase at its "by": "internal documents seen by [this newspaper]")
_SEEN_BY = re.compile(r"\s+(?:seen|obtained|reviewed|viewed)\s+by\b.*$")
# A text sent to someone ("a complaint to the board", "his letter to the council"): the one it was sent to is no source.
_SENT_TO = re.compile(r"\s+(?:sent\s+|submitted\s+|addressed\s+)?to\s+.+?(?=\s+(?:from|by)\s|$)")
_SENT_TEXTS = frozenset(
    "complaint complaints letter letters memo memos email emails submission submissions petition appeal report "
    "message note statement filing".split()
)
# A text lodged with a body ("a filing with the Securities and Exchange Commission", "a complaint filed with the
# regulator", "testimony before the committee"): the body it was lodged with only received it.
_LODGED_WITH = re.compile(
    r"\s+(?:(?:filed|lodged|submitted|registered|made)\s+)?(?:with|before)\s+.+?(?=\s+(?:from|by)\s|$)"
)
_LODGED_TEXTS = frozenset(
    "filing filings complaint complaints lawsuit lawsuits suit petition petitions submission submissions "
    "application applications testimony motion motions claim document documents notice notices".split()
)
# A text and the country it comes from ("earlier study from Denmark", "a survey in Norway"), with an aside after it.
_TEXT_FROM_PLACE = re.compile(
    r"(?P<text>(?:[\w-]+\s+){0,3}?(?:study|studies|poll|polls|survey|surveys|report|reports|analysis|review|trial|census))"
    r"\s+(?:from|in)\s+(?P<place>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})(?:,.*)?"
)
# A text and what it is about, with no author named ("an article about Ann Lee", "the book about the port").
_TEXT_ABOUT = re.compile(
    r"(?:(?:an?|the|this|that|his|her|their|its)\s+)?(?:[\w’'-]+\s+){0,3}?(?:article|story|piece|book|column|editorial|"
    r"post|report|memo|letter|documentary|film|video|profile)\b(?:(?!\bby\b)[^,])*?\babout\s",
    re.IGNORECASE,
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# A text with the day it came out ("An article on 2 February", "a statement dated March 3", "a report in May 2025").
_DATED_TEXT = re.compile(
    r"(?P<text>(?:(?:an?|the|this|that|its|his|her|their|our)\s+)?(?:[\w’'-]+\s+){0,3}?(?:article|story|piece|report|"
    r"statement|column|editorial|memo|letter|post|notice|filing|release|study|survey|poll|bulletin|update))\s+"
    # (a preposition or "dated" before the day: "a poll released Monday" keeps its words, as the text names it)
    r"(?:(?:published|issued|released|posted)\s+)?(?:on|in|of|dated|from)\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?|" + _MONTH + r"|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:,?\s+\d{4})?"
)
# A count with no noun ("The other four", "the remaining two", "All three", "the five"): a numeral is no name. The
# phrase as written names them (the party it counts is what the text said before, not a word of it).
_COUNT_ONLY = re.compile(
    r"(?:(?:the|all|these|those)\s+)?(?:(?:other|remaining|last|first|final|latter|former|same)\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})(?:\s+(?:others|more))?",
    re.IGNORECASE,
)
# Such an item with its author ("A post by the mayor on Facebook", "a video posted by Ann Lee on X"): the author speaks.
_SHARED_ITEM_BY = re.compile(
    r"(?:(?:an?|the|this|that|one|another)\s+)?(?:[\w-]+\s+){0,2}?(?:posts?|videos?|clips?|tweets?|messages?|"
    r"threads?|reels?|livestreams?)\s+(?:(?:shared|posted|uploaded|published|written|made)\s+)?by\s+"
    r"(?P<who>(?:(?!\b(?:on|in|to|last|this|earlier)\b)[^,;:])+?)(?:\s+(?:on|in|to|last|this|earlier)\b.*)?",
    re.IGNORECASE,
)
_SOURCE_OF = re.compile(
    r"^(?:data|figures|a report|report|reports|a statement|statement|analysis|estimates?|imagery|satellite imagery|records)\b.*?\b(?:from|by|of)\s+(?P<who>.+)$",
    re.IGNORECASE,
)


def _unknown_surname(word: str, etype: str | None) -> bool:
    """A lone capitalised word that speaks is most often a surname ("Lind said", "President Obama said");
    bodies have their own words ("Ministry"), acronyms or gazetteer entries."""
    return (
        etype in (None, "other")
        and (surname_like(word) or _adjective_shaped_surname(word))
        and not _ORG_HEAD.search(word)
    )


def _adjective_shaped_surname(word: str) -> bool:
    """A surname ending in "-an" as adjectives do ("Kaplan", "Brafman", "Sullivan"): speaking alone it is a person's
    unless it names a nationality, a country, a capital or a party ("Iran said", "Tehran said")."""
    return (
        word[:1].isupper()
        and word[1:].islower()
        and len(word) > 3
        and word.endswith("an")
        and not word.lower().endswith(("ian", "ean", "can", "ican"))  # "Italian", "Korean", "American": adjectives
        and not is_nationality(word)
        and country_of(word) is None
        and country_of_capital(word) is None  # "Tehran said": the government
        and word not in PARTY_WORDS
    )


def _given_names(before: str) -> str:
    """Capitalised name words and initials right before a surname, up to a title ("Rep. Vann R.")."""
    words: list[str] = []
    for token in reversed(before.split()):
        if (
            not _NAME_TOKEN.match(token)
            or token.rstrip(".") in TITLE_WORDS
            or token.lower().rstrip(".") in PERSON_ROLES
        ):
            break
        words.insert(0, token)
    has_initial = any(re.fullmatch(r"[A-Z]\.", w) for w in words)
    return " ".join(words) if words and has_initial and len(words) <= 3 else ""


_ACTS_FOR = re.compile(
    r"(?:[\w-]+\s+){0,2}?(?P<role>attorneys?|lawyers?|counsel|advisers?|advisors?|aides?|friends?|relatives?|allies|ally|"
    r"supporters?|critics?|neighbou?rs?|colleagues?|associates?|spokes(?:man|woman|men|women|persons?|people)|"
    r"representatives?|publicists?|agents?|surrogates?|officials?|reporters?|correspondents?|executives?|employees?|"
    r"staffers?|members?|persons?|people|sources?)\s+"
    r"(?:for|of|to|close to|at|with|from|familiar with|involved in|briefed on|knowledgeable about)\s+\S.*$",
    re.IGNORECASE,
)
_BODY_OF_PLACE = re.compile(
    r"(?:[Cc]ity|[Tt]own|[Ss]tate|[Cc]ounty|[Pp]rovince|[Vv]illage|[Pp]ort|[Pp]eople)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}$"
)
# Figures with nobody's name on them ("official figures", "the latest data"); "government figures", "the bank's data"
# and "figures from the ministry" name whose they are.
_AUTHORLESS_DATA = re.compile(
    r"(?:(?:the|these|those)\s+)?(?:(?:official|new|latest|preliminary|provisional|final|recent|revised|fresh|separate|"
    r"early|initial|weekly|monthly|quarterly|annual|seasonally[- ]adjusted)\s+)*(?:figures|data|numbers|statistics|stats|counts?|tally|tallies|estimates?|totals?)",
    re.IGNORECASE,
)
# A body or an office of a place or a named body, written in lower case before it ("the central bank of Velmar",
# "the foreign ministry of Ostra", "the president of Velmar"): it speaks, not the place.
_BODY_OF_NAME = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z]+)\s+of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3}"
)
_BODIES_OF_A_PLACE = frozenset(
    "bank ministry government parliament army navy military police court council embassy agency department office "
    "cabinet regime administration commission authority authorities legislature assembly senate".split()
)
# Offices held for a place: "the senator from Texas" is a person, whoever the place is.
_OFFICES = frozenset(
    "senator governor mayor representative congressman congresswoman lawmaker councillor councilor".split()
)
_ROLE_OF_PLACE = re.compile(
    r"(?P<role>[A-Za-z]+)\s+(?:from|of)\s+(?:the\s+)?(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})$"
)
_NAME_OF = re.compile(r"(?P<who>.*?[A-Z][\w’'.-]+)\s+(?:of|at|from|with)\s+\S.*$")


# A body named "X of Y" ("Bank of America", "Communications Workers of America", "Department of Justice"): the whole
# name, when the word before "of" is a body's or a party's ("Secretary of State John Kerry" is read as a title).
# A capitalised party of people somewhere ("Republicans on Capitol Hill").
_GROUP_AT = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,2}(?P<group>[A-Z][\w’'-]*s)\s+(?:on|in|at|from)\s+\S.*")
# An acronym or a capitalised word (not a title) right before a country that closes the phrase: one name
# ("RT America", "Team USA"), not "President Obama" nor "the U.S.".
_NAMED_BEFORE_COUNTRY = re.compile(
    r"(?:[A-Z]{2,6}|Team|Radio|Air|Telecom|Bank|Banco"
    # a government body named for what it does and then the country: "Health Canada", "Statistics Canada",
    # "Sport England", "Public Health Scotland", "Tourism Australia"
    r"|(?:Public\s+)?Health|Transport|Statistics|Sport|Tourism|Environment|Fisheries|Parks|Heritage|Historic|"
    r"Natural|Revenue|Infrastructure|Innovation|Immigration|Customs|Elections|Investment|Energy|Water|Border)\s+"
)
_ORG_OF = re.compile(
    r"(?:[Tt]he\s+)?(?P<org>(?:[A-Z][\w&’'.-]*\s+){0,3}(?P<head>[A-Z][\w’'-]*)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})"
)


_MADE_FOR = re.compile(
    r"(?:(?:an?|the)\s+)?(?:(?:new|latest|recent|separate|fresh|monthly|weekly|exit|opinion)\s+)*"
    r"(?P<what>(?P<maker>(?:[A-Z][\w&’'.-]*\s+){1,3})?(?:poll|survey|study|analysis|report))"
    r"(?:\s+(?:by|from)\s+(?P<by>(?:[A-Z][\w&’'.-]*\s+){0,3}[A-Z][\w&’'.-]*))?\s+"
    r"(?:for|commissioned\s+by|conducted\s+for|carried\s+out\s+for)\s"
)
# A participle closing a phrase whose agent or place the cue left out ("according to a study published on Monday").
# (with when it came out: "an exit poll by Norstat for ERR released when polls closed", "a report published on Monday")
_DONE_AFTER = re.compile(
    r"(?<=[a-zA-Z])(?<!\bbe)\s+(?:published|released|issued|conducted|commissioned|presented|posted|obtained|unveiled|filed|submitted)"
    r"(?:\s+(?:when|as|after|before|on|in|at|last|this|earlier|late|early)\b(?:(?!\bby\b)[^,;:])*)?$"
)


_NAME_FOR = re.compile(r"(?:[Tt]he\s+)?(?P<head>[A-Z][a-z]+)\s+for\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")
_THE = re.compile(r"^[Tt]he\s+")


_OFFICE_WITH_AND_THEN_NAME = re.compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+,?\s+){1,4}(?:and|&)\s+(?:[A-Z][a-z]+\s+){1,3}"
    r"(?:Secretary|Minister|Commissioner|Spokes(?:man|woman|person))\s+"
    r"(?P<name>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,2})"
)


# Someone described by who they are and where they come from ("man from Harwick", "elderly couple in Leawood who ...").
_PERSON_FROM_PLACE = re.compile(
    r"(?:[\w’'-]+\s+){0,3}?(?:(?P<head>[a-z-]+)\s+(?:from|in|near|outside)|(?P<member>MP|MEP|MSP|MLA)\s+for)\s+[A-Z]"
)
_PAIRS_AND_FAMILIES = frozenset("couple family families parents".split())
_PEOPLE_HEADS = (
    ROLE_HEADS
    | _PAIRS_AND_FAMILIES
    | frozenset("man woman boy girl teenager pensioner child youth resident local villager mum dad".split())
)


# Surnames that are also the last word of places' names ("Jim Park", "Stuart Hall", "Andy Street"): a given name before
# one makes a person of a name that speaks (a park or a hall does not say things).
_SURNAMES_LIKE_PLACES = frozenset("park hall street court house bridge church post lake bay".split())


def _named_like_a_place(name: str) -> bool:
    words = name.split()
    return len(words) == 2 and words[1].lower() in _SURNAMES_LIKE_PLACES and given_name_gender(name) is not None


# A firm's trade before its name, capitalised where it opens the sentence ("Carmaker Halvard", "Drugmaker Pellis",
# "Retailer Oakfield"); not a word that opens names ("Carrier Global", "Club Med", "Group Captain").
_TRADE_OPENING = re.compile(
    r"^(?:[A-Z][a-z]*maker|Automaker|Airline|Manufacturer|Retailer|Insurer|Lender|Miner|Supplier|Conglomerate|"
    r"Broadcaster|Publisher|Brewer|Shipper|Exporter|Importer|Start-?up|Firm|Company)\s+(?=[A-Z][a-z])"
)


@lru_cache(maxsize=8192)
def _label(phrase: str) -> tuple[str, bool, str]:
    """(label, named, kind) of a raw phrase, before any coreference."""
    core = _POLLED_BY.sub("", _strip(phrase))  # "Economists polled by Reuters": the economists speak
    core = _TRADE_OPENING.sub("", core)  # "Carmaker Halvard said" opening a sentence: Halvard
    core = _DONE_AFTER.sub("", core)  # "a study published (on Monday)": the study
    made_for = _MADE_FOR.match(core)
    if made_for:
        # "a new Opinium poll for the Observer": the pollster's poll speaks, not the paper that paid for it
        if made_for.group("by"):
            return made_for.group("by"), True, "thing"  # "a poll by Ipsos for Reuters": Ipsos
        return made_for.group("what"), bool(made_for.group("maker")), "thing"
    venue = _PUBLISHED_IN.search(core)
    if venue and venue.start() > 0 and TEXTS_AND_FIGURES.intersection(core[: venue.start()].lower().split()[-2:]):
        core = core[: venue.start()]  # "A study published in the journal Neurology": the study, never the journal
    seen = _SEEN_BY.search(core)
    if seen and seen.start() > 0:
        core = core[: seen.start()]  # "a council document seen by Reuters": the document speaks, the outlet saw it
    # "the party's complaint to the Standards Board", "a letter to the council from residents", "a filing with the
    # SEC": the board, the council and the SEC only received it
    for received_by, texts in ((_SENT_TO, _SENT_TEXTS), (_LODGED_WITH, _LODGED_TEXTS)):
        found = received_by.search(core)
        if found and texts.intersection(core[: found.start()].lower().split()[-1:]):
            core = core[: found.start()] + core[found.end() :]
    from_place = _TEXT_FROM_PLACE.fullmatch(core)
    if from_place and country_of(from_place.group("place")):
        # "An earlier study from Denmark", "a survey in Norway": the country is where it was done, not who says it
        return core[: from_place.end("text")], False, "thing"
    if _TEXT_ABOUT.match(core):
        return core, False, "thing"  # "An article on Monday about Tashfeen Malik": the article, not whom it is about
    dated = _DATED_TEXT.fullmatch(core)
    if dated:
        return _label(dated.group("text"))  # "An article on 2 February": the article, never its date
    written = " ".join(_PAREN.sub("", phrase).split()).strip(" ,.")
    if _possessive_body_name(core):
        return (
            core,
            True,
            "thing",
        )  # "Moody's Analytics", "St Aidan's Hospice": the body's whole name, never "Analytics"
    if _COUNT_ONLY.fullmatch(written):
        return written[:1].lower() + written[1:], False, "plural"  # "The other four": never "four"
    by = _SHARED_ITEM_BY.fullmatch(core)
    if by:
        return _label(by.group("who"))  # "A post by the mayor on Facebook": the mayor, never "Facebook"
    if SHARED_ITEM.fullmatch(_strip(phrase)):
        return _strip(phrase), False, "thing"  # "A post shared on Facebook": the post speaks, never "Facebook"
    source_of = _SOURCE_OF.match(core)
    if source_of:
        core = _strip(re.split(r"\s+about\s", source_of.group("who"))[0])  # "data from ShipTrack" -> ShipTrack
    one_of = _ONE_OF.match(core)
    if one_of and people_plural(core.split()[-1].lower()):
        return core, False, "person"  # "One of the officials": one of them, not the party
    from_place = _PERSON_FROM_PLACE.match(core) if "," not in core else None
    if from_place and (from_place.group("member") or from_place.group("head") in _PEOPLE_HEADS):
        # "A man from Harwick", "a couple from Leawood who won the draw", "Labour MP for Leeds": someone from a place
        # (or elected for it), never the place
        return core, False, "plural" if from_place.group("head") in _PAIRS_AND_FAMILIES else "person"
    helper = _ACTS_FOR.match(core)
    if helper:
        # "An attorney for Mills", "aides to the mayor", "a person close to the Clintons": they speak, not the
        # person they act for or know.
        return core, False, "plural" if helper.group("role").lower().endswith(("s", "people")) else "person"
    if _BODY_OF_PLACE.match(core):
        return core, True, "thing"  # "the city of Phoenix", "the state of Ohio": a body, never a surname
    role_of_place = _ROLE_OF_PLACE.match(core)
    if role_of_place and role_of_place.group("role").lower() in _OFFICES:
        return core, False, "person"  # "Senator from Texas", "the mayor of Ashton": a person, not the place
    body_of = _BODY_OF_NAME.fullmatch(core)
    if body_of and body_of.group("head") in _BODIES_OF_A_PLACE:
        return (
            core,
            True,
            "thing",
        )  # "the central bank of Velmar", "the foreign ministry of Ostra": the body, not the place
    if body_of and body_of.group("head") in PERSON_ROLES:
        return core, False, "person"  # "the president of Velmar", "the defence minister of Ostra": the person
    of_place = _NAME_OF.match(core)
    if of_place:
        # "Rep. Ann Lee of the harbour committee", "Ana Ruiz at the Daily Star": the person speaks.
        label, named, kind = _label(of_place.group("who"))
        if named and kind == "person" and " " in label:
            return label, named, kind
    if core.lower() in TEXTS_AND_FIGURES:
        # "Polls show ...", "Video shows ...": texts and figures, never a surname
        return core, False, "plural" if core.endswith("s") and core.lower() not in ("analysis", "census") else "thing"
    gaz = gazetteer()
    named_for = _NAME_FOR.fullmatch(core)
    # (not people who work for it: "Staff for the House Select Committee", "Lawyers for Ann Lee")
    if named_for and not (people_plural(named_for.group("head").lower()) or named_for.group("head") == "Staff"):
        if named_for.group("head") in TITLE_WORDS or named_for.group("head").lower() in PERSON_ROLES:
            return _THE.sub("", core), False, "person"  # "The Minister for Health": the office's holder
        # "Transport for London", "Centre for Cities": a body named with "for", never the place or thing it is for
        return _THE.sub("", core), True, "thing"
    titled = _OFFICE_WITH_AND_THEN_NAME.fullmatch(core)
    if titled:
        # "Work and Pensions Secretary Liz Kendall", "Culture, Media and Sport Secretary Lisa Nandy": one office's
        # holder, its name holding "and", not a list of parties
        return titled.group("name"), True, "person"
    mentions = [m for m in find_entities(core) if m.surface not in _demonyms()]
    if len(mentions) >= 2 and re.search(r"\band\b|\bnor\b|&", core) and not re.search(r"\b[a-z]+s\b$", core):
        # "Seoul and Kyiv", "The U.S., South Korea, Japan and EU": every party speaks.
        return _PLURAL_TITLE.sub("", core), True, "plural"
    if re.fullmatch(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", core):
        return _PLURAL_TITLE.sub("", core), True, "plural"  # "Lee and Park": both speak
    last_word = core.split()[-1] if core.split() else ""
    if last_word[:1].isupper() and people_plural(last_word):
        return core, True, "plural"  # "Democrats", "House Republicans", "Ukrainians": a party of people
    who = _PEOPLE_WHO.match(core)
    if who and (who.group("head") is None or people_plural(who.group("head").lower())):
        return core, False, "plural"  # "Republicans who have staked their bids on New Hampshire": not the state
    doing = _PEOPLE_DOING.match(core)
    if doing and people_plural(doing.group("head").lower()) and doing.group("verb") not in _NOT_DOING:
        # "Astronomers using a telescope in northern Chile", "Doctors treating the minister": the people, not a name in
        # what they do
        return core, False, "plural"
    people_of = _HEAD_BEFORE_OF.match(core)
    if people_of and (
        people_plural(people_of.group("head").lower())
        # "Two businesses on Third Avenue", "Several shops in Market Square": they speak, not the street
        or (_WHERE_AFTER_HEAD.match(core, people_of.end("head")) and _lower_plural(people_of.group("head")))
    ):
        return core, False, "plural"  # "officials in the capital of Marlow", "residents of Ashton": the people
    if (
        people_of
        and people_of.start("head") == 0
        and people_of.group("head")[:1].islower()
        and not people_of.group("head").endswith("s")
        and _PLACE_AFTER_HEAD.match(core, people_of.end("head"))
        and (
            people_of.group("head") in PERSON_ROLES
            or people_of.group("head") in OCCUPATIONS
            or _agent_word(people_of.group("head"))
        )
    ):
        return core, False, "person"  # "A judge in Marion County", "a farmer from Kilbride": the person, not the place
    if (
        people_of
        and people_of.group("head")[:1].islower()
        and not people_of.group("head").endswith("s")
        and (people_of.group("head") in PERSON_ROLES or people_of.group("head") in OCCUPATIONS)
        and not re.search(r"[A-Z]", core[: people_of.start("head")].lstrip("AT"))
        and _OF_A_COMMON_NOUN.match(core, people_of.end("head"))
    ):
        # "The mayor of a town near Lyon", "a former finance director of the building firm Batiprest": the person
        # speaks, not the place or the firm named at the end of what they are the mayor or director of
        return core, False, "person"
    group_at = _GROUP_AT.fullmatch(core)
    if group_at and people_plural(group_at.group("group")):
        return core, True, "plural"  # "Republicans on Capitol Hill", "Democrats in Congress": the party, not the place
    org_of = _ORG_OF.fullmatch(core)
    head = org_of.group("head") if org_of else ""
    if (
        org_of
        and (head.lower() in NOT_PERSON_LAST or people_plural(head.lower()))
        and head not in TITLE_WORDS
        and head.lower() not in PERSON_ROLES
    ):
        return org_of.group("org"), True, "thing"  # "the Communications Workers of America": not "America"
    if mentions and mentions[-1].end >= len(core) - 1:
        last = mentions[-1]
        if (last.type == "country" or country_of(last.surface) == last.surface) and _NAMED_BEFORE_COUNTRY.fullmatch(
            core, 0, last.start
        ):
            return core, True, "thing"  # "RT America", "CNN Indonesia", "Team USA": a body's name, not the country
        before_country = core[: last.start].split()
        if (
            last.type == "country"
            and last.surface.isupper()
            and len(before_country) == 1
            and before_country[0][:1].isupper()
            and before_country[0].rstrip(".") not in TITLE_WORDS
            and before_country[0].lower() not in PERSON_ROLES
        ):
            return (
                core,
                True,
                "thing",
            )  # "Priorities USA", "Swimming UK": a capitalised word before the country's letters
        kind = (
            "person"
            if (last.type == "person" and person_like(last.surface))
            or _unknown_surname(last.surface, last.type)
            or (last.type == "other" and HONORIFIC_BEFORE.search(core, 0, last.start))  # "Mr. Brafman"
            or _named_like_a_place(last.surface)
            else "thing"
        )
        before = _given_names(core[: last.start])
        if before and last.type in ("person", "other") and " " not in last.surface:
            return before + " " + last.surface, True, "person"  # "Vann R. Newkirk": initials split the run
        label = as_written(bare_name(last.surface), last.name)
        demonym = _DEMONYM_JUST_BEFORE.search(core, 0, last.start) if kind == "thing" else None
        if demonym and demonym.group("word") in _demonyms():
            label = f"{demonym.group('word')} {label}"  # "the American Red Cross": the demonym is in the name
        return label, True, kind
    tokens = core.split()
    # "Defense Minister Kim Yong-hyun": the name is what follows the last title word.
    name: list[str] = []
    for token in reversed(tokens):
        if (
            _NAME_TOKEN.match(token)
            and token.rstrip(".") not in TITLE_WORDS
            and token.lower() not in PERSON_ROLES
            and token not in PARTY_WORDS
        ):
            name.insert(0, token)
        else:
            break
    before_name = tokens[-len(name) - 1] if name and len(name) < len(tokens) else ""
    if (
        name
        and before_name
        and (
            (
                before_name.rstrip(".") in TITLE_WORDS
                and not names_a_body(name[-1])  # "State House News" keeps "State"
                and not (before_name == "General" and name[0] in GENERAL_BODIES)  # "the General Staff"
            )
            or before_name.lower() in PERSON_ROLES | OUTLET_ROLES
            or before_name in PARTY_WORDS
            or (before_name[:1].islower() and len(name) >= 2 and not _ORG_HEAD.search(" ".join(name)))
        )
    ):
        label = " ".join(name)
        canonical = gaz.canonical(label) or label
        return (
            as_written(label, canonical),
            True,
            # a lone name after an honorific is a person's ("Mr. Sanders", "Ms. Shanklin-Hawkins")
            "person"
            if (len(name) >= 2 or HONORIFIC_BEFORE.search(core[: len(core) - len(label)]))
            and not re.search(r"\d", label)
            else "thing",
        )
    if len(tokens) == 1 and core.lower() in COUNT_WORDS:
        return core, False, "plural"  # "Three said", "Most agreed": people counted, nobody named
    if len(tokens) <= 4 and tokens and all(_NAME_TOKEN.match(t) for t in tokens):
        canonical = gaz.canonical(core) or core
        etype = gaz.entities[canonical].type if canonical in gaz.entities else None
        if len(tokens) == 1 and etype is None and _plural_party_opening(core):
            return core, False, "plural"  # "Keepers believe", "Campaigners say": people, no surname
        kind = (
            "person"
            if etype == "person"
            or (etype is None and len(tokens) >= 2 and person_like(core))
            or _unknown_surname(core, etype)
            else "thing"
        )
        return as_written(core, canonical), True, kind
    head = tokens[-1].lower() if tokens else ""
    of_head = _HEAD_BEFORE_OF.match(core)
    if of_head and people_plural(of_head.group("head")):
        return core, False, "plural"  # "Critics of the plan", "lawyers for the family"
    personal = head in PERSON_ROLES or bool(
        {t.lower() for t in tokens} & {"person", "man", "woman", "official", "source"}
    )
    kind = (
        "person"
        if personal
        else ("plural" if (head.endswith("s") and head not in ("news", "service")) or head == "people" else "thing")
    )
    return core, False, kind


# A body named by a founder's or a saint's possessive and capitalised words ("Moody's Analytics", "Harrow's Bakeries",
# "St Aidan's Hospice"); not a place's or a country's ("Russia's Gazprom": Gazprom), nor a person or an office after a
# body's ("Apple's Tim Cook", "Acme's Chief Executive"), nor a part of a body the gazetteer knows.
_POSSESSIVE_NAME = re.compile(r"(?P<owner>(?:(?:St|Saint)\.?\s+)?[A-Z][\w&.-]*)[’']s(?P<rest>(?:\s+[A-Z][\w&-]*){1,3})")


def _possessive_body_name(core: str) -> bool:
    m = _POSSESSIVE_NAME.fullmatch(core)
    if m is None or country_of(m.group("owner")) or is_nationality(m.group("owner")):
        return False
    rest = m.group("rest").split()
    owner = gazetteer().entities.get(m.group("owner"))
    return not (
        given_name(rest[0])
        or (len(rest) >= 2 and person_like(" ".join(rest)))  # "NBC's Dante Chinni": a person after a body
        or is_outlet(m.group("owner"))
        or (owner is not None and owner.type in ("organisation", "outlet"))  # "Google's DeepMind": DeepMind
        or any(w.rstrip(".") in TITLE_WORDS or w.lower() in PERSON_ROLES or w in PARTY_WORDS for w in rest)
        or a_state_or_country(m.group("owner"))
    )


def _plural_party_opening(word: str) -> bool:
    """A lone capitalised plural of people ("Keepers", "Campaigners", "Residents"), no surname ("Sanders", "Rogers",
    "Peters" are given names' or a trade's plurals only by chance: a given name, or a full name read earlier, wins)."""
    lower = word.lower()
    if given_name(lower[:-1]) or given_name(lower):
        return False
    return lower in PEOPLE_PLURALS or (
        lower.endswith(("ers", "ors", "ists", "ians"))
        and _agent_word(lower[:-1])
        and lower[:-1] not in _NOT_PEOPLE_AGENTS
        and rarity(lower[:-1]) < _KNOWN_WORD
    )


# How common in English the singular must be for a capitalised "-ers" word to be a plural of people ("keeper").
_KNOWN_WORD = 4.0
# Words in "-er" that are no one doing something, though surnames in the plural ("Summers", "Masters").
_NOT_PEOPLE_AGENTS = frozenset("summer master winter ranger silver butter carter porter".split())


def _agent_word(word: str) -> bool:
    """A singular noun for someone who does something ("magistrate", "farmer", "novelist")."""
    return len(word) > 4 and word.endswith(("er", "or", "ist", "ian", "ate", "ant", "ent")) and word not in _NOT_AGENTS


def _lower_plural(word: str) -> bool:
    """A common noun in the plural ("businesses", "shops", "families"), not a name or a text ("reports")."""
    return (
        word.islower()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in TEXTS_AND_FIGURES
    )


_NOT_AGENTS = frozenset("center centre order letter matter water border power tower offer sector factor".split())
_PLACE_PREPOSITIONS = "in|from|near|outside"
_PLACE_AFTER_HEAD = re.compile(rf"\s+(?:{_PLACE_PREPOSITIONS})\s")
# ... and where a business stands: "Two businesses on Third Avenue", "shops along the quay"
_WHERE_AFTER_HEAD = re.compile(rf"\s+(?:{_PLACE_PREPOSITIONS}|on|along|at|across)\s")


_OF_A_COMMON_NOUN = re.compile(r"\s+(?:of|at|for)\s+(?:a|an|the)\s+[a-z]")
_DEMONYM_JUST_BEFORE = re.compile(r"(?:^|\s)(?P<word>[A-Z][a-z]+)\s+$")
_HEAD_BEFORE_OF = re.compile(
    r"(?:\S+\s+){0,3}?(?P<head>[A-Za-z][\w’'-]*)(?:\s+(?:familiar|briefed|involved|knowledgeable|aware|present))?"
    r"\s+(?:of|for|from|at|in|on|with|close to|along|near)\s"
)  # ("people familiar with the matter", "officials briefed on the talks": the people)


# A party of people and what they are doing or where they work ("Astronomers using a telescope", "Nurses working at
# the clinic", "scientists based in Oslo"): a participle right after the plural head.
_PEOPLE_DOING = re.compile(
    r"(?:\S+\s+){0,2}?(?P<head>[A-Za-z][\w’'-]*)\s+(?P<verb>[a-z]{2,}ing|based|employed|stationed)\s"
)
_PEOPLE_WHO = re.compile(
    r"(?:(?:[Tt]hose|(?:\S+\s+){0,2}?(?P<head>[A-Za-z][a-z-]*s)|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+and\s+others)\s+who\s)"
)
_NOT_DOING = frozenset("during including according regarding concerning following being having".split())


def _demonyms() -> set[str]:
    return gazetteer().demonyms


# "its" only: a body's report or figures are its own; "his"/"her"/"their" reach past the sentence's own subject
# ("Santilli started his channel, and his first videos show" went to a name read earlier)
_OWNER_PRONOUNS = {"its": "it"}
# A body's own people, who speak for it: "its engineers", "its researchers" (not its critics, members or customers).
_STAFF = frozenset(
    "engineers researchers scientists economists analysts officials lawyers attorneys executives managers directors "
    "inspectors investigators auditors experts doctors staff spokesmen spokeswomen spokespeople representatives "
    "negotiators leaders".split()
)


# The head nouns of a body a body may own ("its statistics office", "its audit committee"): that body is another one.
_OWNED_BODY = frozenset(
    "office bureau agency department ministry unit division committee board council service institute authority "
    "commission team arm subsidiary".split()
)

_HONORIFIC_SURNAME = re.compile(r"(?P<title>Mr\.?|Mrs\.?|Ms\.?|Miss)\s+(?P<surname>[A-Z][\w’'-]+)")


# Who speaks for a person and is named by that person's "his", "her", "their" ("His lawyer said", "Her spokeswoman
# told"): read where the possessive stands, like a pronoun (speaks_after_a_name), so the sentence's own subject comes
# first ("Lee left court, and his lawyer said"), never a name read before it.
_SPEAKS_FOR_A_PERSON = frozenset(
    "lawyer lawyers attorney attorneys spokesman spokeswoman spokesperson agent publicist".split()
)
_PERSONAL_POSSESSIVES = {"his": "he", "her": "she", "their": "they"}


def _owner_pronoun(phrase: str) -> str | None:
    """ "His lawyer" -> "he": the pronoun whose owner the source speaks for."""
    tokens = _strip(phrase).split()
    if len(tokens) == 2 and tokens[0].lower() in _PERSONAL_POSSESSIVES and tokens[1].lower() in _SPEAKS_FOR_A_PERSON:
        return _PERSONAL_POSSESSIVES[tokens[0].lower()]
    return None


def _resolve_reference(phrase: str, discourse: Discourse, position: int) -> tuple[str, bool] | None:
    """Pronoun, surname or definite descriptor -> (label, named) of an earlier referent."""
    core = _strip(phrase)
    lower = core.lower()
    if lower in PRONOUN_KIND:
        return resolve_pronoun(lower, discourse, position)
    tokens = core.split()
    owner_pronoun = _owner_pronoun(core)
    if owner_pronoun:
        # "His lawyer said" -> "Marcus Delane's lawyer": only a named owner who is also the nearest person named at
        # all (after "The panel held Reyes in contempt", the lawyer is Reyes's, not the last speaker's: left as written)
        owner = resolve_pronoun(owner_pronoun, discourse, position)
        nearest = next((k.label for k in discourse.candidates(position) if k.kind == "person"), None)
        return (f"{owner[0]}'s {tokens[1]}", False) if owner and owner[1] and owner[0] == nearest else None
    if (
        len(tokens) >= 2
        and tokens[0].lower() in _OWNER_PRONOUNS
        and (
            not TEXTS_AND_FIGURES.isdisjoint(t.lower() for t in tokens[1:4])
            or (len(tokens) == 2 and tokens[1].lower() in _STAFF)
        )
        # "its statistics office", "its research department": a body of the owner's, not the owner
        and _OWNED_BODY.isdisjoint(t.lower() for t in tokens[1:4])
    ):
        # "according to its annual report", "its figures show": the report is the body's, it is the source; so are
        # its own staff ("Its engineers think"), never "its critics" or "its customers"
        return resolve_pronoun(_OWNER_PRONOUNS[tokens[0].lower()], discourse, position)
    if len(tokens) == 1 and _NAME_TOKEN.match(core):
        return resolve_short_name(core, discourse, position)
    honorific = _HONORIFIC_SURNAME.fullmatch(core)
    if honorific:
        # "Mr. Ferris" after "Tom Ferris": the one named in full, if the title fits the gender the given name tells
        # (not the gender a pronoun taught: "Mr. Khan" is not "Ghazala Khan", whoever "his wife" was)
        full = resolve_short_name(honorific.group("surname"), discourse, position, people_only=True)
        wanted = "m" if honorific.group("title").rstrip(".") == "Mr" else "f"
        if full and given_name_gender(full[0]) == wanted:
            return full
        return None
    candidates = discourse.candidates(position)
    if not re.match(r"(?:the|this|that)\s", phrase.strip(), re.IGNORECASE) or (
        re.search(r"\b[A-Z][a-z]+\b(?<!\bThe)(?!-(?:based|born|headquartered|listed|registered|owned)\b)", core)
        and not _only_demonyms(core)
    ):
        return None
    head = tokens[-1].lower() if tokens else ""
    modifiers = {t.lower() for t in tokens[:-1]}
    age = _AGE_WORD.fullmatch(head)
    if age:
        # "The 34-year-old said": the person named with that age before ("Maria Lopes, 34,"), no one else
        return next(
            (
                (k.label, k.named)
                for k in candidates
                if k.kind == "person" and not {age.group(1), head}.isdisjoint(k.words)
            ),
            None,
        )
    ages = {a.group(1) for t in modifiers if (a := _AGE_WORD.fullmatch(t))}
    # "the 21-year-old winger": the winger named before, unless an age written with the name is another one
    modifiers -= {f"{a}-year-old" for a in ages}
    demonym_words = {w.lower() for d in _demonyms() for w in d.split()}
    # First the referents whose own words contain the head ("the official" -> "an official"),
    # then, for titled roles, any named person ("the minister" -> "Anton Keller").
    anonymous = head in _ANONYMOUS_HEADS
    # Earlier speakers before names merely mentioned: "the agency said" is an agency that spoke.
    ordered = [k for k in candidates if head in k.words and k.spoke] + [
        k for k in candidates if head in k.words and not k.spoke
    ]
    ordered += [] if anonymous else [k for k in candidates if head not in k.words]
    for k in ordered:
        if _COORDINATED.search(k.label) and not is_plural(head):
            continue  # "the union" is one of "the union and the port operator", never both
        if (head in PERSON_ROLES) != (k.kind == "person"):
            continue  # "the official" is a person; "the union", "the army" are not
        fits_head = (
            head in k.words
            or (head in PERSON_ROLES and k.kind == "person" and k.named and not _holds_another_role(k, head, discourse))
            # "the report" is an outlet's only when the outlet reported: a report is anyone's ("a report released by
            # the watchdog"), and an outlet named in passing ("told the BBC") wrote none
            or (head in OUTLET_ROLES and k.kind == "thing" and is_outlet(k.label) and (k.spoke or head != "report"))
            or (head in ORG_ROLES and k.kind == "thing" and head in {w.lower() for w in k.label.split()})
            # "the agency" for a public body that spoke under another kind's name ("the Federal Aviation
            # Administration said ... according to the agency")
            or (
                head == "agency"
                and k.kind == "thing"
                and (k.spoke or k.acts)  # "The Civil Aviation Safety Authority (CASA) has grounded ..."
                and k.label.split()[-1].lower() in _AGENCY_NAMES
            )
        )
        if not fits_head:
            continue
        if ages and _ages_of(k) - ages:
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
    if head in _BODY_HEADS and not (modifiers & _ANOTHER_PARTY):
        # "the firm", "the company", "the rights group": the nearest organisation that spoke, unless a word says it
        # is another one ("the rival firm", "the parent company") or of another country than it.
        nationality = modifiers & demonym_words
        for k in candidates:
            if nationality and not nationality <= k.words:
                continue
            if head not in _ANY_BODY and (
                _kind_words(k, discourse) & _OTHER_KIND_OF_BODY - {head} or k.words & _OTHER_KIND_OF_BODY - {head}
            ):
                # "the company" is not the "... Workers Federation" that spoke before it, nor "the news agency
                # Kazpress" that reported it: a body the text calls by another kind
                continue
            if (
                k.named
                and k.spoke
                and not is_outlet(k.label)
                and (
                    (k.kind == "thing" and not _a_person(k.label, discourse))
                    # a lone name that spoke, no person's by any title, given name or pronoun ("Tesmark: profit beat
                    # forecasts. The carmaker reported ..."): a body as often as not, and "the carmaker" says which
                    or (
                        " " not in k.label
                        and k.kind != "plural"
                        and not people_plural(k.label)
                        and not (k.label.endswith("s") and "the" in k.words)  # "The Marshes": a family
                        and discourse.gender(k.label) is None
                        and not _titled(k)
                    )
                )
            ):
                return k.label, True
    return None


_AGE_WORD = re.compile(r"(\d{1,3})-year-old")


def _ages_of(k: Known) -> set[str]:
    """The ages written with a referent's name ("Owen Pryce, 21," or "the 21-year-old Owen Pryce")."""
    return {w.split("-")[0] for w in k.words if w.isdigit() or _AGE_WORD.fullmatch(w)}


def _kind_words(k: Known, discourse: Discourse) -> set[str]:
    """The last word of a body's name, and of the name its initials stand for ("NHTSA" after "the National Highway
    Traffic Safety Administration"): the word that tells what kind of body it is."""
    words = {k.label.split()[-1].lower()}
    if k.label.isupper() and len(k.label) >= 2:
        words |= {o.label.split()[-1].lower() for o in discourse.known if initials(o.label) == k.label != o.label}
    return words


# Two parties joined as one source ("the union and the port operator", "Lee and Park").
_COORDINATED = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)


def _known_as_person(phrase: str, label: str | None, discourse: Discourse) -> bool:
    """Is a lone name the article's name for a person (a surname of someone named in full before, a given name)?"""
    return (
        label is None
        or label != _strip(phrase)
        or _a_person(label, discourse)
        or any(k.kind == "person" and _strip(phrase).lower() in k.words for k in discourse.known)
    )


def _titled(k: Known) -> bool:
    """Was the name introduced with a person's title ("Sen. Lee", "Mr. Lee", "Judge Lee")?"""
    return any(w.capitalize().rstrip(".") in TITLE_WORDS for w in k.words if w != k.label.lower())


def _a_person(label: str, discourse: Discourse) -> bool:
    """Does the article know ``label`` as a person (a pronoun's re-mention is kept as a "thing")?"""
    return any(k.kind == "person" for k in discourse.known if k.label == label) or discourse.gender(label) is not None


_ANONYMOUS_HEADS = frozenset("source sources person people".split())


def _holds_another_role(k: Known, head: str, discourse: Discourse) -> bool:
    """Was the person introduced with another role ("Tom Lee, the harbour master"), so "the mayor" is someone else?"""
    words = set().union(*(other.words for other in discourse.known if other.label == k.label))
    # "the judge", "the doctor": only someone named as one; "the mayor" is no harbour master, nor the governor
    return head not in words and (
        head in OCCUPATIONS
        or not OCCUPATIONS.isdisjoint(words)
        or (head in _SOLE_OFFICES and not (_SOLE_OFFICES | _POSTS_NO_OFFICE).isdisjoint(words))
    )


# Public offices one person holds one of at a time: "Governor Ellen Price" is not "the mayor".
_SOLE_OFFICES = frozenset("mayor governor president premier chancellor senator ambassador minister".split())
# Posts that are no such office: "Jane Hollis, chair of the party" is not "the mayor".
_POSTS_NO_OFFICE = frozenset("chair chairman chairwoman director adviser advisor aide".split())


_ANOTHER_PARTY = frozenset(
    "rival other another parent sister new former smaller larger bigger second third subsidiary competing acquiring "
    "target same merged combined joint state-owned state-run".split()
)
_BODY_HEADS = frozenset(
    "firm company group bank lender carrier manufacturer retailer insurer institute organisation organization "
    "carmaker automaker airline maker miner producer supplier operator utility chain giant conglomerate "
    "broadcaster publisher club team charity".split()
)

# Heads that fit a body of any kind ("the group" may be a union, a party or a firm) ...
_ANY_BODY = frozenset("group organisation organization".split())
# ... and the last words of names of bodies of one kind, which a company, a club or a charity is not.
_OTHER_KIND_OF_BODY = frozenset(
    "federation confederation union association ministry council committee agency department party police army "
    "navy court government commission authority university hospital league coalition foundation church office "
    "service board administration assembly parliament senate congress guard command alliance movement".split()
)


def _only_demonyms(core: str) -> bool:
    caps = re.findall(r"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", core)
    return all(c in _demonyms() or is_nationality(c) for c in caps)


_PRONOUN_REFERENT_KIND = {"they": "plural", "them": "plural", "it": "thing", "its": "thing"}
_FIRST_AND_SECOND_PERSON = frozenset("i we you us me".split())


def _name_of(phrase: str, discourse: Discourse, position: int) -> tuple[str | None, bool, str]:
    """(name, named, kind) a source phrase stands for; the name is None for a pronoun nobody fits.

    Remembered per sentence: a sentence's spans ask again what its speaker resolution asked."""
    key = (phrase, position)
    if key not in discourse.names:
        discourse.names[key] = _resolve_name(phrase, discourse, position)
    return discourse.names[key]


def _resolve_name(phrase: str, discourse: Discourse, position: int) -> tuple[str | None, bool, str]:
    if _strip(phrase).lower() in _FIRST_AND_SECOND_PERSON:
        return None, False, "person"  # "we expect": whoever the quotation or label around it names
    particle = PARTICLE_SURNAME.fullmatch(_strip(phrase))
    if particle:
        # "dos Santos says", "de Blasio said": the surname with its particle, or the full name it ends seen before
        written = _strip(phrase)
        full = next(
            (
                k.label
                for k in discourse.candidates(position)
                if k.kind == "person" and k.named and k.label.lower().endswith(" " + written.lower())
            ),
            None,
        )
        return full or written, True, "person"
    label, named, kind = _label(phrase)
    pronoun = _strip(phrase).lower()
    if pronoun in _PRONOUN_REFERENT_KIND:
        kind = _PRONOUN_REFERENT_KIND[pronoun]  # "They said": a party of several, never a person ("They" is no surname)
    # (a country named alone is the country, never a body whose name ends with it: "Canada" after "Health Canada")
    if not named or (len(label.split()) == 1 and country_of(label) != label):
        ref = _resolve_reference(phrase, discourse, position)
        if ref is not None:
            return ref[0], ref[1], kind
        if _strip(phrase).lower() in PRONOUN_KIND:
            return None, False, kind
        if _AUTHORLESS_DATA.fullmatch(_strip(phrase)):
            return None, False, "thing"  # "official figures showed", "new data show": nobody's figures, no speaker
    return label, named, kind


def speaks_after_a_name(attribution: Attribution) -> bool:
    """Is the source a pronoun after the sentence's opening ("Ann Lee ran the port for years, she said")?
    Names earlier in its own sentence may then be who it is."""
    return (
        attribution.source is not None
        and attribution.source[0] > 0
        and (_strip(attribution.phrase).lower() in PRONOUN_KIND or _owner_pronoun(attribution.phrase) is not None)
    )


# A body opening the sentence as its subject: "The ministry will close two schools, it said", "Kestrel Air will
# cancel 300 flights, it said": the "it" that closes the sentence is that body, not a speaker before it ("There was
# anger at its warning" opens with no body).
_BODY_SUBJECT = re.compile(
    r"\W*(?P<np>(?:[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?:" + SUBJECT_BODY_NOUNS + r")"
    # (not a count or a determiner: "Two years before ..., the council ... when it told")
    r"|(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Both|All|Many|Some|Most|Several|Few|Each|Every|No|Any|"
    r"This|That|These|Those|It|He|She|They|We|I|There|Here)\b)(?:[A-Z][\w&’'-]*\s+){0,4}[A-Z][\w&’'-]*))" + SUBJECT_VERB
)


_QUOTE_OPENS = re.compile(r"\s*[“\"‘']")
_THE_ROLE = re.compile(r"the\s+([a-z]+)")


def it_for_its_subject(text: str, attribution: Attribution) -> Attribution:
    """ "The ministry will close two schools, it said": "it" speaking after its own sentence's subject, a body,
    is that body (read as the phrase, at the pronoun's place). So is "the agency" after a subject named "... Agency"
    ("The Coastal Safety Agency has grounded two ferries, the agency said")."""
    if attribution.source is None:
        return attribution
    spoken = _strip(attribution.phrase).lower()
    role = _THE_ROLE.fullmatch(" ".join(attribution.phrase.split()).strip(" ,.").lower())
    if spoken != "it" and role is None:
        return attribution
    m = _BODY_SUBJECT.match(text) if not _QUOTE_OPENS.match(text) else None  # (not a quotation's first words)
    if m is None or m.end("np") > attribution.source[0] or given_name_gender(m.group("np")) is not None:
        return attribution
    if role is not None:
        name = _strip(m.group("np"))
        if not name[:1].isupper() or name.split()[-1].lower() != role.group(1) or len(name.split()) < 2:
            return attribution  # only the body the subject names, by its own last word
        return replace(attribution, phrase=name)
    if plural_common_noun(m.group("np")):
        return attribution  # "Dealers will update the software, it said": "it" is no plural
    return replace(attribution, phrase=m.group("np"))


def _where(attribution: Attribution, position: int) -> int:
    """Where a source is read: at its pronoun when names of its own sentence come before it, else the sentence."""
    return position + attribution.source[0] if speaks_after_a_name(attribution) and attribution.source else position


def resolve_speaker(
    attributions: list[Attribution], discourse: Discourse, position: int
) -> tuple[str | None, list[str]]:
    """Speaker name and chain for a sentence's attributions; updates ``discourse``."""
    if not attributions:
        return None, []
    chain: list[str] = []
    conceded = max((a.clause_end for a in attributions if a.clause_end is not None), default=None)
    # what is told after the concessive clause is the sentence's own ("..., ministers say it will pay"), not a source
    # inside that clause ("While the president has said he opposes it, ...") nor an impersonal "it" ("..., it showed")
    own = [
        a
        for a in attributions
        if not a.subordinate
        and (
            conceded is None
            or (
                a.clause_end is None
                and min((s[0] for s in (a.source, a.cue) if s is not None), default=0) > conceded
                and _strip(a.phrase).lower() != "it"
            )
        )
    ]
    if not own:
        # "While critics argue that the swap rewards kidnappers, the minister has backed it": the critics' words are
        # only their clause; the sentence, the minister's act, is nobody's statement. So is "Shares fell 38% after the
        # lender said ...": the fall is the writer's report
        _remember_subordinate(attributions, discourse, position)
        return None, []
    if len(own) < len(attributions):
        attributions[:] = own + [a for a in attributions if a.clause_end is not None or a.subordinate]
    first = attributions[0]
    if first.described_as and _known_as_person(first.phrase, _name_of(first.phrase, discourse, position)[0], discourse):
        # "Vogt will step down, the carmaker said" after "Lena Vogt": the carmaker, not the person (the list is
        # changed in place: the sentence's spans are read from it next)
        first = attributions[0] = replace(
            first, phrase=first.described_as, body=False, subject_body=False, described_as=None
        )
    if (
        _strip(first.phrase).lower() in PRONOUN_KIND
        and _name_of(first.phrase, discourse, _where(first, position))[0] is None
    ):
        # "Back when he wrote his book, Mr. Lee said": a pronoun nobody fits yields to a named speaker.
        fallback = next(
            (
                a
                for a in attributions[1:]
                if a.how in ("verb", "inverted", "quoted")
                and not a.embedded
                and _name_of(a.phrase, discourse, _where(a, position))[1]
            ),
            None,
        )
        first = fallback or first
    relays = [first.relay] if first.relay else []
    relays += [
        a.phrase
        for a in attributions[1:]
        if a is not first
        if a.how in ("according", "citing", "inverted") or a.verb in ("reported", "reports")
    ]
    for i, phrase in enumerate([first.phrase, *relays]):
        where = _where(first, position) if i == 0 else position
        label, named, kind = _name_of(phrase, discourse, where)
        if label is None:
            continue
        if label not in chain:
            chain.append(label)
        if i == 0:
            if first.body and kind == "person" and named and (" " not in label or first.subject_body):
                kind = "thing"  # "Kelvra, the Swedish battery maker, said": a company, not a surname
                discourse.bodies.add(label)
            # Someone quoted in passing ("..., Ann Lee, who said ...") is no referent for the next "he said".
            spoke = not first.embedded
            # remembered where its source is written when that closes the sentence ("The Lee plan is bold, said Ann
            # Park."): a later "she" finds the speaker nearer than a name the sentence opened with
            # (a person whose given name tells the gender: "said La Stampa" may be no one)
            source = first.source
            closing = source is not None and first.how == "inverted" and kind == "person" and given_name_gender(label)
            at = max(where, position + source[0]) if source is not None and closing else where
            discourse.remember(
                label, phrase + " " + label, kind, named, at, spoke=spoke, subject=spoke, gender_words=phrase
            )  # the label after the phrase would read a surname ("Thomas") as a given name
    if not chain:
        return None, []
    return chain[0], chain


def _remember_subordinate(attributions: list[Attribution], discourse: Discourse, position: int) -> None:
    """Who spoke in a clause of time or cause ("..., when Ann Lee called him a liar") is who a next "she said" may be,
    though the sentence is not hers."""
    first = next((a for a in attributions if a.subordinate), None)
    if first is None:
        return
    label, named, kind = _name_of(first.phrase, discourse, _where(first, position))
    if label is not None:
        discourse.remember(
            label, first.phrase + " " + label, kind, named, position, spoke=True, gender_words=first.phrase
        )


# What may trail a source as the sentence reads it, and is no part of it: the relative clause's opening ("the
# government, which has strongly denied"), an aside in brackets ("Mr. Burman (a view echoed by everyone)"; not a party's
# "(D-Ore.)" or an acronym), a dash or comma left dangling.
_SOURCE_TAIL = re.compile(
    r"(?:,\s*(?:which|who|that)(?:\s+(?:has|have|had|is|are|was|were|would|will|also|once|later|then|\w+ly))*"
    r"|\s*\((?=[^()]*\b[a-z]{3,}\s)[^()]*\)|\s*[,;:]|\s+(?:--|[–—-]))\s*$"
)


def _source_end(text: str, source: tuple[int, int]) -> int:
    """Where the source as written ends, less any tail ``_SOURCE_TAIL`` matches (repeatedly)."""
    start, end = source
    while True:
        tail = _SOURCE_TAIL.search(text, start, end)
        if tail is None or tail.start() <= start:
            return end
        end = tail.start()


def attribution_spans(
    attributions: list[Attribution], text: str, offset: int, discourse: Discourse, position: int, chain: list[str]
) -> list[AttributionSpan]:
    """Each attribution of a sentence as source, cue and content spans (offsets into the body)."""
    out: list[AttributionSpan] = []
    for _i, a in enumerate(attributions):
        name = _name_of(a.phrase, discourse, _where(a, position))[0]
        content = content_span(text, a)
        out.append(
            AttributionSpan(
                speaker=name,
                source_start=a.source[0] + offset if a.source else None,
                source_end=_source_end(text, a.source) + offset if a.source else None,
                cue_start=a.cue[0] + offset if a.cue else None,
                cue_end=a.cue[1] + offset if a.cue else None,
                content_start=content[0] + offset,
                content_end=content[1] + offset,
                how=a.how,
                chain=list(chain) if chain and name == chain[0] else ([name] if name else []),
                cue_kind=cues.kind_of_cue(text[a.cue[0] : a.cue[1]] if a.cue else None, a.how),
            )
        )
    return out


def unsaid_spans(text: str, offset: int, discourse: Discourse) -> list[AttributionSpan]:
    """The spans of a sentence no one speaks: a concessive clause's source, cue and what that clause says ("While
    critics argue that the swap rewards kidnappers, the minister has backed it": "critics", "argue", "the swap rewards
    kidnappers"; the sentence itself is the writer's), or a clause of time or cause after the main clause ("Shares fell
    after the lender said it would sell stock"), else a statement reported with nobody named (``agentless_spans``)."""
    conceded = [a for a in find_attributions(text) if a.clause_end is not None or a.subordinate]
    if conceded:
        return attribution_spans(conceded, text, offset, discourse, offset, [])
    return agentless_spans(text, offset)


def agentless_spans(text: str, offset: int) -> list[AttributionSpan]:
    """A statement reported with nobody named ("It was reported that the mill closed", "Lee is said to have sold the
    mill"): one span, no source and no speaker, its cue and what it reports."""
    found = agentless_passive(text)
    if found is None:
        return []
    (cue_start, cue_end), verb, clause = found
    end = len(text.rstrip().rstrip("."))
    content_start = cue_end + len(text[cue_end:]) - len(text[cue_end:].lstrip()) if clause else 0
    if clause and text.startswith("that", content_start):
        content_start += 4 + len(text[content_start + 4 :]) - len(text[content_start + 4 :].lstrip())
    return [
        AttributionSpan(
            speaker=None,
            source_start=None,
            source_end=None,
            cue_start=cue_start + offset,
            cue_end=cue_end + offset,
            content_start=content_start + offset,
            content_end=max(content_start, end) + offset,
            how="passive",
            chain=[],
            cue_kind=cues.kind_of_cue(verb, "passive"),
        )
    ]


_CONTENT_OPENER = re.compile(r"[\s,:;—–-]*(?:that\s+)?")
# "..., she said in a statement on Monday.": what follows the cue is only its circumstances.
_CIRCUMSTANCE = re.compile(
    r"\s*(?:in|on|at|during|after|before|last|this|yesterday|today|to|of|from|by|when|while)\b(?![^“”\"]*\bthat\b)[^“”\"]*$"
)
_CONTENT_CLOSER = re.compile(r"[\s,;:—–-]+$")
_WHOSE_BEFORE = re.compile(r"\bwhose\s+(?:[\w’'-]+\s+){1,3}$")


def content_span(text: str, attribution: Attribution) -> tuple[int, int]:
    """What the attribution reports: the words after the cue, or before the source when the attribution
    closes the sentence ("..., the minister said."); the whole sentence when the spans are unknown."""
    end = len(text.rstrip().rstrip("."))
    spans = [s for s in (attribution.source, attribution.cue) if s]
    if not spans:
        return 0, end
    if attribution.clause_end is not None and attribution.cue:
        # "While critics argue that X, the plan ...": X, up to the comma that ends the concessive clause
        opener = _CONTENT_OPENER.match(text, attribution.cue[1])
        start = opener.end() if opener else attribution.cue[1]
        return start, max(start, attribution.clause_end)
    first = min(s[0] for s in spans)
    last = max(s[1] for s in spans)
    after = text[last:end]
    before_words = len(text[:first].split())
    trailing = before_words >= 3 and (len(after.split()) < 3 or _CIRCUMSTANCE.match(after))
    if after.split() and _WHOSE_BEFORE.search(text, 0, first):
        # "Delta Pipes, whose valves it said had failed": what is said of the valves follows the cue
        opener = _CONTENT_OPENER.match(after)
        start = last + (opener.end() if opener else 0)
        return start, max(start, end)
    if (
        not trailing
        and len(after.split()) >= 3
        and not (attribution.how in ("inverted", "according", "citing") and first > 0)
    ):
        opener = _CONTENT_OPENER.match(after)
        assert opener is not None  # every part of it is optional
        start = last + opener.end()
        return start, max(start, end)
    before = text[:first]
    stop = len(_CONTENT_CLOSER.sub("", before))
    if stop > 0:
        return 0, stop
    return 0, end


# What a headline kicker names when it names a topic or an event, not a party ("Wildfires: thousands flee",
# "Heatwave: Spain records its hottest night", "Brexit: ..."): weather and disasters, conflicts and votes, diseases
# and the economy, the kinds of news page. Never who speaks: a person or body before the colon is.
_TOPIC_WORDS = frozenset(
    """
    heatwave heat wildfire wildfires fire fires blaze blazes bushfire bushfires flood floods flooding storm storms
    hurricane typhoon cyclone tornado tornadoes earthquake quake tsunami drought blizzard snow weather landslide
    landslides eruption volcano avalanche war wars conflict ceasefire truce election elections referendum budget
    brexit coronavirus covid covid-19 pandemic outbreak epidemic virus flu measles cholera strike strikes protest
    protests riots unrest crisis inflation recession economy markets tariffs trade climate energy housing immigration
    migration terror terrorism attack attacks shooting shootings crash accident explosion blast football cricket
    tennis golf rugby olympics transfer transfers weather
    claim claims verdict fact facts update updates correction corrections analysis explainer opinion review rating
    """.split()
)
# Words that make a kicker a phrase, not a name ("Big Win For Bernie:", "Stat Of The Week:" has "Of The" too, but
# "Bank of England" keeps "of"): a headline's words in title case.
_HEADLINE_LINKS = frozenset("For Over On In To At With Is Are Vs Versus After Before Into Against".split())
_LETTER = re.compile(r"[A-Za-z]")


def kicker_topic(label: str, rest: str) -> bool:
    """Is ``label``, a kicker before a colon in mixed case ("Wildfires: ...", "Iowa: ..."), a topic, a place, or a
    phrase rather than who speaks? ``rest`` is what follows the colon ("Clinton: 547" is a tally, not words)."""
    words = label.split()
    if not _LETTER.search(rest):
        return True  # "Sanders: 1,547": a count per party
    if any(w.lower().strip(".’'") in _TOPIC_WORDS for w in words):
        return True
    if len(words) > 1 and any(w in _HEADLINE_LINKS for w in words[1:]):
        return True
    name = gazetteer().canonical(label)
    return name is not None and gazetteer().entities[name].type in ("place", "country")
