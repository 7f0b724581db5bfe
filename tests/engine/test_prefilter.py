"""corpus/prefilter.py: a pattern answers at once where none of its required words is in the text, and
otherwise exactly as the pattern does (same matches, same order, same groups)."""

from __future__ import annotations

import random
import re
import sys
from types import ModuleType

import corpus.pipeline  # noqa: F401  (puts the prefilter in place: prefilter_hot)
from corpus.prefilter import HOT, Prefiltered, prefilter, prefilter_hot, required_literals


def _same(raw: re.Pattern[str], fast: Prefiltered, text: str, pos: int = 0, endpos: int = sys.maxsize) -> None:
    def spans(found):
        return None if found is None else (found.span(), found.groups())

    assert spans(fast.search(text, pos, endpos)) == spans(raw.search(text, pos, endpos))
    assert spans(fast.match(text, pos, endpos)) == spans(raw.match(text, pos, endpos))
    assert spans(fast.fullmatch(text, pos, endpos)) == spans(raw.fullmatch(text, pos, endpos))
    assert [spans(m) for m in fast.finditer(text, pos, endpos)] == [spans(m) for m in raw.finditer(text, pos, endpos)]
    assert fast.findall(text, pos, endpos) == raw.findall(text, pos, endpos)
    assert fast.sub("<>", text) == raw.sub("<>", text)
    assert fast.subn("<>", text) == raw.subn("<>", text)


def test_required_literals_of_words_alternatives_and_repeats():
    assert required_literals(re.compile(r"\b(?:denied|rejected)\s+(?:the\s+)?reports?\b", re.I)) == {
        "denied",
        "rejected",
    }
    assert required_literals(re.compile(r"\bStood\s+by\b")) == {"Stood"}  # (the longest run of its own)
    assert required_literals(re.compile(r"(?:ab)+c", re.I)) == {"ab"}
    assert required_literals(re.compile(r"(?:toll|deaths?)", re.I)) == {"toll", "death"}  # "deaths" holds "death"
    # nothing every match must contain: an optional word, a class, a look-around, a branch with no literal
    assert required_literals(re.compile(r"(?:said\s+)?\d+")) is None
    assert required_literals(re.compile(r"(?<=said )\w+")) is None
    assert required_literals(re.compile(r"(?:killed|\d+)")) is None
    assert required_literals(re.compile(r"(?i:killed)")) is None  # (a scoped case flag: not read)


def test_a_case_insensitive_pattern_matches_unicode_case_forms_the_prefilter_cannot_see():
    # U+212A KELVIN SIGN matches "k" when case is ignored, yet "\u212a".lower() is "k" only by chance of this
    # one; U+0130 ("İ") lowers to two characters: non-ASCII text is always given to the pattern itself.
    raw = re.compile(r"\bkills\b", re.IGNORECASE)
    fast = Prefiltered(raw, required_literals(raw))
    for text in ("The blast \u212aILLS two", "KİLLS", "kills", "nothing here", "ki lls"):
        _same(raw, fast, text)
    assert fast.search("The blast \u212aILLS two") is not None


def test_the_bounds_of_a_search_are_the_engines_own():
    raw = re.compile(r"\b(?:denied|rejected)\b", re.IGNORECASE)
    fast = Prefiltered(raw, required_literals(raw))
    text = "The ministry denied it; the union rejected it."
    for pos in (-50, -3, 0, 4, 13, 14, 40, 100):
        for endpos in (-5, 0, 10, 19, 20, 45, 1000, sys.maxsize):
            _same(raw, fast, text, pos, endpos)
    assert fast.search(text, -5) is not None  # a negative start is the string's start, not its last characters


def test_every_hot_pattern_answers_as_the_pattern_on_random_news_like_text():
    rng = random.Random(23)
    words = (
        "the a of to and said police killed injured denied rejected forecast expected could may would will "
        "more new another further about nearly 12 2,000 1999 2024 % percent per year week day people jobs "
        "estimate figure count toll data respondents voters surveyed contradicting account version statement "
        "Reuters AP AFP Credit Photo reported from including results revised down set against stood by its "
        "number including at least up to sister brother wife daughter husband son mother father "
        "presidential parliamentary election vote none harmed no one was hurt ."
    ).split()
    patterns = []
    for module_name, names in HOT.items():
        module = sys.modules[module_name]
        for name in names:
            fast = getattr(module, name, None)
            if isinstance(fast, Prefiltered):
                patterns.append(fast)
    assert len(patterns) >= len(sum(HOT.values(), ())) // 2  # most are in place (names may come and go)
    for fast in patterns:
        raw = fast._pattern
        # (its own literals among the words, in either case: texts where it is tried as well as those it skips)
        own = words + sorted(fast.literals) + sorted(s.upper() for s in fast.literals)
        for _ in range(300):
            text = " ".join(rng.choice(own) for _ in range(rng.randint(0, 25)))
            text = text if rng.random() < 0.5 else text.capitalize()
            _same(raw, fast, text, rng.randint(-3, 40), rng.choice((sys.maxsize, rng.randint(0, 120))))


def test_prefilter_passes_over_missing_names_and_patterns_without_literals():
    module = ModuleType("fake_rules")
    module._WORDS = re.compile(r"\bdenied\b", re.I)  # type: ignore[attr-defined]
    module._DIGITS = re.compile(r"\d+")  # type: ignore[attr-defined]
    prefilter(module, ("_WORDS", "_DIGITS", "_GONE"))
    assert isinstance(module._WORDS, Prefiltered) and module._WORDS.pattern == r"\bdenied\b"
    assert isinstance(module._DIGITS, re.Pattern)  # nothing it could look for first: left as it was
    assert module._WORDS.search("It DENIED that").group() == "DENIED"


def test_the_literals_file_is_read_by_pattern_text_and_a_damaged_one_is_made_again(tmp_path, monkeypatch):
    module = ModuleType("fake_hot")
    module._P = re.compile(r"\bstood\s+by\b", re.I)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "fake_hot", module)
    monkeypatch.setattr("corpus.prefilter.HOT", {"fake_hot": ("_P",)})
    cache = tmp_path / "literals.marshal"
    cache.write_bytes(b"not marshal at all")
    prefilter_hot(cache)
    assert isinstance(module._P, Prefiltered) and module._P.literals == {"stood"}
    module._P = re.compile(r"\bstands\s+by\b", re.I)  # another pattern under the name: its own literals
    prefilter_hot(cache)
    assert module._P.literals == {"stands"}
    assert module._P.search("He stood by it") is None and module._P.search("She STANDS by it") is not None


def test_the_patterns_asked_of_every_claim_pair_and_date_are_prefiltered():
    """Patterns asked of every pair of claims or every date a sentence gives, which match few: a rename
    that left them out of ``HOT`` would cost a build ~8% more CPU, silently."""
    from corpus.extract import dates
    from corpus.xref import features, relations, statements

    for pattern in (
        relations._NONE_EXIST,
        features._DISPUTED_BEFORE,
        statements._POSITION,
        dates._PLAN_FOR_BEFORE,
        dates._COMPARED_POINT_BEFORE,
    ):
        assert isinstance(pattern, Prefiltered), pattern
    assert relations._NONE_EXIST.search("Officials said there were no talks with the company") is not None
    assert relations._NONE_EXIST.search("Talks with the company resumed on Monday") is None


def test_the_patterns_asked_of_a_few_words_are_left_plain():
    """A pattern asked of a word or a short span (a name's last word, 20 characters before a figure, a match at
    one place) runs faster than the prefilter's own call and scans: replayed over a build of the synthetic and the
    test articles, each of these cost more prefiltered than plain (session 28)."""
    from corpus.extract import attribution, dates, entities
    from corpus.xref import features, statements

    for pattern in (
        entities._ADJECTIVE_SUFFIX,
        entities._EVENT_WORDS,
        attribution._VERB,
        dates._WHEN_AFTER,
        features._THE_ROLE,
        features._REJECTED_BEFORE,
        statements._AUXILIARY,
    ):
        assert isinstance(pattern, re.Pattern), pattern
