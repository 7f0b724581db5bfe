"""Build speed: articles per second on >= 2,000 synthetic news articles (one core).

Run: .venv/bin/python tests/bench/bench_build.py [--articles 2000] [--cli [--jobs 1 2]] [--stages]
     .venv/bin/python tests/bench/bench_build.py --articles 2000 --phases [--jobs 1 2]
     .venv/bin/python tests/bench/bench_build.py --articles 1000 --links-check [FILE]

Prints: the pipeline alone (extract on loaded articles, CPU and wall time),
with --stages its CPU ms per article by stage (sentences, entities, quantities,
attribution, claims, link features, linking, storage write, link index, and the derived files:
links, claims, views and the search index),
the incremental path (extend with 100 new articles), one 5,000-sentence
article (cross-referencing must stay near-linear), pysbd against our own
sentence splitter on the same text, and with --cli the end-to-end
``factscope build --corpus DIR --jobs N`` wall and CPU time in a throw-away data dir, with the
parent process's own CPU: the critical path of a build in N processes, so (CPU of --jobs 1) /
(parent CPU of --jobs N) is its speed-up when the cores are free.
With --phases, the CPU of ``factscope build``'s own process by phase, for each --jobs value (with
N > 1 the parent's: where the critical path goes), its workers' CPU and its copy-on-write faults,
and each worker's CPU by phase (what it does that one process would not: taking the others'
features, wording every pair it relates, its tasks crossing).
CPU time is the figure to compare: the machine is shared.
--links-check prints a digest of every link, left-out candidate and stored link feature of the
bundled corpus and of the synthetic articles (one process and two): a speed-only change to
linking must leave them the same (FILE: the lines themselves, to diff before and after).
"""

from __future__ import annotations

import argparse
import calendar
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from corpus.loader import article_id
from corpus.model import Article

PLACES = ["Valmora", "Esterland", "Kavar", "Drusia", "Port Meridia", "Harbour City", "Lindau", "Ostrava Nova"]
PEOPLE = [
    "Anton Keller",
    "Maria Olsen",
    "Jonas Berg",
    "Grace Obi",
    "Tomas Lindqvist",
    "Helen Marsh",
    "Omar Haleb",
    "Priya Raman",
]
ROLES = ["Interior Minister", "Defence Minister", "agency director", "union president", "Gov.", "army spokesman Col."]
BODIES = [
    "the Interior Ministry",
    "the National Health Agency",
    "the electoral commission",
    "the Red Cross",
    "the defence ministry",
]
MEASURES = [
    "people were killed",
    "people were injured",
    "soldiers were deployed",
    "workers went on strike",
    "cases were recorded",
    "buildings were damaged",
]
MODS = ["at least", "more than", "about", "nearly", "up to", ""]
MONTHS = list(calendar.month_name)[1:]
FURNITURE = [
    "Share this article",
    "Advertisement",
    "Listen to this story",
    "Sign up for our newsletter",
    "Read more: earlier coverage",
    "Leave a Comment",
]


def _number(rng: random.Random) -> str:
    return f"{rng.choice([12, 40, 87, 150, 412, 1200, 3000, 5000, 12000, 25000]) + rng.randint(0, 9):,}"


def _sentence(rng: random.Random) -> str:
    place, person, body = rng.choice(PLACES), rng.choice(PEOPLE), rng.choice(BODIES)
    month, day = rng.choice(MONTHS), rng.randint(1, 28)
    figure = f"{rng.choice(MODS)} {_number(rng)}".strip()
    shapes = [
        f"{figure} {rng.choice(MEASURES)} in {place} on {month} {day}, {body} said.",
        f"{rng.choice(ROLES)} {person} said {figure} {rng.choice(MEASURES)} since {month}.",
        f"“We are doing everything we can,” {person} told reporters in {place} on Tuesday.",
        f"According to {body}, the government has pledged ${rng.randint(2, 90)} million in aid.",
        f"{body.capitalize()} denied reports that {rng.choice(MEASURES)} in {place}.",
        f"Turnout was {rng.randint(40, 80)}.{rng.randint(0, 9)} percent, up from {rng.randint(30, 60)} percent in {rng.randint(2001, 2020)}.",
        f"He said talks would resume next week, and that the U.S. envoy would visit {place} in {month}.",
        "Officials allegedly delayed the report, according to two people who asked not to be named.",
    ]
    return rng.choice(shapes)


def synthetic_article(i: int, sentences: int = 18) -> Article:
    rng = random.Random(i)
    lines = [f"{rng.choice(PLACES)} officials report new figures ({i})", rng.choice(FURNITURE)]
    for _ in range(sentences // 3):
        lines.append(" ".join(_sentence(rng) for _ in range(3)))
        if rng.random() < 0.2:
            lines.append(rng.choice(FURNITURE))
    body = "\n\n".join(lines) + "\n"
    month = rng.randint(1, 12)
    return Article(
        id=article_id(body),
        title=lines[0],
        outlet=rng.choice(["The Daily Courier", "Valmora Herald", "Civic Wire"]),
        authors=[],
        published=f"2024-{month:02d}-{rng.randint(1, 28):02d}",
        published_estimated=False,
        source_file=f"synthetic_{i:05d}.txt",
        body=body,
    )


def bench_pipeline(n: int) -> None:
    from corpus.pipeline import extend, extract

    articles = [synthetic_article(i) for i in range(n)]
    extract(articles[:5])  # warm the regex caches and the gazetteer
    cpu, wall = time.process_time(), time.perf_counter()
    result = extract(articles)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    print(f"pipeline extract: {n} articles, {len(result.claims)} claims, {len(result.xrefs)} xrefs")
    print(f"  {n / cpu:,.0f} articles/s (CPU)   {n / wall:,.0f} articles/s (wall, shared machine)")
    new = [synthetic_article(n + i) for i in range(100)]
    cpu = time.process_time()
    delta = extend(result, new)
    cpu = time.process_time() - cpu
    print(
        f"pipeline extend: 100 new articles onto {n}: {len(delta.claims)} claims, {len(delta.xrefs)} xrefs, {100 / cpu:,.0f} articles/s (CPU)"
    )


# Stage -> the names looked up in corpus.extract.article (or another module) that do that stage's work.
STAGES = {
    "sentences": [("corpus.extract.article", "segment"), ("corpus.extract.article", "_Carried")],
    "entities": [("corpus.extract.article", n) for n in ("find_entities", "with_countries", "tidy_entities")],
    "quantities": [
        ("corpus.extract.article", n)
        for n in ("find_dates", "find_quantities", "claim_dates", "resolve", "dateline_at", "subject_for", "is_figure")
    ],
    "attribution": [("corpus.extract.article", "_speaker")],
    "link features": [("corpus.pipeline", "features")],
    "linking": [("corpus.pipeline", "link"), ("corpus.pipeline", "capped_links")],
    "entity table": [("corpus.pipeline", "_entities")],
}


def bench_stages(n: int) -> None:
    """CPU ms per article in each stage, from the articles to the stored DB and its derived files (as
    `factscope build` does, in one process); 'claims' is what extract_article spends besides them. And
    by how much each stage raised the process's peak resident memory (VmHWM): where a build's memory goes."""
    import importlib

    from corpus.gcpause import paused_gc
    from corpus.pipeline import extract
    from store.corpus_db import full_index

    derived = ("links file", "claims file", "views file", "search index")
    spent: dict[str, float] = dict.fromkeys([*STAGES, "claims", "index", "storage write", "link index", *derived], 0.0)
    raised: dict[str, int] = dict.fromkeys(spent, 0)  # kB the stage raised the peak resident memory by
    depth = [0]

    def timed(stage: str, fn):
        def wrapper(*args, **kwargs):
            if depth[0]:  # a stage called from inside another counts as the outer one
                return fn(*args, **kwargs)
            depth[0] += 1
            peak = _peak_kb()
            began = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[stage] += time.process_time() - began
                raised[stage] += _peak_kb() - peak
                depth[0] -= 1

        return wrapper

    for stage, names in STAGES.items():
        for module_name, name in names:
            module = importlib.import_module(module_name)
            setattr(module, name, timed(stage, getattr(module, name)))
    articles = [synthetic_article(i) for i in range(n)]
    extract(articles[:5])
    spent.update(dict.fromkeys(spent, 0.0))
    raised.update(dict.fromkeys(raised, 0))
    peak = _peak_kb()
    cpu = time.process_time()
    result = extract(articles)
    total = time.process_time() - cpu
    spent["claims"] = total - sum(spent.values())
    raised["claims"] = _peak_kb() - peak - sum(raised.values())
    with tempfile.TemporaryDirectory() as tmp, paused_gc():  # as `factscope build` stores it
        from store import link_index
        from store.build import _storage
        from store.claim_docs import ClaimDocs
        from store.corpus_db import CorpusDB
        from store.corpus_index import CorpusIndex
        from store.derived import write_derived_indexes
        from store.links import LinkColumns
        from store.search import SearchIndex
        from store.view_rows import ViewRows

        peak = _peak_kb()
        began = time.process_time()
        index = full_index(Path(tmp) / "c.json", result, None, pipeline_version="bench", includes_bundled=False)
        spent["index"] = time.process_time() - began
        raised["index"] = _peak_kb() - peak
        peak = _peak_kb()
        began = time.process_time()
        db = CorpusDB(_storage(Path(tmp) / "c.json", None), CorpusIndex(), None)
        db.store_index(
            index,
            after=timed("link index", lambda stored: link_index.index_build(db.path, stored, result.link_features)),
        )
        spent["storage write"] = time.process_time() - began - spent["link index"]
        raised["storage write"] = _peak_kb() - peak - raised["link index"]
        # the derived files, each timed apart (``write_derived_indexes`` makes them in this order)
        for stage, kind in zip(derived, (LinkColumns, ClaimDocs, ViewRows, SearchIndex), strict=True):
            kind.from_db = timed(stage, kind.from_db)
        peak = _peak_kb()
        began = time.process_time()
        write_derived_indexes(db)
        spent["storage write"] += time.process_time() - began - sum(spent[stage] for stage in derived)
        raised["storage write"] += _peak_kb() - peak - sum(raised[stage] for stage in derived)
    whole = sum(spent.values())
    print(f"stages, CPU ms per article ({n} articles, {whole / n * 1000:.2f} ms = {n / whole:,.0f} articles/s):")
    for stage, seconds in spent.items():
        print(
            f"  {stage:<14}{seconds / n * 1000:7.2f} ms  {100 * seconds / whole:5.1f}%   peak RSS +{raised[stage] / 1024:5.0f} MB"
        )
    print(f"  peak RSS {_peak_kb() / 1024:,.0f} MB (load {os.getloadavg()[0]:.1f})")


def _peak_kb() -> int:
    """This process's peak resident memory so far, in kB (Linux's VmHWM; 0 elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next((int(line.split()[1]) for line in status if line.startswith("VmHWM:")), 0)
    except OSError:
        return 0


def bench_long_article(sentences: int = 5000) -> None:
    from corpus.pipeline import extract

    rng = random.Random(7)
    body = "\n\n".join(" ".join(_sentence(rng) for _ in range(5)) for _ in range(sentences // 5))
    article = Article(
        id=article_id(body),
        title="long",
        outlet=None,
        authors=[],
        published="2024-06-01",
        published_estimated=False,
        source_file="long.txt",
        body=body,
    )
    cpu = time.process_time()
    result = extract([article])
    cpu = time.process_time() - cpu
    print(
        f"one {sentences}-sentence article: {len(result.claims)} claims, {len(result.xrefs)} xrefs in {cpu:.2f} s CPU"
    )


def bench_splitters(n: int = 300) -> None:
    from corpus.extract.sentences import split_sentences

    text = " ".join(" ".join(_sentence(random.Random(i)) for _ in range(6)) for i in range(n))
    cpu = time.process_time()
    ours = split_sentences(text)
    ours_s = time.process_time() - cpu
    try:
        import pysbd
    except ImportError:
        print(f"sentence splitter: ours {len(ours)} sentences in {ours_s * 1000:.0f} ms (pysbd not installed)")
        return
    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    cpu = time.process_time()
    theirs = seg.segment(text)
    theirs_s = time.process_time() - cpu
    print(
        f"sentence splitter on {len(text):,} chars: ours {len(ours)} sentences in {ours_s * 1000:.0f} ms, "
        f"pysbd {len(theirs)} in {theirs_s * 1000:.0f} ms ({theirs_s / max(ours_s, 1e-9):.0f}x slower)"
    )


# Runs the CLI and reports on stderr the CPU time of its own process (not its workers'): with --jobs N
# the parent's CPU is the build's critical path, so (CPU of --jobs 1) / (parent CPU of --jobs N) is the
# speed-up the build gets from N cores when nothing else runs on them (the parent waits little).
_CLI_WITH_OWN_CPU = """
import sys, time
from tui.cli import main
try:
    code = main(sys.argv[1:])
finally:
    print(f"parent CPU {time.process_time():.3f}", file=sys.stderr)
sys.exit(code)
"""


def bench_cli(n: int, jobs: list[int]) -> None:
    """`factscope build --corpus DIR --jobs N`: wall and CPU (all processes, and the parent's) per N;
    the load average says how busy the (shared) machine was."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = _write_corpus(Path(tmp), n)
        walls: dict[int, float] = {}
        cpus: dict[int, float] = {}
        parents: dict[int, float] = {}
        for j in jobs:
            env = {
                **os.environ,
                "XDG_DATA_HOME": tmp,
                "XDG_CONFIG_HOME": tmp,
                "FACTSCOPE_DB": str(Path(tmp) / f"corpus{j}.json"),
            }
            load = os.getloadavg()[0]
            wall, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_CHILDREN)
            done = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    _CLI_WITH_OWN_CPU,
                    "build",
                    "--corpus",
                    str(corpus),
                    "--quiet",
                    "--jobs",
                    str(j),
                ],
                env=env,
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            wall, after = time.perf_counter() - wall, resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
            walls[j], cpus[j] = wall, cpu
            parents[j] = float(done.stderr.rsplit("parent CPU ", 1)[-1]) if "parent CPU " in done.stderr else cpu
            status = "ok" if done.returncode == 0 else f"exit {done.returncode}: {done.stderr.strip()[:200]}"
            print(
                f"factscope build --corpus ({n} files) --jobs {j}: {wall:.1f} s wall, {cpu:.1f} s CPU in all processes "
                f"({parents[j]:.1f} s in the parent): {n / wall:,.0f} articles/s wall, "
                f"{n / cpu:,.0f} articles/s per CPU-second (load {load:.1f}; {status})"
            )
        if len(walls) > 1:
            one = min(walls)
            print(
                "  speed-up over --jobs "
                + f"{one}: "
                + ", ".join(
                    f"{j} jobs {walls[one] / w:.2f}x wall, {cpus[one] / parents[j]:.2f}x by CPU "
                    f"(--jobs {one} CPU / parent CPU)"
                    for j, w in sorted(walls.items())
                    if j != one
                )
            )


# Runs the CLI with each phase's CPU in this (the parent) process measured apart, exclusive of the phases
# it calls (a phase called inside another counts as itself, not as the outer one); phases are looked up
# by name, and one not found is left out. With --jobs N the workers' CPU is "children".
_CLI_PHASES = """
import importlib, inspect, json, resource, sys, time
spent, stack = {}, []
clock = time.process_time


def enter():
    stack.append(0.0)
    return clock()


def leave(label, began):
    took = clock() - began
    inner = stack.pop()
    spent[label] = spent.get(label, 0.0) + took - inner
    if stack:
        stack[-1] += took


def timed(label, module, name):
    try:
        owner = importlib.import_module(module)
    except ImportError:
        return
    cls, _, attr = name.rpartition(".")
    if cls:
        owner = getattr(owner, cls, None)
    raw = (owner.__dict__ if isinstance(owner, type) else vars(owner)).get(attr) if owner is not None else None
    if raw is None:
        return
    fn = raw.__func__ if isinstance(raw, (classmethod, staticmethod)) else raw
    if inspect.isgeneratorfunction(fn):

        def wrapper(*args, **kwargs):
            it = fn(*args, **kwargs)
            while True:
                began = enter()
                try:
                    item = next(it)
                except StopIteration:
                    return
                finally:
                    leave(label, began)
                yield item

    else:

        def wrapper(*args, **kwargs):
            began = enter()
            try:
                return fn(*args, **kwargs)
            finally:
                leave(label, began)

    # named as what it wraps: a task's function crosses to a worker by its name (pickle), to its wrapper there
    wrapper.__module__, wrapper.__qualname__ = fn.__module__, fn.__qualname__
    setattr(owner, attr, type(raw)(wrapper) if isinstance(raw, (classmethod, staticmethod)) else wrapper)


def worker_phases():  # each forked worker counts its own phases from its start, and prints them as it ends
    parallel = importlib.import_module("corpus.parallel")
    serve = parallel._serve

    def serving(conn, others):
        spent.clear()
        stack.clear()
        began = clock()
        try:
            serve(conn, others)
        finally:
            spent["(tasks and replies crossing, the rest)"] = clock() - began - sum(spent.values())
            print("WORKER " + json.dumps(spent), file=sys.stderr, flush=True)

    parallel._serve = serving


for label, module, name in json.loads(sys.argv[1]):
    timed(label, module, name)
worker_phases()
from tui.cli import main

try:
    code = main(sys.argv[2:])
finally:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    spent["(startup, imports, the rest)"] = clock() - sum(spent.values())
    print("PHASES " + json.dumps([spent, own.ru_minflt, children.ru_utime + children.ru_stime]), file=sys.stderr)
sys.exit(code)
"""

# (label, module, name) of each phase timed in the parent; several names may share a label.
PHASES = [
    ("loading the files", "tui.cli.build", "load_corpus_dir"),
    ("extraction (jobs 1)", "corpus.pipeline", "_claims_for"),
    ("extraction (jobs N: own share, results)", "corpus.parallel", "_extract_shared"),
    ("link features", "corpus.pipeline", "features"),
    ("link features", "corpus.parallel", "claim_features"),
    ("extraction (a share, in a worker or here)", "corpus.parallel", "_extract_claims"),
    ("other processes' features taken", "corpus.parallel", "_take_sent"),
    ("other processes' features taken", "corpus.parallel", "_take_forwarded"),
    ("other processes' features taken", "corpus.parallel", "_take_features"),
    ("rarity taken", "corpus.parallel", "_take_rarity"),
    ("relating pairs (a share, in a worker or here)", "corpus.parallel", "_relate_range"),
    ("wording every related pair (as found)", "corpus.xref.link", "Worded.of"),
    ("related pairs sent (a worker)", "corpus.parallel", "_packed_relations"),
    ("related pairs received", "corpus.parallel", "_unpacked_relations"),
    ("link index rows", "store.link_index", "encode"),
    ("blocking", "corpus.xref.blocking", "BuildPairs.__init__"),
    ("blocking", "corpus.xref.blocking", "BuildPairs.__iter__"),
    ("memos let go (turns)", "corpus.xref.link", "Turns._let_go"),
    ("links put in the order pairs were found", "corpus.xref.blocking", "BuildPairs.found_order"),
    ("relating (own share)", "corpus.xref.link", "_link"),
    ("links no relation decides", "corpus.xref.link", "_cites"),
    ("links no relation decides", "corpus.xref.link", "_fixed_links"),
    ("caps", "corpus.xref.link", "_best_few"),
    ("caps", "corpus.pipeline", "capped_links"),
    ("entities", "corpus.pipeline", "_entities"),
    ("index", "store.build", "full_index"),
    ("storage write", "store.corpus_db", "CorpusDB.store_index"),
    ("link index", "store.link_index", "index_build"),
    ("links file", "store.links", "LinkColumns.from_db"),
    ("claims file", "store.claim_docs", "ClaimDocs.from_db"),
    ("views file", "store.view_rows", "ViewRows.from_db"),
    ("search index", "store.search", "SearchIndex.from_db"),
]


def bench_phases(n: int, jobs: list[int]) -> None:
    """`factscope build --corpus DIR --jobs N`: this process's CPU by phase (with N > 1 the parent's, the
    build's critical path when the cores are free; what it hands to forked processes is theirs), the
    workers' CPU and the parent's minor page faults (copy-on-write after each fork)."""
    import json

    with tempfile.TemporaryDirectory() as tmp:
        corpus = _write_corpus(Path(tmp), n)
        for j in jobs:
            env = {**os.environ, "XDG_DATA_HOME": tmp, "XDG_CONFIG_HOME": tmp, "FACTSCOPE_DB": f"{tmp}/phases{j}.json"}
            load = os.getloadavg()[0]
            argv = ["build", "--corpus", str(corpus), "--quiet", "--jobs", str(j)]
            done = subprocess.run(
                [sys.executable, "-c", _CLI_PHASES, json.dumps(PHASES), *argv],
                env=env,
                capture_output=True,
                text=True,
                cwd=ROOT,
            )
            if "PHASES " not in done.stderr:
                print(f"--jobs {j}: exit {done.returncode}: {done.stderr.strip()[-300:]}")
                continue
            spent, faults, children = json.loads(done.stderr.rsplit("PHASES ", 1)[1].splitlines()[0])
            own = sum(spent.values())
            print(
                f"factscope build --corpus ({n} files) --jobs {j}: this process {own:.2f} s CPU "
                f"({n / own:,.0f} articles per CPU-second), workers {children:.2f} s, {faults:,} minor faults "
                f"(load {load:.1f})"
            )
            for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
                if seconds >= 0.005:
                    print(f"  {label:<46}{seconds:7.2f} s  {100 * seconds / own:5.1f}%")
            for number, line in enumerate(done.stderr.split("WORKER ")[1:], 1):
                theirs = json.loads(line.splitlines()[0])
                print(f"  worker {number}: {sum(theirs.values()):.2f} s CPU")
                for label, seconds in sorted(theirs.items(), key=lambda item: -item[1]):
                    if seconds >= 0.005:
                        print(f"    {label:<44}{seconds:7.2f} s")


def _write_corpus(tmp: Path, n: int) -> Path:
    """``n`` synthetic article files (and their metadata) in a directory under ``tmp``."""
    corpus = tmp / "corpus"
    corpus.mkdir()
    for i in range(n):
        a = synthetic_article(i)
        (corpus / a.source_file).write_text(a.body, encoding="utf-8")
        (corpus / a.source_file.replace(".txt", ".meta.toml")).write_text(
            f'title = "{a.title}"\noutlet = "{a.outlet}"\npublished = "{a.published}"\n', encoding="utf-8"
        )
    return corpus


def _links_dump(extraction) -> list[str]:
    """Every link (all its fields), every candidate the caps left out and every claim's stored link
    features, one line each: what a speed-only change to linking must leave byte-identical."""
    import json

    from corpus.xref.link import LeftOut
    from corpus.xref.stored import to_doc

    lines = [
        json.dumps(["xref", x.source, x.target, x.relation, x.score, x.reason, x.rule, x.matched])
        for x in extraction.xrefs
    ]
    for item in extraction.link_features:
        if isinstance(item, LeftOut):
            lines += [json.dumps(["left out", c.source, c.target, c.relation, c.score]) for c in item.links]
        else:
            lines.append(json.dumps(["features", item.claim.id, to_doc(item)], sort_keys=True, default=sorted))
    return lines


def links_check(n: int, out: Path | None) -> None:
    """A digest of the links, left-out candidates and link features of the bundled corpus and of ``n``
    synthetic articles, in one process and in two (``corpus.parallel``); ``out``: the lines, to diff."""
    import hashlib

    from corpus import parallel
    from corpus.loader import bundled_articles
    from corpus.pipeline import extract

    runs = {
        "bundled": lambda: extract(bundled_articles()),
        f"synthetic {n}": lambda: extract([synthetic_article(i) for i in range(n)]),
        f"synthetic {n}, 2 jobs": lambda: parallel.extract([synthetic_article(i) for i in range(n)], jobs=2),
    }
    dumped: list[str] = []
    for name, run in runs.items():
        lines = _links_dump(run())
        digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16]
        links = sum(1 for line in lines if line.startswith('["xref"'))
        print(f"links check, {name}: {links} links, {len(lines)} lines, sha256 {digest}")
        dumped += [f"{name}\t{line}" for line in lines]
    if out is not None:
        out.write_text("\n".join(dumped) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--cli", action="store_true", help="also time `factscope build --corpus` end to end")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="--cli: the --jobs values to time")
    parser.add_argument("--stages", action="store_true", help="only the CPU time per stage")
    parser.add_argument(
        "--phases",
        action="store_true",
        help="only `factscope build` with each --jobs value: its process's CPU by phase",
    )
    parser.add_argument(
        "--links-check",
        nargs="?",
        const="",
        metavar="FILE",
        help="only a digest of the links made (bundled and synthetic, 1 and 2 processes); FILE: the lines, to diff",
    )
    args = parser.parse_args()
    if args.links_check is not None:
        links_check(args.articles, Path(args.links_check) if args.links_check else None)
        return
    if args.stages:
        bench_stages(args.articles)
        return
    if args.phases:
        bench_phases(args.articles, args.jobs)
        return
    bench_pipeline(args.articles)
    bench_long_article()
    bench_splitters()
    if args.cli:
        bench_cli(args.articles, args.jobs)


if __name__ == "__main__":
    main()
