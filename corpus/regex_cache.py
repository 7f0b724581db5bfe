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
longer used are dropped once they outnumber the used ones). Nothing changes where the file cannot
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


def default_path() -> Path:
    return Path(__file__).with_name("__pycache__") / f"patterns.{sys.implementation.cache_tag}.marshal"


class _Cache:
    """One cache file's patterns, as read by this process and made since."""

    def __init__(self, path: Path, build: tuple[Any, ...]) -> None:
        self.path, self.build = path, build
        try:
            stored_build, stored = marshal.loads(path.read_bytes())
            if stored_build != build or not isinstance(stored, dict):
                stored = {}
        except (OSError, ValueError, EOFError, TypeError):
            stored = {}
        self.stored: dict[Key, tuple[Any, ...]] = stored
        self.used: set[Key] = set()
        self.made: dict[Key, tuple[Any, ...]] = {}

    def save(self) -> None:
        if not self.made:
            return
        kept = {**self.stored, **self.made}
        if len(kept) > 2 * len(self.used) + _SPARE:  # mostly patterns no longer used
            kept = {key: kept[key] for key in self.used if key in kept}
        self.stored, self.made = kept, {}
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(exist_ok=True)
            temporary.write_bytes(marshal.dumps((self.build, kept)))
            os.replace(temporary, self.path)
        except (OSError, ValueError):
            with contextlib.suppress(OSError):
                temporary.unlink()


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


def _compiling(cache: _Cache, original: Any, parse: Any, code_of: Any, engine: Any, debug: int) -> Any:
    """``re._compiler.compile`` through ``cache``."""

    def compiled(pattern: Any, flags: int = 0) -> Any:
        if not isinstance(pattern, (str, bytes)) or flags & debug:
            return original(pattern, flags)
        key = (pattern, int(flags))
        made = cache.made.get(key) or cache.stored.get(key)
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
