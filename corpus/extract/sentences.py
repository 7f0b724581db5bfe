"""Sentence splitting for news text, with offsets.

A small rule-based splitter instead of pysbd: on news prose it is as accurate
on the cases that matter here (abbreviations, initials, "Oct. 3", quotes that
end sentences, text inside quotations) and is about two orders of magnitude
faster (see tests/bench/bench_build.py), which the build-speed target needs.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Titles and ranks written short before a name ("Mr. Sanders", "Homicide Capt. Ray Dunn").
TITLE_ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt lieut col maj capt cpt sgt cpl pvt adm cmdr rep sen gov pres supt atty cllr insp det
    """.split()
)
# Words that end with a period without ending the sentence.
ABBREVIATIONS = TITLE_ABBREVIATIONS | frozenset(
    """
    del sens reps govs gens ft
    st rev hon fr jr sr no nos vs etc inc corp ltd co bros dept est approx fig
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    a.m p.m e.g i.e u.s u.n u.k e.u u.s.s.r d.c
    """.split()
)
# After a dotted acronym ("U.S.") a sentence only ends if a typical opener follows.
_SENTENCE_OPENERS = frozenset(
    """
    the a an it he she they we i this that these those but and in on at for
    however meanwhile yet still there his her their its our
    """.split()
)
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_WEEKDAY_ABBREVIATIONS = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())
_MONTH_WORDS = _MONTH_ABBREVIATIONS | frozenset(
    "january february march april may june july august september october november december".split()
)

# A candidate boundary: terminal punctuation, any closing quotes/brackets, then space.
# CJK full stops end a sentence with or without a space after them ("東京は晴れです。The ...").
_CJK_STOPS = "。！？｡"
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+)|[。！？｡]+[」』\"”’')）\]]*")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_NEXT_WORD = re.compile(r"\s+([\"“‘'(\[]?)(\S+)")
# A bracketed byline and a dash ("(AP) —", "(Harbour Desk) -") go on a dateline; no sentence opens with one:
# "SPRINGFIELD, Ore. (AP) — A fire ..." is one sentence after the state's abbreviation.
_BYLINE_DASH = re.compile(r"\s+\([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\)\s*(?:—|–|―|--|-\s)")
_OPEN_QUOTE = "“"
_CLOSE_QUOTE = "”"
# A quotation longer than this is treated as unbalanced rather than kept whole.
_MAX_QUOTE = 700


_QUOTE_CHARS = re.compile('[“”"]')


class _QuoteDepth:
    """Quote depth at any offset; straight quotes toggle, curly quotes nest."""

    def __init__(self, text: str):
        self.positions: list[int] = []
        self.depths: list[int] = []
        depth, straight_open = 0, False
        for m in _QUOTE_CHARS.finditer(text):
            ch = m.group(0)
            if ch == _OPEN_QUOTE:
                depth += 1
            elif ch == _CLOSE_QUOTE:
                depth = max(0, depth - 1)
            else:
                depth = max(0, depth - 1) if straight_open else depth + 1
                straight_open = not straight_open
            self.positions.append(m.end())
            self.depths.append(depth)

    def at(self, offset: int) -> int:
        i = bisect_right(self.positions, offset) - 1
        return self.depths[i] if i >= 0 else 0


def _word_before(text: str, dot: int) -> re.Match[str] | None:
    return _WORD_BEFORE.search(text, max(0, dot - 40), dot)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Does the period at ``dot`` belong to an abbreviation or an initial?"""
    match = _word_before(text, dot)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if len(word) == 1 and word.isalpha():
        return True  # an initial: "J. Smith"
    if _DOTTED.fullmatch(word):
        return True  # "J.P.", "U.S.", "a.m."
    return word in ABBREVIATIONS


# After a quoted question or exclamation, its speaker and a verb of saying go on with it: '“What now?” Mr. Lee asked.',
# '“Go!” Ann Lee shouted at them.' (a title, up to four capitalised words, the verb, then a stop, a comma or an adverbial).
_QUOTED_THEN_SPEAKER = re.compile(
    r"\s+(?:(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Rev|Gov|Lt)\.?\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*\s+"
    r"(?:said|says|asked|asks|added|adds|wrote|writes|told|tells|shouted|yelled|replied|replies|continued|recalled|"
    r"wondered|wonders|exclaimed|cried|insisted|demanded|countered|quipped|joked|remarked|explained|noted|argued|"
    r"screamed|chanted|pleaded|tweeted|posted)"
    r"(?=\s*[.,;!?]|\s+(?:on|in|at|to|during|after|before|later|again|last|this|then|recently|aloud|rhetorically|"
    r"[a-z]+ly)\b)"
)
_CLOSING_QUOTES = "\"”’'"


def _boundary_ok(text: str, end: int, dot: int, quote_at_end: int, quote_closes_later: bool) -> bool:
    if text[dot] in _CJK_STOPS:
        if quote_at_end > 0 and quote_closes_later:
            return False  # inside a quotation that closes later
        # 「…。」と述べた: a quotation closed inside a Japanese sentence that goes on.
        quoted = text[end - 1 : end] in "」』\"”’')）]"
        after = text[end : end + 1]
        if quoted and after and not after.isspace() and not after.isascii():
            return False
        following = text[end:].lstrip()[:1]
        return not (quoted and following.isascii() and following.islower())  # “…。” he said
    nxt = _NEXT_WORD.match(text, end)
    if not nxt:
        return True
    opener, word = nxt.group(1), nxt.group(2)
    if quote_at_end > 0 and quote_closes_later:
        return False  # inside a quotation that closes later: keep the quote whole
    if opener == "(" and _BYLINE_DASH.match(text, end):
        return False
    if word[:1] in "「『" or (
        word[:1].isalpha() and not word[:1].isascii() and word[:1] == word[:1].upper() == word[:1].lower()
    ):
        return not _is_abbreviation(text, dot)  # a caseless script (CJK) opens the next sentence
    if text[dot] != ".":
        if text[dot] in "?!" and text[end - 1] in _CLOSING_QUOTES and _QUOTED_THEN_SPEAKER.match(text, end):
            return False  # '“What now?” Mr. Lee asked.': the quotation's sentence goes on to its speaker
        return bool(opener) or word[:1].isupper() or word[:1].isdigit()
    if _is_abbreviation(text, dot):
        word_before = _word_before(text, dot)
        before = word_before.group(1).lower().rstrip(".") if word_before else ""
        if before in _MONTH_ABBREVIATIONS and word[:1].isdigit():
            return False  # "Oct. 3"
        if before in ("no", "nos"):
            return not word[:1].isdigit()  # "No. 5" goes on; "No. It is not." ends
        if before in _WEEKDAY_ABBREVIATIONS:
            # "Sun. Oct. 5", "Sat. 3 p.m." go on; "reported by the Sun. Doctors said", "He sat. It was late." end
            return not (word[:1].isdigit() or word.lower().rstrip(".,") in _MONTH_WORDS)
        if "." in before or before in ("u", "s"):
            # "U.S." ends a sentence only before a typical opener.
            return word.lower().strip("\"“'‘") in _SENTENCE_OPENERS and not word[:1].islower()
        return False
    return bool(opener) or word[:1].isupper() or word[:1].isdigit()


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Return ``(start, end)`` spans (plus ``offset``) of the sentences in ``text``."""
    spans: list[tuple[int, int]] = []
    depths = _QuoteDepth(text) if ("“" in text or '"' in text) else None
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        depth = depths.at(end) if depths else 0
        closes_later = False
        if depth:
            window = text[end : end + _MAX_QUOTE]
            closes_later = _CLOSE_QUOTE in window or '"' in window
        if not _boundary_ok(text, end, match.start(), depth, closes_later):
            continue
        _append(text, start, end, offset, spans)
        start = end
    _append(text, start, len(text), offset, spans)
    return spans


def _append(text: str, start: int, end: int, offset: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start + offset, end + offset))
