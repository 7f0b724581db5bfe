"""Whose levy, on whose goods: a tariff is one country's (or bloc's) levy on another's goods, so the rates of two
directions are two levies however alike their figures ("China raised its tariffs on US goods to 125%" / "raised the
tariff on Chinese imports to 125%"; "The EU paused its own retaliatory tariffs of up to 25%" / "a 145% tariff on
Chinese goods").

A claim's directions are read from the words around its levy nouns: the goods a levy is on ("on Chinese imports",
"on goods imported from the United States", "on the European Union"), the country it is levied by ("China's tariffs",
"US tariffs on", "China will raise its tariffs", "imports to the US"). A claim naming neither says nothing of
direction and is never set apart by it."""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.countries import country_of, country_of_capital

_LEVY = r"(?:tariffs?|duties|duty|levies|levy)"
# The trading blocs and metonyms news levies by or on, beside the countries ``country_of`` knows.
_BLOCS = {
    "EU": "European Union",
    "E.U.": "European Union",
    "European Union": "European Union",
    "European": "European Union",
    "Brussels": "European Union",  # (as a levying party: the Commission sets the bloc's tariffs)
    "U.S.": "United States",
    "America": "United States",
    "Washington": "United States",
}
# A country or bloc as written: one to three capitalised words ("the United States", "South Korea"), or letters.
_NAME = r"(?:E\.U\.|U\.S\.|U\.K\.|[A-Z]{2,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})"

# The goods a levy is on, read up to where the phrase ends: "tariffs on all goods imported from the United States
# to 125%", "34% on goods from China and 20% on the European Union", "tariffs of up to 25% on about €21bn of US goods
# for 90 days".
_ON_GOODS = re.compile(
    rf"(?:\b{_LEVY}|%|\bper\s?cent|\bpercent)(?:\s+of\s+(?:up\s+to\s+)?[\d.]+\s*(?:%|per\s?cent|percent))?"
    r"\s+on\s+(?P<goods>[^,;]*?)(?=\s+(?:to|for|by|and|that|which|after|if|while|because|since|until|from\s+\d)\b|"
    r"[,;.]|$)"
)
# A country named as the levying party before the levy noun: "China's tariffs", "US tariffs on", "Chinese retaliatory
# duties", "the EU's own retaliatory tariffs".
_LEVIED_BY_NAME = re.compile(
    rf"\b(?P<name>{_NAME})(?:['’]s)?\s+(?:(?:own|new|higher|additional|extra|retaliatory|reciprocal|punitive|"
    rf"blanket|existing|current|planned|proposed|import|steel|car|auto)\s+){{0,3}}{_LEVY}\b"
)
# A country that levies by the verb: "China will raise its additional tariffs", "The EU also paused its own
# retaliatory tariffs", "Canada imposed 25% tariffs".
_LEVIED_BY_VERB = re.compile(
    rf"\b(?P<name>{_NAME})\s+(?:(?:will|would|has|have|had|also|then|on\s+[A-Z][a-z]+day|is|was|plans\s+to|said\s+it\s+"
    r"would)\s+)*(?:raise[sd]?|raising|impose[sd]?|imposing|slap(?:s|ped)?|pause[sd]?|paused|lower(?:s|ed)?|cut|"
    r"cuts|hike[sd]?|lift(?:s|ed)?|levie[sd]|levy|set|sets|double[sd]?|announce[sd]?|introduce[sd]?|suspend(?:s|ed)?)"
    rf"\s+(?:(?:its|their|the)\s+)?(?:[a-z-]+\s+){{0,3}}?(?:[\d.]+\s*(?:%|per\s?cent|percent)\s+)?{_LEVY}\b"
)
# The country goods are imported into: "the tariff on Chinese imports to the US", "imports into the EU".
_IMPORTED_INTO = re.compile(rf"\bimport(?:s|ed)?\s+(?:in)?to\s+(?:the\s+)?(?P<name>{_NAME})")
_NAME_IN = re.compile(_NAME)


def _country(name: str) -> str | None:
    """The country or bloc a name stands for ("Chinese": China, "EU": European Union), None for any other name."""
    name = name.removeprefix("the ").removeprefix("The ")
    return _BLOCS.get(name) or country_of(name)


def _countries_in(words: str) -> frozenset[str]:
    found = set()
    for m in _NAME_IN.finditer(words):
        whole = _country(m.group())
        if whole:
            found.add(whole)
            continue
        # ("Chinese Imports" in a title-case headline, "US Goods": the first word alone)
        first = _country(m.group().split()[0])
        if first:
            found.add(first)
    return frozenset(found)


@lru_cache(maxsize=16384)
def levy_directions(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the countries a claim's levies are levied by, the countries whose goods they are on), each empty when the
    words do not say."""
    if not re.search(_LEVY, text, re.IGNORECASE):
        return frozenset(), frozenset()
    on = frozenset().union(*(_countries_in(m.group("goods")) for m in _ON_GOODS.finditer(text)))
    by = set()
    for pattern in (_LEVIED_BY_NAME, _LEVIED_BY_VERB, _IMPORTED_INTO):
        for m in pattern.finditer(text):
            country = _country(m.group("name")) or country_of_capital(m.group("name"))
            if country:
                by.add(country)
    # (a country both levied by and on is either, as "US tariffs on US goods" never is: say nothing of it)
    return frozenset(by) - on, on - frozenset(by)


def levies_of_other_directions(text_a: str, text_b: str) -> bool:
    """Two claims' levies are levied by different countries, or on different countries' goods, by their words."""
    by_a, on_a = levy_directions(text_a)
    by_b, on_b = levy_directions(text_b)
    return bool((by_a and by_b and not by_a & by_b) or (on_a and on_b and not on_a & on_b))
