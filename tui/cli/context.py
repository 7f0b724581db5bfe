"""What the top-level options hand down to every subcommand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(slots=True)
class CliContext:
    db_path: Path | None  # None: the default corpus DB in the user's data dir
    keymap: str | None  # None: whatever the user's config says
    debug: bool = False


def existing_dir_db(_ctx: object, _param: object, path: Path | None) -> Path | None:
    """``--db``'s check (a click callback): its directory must exist. A mistyped path made
    directories and built a corpus there, silently; a missing DB file itself is made."""
    if path is not None and not path.expanduser().parent.is_dir():
        from corpus.errors import FactscopeError

        error = FactscopeError(f"--db {path}: no directory {path.expanduser().parent} (make it first)")
        error.exit_code = 2  # bad arguments, as for a usage error
        raise error
    return path
