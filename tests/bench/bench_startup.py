"""Time to the first screen, and to the first useful screen, vs a bare Textual app.

Each run is a fresh process (imports included), headless, measured from the
parent's spawn to the moment the child reports the milestone. "Useful" is the
frame painted after the main screen got its data: sources listed, the first
article's text with its claims marked. The corpus DB is built once beforehand
in a temp data dir, as after a first run.

Bare and factscope runs alternate, so a burst of load on the machine hits
both alike; medians are reported with the load average. Each child also
reports its own CPU time at the milestone (``*_cpu_ms``): steadier than wall
time when other work shares the machine, and all but a few ms of the start-up
is CPU-bound on the UI thread.

The first screen saved beside the DB (``<db>.first.npz``, ``tui/first_screen.py``) is what
every start after the first shows while the DB is read; the app saves it once its index is
built, after the milestone these runs exit at, so no run here would find it. The runs alternate
bare, factscope with no saved first screen, and factscope with it (saved beforehand, as the
app saves it): ``factscope_useful_*`` and ``factscope_saved_useful_*``.

Python byte-code: an installed factscope has its ``.pyc`` files, as Textual
does, so by default the child processes write and reuse byte-code in a temp
``PYTHONPYCACHEPREFIX`` (warmed by one untimed run), and with it the table of the
methods ``dataclasses`` writes (``tui/dataclass_cache.py``, kept where the byte-code is).
``--cold-bytecode`` keeps the environment as it is (e.g. ``PYTHONDONTWRITEBYTECODE=1``,
which makes every run compile factscope's modules and those methods from source).

    python tests/bench/bench_startup.py [--runs N] [--size 200x60] [--cold-bytecode] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

BARE = """
import sys, time
from textual.app import App
from textual.widgets import Label
class Bare(App):
    def compose(self):
        yield Label("hello")
    def on_ready(self):  # Textual's event: the first frame has been displayed
        print("first", time.time(), time.process_time(), flush=True)
        self.exit()
Bare().run(headless=True, size=SIZE)
"""

FACTSCOPE = """
import time
from tui.app import FactscopeApp
class Timed(FactscopeApp):
    def on_ready(self):  # Textual's event: the first frame has been displayed
        print("first", time.time(), time.process_time(), flush=True)
    def useful_screen_shown(self):  # the frame that shows the sources, an article and its claims
        print("useful", time.time(), time.process_time(), flush=True)
        self.exit()
Timed().run(headless=True, size=SIZE)
"""

# The first screen saved as the app saves it once its index is built (``build_search_index``).
SAVE_FIRST_SCREEN = """
from tui.data import build_index, open_existing
from tui.first_screen import save
data = open_existing()
build_index(data)
save(data)
"""


def run(code: str, env: dict[str, str], size: tuple[int, int]) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", f"SIZE = {size!r}\n{code}"], env=env, capture_output=True, text=True, check=True
    ).stdout
    marks = {}
    for line in out.splitlines():
        name, *values = line.split()
        if name in {"first", "useful"}:
            stamp, cpu = map(float, values)
            marks[name] = (stamp - start) * 1000
            marks[f"{name}_cpu"] = cpu * 1000  # the child's CPU time since it started
    return marks


def bench_env(home: str, cold_bytecode: bool) -> dict[str, str]:
    env = {**os.environ, "XDG_DATA_HOME": f"{home}/data", "XDG_CONFIG_HOME": f"{home}/config"}
    for name in [name for name in env if name.startswith("FACTSCOPE_")]:
        del env[name]
    if not cold_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = f"{home}/pycache"
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--cold-bytecode", action="store_true", help="do not cache byte-code")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--size", default="80x24", help="terminal size, e.g. 200x60 (all three panes shown)")
    args = parser.parse_args()
    homes = [tempfile.mkdtemp(prefix="factscope-bench-") for _ in range(2)]  # without and with the saved screen
    try:
        measure(args, homes)
    finally:
        for home in homes:
            shutil.rmtree(home, ignore_errors=True)


def measure(args: argparse.Namespace, homes: list[str]) -> None:
    env = bench_env(homes[0], args.cold_bytecode)
    subprocess.run(
        [sys.executable, "-c", "from store.build import ensure_corpus_db; ensure_corpus_db()"],
        env=env,
        check=True,
    )
    size = tuple(int(part) for part in args.size.lower().split("x"))
    run(BARE, env, size), run(FACTSCOPE, env, size)  # untimed: warms the byte-code cache and the OS file cache
    saved_env = bench_env(homes[1], args.cold_bytecode)
    subprocess.run(
        [sys.executable, "-c", "from store.build import ensure_corpus_db; ensure_corpus_db()"],
        env=saved_env,
        check=True,
    )
    subprocess.run([sys.executable, "-c", SAVE_FIRST_SCREEN], env=saved_env, check=True)
    saved_env["PYTHONPYCACHEPREFIX"] = env.get("PYTHONPYCACHEPREFIX", "")  # the same byte-code
    if args.cold_bytecode:
        saved_env.pop("PYTHONPYCACHEPREFIX")
    run(FACTSCOPE, saved_env, size)  # untimed, as above
    load_before = os.getloadavg()[0]
    bare, ours, saved = [], [], []
    for _ in range(args.runs):
        bare.append(run(BARE, env, size))
        ours.append(run(FACTSCOPE, env, size))
        saved.append(run(FACTSCOPE, saved_env, size))
    result = {
        "runs": args.runs,
        "size": args.size,
        "bytecode": "cold (compiled every run)" if args.cold_bytecode else "cached",
        "bare_first_ms": round(statistics.median(r["first"] for r in bare), 1),
        "factscope_first_ms": round(statistics.median(r["first"] for r in ours), 1),
        "factscope_useful_ms": round(statistics.median(r["useful"] for r in ours), 1),
        "bare_first_cpu_ms": round(statistics.median(r["first_cpu"] for r in bare), 1),
        "factscope_useful_cpu_ms": round(statistics.median(r["useful_cpu"] for r in ours), 1),
        "factscope_saved_useful_ms": round(statistics.median(r["useful"] for r in saved), 1),
        "factscope_saved_useful_cpu_ms": round(statistics.median(r["useful_cpu"] for r in saved), 1),
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
    }
    result["useful_vs_bare"] = round(result["factscope_useful_ms"] / result["bare_first_ms"], 2)
    # CPU time is steadier than wall time when other work shares the machine
    result["useful_vs_bare_cpu"] = round(result["factscope_useful_cpu_ms"] / result["bare_first_cpu_ms"], 2)
    result["saved_useful_vs_bare"] = round(result["factscope_saved_useful_ms"] / result["bare_first_ms"], 2)
    result["saved_useful_vs_bare_cpu"] = round(result["factscope_saved_useful_cpu_ms"] / result["bare_first_cpu_ms"], 2)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")


if __name__ == "__main__":
    main()
