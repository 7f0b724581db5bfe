"""Where factscope keeps its files: the one place to patch in tests or to change.

Nothing is created on import or lookup; the storage creates directories when it
first writes, through ``make_private_dirs``: on a shared server a user's
bookmarks and notes are nobody else's business, so every directory factscope
creates is 0700 and the user DB (with its backups, hard links of it) 0600.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "factscope"
CORPUS_DB_NAME = "corpus.json"
USER_DB_NAME = "user.json"
CONFIG_NAME = "config.toml"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def _env_path(var: str) -> Path | None:
    value = os.environ.get(var, "").strip()
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The user's data dir (``FACTSCOPE_DATA_DIR``, else the platform's, e.g. XDG)."""
    found = _env_path("FACTSCOPE_DATA_DIR")
    if found is not None:
        return found
    import platformdirs  # only without the variable: its import (tempfile, random ...) costs every command ~5 ms

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_corpus_db_path() -> Path:
    """The corpus DB to use when ``--db`` is not given (``FACTSCOPE_DB`` wins)."""
    return _env_path("FACTSCOPE_DB") or data_dir() / CORPUS_DB_NAME


def user_db_path() -> Path:
    """Bookmarks, notes and history: always per user, whatever corpus DB is open.

    ``FACTSCOPE_USER_DB`` points at another file: a shared server gives each
    SSH key or web visitor its own.
    """
    return _env_path("FACTSCOPE_USER_DB") or data_dir() / USER_DB_NAME


def config_path() -> Path:
    """The config file (``FACTSCOPE_CONFIG``, else the platform's config dir)."""
    found = _env_path("FACTSCOPE_CONFIG")
    if found is not None:
        return found
    import platformdirs

    return platformdirs.user_config_path(APP_NAME, appauthor=False) / CONFIG_NAME


def make_private_dirs(directory: Path) -> None:
    """Create ``directory`` and any missing parents, each 0700; existing ones are left as they are.

    (``Path.mkdir(mode, parents=True)`` would give the parents the default mode.)
    """
    missing = []
    for candidate in (directory, *directory.parents):
        if candidate.is_dir():
            break
        missing.append(candidate)
    for new in reversed(missing):
        try:
            new.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:
            if not new.is_dir():
                raise
        else:
            os.chmod(
                new, PRIVATE_DIR_MODE
            )  # mkdir's mode is masked by the umask (e.g. 0o077 keeps it, 0o777 would not)
