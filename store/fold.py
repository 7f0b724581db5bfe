"""A derived file's tail folded behind an add, in a process of its own: the add does not wait for it.

An add extends each derived file's tail (``store/tails.py``); once a tail falls due it is folded
into its base, a rewrite of the whole base (0.7-0.9 s CPU at 100k claims, once per ~40 adds,
about ten times that at 1M). ``factscope add`` asks ``write_derived_indexes`` to name those that
fall due instead of folding them (``behind``), prints what it added, and starts this module:

    python -m store.fold DB KIND...    (KIND: links, claims, views, search)

which folds each named tail (``tails.fold``) and exits. Only one fold runs for a DB at a time
(``<db>.fold.lock``, taken without waiting: a fold already running leaves the tail to the next
add that finds it due). The derived files are caches, never the record, and each step is an
atomic replace: a fold killed anywhere leaves files that are current, and never touches the DB.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

from store.errors import StoreError
from store.lock import write_lock


def fold_behind(db_path: Path, kinds: Iterable[str]) -> list[str]:
    """Fold the tails of the derived files of ``kinds`` (``store.derived.folds``) beside the DB at
    ``db_path``; the kinds folded (none when another fold holds the DB's fold lock)."""
    from store import tails
    from store.derived import folds, swap_lock

    known = folds()
    folded: list[str] = []
    try:
        with write_lock(db_path.with_name(db_path.name + ".fold"), timeout=0):
            _left_by_a_kill(db_path, [file(db_path) for file, _load in known.values()])
            for kind in dict.fromkeys(kinds):
                if kind not in known:
                    continue
                file, load = known[kind]
                if tails.fold(file(db_path), load, lambda: swap_lock(db_path)):
                    folded.append(kind)
    except StoreError:  # another fold runs (or the lock cannot be made): the next add asks again
        return folded
    return folded


def _left_by_a_kill(db_path: Path, bases: list[Path]) -> None:
    """Remove the new bases a fold killed before its replace left (``tails.fold`` writes each
    beside its base, under a fixed name; ``save_npz`` writes that through a temp file of its own):
    only the fold holding the lock writes them, so any found now is a dead fold's."""
    names = {f".{base.name}.fold.tmp" for base in bases}
    try:
        found = [entry.path for entry in os.scandir(db_path.parent) if entry.name.startswith(tuple(names))]
    except OSError:
        return
    for path in found:
        with contextlib.suppress(OSError):
            os.unlink(path)


def start_fold_behind(db_path: Path, kinds: list[str]) -> bool:
    """Start ``python -m store.fold`` for ``kinds``, detached from this process (its own session,
    no terminal, no pipes of ours: whoever waits for this process's output does not wait for it);
    False when it could not be started (the tails are folded by a later add)."""
    if not kinds:
        return False
    try:
        subprocess.Popen(
            # -P: the directory it is started in is not searched for modules (a `store` there is not ours)
            [sys.executable, "-P", "-m", "store.fold", os.path.abspath(db_path), *kinds],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
            close_fds=True,
        )
    except OSError:
        return False
    return True


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print("usage: python -m store.fold DB KIND...", file=sys.stderr)
        return 2
    fold_behind(Path(argv[0]), argv[1:])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
