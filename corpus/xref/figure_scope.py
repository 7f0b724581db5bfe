"""Where a claim's compared figure is, by the words of its own clause: a part's count is no value of the whole's.

A sentence often gives a toll and, beside it, a part of it ("rose above 130, with at least 57 deaths in North
Carolina"), or one country's and another's ("8,574 had died in Turkey, and more than 2,500 in Syria"). The claim's
place names then say nothing of which figure is whose: a state's toll compared with the national one reads as a
fall, one country's with a sum over two as a rise. Only a figure its own words place ("died in Turkey", "In the
city of Wajima, 44 ...", "North Carolina's toll") is given a place here; an unplaced figure is the claim's whole,
and two figures are of other scopes only when the words show it (the other figure's clause names other places or
the place's country, or the other claim gives the place its own figure in another clause).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from corpus.countries import country_of, country_of_capital, is_nationality
from corpus.extract.quantities import compared_figure
from corpus.model import Claim
from corpus.towns import countries_of_place, countries_of_region
from corpus.xref.features import FAMILY, Features, figure_measure, framed_claim, is_headline
from corpus.xref.figure_roles import figure_clause
from corpus.xref.memo import per_claim
from corpus.xref.places import countries_named_in, figure_countries, lead_past_dateline

# Where one figure's clause ends and a second figure's may begin: "..., and more than 2,500 in Syria", "..., with
# at least 57 deaths in North Carolina", "..., of whom 155 were in Valencia", "9 in Nepal and 12 in India".
_CLAUSE_BREAK = re.compile(
    r";|\.\s|,\s+(?:and|but|while|whereas|with|of\s+whom|of\s+which|including|among\s+them|compared\s+with)\b"
    r"|\s(?:while|whereas)\s"
    r"|\sand\s+(?=(?:about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|over\s+)?\d)"
)
_SIDE = r"(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?east(?:ern)?|north-?west(?:ern)?|south-?east(?:ern)?|south-?west(?:ern)?)\s+)?"
_NAME = r"(?P<name>(?:[A-Z]\.){2,3}|[A-Z]{2,3}\b|[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})"
_PLACE_KIND = r"(?:city|town|village|county|district|province|state|prefecture|region|municipality)"
# A figure its own words place: "In Turkey alone, ...", "In the city of Wajima, 44 ...", "had died in Turkey",
# "deaths in North Carolina", "killed in North Carolina by Helene", "North Carolina's toll".
_OPENS_IN = re.compile(
    rf"\s*In\s+(?:neighbou?ring\s+)?(?:the\s+{_SIDE}(?P<kind>{_PLACE_KIND})\s+of\s+)?{_NAME}(?:\s+(?P<kind_after>{_PLACE_KIND}))?(?:\s+alone)?\s*,"
)
# "In Dravo province alone, 410 ...", "deaths in Turkey alone": the place's figure told as a part of a larger whole.
_ALONE = re.compile(r"\b[A-Za-z]+\s+alone\b")
# "Seven foreigners were among the dead", "Among those killed were 12 police officers": a group within a toll.
_AMONG = re.compile(
    r"\bamong\s+(?:the|those)\s+(?:dead|killed|victims|injured|wounded|hurt|missing|casualties|who\s+died)\b", re.I
)
# "the 1960 Agadir quake, which killed an estimated 12,000", "in 2004, when a tsunami killed 230,000": a figure told of
# a happening its words date to a year, as the happening a record is measured against.
_YEAR_OF_HAPPENING = re.compile(
    r"\b(?:the\s+(?P<year>1[5-9]\d\d|20\d\d)\s+(?:[A-Z][\w'’-]*\s+){0,3}[a-z]+(?:\s+[a-z]+)?"
    r"|\bin\s+(?P<in_year>1[5-9]\d\d|20\d\d))"
    r"\s*,\s+(?:which|that|when)\s+(?:[\w'’-]+\s+){0,8}$"
)
_TOLL_IN = re.compile(
    r"\b(?i:killed|died|dead|deaths|death\s+toll|injured|wounded|missing|infections|cases|jobs|job\s+cuts|layoffs|"
    r"employees|workers|staff|sales|revenues?|\d[\d,.]*)\s+(?:at\s+its\s+[a-z]+\s+)?"
    # ("killed in the collapse of the State Audit Office tower in Bangkok": where it happened, a few words on)
    r"(?:in\s+(?:the|a|an)\s+[a-z]+(?:\s+of\s+(?:the|a|an)\s+(?:[A-Za-z]+\s+){1,5}?[a-z]+)?\s+)?in\s+"
    # ("died in the eastern county of Galati": a side word before the place's kind)
    rf"(?:the\s+{_SIDE}(?P<kind>{_PLACE_KIND})\s+of\s+)?{_NAME}"
    # ("kills more than 1,300 in Turkey and Syria": every place of the list)
    r"(?P<more>(?:(?:\s*,\s*|\s+and\s+)(?:[A-Z]\.){2,3}|(?:\s*,\s*|\s+and\s+)[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})*)"
)
# A figure told of the whole world: "12,000 jobs, or about 6% of its global workforce", "worldwide".
# Or of a whole by name: "Total revenue rose 5%", "overall sales".
_WORLDWIDE = re.compile(
    r"\b(?:global|globally|worldwide|world-wide|around\s+the\s+world|across\s+the\s+world|total|overall)\b", re.I
)
_OWN_TOLL = re.compile(rf"{_NAME}(?:['’]s)?\s+(?:[a-z]+\s+){{0,2}}?toll\b")
_PART_BREAK = re.compile(r"[,;]\s+(?:with|of\s+whom|of\s+which|including|among\s+them)\b")
_IN_PLACE = re.compile(rf"\bin\s+(?:the\s+{_SIDE}(?P<kind>{_PLACE_KIND})\s+of\s+)?{_NAME}")
_ONE_PLACE = rf"{_SIDE}(?:(?:[A-Z]\.){{2,3}}|[A-Z]{{2,3}}\b|[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){{0,2}})"
# Where a clause says something happened: "in Turkey and Syria", "struck southern Turkey and northwest Syria".
_WHERE = re.compile(
    r"\b(?:in|across|throughout|struck|hit|hitting|striking|battered|ravaged|swept\s+(?:through|across))\s+(?:the\s+)?"
    rf"(?P<names>{_ONE_PLACE}(?:(?:\s*,\s*|\s+and\s+){_ONE_PLACE})*)"
)
# A country that counts its own, at its clause's opening: "Romania has recorded seven deaths", "Brazil has confirmed
# 1,116 deaths".
_COUNTRY_COUNTS = re.compile(
    rf"^\s*(?:[,;]\s*)?(?:and\s+|but\s+|while\s+)?(?:the\s+)?{_NAME}\s+(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?"
    r"(?:recorded|reported|confirmed|registered|counted|logged)\b"
)
# A place alone as its clause's subject: "Bucharest alone has recorded 2,400 cases", "The state of Bahia alone reported":
# that place's figure, a part of a larger whole.
_SUBJECT_ALONE = re.compile(
    rf"^\s*(?:[,;]\s*)?(?:and\s+|but\s+|while\s+)?(?:the\s+(?P<kind>{_PLACE_KIND})\s+of\s+)?{_NAME}\s+alone\b"
)
# A happening named by its country's people's word: "died in the Czech floods", "killed in the Turkish quake".
_NATION_HAPPENING = re.compile(
    r"\bin\s+(?:the\s+)?(?P<word>[A-Z][a-z]+)\s+(?:floods?|flooding|earthquakes?|quakes?|fires?|wildfires?|storms?|"
    r"landslides?|heatwaves?|outbreak|epidemic|blasts?|explosions?)\b"
)
# A figure told of several countries together: "across six countries", "in 14 nations", "across central and eastern
# Europe", "Central Europe flood toll": the whole that one country's count is a part of.
_NUMBER_OF = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+dozen|dozens\s+of)"
_SIDE_WORD = r"(?:[Cc]entral|[Ee]astern|[Ww]estern|[Nn]orthern|[Ss]outhern|(?:South|North)-?[Ee]ast(?:ern)?|(?:South|North)-?[Ww]est(?:ern)?|East|West|North|South)"
_REGION_OF_COUNTRIES = (
    r"(?:Europe|Africa|Asia|the\s+Americas|Latin\s+America|South\s+America|Central\s+America|the\s+Middle\s+East|"
    r"the\s+Caribbean|the\s+Balkans|Scandinavia|the\s+Sahel|the\s+Horn\s+of\s+Africa|Oceania)"
)
_REGION = rf"(?P<region>(?:{_SIDE_WORD}\s+(?:and\s+{_SIDE_WORD}\s+)?)?{_REGION_OF_COUNTRIES})\b"
_MANY_NATIONS = re.compile(
    rf"\b(?:across|in|throughout|from)\s+(?:(?:at\s+least|more\s+than|some|over)\s+)?{_NUMBER_OF}\s+(?:countries|nations)\b"
)
_REGION_AS_PLACE = re.compile(
    rf"\b(?:across|in|throughout|over|hit|struck|battered|swept\s+(?:through|across))\s+(?:much\s+of\s+)?(?:the\s+)?{_REGION}"
)
_REGION_OF_HAPPENING = re.compile(
    rf"{_REGION}['’]?s?\s+(?:[a-z]+\s+)?(?:floods?|flooding|storms?|heatwaves?|wildfires?|fires?|drought|outbreak|"
    r"epidemic|quakes?|earthquakes?|death\s+toll|toll|deaths)\b"
)
_CAPITALISED = re.compile(r"(?:[A-Z]\.){2,3}|\b[A-Z]{2,3}\b|[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}")

COUNTRY, REGION, TOWN = "country", "region", "town"
AT_TOLL = "at a toll"  # a name right after a toll's words ("killed in Bangkok"), no place kind said


def _kind_of(name: str, said_kind: str | None) -> tuple[str, str] | None:
    """A place name's level and its name as the world writes it: a country, a first-level region the world knows,
    or a town its words call one ("the city of Wajima") or that a toll is told in ("killed in Bangkok": ``AT_TOLL``,
    a town the world knows); None for a capital named otherwise (its name often stands for the government) and a
    name the words do not make a place ("jobs in August")."""
    bare = name.replace(".", "") if "." in name else name
    bare = bare.removeprefix("Greater ") if country_of(bare.removeprefix("Greater ")) else bare  # "Greater China"
    if country_of_capital(name):
        return (TOWN, name) if said_kind is not None else None
    country = country_of(bare) or country_of(name)
    if country and not is_nationality(name):  # ("US", "U.S.": the United States; not "Turkish")
        return COUNTRY, country
    if countries_of_region(name):
        return REGION, name
    if said_kind == AT_TOLL:
        return (TOWN, name) if countries_of_place(name) else None
    if said_kind is not None:
        return TOWN, name
    return None


def _placed(clause: str) -> frozenset[tuple[str, str]]:
    found = set()
    for pattern in (_OPENS_IN, _TOLL_IN, _OWN_TOLL):
        for m in pattern.finditer(clause):
            # (a capital right after the toll is the place, not its government: "killed in Bangkok")
            said_kind = m.groupdict().get("kind") or m.groupdict().get("kind_after")
            said_kind = said_kind or (AT_TOLL if pattern is _TOLL_IN else None)
            names = [m.group("name"), *_CAPITALISED.findall(m.groupdict().get("more") or "")]
            found |= {kind for name in names if (kind := _kind_of(name, said_kind)) is not None}
    alone = _SUBJECT_ALONE.match(clause)
    if alone and (kind := _kind_of(alone.group("name"), alone.group("kind") or AT_TOLL)) is not None:
        found.add(kind)
    counting = _COUNTRY_COUNTS.match(clause)
    if counting and (kind := _kind_of(counting.group("name"), None)) is not None:
        found.add(kind)
    found |= {(COUNTRY, c) for m in _NATION_HAPPENING.finditer(clause) if (c := _country_of_people(m.group("word")))}
    return frozenset(found)


def _named(text: str) -> frozenset[tuple[str, str]]:
    """The countries and known regions a text names as where something happened ("in Turkey and Syria", "struck
    southern Turkey and northwest Syria"), not as who did or suffered it ("Russia had suffered ... in Ukraine") nor
    by a nationality ("Turkish officials")."""
    found = set()
    for m in _WHERE.finditer(text):
        for name in _CAPITALISED.findall(m.group("names")):
            kind = _kind_of(name, None)
            if kind is not None:
                found.add(kind)
    return frozenset(found)


class _Scope(NamedTuple):
    placed: frozenset[tuple[str, str]]  # where the figure's own words place it
    clause_names: frozenset[tuple[str, str]]  # every place its clause names
    elsewhere: frozenset[tuple[str, str]]  # places the sentence's other clauses give a part of the whole
    worldwide: bool  # the figure's clause tells it of the whole world, or of a whole ("total")
    alone: bool  # the clause tells its place's figure as a part ("In Dravo province alone")
    among: bool  # the figure counts a group within a toll ("were among the dead")
    year: str | None  # the year of the happening its words date the figure to ("the 1960 quake, which killed")
    counted: str | None = None  # what the compared figure counts, as written ("foreigners", "people")
    nation: str | None = None  # the country whose people the figure counts, by their name ("672 Egyptian pilgrims")
    many: bool = False  # placed nowhere but told of several countries together ("across six countries")


def _scope(f: Features, family: str) -> _Scope | None:
    return _scopes(f).get(family)


@per_claim
def _scopes(f: Features) -> dict[str, _Scope]:
    """Each compared family's scope: its compared figure's (the one ``Features.figures`` holds) and the places the
    claim's other clauses give a part of the whole ("..., with at least 57 deaths in North Carolina", "..., with about
    half in North Carolina"); a headline placing its figure nowhere takes the scope its lead gives it."""
    claim = framed_claim(f)
    text = _without_sources(claim)
    scopes: dict[str, _Scope] = {}
    for measure, figure in f.figures.items():
        family = FAMILY.get(measure, measure)
        if family in scopes:
            continue
        compared = next(
            (
                q
                for q in claim.quantities
                if figure_measure(q, claim) == measure
                and compared_figure(q) == figure
                and 0 <= q.start - claim.start <= q.end - claim.start <= len(text)
            ),
            None,
        )
        if compared is None:
            continue
        scope = _scope_at(text, compared.start - claim.start)
        if scope is None:
            continue
        if not scope.placed and not scope.clause_names and is_headline(f.claim, f.article):
            written = text[compared.start - claim.start : compared.end - claim.start]
            scope = _lead_scope(f, written) or scope
        nation = _NATION_AFTER.match(text, compared.end - claim.start)
        scopes[family] = scope._replace(
            counted=compared.counted_lemma, nation=_country_of_people(nation.group("word")) if nation else None
        )
    return scopes


def _scope_at(text: str, at: int) -> _Scope | None:
    """The scope of the figure at ``at`` in a sentence: its clause's places, and the parts the other clauses give."""
    bounds = _clauses(text)
    own = next((i for i, (begin, stop) in enumerate(bounds) if begin <= at < stop), None)
    if own is None:
        return None
    clause = text[bounds[own][0] : bounds[own][1]]
    placed, named = _placed(clause), _named(clause)
    others = frozenset().union(*(_part_placed(text, b, s) for i, (b, s) in enumerate(bounds) if i != own))
    dated = _YEAR_OF_HAPPENING.search(text[max(bounds[own][0], at - 160) : at])
    return _Scope(
        placed,
        named,
        others - placed,
        _WORLDWIDE.search(clause) is not None,
        alone=bool(placed) and _ALONE.search(clause) is not None,
        among=_AMONG.search(clause) is not None,
        year=(dated.group("year") or dated.group("in_year")) if dated else None,
        many=not placed and not _countries_within(named) and _of_many_countries(clause),
    )


def _of_many_countries(clause: str) -> bool:
    """The clause tells its figure of several countries together (a region the world calls one country, "South
    Africa", is one)."""
    if _MANY_NATIONS.search(clause):
        return True
    regions = (
        m.group("region") for pattern in (_REGION_AS_PLACE, _REGION_OF_HAPPENING) for m in pattern.finditer(clause)
    )
    return any(country_of(re.sub(r"^the\s+", "", region)) is None for region in regions)


def _lead_scope(f: Features, written: str) -> _Scope | None:
    """A headline's scope, told by the lead that restates its figure ("Helene death toll passes 100" over "The death
    toll from Helene rose to more than 100 on Monday, with at least 40 dead in Buncombe County, North Carolina";
    "Alphabet to cut 12,000 jobs" over "would cut 12,000 jobs, or about 6% of its global workforce")."""
    lead = lead_past_dateline(f.article.title or "", f.article.body)
    at = lead.find(written)
    return _scope_at(lead, at) if at >= 0 else None


# A country or body named as who tells, in a headline's "UK says ..." or a sentence's "Britain's defence ministry
# said": the teller, not the figure's place.
_TELLER = re.compile(r"\b(?:[A-Z][\w.'’-]*\s+){1,4}(?=(?:says|said|estimates|estimated|reports|reported|claims)\b)")


def _without_sources(claim: Claim) -> str:
    """The claim's text with who said it blanked out (its attributions' source spans, a headline's "X says")."""
    chars = list(claim.text)
    for span in claim.attributions:
        if span.source_start is not None and span.source_end is not None:
            for i in range(max(span.source_start - claim.start, 0), min(span.source_end - claim.start, len(chars))):
                chars[i] = " "
    text = "".join(chars)
    return _TELLER.sub(lambda m: " " * len(m.group()), text)


def _clauses(text: str) -> list[tuple[int, int]]:
    """The spans of the text's clauses, each from the word that breaks it off (``_CLAUSE_BREAK``)."""
    bounds, begin = [], 0
    for found in _CLAUSE_BREAK.finditer(text):
        bounds.append((begin, found.start()))
        begin = found.start()
    bounds.append((begin, len(text)))
    return bounds


def _part_placed(text: str, begin: int, stop: int) -> frozenset[tuple[str, str]]:
    """The places a clause gives a figure or a part of the whole ("with about half in North Carolina")."""
    clause = text[begin:stop]
    found = set(_placed(clause))
    if _PART_BREAK.match(clause):
        found |= {kind for m in _IN_PLACE.finditer(clause) if (kind := _kind_of(m.group("name"), m.group("kind")))}
    return frozenset(found)


def _is_lead(f: Features) -> bool:
    """The claim is its article's headline or the body's first sentence."""
    return is_headline(f.claim, f.article) or f.claim.start <= len((f.article.title or "").strip()) + 2


def _countries_of(places: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The countries named, and those of the towns the world knows in one country only ("Bangkok": Thailand)."""
    found = set()
    for kind, name in places:
        if kind == COUNTRY:
            found.add(name)
        elif kind == TOWN and len(countries := countries_of_place(name)) == 1:
            found |= countries
    return frozenset(found)


def _of_other_countries(f: Features, countries: frozenset[str]) -> bool:
    """The claim's figures are placed, by its words or its article's lead, in countries none of which is one of
    ``countries``."""
    theirs = figure_countries(f)
    # (a country the claim names at all, even as who counts, "Burundi's health ministry has confirmed 171", may be
    # its figure's)
    named = countries_named_in(f.claim.text, nationalities=True)
    return bool(theirs) and not (theirs | named) & countries


def _countries_within(places: frozenset[tuple[str, str]]) -> frozenset[str]:
    """The countries of the places: those named, and those of the regions and towns the world knows in one only."""
    found = set(_countries_of(places))
    for kind, name in places:
        if kind == REGION and len(countries := countries_of_region(name)) == 1:
            found |= countries
    return frozenset(found)


def _whole_of(part: tuple[str, str], names: frozenset[tuple[str, str]]) -> bool:
    """``names`` hold the country a region is in, or a second region of its country: not that region's figure."""
    kind, name = part
    if kind != REGION:
        return False
    countries = countries_of_region(name)
    return any(
        (k == COUNTRY and n in countries) or (k == REGION and n != name and countries & countries_of_region(n))
        for k, n in names
    )


# Takings a company reports for a region and for itself: in one article, a region's figure ("Sales in Greater China
# fell to $15 billion") and one its words place nowhere ("reported revenue of $94.9 billion") are a part and the whole.
_TAKINGS = frozenset({"revenue", "sales"})


def _apart(x: Features, mine: _Scope, y: Features, theirs: _Scope, family: str) -> bool:
    if mine.year and mine.year not in (theirs.year, _year_of(y)):
        return True  # "the 1960 Agadir quake, which killed an estimated 12,000" / this year's quake's toll
    if mine.among and not theirs.among and (theirs.counted or "people") in _THE_WHOLE_COUNTED:
        return True  # "Seven foreigners were among the dead" / the whole toll (not "Seven Varnians died")
    if mine.nation and not theirs.nation and _a_nations_part(y, mine, theirs):
        return True  # "672 Egyptian pilgrims had died" / "At least 550 pilgrims died": one nation's people, a part
    if mine.many and not theirs.many and len(_countries_within(theirs.placed or theirs.clause_names)) == 1:
        return True  # "24 people have died across six countries" / "In Poland, the death toll rose to five"
    placed = mine.placed
    if not placed:
        return False
    if mine.alone and not placed & (theirs.placed | theirs.clause_names) and not _names_any(y, placed):
        return True  # "In Dravo province alone, 410 people were killed" / the quake's whole toll
    if family in _TAKINGS and x.article.id == y.article.id and not theirs.placed and not theirs.clause_names:
        return True
    if placed & theirs.elsewhere and not placed & theirs.placed:
        return True  # "rose above 130, with at least 57 deaths in North Carolina": 130 is not North Carolina's
    own_countries = _countries_of(placed)
    their_countries = _countries_of(theirs.placed) or _countries_of(theirs.clause_names)
    if theirs.worldwide and not mine.worldwide:
        return True  # "Google layoffs hit 1,800 in California" / "cut 12,000 jobs, or 6% of its global workforce"
    if own_countries and their_countries and own_countries != their_countries:
        return True  # "had died in Turkey" / "struck southern Turkey and northwest Syria, killing more than 1,300"
    if own_countries and not their_countries and not theirs.many and _of_other_countries(y, own_countries):
        # "In Indonesia, the eruption of Mount Lewotobi forced about 16,000 people from their homes" / a Philippine
        # report's "About 45,000 people had moved to evacuation centres", placed by its lead in the Philippines
        return True
    if placed <= theirs.clause_names:
        return False  # the same place
    if any(_whole_of(part, theirs.placed | theirs.clause_names) for part in placed):
        return True  # "killed in North Carolina" / "Helene's US death toll reaches 230"
    towns = [name for kind, name in placed if kind == TOWN]
    if towns and not any(_told(y, town) for town in towns) and not theirs.placed:
        return True  # "In the city of Wajima, 44 people were confirmed dead" / a quake's whole toll, Wajima unnamed
    if own_countries and not theirs.clause_names and _is_lead(y):
        lead = _countries_of(_named(_lead_text(y)))
        return len(lead) > 1 and own_countries < lead  # "In Turkey alone, 31,643" / a headline over a two-country lead
    return False


# What a whole toll counts, as written: "rose to 154", "154 people", "the death toll", "154 victims".
_THE_WHOLE_COUNTED = frozenset(
    {"people", "person", "toll", "death", "dead", "victim", "casualty", "fatality", "life", "body", "death toll"}
)


# The people a figure counts, named by their nation right after it: "672 Egyptian pilgrims", "530 Egyptians".
_NATION_AFTER = re.compile(r"\s+(?P<word>[A-Z][a-z]+)\b")


def _country_of_people(word: str) -> str | None:
    """The country of a nationality word ("Egyptian", "Egyptians"), None for any other word."""
    for form in (word, word.removesuffix("s")):
        if is_nationality(form) and (country := country_of(form)) is not None:
            return country
    return None


def _a_nations_part(y: Features, mine: _Scope, theirs: _Scope) -> bool:
    """Whether the other figure is a whole that one nation's people are a part of: it counts everyone ("people", a
    toll) or the same people unqualified ("pilgrims"), and neither its clause nor its claim names that nation."""
    if (theirs.counted or "people") not in _THE_WHOLE_COUNTED and theirs.counted != mine.counted:
        return False
    nation = mine.nation or ""
    if nation in _countries_of(theirs.placed | theirs.clause_names) or _told_in(y.claim.text, nation):
        return False
    return not _names_any(y, frozenset({(COUNTRY, nation)}))


def _names_any(f: Features, places: frozenset[tuple[str, str]]) -> bool:
    """The claim counts the people of one of the places' countries ("at least 530 Egyptians died"), or is a headline
    naming one of the places ("Turkey quake deaths reach 44,000"): its figure may be that place's own."""
    countries = {name for kind, name in places if kind == COUNTRY}
    words = _CAPITALISED.findall(f.claim.text)
    if countries and any(country_of(w) in countries or _country_of_people(w) in countries for w in words):
        return True
    return is_headline(f.claim, f.article) and any(_told_in(f.claim.text, name) for _, name in places)


def _told_in(text: str, name: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def _year_of(f: Features) -> str | None:
    return (f.when or "")[:4] or None


def _told(f: Features, name: str) -> bool:
    return _told_in(f"{f.article.title or ''}\n{f.article.body}", name)


def _lead_text(f: Features) -> str:
    """The article's headline and its body's first two lines."""
    lines = [line for line in f.article.body.splitlines() if line.strip()][:2]
    return "\n".join([f.article.title or "", *lines])


# Those aboard a craft, and a toll that adds people on the ground: "kills 241 aboard" / "has risen to 270, including
# those on the ground".
_ABOARD = re.compile(r"\b(?:aboard|on\s+board)\b", re.IGNORECASE)
_WITH_THE_GROUND = re.compile(
    r"\bincluding\s+(?:those|people|residents|\d[\d,]*)?\s*(?:killed\s+)?on\s+the\s+ground\b", re.I
)


def _aboard_and_with_the_ground(a: Features, b: Features) -> bool:
    return any(
        _ABOARD.search(x.claim.text)
        and not _WITH_THE_GROUND.search(x.claim.text)
        and _WITH_THE_GROUND.search(y.claim.text)
        for x, y in ((a, b), (b, a))
    )


def figures_of_other_scopes(a: Features, b: Features, family: str) -> bool:
    """The two claims' compared figures of ``family`` are of another part and whole, or other places, by their own
    clauses' words: "The number of people killed in North Carolina by Helene has risen to 72" / "rose above 130,
    with at least 57 deaths in North Carolina"; "8,574 people had died in Turkey" / "a quake struck southern Turkey
    and northwest Syria, killing more than 1,300"; those aboard a craft and a toll with the people on the ground."""
    if _aboard_and_with_the_ground(a, b):
        return True  # "kills 241 aboard" / "has risen to 270, including those on the ground"
    mine, theirs = _scope(a, family), _scope(b, family)
    if mine is None or theirs is None:
        return False
    return _apart(a, mine, b, theirs, family) or _apart(b, theirs, a, mine, family)


# One part's figure told as such: "Buenos Aires province alone is expected to produce 7.9 million tonnes", "said it
# alone had registered sales of 1.2 million tonnes", "In Lagos alone, 31,000 ...". (Not "left alone", "let alone",
# "not alone", "alone in", "stood alone".)
_PART_ALONE = re.compile(
    r"\b(?P<word>(?!(?:let|left|leave|leaves|leaving|not|stand|stands|stood|standing|go|went|going|live|lived|lives|"
    r"living|be|been|is|was|are|were|feel|felt|them|him|her|me|us|you|themselves|himself|herself|itself)\b)"
    r"[\w'’.-]+)\s+alone\b(?!\s+(?:in|with|at|on)\b)",
    re.IGNORECASE,
)
_PART_WORDS = 5  # the words before "alone" that may name its part


def _part_alone(f: Features) -> frozenset[str] | None:
    """The names of the part a claim tells its figure of alone (the speaker's for "it alone"), None when it tells none;
    only when a figure follows "alone"."""
    text = f.claim.text
    m = _PART_ALONE.search(text)
    if m is None or not any(q.start - f.claim.start > m.end() for q in f.claim.quantities if q.value is not None):
        return None
    words = re.findall(r"[\w'’.-]+", text[: m.end("word")])[-_PART_WORDS:]
    if m.group("word").lower() in ("it", "they", "we"):
        words = (f.claim.speaker or "").split()
    return frozenset(
        bare
        for w in words
        if w[:1].isupper() and (bare := w.removesuffix("'s").removesuffix("’s").lower()) not in _LEAD_INS
    )


_LEAD_INS = frozenset("in at on of the a an for and but while".split())


def _names_the_part(f: Features, part: frozenset[str], a_place: bool) -> bool:
    """The clause of the claim's first figure names the part, in other words than its teller's name: as the place it
    tells the figure in when the part is a place ("At least 1,200 civilians have been killed in El Fasher"; not "The
    Buenos Aires Grains Exchange cut its forecast ..."), anywhere when it is a doer ("it alone": the speaker)."""
    q = next((q for q in f.claim.quantities if q.value is not None), None)
    start = q.start - f.claim.start if q is not None else -1
    if q is None or not 0 <= start < len(f.claim.text):
        return False
    clause = figure_clause(f.claim.text, start, start + len(q.text))
    if f.claim.speaker:
        clause = clause.replace(f.claim.speaker, " ")
    nations = {c for word in part if (c := country_of(word.title()))}
    if nations & {country_of(name) for name in re.findall(r"\b[A-Z][a-z]+\b", clause)}:
        return True  # the country's people or itself: "Kenya's toll alone" / "at least 58 Kenyans died"
    for word in part:
        where = rf"(?<![\w-]){re.escape(word)}(?![\w-])"
        placed = rf"\b(?:in|at|across|inside|within|of)\s+(?:the\s+)?(?:[\w'’.-]+\s+){{0,2}}?{where}"
        # (or the clause's subject, ending the name: "Buenos Aires province is", not "The Buenos Aires Grains Exchange")
        opening = rf"^\s*(?:The\s+)?(?:[\w'’.-]+\s+){{0,2}}?{where}\s+[a-z]"
        if re.search(placed if a_place else where, clause, re.IGNORECASE) or (a_place and re.search(opening, clause)):
            return True
    return False


def a_part_alone_and_another(a: Features, b: Features) -> bool:
    """One claim tells its figure of a part alone ("Buenos Aires province alone is expected to produce 7.9 million
    tonnes", "Cofco said it alone had registered sales of 1.2 million tonnes") and the other's figure is of no part
    its own clause names (the whole: Argentina's 17.1 million tonnes, all exporters' 4.5 million), or of another part
    told alone: a part is no value of the whole, nor of another part."""
    x, y = _part_alone(a), _part_alone(b)
    if not (a.claim.quantities and b.claim.quantities):
        return False
    if x is not None and y is not None:
        return not x & y
    if x is not None:
        return bool(x) and not _names_the_part(b, x, not _told_by_its_teller(a))
    if y is not None:
        return bool(y) and not _names_the_part(a, y, not _told_by_its_teller(b))
    return False


def _told_by_its_teller(f: Features) -> bool:
    """The part a claim tells alone is its speaker ("said it alone had registered")."""
    m = _PART_ALONE.search(f.claim.text)
    return m is not None and m.group("word").lower() in ("it", "they", "we")
