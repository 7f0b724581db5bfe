"""`factscope serve --ssh` for a team: login to useful screen, memory per session, N at once.

Starts the real server on loopback (a corpus built from the bundled articles
in a temp dir), then logs in with the real OpenSSH client on pseudo-terminals:
first one reader at a time, then N readers at once. Prints, per phase, the
time from starting `ssh` to the first screen showing a selected claim, the
first key's latency (a bookmark, until the app says so), and each session process's memory (RSS and PSS, which
shares the libraries fairly between processes).

    python tests/bench/bench_serve.py [--sessions 6] [--rounds 3]
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in kB."""
    values = {}
    with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
        for line in fh:
            name, _, rest = line.partition(":")
            if name in ("Rss", "Pss"):
                values[name] = int(rest.split()[0])
    return values["Rss"], values["Pss"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=6, help="readers at once in the last phase")
    parser.add_argument("--rounds", type=int, default=3, help="one-at-a-time logins")
    args = parser.parse_args()
    if shutil.which("ssh") is None:
        print("bench_serve: the OpenSSH client is not installed; nothing measured")
        return 0
    try:
        import asyncssh  # noqa: F401
    except ImportError:
        print("bench_serve: asyncssh is not installed (pip install -e '.[serve]'); nothing measured")
        return 0
    from tests.serve.conftest import isolated_env
    from tests.serve.test_ssh import Key, connect, start_server

    home = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    try:
        db = home / "corpus.json"
        built = subprocess.run(
            [sys.executable, "-m", "tui", "--db", str(db), "build", "--quiet"],
            cwd=ROOT,
            env=isolated_env(home),
            capture_output=True,
            text=True,
        )
        if built.returncode:
            print(built.stderr)
            return 1
        keys = {name: Key(home, name) for name in ("alice", "bob", "mallory")}
        server = start_server(home, db, keys, "--max-sessions", str(args.sessions + 1))
        try:

            def login(results: list, index: int) -> None:
                began = time.monotonic()
                terminal = connect(server.port, keys["alice" if index % 2 else "bob"])
                opened = time.monotonic() - began
                terminal.set_mark()
                pressed = time.monotonic()
                terminal.type("b")  # bookmark (or un-bookmark) the selected claim: the app says so
                terminal.wait_for_text("Bookmark", 60)
                results.append((opened, time.monotonic() - pressed, terminal))

            single = []
            for index in range(args.rounds):
                login(single, index)
                single[-1][2].close()
            start = len(server.lines)
            together: list = []
            threads = [threading.Thread(target=login, args=(together, i)) for i in range(args.sessions)]
            began = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            all_open = time.monotonic() - began
            server.wait_for_line(r"started, pid", 5, start)
            pids = sorted(
                {int(m.group(1)) for line in server.lines[start:] if (m := re.search(r"started, pid (\d+)", line))}
            )
            memory = [memory_kb(pid) for pid in pids]
            for _opened, _latency, terminal in together:
                terminal.close()
        finally:
            server.stop()
    finally:
        shutil.rmtree(home, ignore_errors=True)

    def span(values: list[float]) -> str:
        return f"{min(values):.2f}-{max(values):.2f} s (median {statistics.median(values):.2f})"

    print(
        f"one at a time ({args.rounds} logins): login to useful screen {span([r[0] for r in single])}; "
        f"first key to redraw {span([r[1] for r in single])}"
    )
    print(
        f"{args.sessions} at once: all useful after {all_open:.2f} s; each {span([r[0] for r in together])}; "
        f"first key {span([r[1] for r in together])}"
    )
    rss = [m[0] / 1024 for m in memory]
    pss = [m[1] / 1024 for m in memory]
    print(
        f"memory per session process ({len(memory)} measured): RSS {min(rss):.0f}-{max(rss):.0f} MB, "
        f"PSS {min(pss):.0f}-{max(pss):.0f} MB; {sum(pss):.0f} MB for all {len(memory)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
