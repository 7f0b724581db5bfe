"""Key → settled screen, as a user feels it: factscope in a real pty, keys typed.

For each step the bench writes the key to the pty and reads what the app
draws: "first" is the first byte of the answer, "settled" the last byte before
the screen stays quiet for ``--quiet`` ms; "CPU" is the app's CPU time for the
step (steadier than wall time on a shared machine). First each view is opened
once, cold (its model built if it was not yet, its screen composed), until its
title is drawn; then every step runs ``--runs`` times (medians, and the worst).

    python tests/bench/bench_keys.py [--size 120x40] [--runs 5] [--db PATH | --claims N] [--repo DIR]

``--db`` opens another corpus DB (e.g. one built with ``bench_build.py``);
``--claims N`` makes a synthetic one of N claims first (``bench_scale.make_db``);
``--repo`` runs the factscope code in DIR (to compare with another checkout).
A lone Escape is reported only after its escape-sequence wait (``ESCDELAY``, 25 ms unless
set; none if the terminal speaks the kitty keyboard protocol, which the bench's pty does not).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from fcntl import ioctl
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ESC = "\x1b"
STEPS = [  # (label, keys): each view opened, then closed with Escape; a search result opened, then Back
    ("f (figures)", "f"),
    ("esc out of figures", ESC),
    ("t (timeline)", "t"),
    ("esc out of timeline", ESC),
    ("e (entities)", "e"),
    ("esc out of entities", ESC),
    ("B (bookmarks)", "B"),
    ("esc out of bookmarks", ESC),
    ("/ (search)", "/"),
    ("type k", "k"),
    ("type u", "u"),
    ("esc out of search", ESC),
    ("/ku (search, at once)", "/ku"),
    ("enter (open result)", "\r"),
    ("backspace (back)", "\x7f"),
    ("ctrl+p (palette)", "\x10"),
    ("type k in palette", "k"),
    ("type u in palette", "u"),
    ("esc out of palette", ESC),
]
# Each view's title as drawn (UTF-8): the cold first open is over when it is on the screen.
STILL_LOADING = b"Still loading"  # (a notice can be drawn in pieces: a short part of it)
TITLES = [("f (figures)", "f", "Figures —"), ("t (timeline)", "t", "Timeline —"), ("e (entities)", "e", "Entities —")]


def read_until_quiet(
    fd: int, quiet: float, limit: float = 10.0, first_within: float = 3.0
) -> tuple[float | None, float | None]:
    """(time of the first byte, time of the last byte) before ``quiet`` seconds of silence.

    The first byte is waited for up to ``first_within`` seconds: on a loaded machine an
    answer later than ``quiet`` was counted as no answer and then as the next key's."""
    first = last = None
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], quiet if first else first_within)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        now = time.monotonic()
        first = first or now
        last = now
    return first, last


# The app as ``python -m tui`` runs it, with the text cursor's blink turned off: its
# redraw every 0.5 s fell inside the quiet window and moved "settled" by up to 0.5 s.
LAUNCHER = """
import runpy
from textual.widgets import Input
mount = Input._on_mount
def mount_without_blink(self, event):
    self.cursor_blink = False
    mount(self, event)
Input._on_mount = mount_without_blink
runpy.run_module("tui", run_name="__main__", alter_sys=True)
"""


def read_until_seen(fd: int, wanted: list[bytes], limit: float) -> tuple[float, bytes] | None:
    """(the time, which) of the first of ``wanted`` drawn; None if none is within ``limit`` seconds."""
    seen = b""
    keep = max(len(text) for text in wanted)
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], max(deadline - time.monotonic(), 0))
        if not ready:
            return None
        try:
            seen = seen[-keep:] + os.read(fd, 65536)
        except OSError:
            return None
        for text in wanted:
            if text in seen:
                return time.monotonic(), text
    return None


def synthetic_db(claims: int) -> Path:
    """A corpus DB of ``claims`` synthetic claims with its derived files, as ``build`` leaves them."""
    from bench_scale import make_db

    path = Path(tempfile.mkdtemp(prefix="factscope-bench-keys-db-")) / "corpus.json"
    make_db(claims, path)
    return path


def stale_for(repo: Path, db: Path) -> str | None:
    """Why the app in ``repo`` would rebuild ``db`` when it opens it, or None. A stale DB is
    rebuilt in the background while the keys are typed: at 100k claims every step then cost
    220-410 ms of the app's CPU instead of 10-30, and the figures measured the rebuild."""
    import subprocess

    code = (
        "import sys; from store.build import corpus_fingerprint, pipeline_version, stale_reason; "
        "from store.corpus_db import CorpusDB; v = pipeline_version(); "
        "db = CorpusDB.open_part(sys.argv[1], lambda articles: None); "
        "print(stale_reason(db.meta, corpus_fingerprint(v), v) or '')"
    )
    found = subprocess.run(
        [sys.executable, "-c", code, str(db)], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.strip()
    return found or None


def spawn(repo: Path, size: tuple[int, int], env: dict[str, str]) -> tuple[int, int]:
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(repo)
        os.execvpe(sys.executable, [sys.executable, "-c", LAUNCHER], env)
    ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    return pid, fd


class _Timespec(ctypes.Structure):
    _fields_ = [("seconds", ctypes.c_long), ("nanoseconds", ctypes.c_long)]


def cpu_seconds(pid: int) -> float:
    """The app's CPU time so far (user + system): steadier than wall time on a shared machine.
    Read from the process's CPU clock (to the microsecond); where there is none, from
    /proc/PID/stat, in clock ticks (10 ms: a step's CPU read 10, 20 or 30)."""
    libc = ctypes.CDLL(None, use_errno=True)
    clock, now = ctypes.c_int(), _Timespec()
    if libc.clock_getcpuclockid(pid, ctypes.byref(clock)) == 0 and libc.clock_gettime(clock, ctypes.byref(now)) == 0:
        return now.seconds + now.nanoseconds / 1e9
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quiet", type=float, default=250, help="ms of silence that means settled")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--claims", type=int, help="a synthetic corpus of this many claims (instead of --db)")
    parser.add_argument("--repo", type=Path, default=ROOT)
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    home = tempfile.mkdtemp(prefix="factscope-bench-keys-")
    env = dict(os.environ, FACTSCOPE_DATA_DIR=home, TERM="xterm-256color", PYTHONPATH=str(args.repo.resolve()))
    env.pop("NO_COLOR", None)
    db = synthetic_db(args.claims) if args.claims else args.db
    if db:
        stale = stale_for(args.repo.resolve(), db.resolve())
        if stale:
            sys.exit(f"bench_keys: {db}: {stale}, so the app would rebuild it while the keys are typed; make it again")
        env["FACTSCOPE_DB"] = str(db.resolve())
    pid, fd = spawn(args.repo.resolve(), (width, height), env)
    quiet = args.quiet / 1000
    try:
        read_until_quiet(fd, 1.5, limit=120)  # start-up, first build of the DB included
        read_until_quiet(fd, 1.5, limit=30)  # background check and index build
        cold: dict[str, tuple[float, float, float]] = {}
        for label, key, title in TITLES:
            cold[label] = step(pid, fd, key, quiet, title.encode())
            step(pid, fd, ESC, quiet)
        times: dict[str, list[tuple[float, float, float]]] = {label: [] for label, _ in STEPS}
        for _ in range(args.runs):
            for label, keys in STEPS:
                times[label].append(step(pid, fd, keys, quiet))
    finally:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
        shutil.rmtree(home, ignore_errors=True)  # the DB it built, the user's marks and history
        if args.claims and db:
            shutil.rmtree(db.parent, ignore_errors=True)
    report(args, cold, times)


def step(pid: int, fd: int, keys: str, quiet: float, title: bytes | None = None) -> tuple[float, float, float]:
    """(first, settled, CPU) ms for ``keys``; with ``title``, settled is measured from when it is drawn."""
    cpu = cpu_seconds(pid)
    sent = time.monotonic()
    os.write(fd, keys.encode())
    seen = None
    while title and seen is None:
        drawn = read_until_seen(fd, [title, STILL_LOADING], limit=60)
        if drawn is not None and drawn[1] == title:
            seen = drawn[0]
        else:  # pressed before the corpus was open (a notice, or not even that): again, once a
            read_until_quiet(fd, 2.5, limit=60)  # notice is gone (else it is drawn again, seen again)
            cpu, sent = cpu_seconds(pid), time.monotonic()
            os.write(fd, keys.encode())
    first, last = read_until_quiet(fd, quiet)
    # the quiet window's idle ticks cost ~nothing; the CPU is the step's own work
    used = (cpu_seconds(pid) - cpu) * 1000
    first = seen if title else first
    last = last or seen
    if first is None or last is None:
        return float("nan"), float("nan"), used
    return (first - sent) * 1000, (last - sent) * 1000, used


def report(
    args: argparse.Namespace, cold: dict[str, tuple[float, float, float]], times: dict[str, list[tuple[float, ...]]]
) -> None:
    load = os.getloadavg()[0]
    corpus = f"{args.claims} synthetic claims" if args.claims else (args.db or "the bundled corpus")
    print(f"factscope at {args.repo}, {corpus}, {args.size}, load {load:.1f}: first/settled/CPU ms")
    print("cold first open (title drawn / settled / CPU):")
    for label, row in cold.items():
        print(f"  {label:22} {'/'.join(f'{value:.0f}' for value in row):>18}")
    print(f"{'step':24} {'median of ' + str(args.runs):>18} {'worst settled':>14}")
    for label, rows in times.items():
        median = "/".join(f"{statistics.median(row[column] for row in rows):.0f}" for column in range(3))
        worst = max(row[1] for row in rows)
        print(f"{label:24} {median:>18} {worst:>14.0f}")


if __name__ == "__main__":
    main()
