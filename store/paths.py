"""Where factscope keeps its files: the one place to patch in tests or to change.

Nothing is created here; the storage creates directories when it first writes.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "factscope"
CORPUS_DB_NAME = "corpus.json"
USER_DB_NAME = "user.json"
CONFIG_NAME = "config.toml"


def _env_path(var: str) -> Path | None:
    value = os.environ.get(var, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The user's data dir (``FACTSCOPE_DATA_DIR``, else the platform's, e.g. XDG)."""
    return _env_path("FACTSCOPE_DATA_DIR") or platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_corpus_db_path() -> Path:
    """The corpus DB to use when ``--db`` is not given (``FACTSCOPE_DB`` wins)."""
    return _env_path("FACTSCOPE_DB") or data_dir() / CORPUS_DB_NAME


def user_db_path() -> Path:
    """Bookmarks, notes and history: always per user, whatever corpus DB is open."""
    return data_dir() / USER_DB_NAME


def config_path() -> Path:
    """The config file (``FACTSCOPE_CONFIG``, else the platform's config dir)."""
    return _env_path("FACTSCOPE_CONFIG") or platformdirs.user_config_path(APP_NAME, appauthor=False) / CONFIG_NAME
