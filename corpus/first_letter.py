"""Alternations of words written so that Python's regex engine skips to where one could begin.

``re.compile(r"\\b(?:reportedly|allegedly|...)\\b", re.IGNORECASE)`` is tried at every position of the
text (the engine skips ahead in C only for a pattern opening with a case-sensitive literal or character
class), and at every word start each alternative is tried in turn: 10-20 us a sentence for the biggest.
``words`` writes the same alternation opening with the class of its alternatives' first letters
(case-sensitive, each way the engine folds a letter: "a" and "A"; "k" also as the kelvin sign), the
``\\b`` before that letter checked behind it (``(?<!\\w.)``), and then only the alternatives opening
with that letter, chosen by looking behind at it (halves of the letters first)::

    [aArR...](?<!\\w.)(?i:(?<=[ar])(?:(?<=a)(?:llegedly|pparently|...)|(?<=r)(?:eportedly|...))|...)

The engine skips in C to the next of those letters, and at a word start tries a few look-behinds and
the alternatives of one letter: 2-3x faster. Matches and spans are the plain pattern's: the alternatives
keep their order within each letter (at a position only those opening with its letter can match), a
group opening an alternative is distributed over what follows it (``(?:is|was) said`` -> ``is said|was
said``, the order the engine tries them in; ``(?:...)?`` adds what follows alone after them, ``(?:...)??``
before them), and a look-behind opening one is checked after the letter with that letter added
(``(?<=to\\s)leave`` -> ``(?<=(?:to\\s).)eave``). An alternation ``words`` cannot write so (an alternative
opening with a class, an escape, a look-ahead, a capturing or repeated group) gives the plain pattern:
nothing else changes, it is only slower.

``located(pattern, alternation)`` is for an alternation whose named groups say which alternative matched
(a group cannot be split by letter): ``words(alternation)`` finds each match, and the pattern itself is
matched only there, so every match object is the pattern's own.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["Located", "located", "words"]

# What a letter matches under re.IGNORECASE besides its two ASCII cases (the engine's case folding,
# checked over every code point by tests/engine/test_first_letter.py).
_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
# words' patterns -> the plain pattern and flags each stands for (tests/engine/test_first_letter.py checks them)
_made: dict[str, tuple[str, int]] = {}
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")


def _atom_end(s: str, i: int) -> int:
    """Where the atom starting at ``s[i]`` ends (a character, an escape, a class or a group)."""
    c = s[i]
    if c == "\\":
        return i + 2
    if c == "[":
        j = i + 1
        if j < len(s) and s[j] == "^":
            j += 1
        if j < len(s) and s[j] == "]":
            j += 1
        while s[j] != "]":
            j += 2 if s[j] == "\\" else 1
        return j + 1
    if c == "(":
        depth, j = 0, i
        while True:
            if s[j] == "\\":
                j += 2
                continue
            if s[j] == "[":
                j = _atom_end(s, j)
                continue
            if s[j] == "(":
                depth += 1
            elif s[j] == ")":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
    return i + 1


def _split(s: str) -> list[str]:
    """``s`` split at its top-level ``|``."""
    parts, start, i = [], 0, 0
    while i < len(s):
        if s[i] == "|":
            parts.append(s[start:i])
            start = i = i + 1
            continue
        i = _atom_end(s, i)
    parts.append(s[start:])
    return parts


def _first(s: str) -> tuple[str, str, str]:
    """``s``'s first atom, its quantifier and the rest."""
    end = _atom_end(s, 0)
    q = _QUANTIFIER.match(s, end)
    stop = q.end() if q else end
    return s[:end], s[end:stop], s[stop:]


def _starts(alternative: str, behind: str = "") -> list[tuple[str, str]] | None:
    """The alternative as (first letter, what follows it) pairs in the order the engine tries them;
    None when it does not open with a letter so."""
    if not alternative:
        return None
    atom, quantifier, rest = _first(alternative)
    if len(atom) == 1 and atom.isascii() and atom.isalpha():
        return None if quantifier else [(atom, behind + rest)]
    if atom.startswith(("(?<=", "(?<!")) and not quantifier:
        return _starts(rest, behind + atom[:4] + "(?:" + atom[4:-1] + ")." + ")")
    if atom.startswith("(?:") and quantifier in ("", "?", "??"):
        branches = [inner + rest for inner in _split(atom[3:-1])]
        if quantifier == "?":
            branches.append(rest)
        elif quantifier == "??":
            branches.insert(0, rest)
        out: list[tuple[str, str]] = []
        for branch in branches:
            found = _starts(branch, behind)
            if found is None:
                return None
            out += found
        return out
    return None


def words_source(alternation: str, flags: int = 0, capture: bool = False) -> str | None:
    r"""``words``'s pattern text for ``\b(?:alternation)\b`` (``\b(alternation)\b`` when ``capture``), or
    None when an alternative cannot be written so."""
    if flags & re.VERBOSE:
        return None
    icase = bool(flags & re.IGNORECASE)
    by_letter: dict[str, list[str]] = {}
    for alternative in _split(alternation):
        found = _starts(alternative)
        if found is None:
            return None
        for letter, rest in found:
            by_letter.setdefault(letter.lower() if icase else letter, []).append(rest)
    first = "".join(
        letter + letter.upper() + ("" if flags & re.ASCII else _FOLDS.get(letter, "")) if icase else letter
        for letter in by_letter
    )
    branches = _dispatch(list(by_letter), by_letter)
    return ("(" if capture else "(?:") + f"[{first}](?<!\\w.)" + ("(?i:" if icase else "(?:") + branches + r"))\b"


def _dispatch(letters: list[str], by_letter: dict[str, list[str]]) -> str:
    """The alternatives after the first letter, chosen by it (looked at behind): halves of the letters
    first, then one by one (fewer look-behinds tried than one for each letter in turn)."""
    if len(letters) <= 3:
        return "|".join(f"(?<={letter})(?:{'|'.join(by_letter[letter])})" for letter in letters)
    half = len(letters) // 2
    return f"(?<=[{''.join(letters[:half])}])(?:{_dispatch(letters[:half], by_letter)})|" + _dispatch(
        letters[half:], by_letter
    )


def words(alternation: str, flags: int = 0, capture: bool = False) -> re.Pattern[str]:
    r"""``re.compile(r"\b(?:" + alternation + r")\b", flags)`` (``\b(...)\b`` when ``capture``), written so
    that the engine skips to where an alternative could begin: the same matches and spans."""
    plain = (r"\b(" if capture else r"\b(?:") + alternation + r")\b"
    source = words_source(alternation, flags, capture)
    if source is None:
        return re.compile(plain, flags)
    _made[source] = (plain, flags)
    return re.compile(source, flags & ~re.IGNORECASE)


class Located:
    """``pattern``, found by ``locator`` (a pattern with the same matches and spans, cheaper to search
    with); every match object is ``pattern``'s own."""

    __slots__ = ("_locator", "_match", "_pattern", "flags", "groupindex", "groups", "pattern")

    def __init__(self, pattern: re.Pattern[str], locator: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._locator = locator
        self._match = pattern.match
        self.pattern = pattern.pattern
        self.flags = pattern.flags
        self.groups = pattern.groups
        self.groupindex = pattern.groupindex

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        match = self._match
        for found in self._locator.finditer(string, pos, endpos):
            yield match(string, found.start(), endpos)  # type: ignore[misc]

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self._locator.search(string, pos, endpos)
        return None if found is None else self._match(string, found.start(), endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self._pattern.fullmatch(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        if not callable(repl):
            return self._pattern.sub(repl, string, count)
        parts: list[str] = []
        last = 0
        for n, m in enumerate(self.finditer(string), 1):
            parts += (string[last : m.start()], repl(m))
            last = m.end()
            if n == count:
                break
        if not parts:
            return string
        parts.append(string[last:])
        return "".join(parts)

    def __getattr__(self, name: str) -> Any:  # findall, split, subn ...: the pattern's own
        return getattr(self._pattern, name)


def located(pattern: re.Pattern[str], alternation: str) -> Located | re.Pattern[str]:
    r"""``pattern`` (``\b(?:alternation)\b`` with named groups) found by ``words(alternation)``; the pattern
    itself when the alternation cannot be written so."""
    flags = pattern.flags & (re.IGNORECASE | re.VERBOSE | re.ASCII | re.DOTALL | re.MULTILINE)
    if words_source(alternation, flags) is None:
        return pattern
    return Located(pattern, words(alternation, flags))
