"""How rare an English word is: wordfreq's small English list, read directly.

:func:`rarity` is 0 for the commonest English words and 6.5 for a word the list does not hold (a
name, a place). The cross-references weigh shared words by it, and the extractor asks it whether a
capitalised word opening a sentence is an English word at all; both read the one list, once.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

RAREST = 6.5  # Zipf scale: words rarer than this (names, places) all weigh the most


@lru_cache(maxsize=131072)
def rarity(word: str) -> float:
    """0 for the commonest English words up to 6.5 for words the list does not hold."""
    return max(0.0, RAREST - _zipf(word))


def listed(word: str) -> bool:
    """wordfreq's English list holds the word (case folded) at all: a word :func:`rarity` may find common."""
    freqs = _small_english()
    return freqs is None or word.casefold() in freqs


def _latin_letters() -> str:
    """The precomposed lower-case Latin letters past ASCII (Latin-1 to Latin Extended-B: "é", "ß",
    "ł", "ș") that read as ASCII letters do in a word (Unicode's ALetter) and that neither NFC nor
    case folding changes: a word made of them and ASCII is tokenized as ``_tokens`` reads it."""
    import unicodedata

    return "".join(
        c
        for c in map(chr, range(0xC0, 0x250))
        if unicodedata.category(c) == "Ll" and unicodedata.is_normalized("NFC", c) and c.casefold() == c
    )


_LETTER = f"a-z{_latin_letters()}"
_WORDLIKE = f"{_LETTER}0-9"
# What ``_zipf`` tokenizes itself (case folded first); anything else asks wordfreq. Past letters and
# digits only these: "." and the apostrophes join, "," joins digits, "-", "%" and "$" break.
_PLAIN = re.compile(f"[{_WORDLIKE}.,'’%$-]*")
# A token: letters and digits run together; an apostrophe or a full stop between two letters joins
# them, and a full stop, comma or apostrophe between two digits ("1,500", "3.5"): Unicode word breaks.
_JOINED = re.compile(
    f"[{_WORDLIKE}]+(?:(?:(?<=[{_LETTER}])['.](?=[{_LETTER}])|(?<=[0-9])[.,'](?=[0-9]))[{_WORDLIKE}]+)*"
)
# "l'arc", "o'hara": split after the apostrophe (wordfreq's initial vowels, and h)
_ELIDED = re.compile(f"[{_WORDLIKE}][{_WORDLIKE}]?'(?=[aehiouyáéíóúàèìòùâêîôûåïöœ])")
_DIGITS = re.compile(r"[0-9][0-9.,]+")  # wordfreq's digit sequences: smashed to zeros, weighed apart
_UNKNOWN = 10**0.0 / 1e9  # wordfreq's frequency for a word it does not hold (Zipf 0)


def _zipf(word: str) -> float:
    """``wordfreq.zipf_frequency(word, "en", wordlist="small")``, the same float, computed as
    wordfreq does it: a word of letters (ASCII and precomposed Latin), digits, apostrophes, full
    stops, commas, hyphens, "%" and "$" is case folded, split into tokens by wordfreq's rules for
    them (``_tokens``) and looked up in its English list, read directly, a token's digit sequences
    as wordfreq weighs them (``_digit_freq``); any other word asks wordfreq. Importing wordfreq
    (langcodes, its tokenizer's expressions) was ~0.1-0.15 s CPU of each ``factscope add``, and
    a news article's claims nearly always hold a figure ("1,500", "3.5", "2024") or a name with an
    accent. A curly apostrophe ("can’t") is read as wordfreq reads it (``_tokens``)."""
    folded = word.casefold()  # as wordfreq folds it (after NFC, which changes no character read here)
    readable = word.isascii() or all(ord(c) < 0x250 for c in word)
    freqs = _small_english() if readable and _PLAIN.fullmatch(folded) else None
    if freqs is None:
        from wordfreq import zipf_frequency

        return zipf_frequency(word, "en", wordlist="small")
    one_over = 0.0
    tokens = _tokens(folded)
    for token in tokens:  # 1/f = 1/f1 + 1/f2 + ..., as wordfreq combines a word's tokens
        smashed = _DIGITS.sub(lambda found: re.sub("[0-9]", "0", found.group()), token)
        if smashed not in freqs:
            return round(math.log(_UNKNOWN, 10) + 9, 2)
        freq = freqs[smashed]
        if smashed != token:
            freq *= _digit_freq(token)
        one_over += 1.0 / freq
    if not tokens:
        return round(math.log(_UNKNOWN, 10) + 9, 2)
    freq = max(1.0 / one_over, _UNKNOWN)
    rounded = round(freq, math.floor(-math.log(freq, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)


def _digit_freq(token: str) -> float:
    """wordfreq's estimate of how often a token's digit sequences are what they are
    (``wordfreq.numbers.digit_freq``): a 4-digit one as a year, others by Benford's law."""
    freq = 1.0
    for sequence in _DIGITS.findall(token):
        for digits in re.findall("[0-9]+", sequence):
            freq *= _year_freq(digits) if len(digits) == 4 else _benford_freq(digits)
    return freq


_DIGIT_FREQS = [0.009, 0.300, 0.175, 0.124, 0.096, 0.078, 0.066, 0.057, 0.050, 0.045]  # wordfreq's


def _benford_freq(text: str) -> float:
    freq: float = _DIGIT_FREQS[int(text[0])] / 10 ** (len(text) - 1)
    return freq


def _year_freq(text: str) -> float:
    """wordfreq's: years up to 2019 fall off slowly, 2020-2039 are a plateau, later ones fall fast."""
    year = int(text)
    if year <= 2019:
        year_log_freq = -1.9185 - 0.0083 * (2019 - year)
    elif 2019 < year <= 2019 + 20:
        year_log_freq = -1.9185
    else:
        year_log_freq = -1.9185 - 0.2 * (year - (2019 + 20))
    freq: float = 10.0**year_log_freq + 0.1 * _benford_freq(text)
    return freq


def _tokens(text: str) -> list[str]:
    """wordfreq's English tokens of ``text`` (case folded; letters, digits, ``'``, ``’``, ``.``,
    ``,``, ``-``, ``%``, ``$``): Unicode word breaks (a letter and a digit join; a hyphen, "%" and
    "$" break; one apostrophe or full stop between letters joins, and one full stop, comma or
    apostrophe between digits), and a token starting with one or two letters or digits, an
    apostrophe and a vowel or h split after the apostrophe ("l'arc": "l", "arc"). A curly
    apostrophe joins as a straight one does, and is straightened in the token, but nothing is
    split after it ("l’arc": "l'arc"), as wordfreq does."""
    tokens = []
    at = 0
    plain = text.replace("’", "'")
    while at < len(plain):
        found = _ELIDED.match(text, at) or _JOINED.match(plain, at)
        if found is None:
            at += 1
            continue
        tokens.append(plain[found.start() : found.end()].strip("'"))
        at = found.end()
    return tokens


@lru_cache(maxsize=1)
def _small_english() -> dict[str, float] | None:
    """wordfreq's small English list (its ``get_frequency_dict("en", "small")``), read from its file;
    None when the file is not where or what wordfreq 3 keeps (then every word asks wordfreq)."""
    import gzip
    from importlib.util import find_spec

    try:
        import msgpack  # type: ignore[import-untyped]  # wordfreq's own dependency, for its lists

        spec = find_spec("wordfreq")
        if spec is None or not spec.submodule_search_locations:
            return None
        path = f"{next(iter(spec.submodule_search_locations))}/data/small_en.msgpack.gz"
        with gzip.open(path, "rb") as infile:
            data = msgpack.load(infile, raw=False)
    except (ImportError, OSError, ValueError):
        return None
    header = data[0] if isinstance(data, list) and data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    return {word: 10 ** (-index / 100) for index, bucket in enumerate(data[1:]) for word in bucket}
