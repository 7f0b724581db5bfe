"""Benchmark the shell commands users wait on: `python tests/cli/bench_cli.py [--claims N ...] [--json]`.

Not collected by pytest (no ``test_`` prefix). For each size it writes a synthetic
corpus DB (recombined news sentences with varied figures, names and dates) through
the real store, then times, as users run them, in fresh processes:
``factscope --help``, ``search`` (DB load + index build + query + output),
``show``, and ``export`` in every format (with the output size).
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEAKERS = [
    "the Pentagon",
    "South Korea's spy agency",
    "Ukraine's military",
    "the Kremlin",
    "a UN official",
    "Sergei Shoigu",
    "the defence ministry",
    "NATO officials",
    "Seoul",
    "analysts",
]
MEASURES = [
    "troops were deployed",
    "soldiers were killed",
    "soldiers were wounded",
    "workers were sent",
    "shells were delivered",
    "civilians were evacuated",
    "deminers arrived",
]
PLACES = ["Kursk", "Donbas", "Pyongyang", "Moscow", "Kyiv", "Seoul", "the border region", "Bryansk"]
MONTHS = list(calendar.month_name)[1:]


def sentence(rng: random.Random) -> str:
    figure = rng.choice(
        [
            f"{rng.randint(2, 99) * 100:,}",
            f"about {rng.randint(1, 20) * 500:,}",
            f"at least {rng.randint(10, 900)}",
            f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
        ]
    )
    return (
        f"{rng.choice(SPEAKERS).capitalize()} said {figure} {rng.choice(MEASURES)} near "
        f"{rng.choice(PLACES)} in {rng.choice(MONTHS)} {rng.choice([2023, 2024, 2025])}."
    )


def synthetic(claims: int, seed: int = 7):
    from corpus.loader import article_id
    from corpus.model import Article, Claim, Extraction, XRef

    rng = random.Random(seed)
    extraction = Extraction()
    per_article = 25
    for n in range(0, claims, per_article):
        sentences = [sentence(rng) for _ in range(min(per_article, claims - n))]
        body = f"Report {n // per_article}\n" + "\n".join(sentences) + "\n"
        article = Article(
            article_id(body),
            f"Report {n // per_article}",
            rng.choice(["Herald", "Courier", None]),
            [],
            f"2025-{rng.randint(1, 12):02d}",
            rng.random() < 0.3,
            f"r{n}.txt",
            body,
        )
        extraction.articles.append(article)
        offset = body.index("\n") + 1
        for text in sentences:
            start = body.index(text, offset)
            offset = start + len(text)
            extraction.claims.append(
                Claim(
                    f"{article.id}-{len(extraction.claims):08x}",
                    article.id,
                    start,
                    offset,
                    text,
                    "quantity",
                    None,
                    "asserted",
                )
            )
    ids = [c.id for c in extraction.claims]
    for i in range(0, len(ids) - 1, 3):
        relation = rng.choice(["corroborates", "conflicts", "related"])
        extraction.xrefs.append(XRef(ids[i], ids[rng.randrange(len(ids))], relation, 0.5, "synthetic"))
    extraction.xrefs[:] = [x for x in extraction.xrefs if x.source != x.target]
    return extraction


def timed(argv: list[str], env: dict[str, str], runs: int) -> tuple[float, int]:
    """Median wall seconds of ``runs`` fresh processes, and the stdout size."""
    seconds, size = [], 0
    for _ in range(runs):
        began = time.perf_counter()
        done = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True)
        seconds.append(time.perf_counter() - began)
        size = len(done.stdout)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{argv}: exit {done.returncode}: {done.stderr.decode()[-300:]}")
    return statistics.median(seconds), size


def bench(claims: int, runs: int, workdir: Path) -> dict:
    from store.build import pipeline_version
    from store.corpus_db import CorpusDB

    db_path = workdir / f"corpus-{claims}.json"
    extraction = synthetic(claims)
    began = time.perf_counter()
    CorpusDB.open(db_path, create=True).replace_all(
        extraction, None, pipeline_version=pipeline_version(), includes_bundled=False
    )
    write_s = time.perf_counter() - began
    env = {**os.environ, "XDG_DATA_HOME": str(workdir / "data"), "FACTSCOPE_DB": str(db_path)}
    factscope = [sys.executable, "-m", "tui"]
    result = {"claims": claims, "db_mb": round(db_path.stat().st_size / 1e6, 1), "db_write_s": round(write_s, 2)}
    result["help_s"], _ = timed([*factscope, "--help"], env, runs)
    result["search_s"], _ = timed([*factscope, "search", "soldiers killed kursk", "--limit", "20"], env, runs)
    result["search_json_s"], _ = timed([*factscope, "search", "pentagon 2,500", "--json"], env, runs)
    result["show_s"], _ = timed([*factscope, "show", extraction.claims[len(extraction.claims) // 2].id], env, runs)
    for fmt in ("json", "csv", "md", "claimreview"):
        result[f"export_{fmt}_s"], size = timed([*factscope, "export", "--format", fmt], env, runs)
        result[f"export_{fmt}_mb"] = round(size / 1e6, 1)
    return {k: round(v, 3) if isinstance(v, float) else v for k, v in result.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3, help="processes per timing (the median is kept)")
    parser.add_argument("--json", action="store_true", help="one JSON object per size, one per line")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for claims in args.claims:
            result = bench(claims, args.runs, Path(tmp))
            if args.json:
                print(json.dumps(result))
            else:
                print("  ".join(f"{k}={v}" for k, v in result.items()), flush=True)
    print(f"(load average now: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)", file=sys.stderr)


if __name__ == "__main__":
    main()
