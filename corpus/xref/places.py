"""Where a claim's figures happened, for telling two events of one kind apart.

A second wildfire in the same country, a strike at another port: the same measure, often the same
spokeswoman and near-identical wire copy, but another place. A claim's places are the places it
names and those of its article's headline and lead (a claim naming none is about its article's
story; one naming a river the fire crossed is still about the fire its lead places). Names a whole country covers are left out: a gazetteer country, and the region a dateline
gives after its city ("CORVEL, Eskaria (AFP) -"), which news writes for a country or province
the reader may not know. Places are compared by their distinctive words, so "Port of Valdane",
"VALDANE" and "Valdane" are one place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.countries import country_of, country_of_capital, is_nationality
from corpus.extract import cues
from corpus.extract.datelines import AGENCIES, dateline_at
from corpus.extract.entities import gazetteer
from corpus.extract.sentences import split_sentences
from corpus.model import Article
from corpus.towns import countries_of_place, countries_of_region
from corpus.wordlist import rarity
from corpus.xref.features import PLACE_TYPES, Features, entity_type, is_headline
from corpus.xref.memo import claim_says, one_says_each, per_article, per_claim
from corpus.xref.neighbours import neighbours_names
from corpus.xref.subjects import lead_names_of

# Words of a place name that say what kind of place, not which one.
_GENERIC = frozenset(
    """
    port mount mountain lake river valley city town village county district province region state island
    bay gulf coast sea north south east west northern southern eastern western central upper lower new
    saint st the of
    """.split()
)
_AGENCIES = frozenset(AGENCIES.split("|"))  # "(Bloomberg)" in a lead is who reports, not where
_DISTINCT = 2.5  # a word this rare in English is a name ("Corvel", "Tessa"), not a capitalised common word
_LEAD_LINES = 3


@lru_cache(maxsize=4096)
def dateline_regions(body: str) -> frozenset[str]:
    """The regions the article's datelines name after their city ("DHAKA, Bangladesh (AP) -": Bangladesh)."""
    datelines = (dateline_at(line.strip()) for line in body.splitlines()[:_LEAD_LINES])
    return frozenset(d.region for d in datelines if d is not None and d.region)


@per_article  # (asked of pairs of claims of two articles)
def dateline_regions_of(article: Article) -> frozenset[str]:
    """``dateline_regions`` of the claim's article."""
    return dateline_regions(article.body)


@lru_cache(maxsize=65536)  # a place of a claim's article, asked about in every pair the claim is in
def _common_word(name: str, body: str) -> bool:
    """A lone capitalised word the article also writes in lower case ("Dockworkers walk out" / "4,500
    dockworkers"): a headline's or sentence's first word, not a name."""
    return " " not in name and re.search(rf"\b{re.escape(name.lower())}\b", body) is not None


@lru_cache(maxsize=65536)
def _place_words(name: str) -> frozenset[str]:
    words = (w.strip("'’.,-").lower() for w in name.split())
    return frozenset(w for w in words if w and w not in _GENERIC and rarity(w) >= _DISTINCT)


def _names(f: Features) -> frozenset[str]:
    return f.entities | f.places | f.story


@per_claim
def _speaker_words(f: Features) -> frozenset[str]:
    return frozenset(w for name in f.claim.speaker_chain or [f.claim.speaker or ""] for w in _place_words(name))


@per_claim
def _not_place_words(f: Features) -> frozenset[str]:
    """Words of the people, bodies and vessels a claim or its lead names ("MV Kalinda", "Mira Dalen"),
    and of who said it ("spokesman Jan Ivers", whose surname alone may be read as a name)."""
    named = (w for name in _names(f) if entity_type(name) not in PLACE_TYPES for w in _place_words(name))
    return frozenset(named) | _speaker_words(f)


def specific_places(f: Features, not_places: frozenset[str] = frozenset()) -> frozenset[str]:
    """The distinctive words of the places below a country that the claim and its article's lead name.
    A name all of whose words are ``not_places`` is a person or a vessel met without its first word
    ("Dalen" after "Mira Dalen", "the ferry Kalinda"), unless it is surely a place ("Lake Tarvo")."""
    words: set[str] = set()
    for mine, surely_place in _place_names(f):
        if surely_place or not mine <= not_places:
            words |= mine
    return frozenset(words)


@per_claim
def _place_names(f: Features) -> list[tuple[frozenset[str], bool]]:
    """The words of each place below a country the claim and its article's lead name, and whether it is
    surely a place (``specific_places``: else it may be a name met without its first word)."""
    covering = dateline_regions_of(f)
    names = f.places | frozenset(e for e in f.story if entity_type(e) in PLACE_TYPES)
    return [
        (_place_words(name), entity_type(name) == "place")
        for name in names
        if not (
            name in covering
            or name in _AGENCIES
            or entity_type(name) == "country"
            or _common_word(name, f.article.body)
        )
    ]


def _named_words(f: Features, not_places: frozenset[str]) -> frozenset[str]:
    """Words of the people and vessels the claim itself is about (not who said it)."""
    words: set[str] = set()
    for mine, kind in _entity_words(f):
        if kind == "person" or (kind == "other" and mine and mine <= not_places):
            words |= mine
    return frozenset(words - _speaker_words(f))


@per_claim
def _entity_words(f: Features) -> list[tuple[frozenset[str], str]]:
    return [(_place_words(name), entity_type(name)) for name in f.entities]


@per_claim
def _covering(f: Features) -> frozenset[str]:
    """The countries (or dateline regions) the claim's article places it in."""
    return dateline_regions_of(f) | frozenset(e for e in _story_places(f) if entity_type(e) == "country")


@per_claim
def _countries(f: Features) -> frozenset[str]:
    """``_covering`` with every country the world knows, named as a country, not by a nationality ("a Canadian
    regulator" may speak of a recall in the United States)."""
    named = _covering(f) | frozenset(e for e in _story_places(f) if country_of(e) == e)
    # (a dateline's US state is that country: "HOUSTON, Texas (AP)" is from the United States)
    return frozenset(country_of(name) or _country_of_place(name) or name for name in named)


@per_claim
def _story_places(f: Features) -> frozenset[str]:
    """The places the claim and its article name, less a country its article names only as the neighbour of the one
    it is about ("The quake came a day after a deadly earthquake in neighbouring Turkey" in a report from Iran),
    unless the claim itself names it."""
    aside = neighbours_names(f.article.title or "", f.article.body)
    return f.places | frozenset(
        e for e in f.story if not _only_a_neighbour(f.article.body, e) and not (aside and _words_of_name(e) <= aside)
    )


def _words_of_name(name: str) -> frozenset[str]:
    return frozenset(w.removesuffix("'s").removesuffix("’s").lower() for w in name.split())


_NEIGHBOURING = re.compile(r"(?i:neighbou?ring|nearby)\s+$")


@lru_cache(maxsize=16384)
def _only_a_neighbour(body: str, name: str) -> bool:
    found = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body)]
    return bool(found) and all(_NEIGHBOURING.search(body, max(0, at - 20), at) for at in found)


def places_apart(a: Features, b: Features) -> bool:
    """Both claims are placed in one country (or dateline region), in no place in common below it, and
    name no one in common: two events, whatever else they share. (The ferry Kalinda capsized "on Lake
    Tarvo" and "near Belmira": one event. Without a country in common, a place may lie inside the other,
    "Qeshm island" in "southern Iran": not known to be apart.)"""
    if not _covering(a) & _covering(b):
        return False
    not_places = _not_place_words(a) | _not_place_words(b)
    x, y = specific_places(a, not_places), specific_places(b, not_places)
    if not x or not y or x & y:
        return False
    return not (_named_words(a, not_places) & _named_words(b, not_places))


# The words opening a sentence before its first lower-case word: "Hungary's inflation rate", "India's Assam state",
# "Polish consumer prices", "The South Korean won".
_OPENING_NAME = re.compile(
    r"\s*(?:The\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:['’]s(?:\s+[A-Z][a-z]+){0,2})?\s+[a-z]"
)


@per_claim
def own_countries(f: Features) -> frozenset[str]:
    """The country whose figure the claim gives, when its sentence opens with it, by name or nationality
    ("Hungary's inflation rate rose", "Polish consumer price inflation slowed"), and that is not who said it
    ("South Korea's spy agency said ..." is a source; so are the parties named further on)."""
    opening = _OPENING_NAME.match(f.claim.text)
    if opening is None:
        return frozenset()
    if any(
        span.source_start is not None
        and span.source_end is not None
        and span.source_start - f.claim.start <= opening.start("name")
        and span.source_end - f.claim.start >= opening.end("name")
        for span in f.claim.attributions
    ):
        return frozenset()
    country = country_of(opening.group("name"))
    return frozenset({country}) if country else frozenset()


# Where a disease's cases are counted: "measles cases in Romania", "Moldova reported 310 cases", "Neighbouring
# Moldova has recorded 310 cases" (a country counts its own cases).
_CASES_IN = re.compile(
    r"\bcases?\s+(?:\w+\s+){0,2}?in\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
    # "More than 15,600 cases and 537 deaths have been reported in Congo"
    r"|\bcases\b[^.;]{0,60}?\b(?:reported|recorded|confirmed|registered)\s+in\s+(?P<where>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"
)
_REPORTED_CASES = re.compile(
    # ("Burundi's health ministry has confirmed 171 infections": the country's own body counts its cases)
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:['’]s(?:\s+[a-z]+){1,3}?)?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:reported|recorded|registered|confirmed|logged)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|over\s+)?"
    r"[\d,.]+\s+(?:new\s+)?(?:\w+\s+){0,2}?(?:cases|infections)\b"
)
# Continents a count of cases may be told of, as a whole of its countries' counts ("Africa has recorded more than 21,000
# cases", "across the continent").
_CONTINENTS = frozenset({"Africa", "Europe", "Asia", "Oceania", "Latin America", "South America", "North America"})


@per_claim
def _countries_of_cases(f: Features) -> frozenset[str]:
    text = f.claim.text
    if "case" not in text and "infection" not in text:
        return frozenset()
    names = [
        (m.groupdict().get("where") or m.group("name")).split()
        for m in (*_CASES_IN.finditer(text), *_REPORTED_CASES.finditer(text))
    ]
    # (the country closing the name: "Neighbouring Moldova" is Moldova; a continent is its own whole)
    found = (next((c for i in range(len(n)) if (c := _country_or_continent(" ".join(n[i:])))), None) for n in names)
    return frozenset(c for c in found if c is not None)


def _country_or_continent(name: str) -> str | None:
    return name if name in _CONTINENTS else country_of(name)


def cases_of_other_countries(a: Features, b: Features) -> bool:
    """Both claims count a disease's cases in countries they name, and the countries differ ("Measles cases in
    Romania have risen to 1,690" / "Neighbouring Moldova reported 310 cases"): two countries' counts. A continent's
    count is another whole ("Africa has recorded more than 21,000 cases" / "Congo has recorded more than 18,000")."""
    mine, theirs = _countries_of_cases(a), _countries_of_cases(b)
    return bool(mine) and bool(theirs) and not mine & theirs


# A claim opening with its figure's owner by name: "Kestrel Bay's dams have fallen to 19.2%", "Lisbon's main
# reservoirs are down to 38 percent" (a country's is ``own_countries``'s).
_OWNER_OPENING = re.compile(r"\s*(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2})['’]s\s+[a-z]")


@per_claim
def _opening_owner_words(f: Features) -> frozenset[str]:
    found = _OWNER_OPENING.match(f.claim.text)
    if found is None:
        return frozenset()
    name = found.group("name")
    if country_of(name) or is_nationality(name) or entity_type(name) == "outlet" or name in _AGENCIES:
        return frozenset()
    return _place_words(name)


def owner_unnamed_by_the_other(a: Features, b: Features) -> bool:
    """One claim opens with its figure's owner by name and names the other article's place beside it, and the other
    article never writes the owner: another owner's figure, set apart from the other place's ("Kestrel Bay's dams have
    fallen to 19.2%, as the dry spell that has hit Port Elwyn spreads" / "Dam levels have dropped to 18.9%" in a
    report on Port Elwyn alone)."""
    if a.article.id == b.article.id:
        return False
    for f, g in ((a, b), (b, a)):
        owner = _opening_owner_words(f)
        if not owner or any(_writes(g.article, word) for word in owner):
            continue
        others = {w for words, _ in _place_names(g) for w in words} - owner
        if any(_writes_in(f.claim.text, word) for word in others):
            return True
    return False


def _writes(article: Article, word: str) -> bool:
    return _writes_in(f"{article.title or ''}\n{article.body}", word)


def _writes_in(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE) is not None


def own_country_apart(a: Features, b: Features) -> bool:
    """The two claims' own words name different countries ("Hungary's inflation rate, by contrast, rose to 5.3%" /
    "Polish inflation slowed to 4.1%"): another country's figure, however alike the measure. (A claim naming none
    may be of any: "the Pentagon put the troops at 10,000" under a Washington dateline is of North Korea's.)"""
    mine, theirs = own_countries(a), own_countries(b)
    return bool(mine) and bool(theirs) and not mine & theirs


# A part of a country a figure is of, by the claim's own words: its opening ("In Hesse, inflation reached 2.6%",
# "Bavaria's jobless rate"), or a statistic's noun placed there ("Consumer prices in Bavaria rose 2.8%").
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,2})"
_IN_REGION_OPENING = re.compile(rf"\s*In\s+{_NAME},\s")
_REGIONS_OPENING = re.compile(rf"\s*{_NAME}['’]s\s+[a-z]")
_STATISTIC_IN = re.compile(
    r"\b(?:inflation|(?:consumer\s+|house\s+|home\s+|producer\s+)?prices|unemployment|jobless(?:\s+rate)?|"
    rf"(?:economic\s+)?growth|output|wages|rents|GDP)\s+in\s+(?:the\s+)?{_NAME}"
)


@per_claim
def _own_region(f: Features) -> str | None:
    """The part of a country whose figure the claim gives by its own words: a name that is no country, nationality,
    capital or outlet, in a claim that names no country as its figure's owner (an owner by name, "Bavaria's", only
    when the world knows the place: "Trump's tariffs" are no region's)."""
    if own_countries(f):
        return None
    text = f.claim.text
    found = _IN_REGION_OPENING.match(text) or _STATISTIC_IN.search(text)
    name = found.group("name") if found else None
    if name is None and (owner := _REGIONS_OPENING.match(text)) and countries_of_place(owner.group("name")):
        name = owner.group("name")
    if name is None or country_of(name) or country_of_capital(name) or entity_type(name) == "outlet":
        return None
    return name


# The places a figure is summed over: "in the Canadian provinces of Manitoba and Saskatchewan", "across Kerala and
# Karnataka", "in Texas and New Mexico", "in Florida, Georgia, South Carolina and North Carolina".
_PLACE_NAME = r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
_PLACES_SUMMED = re.compile(
    r"\b(?:in|across|throughout|of)\s+(?:the\s+)?(?:[a-z]+\s+|[A-Z][a-z]+\s+(?=[a-z]))?(?:(?:provinces|states|regions|"
    rf"districts|counties|prefectures|departments)\s+of\s+)?(?P<list>{_PLACE_NAME}(?:,\s+{_PLACE_NAME}){{0,6}}),?\s+and\s+"
    rf"(?P<last>{_PLACE_NAME})\b"
)
_LISTED = re.compile(_PLACE_NAME)
# A figure summed over several regions it does not name: "killed by the storm in six states", "across three provinces",
# "across five U.S. states".
_REGIONS_COUNTED = re.compile(
    r"\b(?:in|across|throughout)\s+(?:at\s+least\s+|more\s+than\s+)?(?:[2-9]|[1-9]\d|two|three|four|five|six|seven|"
    r"eight|nine|ten|several|multiple)\s+(?:[a-z]+\s+|(?:[A-Z]\.){2,}\s+)?(?:states|provinces|regions|districts|counties|"
    r"prefectures)\b"
)


# A running total of one happening's count, told as such ("A total of 310,000 birds have now been culled at the two
# farms in Vestby and Hollum"): the first place's count's later value, not a sum set beside it.
_RUNNING_TOTAL = re.compile(r"\b(?:a\s+total\s+of|in\s+total|in\s+all|so\s+far|to\s+date|have\s+now|has\s+now)\b", re.I)


@per_claim
def _summed_places(f: Features) -> frozenset[str]:
    """The places the claim's figure is summed over by its own words (``_PLACES_SUMMED``), when none is a country
    (countries are ``tallied_in_other_countries``'), else none."""
    m = _PLACES_SUMMED.search(f.claim.text)
    if m is None:
        return frozenset()
    places = [*_LISTED.findall(m.group("list")), m.group("last")]
    return frozenset() if any(country_of(p) for p in places) else frozenset(places)


# The claim sums its figure over regions it counts but does not name ("in six states").
_summed_over_regions = claim_says(_REGIONS_COUNTED, "_summed_over_regions")


def summed_places_and_one(a: Features, b: Features) -> bool:
    """One claim sums its figure over places ("wildfires in the provinces of Manitoba and Saskatchewan have forced
    more than 26,000 from their homes", "killed 44 in Florida, Georgia and South Carolina", "in six states") and the
    other names one of them and not the others ("forced about 17,000 Manitobans from their homes"): a sum and a
    part, neither the other's value."""
    for x, y in ((a, b), (b, a)):
        summed = _summed_places(x)
        if summed and not _summed_places(y) and not _RUNNING_TOTAL.search(x.claim.text):
            named = {p for p in summed if re.search(rf"(?<![\w-]){re.escape(p)}", y.claim.text)}
            if len(named) == 1:
                return True
        if _summed_over_regions(x) and not _summed_over_regions(y) and len(_claim_regions(y)) == 1:
            return True  # "killed at least 180 people in six states" / "North Carolina's toll stands at 116"
    return False


def tallied_in_other_countries(a: Features, b: Features) -> bool:
    """Two tallies of what happened somewhere (deaths, cases), placed in different countries, or one in more
    countries than the other: "In Pakistan, at least 44 have died" / "killed 31 people in the northern Indian state
    of ..."; "more than 70 people across northern India and Pakistan" / India's 31, a sum over countries. A claim
    whose words place it nowhere is placed by its article when that names one country only. (Only tallies: "3,000
    troops in Russia" are North Korea's.)"""
    mine, theirs = _tally_countries(a), _tally_countries(b)
    if not mine or not theirs or mine == theirs:
        return False
    if any(_placed_by_words(x) for x in (a, b)):
        return True
    # (a town or region the world knows, against countries the world knows too: not "Okla." of a dateline)
    known = all(country_of(c) == c for c in mine | theirs)
    return known and any(_own_places_countries(x) for x in (a, b))


def _placed_by_words(f: Features) -> frozenset[str]:
    """The countries the claim's own words place its figures in, or the country its sentence opens with by name
    ("Spain's mortality monitoring system attributes 380 deaths to the heat", "India's Assam state ... with 38 dead";
    not by a nationality: "The Indian navy has captured 23 Somali pirates" may be anywhere)."""
    placed = countries_counted_in(f)
    if placed:
        return placed
    opening = _OPENING_NAME.match(f.claim.text)
    return own_countries(f) if opening is not None and not is_nationality(opening.group("name")) else frozenset()


def _tally_countries(f: Features) -> frozenset[str]:
    placed = _placed_by_words(f) or _own_places_countries(f)
    if placed:
        return placed
    covering = _countries(f)
    if not covering:
        # (a story naming no country but its towns or regions, "in Lao Cai province", is that country's: a domestic
        # outlet's news)
        covering = frozenset(c for c in map(_country_of_place, _story_places(f)) if c)
    return covering if len(covering) == 1 else frozenset()


# Where a claim's own words place what it tells: "vehicles in Canada", "In Pakistan, ...", "in Pakistan's Swat valley",
# "in the northern Indian state of ...", "across northern India and Pakistan".
# A country written in dotted letters: "U.S.", "U.K." (read as "US", "UK").
_DOTTED_LETTERS = re.compile(r"(?:[A-Z]\.){2,3}")


def _undotted(name: str) -> str:
    return name.replace(".", "") if _DOTTED_LETTERS.fullmatch(name) else name


_IN_A_COUNTRY = r"\b(?:in|across|throughout)\s+(?:the\s+)?"
_PLACED_IN = re.compile(
    r"\b(?i:in|across|throughout)\s+(?:the\s+)?(?:(?i:northern|southern|eastern|western|central|north-?eastern|"
    r"north-?western|south-?eastern|south-?western)\s+)?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|"
    + _DOTTED_LETTERS.pattern
    + r")"
    r"(?:['’]s\b)?"
    r"(?P<more>(?:\s*,\s*|\s+and\s+)(?:(?i:northern|southern|eastern|western|central)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)*"
)
_JOINED_NAME = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?")


@per_claim
def countries_counted_in(f: Features) -> frozenset[str]:
    """The countries the claim's own words place its figures in (``_PLACED_IN``), by name or nationality, outside
    who said it; and a country place it names after "in", "across" or "throughout" ("48,000 vehicles in the U.S.")."""
    text = f.claim.text
    found = {
        place
        for place in f.places
        if country_of(place) == place and re.search(_IN_A_COUNTRY + re.escape(place) + r"\b", text)
    }
    sources = [
        (span.source_start - f.claim.start, span.source_end - f.claim.start)
        for span in f.claim.attributions
        if span.source_start is not None and span.source_end is not None
    ]
    for m in _PLACED_IN.finditer(text):
        if any(start <= m.start("name") < end for start, end in sources):
            continue
        names = [_undotted(m["name"]), *_JOINED_NAME.findall(m["more"] or "")]  # ("in the U.S.": US)
        found |= {country for name in names if (country := country_of(name) or country_of(name.split()[-1]))}
    return frozenset(found)


def _country_of_place(name: str) -> str | None:
    """The one country a town or region of this name is in ("Assam": India, "Malatya": Turkey), else None."""
    countries = countries_of_place(name)
    return next(iter(countries)) if len(countries) == 1 else None


@per_claim
def _own_places_countries(f: Features) -> frozenset[str]:
    """The countries the claim's own words name ("struck Iran's Kermanshah province": Iran), else those of the towns
    and regions it names ("The earthquake that struck Malatya": Turkey), when each such place the world knows is in
    one country only. (None in an article placed in a country the world does not know: its towns are its own.)"""
    text = f.claim.text
    if any(country_of(place) for place in f.places):
        # (the country it names says where, when it owns the place named: "a ravine in Peru's southern Andes" is no
        # Colombian town; "North Korean troops ... in Russia's Kursk region" are not counted as Russia's)
        return frozenset(
            country
            for place in f.places
            if (country := country_of(place))
            and re.search(rf"\b{re.escape(place)}['’]s\s+(?:[a-z]+\s+)?[A-Z]", text)
            and not f.nationality
        )
    if any(country_of(name) != name for name in _countries(f)):
        return frozenset()
    found: set[str] = set()
    for place in f.places:
        if not re.search(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text):
            continue
        countries = countries_of_place(place)
        if len(countries) > 1:
            return frozenset()
        found |= countries
    return frozenset(found)


def _a_place_both_name_as_a_name(a: Features, b: Features) -> bool:
    """A one-word place both claims write capitalised after a lower-case word ("during the Hajj pilgrimage" / "during
    this year's Hajj"): a name, however common the word (``_proper`` keeps only rare one-word names, for the capitalised
    nouns a sentence opens with)."""
    return any(
        " " not in name and _written_as_a_name(a.claim.text, name) and _written_as_a_name(b.claim.text, name)
        for name in a.places & b.places
    )


@lru_cache(maxsize=16384)
def _written_as_a_name(text: str, name: str) -> bool:
    return re.search(rf"\b[a-z][\w'’]*\s+{re.escape(name)}(?![\w-])", text) is not None


def other_countries(a: Features, b: Features) -> bool:
    """The two claims' articles place them in wholly different countries (or dateline regions), or their figures are
    of wholly different countries (``figure_countries``), and neither claim names a place of the other's: two events
    of one kind ("At least 30 people have died in a heatwave in Lenmark" / "... in Sorvia"; "About 110 ships had been
    diverted around the Cape of Good Hope" under a Suez Canal lead / "Around 110 ships were queuing" under a Panama
    Canal one), however alike their words and figures."""
    if a.article.id == b.article.id:
        return False
    x, y = _countries(a), _countries(b)
    by_articles = bool(x and y and not x & y)
    if not by_articles:
        x, y = figure_countries(a), figure_countries(b)
        if not x or not y or x & y:
            return False
    if _one_protagonist(a, b):
        return False  # one protagonist's story in two countries: "Voltra recalls ..." in the US and in Canada
    mine, theirs = _proper(a.places | a.entities), _proper(b.places | b.entities)
    if mine & theirs or _a_place_both_name_as_a_name(a, b):
        return False
    if by_articles:
        return not (mine & _proper(b.story) or theirs & _proper(a.story))
    # (by the figures' countries, a name the other article's headline or first sentence writes: its story's place,
    # not one its later lines recall)
    return not (any(_named_in_lead(b, name) for name in mine) or any(_named_in_lead(a, name) for name in theirs))


# Where people crossing a border went: "crossed from Sudan into eastern Chad", "fled into Thailand's Tak province",
# "have arrived in Mizoram" (a crossing is counted where it ends; where it began may be shared by many).
_INTO = re.compile(
    r"\b(?:into|arriv(?:ed|ing|es?)\s+in)\s+(?:the\s+)?(?:(?:neighbou?ring|(?:north|south)?-?(?:east|west)ern|"
    r"northern|southern|remote)\s+)*(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
)


@per_claim
def _destinations(f: Features) -> frozenset[str]:
    """The countries the claim says people crossed or fled into."""
    return frozenset(country for m in _INTO.finditer(f.claim.text) if (country := _one_country_of(m["name"], True)))


# People fled to another country ("have fled Lebanon to Syria", "crossed the border to Poland"), beside those displaced
# within their own ("displaced inside Lebanon", "Inside Lebanon, about 900,000 people are displaced", "internally
# displaced").
_FLED_TO = re.compile(
    r"\b(?:fled|flee|fleeing|crossed|crossing|escaped)\b[^.;]{0,40}?\bto\s+(?:the\s+)?"
    r"(?:(?:neighbou?ring|(?:north|south)?-?(?:east|west)ern|northern|southern)\s+)?(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
)
_WITHIN = re.compile(r"\b(?:internally\s+displaced|(?i:inside|within)\s+(?:the\s+country|[A-Z][a-z]+)\b)")


@per_claim
def _fled_abroad(f: Features) -> bool:
    text = f.claim.text
    return bool(_destinations(f)) or any(_one_country_of(m["name"], True) for m in _FLED_TO.finditer(text))


_displaced_within = claim_says(_WITHIN, "_displaced_within")


def displaced_within_and_abroad(a: Features, b: Features) -> bool:
    """One claim counts people displaced within their country ("1.2 million people had been displaced inside
    Lebanon"), the other people who fled abroad ("have fled Lebanon to Syria"): two counts, never one series."""
    return one_says_each(a, b, _displaced_within, _fled_abroad)


def crossings_into_other_countries(a: Features, b: Features) -> bool:
    """Each claim tells of people crossing into another country ("About 20,000 have crossed from Sudan into eastern
    Chad" / "About 20,000 have crossed from Sudan into South Sudan's Renk county"): two countries' arrivals, however
    alike the figure and the country they left."""
    x, y = _destinations(a), _destinations(b)
    return bool(x and y and not x & y)


def _named_in_lead(f: Features, name: str) -> bool:
    title = f.article.title or ""
    lead = f"{title}\n{lead_past_dateline(title, f.article.body)}"
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lead) is not None


# A name's last word telling what kind of facility it is: the facility lies in the country of the place its other words
# name ("Suez Canal": Suez, Egypt). A sea, an ocean, a gulf, a strait or a cape is no country's ("Red Sea" is also a
# Sudanese state's name).
_FACILITY = re.compile(r"\s+(?:Canal|Airport|Port|Dam|Bridge|Harbour|Harbor)$")
_WATERS = re.compile(r"\b(?:Sea|Ocean|Gulf|Strait|Channel|Cape|Bay)\b")
_NAME_WORDS = re.compile(r"[A-Z][\w’'.-]*(?:[ -](?:of\s+)?[A-Z][\w’'.-]*)*")


@lru_cache(maxsize=65536)
def _one_country_of(name: str, town_too: bool = False) -> str | None:
    """The one country a name places a figure in: a country or its adjective, a capital, a state or province the
    world knows in one country only, or the facility of a place so named ("Suez Canal"); a town too when the words
    place something there (``town_too``: "in Lahore"; a lone "Harrow" may be a surname). None when it could be of
    two ("Georgia", "Punjab")."""
    owned = name.endswith(("'s", "’s"))
    name = name.removesuffix("'s").removesuffix("’s").removeprefix("The ")
    name = _undotted(name)  # "U.S." is "US"
    if _WATERS.search(name) or (not owned and _nationality_adjective(name)):
        return None  # (a nationality is no place: "a Swedish study" may be reported from anywhere)
    facility = _FACILITY.sub("", name)
    town_too = town_too or facility != name
    found = {c for c in (country_of(facility), country_of_capital(facility)) if c}
    found |= countries_of_place(facility) if town_too else countries_of_region(facility)
    return next(iter(found)) if len(found) == 1 else None


_ADJECTIVE_ENDINGS = (
    "an",
    "ese",
    "ish",
    "i",
    "ic",
    "ch",
    "sh",
    "ss",
    "k",
    "ine",
    "be",
    "ot",
    "kh",
    "ar",
    "yz",
    "ao",
    "ho",
    "ino",
    "er",
    "sy",
    "que",
    "grin",
    "en",
    "ois",
    "ne",
)


def _nationality_adjective(name: str) -> bool:
    """A nationality adjective ("Swedish", "Dutch", "South Korean"), not another name of a country ("Britain",
    "Holland", "Burma"), which names a place as the country's own name does."""
    return is_nationality(name) and name.endswith(_ADJECTIVE_ENDINGS)


# Words placing something in the place named next ("in Lahore", "In neighbouring Portugal"; not "from", the
# origin of what is counted: "visitors from South Korea").
_AT_A_PLACE = re.compile(r"\b(?:in|at|near|outside|across)\s+(?:the\s+)?(?:[a-z]+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=16384)
def countries_named_in(text: str, nationalities: bool = False) -> frozenset[str]:
    """The countries the names of a text place it in, each read by its longest opening words that name one ("Japan
    National Tourism Organization": Japan; not "Michael Jordan"), a town only where the words place something in
    it ("schools in Lahore"); with ``nationalities``, a nationality too ("a Canadian recall of 300,000")."""
    found = set()
    for m in _NAME_WORDS.finditer(text):
        words = m.group().split()
        placed = _AT_A_PLACE.search(text, max(0, m.start() - 12), m.start()) is not None
        country = next(
            (c for n in range(len(words), 0, -1) if (c := _named(" ".join(words[:n]), placed, nationalities))), None
        )
        if country:
            found.add(country)
    return frozenset(found)


def countries_a_name_may_name(text: str) -> frozenset[str]:
    """Every country a name of the text may place it in, however many one name may be of ("Georgia": the country
    and a US state), each name read by its opening words as ``countries_named_in`` reads them."""
    found: set[str] = set()
    for m in _NAME_WORDS.finditer(text):
        words = m.group().split()
        for n in range(len(words), 0, -1):
            name = _undotted(" ".join(words[:n]).removesuffix("'s").removesuffix("’s").removeprefix("The "))
            found |= {c for c in (country_of(name), country_of_capital(name)) if c} | countries_of_region(name)
    return frozenset(found)


def _named(name: str, placed: bool, nationalities: bool) -> str | None:
    country = _one_country_of(name, placed)
    if country is None and nationalities and _nationality_adjective(name.removesuffix(".")):
        country = country_of(name.removesuffix("."))
    return country


@per_claim
def _lead_countries(f: Features) -> frozenset[str]:
    """The countries the article's headline and first sentence place its story in (not its dateline: a report from
    London may be of anywhere)."""
    title = f.article.title or ""
    return countries_named_in(f"{title}\n{lead_past_dateline(title, f.article.body)}")


@per_claim
def _places_countries(f: Features) -> frozenset[str]:
    """The countries of the places the claim's own words put what it tells in ("closed all schools in Lahore":
    Pakistan; "In neighbouring Portugal, the health authority has counted": Portugal), and of the states or provinces
    it names, each in one country only ("Punjab" is in two)."""
    text = f.claim.text
    found = set()
    for place in f.places:
        for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text):
            placed = _AT_A_PLACE.search(text, max(0, m.start() - 24), m.start()) is not None
            if (placed or not country_of(place)) and (country := _one_country_of(place, placed)):
                found.add(country)
    return frozenset(found)


@per_claim
def _lead_nations(f: Features) -> frozenset[str]:
    """The countries the article's headline and first sentence name, by name or by a nationality they open with
    ("Dutch minimum wage to rise", "The Dutch statutory minimum wage will rise": the nation's own matter; not "A
    Swedish study found", which may be reported anywhere): every country its story may be of; else its home country
    (``home_country``)."""
    title = f.article.title or ""
    lines = (title, lead_past_dateline(title, f.article.body))
    openings = (_OPENING_NATIONALITY.match(line) for line in lines)
    adjectives = {country_of(m.group("name")) for m in openings if m and _nationality_adjective(m.group("name"))}
    # ("wins most seats in French election": the nation's own vote, wherever in the line)
    adjectives |= {
        country_of(m.group("name"))
        for line in lines
        for m in _A_NATIONS_OWN.finditer(line)
        if _nationality_adjective(m.group("name"))
    }
    return _lead_countries(f) | frozenset(c for c in adjectives if c) or home_country(title, f.article.body)


# A first line opening on a place alone: "Jakarta. The government will ...", "NAIROBI — The Treasury ...".
_PLACE_OPENING = re.compile(r"\s*(?P<place>[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})(?:\.|\s*[—–-]|,)\s+[A-Z]")


@lru_cache(maxsize=4096)
def home_country(title: str, body: str) -> frozenset[str]:
    """The country of a domestic outlet's report, which writes its own country's matters without naming it: the
    country of the capital its first line opens on, with no agency ("Jakarta. The government will raise the export
    levy ...", "NAIROBI — The Treasury ..."), when the report names no other country (nor a nationality of another)
    anywhere. A report from a capital that names any other country may be of that one: none then."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]
    if not lines:
        return frozenset()
    dateline = dateline_at(lines[0])
    if dateline is not None and dateline.agency:
        return frozenset()  # (a wire's report from a capital is the world's news: a "Swedish study" is no Swede's)
    opening = _PLACE_OPENING.match(lines[0])
    place = dateline.place if dateline is not None and dateline.place else opening.group("place") if opening else None
    home = country_of_capital(place) if place else None
    if home is None:
        return frozenset()
    named = countries_named_in(f"{title}\n{body}") | _nationalities_in(f"{title}\n{body}")
    return frozenset({home}) if named <= {home} else frozenset()


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _nationalities_in(text: str) -> frozenset[str]:
    """The countries the nationality adjectives of a text stand for ("the Indonesian Palm Oil Association")."""
    return frozenset(c for w in _CAPITALISED.findall(text) if _nationality_adjective(w) and (c := country_of(w)))


_OPENING_NATIONALITY = re.compile(r"(?:The\s+)?(?P<name>[A-Z][a-z]+)\s")
# A nationality before a matter only its nation has: "French election", "Polish parliament", "Kenyan government".
_A_NATIONS_OWN = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)\s+(?:(?:general|presidential|parliamentary|legislative|snap|regional|local)\s+)?"
    r"(?:elections?|vote|parliament|government|cabinet|economy|budget|central\s+bank|minimum\s+wage)\b"
)


def leads_of_other_countries(a: Features, b: Features) -> bool:
    """The two claims' articles lead with stories in wholly different countries and share no protagonist: whatever
    one claim names, a running count or a dispute of one is told under a lead of its own country ("A record 3.89
    million visitors came to Japan ...": "South Korea remained the largest source market with 880,000 visitors" /
    "South Korea welcomed 1.9 million foreign visitors ...")."""
    if a.article.id == b.article.id:
        return False
    mine, theirs = _lead_nations(a), _lead_nations(b)
    if not mine or not theirs or mine & theirs:
        return False
    return not _one_protagonist(a, b)


def _one_protagonist(a: Features, b: Features) -> bool:
    """The two claims' headlines and leads name one protagonist ("Voltra recalls ..." in the US and in Canada)."""
    return bool(lead_names_of(a) & lead_names_of(b))


def stories_of_other_countries(a: Features, b: Features) -> bool:
    """The two claims' articles lead with stories in wholly different countries ("German minimum wage to rise ..." /
    "Dutch minimum wage to rise ..."), and neither claim's own words name a country of the other's lead: the same
    words ("The ministry denied that the increase would be paid in two steps") tell of two countries' matters."""
    if a.article.id == b.article.id:
        return False
    # (one protagonist's story in two countries, "Voltra recalls ..." in the US and in Canada, is one story)
    if not leads_of_other_countries(a, b):
        return False
    mine, theirs = _lead_nations(a), _lead_nations(b)
    return not (countries_named_in(a.claim.text) & theirs or countries_named_in(b.claim.text) & mine)


def statements_of_other_nations(a: Features, b: Features) -> bool:
    """Two claims without figures, of two articles, that give one thing two nations ("The agriculture ministry denied
    that Czech poultry exports would be halted" / "The agriculture ministry dismissed reports of a halt to Polish poultry
    exports") and name no country in common: the same words tell of two countries' matters. (Not two nations' parts
    in one event: "an Indian warship" / "Somali pirates" qualify other things.)"""
    if a.article.id == b.article.id or a.claim.quantities or b.claim.quantities:
        return False
    mine, theirs = _nations_of_things(a), _nations_of_things(b)
    if not mine or not theirs or _claim_nations(a) & _claim_nations(b):
        return False
    return any(thing == other and nation != theirs_nation for thing, nation in mine for other, theirs_nation in theirs)


# A nationality before the thing it qualifies: "Czech poultry", "Polish hospitals".
_NATION_AND_THING = re.compile(r"\b(?P<name>[A-Z][a-z]+)\s+(?P<thing>[a-z][a-z-]{2,})\b")


@per_claim
def _nations_of_things(f: Features) -> frozenset[tuple[str, str]]:
    """(the thing, its country) for each nationality adjective the claim writes before a word ("Czech poultry")."""
    return frozenset(
        (m.group("thing"), country)
        for m in _NATION_AND_THING.finditer(f.claim.text)
        if _nationality_adjective(m.group("name")) and (country := country_of(m.group("name")))
    )


@per_claim
def _claim_nations(f: Features) -> frozenset[str]:
    return countries_named_in(f.claim.text, nationalities=True)


@per_claim
def figure_countries(f: Features) -> frozenset[str]:
    """Whose country the claim's figures may be: the countries its own words place them in ("in India's capital",
    "Portugal's health authority estimated", "schools in Lahore") and those its article's lead names (a country the
    claim names may be where what it counts came from: "South Korea remained the largest source market" in a report
    of Japan's arrivals)."""
    return countries_counted_in(f) | _owners_country(f) | _places_countries(f) | _lead_countries(f)


def _owners_country(f: Features) -> frozenset[str]:
    """The country the claim's sentence opens with as its figure's owner: by its name, or by any name of it with "'s"
    ("Britain's economy grew"), not by a nationality ("The Indian navy captured ..." may be anywhere)."""
    opening = _OPENING_NAME.match(f.claim.text)
    if opening is None:
        return frozenset()
    owned = f.claim.text.startswith(("'s", "’s"), opening.end("name"))
    return own_countries(f) if owned or not is_nationality(opening.group("name")) else frozenset()


_COMMON = 4.0  # a one-word "name" this common in English is a capitalised noun ("Gunmen abducted ..."), no name


def _proper(names: frozenset[str]) -> frozenset[str]:
    """The names less lone capitalised common nouns the gazetteer does not know ("Gunmen", "Rebels")."""
    return frozenset(
        n for n in names if " " in n or entity_type(n) not in ("other", "place") or rarity(n.lower()) >= _COMMON
    )


# A body named for its country: "the Reserve Bank of Australia", "Bank of Canada", "Central Bank of the Philippines";
# "Swiss National Bank", "South Korean Foreign Ministry", "Australian Bureau of Statistics".
_OF_A_COUNTRY = re.compile(r"\bof\s+(?:the\s+)?(?P<name>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})$")
_LEAD_SENTENCES = 1  # the headline and the first sentence tell whose figures an article is about


# A body named for a nation of the United Kingdom is the UK's ("the Bank of England" sets the UK's rate); the nations
# are not countries of their own here, so England's and Scotland's figures are never merged as one country's.
_NATIONS_OF_THE_UK = dict.fromkeys(("England", "Scotland", "Wales", "Northern Ireland"), "United Kingdom")


@lru_cache(maxsize=4096)
def _country_of_body(name: str) -> str | None:
    """The country an organisation's name is named for, after "of" or as its first words, else None."""
    if entity_type(name) != "organisation":
        return None
    if name in gazetteer().body_country:
        return gazetteer().body_country[name]  # "Federal Reserve", "Bank of England"
    m = _OF_A_COUNTRY.search(name)
    if m is not None and (country := country_of(m["name"]) or _NATIONS_OF_THE_UK.get(m["name"])):
        return country
    words = name.split()
    return next((c for n in (2, 1) if len(words) > n and (c := country_of(" ".join(words[:n])))), None)


# Who tells a figure rather than owns it: "The South Korean National Intelligence Service (NIS) stated ...", "UK
# defence intelligence estimates ...".
_TELLING = frozenset(
    form
    for lemma in (*cues.SAYING, *cues.ASSERTING, *cues.ESTIMATING, *cues.CONFIRMING, *cues.FINDING, *cues.PUBLISHING)
    for form in (lemma, *cues.forms(lemma))
)
# What a sentence may open with before its subject: "On Tuesday, ", "In March, ", "Separately, ".
_BEFORE_SUBJECT = r"(?:[A-Z][^,.;]{0,30},\s+)?(?i:the\s+)?"
_AFTER_NAME = re.compile(r"(?:\s*\([^)]{1,12}\))?\s*(?:(?:has|had|have|also|on\s+\w+day)\s+)*(?P<verb>[a-z]+)")


@per_claim
def _own_bodies_countries(f: Features) -> frozenset[str]:
    """The countries of the bodies named for a country that the claim's sentence opens with as its subject ("On
    Tuesday, the Reserve Bank of Australia cut ..."), not as who tells the figure ("The Norvanian statistics office
    said", "... stated that at least 300 soldiers ...")."""
    text = f.claim.text
    found = set()
    for name in f.entities:
        country = _country_of_body(name)
        opening = country and re.match(_BEFORE_SUBJECT + re.escape(name) + r"\b", text)
        if not country or not opening:
            continue
        verb = _AFTER_NAME.match(text, opening.end())
        if verb is None or verb["verb"] not in _TELLING:
            found.add(country)
    return frozenset(found)


@lru_cache(maxsize=4096)
def _lead_bodies_countries(title: str, lead: str) -> frozenset[str]:
    from corpus.extract.entities import find_entities

    return frozenset(c for m in find_entities(f"{title}\n{lead}") if (c := _country_of_body(m.name)))


def _bodies_countries(f: Features) -> frozenset[str]:
    """The countries of the bodies named for a country that the claim names, else that its headline and lead name
    ("The central bank lowered its policy rate" under "Bank of Canada's cut: ...": Canada)."""
    own = _own_bodies_countries(f)
    if own:
        return own
    return _lead_bodies_countries_of(f)


@per_article  # (asked of pairs)
def _lead_bodies_countries_of(article: Article) -> frozenset[str]:
    return _lead_bodies_countries(article.title or "", body_opening(article.body))


def body_opening(body: str) -> str:
    """The body's first sentence (with the headline a body may repeat above it): where it says whose story it is."""
    return " ".join(re.split(r"(?<=[.!?])\s+", body.strip(), maxsplit=_LEAD_SENTENCES)[:_LEAD_SENTENCES])


def lead_past_dateline(title: str, body: str) -> str:
    """An article's first sentence after its headline, past its dateline ("" if none)."""
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if lines and title and lines[0] == title.strip():
        lines = lines[1:]
    if not lines:
        return ""
    first = split_sentences(lines[0])
    lead = lines[0][first[0][0] : first[0][1]] if first else lines[0]  # ("U.S. President ...", "Dec. 29": no ends)
    dateline = dateline_at(lead)
    return lead[dateline.end :] if dateline is not None else lead


@per_claim
def restating_lead(f: Features) -> str:
    """The lead of a headline claim that restates every figure the headline gives ("Train crash kills 288" over "The
    death toll ... rose to 288 on Saturday"), else "": what the lead says of those figures the headline means."""
    if not is_headline(f.claim, f.article):
        return ""
    figures = [q.text for q in f.claim.quantities if q.value is not None]
    lead = lead_past_dateline(f.article.title or "", f.article.body)
    return lead if figures and all(figure in lead for figure in figures) else ""


def bodies_of_other_countries(a: Features, b: Features) -> bool:
    """One claim's figures are a body's named for one country, the other's those of a body named for another, by
    its own words or its article's lead ("the Reserve Bank of Australia cut its cash rate to 3.6%" / "The Bank of
    Canada cut its key rate to 2.5%"): two countries' figures, however alike the measure."""
    if not (_own_bodies_countries(a) or _own_bodies_countries(b)):
        return False
    mine, theirs = _bodies_countries(a), _bodies_countries(b)
    return bool(mine) and bool(theirs) and not mine & theirs


_NAME_RUN = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}")


def _regions_named(text: str) -> frozenset[str]:
    """The first-level regions (states, provinces) a text names by a run of capitalised words ("Himachal Pradesh",
    "Kerala's Wayanad district": Kerala; "In Assam," : Assam)."""
    found = set()
    for m in _NAME_RUN.finditer(text):
        words = m.group().replace("-", " ").split()
        for i in range(len(words)):
            for j in range(i + 1, len(words) + 1):
                if countries_of_region(" ".join(words[i:j])):
                    found.add(" ".join(words[i:j]))
    return frozenset(found)


@per_claim
def _claim_regions(f: Features) -> frozenset[str]:
    """The regions the claim's own words name (``_regions_named``), once a claim."""
    return _regions_named(f.claim.text)


@per_claim
def _figure_regions(f: Features) -> tuple[frozenset[str], str | None]:
    """The parts of a country whose figures the claim gives: the states or provinces the world knows that its words
    name, else those its article's headline and lead name; and the one part its words give as its figure's owner
    ("In Hesse, inflation reached", "Consumer prices in Bavaria": ``_own_region``), known to the world or not."""
    owner = _own_region(f)
    named = _claim_regions(f) | frozenset(r for r in (owner,) if r)
    return named or _regions_named(f"{f.article.title or ''}\n{body_opening(f.article.body)}"), owner


def regions_apart(a: Features, b: Features) -> bool:
    """The two claims' figures are of two parts of one country, or of a part and the whole of it, and neither names
    the other's: "About 300 soldiers have joined the rescue" under a lead of a landslide near Shimla in Himachal
    Pradesh / "Some 225 army personnel had joined the search" under one of landslides in Kerala (an explainer may
    recall the other region's happening elsewhere in it); "Consumer prices in Bavaria rose 2.8%" / "German inflation
    rose to 2.6%", or / "In Hesse, inflation reached 2.6%"."""
    (mine, my_owner), (theirs, their_owner) = _figure_regions(a), _figure_regions(b)
    return (
        _two_parts(a, mine, b, theirs)
        or _owner_and_other(a, my_owner, b, their_owner)
        or _owner_and_other(b, their_owner, a, my_owner)
    )


def _two_parts(a: Features, mine: frozenset[str], b: Features, theirs: frozenset[str]) -> bool:
    """Two articles' claims of regions the world knows in one country, one article never naming the other claim's
    regions and that claim never naming this one's; or one article's lines on two such regions, each claim's own
    words naming its own ("In Georgia, at least 15 people died" / "South Carolina reported 19 deaths")."""
    if a.article.id == b.article.id:
        mine, theirs = _claim_regions(a), _claim_regions(b)
        return bool(mine) and bool(theirs) and not mine & theirs and _regions_of_one_country(mine | theirs)
    if not mine or not theirs or mine & theirs:
        return False
    if not _regions_of_one_country(mine | theirs):
        return False  # (regions of two countries, or unknown to the world: the countries' rules tell those apart)
    return _region_unnamed(a, mine, b, theirs) or _region_unnamed(b, theirs, a, mine)


def _regions_of_one_country(regions: frozenset[str]) -> bool:
    return bool(frozenset.intersection(*(countries_of_region(r) for r in regions)))


def _owner_and_other(x: Features, owner: str | None, y: Features, other: str | None) -> bool:
    """``x``'s words give its figure's region as its owner, which ``y``'s words do not name, and ``y``'s give another
    region ``x``'s do not name, or a country, as its figure's owner."""
    if owner is None or owner in y.claim.text:
        return False
    if other is not None:
        return other != owner and other not in x.claim.text
    return bool(own_countries(y))


def _region_unnamed(x: Features, x_regions: frozenset[str], y: Features, y_regions: frozenset[str]) -> bool:
    told = f"{y.article.title or ''}\n{y.article.body}"
    return not any(_names_region(told, r) for r in x_regions) and not any(
        _names_region(x.claim.text, r) for r in y_regions
    )


def _names_region(text: str, region: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(region)}(?![\w-])", text) is not None
