"""kill -9 at random moments during writes never leaves a DB that fails to load."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from store.corpus_db import CorpusDB
from store.user_db import UserDB
from tests.store import helpers
from tests.store.fixtures import built_db, bundled_extraction  # noqa: F401 (pytest fixtures)
from tests.store.helpers import REPO, child_env

WRITER = """
import sys
from store.corpus_db import CorpusDB
from store.user_db import UserDB
from tests.store import helpers
corpus_path, user_path, start = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = CorpusDB.open(corpus_path)
user = UserDB.open(user_path)
print("ready", flush=True)
n = start
while True:
    body = f"Bulletin {n}.\\n" + "".join(f"Crews counted {n * 100 + k} homes damaged.\\n" for k in range(40))
    db.add(helpers.extract([helpers.make_article(body)]))
    user.add_bookmark(f"c{n}")
    user.set_note(f"c{n}", "note " * 200)
    print("wrote", flush=True)
    n += 1
"""

ROUNDS = 8


def test_sigkill_mid_write_always_leaves_a_loadable_db(built_db: Path, tmp_path: Path) -> None:
    user_path = tmp_path / "user.json"
    env = child_env()
    rng = random.Random(8)
    seen_articles, seen_bookmarks = 5, 0
    confirmed = 0  # writes the writers reported finished before their kill
    for round_no in range(ROUNDS):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(built_db), str(user_path), str(round_no * 1000)],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        # Wait for finished writes, not for time: under load a fixed window may hold none.
        for _ in range(1 + rng.randrange(2)):
            assert proc.stdout.readline().strip() == "wrote", proc.stderr.read()
            confirmed += 1
        time.sleep(rng.uniform(0.0, 0.15))  # then kill at a random moment of the next write
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close()

        db = CorpusDB.open(built_db)  # raises if the kill left a broken file
        user = UserDB.open(user_path)
        articles, bookmarks = len(db.articles()), len(user.bookmarks())
        assert articles >= seen_articles and bookmarks >= seen_bookmarks  # nothing committed is lost
        assert articles >= 5 + confirmed and bookmarks >= confirmed  # every write reported done survived
        for article in db.articles():
            for claim in db.claims_for_article(article.id):
                assert article.body[claim.start : claim.end] == claim.text
        seen_articles, seen_bookmarks = articles, bookmarks
    # a later writer cleans up whatever temp file a kill left behind
    CorpusDB.open(built_db).add(helpers.extract([helpers.make_article("Final 1 word.\n")]))
    assert not list(built_db.parent.glob(f".{built_db.name}.*.tmp"))


STEP_WRITER = """
import os, sys, time
from store.corpus_db import CorpusDB
from tests.store import helpers
path, step = sys.argv[1], sys.argv[2]
real_write, real_fsync, real_replace = os.write, os.fsync, os.replace

def stop(name):
    print(name, flush=True)
    time.sleep(60)  # killed here

def half_write(fd, data):
    real_write(fd, bytes(data[: len(data) // 2]))
    stop("write")

def fsync_then_stop(fd):
    real_fsync(fd)
    stop("fsync")

def replace_then_stop(src, dst):
    real_replace(src, dst)
    if os.fspath(dst) == path:
        stop("replace")

os.write, os.fsync, os.replace = {"write": (half_write, real_fsync, real_replace),
    "fsync": (real_write, fsync_then_stop, real_replace),
    "replace": (real_write, real_fsync, replace_then_stop)}[step]
db = CorpusDB.open(path)
db.add(helpers.extract([helpers.make_article(f"Step {step}: 3 new claims.\\n")]))
"""


def test_sigkill_at_each_step_of_a_write(built_db: Path) -> None:
    """Killed half-way through writing, after the fsync, after the replace: old or new, never broken."""
    env = child_env()
    for step, lands in (("write", False), ("fsync", False), ("replace", True)):
        before = len(CorpusDB.open(built_db).articles())
        old_bytes = built_db.read_bytes()
        proc = subprocess.Popen(
            [sys.executable, "-c", STEP_WRITER, str(built_db), step],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        line = proc.stdout.readline().strip()
        proc.kill()
        proc.wait(timeout=10)
        assert line == step, proc.stderr.read()
        proc.stdout.close()
        proc.stderr.close()
        after = CorpusDB.open(built_db)
        assert len(after.articles()) == before + (1 if lands else 0)
        if not lands:
            assert built_db.read_bytes() == old_bytes
