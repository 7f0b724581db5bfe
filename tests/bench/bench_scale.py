"""The app at scale: first useful screen, search ready, peak memory and one add, per corpus size.

For each size (claims) a synthetic corpus DB is built once in a temp data dir
(with its derived files, as ``factscope build`` leaves them), then fresh,
headless processes measure:

- ``useful ÷ bare``: the first useful screen (the article list and the first
  article's claims painted) against a bare one-label Textual app's first frame,
  medians of alternating runs;
- ``search ready``: from spawn until the search index is in the app;
- ``peak RSS``: the app's maximum resident memory once search is ready, and
  that minus the bare app's, per claim; and the same once the app has built the
  views' models by itself (it does, behind search, so that a view opens at once), with in
  brackets the part of it that is anonymous memory (``RssAnon`` over the bare app's: the rest is
  pages of the mapped derived files, page cache the kernel can drop and read again); and that
  again once the adds below have given the derived files a tail (``store/tails.py``: the state
  a DB is in between folds), in another run of the app;
- ``add``: one 20-claim article (already extracted, no links) added to the DB by
  a fresh process that reads the catalogue alone, as ``factscope add`` does: the
  store's part alone (``CorpusDB.update_index``), open + add, and the CPU time
  of extending the derived files (``write_derived_indexes``).

With ``--layouts`` it also compares, in one process, the two layouts the
store reads (one file, as before issue 17; a catalogue plus shards): opening
the whole DB, opening the part a first screen needs, and adding one article.

    python tests/bench/bench_scale.py [--runs 3] [--layouts] [--views] [--keep DIR] [SIZE ...]
    (default sizes: 10000 100000; --keep DIR makes each DB once, in DIR/VERSION-SIZE/, and reuses it
    while the pipeline version is the same: the app rebuilds a DB of another version, which would
    be measured instead)

Not collected by pytest (a benchmark prints figures; it asserts nothing).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_startup import BARE, bench_env

# The peak of this process's own memory: VmHWM (ru_maxrss would count the parent's, across fork and exec).
PEAK = "next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM'))"
# the process's own anonymous memory now (its heap and arrays, not the pages of files it maps: those
# are page cache the kernel can drop and read again; VmHWM counts both)
ANON = "next(line.split()[1] for line in open('/proc/self/status') if line.startswith('RssAnon'))"
VIEW_NAMES = ("figures", "timeline", "entities")
BARE_RSS = BARE.replace("self.exit()", f"print('rss', {PEAK}, {ANON}, flush=True); self.exit()")

APP = """
import sys, time
sys.path.insert(0, BENCH)
from pathlib import Path
from polling import poll  # each step once: a Textual interval stopped in its callback can call it again
def PEAK_KB():
    return next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM'))
def ANON_KB():
    return next(line.split()[1] for line in open('/proc/self/status') if line.startswith('RssAnon'))
from tui.app import FactscopeApp
class Timed(FactscopeApp):
    def useful_screen_shown(self):  # the frame that shows the sources, an article and its claims
        print("useful", time.time(), time.process_time(), flush=True)
        poll(self, 0.01, self.search_ready)
    def search_ready(self):
        if self.data is None or self.data.index is None:
            return False
        print("search", time.time(), time.process_time(), flush=True)
        from store.query.search import found_claims
        searched = found_claims(self.data.corpus, self.data.index.search("kursk killed"))
        assert searched, "no hits"
        print("hits", time.time(), time.process_time(), flush=True)  # what the search screen shows
        print("rss", PEAK_KB(), ANON_KB(), flush=True)
        poll(self, 0.02, self.views_prepared)
        return True
    def views_prepared(self):  # the app builds the views' models by itself once search works
        from tui.data import queries_of
        if not all(queries_of(self.data).ready(name) for name in ("figures", "timeline", "entities")):
            return False
        print("rss_prepared", PEAK_KB(), ANON_KB(), flush=True)
        if not VIEWS:
            self.exit()
            return True
        self._views = [("figures", "FiguresScreen"), ("timeline", "TimelineScreen"), ("entities", "EntitiesScreen")]
        self.next_view()
        return True
    def next_view(self):
        if not self._views:
            print("rss_views", PEAK_KB(), ANON_KB(), flush=True)
            self.exit()
            return
        self._view, self._screen = self._views.pop(0)
        self._asked = (time.time(), time.process_time())  # as a key would: open_view on the UI thread
        self.open_view(self._view)
        poll(self, 0.005, self.view_open)
    def view_open(self):
        if type(self.screen).__name__ != self._screen:
            return False
        self.call_after_refresh(self.view_drawn)
        return True
    def view_drawn(self):
        wall, cpu = time.time() - self._asked[0], time.process_time() - self._asked[1]
        print(f"view_{self._view}", wall, cpu, flush=True)
        self.pop_screen()
        self.call_after_refresh(self.next_view)
Timed(db_path=Path(DB)).run(headless=True, size=(120, 40))
"""

ADD = """
import sys, time
sys.path.insert(0, BENCH)
t0 = time.perf_counter()
from bench_scale import fresh_article
from store.corpus_db import CorpusDB
delta = fresh_article()
t1 = time.perf_counter()
db = CorpusDB.open_part(DB, lambda _articles: None)  # as `factscope add` opens it: the catalogue alone
t2 = time.perf_counter()
result = db.update_index(lambda _current: delta, met=set())  # no links to stored claims: none met
t3 = time.perf_counter()
assert len(result.claims) == 20, result
from store.derived import write_derived_indexes
c3 = time.process_time()
assert write_derived_indexes(db) == []
print("add", t3 - t2, t3 - t1, time.process_time() - c3, flush=True)
"""


def fresh_article():
    """One new 20-claim article, extracted (synthetic), with an id no corpus holds."""
    import hashlib

    from bench_store import synthetic

    extraction = synthetic(20)
    article = extraction.articles[0]
    suffix = str(time.time_ns())

    def new_id(first: str, old: str) -> str:  # of the shape factscope's ids have (corpus.loader.article_id)
        return first + hashlib.sha256(f"{old}-{suffix}".encode()).hexdigest()[:12]

    # (ids wider than the stored ones, as this bench gave before session 29, no factscope add makes; they
    # made the app copy the view columns' article ids of a base joined to its tail: 2.2 MB at 100k)
    article = replace(article, id=new_id("a", article.id))
    claims = [replace(claim, article_id=article.id, id=new_id("c", claim.id)) for claim in extraction.claims]
    return replace(extraction, articles=[article, *extraction.articles[1:]], claims=claims, xrefs=[])


def db_megabytes(path: Path) -> float:
    from store.shards import shard_dir

    files = [path, *(shard_dir(path).iterdir() if shard_dir(path).is_dir() else ())]
    return sum(f.stat().st_size for f in files) / 1e6


def make_db(claims: int, path: Path, batch: int = 100_000) -> None:
    """The DB ``factscope build`` would leave, with its derived files, made batch by batch: its
    shards written as each batch is made, the derived files extended by each (as an add does),
    so that a million claims never need to be in memory at once."""
    from datetime import UTC, datetime

    import orjson
    from bench_store import CLAIMS_PER_ARTICLE, synthetic

    from corpus.version import PIPELINE_VERSION
    from store import shards
    from store.atomic import atomic_write_bytes
    from store.claim_docs import ClaimDocs
    from store.corpus_db import CORPUS_KIND, SCHEMA_VERSION, CorpusDB
    from store.links import FORMAT as LINKS_FORMAT
    from store.links import LinkColumns, links_path
    from store.search import SearchIndex, persist
    from store.view_rows import ViewRows

    articles, entries, index, links, entities, xrefs = [], [], None, None, [], 0
    for first in range(0, claims, batch):
        part = synthetic(min(batch, claims - first), first // CLAIMS_PER_ARTICLE)
        entries += shards.write_shards(path, part.claims, part.xrefs)
        articles += part.articles
        entities, xrefs = part.entities, xrefs + len(part.xrefs)
        if index is None:
            index = SearchIndex.build(part.claims, articles, part.xrefs, entities)
            links = LinkColumns.of(part.xrefs)
        else:
            index = index.extended(part.claims, articles, part.xrefs, entities)
            links = links.joined(LinkColumns.of(part.xrefs))
        del part
    now = datetime.now(UTC).isoformat(timespec="seconds")
    meta = {
        "schema_version": SCHEMA_VERSION,
        "kind": CORPUS_KIND,
        "fingerprint": None,
        "pipeline_version": PIPELINE_VERSION,
        "includes_bundled": False,
        "built_at": now,
        "updated_at": now,
        "counts": {"articles": len(articles), "claims": claims, "entities": len(entities), "xrefs": xrefs},
    }
    atomic_write_bytes(path, orjson.dumps(shards.catalogue(meta, articles, entities, entries)))
    db = CorpusDB.open_part(path, lambda _articles: None)
    version = db.version_key()
    assert index is not None and links is not None and version is not None
    assert persist.save(index, persist.cache_path(path), f"{persist.FORMAT}:{version}") is None
    assert links.save(links_path(path), f"{LINKS_FORMAT}:{version}") is None
    # the claims' documents and the view columns, made from the shards a part at a time
    assert ClaimDocs.from_db(db)[1] is None and ViewRows.from_db(db)[1] is None


def compare_layouts(claims: int, home: str) -> None:
    """Open whole / open part / add one article, on one file and on a catalogue plus shards."""
    import gc

    import orjson

    from store.corpus_db import CorpusDB
    from store.shards import assemble

    sharded = Path(home) / f"corpus-{claims}.json"
    single = Path(home) / f"single-{claims}.json"
    data = orjson.loads(sharded.read_bytes())
    single.write_bytes(orjson.dumps(assemble(sharded, data)))
    for label, path in (("one file", single), ("catalogue+shards", sharded)):
        times = {}
        for name, step in (
            ("open", lambda p=path: CorpusDB.open(p)),
            ("open part", lambda p=path: CorpusDB.open_part(p, lambda found: found[0])),
        ):
            gc.collect()
            t0 = time.perf_counter()
            step()
            times[name] = time.perf_counter() - t0
        db = CorpusDB.open(path)
        t0 = time.perf_counter()
        db.add(fresh_article())
        times["add"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        db.add(fresh_article())
        times["add again"] = time.perf_counter() - t0
        print(
            f"{claims:>8} | {label:<17} | open {times['open']:6.2f} s | open part {times['open part']:6.2f} s |"
            f" add {times['add']:5.2f} s, again {times['add again']:5.2f} s",
            flush=True,
        )
        del db
    single.unlink()


def marks(code: str, env: dict[str, str], expect: tuple[str, ...] = ()) -> dict[str, float]:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    if out.returncode:
        raise SystemExit(f"child failed: {out.stderr.strip().splitlines()[-1:]}")
    found = {}
    for line in out.stdout.splitlines():
        name, *values = line.split()
        if name in {"first", "useful", "search", "hits", "views"}:
            found[name] = (float(values[0]) - start) * 1000
            found[f"{name}_cpu"] = float(values[1]) * 1000  # the child's CPU time: steadier on a busy machine
        elif name.startswith("view_"):
            found[name], found[f"{name}_cpu"] = float(values[0]) * 1000, float(values[1]) * 1000
        elif name in {"rss", "rss_prepared", "rss_views"}:
            found[name] = float(values[0]) / 1024  # KB -> MB
            found[f"{name}_anon"] = float(values[1]) / 1024
        elif name == "add":
            found["add_store"], found["add_open"], found["add_derived_cpu"] = map(float, values[:3])
    missing = [name for name in expect if name not in found]
    if missing:  # the child ended without them (an app that fails exits with code 0): say why
        raise SystemExit(f"child ended without {missing}:\n{out.stdout[-2000:]}\n{out.stderr[-4000:]}")
    return found


def bench(
    claims: int, home: str, env: dict[str, str], runs: int, views: bool, add: bool, keep: str | None = None
) -> dict[str, float]:
    from corpus.version import PIPELINE_VERSION

    kept = Path(keep) / f"{PIPELINE_VERSION}-{claims}" / "corpus.json" if keep else None
    path = kept or Path(home) / f"corpus-{claims}.json"
    t0 = time.perf_counter()
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        make_db(claims, path)
    made = time.perf_counter() - t0
    size = "SIZE = (120, 40)\n"
    app = f"DB = {str(path)!r}\nVIEWS = {views}\nBENCH = {str(Path(__file__).parent)!r}\n{APP}"
    expect = ("useful", "search", "hits", "rss", "rss_prepared", *(("rss_views",) if views else ()))
    marks(size + BARE, env), marks(app, env)  # untimed: byte-code and OS file caches
    bare, ours = [], []
    for _ in range(runs):
        bare.append(marks(size + BARE_RSS, env, ("first", "rss")))
        ours.append(marks(app, env, expect))
    adds = [
        marks(f"DB = {str(path)!r}\nBENCH = {str(Path(__file__).parent)!r}\n{ADD}", env)
        for _ in range(runs if add else 0)
    ]
    nothing = {"add_store": float("nan"), "add_open": float("nan"), "add_derived_cpu": float("nan")}
    # the app again on the DB the adds left: its derived files a base and a tail each
    grown = [marks(app, env, expect) for _ in range(runs if add else 0)]
    adds = adds or [nothing]
    bare_ms = statistics.median(r["first"] for r in bare)
    bare_rss = statistics.median(r["rss"] for r in bare)
    rss = max(r["rss"] for r in ours)
    return {
        "claims": claims,
        "db_mb": db_megabytes(path),
        "made_s": made,
        "bare_ms": bare_ms,
        "useful_ms": statistics.median(r["useful"] for r in ours),
        "useful_x": statistics.median(r["useful"] for r in ours) / bare_ms,
        "useful_cpu_x": statistics.median(r["useful_cpu"] for r in ours)
        / statistics.median(r["first_cpu"] for r in bare),
        "search_cpu_s": statistics.median(r["search_cpu"] for r in ours) / 1000,
        "search_s": statistics.median(r["search"] for r in ours) / 1000,
        "rss_mb": rss,
        "kb_per_claim": (rss - bare_rss) * 1024 / claims,
        "prepared_kb_per_claim": (max(r["rss_prepared"] for r in ours) - bare_rss) * 1024 / claims,
        "prepared_anon_kb_per_claim": (
            max(r["rss_prepared_anon"] for r in ours) - statistics.median(r["rss_anon"] for r in bare)
        )
        * 1024
        / claims,
        "grown_kb_per_claim": (max(r["rss_prepared"] for r in grown) - bare_rss) * 1024 / claims
        if grown
        else float("nan"),
        "bare_rss_mb": bare_rss,
        "hits_cpu_s": statistics.median(r["hits_cpu"] for r in ours) / 1000,
        "views_kb_per_claim": (max(r["rss_views"] for r in ours) - bare_rss) * 1024 / claims if views else 0.0,
        **{
            f"{name}_{part}": statistics.median(r[f"view_{name}{part.removeprefix('ms')}"] for r in ours)
            for name in VIEW_NAMES
            for part in ("ms", "ms_cpu")
            if views
        },
        "add_derived_cpu_s": statistics.median(r["add_derived_cpu"] for r in adds),
        "add_store_s": statistics.median(r["add_store"] for r in adds),
        "add_open_s": statistics.median(r["add_open"] for r in adds),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--layouts", action="store_true", help="also compare one file with catalogue+shards")
    parser.add_argument("--views", action="store_true", help="then open the figures, timeline and entities views")
    parser.add_argument("--no-add", action="store_true", help="skip the add")
    parser.add_argument("--keep", metavar="DIR", help="make each DB once as DIR/VERSION-SIZE/corpus.json and keep it")
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="factscope-scale-")
    try:
        run_all(args, home)
    finally:
        shutil.rmtree(home, ignore_errors=True)


def run_all(args: argparse.Namespace, home: str) -> None:
    env = bench_env(home, cold_bytecode=False)
    env["FACTSCOPE_DATA_DIR"] = f"{home}/data"
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; medians of {args.runs} runs")
    print(
        "  claims |  DB MB | useful ÷ bare (ms)     | CPU ÷ bare | search ready (CPU) | first hits CPU |"
        " peak RSS at search ready (KB/claim over bare's) | once views prepared (of it anonymous) | same after the adds |"
        " add: store / open+add / derived CPU"
        + (" | views opened (key -> drawn, wall/CPU ms): figures, timeline, entities; KB/claim" if args.views else "")
    )
    for size in args.sizes:
        r = bench(size, home, env, args.runs, args.views, not args.no_add, args.keep)
        print(
            f"{r['claims']:>8} | {r['db_mb']:6.1f} | {r['useful_x']:5.2f}× ({r['useful_ms']:6.0f}/{r['bare_ms']:4.0f}) |"
            f" {r['useful_cpu_x']:5.2f}×     | {r['search_s']:6.2f} s ({r['search_cpu_s']:5.2f} s) |"
            f" {r['hits_cpu_s']:5.2f} s |"
            f" {r['rss_mb']:6.0f} MB ({r['kb_per_claim']:5.2f} over {r['bare_rss_mb']:3.0f} MB) |"
            f" {r['prepared_kb_per_claim']:5.2f} ({r['prepared_anon_kb_per_claim']:5.2f}) | {r['grown_kb_per_claim']:5.2f} |"
            f" {r['add_store_s']:5.2f} s / {r['add_open_s']:5.2f} s / {r['add_derived_cpu_s']:5.2f} s"
            + (
                " | "
                + ", ".join(f"{r[f'{name}_ms']:.0f}/{r[f'{name}_ms_cpu']:.0f}" for name in VIEW_NAMES)
                + f"; {r['views_kb_per_claim']:5.2f}"
                if args.views
                else ""
            ),
            flush=True,
        )
        if args.layouts:
            compare_layouts(size, home)


if __name__ == "__main__":
    main()
