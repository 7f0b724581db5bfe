"""A cheap test before a costly regular expression: the literal words any match must contain.

Python's regex engine tries a pattern at every position of the text unless the pattern opens with
a literal or a character class; a case-insensitive alternation of words opening with ``\\b`` ("the
phrases of a hedge", "what befell people") is tried in full at every word, 10-80 us a sentence.
Most sentences contain none of its words. ``required_literals`` reads from the parsed pattern a
few literal strings of which every match must contain one ("den", "dismiss", "false" ...);
``Prefiltered`` looks for them first (lower-cased for an ``IGNORECASE`` pattern) and runs the
pattern only where one is found. Only where that is exact: the part of the text the match must lie
in (``pos`` to ``endpos``) is searched, and a case-insensitive pattern is prefiltered on ASCII
text only (Unicode case-folding matches "K" (the kelvin sign) for "k", which ``str.lower`` does
not give). Matches, their order and everything the pattern returns are the pattern's own.

``prefilter(module, names)`` puts ``Prefiltered`` in place of those module-level patterns, so that
the rules calling them need no change; a name no longer there is passed over.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

_c: Any
_p: Any
try:  # the regex parser's own modules (Python 3.11+; by name: they are private)
    _c, _p = importlib.import_module("re._constants"), importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python: nothing is prefiltered
    _c = _p = None

__all__ = ["Prefiltered", "prefilter", "required_literals"]


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings, one of which every match of ``pattern`` contains (lower-cased when the pattern
    ignores case); None when no such set is read (then nothing is prefiltered)."""
    if _p is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the engine compiled it, so the parser takes it
        return None
    found = _required(list(parsed), bool(pattern.flags & re.IGNORECASE))
    if not found or any(not s for s in found):
        return None
    # a literal containing another is redundant: wherever it is, the shorter one is too
    kept = sorted(found, key=len)
    return frozenset(s for i, s in enumerate(kept) if not any(t in s for t in kept[:i]))


def _required(items: list[Any], icase: bool) -> set[str] | None:
    """One of the sequence's own requirements (the one whose shortest literal is longest): a run of
    literals, or a required group, alternation or repeated part's."""
    runs: list[set[str]] = []
    run: list[str] = []

    def close() -> None:
        if run:
            runs.append({"".join(run)})
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if ch.isascii():
                run.append(ch.lower() if icase else ch)
            else:
                close()
            continue
        close()
        need: set[str] | None = None
        if op is _c.SUBPATTERN:
            _group, add, remove, sub = av
            if not (add | remove) & re.IGNORECASE:
                need = _required(list(sub), icase)
        elif op is _c.BRANCH:
            each = [_required(list(branch), icase) for branch in av[1]]
            need = None if any(e is None for e in each) else set().union(*each)  # type: ignore[arg-type]
        elif op in _REPEATS:
            least, _most, sub = av
            if least >= 1:
                need = _required(list(sub), icase)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            need = _required(list(av), icase)
        # (assertions, anchors, classes, back-references: nothing required of the match's own text)
        if need:
            runs.append(need)
    close()
    best: set[str] | None = None
    for need in runs:
        if best is None or min(map(len, need)) > min(map(len, best)):
            best = need
    return best


_REPEATS = tuple(
    op for op in (getattr(_c, name, None) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")) if op
)
_END = sys.maxsize


def _engine_skips(literals: list[str], icase: bool) -> bool:
    """Whether one alternation of ``literals`` finds them faster than looking for each in turn: one literal (the
    engine searches for it as str does), or mostly capitalised ones in case-sensitive text (the engine skips
    every position whose letter opens none of them, most of a sentence)."""
    return len(literals) == 1 or (not icase and 2 * sum(s[:1].isupper() for s in literals) > len(literals))


class Prefiltered:
    """``pattern``, with ``search``, ``match``, ``fullmatch``, ``finditer``, ``findall``, ``sub`` and
    ``subn`` answering at once where the text holds none of ``literals`` (see the module's doc);
    anything else is the pattern's. (Its methods are closures kept on the instance: no lookups on a
    call that the prefilter answers, ~0.3 us.)"""

    def __init__(self, pattern: re.Pattern[str], literals: Iterable[str]) -> None:
        self._pattern = pattern
        self.pattern, self.flags, self.groups, self.groupindex = (
            pattern.pattern,
            pattern.flags,
            pattern.groups,
            pattern.groupindex,
        )
        self.literals = frozenset(literals)
        icase = bool(pattern.flags & re.IGNORECASE)
        ordered = sorted(self.literals, key=lambda s: (-len(s), s))  # (one order whatever the hash seed)
        scan: Callable[[str], Any]
        if _engine_skips(ordered, icase):
            # one scan for them all: a case-sensitive alternation of literals, which the engine skips through in C
            # (its compiled code is cached by its text, corpus/regex_cache.py)
            scan = re.compile("|".join(re.escape(s) for s in ordered)).search
        else:
            # each literal looked for in turn by str's own search, which skips through the text faster than the
            # engine tries an alternation of them at every position (over the hot patterns and the sentences of
            # the test articles: 1.3 us a text against 2.1)
            def scan(string: str, literals: tuple[str, ...] = tuple(ordered)) -> bool | None:
                for literal in literals:
                    if literal in string:
                        return True
                return None

        def absent(string: Any, pos: int, endpos: int) -> bool:
            """None of the literals is in ``string[pos:endpos]`` (bounded as the engine bounds them), where
            that proves that the pattern cannot match there."""
            if type(string) is not str:
                return False
            if pos or endpos < len(string):
                pos = min(max(pos, 0), len(string))
                string = string[pos : max(pos, min(endpos, len(string)))]
            if icase:
                return string.isascii() and scan(string.lower()) is None
            return scan(string) is None

        def guarded(method: Callable[..., Any], nothing: Callable[[], Any] | None) -> Callable[..., Any]:
            # (the common case, a whole str searched, tested here: one Python call less than ``absent``)
            if icase:

                def call(string: str, pos: int = 0, endpos: int = _END) -> Any:
                    if pos == 0 and endpos == _END and type(string) is str:
                        if string.isascii() and scan(string.lower()) is None:
                            return None if nothing is None else nothing()
                    elif absent(string, pos, endpos):
                        return None if nothing is None else nothing()
                    return method(string, pos, endpos)

            else:

                def call(string: str, pos: int = 0, endpos: int = _END) -> Any:
                    if pos == 0 and endpos == _END and type(string) is str:
                        if scan(string) is None:
                            return None if nothing is None else nothing()
                    elif absent(string, pos, endpos):
                        return None if nothing is None else nothing()
                    return method(string, pos, endpos)

            return call

        self.search = guarded(pattern.search, None)
        self.match = guarded(pattern.match, None)
        self.fullmatch = guarded(pattern.fullmatch, None)
        self.finditer = guarded(pattern.finditer, lambda: iter(()))
        self.findall = guarded(pattern.findall, list)
        raw_sub, raw_subn = pattern.sub, pattern.subn

        def sub(repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
            return string if absent(string, 0, _END) else raw_sub(repl, string, count)

        def subn(repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
            return (string, 0) if absent(string, 0, _END) else raw_subn(repl, string, count)

        self.sub, self.subn = sub, subn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)

    def __repr__(self) -> str:
        return f"Prefiltered({self._pattern!r})"


def prefilter(module: ModuleType, names: Iterable[str]) -> None:
    """Each of the module's patterns ``names`` prefiltered by its required literals (where it has any)."""
    for name in names:
        pattern = getattr(module, name, None)
        if not isinstance(pattern, re.Pattern):
            continue  # gone, renamed, or already prefiltered
        literals = required_literals(pattern)
        if literals:
            setattr(module, name, Prefiltered(pattern, literals))


# The patterns the extraction and the cross-referencer ask of most sentences or pairs that match few of
# them, where the prefilter saves the most (measured by replaying every call a build of 200 synthetic and
# the 109 test articles made: ~4% of its CPU). A pattern that matches most texts it is asked of gains
# nothing from it (it is then tried twice), and a cheap one loses the call it adds: those are left out.
# (Session 27 timed every module-level pattern of corpus/ over a build of 300 synthetic articles and the
# 109 test articles, and added each whose time on texts lacking its literals outweighed ~0.6 us a call on
# both: the rules added since had made new hot ones. 100 synthetic articles: 10.4% fewer instructions with
# the literals' search below, ~4% less CPU.)
# (Session 28 replayed every call each of them got in such a build, plain and prefiltered: 20 cost more
# prefiltered on both sets of articles, each asked of a word or a short span (a name's last word, the 20
# characters before a figure, a match at one place), where the prefilter's call and its scan for many literals
# outweigh the engine's quick failure. They were left out: the same process switching between the two sets,
# 200 synthetic articles 5.22 -> 5.12 s, the 109 test articles 0.616 -> 0.609 s, medians of 6 and 10.)
HOT: dict[str, tuple[str, ...]] = {
    "corpus.extract.attribution": (
        "_AGENTLESS",
        "_COMPARED_WITH_WHAT",
        "_OF_WHOM",
        "_RELATIVE_END",
        "_RESPONDENTS",
        "_ROLE_KICKER",
        "_SAYING_PARTICIPLE",
        "_SHARE_POLLED",
        "_STUDY_FOUND",
        "_SUBORDINATE_OPENS",
        "_THAT_CLAUSE_SUBJECT",
        "_TITLE_CASE_CUE",
        "_TRAILING_PARTICIPLE",
        "_TRAILING_QUANTIFIER",
        "_WHO_END",
    ),
    "corpus.extract.claims": (
        "_ASKS",
        "_FORECAST",
        "_FORECAST_OR_RECORD",
        "_NONE_EXISTS",
        "_NONE_HARMED",
        "_SAYING_PLACED",
        "_UNVERIFIED",
    ),
    "corpus.extract.coreference": ("_GENDERED_HEAD", "_KIN_BEFORE"),
    "corpus.extract.dates": (
        "_ANY_YEAR",
        "_COMPARED_POINT_BEFORE",
        "_COMPARED_WITH",
        "_FIGURE_AT_POINT_BEFORE",
        "_FIGURE_COMPARED_WITH",
        "_MONTHS_TO",
        "_PLAN_FOR_BEFORE",
        "_SINCE_BEFORE",
        "_SPAN_OPEN",
        "_TERM_TO_BEFORE",
        "_TOLD_BEFORE",
    ),
    "corpus.extract.furniture": ("_CREDIT_LINE", "_REPORTED_FROM"),
    "corpus.extract.measures": (
        "_AMONG_THE_HURT",
        "_BODIES_AFTER",
        "_CHANGED_OBJECT",
        "_PEOPLE_AS_WRITTEN",
        "_SUM_NAMED_BEFORE",
        "_UNIT_AFTER",
    ),
    "corpus.extract.quantities": (
        "_AGE_RULE_BEFORE",
        "_CLOCK_AFTER",
        "_DIRECTION_BEFORE",
        "_PARENT_OF_BEFORE",
        "_PER_POPULATION_WORD",
        "_PER_TIME_WORD",
        "_STOCK_INDEX",
    ),
    "corpus.extract.speakers": ("_ACTS_FOR", "_MADE_FOR"),
    "corpus.extract.topics": ("_PREFIX",),
    "corpus.xref.anaphora": ("_REFERENCE", "_STANDS_BY"),
    "corpus.xref.disputes": ("_CONTRADICTS", "_PLANNED", "_SAYING"),
    "corpus.xref.features": (
        "_AGAINST_A_FORECAST_OF",
        "_CONFIRMED_AFTER_DENIAL",
        "_CONTRAST",
        "_DAMAGE_BEFORE",
        "_DISPUTED_BEFORE",
        "_FORECAST",
        "_FOUND_NONE",
        "_INCREMENT",
        "_LIMIT_BEFORE",
        "_NEW_TOTAL",
        "_PLEDGE",
        "_QUANTIFIER_OF",
        "_RECALLED_DENIAL",
        "_REQUEST_BEFORE",
        "_SUBJECT_WITHHOLDS",
        "_SUPERSEDED",
        "_TARGET_BEFORE",
        "_TOTAL_TO_BEFORE",
        "_WITHHELD",
    ),
    "corpus.xref.forewarned": ("_WARNED",),
    "corpus.xref.frames": ("_DIED_OF_INJURIES", "_PAY", "_RISK_BEFORE"),
    "corpus.xref.origins": ("_UNNAMED_REPORTS",),
    "corpus.xref.relations": (
        "_ADDS_TO_TOLD",
        "_HAPPENING_NOUN",
        "_INCLUDING",
        "_NONE_EXIST",
        "_PROJECTED",
        "_RESULTS",
        "_REVISED_DOWN",
        "_SEPARATE_EVENT",
        "_SET_AGAINST",
        "_SO_FAR",
        "_TOLD_ON",
    ),
    "corpus.xref.revisions": ("_MISSING",),
    "corpus.xref.statements": ("_PASSIVE_BEFORE", "_POSITION", "_SUBORDINATE", "_YEAR"),
    "corpus.xref.subjects": ("_VOTE_KIND",),
}


def prefilter_hot(path: Path | None = None) -> None:
    """``prefilter`` on each of ``HOT``'s modules that is imported (the pipeline calls it once it has them).
    Each pattern's literals are kept in a file beside the modules' bytecode (``path``), by its text and
    flags: reading them from its parse costs ~30 ms, at every start of a process that imports the pipeline."""
    path = path or Path(__file__).with_name("__pycache__") / f"prefilter.{sys.implementation.cache_tag}.marshal"
    try:
        known = marshal.loads(path.read_bytes())
        if not isinstance(known, dict):
            known = {}
    except (OSError, ValueError, EOFError, TypeError):
        known = {}
    made = False
    for name, patterns in HOT.items():
        module = sys.modules.get(name)
        if module is None:
            continue
        for attribute in patterns:
            pattern = getattr(module, attribute, None)
            if not isinstance(pattern, re.Pattern) or not isinstance(pattern.pattern, str):
                continue  # gone, renamed, or already prefiltered
            key = (pattern.pattern, int(pattern.flags))
            literals = known.get(key, False)
            if literals is False:
                found = required_literals(pattern)
                literals = known[key] = tuple(sorted(found)) if found else None
                made = True
            if literals and isinstance(literals, tuple) and all(isinstance(s, str) and s for s in literals):
                setattr(module, attribute, Prefiltered(pattern, literals))
    if made:
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            path.parent.mkdir(exist_ok=True)
            temporary.write_bytes(marshal.dumps(known))
            os.replace(temporary, path)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                temporary.unlink()
