"""Names as outlets write them with and without their accents ("Bogotá" / "Bogota", "Cité Soleil" / "Cite Soleil").

An outlet at home writes a name with its accents, a wire service often without them: read both as one name, the
place tables (written without accents) and the comparison of two reports' names see the plain letters.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Letters with a stroke, which Unicode gives no plain letter and English news writes as one ("Tromsø", "Łódź").
_STROKED = str.maketrans("øØłŁđĐħĦ", "oOlLdDhH")


def unaccented(text: str) -> str:
    """``text`` with each accented Latin letter as its plain letter ("São Paulo" -> "Sao Paulo", "Kraków" ->
    "Krakow"), one character for one, so that an offset into the text is the same offset into its reading."""
    if text.isascii():
        return text
    return "".join(map(_plain, text))


@lru_cache(maxsize=2048)
def _plain(character: str) -> str:
    if character.isascii():
        return character
    decomposed = unicodedata.normalize("NFD", character)
    base = decomposed[0]
    if (
        len(decomposed) > 1
        and base.isascii()
        and base.isalpha()
        and all(unicodedata.combining(mark) for mark in decomposed[1:])
    ):
        return base
    return character.translate(_STROKED)
