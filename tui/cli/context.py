"""What the top-level options hand down to every subcommand."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(slots=True)
class CliContext:
    db_path: Path | None  # None: the default corpus DB in the user's data dir
    keymap: str | None  # None: whatever the user's config says
    debug: bool = False
