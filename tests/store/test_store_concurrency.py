"""Real processes writing one DB at once: every write lands."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from store.corpus_db import CorpusDB
from store.user_db import UserDB
from tests.store.fixtures import built_db, bundled_extraction  # noqa: F401 (pytest fixtures)
from tests.store.helpers import REPO, child_env
from tests.waiting import wait_until_sync

ADDER = """
import sys, time
from pathlib import Path
from store.corpus_db import CorpusDB
from tests.store import helpers
path, tag, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
db = CorpusDB.open(path)  # loaded once, then goes stale as the other process writes
Path(f"{go}.{tag}").touch()  # loaded
while not go.exists():
    time.sleep(0.005)
for n in range(count):
    article = helpers.make_article(f"Report {tag}-{n}.\\nOfficials said {n + 1} people were hurt.\\n")
    db.update(lambda current: helpers.extend(current, [article]))
"""

BOOKMARKER = """
import sys, time
from pathlib import Path
from store.user_db import UserDB
path, tag, count, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
user = UserDB.open(path)
Path(f"{go}.{tag}").touch()  # loaded
while not go.exists():
    time.sleep(0.005)
for n in range(count):
    user.add_bookmark(f"{tag}-{n}")
    user.add_search(f"{tag} query {n}")
"""


def _race(script: str, path: Path, tmp_path: Path, count: int) -> None:
    go = tmp_path / "go"
    env = child_env()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(path), tag, str(count), str(go)],
            cwd=REPO,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("A", "B")
    ]
    # both load before either writes
    wait_until_sync(lambda: all(Path(f"{go}.{tag}").exists() for tag in ("A", "B")), what="both to load")
    go.touch()
    for proc in procs:
        _, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err


def test_two_processes_adding_at_once_both_land(built_db: Path, tmp_path: Path) -> None:
    _race(ADDER, built_db, tmp_path, count=8)
    db = CorpusDB.open(built_db)
    titles = sorted(a.body.splitlines()[0] for a in db.articles() if not a.bundled)
    assert titles == sorted(f"Report {tag}-{n}." for tag in "AB" for n in range(8))
    assert len(db.articles()) == 5 + 16
    assert db.meta["counts"]["articles"] == 21
    # each new article's claim is there and cross-referenced
    for article in db.articles()[5:]:
        claims = db.claims_for_article(article.id)
        assert claims and all(db.xrefs_for_claim(c.id) for c in claims)


def test_two_processes_bookmarking_at_once_both_land(tmp_path: Path) -> None:
    path = tmp_path / "user.json"
    _race(BOOKMARKER, path, tmp_path, count=15)
    user = UserDB.open(path, history_limit=100)
    assert {b.claim_id for b in user.bookmarks()} == {f"{t}-{n}" for t in "AB" for n in range(15)}
    assert len(user.search_history()) == 30
