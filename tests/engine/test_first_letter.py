"""corpus/first_letter.py: alternations of words grouped by first letter match as the plain pattern does."""

from __future__ import annotations

import itertools
import random
import re
import sys

import pytest

from corpus import first_letter
from corpus.extract import claims
from corpus.first_letter import Located, located, words, words_source
from corpus.xref import frames, stems

_SEPARATORS = [" ", " ", " ", "  ", "\n", "-", "'", "’", ".", ",", ";", "“", "_", "1", "é", "\t"]
_COMMON = ["to", "the", "that", "a", "an", "as", "be", "have", "of", "is", "was", "out", "on", "x", "Kelvin"]
_FOLDED = {"k": "\u212a", "s": "\u017f", "i": "\u0131", "I": "\u0130"}


def _texts(alternation: str, n: int, seed: int) -> list[str]:
    """Random texts of the alternation's own words, in any case, cut anywhere, run together or apart."""
    rng = random.Random(seed)
    sequence = re.findall(r"[A-Za-z]+", re.sub(r"\\[a-zA-Z]", " ", alternation))
    vocab = sorted(set(sequence)) + _COMMON
    after: dict[str, list[str]] = {}  # a word's neighbours in the alternation, to make its phrases often
    for a, b in itertools.pairwise(sequence):
        after.setdefault(a.lower(), []).append(b)
    texts = []
    for _ in range(n):
        parts: list[str] = []
        for _ in range(rng.randint(1, 14)):
            word = rng.choice(vocab)
            if parts and rng.random() < 0.5 and after.get(parts[-2].lower()):
                word = rng.choice(after[parts[-2].lower()])
            roll = rng.random()
            if roll < 0.15:
                word = word.upper()
            elif roll < 0.3:
                word = word.title()
            elif roll < 0.38:
                word = word[rng.randint(0, len(word)) :]
            elif roll < 0.45:
                word = "".join(_FOLDED.get(c, c) if rng.random() < 0.5 else c for c in word)
            parts.append(word)
            parts.append(rng.choice(_SEPARATORS) if rng.random() < 0.9 else "")
        texts.append("".join(parts))
    return texts


def _found(pattern: re.Pattern[str] | Located, text: str, pos: int, endpos: int) -> list[tuple]:
    return [(m.span(), m.groups(), m.groupdict()) for m in pattern.finditer(text, pos, endpos)]


def _same_everywhere(fast: re.Pattern[str] | Located, plain: re.Pattern[str], alternation: str, seed: int) -> None:
    rng = random.Random(seed)
    for text in _texts(alternation, 1500, seed):
        pos, endpos = rng.randint(-2, len(text)), rng.choice([len(text), sys.maxsize, rng.randint(0, len(text) + 2)])
        assert _found(fast, text, 0, sys.maxsize) == _found(plain, text, 0, sys.maxsize), text
        assert _found(fast, text, pos, endpos) == _found(plain, text, pos, endpos), (text, pos, endpos)
        got, want = fast.search(text, pos, endpos), plain.search(text, pos, endpos)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups())), (text, pos, endpos)


def test_a_letter_matches_what_the_engine_folds_to_it():
    every = "".join(chr(c) for c in range(sys.maxunicode + 1))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert set(re.findall(letter, every, re.IGNORECASE)) == set(
            letter + letter.upper() + first_letter._FOLDS.get(letter, "")
        ), letter


@pytest.mark.parametrize(
    ("alternation", "flags"),
    [
        (r"reportedly|allegedly|said to (?:be|have)|(?:is|was|are) (?:widely )?said that|may|kills?|skies", re.I),
        (r"reportedly|allegedly|said to (?:be|have)|(?:is|was|are) (?:widely )?said that|may|kills?|skies", 0),
        (r"(?:still\s+|remain\s+)?(?:at\s+large|on\s+the\s+run)|(?:in|to)\s+(?:a\s+|the\s+)?hospital|in|is", re.I),
        (r"(?:out\s+)??alive|out|(?<=to\s)(?<!told\sto\s)leave(?=\s+(?-i:[A-Z]))|le|Leaves", re.I),
        (r"(?<=to\s)(?<!told\sto\s)leave(?=\s+[A-Z])|Leave|leaves|kill(?:ed)?|Kill|(?:a|an)\s+deal", 0),
        (r"A|a\s+deal|I|is|isn't|x", re.I),
        (r"(?:xa\s+)??xa\w*|(?:ya\s+)?ya\w*|y", re.I),
        (r"A|a\s+deal|I|is|isn't|x", re.I | re.ASCII),
    ],
)
def test_words_matches_as_the_plain_alternation(alternation, flags):
    for capture in (False, True):
        fast = words(alternation, flags, capture)
        plain = re.compile((r"\b(" if capture else r"\b(?:") + alternation + r")\b", flags)
        assert fast.pattern != plain.pattern  # written by first letter
        _same_everywhere(fast, plain, alternation, seed=len(alternation) + capture)


@pytest.mark.parametrize(
    "alternation",
    [r"\d+|dead", r"(?:killed)+|dead", r"(?P<x>dead)|killed", r"[dk]illed", r"(?=d)dead", r"d?ead", r"dead|"],
)
def test_an_alternative_not_opening_with_a_letter_leaves_the_plain_pattern(alternation):
    assert words_source(alternation, re.I) is None
    assert words(alternation, re.I).pattern == r"\b(?:" + alternation + r")\b"
    pattern = re.compile(r"\b(?P<a>" + alternation + r")\b", re.I)
    assert located(pattern, alternation) is pattern


def test_the_big_alternations_match_as_written_plainly():
    # every alternation the rules have written by first letter (claims' hedges and denials, the locators of
    # frames' outcomes and of stems' phrases), against the plain pattern
    assert not claims._HEDGE.pattern.startswith(r"\b(") and not claims._DENIAL.pattern.startswith(r"\b(")
    made = dict(first_letter._made)
    assert {claims._HEDGE.pattern, claims._DENIAL.pattern} <= made.keys()
    assert isinstance(frames._OUTCOME, Located) and isinstance(stems._PHRASES, Located)
    assert {frames._OUTCOME._locator.pattern, stems._PHRASES._locator.pattern} <= made.keys()
    for seed, (source, (plain, flags)) in enumerate(made.items()):
        _same_everywhere(re.compile(source, flags & ~re.I), re.compile(plain, flags), plain, seed)
    for seed, pattern in enumerate((frames._OUTCOME, stems._PHRASES)):
        _same_everywhere(pattern, pattern._pattern, pattern.pattern, seed)
        for text in _texts(pattern.pattern, 300, seed):
            assert pattern.sub(lambda m: f"<{m.lastgroup}>", text) == pattern._pattern.sub(
                lambda m: f"<{m.lastgroup}>", text
            )
            assert pattern.sub(lambda m: "_", text, 1) == pattern._pattern.sub(lambda m: "_", text, 1)
            assert pattern.sub("_", text) == pattern._pattern.sub("_", text)
            for word in re.findall(r"\w+(?: \w+)?", text)[:5]:
                assert pattern.fullmatch(word) == pattern._pattern.fullmatch(word) or (
                    pattern.fullmatch(word).span() == pattern._pattern.fullmatch(word).span()
                )
