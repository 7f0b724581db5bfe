"""The real CLI under contention and crashes: concurrent ``factscope add`` runs all
land, and ``kill -9`` at random moments of an add leaves a DB that loads, passes
``factscope check`` and holds either everything before or everything after."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.faults.helpers import REPO, article_ids, is_sound, run_factscope

PLACES = ["Kursk", "Kharkiv", "Donetsk", "Belgorod", "Zaporizhzhia", "Kherson"]


def article_text(n: int, sentences: int = 6) -> str:
    place = PLACES[n % len(PLACES)]
    lines = [f"Dispatch {n} from {place}"]
    lines += [f"Officials in {place} said {100 * n + k} soldiers were wounded on day {k}." for k in range(sentences)]
    return "\n".join(lines) + "\n"


def start_add(db: Path, source: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "tui", "--db", str(db), "add", str(source)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env={**os.environ},
    )  # fmt: skip


def test_concurrent_adds_all_land(corpus_db: Path, tmp_path: Path) -> None:
    before = article_ids(corpus_db)
    sources = []
    for n in range(4):
        source = tmp_path / f"dispatch{n}.txt"
        source.write_text(article_text(n), encoding="utf-8")
        sources.append(source)
    children = [start_add(corpus_db, source) for source in sources]
    results = [(child.wait(timeout=300), *child.communicate()) for child in children]
    assert all(code == 0 for code, _, _ in results), results
    after = article_ids(corpus_db)
    assert before < after and len(after - before) == len(sources)
    assert is_sound(corpus_db)  # what `factscope check` decides on, asked in this process


def test_kill_9_during_add_leaves_the_old_or_the_new_db(corpus_db: Path, tmp_path: Path) -> None:
    rng = random.Random(9)
    known = article_ids(corpus_db)
    for round_ in range(4):
        source = tmp_path / f"long{round_}.txt"
        source.write_text(article_text(round_ + 10, sentences=150), encoding="utf-8")
        child = start_add(corpus_db, source)
        time.sleep(rng.uniform(0.2, 1.5))  # somewhere in start-up, extraction or the write
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.communicate()
        now = article_ids(corpus_db)  # loads: neither truncated nor half-written
        assert now == known or (known < now and len(now - known) == 1)
        known = now
        assert is_sound(corpus_db)
    # the lock died with the killed writers: the next add goes through
    final = tmp_path / "after.txt"
    final.write_text(article_text(99), encoding="utf-8")
    result = run_factscope("--db", corpus_db, "add", final)
    assert result.returncode == 0, result.stderr
    assert len(article_ids(corpus_db) - known) == 1
