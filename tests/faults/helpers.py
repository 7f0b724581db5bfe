"""Helpers for the fault suite: run the real CLI, compare directories byte for byte."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def run_factscope(
    *args: object, env: dict[str, str] | None = None, timeout: float = 300
) -> subprocess.CompletedProcess:
    """Run the real CLI (``python -m tui ...``) in a child process, as a user would."""
    child_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "tui", *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        cwd=REPO,
        env=child_env,
    )


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file under ``directory`` with its bytes: 'byte-identical' means equal snapshots."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}
