"""Corpus DB load time and file size for synthetic corpora (prints figures).

Run: python tests/bench/bench_store.py [N ...]   (default: 10000 100000 claims)
"""

from __future__ import annotations

import gc
import hashlib
import os
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from corpus.model import Article, Claim, Entity, Extraction, Quantity, XRef
from store.corpus_db import CorpusDB

CLAIMS_PER_ARTICLE = 20
SENTENCE = "Officials in {place} said at least {n} people were {measure} on {day} October, according to {who}. "
PLACES = ["Kyiv", "Kharkiv", "Odesa", "Donetsk", "Kursk", "Pyongyang", "Seoul", "Moscow"]
MEASURES = ["killed", "wounded", "evacuated", "deployed", "detained"]


def synthetic(claim_count: int, first_article: int = 0) -> Extraction:
    """``claim_count`` claims in 20-claim articles numbered from ``first_article`` (so batches of
    one corpus made one after another never repeat an article)."""
    articles, claims, xrefs = [], [], []
    entities = [Entity(p, "place", [p.upper()]) for p in PLACES] + [
        Entity(f"Person {i}", "person", [f"P. {i}"]) for i in range(500)
    ]
    for a in range(first_article, first_article + claim_count // CLAIMS_PER_ARTICLE):
        parts, spans = [], []
        offset = 0
        for k in range(CLAIMS_PER_ARTICLE):
            text = SENTENCE.format(
                place=PLACES[(a + k) % 8],
                n=a * 31 + k,
                measure=MEASURES[k % 5],
                day=k % 28 + 1,
                who=f"Person {(a * 7 + k) % 500}",
            )
            parts.append(text)
            spans.append((offset, offset + len(text) - 1))
            offset += len(text)
        body = "".join(parts)
        aid = "a" + hashlib.sha256(body.encode()).hexdigest()[:12]
        articles.append(Article(aid, f"Report {a}", "Wire", ["Desk"], "2024-10-11", False, f"r{a}.txt", body))
        for k, (start, end) in enumerate(spans):
            text = body[start:end]
            number = str(a * 31 + k)
            q_at = start + text.index(number)
            cid = "c" + hashlib.sha256(f"{aid}{text}".encode()).hexdigest()[:12]
            claims.append(
                Claim(
                    cid,
                    aid,
                    start,
                    end,
                    text,
                    "quantity",
                    f"Person {(a * 7 + k) % 500}",
                    "asserted",
                    [
                        Quantity(
                            f"at least {number}",
                            None,
                            float(number),
                            None,
                            "people",
                            MEASURES[k % 5],
                            q_at,
                            q_at + len(number),
                        )
                    ],
                    [PLACES[(a + k) % 8], f"Person {(a * 7 + k) % 500}"],
                    "2024-10",
                    False,
                    "October",
                    [f"Person {(a * 7 + k) % 500}"],
                    MEASURES[k % 5],
                )
            )
    for i in range(0, len(claims) - 1, 2):
        xrefs.append(XRef(claims[i].id, claims[i + 1].id, "corroborates", 0.7, "same measure, same place"))
    return Extraction(articles, claims, entities, xrefs)


def bench(claim_count: int, directory: Path) -> None:
    extraction = synthetic(claim_count)
    path = directory / f"corpus-{claim_count}.json"
    db = CorpusDB.open(path, create=True)
    t0 = time.perf_counter()
    db.replace_all(extraction, "bench")
    write_s = time.perf_counter() - t0
    del db
    gc.collect()
    loads, cpu = [], []
    for _ in range(3):
        t0, c0 = time.perf_counter(), time.process_time()
        db = CorpusDB.open(path)
        loads.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        del db
        gc.collect()
    db = CorpusDB.open(path)
    t0 = time.perf_counter()
    for claim in db.claims()[:: max(1, claim_count // 1000)]:
        db.claims_for_article(claim.article_id)
        db.xrefs_for_claim(claim.id)
    lookups_us = (time.perf_counter() - t0) / 1000 * 1e6
    article = synthetic(CLAIMS_PER_ARTICLE).articles[0]
    body = "Fresh. " + article.body  # a new article id
    article = replace(article, body=body, id="a" + hashlib.sha256(body.encode()).hexdigest()[:12])
    t0 = time.perf_counter()
    db.add(Extraction([article], [], [], []))
    add_s = time.perf_counter() - t0
    size_mb = os.path.getsize(path) / 1e6
    print(
        f"{claim_count:>7} claims | file {size_mb:6.1f} MB | build write {write_s:5.2f} s | "
        f"load {min(loads):5.2f} s wall, {min(cpu):5.2f} s CPU (best of {len(loads)}) | "
        f"add 1 article {add_s:5.2f} s | article+xref lookup {lookups_us:5.1f} µs"
    )


def main(argv: list[str]) -> None:
    counts = [int(a) for a in argv] or [10_000, 100_000]
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (wall times suffer when busy)")
    with tempfile.TemporaryDirectory() as tmp:
        for count in counts:
            bench(count, Path(tmp))


if __name__ == "__main__":
    main(sys.argv[1:])
