"""The extraction's regular expressions compiled once (``corpus.regex_cache.compiled_once``): the code a
pattern compiles to is kept in a cache file and handed to the engine by the next process, giving the
same patterns as ``re`` without parsing them again; a damaged or foreign cache changes nothing."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from corpus import regex_cache
from corpus.regex_cache import compiled_once

PATTERNS = [
    (r"(?P<value>\d+(?:[.,]\d+)?)\s*(?P<unit>per ?cent|%)", 0),
    (r"\b(?:said|told|according to)\b", re.IGNORECASE),
    (r"^(\w+)\s+\1$", re.MULTILINE),
    (rb"[\x00-\x1f]+", 0),
    (r"(?i)rose (?:by|to) (\d+)(?=\s)", 0),
]
TEXTS = ["up 4.5 per cent", "As she TOLD us", "very very", b"a\x01\x02b", "It ROSE BY 12 points"]


@pytest.fixture(autouse=True)
def as_a_new_process() -> None:
    regex_cache._caches.clear()  # each block below reads its file as the next process would


def _entries(path: Path) -> tuple[object, dict]:
    found = regex_cache.read_entries(path.read_bytes())
    assert found is not None
    return found[0], {key: marshal.loads(entry) for key, entry in found[1].items()}


def _file(build: object, entries: dict) -> bytes:
    return regex_cache.file_bytes(build, {key: marshal.dumps(entry) for key, entry in entries.items()})


def _compiled() -> list[re.Pattern]:
    re.purge()  # through re.compile, as a module compiles them at import
    return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def _reference() -> list[re.Pattern]:
    re.purge()
    return _compiled()


def _behaviour(patterns: list[re.Pattern]) -> list[object]:
    found: list[object] = []
    for pattern, text in zip(patterns, TEXTS, strict=True):
        match = pattern.search(text)
        found.append((pattern.groupindex, pattern.groups, match and (match.span(), match.groups())))
    return found


def test_patterns_are_compiled_once_and_then_taken_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "patterns.marshal"
    reference = _reference()
    with compiled_once(cache):
        first = _compiled()
    assert first == reference and _behaviour(first) == _behaviour(reference)
    assert cache.exists()

    def no_parsing(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("parsed again")

    parse = re._parser.parse  # type: ignore[attr-defined]
    monkeypatch.setattr(re._parser, "parse", no_parsing)  # type: ignore[attr-defined]
    regex_cache._caches.clear()
    with compiled_once(cache):
        again = _compiled()
    monkeypatch.setattr(re._parser, "parse", parse)  # type: ignore[attr-defined]
    assert again == reference and _behaviour(again) == _behaviour(reference)
    assert re._compiler.compile is not None and "compiled" not in re._compiler.compile.__qualname__  # type: ignore[attr-defined]


def test_a_damaged_or_foreign_cache_changes_nothing_and_is_written_again(tmp_path: Path) -> None:
    cache = tmp_path / "patterns.marshal"
    reference = _reference()
    with compiled_once(cache):
        _compiled()
    build, stored = _entries(cache)
    key = (PATTERNS[0][0], PATTERNS[0][1])
    flags, code, groups, groupindex, indexgroup = stored[key]
    stored[key] = (flags, [999_999, *code], groups, groupindex, indexgroup)  # code the engine refuses
    cache.write_bytes(_file(build, stored))
    regex_cache._caches.clear()
    with compiled_once(cache):
        assert _compiled() == reference
    assert _entries(cache)[1][key][1] == code  # made again, and kept right
    whole = {k: marshal.dumps(v) for k, v in stored.items()}
    unreadable = {**whole, key: b"not marshal"}
    for damaged in (
        b"not marshal",
        marshal.dumps((build, stored)),  # the layout before entries were read one by one
        _file(("another python",), stored),
        regex_cache.file_bytes(build, unreadable),
        regex_cache._MAGIC + b"\xff" * 8,
        regex_cache._MAGIC + (3).to_bytes(8, "little") + marshal.dumps([1, 2]),
    ):
        cache.write_bytes(damaged)
        regex_cache._caches.clear()
        with compiled_once(cache):
            patterns = _compiled()
        assert patterns == reference and _behaviour(patterns) == _behaviour(reference)
        assert _entries(cache)[0] == build


def test_a_cache_that_cannot_be_written_changes_nothing(tmp_path: Path) -> None:
    blocked = tmp_path / "a file" / "patterns.marshal"
    (tmp_path / "a file").write_text("not a directory")
    with compiled_once(blocked):
        assert _compiled() == _reference()
    assert not blocked.exists()


def test_blocks_nest_and_in_threads_use_the_outermost_file(tmp_path: Path) -> None:
    import threading

    outer, inner = tmp_path / "outer.marshal", tmp_path / "inner.marshal"
    compile_ = re._compiler.compile  # type: ignore[attr-defined]
    with compiled_once(outer):
        with compiled_once(inner):
            nested = _compiled()
        found: list[list[re.Pattern]] = []
        worker = threading.Thread(target=lambda: found.append(_compiled()))
        worker.start()
        worker.join()
        assert not outer.exists()  # written when the outermost block ends
    assert re._compiler.compile is compile_  # type: ignore[attr-defined]
    assert nested == found[0] == _reference()
    assert not inner.exists()
    assert set(_entries(outer)[1]) == {(p, int(f)) for p, f in PATTERNS}


def test_a_process_holds_the_cached_patterns_only_while_a_block_is_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The browser imports the extraction in a block and runs for hours: the file's patterns (~5 MB of
    code lists) are let go when the block ends, and a later block in the process reads them again."""
    cache = tmp_path / "patterns.marshal"
    reference = _reference()
    with compiled_once(cache):
        _compiled()
    regex_cache._caches.clear()  # a new process
    with compiled_once(cache):
        assert len(regex_cache._caches[cache].stored) == len(PATTERNS)
        _compiled()
    assert regex_cache._caches[cache].stored == {}

    def no_parsing(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("parsed again")

    parse = re._parser.parse  # type: ignore[attr-defined]
    monkeypatch.setattr(re._parser, "parse", no_parsing)  # type: ignore[attr-defined]
    with compiled_once(cache):  # the same process, a later block: from the file, not parsed again
        again = _compiled()
    monkeypatch.setattr(re._parser, "parse", parse)  # type: ignore[attr-defined]
    assert again == reference and _behaviour(again) == _behaviour(reference)


def test_a_few_cheap_new_patterns_do_not_rewrite_the_file_and_a_costly_one_does(tmp_path: Path) -> None:
    """An add compiles a pattern of each new name it meets (~40 code words each, made of the article's own
    words, never asked for again): rewriting the whole file (~6 MB) for them cost more than they save."""
    cache = tmp_path / "patterns.marshal"
    with compiled_once(cache):
        _compiled()
    written = cache.read_bytes()
    regex_cache._caches.clear()
    names = ["Port Meridia", "Isabelle Khurshudyan", "Valmora", "South Korea"]
    with compiled_once(cache):
        cheap = [re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])") for name in names]
    assert cache.read_bytes() == written
    assert [p.search(f"said {name} on Monday") is not None for p, name in zip(cheap, names, strict=True)] == [True] * 4
    regex_cache._caches.clear()
    words = sorted({f"{a}{b}{c}{d}" for a in "bcdfg" for b in "aeiou" for c in "lmnrst" for d in "aeiou"})  # 750
    costly = rf"\b(?:{'|'.join(words)})\b"
    with compiled_once(cache):
        re.compile(costly)
    assert set(_entries(cache)[1]) == {*((p, int(f)) for p, f in PATTERNS), (costly, 0)}


def test_the_patterns_made_of_a_set_of_words_are_the_same_text_in_every_process() -> None:
    """A set's order changes with the process's string hashes: a pattern joined from it in that order was a new
    pattern to the cache in every process (compiled, then the whole file written again)."""
    import os
    import subprocess
    import sys

    code = (
        "import json, re\n"
        "made = []\n"
        "compile_ = re._compiler.compile\n"
        "re._compiler.compile = lambda pattern, flags=0: made.append(str(pattern)) or compile_(pattern, flags)\n"
        "import corpus.pipeline\n"
        "from corpus.extract import measures\n"
        "from corpus.xref import features\n"
        "print(json.dumps([made, measures._NUMBER_NEXT.pattern, features._A_NUMBER]))\n"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(runs) == 1
