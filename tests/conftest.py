"""Shared fixtures. Every test runs with its own config and data dirs, so no
test reads or writes the real user's files (as harlequin's tests do)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    for var in ("FACTSCOPE_DB", "FACTSCOPE_CONFIG", "FACTSCOPE_DATA_DIR", "FACTSCOPE_USER_DB", "NO_COLOR"):
        monkeypatch.delenv(var, raising=False)
    return home
