"""Entities: gazetteer names with aliases, plus a general rule for unseen capitalised names."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from corpus.countries import country_of
from corpus.errors import FactscopeError
from corpus.extract.patterns import trie, whole_words
from corpus.extract.sentences import TITLE_ABBREVIATIONS
from corpus.model import Entity

# Words that start capitalised names without being part of them.
TITLE_WORDS = frozenset(
    """
    President Prime Minister PM Premier Chancellor Secretary General Gen Lt Col Maj Capt Adm Sgt Spokesman
    Spokeswoman Spokesperson Ambassador Chief Director Commander Governor Mayor Senator Sen Rep Representative Gov Supt Insp Det Cmdr
    King Queen Prince Princess Pope Leader Chairman Chairwoman Chair Dr Mr Mrs Ms Prof Professor Judge Justice
    Deputy Vice Foreign Defense Defence Interior Finance Security Analyst Expert Officer Minister's Comrade Dictator
    Strongman Colonel Lieutenant Major Captain Admiral Sergeant Marshal Supreme Former Acting Interim Head
    Executive CEO Chief President-elect Founder Chairperson Economist State Energy Health Justice Trade Speaker
    Assemblyman Assemblywoman Assemblymember Congressman Congresswoman Councilman Councilwoman Councillor
    Councilor Councilmember Alderman Alderwoman Commissioner Delegate Selectman Selectwoman
    Sheriff Superintendent Inspector Detective Constable Trooper Coroner Prosecutor Attorney Ombudsman Treasurer
    Comptroller Auditor Archbishop Rabbi Imam Pastor Reverend Coach Sheikh Emir Sultan Sens Reps Govs Gens
    MP MEP MSP MLA Cllr DCI DCS
    """.split()
)
# Titles of two or more people ("Sens. Ann Lee and Tom Park").
_PLURAL_TITLES = frozenset("Sens Reps Govs Gens".split())
# Bodies named "General ...": the title word is part of their name ("the General Staff").
GENERAL_BODIES = frozenset("Staff Assembly Secretariat Directorate Council Command Prosecutor Electric Motors".split())
# Title words that also open the name of a body or an outlet ("State House News", "Health Daily").
_BODY_TITLES = frozenset("State Energy Health Justice Trade Security Finance Interior Defense Defence Foreign".split())
# Titles that only a person holds ("Chairman", not "Security" or "State", which also name bodies).
_PERSON_TITLES = frozenset(
    """
    President Premier Chancellor Secretary Spokesman Spokeswoman Spokesperson Ambassador Director Commander
    Governor Mayor Senator Chairman Chairwoman Chairperson Chair Leader CEO Founder Minister Economist Analyst
    Assemblyman Assemblywoman Assemblymember Congressman Congresswoman Councilman Councilwoman Councilmember Alderman
    Alderwoman Selectman Selectwoman Chief Commissioner Sheriff Superintendent
    """.split()
)
# Capitalised words that never start a name ("The", "In", months, weekdays).
_LEADING_JUNK = frozenset(
    """
    The A An In On At By For From To Of And But Or If As This That These Those It Its He She They We I You His
    Her Their Our Some Many Most Several Both Each Every All Any No Not Neither Nor While Although Though When
    Where Why How What Who Which Since After Before During Despite Beyond Meanwhile However Yet Still Also Now
    Then There Here Such Other Another More Less Last Next First According Citing Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August September October
    November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat
    Earlier Later Previously Initially Separately Elsewhere Overall Instead Within Without Like Unlike Upon Amid
    Amidst Among Amongst Across Throughout Toward Towards Until Unless Whenever Wherever Whether Because Regarding
    Concerning Including Besides Via Against Between
    """.split()
)
# Adjectives that open a headline before a name ("Top Clinton adviser quits", "Embattled Lee resigns"): no part of it.
_DESCRIBING_WORDS = frozenset(
    "Top Senior Longtime Veteran Embattled Ousted Jailed Disgraced Outgoing Incoming Beleaguered Defiant "
    "Neighbouring Neighboring Nearby Fellow Rival Landlocked Impoverished Presumptive Exclusive".split()
)
_DAY_AND_MONTH_WORDS = frozenset(
    """
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December
    """.split()
)
# Words that make a weekday a name of its own.
_HOLIDAY_WORDS = frozenset("Black Good Holy Cyber Super Easter Ash Palm Bloody Maundy Shrove Giving".split())
# Capitalised words that are not names on their own.
_NOT_NAMES = frozenset(
    """
    The A An In On At By For From To Of And But Or If As This That These Those It Its He She They We I You His
    Her Their Our Some Many Most Several Both Each Every All Any No Not Neither Nor While Although Though When
    Where Why How What Who Which Since After Before During Despite Beyond Meanwhile However Yet Still Also Now
    Then There Here Such Other Another More Less Last Next First Second Third New Old Late Early Mid According
    Citing Reports Report Analysts Officials Sources Source Experts Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Time Period Updated Table Contents Comments Leave
    Frequently Asked Questions Follow Share Author Sources Verification Heavy Economic International Strategic
    Emergency Deepening Russian Ukrainian Korean North South Western Eastern Soviet Chinese American
    Yes Western-led Comprehensive Strategic Partnership Treaty Earlier Later Previously Initially Separately
    Elsewhere Overall Instead City Region Province County State Oblast District Island Islands Coast Valley
    """.split()
)
_ORG_WORDS = whole_words(
    """
    Agency Ministry Department Council Service Institute Corporation Corp Inc Ltd Party Army Forces Command
    Committee Commission Bank Fund University Office Bureau Court Parliament Assembly Union Organization
    Organisation Association Group Center Centre Foundation Police Navy Guard Front Movement Network Company Force
    Cross Crescent Watch Amnesty Federation Confederation League Alliance Coalition Congress Authority Board Survey
    Programme Program Intelligence
    Motors Airlines Airways Holdings Industries Technologies Pharmaceuticals Partners Insurance Enterprises
    Bancorp Logistics Petroleum Chemicals Laboratories PLC plc GmbH LLC
    Energy Systems Foods Ports Securities Capital Media Telecom Telecoms Pharma Pharmaceutical Aggregates Solutions
    Electric Communications Semiconductor Semiconductors Software Labs Shipping Brands Resources Mining Entertainment
    Financial Investments Properties Therapeutics Biotech Automotive Construction Engineering Utilities Railways
    Networks Services Studios Stores Hotels Resorts Products Consulting Ventures Dynamics Robotics Healthcare Trust
    Rail Railroad Water Transit Trains Buses Airports Housing Homes Breweries Dairies Farms Fisheries Mobile Wireless
    Broadband Bakeries Cinemas Supermarkets
    """
)
_OUTLET_WORDS = whole_words(
    "News Times Post Journal Herald Tribune Gazette Press Radio TV Television Channel Daily Courier Telegraph "
    "Chronicle Mirror Observer Examiner Inquirer Dispatch"
)


def names_a_body(word: str) -> bool:
    """Is ``word`` one that ends the name of a body or an outlet ("Ministry", "Motors", "News")?"""
    return bool(_ORG_WORDS.fullmatch(word) or _OUTLET_WORDS.fullmatch(word))


# Words after which a number is part of a name or code ("Resolution 2397", "Route 9"), not a count.
IDENTIFIER_WORDS = frozenset(
    """
    resolution resolutions no number article section chapter clause flight route highway page room unit code
    paragraph item order decree law bill act case channel version model class type stage level phase grade
    division brigade regiment battalion corps district zone block sector gate line track rule
    """.split()
)
_PLACE_STARTS = frozenset(
    "Rio San Santa Santo Sao São Port Porto Puerto Lake Mount Mt Cape Fort Saint St Ciudad Bay Gulf".split()
)
NAME_PARTICLES = frozenset("de da das do dos di del della du la le los las al bin ibn ben van von der den ter".split())
_COMPOUND = re.compile(r"(?<!\bal)(?<!\bel)[-–](?=[A-Z])")  # "Kim-Putin", not "al-Assad"
_NUMBER_AFTER = re.compile(r" \d{1,5}\b(?![,.]\d)")
_EVENT_WORDS = whole_words(
    "War Revolution Crisis Summit Conference Games Olympics Pandemic Agreement Treaty Accord Pact Offensive"
)
_ADJECTIVE_SUFFIX = re.compile(
    r"-(?:occupied|based|led|backed|era|run|owned|born|made|style|linked|affiliated|aligned|speaking|controlled|"
    r"held|funded|sponsored|friendly|leaning|bound|wide|related|focused|centric|like|type|class|level)$"
)
_NAME_RUN = re.compile(
    # Not after a dollar sign: "$US180 million", "$A45m" are money. (The capital is matched first, so that
    # the search skips to capitals; the lookbehind then looks at the character before it.)
    r"[A-Z](?<![\w’'$].)(?:\.(?:[A-Z]\.){1,3}|[\w’'.-]*[A-Za-z0-9]|)(?:(?<=s)[’'](?=[ \t]+[A-Z]))?"
    # Name particles stay inside the name: "Lula da Silva", "Rio Grande do Sul", "Ursula von der Leyen", "al-Assad".
    # A name never runs on across a line break ("Dan Collyns in Lima" / "Rescuers ...").
    r"(?:[ \t\u00a0]+(?:(?:van|von|de|da|di|del|du)[ \t]+(?:der|den|la|le|los|las)[ \t]+|"
    r"(?:of|for|de|da|das|do|dos|di|del|della|du|la|le|al|bin|ibn|ben|van|von|ter|the|and)[ \t]+)?"
    r"(?:(?:[A-Z]\.){2,4}|(?:al-|el-)?[A-Z][\w’'.-]*[A-Za-z](?:(?<=s)[’'](?=[ \t]+[A-Z]))?|"
    # A middle initial stays inside the name ("Donald J. Trump"), not before a sentence's opening word.
    r"[A-Z]\.(?=[ \t\u00a0]+(?!(?:The|A|An|In|On|At|He|She|It|They|We|I|But|And|This|That|His|Her)\b)[A-Z][a-z])|[A-Z]))*"
)


@dataclass(slots=True)
class Mention:
    start: int  # offsets into the text searched
    end: int
    name: str  # canonical name
    type: str
    surface: str
    known: bool  # from the gazetteer
    tentative: bool = False  # a lone capitalised word opening a sentence: kept if the article confirms it


# "Norvania's ", "the Kestrel Group's ": a capitalised owner right before a name.
_POSSESSOR = re.compile(r"(?<![\w’'-])(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:’s|'s)\s+$")


class Gazetteer:
    def __init__(self, entries: list[dict[str, Any]]) -> None:
        self.entities: dict[str, Entity] = {}
        self._alias: dict[str, str] = {}
        self.demonym_of: dict[str, str] = {}  # "North Korea" -> "North Korean"
        self.demonyms: set[str] = set()
        self.body_country: dict[str, str] = {}  # a national body named for no country: "Federal Reserve" -> US
        self._countries: re.Pattern[str] | None = None  # built on first use
        for entry in entries:
            name = entry["name"]
            demonyms = entry.get("demonyms", [])
            if demonyms:
                self.demonym_of[name] = demonyms[0]
                self.demonyms.update(demonyms)
            aliases = list(dict.fromkeys([name, *entry.get("aliases", []), *entry.get("demonyms", [])]))
            self.entities[name] = Entity(name=name, type=entry.get("type", "other"), aliases=aliases)
            if "country" in entry:
                self.body_country[name] = entry["country"]
            for alias in aliases:
                self._alias.setdefault(alias, name)
        # A trie matches what the longest-first alternation would (the longest alias the lookahead allows).
        first = "".join(sorted({alias[0] for alias in self._alias}))  # tried only where a name can begin
        self._pattern = re.compile(
            rf"(?=[{re.escape(first)}])(?<![\w’'-])(?:{trie(sorted(self._alias))})(?![\w-]|’s\w|'s\w)"
        )

    def country_prefix(self, surface: str) -> str | None:
        """The country a name starts with: "South Korean Foreign Ministry" -> "South Korea"."""
        if self._countries is None:
            names = sorted(
                (a for e in self.entities.values() if e.type == "country" for a in e.aliases), key=len, reverse=True
            )
            self._countries = re.compile("(?:" + "|".join(re.escape(a) for a in names) + r")(?=[\s’'])")
        m = self._countries.match(surface)
        return self._alias[m.group(0)] if m else None

    def canonical(self, surface: str) -> str | None:
        return self._alias.get(surface)

    def find(self, text: str) -> list[Mention]:
        out = []
        for m in self._pattern.finditer(text):
            name = self._alias[m.group(0)]
            if self._owned_by_another(text, m.start(), name):
                continue
            out.append(Mention(m.start(), m.end(), name, self.entities[name].type, m.group(0), True))
        return out

    def _owned_by_another(self, text: str, start: int, name: str) -> bool:
        """ "Norvania's National Intelligence Service", "Russia's Security Council": a body's generic name owned by
        another country or party than the known body's ("South Korean National Intelligence Service", "UN Security
        Council") is not that body; the general name rule reads it."""
        owner = _POSSESSOR.search(text, max(0, start - 40), start)
        if owner is None:
            return False
        named = self._alias.get(owner.group("owner"))
        if named == name:
            return False
        own = self.country_prefix(name) or self._alias.get(name.split()[0])
        return named is None or own is None or named != own


class GazetteerError(FactscopeError):
    """The gazetteer file cannot be read; the message names it."""


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    path = resources.files("corpus") / "data" / "gazetteer.toml"
    try:
        return Gazetteer(tomllib.loads(path.read_text(encoding="utf-8")).get("entity", []))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise GazetteerError(f"{path}: invalid gazetteer ({exc})") from None


def is_outlet(label: str) -> bool:
    """A news outlet: one the gazetteer knows, or a name with an outlet's word ("Velden Courier", "the Daily Post")."""
    entity = gazetteer().entities.get(label)
    return bool(entity and entity.type == "outlet") or bool(_OUTLET_NAME_WORD.search(label))


_OUTLET_NAME_WORD = re.compile(
    r"\b(?:News|Post|Times|NK|Daily|Agency|Gazette|Herald|Tribune|Journal|Chronicle|Telegraph|Courier|Globe|Examiner|"
    r"Inquirer|Dispatch|Gazeta)\b"
)


_ACRONYM = re.compile(r"[A-Z]{2,6}")
_THE_END = re.compile(r"(?:^|\s)[Tt]he$")
_NOUN_NEXT = re.compile(r"[ \t]+[a-z]")


def guess_type(name: str) -> str:
    if name.isupper() and " " in name:
        return "place"  # a dateline: "PORT MERIDIA"
    if _EVENT_WORDS.search(name) or name.rsplit(maxsplit=1)[-1] in _DAY_AND_MONTH_WORDS:
        return "other"  # "Cold War", "Comprehensive Strategic Partnership Treaty", "Black Friday"
    if _OUTLET_WORDS.search(name):
        return "outlet"
    if _ORG_WORDS.search(name) or _ACRONYM.fullmatch(name):
        return "organisation"
    words = [w for w in name.split() if w not in NAME_PARTICLES]  # "Lula da Silva" is three name words
    if words and words[0].rstrip(".") in _PLACE_STARTS:
        return "place"  # "Rio Grande do Sul", "San Pedro Sula", "Port Moresby"
    if 2 <= len(words) <= 4 and all((w[3:] if w.startswith(("al-", "el-")) else w)[:1].isupper() for w in words):
        return "person"
    return "other"


# Institutions often named for someone ("St Mary's Hospital", "Children's Hospital", "Lee's School of Dance"):
# after a possessive they name one place, though alone at a sentence's start they are common nouns.
_INSTITUTION_WORDS = whole_words("Hospital Clinic Infirmary College School Academy Society Trust")
# A country's own body, named with the country before it ("Russia's Defence Ministry", "Japan's Coast Guard").
_STATE_BODY_END = re.compile(
    r"\b(?:Ministry|Ministries|Department|Office|Agency|Army|Navy|Forces?|Police|Council|Court|Parliament|Government|"
    r"Commission|Service|Guard|Command|Cabinet|Senate|Assembly|Bank|Authority|Administration|Bureau|Institute|"
    r"Committee|Directorate|Intelligence|Staff|Corps|Fleet|Embassy|Mission|Party|Congress)\b[^\w]*$"
)
_POSSESSIVE_WORD = re.compile(r"(?:[’']s|(?<=s)[’'])[ \t]+(?=[A-Z])")
_AND = re.compile(r"[ \t]+and[ \t]+")
# "English and Australian climbers": adjectives joined, not a list of names.
_NATIONALITY_SHAPED = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|i)")


def _name_runs(text: str) -> Iterator[tuple[int, int]]:
    """Spans of capitalised runs; a possessive ends a name ("Peru's Arequipa region" is Peru, then Arequipa)
    unless what follows names a body of it ("People's Defence Force", "Women's Union"); "Adra and Hama"
    is a list of two names (bodies like "Securities and Exchange Commission" stay one)."""
    possessives = "'" in text or "’" in text
    for m in _NAME_RUN.finditer(text):
        start, end = m.span()
        for cut in _POSSESSIVE_WORD.finditer(text, start, end) if possessives else ():
            if (_ORG_WORDS.search(text, cut.end(), end) or _INSTITUTION_WORDS.search(text, cut.end(), end)) and (
                country_of(text[start : cut.start()]) is None or _STATE_BODY_END.search(text, cut.end(), end)
            ):
                # (but "Japan's Nakamura Motors" is Japan, then the company; "Russia's Defence Ministry" stays the
                # country's own body)
                break
            yield start, cut.start() + (2 if text[cut.start() + 1] in "sS" else 0)
            start = cut.end()
        cuts = list(_AND.finditer(text, start, end)) if text.find(" and", start, end) >= 0 else []
        if cuts and _ORG_WORDS.search(text, start, end):
            cuts = []
        if not cuts:
            yield start, end
            continue
        bounds = [start, *(p for cut in cuts for p in cut.span()), end]
        parts = [text[bounds[i] : bounds[i + 1]] for i in range(0, len(bounds), 2)]
        if not any(_NATIONALITY_SHAPED.fullmatch(part) for part in parts):
            for cut in cuts:
                yield start, cut.start()
                start = cut.end()
        yield start, end


# A body's name going on past "for the", "of the", "on the" ("Institute for the Study of War", "Committee on the
# Rights of the Child", "Office of the High Commissioner"): the connector between two capitalised runs.
_BODY_CONNECTOR = re.compile(r"[ \t]+(?:for|of|on|to)[ \t]+(?P<the>the[ \t]+)?")
# ("the Commission on Monday said", "the Council in May": a day or a month is no rest of a body's name)
_TIME_NAME = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)


def _bodies_joined(runs: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The runs, with a body's run and the run after "for the" (or "of the", "on the") joined into one name."""
    out: list[tuple[int, int]] = []
    for start, end in runs:
        if out:
            last_start, last_end = out[-1]
            joint = _BODY_CONNECTOR.fullmatch(text, last_end, start)
            last_word = text[last_start:last_end].split()[-1]
            if (
                joint
                and (_ORG_WORDS.fullmatch(last_word) or _INSTITUTION_WORDS.fullmatch(last_word))
                # (without "the", only "on"/"for" and a name that is no time: "Commission on Human Rights",
                # "Centre for Disease Control")
                and (
                    joint.group("the")
                    or (text[last_end:start].split()[0] in ("on", "for") and not _TIME_NAME.match(text, start))
                )
            ):
                out[-1] = (last_start, end)
                continue
        out.append((start, end))
    return out


# Auxiliaries that open a yes-no question before its subject; what follows up to the "?" stays in one sentence.
_QUESTION_OPENERS = frozenset("Will Can May Could Would Should Does Did Is Was Has Had".split())
_ASKED_AFTER = re.compile(r"[^.!?]*\?")


_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,5}s")


def _demonym_country(word: str) -> str | None:
    """The country a nationality word names ("Kenyan" -> Kenya), None for any other word."""
    country = country_of(word)
    return country if country is not None and country != word and word[:1].isupper() and word.isalpha() else None


# Months that are women's given names too ("June Haddow, 79, said"), and what before them makes them a date ("in June
# Labour won", "since May Councillor Lee has ...").
_GIVEN_NAME_MONTHS = frozenset("April May June".split())
_DATE_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|by|since|until|till|from|through|to|last|next|this|that|early|late|mid|before|after|during|"
    r"until|between|and|or)|\d|[,(–—-])\s*$",
    re.IGNORECASE,
)


def _given_name_month(words: list[str], text: str, at: int) -> bool:
    """ "June Haddow", "April Ross": a month that is a given name, opening a name of two or three words that are no
    date ("June 5", "May Day"), and with nothing before it that makes it a date."""
    return (
        words[0] in _GIVEN_NAME_MONTHS
        and 2 <= len(words) <= 3
        and all(
            w[:1].isupper() and w.isalpha() and w not in _DAY_AND_MONTH_WORDS and w not in _HOLIDAY_WORDS
            for w in words[1:]
        )
        and words[1] not in _LEADING_JUNK
        and words[1] != "Day"
        and not _DATE_BEFORE.search(text, max(0, at - 12), at)
    )


# A title's abbreviation right before a name ("Mr.", "Sen.", "Gov."): its stop ends no sentence.
_TITLE_STOP = re.compile(r"(?:^|[\s(“\"])(?P<title>[A-Z][a-z]{1,5})\.$")


def _after_a_title(before: str) -> bool:
    m = _TITLE_STOP.search(before)
    return m is not None and m.group("title").lower() in TITLE_ABBREVIATIONS


def find_entities(text: str) -> list[Mention]:
    """Gazetteer mentions, then unseen capitalised names in the gaps."""
    gaz = gazetteer()
    mentions = gaz.find(text)
    runs = _bodies_joined(list(_name_runs(text)), text)
    mentions = [m for m in mentions if not _opens_a_body(m, runs, text)]
    taken = [(m.start, m.end) for m in mentions]
    for start, end in runs:
        overlapping = [te for ts, te in taken if start < te and ts < end]
        if overlapping:
            # "Syrian President Bashar al-Assad": a known name opening the run; the rest may be a new name.
            rest = re.compile(r"\s+(?=[A-Z])").match(text, max(overlapping))
            if rest is None or max(overlapping) >= end or any(ts >= max(overlapping) for ts, _ in taken if ts < end):
                continue
            start = rest.end()
        words = text[start:end].split()
        # Drop leading titles and function words ("President", "The") and trailing possessives.
        # (An outlet's name is a body's too: "State House News" keeps "State".)
        org = bool(
            _ORG_WORDS.search(text[start:end])
            or (words and words[0] in _BODY_TITLES and _OUTLET_WORDS.fullmatch(words[-1].rstrip(".,")))
            or (len(words) == 2 and words[0] == "General" and words[1].rstrip(".,’'s") in GENERAL_BODIES)
        )
        # Titles go ("President Putin"), except in names of bodies ("Interior Ministry").
        while words and (
            (words[0].rstrip(".") in TITLE_WORDS and not org)
            or (
                words[0] in _LEADING_JUNK
                and not (words[0] == "Jan" and len(words) > 1)
                and not _given_name_month(words, text, text.index(words[0], start))
                # "the Sunday Courier", "the Saturday Post": a day that opens an outlet's name
                and not (len(words) > 1 and words[0] in _DAY_AND_MONTH_WORDS and _OUTLET_WORDS.fullmatch(words[-1]))
            )
            or (words[0] in _DESCRIBING_WORDS and len(words) > 1 and not org)
        ):
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]  # ("Jan Ivers" is a name: the month is "Jan." or comes before a day)
        while len(words) > 1 and words[-1] in _DAY_AND_MONTH_WORDS and words[-2] not in _HOLIDAY_WORDS:
            words = words[:-1]  # "the storm hit Florida Friday": the place, then when ("Good Friday" stays)
        if org:
            # "Ohio Democratic Party Chairman Ann Lee": a person titled by a body named before the title.
            last_title = max((i for i, w in enumerate(words) if w.rstrip(".") in _PERSON_TITLES), default=-1)
            person = words[last_title + 1 :]
            if (
                last_title > 0
                and 2 <= len(person) <= 3
                and all(w[:1].isupper() for w in person)
                and not _ORG_WORDS.search(" ".join(person))
            ):
                start = text.index(person[0], text.index(words[last_title], start) + len(words[last_title]))
                words, org = person, False
        if not org:
            # "Energy Minister Herman Halushchenko": the name follows the last title word.
            last_title = max((i for i, w in enumerate(words) if w.rstrip(".") in TITLE_WORDS), default=-1)
            if 0 < last_title < len(words) - 1 and (country := _demonym_country(words[0])):
                # "Kenyan President William Ruto", "French Finance Minister ...": the nationality names the country
                at = text.index(words[0], start)
                mentions.append(Mention(at, at + len(words[0]), country, "country", words[0], True))
            if 0 <= last_title < len(words) - 1:
                start = text.index(words[last_title], start) + len(words[last_title])
                words = words[last_title + 1 :]
                while words and words[0] in ("of", "for", "the", "and"):
                    start = text.index(words[0], start) + len(words[0])
                    words = words[1:]
        if not words:
            continue
        surface = " ".join(words).rstrip(".").removesuffix("’s").removesuffix("'s")
        start = text.index(words[0], start)
        before = text[:start].rstrip()
        sentence_initial = not before or before[-1] in '.!?“"—:'
        if sentence_initial and len(words) > 1 and words[0] in _QUESTION_OPENERS and _ASKED_AFTER.match(text, end):
            # "Will Sanders back Clinton?", "Can Lee win?": the auxiliary opening a question is no given name
            start = text.index(words[1], start + len(words[0]))
            words = words[1:]
            surface = " ".join(words).rstrip(".").removesuffix("’s").removesuffix("'s")
            before = text[:start].rstrip()
            sentence_initial = False
        # (one word opening a sentence may be a common word, "Turnout was ...", but not with its own "'s":
        # "Pike's lawyers said")
        tentative = len(words) == 1 and sentence_initial and not text.startswith(("'s", "’s"), start + len(surface))
        # (a plural opening a sentence is no name, "Dealers said"; a surname after a title's stop is, "Mr. Sanders")
        plural_opening = tentative and surface.endswith("s") and not _after_a_title(before)
        if len(words) == 1 and (surface in _NOT_NAMES or len(surface) < 3 or plural_opening):
            continue
        if len(words) == 1 and _PLURAL_ACRONYM.fullmatch(surface):
            continue  # "20,000 SUVs", "MPs", "NGOs": a common noun's plural, no name
        if all(w in _NOT_NAMES or w in TITLE_WORDS for w in surface.split()):
            continue
        if _ADJECTIVE_SUFFIX.search(surface.split()[-1]) or (len(words) == 1 and surface.endswith("ish")):
            continue  # "Russian-occupied", "Seoul-based", "Jewish": adjectives, not names ("Seong-kweun" is a name)
        if not org and " and " in surface:
            continue  # "English and Australian climbers": a list of adjectives, no name
        parts = _COMPOUND.split(surface)
        if (
            len(parts) == 2
            and len(parts[0].split()) in (2, 3)
            and " " not in parts[1]
            and not org
            and not any(w.rstrip(".") in TITLE_WORDS for w in parts[0].split())
            and not any(gaz.canonical(part) or gaz.canonical(part.split()[-1]) for part in parts)
        ):
            parts = [surface]  # "Jennifer Shanklin-Hawkins": a double-barrelled surname, not two parties
        if len(parts) > 1 and all(p[:1].isupper() for p in parts):
            # "Kim-Putin summit", "Russia–North Korea cooperation": the parties, not a new name.
            for part in parts:
                name = gaz.canonical(part)
                if name:
                    pos = text.index(part, start)
                    mentions.append(Mention(pos, pos + len(part), name, gaz.entities[name].type, part, True))
            continue
        number = _NUMBER_AFTER.match(text, start + len(surface))
        if len(words) == 1 and number and surface.lower() in IDENTIFIER_WORDS:
            surface += number.group(0)  # "Resolution 2397", "Route 9": the number is part of the name
        canonical = gaz.canonical(surface) or surface
        etype = gaz.entities[canonical].type if canonical in gaz.entities else guess_type(surface)
        known = canonical in gaz.entities
        if etype == "person" and not known and _THE_END.search(before) and _NOUN_NEXT.match(text, start + len(surface)):
            etype = "other"  # "the Cedar Ridge fire", "the Pine Hollow mine": a name qualifying a thing, no person
        mentions.append(Mention(start, start + len(surface), canonical, etype, surface, known, tentative and not known))
    mentions.sort(key=lambda m: m.start)
    mentions = [
        m
        for m in mentions
        # "Republican Sens. Ann Lee and Tom Park": a plural title and its party name nobody; the names after it do
        if not (m.surface.split()[-1] in _PLURAL_TITLES and text[m.end : m.end + 1] == ".")
    ]
    return _trusted_in_title_case(text, mentions)


def _opens_a_body(mention: Mention, runs: list[tuple[int, int]], text: str) -> bool:
    """A place's name opening a body's or an outlet's name is part of it: "New York Times", "Ohio State
    University", "China Daily" (a nationality before one is not: "Russian Foreign Ministry" is Russia's)."""
    if mention.type not in ("place", "country") or mention.surface in gazetteer().demonyms:
        return False
    run_end = next(
        (
            e
            for s, e in runs
            if s <= mention.start < mention.end < e and all(w in _LEADING_JUNK for w in text[s : mention.start].split())
        ),
        None,
    )
    if run_end is None:
        return False
    return bool(_ORG_WORDS.search(text, mention.end, run_end) or _OUTLET_WORDS.search(text, mention.end, run_end))


_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")
# Words prose writes in lower case and a title-case headline capitalises ("Flood In Texas As Thousands Flee").
_TITLE_MINOR = frozenset("a an the of and or in on at to for by with from as vs".split())
_TITLE_TELLS = _TITLE_MINOR | frozenset("says say said is are was were will has have amid after over into".split())
# A cheap test first: a title-case line capitalises one of those after its first word.
_TITLE_TELL = re.compile(rf"[ \t](?:{trie(sorted(w.capitalize() for w in _TITLE_TELLS))})\b")


def _title_case_spans(text: str) -> list[tuple[int, int]]:
    """Lines written in title case: four or more words, all capitalised but minor ones, and a word
    prose would write in lower case capitalised after the first ("Reporting by Ines Halvorsen" is not)."""
    spans = []
    for line in _LINE.finditer(text):
        words = _WORD.findall(line.group())
        significant = [w for w in words if w.lower() not in _TITLE_MINOR]
        if (
            len(significant) >= 4
            and all(w[0].isupper() for w in significant)
            and any(w[0].isupper() and w.lower() in _TITLE_TELLS for w in words[1:])
        ):
            spans.append(line.span())
    return spans


def _trusted_in_title_case(text: str, mentions: list[Mention]) -> list[Mention]:
    """In a title-case headline every word looks like a name ("Storm Batters Gulf Coast As ..."): there
    only known names, acronyms and names the rest of the text also writes count."""
    titled = _title_case_spans(text) if any(not m.known for m in mentions) and _TITLE_TELL.search(text) else []
    if not titled:
        return mentions

    def in_title(pos: int) -> bool:
        return any(s <= pos < e for s, e in titled)

    elsewhere = {m.surface for m in mentions if not in_title(m.start)}
    return [m for m in mentions if m.known or not in_title(m.start) or m.surface.isupper() or m.surface in elsewhere]


# --- aliases an article defines itself -------------------------------------------------------------

_DEFINED_ACRONYM = re.compile(
    r"(?P<long>(?:[A-Z][\w’'-]*[ \t]+(?:(?:of|for|and|the|on|de|du)[ \t]+)*){1,7}[A-Z][\w’'-]*)[ \t]+\((?P<short>[A-Z][A-Z&.]{1,7})\)"
)
_MINOR_WORDS = frozenset("of for and the on de du".split())
_DIRECTION = re.compile(r"\bthe (North|South)\b(?![ \t]+[A-Z])")


def initials(name: str) -> str:
    """ "Provincial Disaster Management Authority" -> "PDMA" (minor words skipped)."""
    return "".join(w[0] for w in name.split() if w not in _MINOR_WORDS and w[:1].isupper())


def defined_acronyms(text: str) -> dict[str, str]:
    """Long name -> the acronym the text defines for it in parentheses: "the Provincial Disaster
    Management Authority (PDMA)". Kept when the letters are the name's initials, or when the name
    has three words or more ("Doctors Without Borders (MSF)": the acronym of its French name)."""
    out: dict[str, str] = {}
    for m in _DEFINED_ACRONYM.finditer(text):
        words = m.group("long").split()
        while words and (words[0] in ("The", "A", "An") or words[0].lower() in _MINOR_WORDS):
            words = words[1:]
        short = m.group("short").replace(".", "")
        long = " ".join(words)
        letters = initials(long)
        if letters.endswith(short):
            long = " ".join(words[_start_of_last(words, len(short)) :])  # "UN Office for ... (OCHA)": from "Office"
        elif len([w for w in words if w not in _MINOR_WORDS]) < 3:
            continue
        if long and long != short:
            out[long] = short
    return out


def _start_of_last(words: list[str], significant: int) -> int:
    """Index of the word that starts the last ``significant`` non-minor words."""
    seen = 0
    for i in range(len(words) - 1, -1, -1):
        if words[i] not in _MINOR_WORDS:
            seen += 1
            if seen == significant:
                return i
    return 0


def directional_short_form(text: str, names: set[str]) -> str | None:
    """ "the North" in an article that names North Korea (and no other North ...): that country."""
    m = _DIRECTION.search(text)
    if m is None:
        return None
    fitting = [n for n in names if n.startswith(m.group(1) + " ")]
    return fitting[0] if len(fitting) == 1 else None
