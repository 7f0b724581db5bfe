"""`check --repair` takes the same lock as every writer, on the real file, and
decides what to do only once it holds it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.faults.helpers import REPO, run_factscope
from tests.store.helpers import as_single_file, stored_tables

HOLDER = """
import fcntl, os, sys
from store.atomic import atomic_write_bytes
from pathlib import Path
lock, db, good = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
fd = os.open(lock, os.O_RDONLY | os.O_CREAT, 0o666)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.readline()            # the test says when
atomic_write_bytes(db, good.read_bytes())   # a writer puts a sound DB in place ...
fcntl.flock(fd, fcntl.LOCK_UN)  # ... and lets go
"""

LOCKER = """
import fcntl, os, sys
fd = os.open(sys.argv[1], os.O_RDONLY | os.O_CREAT, 0o666)
fcntl.flock(fd, fcntl.LOCK_EX)
print("held", flush=True)
sys.stdin.readline()
"""


def _sample(path: Path) -> None:
    from tests.cli.cli_sample import sample_extraction, write_db

    write_db(path, sample_extraction())


@pytest.fixture
def damaged_link(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, bytes]:
    """A symlink to a corpus DB that loads but fails the checks; and a sound copy's bytes."""
    import store.build
    from tests.cli.cli_sample import TEST_PIPELINE

    monkeypatch.setattr(store.build, "pipeline_version", lambda: TEST_PIPELINE)
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    real = real_dir / "corpus.json"
    _sample(real)
    good = as_single_file(real)  # this test is about one file's bytes
    data = json.loads(good)
    data["xrefs"][min(data["xrefs"], key=int)]["target"] = "cgone"
    real.write_text(json.dumps(data))
    link = tmp_path / "link.json"
    link.symlink_to(real)
    return link, real, good


def test_repair_waits_for_the_lock_on_the_real_file_and_rediagnoses_under_it(damaged_link, tmp_path: Path) -> None:
    """Through a symlink, repair locks <target>.lock (as add does); when the writer that held
    it has meanwhile made the DB sound, repair changes nothing."""
    from store.repair import repair_corpus_db

    link, real, good = damaged_link
    good_file = tmp_path / "good.json"
    good_file.write_bytes(good)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(real) + ".lock", str(real), str(good_file)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        waiting = threading.Event()
        outcome: list = []

        def noticed(message: str) -> None:
            if "waiting for another factscope process" in message:
                waiting.set()

        worker = threading.Thread(target=lambda: outcome.append(repair_corpus_db(link, waiting=noticed)))
        worker.start()
        assert waiting.wait(timeout=60), "repair did not wait for the lock on the real file"
        holder.stdin.write("go\n")
        holder.stdin.flush()
        worker.join(timeout=120)
        repaired = outcome[0]
        assert not repaired.changed and "nothing was changed" in repaired.done
        assert real.read_bytes() == good
        assert not list(real.parent.glob("*damaged*"))
    finally:
        holder.kill()
        holder.wait(timeout=10)
        holder.stdin.close()
        holder.stdout.close()


def test_a_directory_in_place_of_the_db_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "corpus.json"  # the default DB's place in the data dir
    db.mkdir()
    (tmp_path / "corpus.json.bak.1").write_bytes(b"{}")
    out = run_factscope("check", "--repair", env={"FACTSCOPE_DATA_DIR": str(tmp_path)})
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    assert "is a directory, not a corpus DB; move it away" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
    assert db.is_dir() and (tmp_path / "corpus.json.bak.1").read_bytes() == b"{}"


def test_repair_rebuild_keeps_the_damaged_file_by_hard_link_and_recovers_added_articles(tmp_path: Path) -> None:
    """Rebuilt from the bundled corpus plus the added article in the damaged file, in one write."""
    from corpus.loader import load_file
    from store.build import add_articles, build_corpus_db

    db_path = tmp_path / "corpus.json"
    mine = tmp_path / "mine.txt"
    mine.write_text("Ferry news\nThe operator said 12 ferries were cancelled on Friday.\n", encoding="utf-8")
    add_articles(build_corpus_db(db_path), [load_file(mine)])
    for backup in tmp_path.glob("corpus.json.bak.*"):
        backup.unlink()
    data = stored_tables(db_path)
    data["xrefs"][min(data["xrefs"], key=int)]["target"] = "cgone"
    db_path.write_text(json.dumps(data))
    damaged_inode = os.stat(db_path).st_ino
    out = run_factscope("--db", db_path, "check", "--repair")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "plus 1 added article recovered" in out.stdout
    kept = list(tmp_path.glob("corpus.json.damaged-*"))
    assert len(kept) == 1 and os.stat(kept[0]).st_ino == damaged_inode  # the very file, not a copy
    from store.corpus_db import CorpusDB

    assert any(not a.bundled for a in CorpusDB.open(db_path).articles())


def test_restoring_a_backup_keeps_an_article_added_to_the_unsound_db(tmp_path: Path) -> None:
    """A DB that loads but fails the checks still takes adds; restoring the last good
    backup must not drop what was added since (the acknowledged-article race)."""
    from corpus.loader import load_file
    from store.build import add_articles, build_corpus_db
    from store.corpus_db import CorpusDB

    db_path = tmp_path / "corpus.json"
    build_corpus_db(db_path)
    build_corpus_db(db_path)  # the sound version is now .bak.1
    data = stored_tables(db_path)
    data["xrefs"][min(data["xrefs"], key=int)]["target"] = "cgone"  # loads, but unsound
    db_path.write_text(json.dumps(data))
    mine = tmp_path / "mine.txt"
    mine.write_text("Ferry news\nThe operator said 12 ferries were cancelled on Friday.\n", encoding="utf-8")
    added = load_file(mine)
    add_articles(CorpusDB.open(db_path), [added])  # acknowledged to the user
    out = run_factscope("--db", db_path, "check", "--repair")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "restored" in out.stdout and "plus 1 added article recovered" in out.stdout
    repaired = CorpusDB.open(db_path)
    assert added.id in {a.id for a in repaired.articles()}
    assert repaired.claims_for_article(added.id)


def _unsound(path: Path) -> None:
    """Loads, so `add` takes it, but fails the checks, so `check --repair` restores a backup."""
    data = stored_tables(path)  # written back as one file: the older layout, still read
    data["xrefs"][min(data["xrefs"], key=int)]["target"] = "cgone"
    path.write_text(json.dumps(data))


def test_add_racing_repair_in_a_loop_never_loses_an_acknowledged_article(user_corpus, tmp_path: Path) -> None:
    """`factscope add new.txt & factscope check --repair`, again and again (bounded by
    count and time), both waiting on the lock and racing for it: whichever takes it first,
    an article `add` reported as added is in the repaired DB, which passes the checks.
    Rounds go on until both orders have happened (at least 4 rounds, at most 10)."""
    import shutil
    import time

    from tests.faults.helpers import article_ids, is_sound

    template, _third = user_corpus
    deadline = time.monotonic() + 150
    rounds = recovered = 0
    while rounds < 10 and time.monotonic() < deadline and not (rounds >= 4 and 0 < recovered < rounds):
        work = tmp_path / f"round{rounds}"
        shutil.copytree(template, work)
        db = work / "corpus.json"
        _unsound(db)
        source = work / "new.txt"
        source.write_text(
            f"Dock strike day {rounds + 1}\nThe union said {300 + rounds} workers walked out at the port on day {rounds + 1}.\n",
            encoding="utf-8",
        )

        def start(*args: str, db: Path = db) -> subprocess.Popen:
            return subprocess.Popen(
                [sys.executable, "-m", "tui", "--db", str(db), *args], cwd=REPO, text=True,
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
            )  # fmt: skip

        # Both wait on the lock a third process holds, then race for it when it lets go:
        # each order happens, at random, across the rounds.
        locker = subprocess.Popen(
            [sys.executable, "-c", LOCKER, str(db) + ".lock"],
            cwd=REPO,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert locker.stdin is not None and locker.stdout is not None
        assert locker.stdout.readline().strip() == "held"
        early = {}
        order = [("add", str(source)), ("check", "--repair")]
        waiting = {}
        for args in order if rounds % 2 else order[::-1]:
            waiting[args[0]] = child = start(*args)
            assert child.stderr is not None
            early[args[0]] = line = child.stderr.readline()
            while "waiting for another factscope process" not in line and line:
                line = child.stderr.readline()
                early[args[0]] += line
        locker.stdin.write("go\n")
        locker.stdin.close()
        locker.wait(timeout=30)
        locker.stdout.close()
        adding, repairing = waiting["add"], waiting["check"]
        add_out, add_err = adding.communicate(timeout=300)
        repair_out, repair_err = repairing.communicate(timeout=300)
        add_err, repair_err = early["add"] + add_err, early["check"] + repair_err
        assert adding.returncode == 0 and "Traceback" not in add_err, add_out + add_err
        assert "Traceback" not in repair_err, repair_out + repair_err
        added = [line.split()[1].rstrip(":") for line in add_out.splitlines() if line.startswith("added a")]
        assert len(added) == 1, add_out
        assert added[0] in article_ids(db), f"round {rounds}: acknowledged article lost\n{add_out}{repair_out}"
        assert is_sound(db), f"round {rounds}\n{repair_out}{repair_err}"
        # the template's backup lacks its second article: repair recovers it, and the new one if add went first
        recovered += "plus 2 added articles recovered" in repair_out
        rounds += 1
    print(f"add racing repair: {rounds} rounds ({recovered} with add first), no acknowledged article lost")
    assert rounds >= 4
    assert 0 < recovered < rounds, "both orders must have happened"
