"""Build cost in instructions, which the machine's load does not change: one fixed run, counted by cachegrind.

Run: .venv/bin/python tests/bench/bench_build_instructions.py [--synthetic 30] [--tool cachegrind]
     .venv/bin/python tests/bench/bench_build_instructions.py --stage STAGE   (one run, as counted)

The fixed run (session 32's): 30 synthetic articles, the bundled ones and tests/data/articles (73 articles, ~840
claims), from the articles to the stored DB, as ``bench_build.py --stages`` makes them: extraction
(``pipeline._claims_for``), linking (``pipeline.linked``: link features, blocking, relating, caps), storing (the DB,
the link index and the derived files). Each stage is the difference of two runs under ``valgrind --tool=cachegrind
--cache-sim=no``, one stopping before it: the interpreter's start, the imports and a warm-up on 5 other articles are
subtracted. Prints instructions an article by stage and for the whole build.

Every run has PYTHONHASHSEED=0 and the tree is first run once through every stage without valgrind: the compiled
pattern cache (corpus/regex_cache.py) is keyed by pattern texts some of which follow the hash order, and a tree
warmed under another seed would compile and rewrite it inside a counted run.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "bench"))

STAGES = ("none", "extract", "link", "build")


def run_stage(stage: str, synthetic: int) -> None:
    """The fixed run up to the end of ``stage`` (``none``: imports and the warm-up only)."""
    from bench_build import synthetic_article

    from corpus import pipeline
    from corpus.gcpause import paused_gc
    from corpus.loader import bundled_articles, load_dir
    from store import link_index
    from store.build import _storage
    from store.corpus_db import CorpusDB, full_index
    from store.corpus_index import CorpusIndex
    from store.derived import write_derived_indexes

    articles = [synthetic_article(10000 + i) for i in range(synthetic)]
    articles += bundled_articles() + load_dir(ROOT / "tests" / "data" / "articles")
    pipeline.extract([synthetic_article(i) for i in range(5)])
    if stage == "none":
        return
    with paused_gc():
        dated, claims, mentions = pipeline._claims_for(articles, None, 0, len(articles), [])
        if stage in ("link", "build"):
            result = pipeline.linked(dated, claims, mentions, [])
        if stage == "build":
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "c.json"
                index = full_index(path, result, None, pipeline_version="bench", includes_bundled=False)
                db = CorpusDB(_storage(path, None), CorpusIndex(), None)
                db.store_index(
                    index, after=lambda stored: link_index.index_build(db.path, stored, result.link_features)
                )
                write_derived_indexes(db)
    print(f"{len(articles)} articles, {len(claims)} claims", file=sys.stderr)


def counted(stage: str, synthetic: int, tool: str) -> tuple[int, str]:
    """Instructions of one run up to ``stage`` (and what it printed)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "counts.out"
        done = subprocess.run(
            [
                "valgrind",
                f"--tool={tool}",
                *(["--cache-sim=no"] if tool == "cachegrind" else []),
                f"--{tool}-out-file={out}",
                sys.executable,
                __file__,
                "--stage",
                stage,
                "--synthetic",
                str(synthetic),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
    total = re.search(r"(?:I\s+refs|Collected)\s*:\s*([\d,]+)", done.stderr)
    assert total is not None, done.stderr[-2000:]
    said = [line for line in done.stderr.splitlines() if "articles," in line]
    return int(total.group(1).replace(",", "")), (said[-1] if said else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stage", choices=STAGES, help="one run, as counted (no valgrind)")
    parser.add_argument("--synthetic", type=int, default=30)
    parser.add_argument("--tool", choices=("cachegrind", "callgrind"), default="cachegrind")
    args = parser.parse_args()
    if args.stage:
        run_stage(args.stage, args.synthetic)
        return
    # warm the tree under the counted runs' seed (see above)
    script = [sys.executable, __file__, "--stage", "build", "--synthetic", str(args.synthetic)]
    subprocess.run(script, env=dict(os.environ, PYTHONHASHSEED="0"), check=True, capture_output=True)
    totals = {}
    said = ""
    for stage in STAGES:
        totals[stage], what = counted(stage, args.synthetic, args.tool)
        said = what or said
        print(f"  {stage}: {totals[stage]:,} instructions", flush=True)
    articles = int(said.split()[0])
    print(said)
    parts = {"extraction": ("none", "extract"), "linking": ("extract", "link"), "storing": ("link", "build")}
    for name, (before, after) in parts.items():
        print(f"{name:>12}: {(totals[after] - totals[before]) / articles / 1e6:6.1f}M instructions an article")
    print(f"{'whole build':>12}: {(totals['build'] - totals['none']) / articles / 1e6:6.1f}M instructions an article")


if __name__ == "__main__":
    main()
