"""A derived file kept as a base plus a tail, so that an add rewrites the tail, not the base.

Extending ``<db>.links.npz``, ``<db>.claims.npz``, ``<db>.views.npz`` or ``<db>.search.npz`` by
an add used to copy the whole file into a new one (290 MB per add at 100k claims). Now what adds
bring since the base was written goes to ``<db>.links.tail.npz`` (``<db>.claims.tail.npz``, ...):
an add rewrites only the tail, and folds it
into a new base once it outgrows ``_fold_at`` rows: 1/FOLD of the base, and no more than about
√(base × add) / 2 (the add's own rows), so the cost of an add is in proportion to what was added
since the last fold, which stays about the square root of the corpus's size in adds, and a fold,
amortised over the adds before it, costs about as much per add.

Both files are keyed as before (``store/mapped.py``): the base by the DB version it was made
for, the tail by the DB version it brings the base up to, naming the base's key too. A reader of
version V takes the base of key V alone, else the tail of key V with the base it names; anything
else is stale and made again from the record. Each file is replaced atomically, so a kill between
the two writes leaves a pair that still matches (or a stale one, made again).
"""

from __future__ import annotations

import contextlib
import math
import os
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol, Self, TypeVar

import orjson

from store.mapped import read_member

FOLD = 8  # the tail is folded into the base once it holds more than 1/FOLD of it (0: never folded) ...
# ... or more than √(base × add × FOLD_COST × 2) rows. Each add rewrites its tail whole (a cost per
# tail row, t) and a fold rewrites the base (a cost per base row, f); folding at √(2 × base × add ×
# f/t) rows makes the sum of the two per add least. Measured at 101.5k claims (bench_add's DB, the
# four files together): a fold 1.8 s CPU (0.018 ms a base claim), a tail 0.13 ms more per claim
# in it: f/t ≈ 1/7. With 1/FOLD alone, a 15-claim add at 100k claims folded after ~830 adds, the
# last ones rewriting a 12,500-claim tail each (~1.6 s CPU); now after ~40, each add's tail at most
# ~600 claims (~0.1 s), a fold (~1.8 s) once per ~40 adds.
FOLD_COST = 1 / 8
# A base of more rows than BEHIND has a tail that falls due folded behind the add (``fold``, run by
# ``store/fold.py`` in a process of its own once the add has returned), not in it: at 100k claims
# the add that folded paid 0.7-0.9 s more CPU for it, once per ~40 adds. A smaller base is folded
# in the add as before (a fold of 20,000 rows costs about what starting that process does). If
# folds behind do not come (none started, each overtaken by the next add), the add folds the tail
# itself once it holds HOLD times what falls due.
BEHIND = 20_000
HOLD = 2


def _fold_at(base: int, added: int) -> float:
    """How many rows a tail over a base of ``base`` rows may hold before it is folded into it, an
    add bringing ``added`` rows (at least one is counted: an add may bring none to a file)."""
    if FOLD <= 0:
        return math.inf
    return min(base / FOLD, math.sqrt(2 * base * max(added, 1) * FOLD_COST))


class Layered(Protocol):
    def __len__(self) -> int: ...
    def joined(self, more: Self) -> Self: ...
    def with_tail(self, tail: Self) -> Self: ...
    def save(self, path: Path, key: str, base: str | None = None) -> str | None: ...


L = TypeVar("L", bound=Layered)
Load = Callable[[Path, str], L | None]


def tail_path(path: Path) -> Path:
    """``<db>.links.npz`` -> ``<db>.links.tail.npz``."""
    return path.with_name(f"{path.name.removesuffix('.npz')}.tail.npz")


_SEEN: dict[Path, tuple[tuple[int, int, int], dict[str, Any] | None]] = {}  # path -> (file stamp, meta)


def saved_meta(path: Path) -> dict[str, Any] | None:
    """What the ``meta`` member of a derived ``.npz`` says of it (its key, a tail's base, a base's
    count), or None. Read once per version of the file in a process: an add asks about each file
    several times, and a links tail's meta also names every link the adds since its fold took
    back (thousands, parsed again at each question). Files are replaced whole (a new inode), so
    the inode, size and mtime tell a version."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    stamp = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
    seen = _SEEN.get(path)
    if seen is not None and seen[0] == stamp:
        return seen[1]
    try:
        meta = orjson.loads(read_member(path, "meta").tobytes())
    except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile, orjson.JSONDecodeError):
        return None
    told = {name: meta[name] for name in ("key", "base", "count") if name in meta} if isinstance(meta, dict) else None
    _SEEN[path] = (stamp, told)
    return told


def _base_of_tail(tail: Path, key: str) -> str | None:
    """The key of the base that the tail file of version ``key`` extends, or None (no such tail)."""
    meta = saved_meta(tail)
    if meta is None or meta.get("key") != key or not isinstance(meta.get("base"), str):
        return None
    return str(meta["base"])


def is_current(path: Path, key: str) -> bool:
    """Whether the files at ``path`` are of version ``key`` (a base of it, or a tail of it with
    the base it names), told from their ``meta`` alone."""
    meta = saved_meta(path)
    if meta is not None and meta.get("key") == key and meta.get("base") is None:
        return True
    root = _base_of_tail(tail_path(path), key)
    return root is not None and meta is not None and meta.get("key") == root and meta.get("base") is None


def load(path: Path, key: str, load_one: Load[L]) -> L | None:
    """The columns of version ``key``: the base alone, or the base its tail names plus the tail."""
    found = load_one(path, key)
    if found is not None:
        return found
    tail = tail_path(path)
    root = _base_of_tail(tail, key)
    if root is None:
        return None
    base, more = load_one(path, root), load_one(tail, key)
    return base.with_tail(more) if base is not None and more is not None else None


def _saved_count(path: Path, key: str) -> int | None:
    """How many rows the base at ``path`` holds, told by its ``meta`` alone when it is of version
    ``key`` and says (the search index's does: loading it would parse its word lists); else None."""
    meta = saved_meta(path)
    if meta is None or meta.get("key") != key or meta.get("base") is not None:
        return None
    count = meta.get("count")
    return count if isinstance(count, int) else None


def extend(path: Path, base_key: str, key: str, load_one: Load[L], added: L, behind: list[Path] | None = None) -> bool:
    """The files of version ``base_key`` extended by ``added`` and saved for version ``key``;
    False when there are none of ``base_key`` (they are made again whole, from the record).
    With ``behind``, a tail over a base of more than BEHIND rows that falls due is saved all the
    same and ``path`` appended to ``behind``: the caller has it folded (``fold``) after the add."""
    tail = tail_path(path)
    root, grown, base = base_key, added, None
    size = _saved_count(path, base_key)
    if size is None:
        base = load_one(path, base_key)
    if size is None and base is None:  # no base of version base_key: a tail of it, then?
        found = _base_of_tail(tail, base_key)
        earlier = load_one(tail, base_key) if found is not None else None
        if found is None or earlier is None:
            return False
        root, grown = found, earlier.joined(added)
        size = _saved_count(path, root)
        if size is None:
            base = load_one(path, root)
    if size is None:
        if base is None:
            return False
        size = len(base)
    due = _fold_at(size, len(added))
    if behind is not None and size > BEHIND and due < len(grown) <= HOLD * due:
        if grown.save(tail, key, base=root) is not None:
            return False
        behind.append(path)
        return True
    if len(grown) > due:
        base = base if base is not None else load_one(path, root)
        if base is None or base.joined(grown).save(path, key) is not None:
            return False
        with contextlib.suppress(OSError):
            os.unlink(tail)  # stale now: its key is no longer the DB's
        return True
    return grown.save(tail, key, base=root) is None


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return (stat.st_ino, stat.st_size, stat.st_mtime_ns)


def fold(path: Path, load_one: Load[L], swap: Callable[[], contextlib.AbstractContextManager[object]]) -> bool:
    """The tail beside the base at ``path`` folded into it, as an add folds one that falls due,
    but behind the add: the new base is written beside the old one first, then, under ``swap``
    (the lock an add holds while it extends the tails), it replaces the base and the tail goes,
    unless an add wrote a new tail meanwhile (one that names the old base: the new base is
    dropped, and the next add finds the fold due again). True when folded.

    A kill at any point leaves the old pair, a new base beside a tail of its own version (a
    reader takes the base alone), or the new base alone: each of them current. Only one fold may
    run at a time for a DB (``store/fold.py`` holds a lock for it): the new base's file name is
    fixed, and one a killed fold left is written over by the next."""
    tail = tail_path(path)
    stamp = _stamp(tail)
    meta = saved_meta(tail) if stamp is not None else None
    if meta is None or not isinstance(meta.get("key"), str) or not isinstance(meta.get("base"), str):
        return False
    key, root = str(meta["key"]), str(meta["base"])
    base, more = load_one(path, root), load_one(tail, key)
    if base is None or more is None:
        return False
    made = path.with_name(f".{path.name}.fold.tmp")
    if base.joined(more).save(made, key) is not None:
        return False
    del base, more
    with swap():
        if _stamp(tail) != stamp:  # an add extended the tail meanwhile: it names the old base
            with contextlib.suppress(OSError):
                os.unlink(made)
            return False
        os.replace(made, path)
        with contextlib.suppress(OSError):
            os.unlink(tail)  # stale now: the base is of its version
    return True
