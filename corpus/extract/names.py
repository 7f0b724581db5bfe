"""Names within one article: countries implied by bodies, unseen demonyms, short forms.

"South Korean Foreign Ministry" also names South Korea; an unseen "Drusian" is
the article's "Drusia"; "Cha" is the article's "Cha Du-hyeogn" and "the Post"
its "New York Post"; a lone sentence-opening word nothing confirms is dropped.
"""

from __future__ import annotations

from dataclasses import replace

from corpus.countries import country_of
from corpus.extract.entities import Gazetteer, Mention, gazetteer, guess_type
from corpus.model import Claim
from corpus.wordlist import RAREST, rarity

_DEMONYM_ENDINGS = ("n", "an", "ian", "i", "ese", "ish")
# Countries whose names are also people's ("Jordan scored twice", "Chad said"): opening a sentence, either.
_COUNTRIES_ALSO_GIVEN_NAMES = frozenset({"Jordan", "Chad", "Georgia"})


def with_countries(mentions: list[Mention]) -> list[str]:
    """Entity names, plus the country a body belongs to ("South Korean Foreign Ministry" -> South Korea)."""
    gaz = gazetteer()
    names: list[str] = []
    for m in mentions:
        names.append(m.name)
        if m.type in ("organisation", "outlet", "other"):
            country = gaz.country_prefix(m.surface)
            if country:
                names.append(country)
    return list(dict.fromkeys(names))


def _no_english_word(word: str, claims: list[Claim]) -> bool:
    """ "Telvora has agreed ...": a capitalised word opening a sentence that no English word list holds,
    nor two English words run together ("Eastgrid", "Ransomware"), and that the article never writes in
    lower case, is a name, though no other sentence names it mid-line. Plurals and "-ing" words are left
    out: "Evacuees", "Firebombing" are words the list is too small to hold."""
    lowered = word.lower()
    if len(word) < 4 or not word.isalpha() or lowered.endswith(("s", "ing")) or rarity(word) < RAREST:
        return False
    if any(rarity(lowered[:i]) < RAREST and rarity(lowered[i:]) < RAREST for i in range(3, len(word) - 2)):
        return False
    return not any(lowered in claim.text for claim in claims)


def tidy_entities(claims: list[Claim], mentions: list[Mention]) -> None:
    """An unseen "Drusian" or "Kavari" is the article's "Drusia" or "Kavar" (each claim whose names change
    is replaced in ``claims`` by one with the new names).

    Also drops lone sentence-opening words ("Turnout was ...") that nothing
    else in the article confirms as a name.
    """
    gaz = gazetteer()
    confirmed = {m.name for m in mentions if not m.tentative}
    demonym_stems = {n[:-k] for n in confirmed for k in (1, 2, 3) if n[-k:] in _DEMONYM_ENDINGS}
    demonym_stems |= {s[:-1] for s in demonym_stems if s.endswith("a")}
    keep = confirmed | {
        m.name
        for m in mentions
        if m.tentative
        and (
            m.name in demonym_stems
            or m.surface.endswith(("'s", "’s"))
            or _longer_names(m.name, confirmed)
            or _no_english_word(m.name, claims)
            # ("Hungary's inflation rate rose", "Mongolia has ...": a country is a name wherever it stands)
            or (country_of(m.name) == m.name and m.name not in _COUNTRIES_ALSO_GIVEN_NAMES)
        )
    }
    dropped = {m.name for m in mentions} - keep
    if dropped:
        for i, claim in enumerate(claims):
            if not dropped.isdisjoint(claim.entities):
                claims[i] = replace(claim, entities=[e for e in claim.entities if e not in dropped])
        mentions[:] = [m for m in mentions if m.name in keep]
    names = {m.name for m in mentions}
    mapping: dict[str, str] = {}
    for name in names:
        if " " in name or name in gaz.entities:
            continue
        for cut in (1, 2, 3):
            stem = name[:-cut]
            if len(stem) >= 3 and name[-cut:] in _DEMONYM_ENDINGS:
                target = stem if stem in names else (stem + "a" if stem + "a" in names else None)
                if target:
                    mapping[name] = target
                    break
    mapping.update(_short_forms(names - set(mapping), gaz))
    ambiguous = {n for n in names - set(mapping) if _is_ambiguous_short_form(n, names, gaz)}
    if not mapping and not ambiguous:
        return
    for i, claim in enumerate(claims):
        kept = [e for e in claim.entities if e not in ambiguous]
        named = list(dict.fromkeys(mapping.get(e, e) for e in kept))
        if named != claim.entities:
            claims[i] = replace(claim, entities=named)
    mentions[:] = [m for m in mentions if m.name not in ambiguous]
    for m in mentions:
        if m.name in mapping:
            m.name = mapping[m.name]


def _longer_names(short: str, names: set[str]) -> list[str]:
    # A place opening a body's name is where the body is, not a short form of it: "Sagaing" in
    # "Sagaing region" is not the "Sagaing Rescue Team" ("the Post" still ends "New York Post").
    return [
        n
        for n in names
        if " " in n and (short == n.split()[-1] or (short == n.split()[0] and guess_type(n) != "organisation"))
    ]


def _short_forms(names: set[str], gaz: Gazetteer) -> dict[str, str]:
    """A one-word unseen name that begins or ends exactly one longer name of the article."""
    out = {}
    for name in names:
        if " " in name or gaz.canonical(name) is not None or country_of(name) == name:
            continue  # ("Canada" in "Transport Canada" stays the country the claim names)
        longer = _longer_names(name, names)
        if len(longer) == 1:
            out[name] = longer[0]
    return out


def _is_ambiguous_short_form(name: str, names: set[str], gaz: Gazetteer) -> bool:
    """ "Kim" in an article with Kim Jong Un and Kim Yong-hyun names nobody in particular."""
    return (
        " " not in name
        and gaz.canonical(name) is None
        and country_of(name) != name
        and len(_longer_names(name, names)) > 1
    )
