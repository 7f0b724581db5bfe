"""The atomic, locked, fail-closed TinyDB storage, with real files."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from tinydb import TinyDB

from store.atomic import read_tables
from store.errors import CorruptDatabase, DatabaseBusy, ReadOnlyDatabase, StoreWriteError, WriteConflict
from store.lock import write_lock
from store.storage import AtomicJSONStorage
from store.user_db import UserDB
from tests.store.helpers import run_python


def _db(path: Path, **kwargs) -> TinyDB:
    return TinyDB(path, storage=AtomicJSONStorage, **kwargs)


def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".tmp"))


def test_tinydb_round_trip_is_utf8_orjson(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "db.json"
    db = _db(path)
    db.table("t").insert({"text": "Zelensky said «37 000» — 😀", "n": 1.5})
    db.table("t").insert({"text": "two"})
    again = _db(path)
    assert [d["text"] for d in again.table("t").all()] == ["Zelensky said «37 000» — 😀", "two"]
    raw = path.read_bytes()
    assert "«37 000»".encode() in raw  # stored as UTF-8, not \u escapes
    assert _leftovers(path.parent) == []


def test_missing_file_is_an_empty_db_but_nothing_is_created_by_reading(tmp_path: Path) -> None:
    storage = AtomicJSONStorage(tmp_path / "db.json")
    assert storage.read() is None
    assert not (tmp_path / "db.json").exists()


@pytest.mark.parametrize(
    "content, detail",
    [
        (b"", "empty file"),
        (b"  \n\t", "empty file"),
        (b'{"claims": {"1": {"text": "cut off', "truncated"),
        (b'{"claims": {"1": {}}} trailing', "invalid JSON"),
        (b"\x00\x01\x02binary", "invalid JSON"),
        (b'{"claims": {"1": {"text": "\xff\xfe"}}}', "invalid JSON"),
        (b"[1, 2, 3]", "not a JSON object"),
        (b'{"claims": [1, 2]}', "not a table"),
    ],
)
def test_corrupt_files_fail_closed_and_stay_byte_identical(tmp_path: Path, content: bytes, detail: str) -> None:
    path = tmp_path / "db.json"
    path.write_bytes(content)
    before = path.stat().st_mtime_ns
    with pytest.raises(CorruptDatabase) as info:
        _db(path).table("claims").all()
    message = str(info.value)
    assert str(path) in message and detail in message and "\n" not in message
    # a write never treats it as empty: TinyDB, UserDB, a raw transaction all refuse
    with pytest.raises(CorruptDatabase):
        _db(path).table("claims").insert({"a": 1})
    with pytest.raises(CorruptDatabase):
        UserDB.open(path)
    storage = AtomicJSONStorage(path)
    with pytest.raises(CorruptDatabase), storage.transaction() as txn:
        txn.replace({})
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == before
    assert not list(tmp_path.glob("db.json.bak.*"))


def _fail_on_call(monkeypatch: pytest.MonkeyPatch, name: str, code: int) -> None:
    def boom(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, name, boom)


@pytest.mark.parametrize(
    "failing, code, error",
    [
        ("replace", errno.ENOSPC, StoreWriteError),
        ("fsync", errno.EIO, StoreWriteError),
        ("replace", errno.EACCES, ReadOnlyDatabase),
        ("replace", errno.EROFS, ReadOnlyDatabase),
    ],
)
def test_failed_write_leaves_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str, code: int, error: type
) -> None:
    path = tmp_path / "db.json"
    db = _db(path)
    db.table("t").insert({"v": "old"})
    before = path.read_bytes()
    with monkeypatch.context() as patch:
        _fail_on_call(patch, failing, code)
        with pytest.raises(error) as info:
            db.table("t").insert({"v": "new"})
    assert str(path) in str(info.value) and "\n" not in str(info.value)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []
    # the storage did not keep the failed change in memory
    assert [d["v"] for d in _db(path).table("t").all()] == ["old"]
    assert [d["v"] for d in db.table("t").all()] == ["old"]


def test_disk_full_midway_through_the_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "db.json"
    db = _db(path)
    db.table("t").insert({"v": "old"})
    before = path.read_bytes()
    real_write = os.write
    calls = []

    def half_then_full(fd: int, data) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))  # a short write, as a full disk gives
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", half_then_full)
    with pytest.raises(StoreWriteError, match="No space left on device") as info:
        db.table("t").insert({"v": "x" * 10_000})
    monkeypatch.undo()
    assert len(calls) == 2  # really wrote half of it before failing
    assert "previous version is intact" in str(info.value)
    assert path.read_bytes() == before
    assert _leftovers(tmp_path) == []


def test_writes_keep_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    db = _db(path)
    db.table("t").insert({"v": 1})
    os.chmod(path, 0o640)
    db.table("t").insert({"v": 2})
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_explicit_read_only_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    _db(path).table("t").insert({"v": 1})
    before = path.read_bytes()
    db = _db(path, readonly=True)
    assert db.table("t").all() == [{"v": 1}]
    with pytest.raises(ReadOnlyDatabase, match="read-only"):
        db.table("t").insert({"v": 2})
    assert path.read_bytes() == before


def test_read_only_path_opens_read_only_for_real(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A DB in a directory the user cannot write: readable, every write refused."""
    shared = tmp_path_factory.mktemp("shared")
    path = shared / "db.json"
    _db(path).table("t").insert({"v": 1})
    os.chmod(path, 0o444)
    os.chmod(shared, 0o555)
    shared.parent.chmod(0o755)
    code = f"""
from pathlib import Path
from tinydb import TinyDB
from store.storage import AtomicJSONStorage
from store.errors import ReadOnlyDatabase
db = TinyDB({str(path)!r}, storage=AtomicJSONStorage)
print("readonly", db.storage.readonly)
print("rows", db.table("t").all())
try:
    db.table("t").insert({{"v": 2}})
except ReadOnlyDatabase as exc:
    print("refused", exc)
"""
    try:
        result = run_python(code, unprivileged=True)
    finally:
        os.chmod(shared, 0o755)
    assert result.returncode == 0, result.stderr
    assert "readonly True" in result.stdout
    assert "rows [{'v': 1}]" in result.stdout
    assert f"refused {path}: database is read-only" in result.stdout
    assert read_tables(path)[0] == {"t": {"1": {"v": 1}}}
    assert sorted(p.name for p in shared.iterdir()) == ["db.json", "db.json.lock"]  # nothing new


def test_lock_is_reentrant_in_process_and_exclusive_across(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    storage = AtomicJSONStorage(path, lock_timeout=0.3)
    with storage.transaction() as outer:
        with storage.transaction() as inner:  # nested: the same transaction, no deadlock
            assert inner is outer
            inner.replace({"t": {"1": {"v": 1}}})
        code = f"""
from store.storage import AtomicJSONStorage
from store.errors import DatabaseBusy
try:
    with AtomicJSONStorage({str(path)!r}, lock_timeout=0.2).transaction():
        print("got it")
except DatabaseBusy as exc:
    print("busy", exc)
"""
        result = run_python(code)
        assert result.stdout.startswith("busy "), result.stdout + result.stderr
        assert "locked by another factscope process" in result.stdout
    assert read_tables(path)[0] == {"t": {"1": {"v": 1}}}
    assert run_python(code).stdout.strip() == "got it"


def test_busy_in_process_thread(tmp_path: Path) -> None:
    import threading

    path = tmp_path / "db.json"
    held, release = threading.Event(), threading.Event()

    def holder() -> None:
        with write_lock(path):
            held.set()
            release.wait(5)

    thread = threading.Thread(target=holder)
    thread.start()
    held.wait(5)
    try:
        with pytest.raises(DatabaseBusy), write_lock(path, timeout=0.1):
            pass
    finally:
        release.set()
        thread.join()
    with write_lock(path, timeout=0.1):
        pass


def test_plain_tinydb_write_after_someone_else_wrote_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    first, second = _db(path), _db(path)
    first.table("t").insert({"by": "first"})
    second.table("t").all()  # second has now read the file
    first.table("t").insert({"by": "first again"})
    storage = second.storage
    stale = {"t": {"1": {"by": "second"}}}
    with pytest.raises(WriteConflict):
        storage.write(stale)
    assert [d["by"] for d in _db(path).table("t").all()] == ["first", "first again"]


def test_killed_writer_temp_files_are_cleaned_by_the_next_writer(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    _db(path).table("t").insert({"v": 1})
    orphan = tmp_path / ".db.json.deadbeef0000.tmp"
    orphan.write_bytes(b'{"half')
    other = tmp_path / ".other.json.deadbeef0000.tmp"
    other.write_bytes(b"not ours")
    _db(path).table("t").insert({"v": 2})
    assert not orphan.exists()
    assert other.exists()


def test_a_writer_leaves_the_search_cache_temp_file_beside_the_db_alone(tmp_path: Path) -> None:
    """The search index saves ``.<db>.search.npz.<pid>.<thread>.tmp`` while the DB may be written."""
    path = tmp_path / "db.json"
    _db(path).table("t").insert({"v": 1})
    cache_temp = tmp_path / ".db.json.search.npz.4242.139876.tmp"
    cache_temp.write_bytes(b"half an index")
    _db(path).table("t").insert({"v": 2})
    assert cache_temp.exists()


def test_a_directory_or_fifo_in_place_of_the_db_is_refused(tmp_path: Path) -> None:
    (tmp_path / "dir.json").mkdir()
    with pytest.raises(CorruptDatabase, match="not a regular file"):
        AtomicJSONStorage(tmp_path / "dir.json").read()
    os.mkfifo(tmp_path / "fifo.json")
    with pytest.raises(CorruptDatabase, match="not a regular file"):  # and does not hang
        AtomicJSONStorage(tmp_path / "fifo.json").read()


def test_a_symlinked_db_stays_a_symlink(tmp_path: Path) -> None:
    from store.backup import list_backups

    real = tmp_path / "shared" / "db.json"
    _db(real).table("t").insert({"v": 1})
    link = tmp_path / "mine.json"
    link.symlink_to(real)
    _db(link).table("t").insert({"v": 2})
    assert link.is_symlink()
    assert [d["v"] for d in _db(real).table("t").all()] == [1, 2]
    assert [b.path for b in list_backups(link)] == [real.with_name("db.json.bak.1")]


def test_a_waiting_writer_says_so_once(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    code = f"""
import sys
from store.lock import write_lock
from pathlib import Path
with write_lock(Path({str(path)!r})):
    print("held", flush=True)
    sys.stdin.readline()  # held until the writer has said it waits
"""
    import subprocess
    import sys

    from tests.store.helpers import REPO, child_env

    holder = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=REPO,
        env=child_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    waits: list[str] = []

    def said_it_waits() -> None:
        waits.append("waiting")
        holder.stdin.write("release\n")
        holder.stdin.flush()

    storage = AtomicJSONStorage(path, lock_timeout=30)
    storage.on_wait = said_it_waits
    with storage.transaction() as txn:
        txn.replace({"t": {"1": {"v": 1}}})
    holder.wait(timeout=30)
    holder.stdin.close()
    holder.stdout.close()
    assert waits == ["waiting"]
    assert read_tables(path)[0] == {"t": {"1": {"v": 1}}}
