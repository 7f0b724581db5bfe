"""`factscope add` of one article to a large corpus DB: store + linking, CPU and wall (prints figures).

Run: .venv/bin/python tests/bench/bench_add.py [--claims 10000 100000] [--adds 3] [--copy] [--cache DIR] [--grown N]
     [--phases]

Builds a corpus DB of about N claims from bench_build's synthetic articles through the real
pipeline (kept in /tmp/factscope-bench-add/ between runs), then adds new synthetic articles one
at a time with ``store.build.add_articles`` as ``factscope add`` does, and prints, per add, the
CPU and wall time of ``add_articles`` and of its linking (``pipeline.extend``), each add in a fresh
process as `factscope add` runs (no cache warm), the CPU time of opening the DB before it (as
`factscope add` opens it: the catalogue alone) and of writing the derived files after it; then
the wall and CPU time of a whole ``factscope add FILE`` process (interpreter start and imports included).
The processes reuse Python byte-code from a cache of their own, warmed by an untimed add to a small DB
of its own (an installed factscope has its ``.pyc`` files; with ``PYTHONDONTWRITEBYTECODE`` every run would
compile ~100 of factscope's modules from source, ~0.14 s CPU of each add), as bench_startup's do: add 1 is
the first add to the DB after its build. Every process runs this checkout's code (``python -m tui``, never
an installed ``factscope`` of another checkout, whose other pipeline version would rebuild the whole DB).
A build writes the link index; a DB whose link index is missing or of an older layout has it
rebuilt from the shards by its first add (that add prints as much slower).
CPU time is the figure to compare: the machine is shared. With ``--copy`` the adds go to a copy of
the kept DB (made again for each size), so that runs before and after a change add to the same DB.
With ``--grown N`` the copy first gets N articles added one by one (untimed): a DB as it is between
folds, its derived files a base and a tail, which every add extends and every reader maps with it.
With ``--phases`` each whole `factscope add` process is also told by phase, CPU / wall seconds
(``add_phases.py``: the interpreter's start, every import, opening the DB, extraction, what linking reads
from the link index, linking, storing, the derived files, the rest, the exit).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

from bench_build import synthetic_article

CACHE = Path("/tmp/factscope-bench-add")


def child_env(home: str) -> dict[str, str]:
    """The environment of the timed processes: byte-code cached in ``home`` (as an install has it)."""
    import os

    env = {**os.environ, "FACTSCOPE_DATA_DIR": home, "PYTHONPYCACHEPREFIX": f"{home}/pycache"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def corpus_db(claims: int) -> Path:
    from corpus import parallel
    from corpus.version import PIPELINE_VERSION
    from store import link_index
    from store.build import build_corpus_db

    # a build writes the link index: one of another layout would be made again by the first add
    path = CACHE / f"{PIPELINE_VERSION}-{link_index.FORMAT}-{claims}" / "corpus.json"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    articles, count, i = [], 0, 0
    while count < claims:
        batch = [synthetic_article(i + k) for k in range(200)]
        i += 200
        count += len(parallel.extract(batch[:1]).claims) * len(batch)  # an estimate, refined below
        articles += batch
    began = time.perf_counter()
    db = build_corpus_db(path, articles, keep_added=False, extract=parallel.extract)
    print(f"built {len(db.articles())} articles, {len(db.claims())} claims in {time.perf_counter() - began:.0f} s")
    from store.derived import write_derived_indexes

    # as `factscope build` leaves it: else the first add makes every derived file from every claim
    assert write_derived_indexes(db) == []
    return path


def copied(path: Path) -> Path:
    """A copy of the DB at ``path`` (catalogue, shards and derived files) in a fresh directory."""
    import shutil
    import tempfile

    into = Path(tempfile.mkdtemp(prefix="factscope-bench-add-copy-", dir=CACHE)) / path.parent.name
    shutil.copytree(path.parent, into)
    return into / path.name


def timed_add(path: Path, article_no: int) -> tuple[float, float, float, float, int, float, float, float]:
    """(add CPU, wall, linking CPU, wall, links made, opening the DB CPU, derived files CPU, the
    fold behind it CPU) for one new article, the DB opened as `factscope add` opens it."""
    from corpus import pipeline
    from store.build import add_articles, ensure_corpus_db
    from store.derived import write_derived_indexes

    opened = time.process_time()
    db = ensure_corpus_db(path, catalogue_only=True)
    opened = time.process_time() - opened
    spent = [0.0, 0.0]
    extend = pipeline.extend

    def measured(*args, **kwargs):
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            return extend(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - cpu
            spent[1] += time.perf_counter() - wall

    pipeline.extend = measured
    try:
        cpu, wall = time.process_time(), time.perf_counter()
        result = add_articles(db, [synthetic_article(article_no)])
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    finally:
        pipeline.extend = extend
    import inspect

    derived, behind = time.process_time(), []
    if "behind" in inspect.signature(write_derived_indexes).parameters:  # as `factscope add` writes them
        assert write_derived_indexes(db, behind) == []
    else:  # main's code before the fold behind an add (a bench of it for comparison)
        assert write_derived_indexes(db) == []
    derived = time.process_time() - derived
    folded = time.process_time()
    if behind:  # the fold `factscope add` starts behind it, in another process: here after it, timed apart
        from store.fold import fold_behind

        fold_behind(db.path, behind)
    folded = time.process_time() - folded
    return cpu, wall, spent[0], spent[1], result.xrefs, opened, derived, folded


def cli_add(path: Path, article_no: int, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU time of a whole `factscope add FILE --db PATH` process."""
    import resource
    import subprocess
    import tempfile

    article = synthetic_article(article_no)
    with tempfile.TemporaryDirectory() as home:
        file = Path(home) / "article.txt"
        file.write_text(f"{article.title}\n{article.body}", encoding="utf-8")
        began = time.perf_counter()
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            # this checkout's code (cwd first on the path), whatever checkout an installed `factscope` runs
            [sys.executable, "-m", "tui", "--db", str(path), "add", str(file)],
            cwd=ROOT,
            capture_output=True,
            check=True,
            env=env,
        )
        wall = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, (after.ru_utime - used.ru_utime) + (after.ru_stime - used.ru_stime)


def phased_cli_add(path: Path, article_no: int, env: dict[str, str]) -> dict[str, tuple[float, float]]:
    """A whole `factscope add FILE --db PATH` process (``add_phases.py``): CPU and wall seconds by phase."""
    import json
    import resource
    import subprocess
    import tempfile

    article = synthetic_article(article_no)
    with tempfile.TemporaryDirectory() as home:
        file, out = Path(home) / "article.txt", Path(home) / "phases.json"
        file.write_text(f"{article.title}\n{article.body}", encoding="utf-8")
        used = resource.getrusage(resource.RUSAGE_CHILDREN)
        began = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "tests" / "bench" / "add_phases.py"),
                str(out),
                "--db",
                str(path),
                "add",
                str(file),
            ],
            cwd=ROOT,
            capture_output=True,
            check=True,
            env={**env, "BENCH_ADD_SPAWNED": repr(time.time())},
        )
        wall = time.perf_counter() - began
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - used.ru_utime) + (after.ru_stime - used.ru_stime)
        found = json.loads(out.read_text())
    phases = {name: (c, w) for name, (c, w) in found["phases"].items()}
    phases["exit"] = (cpu - found["cpu_at_end"], time.time() - found["wall_at_end"])  # ~: this process's clock after
    phases["whole process"] = (cpu, wall)
    return phases


def in_fresh_process(
    path: Path, article_no: int, env: dict[str, str]
) -> tuple[float, float, float, float, int, float, float, float]:
    """``timed_add`` in a new process, as `factscope add` runs: no cache is warm."""
    import json
    import subprocess

    code = (
        f"import bench_add, json; print(json.dumps(bench_add.timed_add(bench_add.Path({str(path)!r}), {article_no})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT / "tests" / "bench", capture_output=True, text=True, check=True, env=env
    )
    return tuple(json.loads(done.stdout.strip().splitlines()[-1]))  # type: ignore[return-value]


def main() -> None:
    global CACHE
    parser = argparse.ArgumentParser()
    parser.add_argument("--claims", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--adds", type=int, default=3)
    parser.add_argument("--phases", action="store_true", help="also each whole `factscope add` by phase")
    parser.add_argument("--copy", action="store_true", help="add to a copy of the kept DB, removed after")
    parser.add_argument("--cache", metavar="DIR", help=f"keep the built DBs in DIR (default {CACHE})")
    parser.add_argument(
        "--grown",
        type=int,
        default=0,
        metavar="N",
        help="first add N articles one by one (untimed), as a DB is after N adds: its derived files a base and a tail",
    )
    args = parser.parse_args()
    if args.cache:
        CACHE = Path(args.cache)
    for claims in args.claims:
        path = copied(corpus_db(claims)) if args.copy else corpus_db(claims)
        try:
            grow(path, args.grown, 50_000_000 + claims + (0 if args.copy else int(time.time())))
            # a copy gets the same articles every run (before and after a change); the kept DB new ones
            measure(path, claims, args.adds, 0 if args.copy else int(time.time()), args.phases)
        finally:
            if args.copy:
                import shutil

                shutil.rmtree(path.parent.parent, ignore_errors=True)


def grow(path: Path, count: int, first: int) -> None:
    """``count`` articles added one at a time, as ``factscope add`` adds each (its derived files
    written after it): the tails they grow (``store/tails.py``, folded at 1/8 of the base) and the
    links they take back are what the timed adds then extend and read."""
    if count <= 0:
        return
    from store.build import add_articles, ensure_corpus_db
    from store.derived import write_derived_indexes

    began = time.process_time()
    for k in range(count):
        db = ensure_corpus_db(path, catalogue_only=True)
        add_articles(db, [synthetic_article(first + k * 7919)])
        assert write_derived_indexes(db) == []
    tails = {p.name: p.stat().st_size for p in path.parent.glob("*.tail.npz")}
    print(
        f"grown by {count} adds one by one in {time.process_time() - began:.0f} s CPU; tails "
        + ", ".join(f"{name.split('.')[-3]} {size / 1e6:.1f} MB" for name, size in sorted(tails.items())),
        flush=True,
    )


def measure(path: Path, claims: int, adds: int, salt: int, phases: bool = False) -> None:
    """``adds`` adds timed in fresh processes, then as many whole `factscope add` processes."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="factscope-bench-add-home-") as home:
        env = child_env(home)
        warm_byte_code(env)
        measure_in(path, claims, adds, salt, env)
        if phases:
            phases_in(path, claims, adds, salt, env)
        folds_done(path)  # before the DB and the byte-code cache it writes go


def warm_byte_code(env: dict[str, str]) -> None:
    """Untimed: an add to a small DB of its own (the bundled corpus, built for it) writes the byte-code
    the timed processes reuse, so that the DB measured gets its first add from a timed one."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="factscope-bench-add-warm-") as tmp:
        cli_add(Path(tmp) / "corpus.json", 1, env)


def folds_done(path: Path) -> None:
    """Wait for the folds `factscope add` started behind it (``python -m store.fold DB``, in
    processes of their own) on the DB at ``path`` to end."""
    import os

    wanted = b"store.fold\0" + os.fsencode(os.path.abspath(path)) + b"\0"
    while True:
        running = False
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                with open(f"/proc/{pid}/cmdline", "rb") as fh:
                    running = running or wanted in fh.read()
            except OSError:
                continue
        if not running:
            return
        time.sleep(0.05)


def measure_in(path: Path, claims: int, adds: int, salt: int, env: dict[str, str]) -> None:
    import os

    for n in range(adds):
        cpu, wall, link_cpu, link_wall, links, opened, derived, folded = in_fresh_process(
            path, 10_000_000 + claims + n * 7919 + salt, env
        )
        print(
            f"{claims:>7} claims, add {n + 1}: {cpu:.2f} s CPU, {wall:.2f} s wall; linking {link_cpu:.2f} s CPU "
            f"({100 * link_cpu / max(cpu, 1e-9):.0f}%), {link_wall:.2f} s wall; {links} links; "
            f"opening the DB before it {opened:.2f} s CPU; derived files after it {derived:.2f} s CPU"
            f"{f', a fold behind it {folded:.2f} s CPU' if folded else ''} "
            f"(load {os.getloadavg()[0]:.1f})",
            flush=True,
        )
    for n in range(adds):
        wall, cpu = cli_add(path, 20_000_000 + claims + n * 7919 + salt, env)
        print(
            f"{claims:>7} claims, `factscope add FILE` {n + 1}: {wall:.2f} s wall, {cpu:.2f} s CPU, whole process"
            f" (load {os.getloadavg()[0]:.1f})",
            flush=True,
        )


def phases_in(path: Path, claims: int, adds: int, salt: int, env: dict[str, str]) -> None:
    import os

    for n in range(adds):
        phases = phased_cli_add(path, 30_000_000 + claims + n * 7919 + salt, env)
        cpu, wall = phases.pop("whole process")
        print(
            f"{claims:>7} claims, `factscope add FILE` by phase {n + 1}: {cpu:.2f} s CPU, {wall:.2f} s wall "
            f"(load {os.getloadavg()[0]:.1f}), CPU / wall s:",
            flush=True,
        )
        for name, (c, w) in phases.items():
            print(f"    {name:<46} {c:6.3f} / {w:6.3f}", flush=True)


if __name__ == "__main__":
    main()
