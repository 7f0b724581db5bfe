"""Article bodies read on demand from the catalogue's own bytes (the browser's part read).

A DB read in part (``CorpusDB.open_part``) holds every article for its life, and the bodies
are most of them (10 MB of a 12 MB catalogue at 100k claims, 100 MB at 1M) while the browser
shows one article at a time. With ``bodies_on_demand`` each ``Article``'s body is replaced,
after the parse, by where its JSON string lies in the catalogue's bytes, and read from the
open file when asked for. It is still the one ``Article`` class: its ``body`` attribute is a
descriptor (installed here, over the slot's own, when the first body is left on disk) that returns the
text either way, so
``article.body``, ``dataclasses.replace``/``asdict``, pickling and orjson (which reads a slotted
dataclass's fields with ``getattr``) all see the body, and a writer that meets these articles
writes them whole.

The file stays open: the descriptor reads the very version parsed even after a write has
replaced the catalogue (writes replace, never rewrite in place). Each span was checked against
the parsed body when it was made (the body's own JSON encoding, byte for byte); a read checks
the quotes around it and fails closed (``CorruptDatabase``) if another program changed the
file in place. A catalogue whose bytes are not where they are expected (another writer's
escaping, spacing or order) keeps its bodies in memory, as before.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from corpus.model import Article
from store.errors import CorruptDatabase

_QUOTE = 0x22
_KEY = b'"body":'
CACHED = 4  # bodies kept after a read (the article open, the one before it, ...)


class _LazyBody:
    """``Article.body``: the slot's value, or the text read back when it holds a ``_Span``."""

    __slots__ = ("slot",)

    def __init__(self, slot: Any) -> None:
        self.slot = slot  # the slot's member descriptor

    def __get__(self, obj: Any, owner: Any = None) -> Any:
        if obj is None:
            return self
        value = self.slot.__get__(obj, owner)
        if type(value) is _Span:
            return value.bodies.read(value.start, value.end)
        return value

    def __set__(self, obj: Any, value: Any) -> None:
        self.slot.__set__(obj, value)

    def __delete__(self, obj: Any) -> None:
        self.slot.__delete__(obj)


def _slot() -> Any:
    found = Article.__dict__["body"]
    return found.slot if isinstance(found, _LazyBody) else found  # (installed by this module imported again)


def _install() -> None:
    """The descriptor in place of the slot's own, once a body is first read on demand: until then (a build,
    which reads every body from its file) ``article.body`` is the slot's, read in C (a build of 600 articles
    asks for a body 1.26 million times: ~1% of its CPU through the descriptor)."""
    if not isinstance(Article.__dict__["body"], _LazyBody):
        Article.body = _LazyBody(_SLOT)  # type: ignore[assignment,misc]


_SLOT = _slot()


class _Bodies:
    """One open version of a catalogue file, its bodies read by byte span."""

    __slots__ = ("__weakref__", "_cache", "_fd", "_lock", "path")

    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd = fd
        self._lock = threading.Lock()
        self._cache: OrderedDict[int, str] = OrderedDict()

    def read(self, start: int, end: int) -> str:
        with self._lock:
            found = self._cache.get(start)
            if found is not None:
                self._cache.move_to_end(start)
                return found
        try:
            raw = os.pread(self._fd, end - start + 2, start - 1)
        except OSError as exc:
            raise CorruptDatabase(self.path, f"cannot read an article body again ({exc.strerror})") from None
        body = None
        if len(raw) == end - start + 2 and raw[0] == _QUOTE and raw[-1] == _QUOTE:
            try:
                body = orjson.loads(raw)
            except orjson.JSONDecodeError:
                pass
        if not isinstance(body, str):
            raise CorruptDatabase(self.path, "changed in place while open (an article body moved)")
        with self._lock:
            self._cache[start] = body
            while len(self._cache) > CACHED:
                self._cache.popitem(last=False)
        return body

    def __del__(self) -> None:
        try:
            os.close(self._fd)
        except OSError:
            pass


class _Span:
    """Where one article's body lies in its catalogue: the bytes between the JSON quotes."""

    __slots__ = ("bodies", "end", "start")

    def __init__(self, bodies: _Bodies, start: int, end: int) -> None:
        self.bodies, self.start, self.end = bodies, start, end


def on_demand(path: Path, raw: bytes, fd: int, articles: Iterable[Article]) -> bool:
    """Let ``articles`` (parsed from ``raw``, in its order) read their bodies from ``fd`` (the
    file ``raw`` was read from, open; closed here, or when the last of them is gone) instead
    of holding them. False, and nothing changed, if a body is not found where the bytes
    should hold it."""
    bodies = _Bodies(path, fd)  # closes fd when dropped
    if not hasattr(os, "pread"):  # not on every platform: the bodies stay held
        return False
    spans: list[tuple[Article, int, int]] = []
    at = 0
    for article in articles:
        body = _SLOT.__get__(article, Article)
        if type(body) is not str:
            return False
        encoded = orjson.dumps(body)
        at = raw.find(_KEY, at)
        if at < 0 or not raw.startswith(encoded, at + len(_KEY)):
            return False
        start = at + len(_KEY) + 1  # after the opening quote
        end = start + len(encoded) - 2  # the closing quote
        spans.append((article, start, end))
        at = end + 1
    _install()
    for article, start, end in spans:
        _SLOT.__set__(article, _Span(bodies, start, end))
    return True


def held(article: Article) -> bool:
    """Whether ``article`` holds its body (rather than reading it from its catalogue)."""
    return type(_SLOT.__get__(article, Article)) is str
