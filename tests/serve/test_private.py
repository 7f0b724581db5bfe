"""Private by default: on a shared server, one user's bookmarks and notes are nobody else's."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from store import paths
from store.user_db import UserDB


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def permissive_umask():
    """The loosest umask a user could have: what we create must still be private."""
    old = os.umask(0)
    yield
    os.umask(old)


def test_a_fresh_data_dir_and_user_db_are_private(isolated_user_dirs: Path, permissive_umask) -> None:
    data = paths.data_dir()
    assert not data.exists() and not data.parent.exists()  # XDG_DATA_HOME itself is new too
    user = UserDB.open()
    user.add_bookmark("c1")
    user.set_note("c1", "my own thoughts")  # a second write: the first version becomes .bak.1
    assert mode(data) == 0o700 and mode(data.parent) == 0o700
    assert mode(paths.user_db_path()) == 0o600
    backups = sorted(data.glob("user.json.bak.*"))
    assert backups and all(mode(b) == 0o600 for b in backups)


def test_an_old_world_readable_user_db_is_made_private_on_its_next_write(tmp_path: Path) -> None:
    path = tmp_path / "user.json"
    UserDB.open(path).add_bookmark("c1")
    os.chmod(path, 0o644)  # as factscope before this change left it
    UserDB.open(path).add_bookmark("c2")
    assert mode(path) == 0o600


def test_the_corpus_db_keeps_its_own_permissions(tmp_path: Path, permissive_umask) -> None:
    """A shared corpus DB the operator made world-readable stays so when it is rewritten."""
    from store.corpus_db import CorpusDB
    from tests.tui.corpus_fixture import build_extraction, write_corpus

    path = tmp_path / "shared" / "corpus.json"
    write_corpus(path, build_extraction())
    assert mode(path.parent) == 0o700  # a directory factscope made: private until the operator says otherwise
    os.chmod(path, 0o644)
    write_corpus(path, build_extraction())
    assert mode(path) == 0o644
    assert CorpusDB.open(path).claims()


def test_existing_directories_are_left_as_they_are(tmp_path: Path) -> None:
    shared = tmp_path / "srv"
    shared.mkdir()
    os.chmod(shared, 0o755)
    paths.make_private_dirs(shared / "a" / "b")
    assert mode(shared) == 0o755
    assert mode(shared / "a") == 0o700 and mode(shared / "a" / "b") == 0o700


def test_a_user_db_can_be_chosen_per_user(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACTSCOPE_USER_DB", str(tmp_path / "keys" / "alice.json"))
    assert paths.user_db_path() == tmp_path / "keys" / "alice.json"
