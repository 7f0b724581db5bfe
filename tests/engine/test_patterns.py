"""The faster forms of the extraction's patterns find exactly what the plain forms find."""

from __future__ import annotations

import re

import pytest

from corpus.extract import measures, quantities
from corpus.extract.patterns import Gated, trie, whole_words

SENTENCES = [
    "Officials said 1,200 people were killed and 3.5 million displaced since March.",
    "A third of the 11,000 workers, about half the staff, went on strike.",
    "The ministry pledged USD10m, RM4.20 a head and HK$450 more, or US $58 per person.",
    "Prices rose R$ 5 to R$7.50; the index fell -0.6% and gained +1.2% later.",
    "Several hundred protesters and tens of thousands of residents joined twenty-five groups.",
    "An estimated 40 soldiers were deployed; a few hundred more were sent, sub-7 nanometre chips aside.",
    "No one came. One count of fraud was dropped, and Rs 500 was fined, A $15 fee too.",
    "Turnout was 61.5 percent, the tax rate rose to 12% and the death toll reached 34.",
    "x.5 and ,7 are not figures; BR$4 is, and ONE5 or Ten4 are codes, café one too.",
    "Dozens of scores, a handful of millions, minus 4 degrees and ~30 or >= 12 or ≤ 9.",
]


def _anchors_one_scan(text: str) -> list[int]:
    """The anchors as one scan over every word finds them (the plain form of quantities._anchors)."""
    token = re.compile(r"(?<![\w.,])\.?\d|R\$|[$€£¥₩₹₽₺~>≥<≤+−]|-(?=\d)|\b([A-Za-z]+)")
    out = []
    for m in token.finditer(text):
        word = m.group(1)
        if word is not None and word.lower() not in quantities._FIRST_WORDS:
            if word.lower() in ("a", "an"):
                following = re.match(r"\s+([A-Za-z]+)", text[m.end() :])
                if following is None or following.group(1).lower() not in quantities._A_BEFORE:
                    continue
            elif not (
                ((word.isupper() and len(word) <= 3) or word == "Rs")
                and (text[m.end() : m.end() + 1] in set("$0123456789") or text[m.end() : m.end() + 2] == " $")
            ):
                continue
        out.append(m.start())
    return out


@pytest.mark.parametrize("text", SENTENCES)
def test_anchors_are_those_of_one_scan(text: str) -> None:
    assert quantities._anchors(text) == _anchors_one_scan(text)


def test_trie_matches_the_same_words_as_their_alternation() -> None:
    words = ["ten", "tens", "thirteen", "thirty", "three", "two", "twelve", "one", "a.b"]
    folded = re.compile(rf"(?:{trie(words)})\Z")
    for word in [*words, "te", "thirt", "twos", "on", "aXb", ""]:
        assert bool(folded.match(word)) == (word in words), word


@pytest.mark.parametrize(
    "gated",
    [
        measures._VERB_BEFORE,
        measures._TOLL_BEFORE,
        measures._NUMBER_OF_BEFORE,
        measures._LEVY_BEFORE,
        measures._RATE_BEFORE,
        measures._TURNOUT_BEFORE,
        measures._DEPLOY_WORDS,
    ],
)
def test_a_gated_search_finds_what_the_pattern_finds(gated: Gated) -> None:
    texts = [s[: i + 1] for s in SENTENCES for i in range(len(s))]
    texts += ["Troops KILLED 5", "the Number of dead reached ", "VAT at ", "Participation hit ", "they SENT "]
    found = 0
    for text in texts:
        ours = gated.search(text)
        plain = gated.pattern.search(text)
        assert (ours and ours.span()) == (plain and plain.span()), text
        found += plain is not None
    assert found  # the sample reaches the pattern at all


def test_whole_words_finds_what_the_plain_alternation_finds() -> None:
    words = "Force Forces Corp Corporation Union Post Times War Program Programme"
    plain = re.compile(rf"\b(?:{'|'.join(words.split())})\b")
    ours = whole_words(words)
    texts = [
        "The Air Force said; Armed Forces Day, Corps of Engineers, Acme Corporation Ltd and Acme Corp.",
        "Postal Union workers, the Washington Post, Timesheet, New York Times, Warsaw, Cold War.",
        "a Programmer's Programme, the Program, Forcest, union, WAR and Corpo",
    ]
    found = 0
    for text in texts:
        for start in range(len(text)):
            mine, theirs = ours.search(text, start), plain.search(text, start)
            assert (mine and mine.span()) == (theirs and theirs.span()), text[start:]
            found += theirs is not None
    assert found


def test_the_gazetteer_finds_the_longest_alias_as_the_longest_first_alternation_does() -> None:
    from corpus.extract.entities import gazetteer

    gaz = gazetteer()
    aliases = sorted(gaz._alias, key=len, reverse=True)
    plain = re.compile(rf"(?<![\w’'-])(?:{'|'.join(re.escape(a) for a in aliases)})(?![\w-]|’s\w|'s\w)")
    text = " ".join(f"{a} said, {a}’s view, {a}n {a}-led {a}s." for a in aliases)
    ours = [(m.start, m.end) for m in gaz.find(text)]
    assert ours == [m.span() for m in plain.finditer(text)]
    assert len(ours) >= len(aliases)
