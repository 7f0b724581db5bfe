"""ensure_corpus_db: built on first run, rebuilt when stale, never over a corrupt file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from store import paths
from store.backup import list_backups
from store.build import StaleDatabaseWarning, add_articles, build_corpus_db, corpus_fingerprint, ensure_corpus_db
from store.corpus_db import SCHEMA_VERSION, CorpusDB
from store.errors import CorruptDatabase, SchemaMismatch
from tests.store import helpers
from tests.store.helpers import run_python


def _ensure(path=None, **kwargs) -> CorpusDB:
    kwargs.setdefault("extract", helpers.extract)
    kwargs.setdefault("version", "t1")
    return ensure_corpus_db(path, **kwargs)


def test_first_run_builds_the_default_db_with_progress() -> None:
    calls: list[tuple[int, int, str]] = []
    db = _ensure(progress=lambda done, total, label: calls.append((done, total, label)))
    assert db.path == paths.default_corpus_db_path() and db.path.exists()
    assert len(db.articles()) == 5 and all(a.bundled for a in db.articles())
    assert db.fingerprint == corpus_fingerprint("t1")
    assert calls[0] == (0, 5, "extracting claims")
    assert calls[-1] == (5, 5, "saving corpus.json")
    assert [done for done, _, _ in calls] == sorted(done for done, _, _ in calls)


def test_a_fresh_db_is_opened_not_rebuilt() -> None:
    first = _ensure()
    stamp = os.stat(first.path).st_mtime_ns, os.stat(first.path).st_ino

    def must_not_run(*args, **kwargs):
        raise AssertionError("rebuilt a fresh DB")

    again = _ensure(extract=must_not_run)
    assert (os.stat(again.path).st_mtime_ns, os.stat(again.path).st_ino) == stamp
    assert len(again.claims()) == len(first.claims())


def test_fingerprint_covers_pipeline_version_and_is_stable() -> None:
    assert corpus_fingerprint("t1") == corpus_fingerprint("t1")
    assert corpus_fingerprint("t1") != corpus_fingerprint("t2")


def test_stale_db_is_rebuilt_keeping_articles_the_user_added() -> None:
    db = _ensure()
    mine = helpers.make_article("My own notes.\nThe mayor said 40 buses were ready.\n", source="/home/me/mine.txt")
    add_articles(db, [mine], extend=helpers.extend)
    rebuilt = _ensure(version="t2")
    assert rebuilt.meta["pipeline_version"] == "t2"
    assert rebuilt.article(mine.id) == mine
    assert len(rebuilt.articles()) == 6
    assert rebuilt.claims_for_article(mine.id)[0].text == "The mayor said 40 buses were ready."
    assert list_backups(rebuilt.path)[0].loads  # the old version is kept as a backup


def test_a_stale_db_with_article_files_is_rebuilt_keeping_the_articles_they_hold(monkeypatch) -> None:
    from store import shards

    monkeypatch.setattr(shards, "HEAD_ARTICLES", 0)  # every article in an article file
    monkeypatch.setattr(shards, "ARTICLES_PER_FILE", 2)
    db = _ensure()
    mine = helpers.make_article("My own notes.\nThe mayor said 40 buses were ready.\n", source="/home/me/mine.txt")
    add_articles(db, [mine], extend=helpers.extend)
    assert '"article_files"' in db.path.read_text()  # the added article is in one too
    rebuilt = _ensure(version="t2")
    assert rebuilt.article(mine.id) == mine and len(rebuilt.articles()) == 6


def test_custom_missing_path_is_built_there(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "team.json"
    db = _ensure(target)
    assert db.path == target and len(db.articles()) == 5
    assert not paths.default_corpus_db_path().exists()


def test_corrupt_db_is_never_rebuilt_over(tmp_path: Path) -> None:
    target = tmp_path / "c.json"
    target.write_bytes(b'{"articles": {"1": ')
    with pytest.raises(CorruptDatabase, match="check --repair"):
        _ensure(target)
    with pytest.raises(CorruptDatabase):
        build_corpus_db(target, extract=helpers.extract, version="t1")
    assert target.read_bytes() == b'{"articles": {"1": '


def test_newer_schema_is_refused_not_downgraded(tmp_path: Path) -> None:
    import orjson

    target = tmp_path / "c.json"
    _ensure(target)
    data = orjson.loads(target.read_bytes())
    data["meta"]["1"]["schema_version"] = 99
    target.write_bytes(orjson.dumps(data))
    before = target.read_bytes()
    with pytest.raises(SchemaMismatch, match="upgrade factscope"):
        _ensure(target)
    assert target.read_bytes() == before


def test_older_schema_is_rebuilt(tmp_path: Path) -> None:
    import orjson

    target = tmp_path / "c.json"
    _ensure(target)
    data = orjson.loads(target.read_bytes())
    data["meta"]["1"]["schema_version"] = 0
    target.write_bytes(orjson.dumps(data))
    assert _ensure(target).meta["schema_version"] == SCHEMA_VERSION


def test_build_from_a_directory_excludes_bundled(tmp_path: Path) -> None:
    target = tmp_path / "c.json"
    mine = [helpers.make_article(f"Report {n}: {n} boats.\n") for n in range(3)]
    db = build_corpus_db(target, mine, extract=helpers.extract, version="t1")
    assert {a.id for a in db.articles()} == {a.id for a in mine}
    assert db.meta["includes_bundled"] is False and db.fingerprint is None
    # such a DB is fresh while the pipeline is the same, rebuilt (without bundled) when not
    assert _ensure(target).meta["built_at"] == db.meta["built_at"]
    assert {a.id for a in _ensure(target, version="t9").articles()} == {a.id for a in mine}


def test_stale_read_only_db_opens_as_is_with_a_warning(tmp_path_factory: pytest.TempPathFactory) -> None:
    shared = tmp_path_factory.mktemp("shared")
    shared.parent.chmod(0o755)
    target = shared / "c.json"
    _ensure(target, version="t1")
    os.chmod(target, 0o444)
    os.chmod(shared, 0o555)
    code = f"""
import warnings
from store.build import ensure_corpus_db
from tests.store import helpers
seen = []
db = ensure_corpus_db({str(target)!r}, extract=helpers.extract, version="t2", warn=seen.append)
print("readonly", db.readonly, "articles", len(db.articles()), "version", db.meta["pipeline_version"])
print("warned", seen == db.warnings, seen[0])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    ensure_corpus_db({str(target)!r}, extract=helpers.extract, version="t2")
print("python-warning", caught[0].category.__name__)
"""
    try:
        result = run_python(code, unprivileged=True)
    finally:
        os.chmod(shared, 0o755)
    assert result.returncode == 0, result.stderr
    assert "readonly True articles 5 version t1" in result.stdout
    assert f"warned True {target}: the bundled corpus or the extraction pipeline changed" in result.stdout
    assert "read-only, so it was opened as is" in result.stdout
    assert f"python-warning {StaleDatabaseWarning.__name__}" in result.stdout


def test_two_processes_starting_at_once_build_once(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.store.helpers import REPO, child_env

    target = tmp_path / "c.json"
    waiting = tmp_path / "waiting"
    # Whichever process takes the lock first builds, and finishes only once the other says it waits
    # for that lock: the second then finds the DB built instead of building it again.
    code = f"""
from pathlib import Path
from store.build import ensure_corpus_db
from tests.store import helpers
from tests.waiting import wait_until_sync
waiting = Path({str(waiting)!r})
def slow(articles, progress=None):
    wait_until_sync(waiting.exists, timeout=60, what="the other process waiting for the lock")
    return helpers.extract(articles)
def progress(done, total, label):
    if label.startswith("waiting for another factscope process"):
        waiting.touch()
db = ensure_corpus_db({str(target)!r}, progress, extract=slow, version="t1")
print(db.meta["built_at"], len(db.articles()))
"""
    env = child_env()
    procs = [
        subprocess.Popen([sys.executable, "-c", code], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=60)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert outputs[0] == outputs[1] and outputs[0].endswith(" 5")
    assert waiting.exists()  # one of them did wait
    assert list_backups(target) == []  # written once: nothing was replaced


def test_the_user_db_is_never_taken_for_a_corpus_db_and_overwritten() -> None:
    from store.user_db import UserDB

    user = UserDB.open()
    user.add_bookmark("c1")
    user.set_note("c1", "precious")
    before = user.path.read_bytes()
    with pytest.raises(SchemaMismatch, match="not a factscope corpus database"):
        _ensure(user.path)
    with pytest.raises(SchemaMismatch):
        build_corpus_db(user.path, extract=helpers.extract, version="t1")
    assert user.path.read_bytes() == before
    corpus = _ensure()
    with pytest.raises(SchemaMismatch, match="not a factscope user database"):
        UserDB.open(corpus.path)


@pytest.mark.parametrize(
    ("content", "refusal"),
    [(b"notes, not JSON\n", CorruptDatabase), (b'{"_default": {"1": {"a": 1}}}', SchemaMismatch)],
)
def test_a_build_refusing_a_stranger_file_leaves_nothing_beside_it(tmp_path: Path, content: bytes, refusal) -> None:
    """`factscope --db FILE build` on a file factscope never wrote: refused, and no lock file (or
    anything else) is left beside it."""
    stranger = tmp_path / "mine.json"
    stranger.write_bytes(content)
    with pytest.raises(refusal):
        build_corpus_db(stranger, extract=helpers.extract, version="t1")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.json"]
    assert stranger.read_bytes() == content
