"""Search at scale: keystroke latency of the index against a plain rapidfuzz scan.

    python tests/bench/bench_search.py --claims 100000 [--json] [--seed 7]

Generates N claims (news sentences recombined from templates and from the
bundled articles, with varied numbers, names, places and dates), stores them
in a real corpus DB file, then times what a user waits for: opening the DB and
building the index (``load_s``, first start; the index is then saved next to
the DB), opening it again with the saved index (``load_cached_s``), and every keystroke of realistic queries typed
one character at a time through a ``SearchSession``. In the same run it times
the naive scan ``process.extract(query, texts, scorer=WRatio,
processor=default_process, limit=50)`` on the finished queries.
Not collected by pytest (a benchmark prints figures; it asserts nothing).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

QUERIES = [
    "nis casualties",
    "pentagon 10,000",
    "speaker:shoigu workers",
    "hoax",
    "kursk north korean troops killed",
    "casualtes kursk",  # typo
    "troops pyongyang sent",  # reordered
    "deminers",
    'source:"washington post" soldiers',
    "kind:denial munitions",
    "ukrainian intelligence 6,000 wounded",
    "date:>2024-06 monument",
]

FIRST = (
    "Sergei Dmitry Kim Andriy Valery Igor Vladimir Volodymyr Michelle Frances Yoon Lee Park Choi "
    "Oleksandr Maria Anna John Lloyd Antony Jake Emmanuel Olaf Rishi Kaja Jens Mark Kostiantyn Isabelle "
    "Aldgra"
).split()
LAST = (
    "Shoigu Peskov Yong-hyun Kovalenko Gerasimov Korotchenko Putin Zelenskyy Budanov Syrskyi Lavrov "
    "Austin Blinken Sullivan Macron Scholz Sunak Kallas Stoltenberg Rutte Khudov Khurshudyan Fredly "
    "Martel Seok-yeol Sung-han Jae-myung Umerov Sybiha Kuleba"
).split()
ORGS = [
    "the Pentagon",
    "South Korea's National Intelligence Service",
    "the NIS",
    "the Kremlin",
    "Ukraine's military intelligence",
    "the UK Ministry of Defence",
    "the U.S. State Department",
    "Yonhap News Agency",
    "KCNA",
    "the Institute for the Study of War",
    "NATO",
    "the United Nations",
    "Daily NK",
    "South Korea's Joint Chiefs of Staff",
    "Ukraine's General Staff",
]
PLACES = [
    "Kursk",
    "Donbas",
    "Donetsk",
    "Luhansk",
    "Pyongyang",
    "Moscow",
    "Kyiv",
    "Seoul",
    "Zaporizhzhia",
    "Kharkiv",
    "Bryansk",
    "Belgorod",
    "Vladivostok",
    "the Kursk region",
    "the front line",
    "Pokrovsk",
    "Avdiivka",
    "Kherson",
]
UNITS = [
    "troops",
    "soldiers",
    "workers",
    "deminers",
    "military engineers",
    "artillery shells",
    "missiles",
    "officers",
    "construction workers",
    "volunteers",
    "laborers",
    "rounds of ammunition",
]
OUTLETS = [
    "The Washington Post",
    "The Epoch Times",
    "Breitbart News",
    "Reuters",
    "Associated Press",
    "BBC News",
    "The Guardian",
    "Yonhap News Agency",
    "The Kyiv Independent",
    "Al Jazeera",
    "NK News",
    "The New York Times",
]
MONTHS = "January February March April May June July August September October November December".split()
TEMPLATES = [
    ("{who} said {n} North Korean {unit} had been killed near {place} since {month}.", "quantity"),
    ("According to {who}, about {n} {unit} were deployed to {place} in {month} {year}.", "quantity"),
    ("{who} estimated that at least {n} North Korean soldiers were wounded in {place}.", "quantity"),
    ("{who} dismissed reports of {unit} in {place} as a \u201choax.\u201d", "denial"),
    ("{who} denied that Pyongyang had sent {unit} to {place}.", "denial"),
    ("{who} confirmed that North Korean {unit} were fighting alongside Russian forces in {place}.", "confirmation"),
    ("{who} warned that Pyongyang could send {n} more {unit} to Russia by {month}.", "forecast"),
    ("North Korea will deploy {n} {unit} to {place}, according to {who}.", "forecast"),
    ("The casualty figures from {who} put North Korean losses at {n} killed and {m} injured.", "quantity"),
    ("{who} reported that {n} {unit} arrived in {place} on {month} {day}.", "event"),
    ("Kim Jong Un met {who} in Pyongyang to discuss {unit} for {place}.", "event"),
    ("Russia pays Pyongyang ${n} a month for each of the {unit} sent to {place}, {who} said.", "quantity"),
    ("In {month} {year}, {who} said North Korean {unit} suffered heavy casualties in {place}.", "statement"),
    ("{who} called the reports of North Korean {unit} in {place} \u201chighly likely.\u201d", "statement"),
    ("A monument to the soldiers who died in {place} will be erected in Pyongyang, {who} said.", "statement"),
]


def _name(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return rng.choice(ORGS)
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _number(rng: random.Random) -> str:
    value = rng.choice([rng.randint(2, 99) * 100, rng.randint(1, 60) * 1000, rng.randint(10, 999), 10_000, 6_000, 300])
    return f"{value:,}" if rng.random() < 0.8 else str(value)


def bundled_sentences() -> list[str]:
    from corpus.loader import bundled_articles

    sentences = []
    for article in bundled_articles():
        for match in re.finditer(r"[A-Z\u201c][^\n]*?[.!?\u201d](?=\s|$)", article.body):
            if 6 <= len(match.group().split()) <= 60:
                sentences.append(match.group())
    return sentences


def make_sentence(rng: random.Random, real: list[str]) -> tuple[str, str, str]:
    """``(text, kind, speaker)``: a template filled in, or a real sentence varied."""
    who = _name(rng)
    if rng.random() < 0.4:
        text = re.sub(r"\d[\d,]*", lambda m: _number(rng), rng.choice(real))
        text = text.replace("Kursk", rng.choice(PLACES)) if rng.random() < 0.5 else text
        return text, rng.choice(["statement", "quantity", "event", "statement"]), who
    template, kind = rng.choice(TEMPLATES)
    text = template.format(
        who=who,
        n=_number(rng),
        m=_number(rng),
        unit=rng.choice(UNITS),
        place=rng.choice(PLACES),
        month=rng.choice(MONTHS),
        year=rng.choice(["2023", "2024", "2025"]),
        day=rng.randint(1, 28),
    )
    return text[0].upper() + text[1:], kind, who


_SUBJECTS = [
    ("casualties", ("killed", "wounded", "injured", "casualt", "losses")),
    ("workers", ("workers", "labor")),
    ("troop deployment", ("troops", "soldiers", "deploy")),
    ("payments", ("pays", "$")),
]


def _subject(text: str) -> str | None:
    """A topic label, as the pipeline gives one."""
    lowered = text.lower()
    return next((label for label, cues in _SUBJECTS if any(cue in lowered for cue in cues)), None)


def _quantities(text: str, quantity) -> list:
    """The figures of ``text`` with what they measure (the next word), as the pipeline would."""
    found = []
    for match in re.finditer(r"(\d[\d,]*)\s+(?:North Korean\s+)?([a-z]+)", text):
        value = float(match.group(1).replace(",", ""))
        found.append(
            quantity(match.group(0), value, value, value, "people", match.group(2), match.start(), match.end())
        )
    return found


def generate(count: int, seed: int):
    """An ``Extraction`` of ``count`` claims in articles of ~40 claims each."""
    from corpus.model import Article, Claim, Entity, Extraction, Quantity, XRef

    rng = random.Random(seed)
    real = bundled_sentences()
    articles, claims, xrefs = [], [], []
    while len(claims) < count:
        size = min(rng.randint(20, 60), count - len(claims))
        drafted = [make_sentence(rng, real) for _ in range(size)]
        body = " ".join(text for text, _, _ in drafted)
        aid = "a" + hashlib.sha256(f"{seed}-{len(articles)}-{body}".encode()).hexdigest()[:12]
        year, month = rng.choice([2022, 2023, 2024, 2025]), rng.randint(1, 12)
        articles.append(
            Article(
                aid,
                f"North Korean {rng.choice(UNITS)} in {rng.choice(PLACES)}",
                rng.choice(OUTLETS),
                [],
                f"{year}-{month:02d}",
                False,
                f"bench-{len(articles)}.txt",
                body,
            )
        )
        offset = 0
        for text, kind, who in drafted:
            cid = "c" + hashlib.sha256(f"{aid}{offset}{text}".encode()).hexdigest()[:12]
            ents = [p for p in PLACES if p in text][:2] + (["North Korea"] if "North Korea" in text else [])
            claims.append(
                Claim(
                    cid,
                    aid,
                    offset,
                    offset + len(text),
                    text,
                    kind,
                    who,
                    "hedged" if rng.random() < 0.2 else "asserted",
                    entities=ents,
                    quantities=_quantities(text, Quantity),
                    subject=_subject(text),
                )
            )
            offset += len(text) + 1
    for _ in range(count // 50):
        a, b = rng.sample(claims, 2)
        xrefs.append(XRef(a.id, b.id, rng.choice(["conflicts", "corroborates"]), 0.7, "bench"))
    entities = [Entity(p, "place") for p in PLACES] + [Entity("National Intelligence Service", "organisation", ["NIS"])]
    return Extraction(articles, claims, entities, xrefs)


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def run(count: int, seed: int, baseline_queries: int) -> dict:
    from rapidfuzz import fuzz, process, utils

    from store.corpus_db import CorpusDB
    from store.search import SearchIndex

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.json"
        extraction = generate(count, seed)
        CorpusDB.open(path, create=True).replace_all(extraction, fingerprint=f"bench-{count}-{seed}")
        del extraction
        gc.collect()
        rss_before = rss_mb()
        started = time.perf_counter()
        db = CorpusDB.open(path)
        opened = time.perf_counter()
        index = SearchIndex.from_db(db)  # first start: builds, then saves next to the DB
        built = time.perf_counter()
        del index, db
        gc.collect()
        restarted = time.perf_counter()
        db = CorpusDB.open(path)
        reopened = time.perf_counter()
        index = SearchIndex.from_db(db)  # next start: loads the saved index
        loaded = time.perf_counter()
        assert index.loaded_from_cache
    session = index.session()
    keystrokes, narrowed = [], 0
    for query in QUERIES:
        session.reset()
        for end in range(1, len(query) + 1):
            t0 = time.perf_counter()
            session.search(query[:end], limit=50)
            keystrokes.append((time.perf_counter() - t0) * 1000)
            narrowed += session.narrowed
    fresh = []
    for query in QUERIES:
        t0 = time.perf_counter()
        index.search(query, limit=50)
        fresh.append((time.perf_counter() - t0) * 1000)
    texts = [c.text for c in db.claims()]
    baseline = []
    for query in QUERIES[:baseline_queries]:
        t0 = time.perf_counter()
        process.extract(query, texts, scorer=fuzz.WRatio, processor=utils.default_process, limit=50)
        baseline.append((time.perf_counter() - t0) * 1000)
    p50 = statistics.median(keystrokes)
    return {
        "claims": len(index),
        "p50_ms": round(p50, 2),
        "p95_ms": round(percentile(keystrokes, 0.95), 2),
        "max_ms": round(max(keystrokes), 2),
        "baseline_p50_ms": round(statistics.median(baseline), 1),
        "speedup": round(statistics.median(baseline) / p50, 1),
        "load_s": round(built - started, 2),
        "rss_mb": round(rss_mb(), 1),
        "db_open_s": round(opened - started, 2),
        "index_build_s": round(built - opened, 2),
        "load_cached_s": round(loaded - restarted, 2),
        "index_load_s": round(loaded - reopened, 2),
        "index_mb": round(index.nbytes / 2**20, 1),
        "rss_before_load_mb": round(rss_before, 1),
        "fresh_query_p50_ms": round(statistics.median(fresh), 2),
        "keystrokes": len(keystrokes),
        "narrowed_keystrokes": narrowed,
        "baseline_queries": len(baseline),
        "loadavg_1m": round(os.getloadavg()[0], 2),
    }


# Queries with the claim a reader wants (an anchor inside it): typo'd, reordered, partial, numeric.
TARGETED = [
    ("ukranian intelligance", "Ukrainian intelligence reports Moscow pays"),
    ("hoxa peskov", "Kremlin spokesman Dmitry Peskov"),
    ("korotchenko volunters", "There are reports that 100,000 North Korean volunteers"),
    ("pyongyang monumnet", "a monument would soon be erected in Pyongyang"),
    ("volunteers korotchenko", "There are reports that 100,000 North Korean volunteers"),
    ("kursk region retaking", "Russia said that North Korean soldiers had provided"),
    ("troops 10,000 pentagon", "the Pentagon estimated that about 10,000"),
    ("agreement kim shoigu", "Kim Jong Un meets Russian Security Council Secretary"),
    ("gerasim", "Valery Gerasimov, chief of the general staff"),
    ("significant assist", "Russia said that North Korean soldiers had provided"),
    ("monum pyong", "a monument would soon be erected in Pyongyang"),
    ("10,000", "the Pentagon estimated that about 10,000"),
    ("$2,000 monthly", "Ukrainian intelligence reports Moscow pays"),
    ("2,700 injured", "at least 300 North Korean soldiers"),
    ("6000 troops", "6,000 North Korean troops"),
]


def candidate_scorers() -> tuple:
    """The rapidfuzz scorers the benches weigh against WRatio (ours)."""
    from rapidfuzz import fuzz

    return (
        fuzz.WRatio,
        fuzz.QRatio,
        fuzz.partial_ratio,
        fuzz.token_set_ratio,
        fuzz.partial_token_set_ratio,
        fuzz.token_sort_ratio,
    )


def compare_scorers_targeted() -> list[dict]:
    """Each scorer on the bundled articles' sentences: how often the wanted
    claim is our first result, and in our top 3."""
    from rapidfuzz import fuzz

    from corpus.loader import bundled_articles
    from corpus.model import Claim
    from store.search import SearchIndex, rank

    articles = bundled_articles()
    claims = []
    for article in articles:
        for match in re.finditer(r"[^\n.!?]+(?:[.!?]+|$)", article.body, re.MULTILINE):
            text = match.group().strip()
            if len(text.split()) >= 4:
                claims.append(Claim(f"c{len(claims)}", article.id, 0, len(text), text, "statement", None, "asserted"))
    index = SearchIndex.build(claims, articles)
    by_id = {c.id: c.text for c in claims}
    rows = []
    for scorer in candidate_scorers():
        rank.SCORER = scorer
        first = top3 = 0
        for query, anchor in TARGETED:
            ours = [anchor in by_id[h.claim_id] for h in index.search(query, limit=3)]
            first += bool(ours and ours[0])
            top3 += any(ours)
        rows.append({"scorer": scorer.__name__, "first": f"{first}/{len(TARGETED)}", "top3": f"{top3}/{len(TARGETED)}"})
    rank.SCORER = fuzz.WRatio
    return rows


def compare_scorers(count: int, seed: int) -> list[dict]:
    """Rerank with each candidate scorer and measure, against the full WRatio
    scan: how good our top 10 are by the scan's own measure (mean WRatio of
    ours / mean WRatio of the scan's top 10; many claims tie, so shared ids
    say little), how many of the scan's top 10 we return, and time per query."""
    from rapidfuzz import fuzz, process, utils

    from store.search import SearchIndex, rank

    extraction = generate(count, seed)
    index = SearchIndex.build(extraction.claims, extraction.articles, extraction.xrefs, extraction.entities)
    texts = [c.text for c in extraction.claims]
    queries = [q for q in QUERIES if ":" not in q]  # the scan knows no filters
    scans = [process.extract(q, texts, scorer=fuzz.WRatio, processor=utils.default_process, limit=10) for q in queries]
    by_id = {c.id: c.text for c in extraction.claims}
    rows = []
    for scorer in candidate_scorers():
        rank.SCORER = scorer
        index.search("warm up", limit=10)
        overlap, quality, elapsed = 0, [], 0.0
        for query, scan in zip(queries, scans):
            t0 = time.perf_counter()
            ours = [by_id[h.claim_id] for h in index.search(query, limit=10)]
            elapsed += time.perf_counter() - t0
            overlap += len(set(ours) & {text for text, _, _ in scan})
            mine = [fuzz.WRatio(query, text, processor=utils.default_process) for text in ours]
            quality.append(statistics.mean(mine or [0]) / statistics.mean(score for _, score, _ in scan))
        rows.append(
            {
                "scorer": scorer.__name__,
                "wratio_quality": round(statistics.mean(quality), 3),
                "scan_top10_found": round(overlap / (10 * len(queries)), 2),
                "ms_per_query": round(1000 * elapsed / len(queries), 2),
            }
        )
    rank.SCORER = fuzz.WRatio
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--baseline-queries", type=int, default=len(QUERIES), help="scan this many queries (slow at 1M)"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--compare-scorers", action="store_true", help="measure rerank scorers instead")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    if args.compare_scorers:
        rows = compare_scorers_targeted() + compare_scorers(args.claims, args.seed)
        print(json.dumps(rows) if args.json else "\n".join(str(row) for row in rows))
        return 0
    result = run(args.claims, args.seed, max(1, args.baseline_queries))
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
