"""Fold text for matching: casefold, accents off, punctuation to spaces.

``normalise("Zelenskyy’s 10,000 “troops”")`` -> ``"zelenskyy s 10000 troops"``.
Digit-group commas are dropped so "10,000" and "10000" are the same token.
The query and the indexed text go through the same function, so whatever it
folds is folded on both sides. ``normalise_many`` does the work on one joined
string, because the per-character work then runs in C, not in a Python loop.
``word_spans`` finds the words of the *original* text with their offsets, for
highlighting.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# A separator no sanitised text contains (the sanitiser drops C0 controls).
_SEP = "\x00"
# Thousands separators: "10,000" -> "10000"; "3,800-4,000" -> "3800-4000".
_DIGIT_GROUP = re.compile(r",(?<=\d,)(?=\d{3}(?!\d))")
_SPACES = re.compile(" {2,}")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Unicode's default-ignorable code points (DerivedCoreProperties.txt): invisible,
# so "Pu\u200dtin" (ZWJ), "Putin\ufe0f" (VS16) or "Pu\U000e0100tin" must match "putin".
# The sanitiser keeps ZWJ/ZWNJ and variation selectors (Persian, Indic, emoji need
# them); search keys drop them, here, on both the query and the indexed side.
_IGNORABLE_CLASS = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
_IGNORABLE = re.compile(f"[{_IGNORABLE_CLASS}]")
# A word of the original text: letters/digits (with combining marks and invisible
# characters inside), and numbers with digit-group commas kept whole.
WORD = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})+(?!\d)|(?:[^\W_]|[\u0300-\u036f])(?:[^\W_]|[\u0300-\u036f]|[{_IGNORABLE_CLASS}])*"
)


@lru_cache(maxsize=1)
def _ascii_table() -> bytes:
    """bytes.translate table: ASCII letters/digits kept, other ASCII to space.

    Bytes >= 0x80 are kept: they belong to UTF-8 encoded letters of other
    scripts, which stay as they are (punctuation among them is already gone).
    """
    table = bytearray(range(256))
    for byte in range(1, 128):  # byte 0 is the record separator: kept
        if not chr(byte).isalnum():
            table[byte] = ord(" ")
    return bytes(table)


# Latin letters that carry no decomposable accent but read as plain letters.
_PLAIN_LETTERS = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ħ": "h", "ı": "i"}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One non-ASCII character folded: accents off, punctuation/symbols to a space,
    invisible (default-ignorable) characters to nothing."""
    if _IGNORABLE.match(char):
        return ""
    category = unicodedata.category(char)
    if category[0] in "PSZC":
        return " "
    if char in _PLAIN_LETTERS:
        return _PLAIN_LETTERS[char]
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    if not base:
        return ""  # a lone combining mark
    return base.casefold()


def normalise_many(texts: list[str]) -> list[str]:
    """Fold every text; the result has the same length as ``texts``."""
    if not texts:
        return []
    big = _SEP.join(texts)
    if big.count(_SEP) != len(texts) - 1:  # a text holds the separator itself
        big = _SEP.join(t.replace(_SEP, " ") for t in texts)
    big = big.casefold()
    if not big.isascii():
        for char in set(_NON_ASCII.findall(big)):
            big = big.replace(char, _fold_char(char))
    big = _DIGIT_GROUP.sub("", big)
    folded = big.encode("utf-8").translate(_ascii_table()).decode("utf-8")
    folded = _SPACES.sub(" ", folded)  # only spaces are left as separators
    return [part.strip(" ") for part in folded.split(_SEP)]


def normalise(text: str) -> str:
    """Fold one text (see the module docstring)."""
    return normalise_many([text])[0]


def tokens(text: str) -> list[str]:
    """The folded words of ``text``."""
    return normalise(text).split()


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, folded)`` for every word of ``text``, offsets into ``text``.

    ``folded`` is the word as ``normalise`` folds it (it may hold a space when
    folding splits it, e.g. an apostrophe inside a non-Latin word).
    """
    return word_spans_many([text])[0]


def word_spans_many(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """``word_spans`` of several texts, folding all their words in one go."""
    found = [[(m.start(), m.end(), m.group()) for m in WORD.finditer(text)] for text in texts]
    folded = iter(normalise_many([word for words in found for _, _, word in words]))
    return [[(start, end, next(folded)) for start, end, _ in words] for words in found]
