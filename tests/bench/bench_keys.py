"""Key → settled screen, as a user feels it: factscope in a real pty, keys typed.

For each step the bench writes the key to the pty and reads what the app
draws: "first" is the first byte of the answer, "settled" the last byte before
the screen stays quiet for ``--quiet`` ms. Each view is opened and closed
``--runs`` times (the first open counts: caches cold; medians of the others).

    python tests/bench/bench_keys.py [--size 120x40] [--runs 5] [--db PATH] [--repo DIR]

``--db`` opens another corpus DB (e.g. one built with ``bench_build.py``);
``--repo`` runs the factscope code in DIR (to compare with another checkout).
"""

from __future__ import annotations

import argparse
import os
import pty
import select
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
STEPS = [  # (label, keys): each view opened, then closed with Escape
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
]


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


def spawn(repo: Path, size: tuple[int, int], env: dict[str, str]) -> tuple[int, int]:
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(repo)
        os.execvpe(sys.executable, [sys.executable, "-c", LAUNCHER], env)
    ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    return pid, fd


def cpu_seconds(pid: int) -> float:
    """The app's CPU time so far (user + system): steadier than wall time on a shared machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quiet", type=float, default=250, help="ms of silence that means settled")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repo", type=Path, default=ROOT)
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    home = tempfile.mkdtemp(prefix="factscope-bench-keys-")
    env = dict(os.environ, FACTSCOPE_DATA_DIR=home, TERM="xterm-256color", PYTHONPATH=str(args.repo.resolve()))
    env.pop("NO_COLOR", None)
    if args.db:
        env["FACTSCOPE_DB"] = str(args.db.resolve())
    pid, fd = spawn(args.repo.resolve(), (width, height), env)
    quiet = args.quiet / 1000
    try:
        read_until_quiet(fd, 1.5, limit=120)  # start-up, first build of the DB included
        read_until_quiet(fd, 1.5, limit=30)  # background check and index build
        times: dict[str, list[tuple[float, float, float]]] = {label: [] for label, _ in STEPS}
        for _ in range(args.runs):
            for label, keys in STEPS:
                cpu = cpu_seconds(pid)
                sent = time.monotonic()
                os.write(fd, keys.encode())
                first, last = read_until_quiet(fd, quiet)
                # the quiet window's idle ticks cost ~nothing; the CPU is the step's own work
                used = (cpu_seconds(pid) - cpu) * 1000
                if first is None or last is None:
                    times[label].append((float("nan"), float("nan"), used))
                else:
                    times[label].append(((first - sent) * 1000, (last - sent) * 1000, used))
    finally:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    load = os.getloadavg()[0]
    print(f"factscope at {args.repo} {args.size}, {args.runs} runs, load {load:.1f}: first/settled/CPU ms")
    print(f"{'step':24} {'first open':>16} {'median of rest':>18}")
    for label, rows in times.items():
        head = "/".join(f"{value:.0f}" for value in rows[0])
        rest = rows[1:] or rows
        median = "/".join(f"{statistics.median(row[column] for row in rest):.0f}" for column in range(3))
        print(f"{label:24} {head:>16} {median:>18}")


if __name__ == "__main__":
    main()
