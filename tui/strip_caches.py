"""Textual's ``Strip`` made with cheaper caches.

Every ``Strip`` (a line of a widget, or a piece of one as the compositor cuts lines at the
widgets' edges) makes seven ``FIFOCache`` objects as it is made, one per operation it may
cache (crop, divide, style, ...), each a Python ``__init__`` setting four slots. Drawing a frame
makes thousands of strips, most of them used once: the browser's first useful frame at 120x40
made ~2,900 strips and ~20,000 caches, ~2.7 µs of CPU a strip (~8 ms of that frame; every later
frame pays in proportion to what it draws).

:func:`install` gives ``Strip.__init__`` caches that are ``dict`` subclasses with no
``__init__`` of their own (made in C, ~6x cheaper) and the same behaviour: bounded to the same
sizes (4 or 16 entries), the first entry put in is the first dropped, ``get`` and item
assignment as ``Strip`` uses them. Everything else about a strip is Textual's. It is installed
only over the ``Strip.__init__`` it was written against (Textual 8.2.8's: the same slots, the
same names set in the same order, the same sizes): another one keeps its own caches.
"""

from __future__ import annotations

from typing import Any

# Textual 8.2.8's Strip slots: the caches this module replaces, and the rest its __init__ sets.
STRIP_SLOTS = frozenset(
    {
        "_segments",
        "_cell_length",
        "_divide_cache",
        "_crop_cache",
        "_style_cache",
        "_filter_cache",
        "_render_cache",
        "_line_length_cache",
        "_crop_extend_cache",
        "_offsets_cache",
        "_link_ids",
        "_cell_count",
    }
)

# What its __init__ reads and sets, in order, and its constants (the caches' sizes): checked
# instead of Textual's version, which Textual looks up in the installed package's metadata (ms).
INIT_NAMES = (
    "list",
    "_segments",
    "_cell_length",
    "FIFOCache",
    "_divide_cache",
    "_crop_cache",
    "_style_cache",
    "_filter_cache",
    "_line_length_cache",
    "_crop_extend_cache",
    "_offsets_cache",
    "_render_cache",
    "_link_ids",
    "_cell_count",
)
INIT_CONSTANTS = (None, 4, 16)


class _Bounded(dict[Any, Any]):
    """A first-in-first-out cache of ``maxsize`` entries: the API of Textual's ``FIFOCache``
    that ``Strip`` uses (``get``, ``[key] = value``), as a ``dict``."""

    __slots__ = ()
    maxsize = 4

    def __setitem__(self, key: Any, value: Any) -> None:
        if len(self) >= self.maxsize and key not in self:
            del self[next(iter(self))]  # the oldest: dicts keep their insertion order
        dict.__setitem__(self, key, value)

    set = __setitem__


class Bounded4(_Bounded):
    __slots__ = ()
    maxsize = 4


class Bounded16(_Bounded):
    __slots__ = ()
    maxsize = 16


def _init(self: Any, segments: Any, cell_length: int | None = None) -> None:
    """Textual 8.2.8's ``Strip.__init__``, with the caches above (the same sizes)."""
    self._segments = list(segments)
    self._cell_length = cell_length
    self._divide_cache = Bounded4()
    self._crop_cache = Bounded16()
    self._style_cache = Bounded16()
    self._filter_cache = Bounded4()
    self._line_length_cache = Bounded4()
    self._crop_extend_cache = Bounded4()
    self._offsets_cache = Bounded4()
    self._render_cache = None
    self._link_ids = None
    self._cell_count = None


_installed = False
textual_init: Any = None  # Textual's own Strip.__init__, once replaced


def written_for(init: Any, slots: Any) -> bool:
    """Whether a ``Strip.__init__`` and ``Strip.__slots__`` are those :func:`_init` stands for."""
    code = getattr(init, "__code__", None)
    return (
        code is not None
        and code.co_names == INIT_NAMES
        and code.co_consts == INIT_CONSTANTS
        and frozenset(slots) == STRIP_SLOTS
    )


def install() -> bool:
    """Give ``Strip`` the cheaper caches; False (nothing changed) over another ``__init__``."""
    global _installed, textual_init
    if _installed:
        return True
    from textual.strip import Strip

    if not written_for(Strip.__init__, Strip.__slots__):
        return False
    textual_init = Strip.__init__
    Strip.__init__ = _init  # type: ignore[method-assign]
    _installed = True
    return True
