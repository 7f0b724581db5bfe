"""One whole `factscope add` process, its CPU and wall time told by phase (run by ``bench_add.py --phases``).

Run: python tests/bench/add_phases.py OUT.json [factscope arguments, e.g. --db DB add FILE]

The command runs as ``python -m tui`` runs it, in this process; each phase's CPU and wall time is
written to OUT.json as it ends: the interpreter's start (the CPU this process had spent when this file
began; the wall time since ``BENCH_ADD_SPAWNED``, the parent's clock when it started the process),
every import wherever it falls (timed at the outermost import, so the phases below exclude them),
opening the DB (its catalogue), extracting the article's claims, what linking reads of the stored
claims from the link index (opening it; the claims' features; their links and left-out candidates; the
members of their blocks), linking itself, storing (the shard, the catalogue, the link index's rows), the
derived files, and what is left (reading the file, click, the summary). The interpreter's exit is
what the parent measures beyond these (its rusage of the child less this process's CPU at its end).
"""

from __future__ import annotations

import time

STARTED_CPU, STARTED_WALL = time.process_time(), time.time()

import importlib._bootstrap as bootstrap
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

spent: dict[str, list[float]] = {}
_running: list[str] = []  # the phases open, innermost last: a phase's time is its own, less those inside it


def _charge(phase: str, cpu: float, wall: float) -> None:
    got = spent.setdefault(phase, [0.0, 0.0])
    got[0] += cpu
    got[1] += wall


def timed(phase: str, call: Callable[..., Any]) -> Callable[..., Any]:
    """``call`` whose time goes to ``phase``, less the time of the phases (imports too) inside it."""

    def run(*args: Any, **kwargs: Any) -> Any:
        outer = _running[-1] if _running else None
        _running.append(phase)
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            return call(*args, **kwargs)
        finally:
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            _running.pop()
            _charge(phase, cpu, wall)
            if outer is not None:
                _charge(outer, -cpu, -wall)

    return run


# module -> {attribute or Class.method: phase}: wrapped as the module is first imported (imports stay
# where the code has them)
OPEN_INDEX = "link index: open, sync"
READ_CLAIMS = "link index: stored claims' features"
READ_LINKS = "link index: stored links, left-out candidates"
READ_BLOCKS = "link index: block members"
STORE = "store (shard, catalogue, link index)"
PHASES: dict[str, dict[str, str]] = {
    "store.build": {"ensure_corpus_db": "open the DB (catalogue)"},
    "corpus.pipeline": {"prepare": "extract the article", "extend": "link (relate, cap, word)"},
    "store.link_index": {
        "LinkIndex.open": OPEN_INDEX,
        "LinkIndex.sync": OPEN_INDEX,
        "LinkIndex.old_blocks": READ_BLOCKS,
        "LinkIndex._features": READ_CLAIMS,
        "LinkIndex.stored_links": READ_LINKS,
        "LinkIndex.left_out": READ_LINKS,
        **{
            f"LinkIndex.{method}": READ_BLOCKS
            for method in ("block_head", "block_rows", "block_size", "between", "article_claims")
        },
        "index_new_shards": STORE,
    },
    "store.corpus_db": {"CorpusDB.update_index": STORE},
    "tui.cli.build": {"write_derived": "derived files"},
}
_find_and_load = bootstrap._find_and_load


def _loading(name: str, import_: Any) -> Any:
    if _running[-1:] == ["imports"]:  # an import inside an import: charged to the outermost
        module = _find_and_load(name, import_)
    else:
        module = timed("imports", _find_and_load)(name, import_)
    for attr, phase in PHASES.pop(name, {}).items():
        owner: Any = module
        if "." in attr:
            cls, attr = attr.split(".")
            owner = getattr(module, cls)
        wrapped = timed(phase, getattr(owner, attr))
        setattr(owner, attr, staticmethod(wrapped) if isinstance(vars(owner).get(attr), classmethod) else wrapped)
    return module


def main() -> None:
    out = Path(sys.argv[1])
    spawned = float(os.environ.get("BENCH_ADD_SPAWNED", STARTED_WALL))
    _charge("interpreter start", STARTED_CPU, STARTED_WALL - spawned)
    bootstrap._find_and_load = _loading  # type: ignore[attr-defined]
    cpu, wall = time.process_time(), time.perf_counter()
    sys.argv = ["factscope", *sys.argv[2:]]
    try:
        _running.append("rest (file, click, summary)")
        from tui.cli import main as cli_main

        code = cli_main()
    finally:
        _running.pop()
        bootstrap._find_and_load = _find_and_load  # type: ignore[attr-defined]
        inside_cpu = sum(
            c for k, (c, _w) in spent.items() if k not in ("interpreter start", "rest (file, click, summary)")
        )
        inside_wall = sum(
            w for k, (_c, w) in spent.items() if k not in ("interpreter start", "rest (file, click, summary)")
        )
        spent["rest (file, click, summary)"] = [
            time.process_time() - cpu - inside_cpu,
            time.perf_counter() - wall - inside_wall,
        ]
        out.write_text(json.dumps({"phases": spent, "cpu_at_end": time.process_time(), "wall_at_end": time.time()}))
    sys.exit(code)


if __name__ == "__main__":
    main()
