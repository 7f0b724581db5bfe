from __future__ import annotations

from pathlib import Path

import pytest

from store import paths


def test_defaults_follow_the_isolated_xdg_dirs(isolated_user_dirs: Path) -> None:
    data = isolated_user_dirs / "data" / "factscope"
    assert paths.data_dir() == data
    assert paths.default_corpus_db_path() == data / "corpus.json"
    assert paths.user_db_path() == data / "user.json"
    assert paths.config_path() == isolated_user_dirs / "config" / "factscope" / "config.toml"


def test_env_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACTSCOPE_DB", str(tmp_path / "shared.json"))
    monkeypatch.setenv("FACTSCOPE_CONFIG", str(tmp_path / "my.toml"))
    assert paths.default_corpus_db_path() == tmp_path / "shared.json"
    assert paths.config_path() == tmp_path / "my.toml"
    # the user DB stays per user whatever corpus DB is chosen
    assert paths.user_db_path().parent == paths.data_dir()
    monkeypatch.setenv("FACTSCOPE_DATA_DIR", str(tmp_path / "d"))
    assert paths.user_db_path() == tmp_path / "d" / "user.json"


def test_nothing_is_created_by_asking(isolated_user_dirs: Path) -> None:
    paths.default_corpus_db_path()
    paths.user_db_path()
    assert not (isolated_user_dirs / "data").exists()
