"""A title-case headline read as a sentence writes it.

In "Ann Lee Wins Velmar Mayoral Race" every word is capitalised, so capitals tell no names: read as they stand,
"Wins" and "Mayoral Race" would be names. The reading lower-cases every word but those with evidence of a name,
keeping the line's length so offsets hold. The cross-references compare a title-case headline claim by it
(corpus/xref/features.as_read); the claim keeps its exact text.
"""

from __future__ import annotations

import re

from corpus.extract.coreference import given_name
from corpus.extract.entities import find_entities

_LINE = re.compile(r"[^\n]+")
_WORD = re.compile(r"\b[A-Za-z][\w’'.-]*")  # a whole word: not the "th" of "86th"
_CAPITALISED_WORD = re.compile(r"[A-Z][\w’'-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
# Words title case leaves small, or that are small in prose anyway.
_MINOR = frozenset("a an the of and or but in into on at to for by with from as vs via".split())
_TITLE_CASE_WORDS = 4  # capitalised words that make a line title case, not a sentence opening with names
_ALL_CAPS_WORDS = 3
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+\b")  # "NYPD", "IR", "G7" as the body writes them
_OPENS_A_SENTENCE = ".!?:;\"“”‘'([—–-"
_ABBREVIATION = 5  # "Dr.", "U.S.", "Gov.": a capitalised word this short before a stop does not end a sentence


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word.rstrip(".-"))


def is_title_case_line(line: str) -> bool:
    """ "Mayor Pledges Aid To Flood Towns": four or more words, every one capitalised but the minor ones."""
    significant = [w for w in _WORD.findall(line) if w.lower() not in _MINOR]
    return len(significant) >= _TITLE_CASE_WORDS and all(w[0].isupper() for w in significant)


def _opens_a_sentence(before: str) -> bool:
    """Does a word after ``before`` (the line up to it) open a sentence or a quotation? Not after "Dr." or "U.S."."""
    before = before.rstrip()
    if not before:
        return True
    if before[-1] in ".!?":
        last = before.split()[-1]
        return not (last[0].isupper() and len(last) <= _ABBREVIATION)
    return before[-1] in _OPENS_A_SENTENCE


# A page's address above its headline ("http: / / example. com / news / MAYOR-QUITS-OVER-DEAL"): its words are the
# headline's, in whatever case the site writes them, no prose.
_ADDRESS = re.compile(r"^\s*(?:https?\s*:|www\s*\.)", re.IGNORECASE)


def _prose_lines(body: str) -> list[str]:
    return [text for text in _LINE.findall(body) if not _ADDRESS.match(text)]


def _names_in_prose(body: str) -> set[str]:
    """Capitalised words the body writes inside a sentence (not opening one, not in a title-case line): names."""
    names: set[str] = set()
    for text in _prose_lines(body):
        if is_title_case_line(text):
            continue
        for m in _CAPITALISED_WORD.finditer(text):
            if not _opens_a_sentence(text[: m.start()]):
                names.add(_bare(m.group()))
    return names


def is_all_caps_line(line: str) -> bool:
    """ "MAYOR QUITS OVER PORT DEAL": three or more words, not one lower-case letter."""
    return len(_WORD.findall(line)) >= _ALL_CAPS_WORDS and not any(c.islower() for c in line)


def _all_caps_reading(line: str, body: str) -> str:
    """An all-capitals headline as a sentence writes it: a word keeps its capitals where the body writes it so
    ("NYPD"), its capital alone where the body writes it capitalised inside a sentence ("Klitschko") or it opens the
    line; the rest is lower case. Offsets hold."""
    names = _names_in_prose(body)
    acronyms = {a for text in _prose_lines(body) if not is_all_caps_line(text) for a in _ACRONYM.findall(text)}
    out = list(line)
    for i, m in enumerate(_WORD.finditer(line)):
        word = m.group()
        bare = _bare(word)
        if bare in acronyms and len(bare) > 1:
            continue
        keep_first = i == 0 or bare.capitalize() in names
        cased = (word[0] if keep_first else word[0].lower()) + word[1:].lower()
        if len(cased) == len(word):  # a letter whose lower case is longer ("İ") stays as written
            out[m.start() : m.end()] = cased
    return "".join(out)


def sentence_case_reading(line: str, body: str) -> str | None:
    """A title-case headline ("Ann Lee Wins Velmar Mayoral Race") as a sentence writes it ("Ann Lee wins Velmar
    mayoral race"), else None. A word keeps its capital when it opens the line, is an acronym, is a name the
    gazetteer knows or the body writes capitalised inside a sentence, or follows a given name ("Ann Lee"). An
    all-capitals headline ("ANN LEE WINS MAYORAL RACE") is read by the body's names alone (``_all_caps_reading``)."""
    if is_all_caps_line(line):
        return _all_caps_reading(line, body)
    if not is_title_case_line(line):
        return None
    names = _names_in_prose(body)
    known = [(m.start, m.end) for m in find_entities(line) if m.known]
    out = list(line)
    previous = ""
    for i, m in enumerate(_WORD.finditer(line)):
        word, after_given = m.group(), given_name(previous)
        previous = word
        if i == 0 or not word[0].isupper():
            continue
        if (len(word) > 1 and word.replace(".", "").isupper()) or _bare(word) in names or after_given:
            continue
        if any(s <= m.start() < e for s, e in known):
            continue
        out[m.start()] = word[0].lower()
    return "".join(out)
