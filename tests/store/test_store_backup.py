"""Rotating last-good backups and restoring them."""

from __future__ import annotations

from pathlib import Path

import pytest
from tinydb import TinyDB

from store.atomic import current_stamp, read_tables
from store.backup import backup_path, hold, list_backups, pending_path, restore_backup
from store.corpus_db import CorpusDB
from store.errors import CorruptDatabase, StoreError
from store.storage import AtomicJSONStorage
from tests.store.fixtures import built_db, bundled_extraction  # noqa: F401 (pytest fixtures)


def _write_versions(path: Path, count: int, keep: int = 3) -> list[bytes]:
    versions = []
    for n in range(count):
        storage = AtomicJSONStorage(path, backups=keep)
        with storage.transaction() as txn:
            txn.replace({"t": {"1": {"version": n}}})
        versions.append(path.read_bytes())
    return versions


def test_backups_rotate_newest_first_and_stop_at_keep(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    versions = _write_versions(path, 6, keep=3)
    backups = list_backups(path)
    assert [b.index for b in backups] == [1, 2, 3]
    # .bak.1 is the version just before the current one, and so on back
    assert [b.path.read_bytes() for b in backups] == [versions[4], versions[3], versions[2]]
    assert all(b.loads for b in backups)
    assert not backup_path(path, 4).exists()


def test_no_backup_of_the_first_write_and_none_when_disabled(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    _write_versions(path, 1)
    assert list_backups(path) == []
    other = tmp_path / "other.json"
    _write_versions(other, 3, keep=0)
    assert list_backups(other) == []


def test_no_backup_of_a_file_that_changed_since_it_was_parsed(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    _write_versions(path, 1)
    parsed = current_stamp(path)
    path.write_bytes(b"{garbage")  # replaced behind the writer's back: not known to load
    assert hold(path, 3, parsed) is None
    assert list_backups(path) == [] and not pending_path(path).exists()


def test_backup_is_independent_of_later_writes(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    versions = _write_versions(path, 2)
    _write_versions(path, 1)
    # hard links are safe because the DB is always replaced, never edited in place
    assert backup_path(path, 2).read_bytes() == versions[0]


def test_restore_picks_newest_loadable_and_sets_the_damaged_file_aside(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    versions = _write_versions(path, 4)
    backup_path(path, 1).write_bytes(b'{"t": {"1": {"vers')  # the newest backup is damaged too
    path.write_bytes(b"\x00" * 64)  # and the DB itself
    with pytest.raises(CorruptDatabase):
        TinyDB(path, storage=AtomicJSONStorage).all()
    listed = list_backups(path)
    assert [b.loads for b in listed] == [False, True, True]
    assert "truncated" in (listed[0].error or "")
    restored = restore_backup(path)
    assert restored.source == backup_path(path, 2)
    assert path.read_bytes() == versions[1]
    assert restored.set_aside is not None and restored.set_aside.read_bytes() == b"\x00" * 64
    assert read_tables(path)[0] == {"t": {"1": {"version": 1}}}


def test_restore_a_chosen_backup_and_nothing_to_restore(tmp_path: Path) -> None:
    path = tmp_path / "db.json"
    versions = _write_versions(path, 4)
    restore_backup(path, backup_path(path, 3))
    assert path.read_bytes() == versions[0]
    lonely = tmp_path / "lonely.json"
    lonely.write_bytes(b"")
    with pytest.raises(StoreError, match="no backup that loads"):
        restore_backup(lonely)
    assert lonely.read_bytes() == b""


def test_corpus_db_writes_keep_backups(built_db: Path, bundled_extraction) -> None:
    before = built_db.read_bytes()
    db = CorpusDB.open(built_db)
    db.replace_all(bundled_extraction, "fp-2")
    assert backup_path(built_db, 1).read_bytes() == before
    assert CorpusDB.open(backup_path(built_db, 1)).fingerprint == "fp-test"
