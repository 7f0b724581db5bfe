"""Regular expressions compiled as they were by the last process (``compiled_once``).

The extraction's modules compile ~600 regular expressions when imported, and more on first use
(the gazetteer's, the figures' roles): ~0.15 s of CPU in every process that extracts (a whole
`factscope add` is ~0.6 s), nearly all of it in Python's own parser and code generator
(``re._parser``, ``re._compiler``), whose output is a function of the pattern, its flags and the
Python build alone. Inside ``compiled_once`` a pattern's compiled code is taken from a cache file
(in ``corpus/__pycache__``, beside the modules' own bytecode, keyed by the Python build and its
regex engine; written whether or not Python writes bytecode) and handed to the engine
(``_sre.compile``, which checks it) as ``re`` does. A pattern not there, or whose code the engine
refuses, is compiled as ``re`` compiles it and checked equal to what ``re`` gives; when the
outermost block ends, the patterns made this way are added to the file (atomically; entries no
longer used are dropped once they outnumber the used ones), unless they are a few cheap ones
(``WORTH_A_WRITE``: most are made of an article's own names, which no later process asks for). Nothing changes where the file cannot
be read or written, or on a Python without these internals.
"""

from __future__ import annotations

import contextlib
import importlib
import marshal
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

Key = tuple[str | bytes, int]
_SPARE = 512  # unused entries kept beyond the used ones before the file is pruned
# The code words (~0.5 µs of parsing and compiling each) that the patterns a process made must come to before it
# writes them to a file that holds others: a name's pattern is ~40, the extraction's largest alternations 1,000-2,600.
WORTH_A_WRITE = 2048


def default_path() -> Path:
    return Path(__file__).with_name("__pycache__") / f"patterns.{sys.implementation.cache_tag}.marshal"


_MAGIC = b"factscope-patterns-2\n"  # then the index's length (8 bytes), the index, the entries


def read_entries(raw: bytes) -> tuple[Any, dict[Key, bytes | memoryview]] | None:
    """A cache file's build and its entries, each still marshalled (a view of ``raw``); None if it
    is not such a file. Only the index is unmarshalled: an entry is read when its pattern is."""
    if not raw.startswith(_MAGIC):
        return None
    at = len(_MAGIC) + 8
    size = int.from_bytes(raw[len(_MAGIC) : at], "little")
    build, index = marshal.loads(memoryview(raw)[at : at + size])
    if not isinstance(index, dict):
        return None
    entries = memoryview(raw)[at + size :]
    return build, {key: entries[start : start + length] for key, (start, length) in index.items()}


def file_bytes(build: Any, entries: dict[Key, bytes | memoryview]) -> bytes:
    """``read_entries``'s file: the build and an index of where each marshalled entry lies, then them."""
    index: dict[Key, tuple[int, int]] = {}
    at = 0
    for key, entry in entries.items():
        index[key] = (at, len(entry))
        at += len(entry)
    head = marshal.dumps((build, index))
    return b"".join([_MAGIC, len(head).to_bytes(8, "little"), head, *entries.values()])


class _Cache:
    """One cache file's patterns, as read by this process and made since. Only the file's index is
    unmarshalled, an entry when its pattern is compiled (``entry``), and the file is held only while
    a block is open (``read``, ``release``): unmarshalled whole, its ~800 patterns' code was ~5 MB of
    Python lists, kept for the life of a process (the browser imports the extraction for its views)."""

    def __init__(self, path: Path, build: tuple[Any, ...]) -> None:
        self.path, self.build = path, build
        self.stored: dict[Key, bytes | memoryview] = {}  # marshalled, as in the file
        self.used: set[Key] = set()  # by any block of this process: what a save keeps
        self.made: dict[Key, tuple[Any, ...]] = {}
        self.read()

    def read(self) -> None:
        try:
            found = read_entries(self.path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            found = None
        self.stored = found[1] if found is not None and found[0] == self.build else {}

    def release(self) -> None:
        """Forget the file's patterns (saved first: ``save``); the next block reads them again."""
        self.stored = {}

    def entry(self, key: Key) -> tuple[Any, ...] | None:
        """What ``key``'s pattern compiles to, made in this process or from the file; None if neither."""
        made = self.made.get(key)
        if made is not None:
            return made
        stored = self.stored.get(key)
        if stored is None:
            return None
        try:
            entry = marshal.loads(stored)
        except (ValueError, EOFError, TypeError):
            return None
        return entry if isinstance(entry, tuple) else None

    def save(self) -> None:
        if not self.made:
            return
        damaged = any(key in self.stored for key in self.made)  # an entry the engine refused, made again
        if self.stored and not damaged and sum(len(made[1]) for made in self.made.values()) < WORTH_A_WRITE:
            # a few cheap patterns, most made from an article's own words (a name, a phrase) that no later
            # process asks for again: writing the whole file (~6 MB, ~10-25 ms) would cost more than they save
            return
        kept: dict[Key, bytes | memoryview] = {
            **self.stored,
            **{key: marshal.dumps(made) for key, made in self.made.items()},
        }
        if len(kept) > 2 * len(self.used) + _SPARE:  # mostly patterns no longer used
            kept = {key: kept[key] for key in self.used if key in kept}
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(exist_ok=True)
            temporary.write_bytes(file_bytes(self.build, kept))
            os.replace(temporary, self.path)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                temporary.unlink()
            return
        self.made = {}


_caches: dict[Path, _Cache] = {}
_lock = threading.Lock()
_open: list[tuple[_Cache, Any]] = []  # per block open (in any thread): the outermost's cache, re's own compile


@contextlib.contextmanager
def compiled_once(path: Path | None = None) -> Iterator[None]:
    """Patterns compiled inside this block (in any thread) taken from, and added to, the cache
    file at ``path`` (default: ``corpus/__pycache__``). Blocks nest: an inner one uses the
    outermost's file."""
    try:
        internals: list[Any] = [importlib.import_module(name) for name in ("_sre", "re._compiler", "re._parser")]
        _sre, _compiler, _parser = internals
        code_of, engine, debug = _compiler._code, _sre.compile, _compiler.SRE_FLAG_DEBUG
    except (ImportError, AttributeError):  # another Python: compiled as ever
        yield
        return
    with _lock:
        if _open:
            _open.append(_open[0])
        else:
            where = path or default_path()
            cache = _caches.get(where)
            if cache is None:
                cache = _caches[where] = _Cache(where, (sys.version, _sre.MAGIC, _sre.CODESIZE))
            else:
                cache.read()  # released when the last block ended
            original = _compiler.compile
            _compiler.compile = _compiling(cache, original, _parser.parse, code_of, engine, debug)
            _open.append((cache, original))
    try:
        yield
    finally:
        with _lock:
            cache, original = _open.pop()
            if not _open:
                _compiler.compile = original
                cache.save()
                cache.release()


def _compiling(cache: _Cache, original: Any, parse: Any, code_of: Any, engine: Any, debug: int) -> Any:
    """``re._compiler.compile`` through ``cache``."""

    def compiled(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & debug:
            return original(pattern, flags)
        key = (pattern, int(flags))
        made = cache.entry(key)
        if made is not None:
            try:
                found = engine(pattern, *made)
            except Exception:  # not code the engine takes (a damaged file): made again
                pass
            else:
                cache.used.add(key)
                return found
        parsed = parse(pattern, flags)  # as ``re._compiler.compile`` does
        groups = parsed.state.groupdict
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groups.items():
            indexgroup[i] = name
        code = [int(op) for op in code_of(parsed, flags)]  # its opcodes are named ints: stored as ints
        made = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, dict(groups), tuple(indexgroup))
        found, expected = engine(pattern, *made), original(pattern, flags)
        if found != expected:  # not as ``re`` makes it (another Python's internals): not kept
            return expected
        cache.used.add(key)
        cache.made[key] = made
        return found

    return compiled
