"""`factscope add` extracts claims before it takes the DB's lock, says when it waits
for another writer, and goes on once the lock is free."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

from tests.faults.helpers import REPO

HOLDER = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_CREAT, 0o666)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.readline()
"""
STORY = "Ferry news\nThe operator said 12 ferries were cancelled on Friday.\n"


def test_add_says_it_waits_for_the_lock_then_lands(corpus_db: Path, tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(STORY, encoding="utf-8")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(corpus_db) + ".lock"],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    adder = None
    try:
        assert holder.stdout.readline().strip() == "held"
        adder = subprocess.Popen(
            [sys.executable, "-m", "tui", "--db", str(corpus_db), "add", str(article)],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        )
        seen = []
        for line in adder.stderr:  # blocks until the adder writes: no sleeps
            seen.append(line)
            if "waiting for another factscope process writing corpus.json" in line:
                break
        else:
            raise AssertionError("add never said it was waiting:\n" + "".join(seen))
        holder.stdin.write("go\n")
        holder.stdin.flush()
        out, err = adder.communicate(timeout=300)
        assert adder.returncode == 0, "".join(seen) + err
        assert "added 1 article" in out
    finally:
        holder.kill()
        holder.wait(timeout=10)
        holder.stdin.close()
        holder.stdout.close()
        if adder is not None and adder.poll() is None:
            adder.kill()
            adder.wait(timeout=10)


def test_claims_are_extracted_before_the_lock_is_taken(corpus_db: Path, monkeypatch) -> None:
    import corpus.pipeline as pipeline
    from corpus.loader import article_id
    from corpus.model import Article
    from store.build import add_articles
    from store.corpus_db import CorpusDB

    lock_free_during_extraction: list[bool] = []
    real_prepare = pipeline.prepare

    def spying_prepare(articles):
        fd = os.open(str(corpus_db) + ".lock", os.O_RDONLY | os.O_CREAT, 0o666)
        try:  # another open file description: fails if anyone, this process included, holds the lock
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            lock_free_during_extraction.append(True)
            fcntl.flock(fd, fcntl.LOCK_UN)
        except BlockingIOError:
            lock_free_during_extraction.append(False)
        finally:
            os.close(fd)
        return real_prepare(articles)

    monkeypatch.setattr(pipeline, "prepare", spying_prepare)
    article = Article(article_id(STORY), "Ferry news", None, [], None, False, "ferry.txt", STORY)
    result = add_articles(CorpusDB.open(corpus_db), [article])
    assert lock_free_during_extraction == [True]
    assert result.articles == [article.id] and result.claims
