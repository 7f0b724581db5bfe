"""The static checks run as tests, so `pytest` (CI's one command) runs them too.

Run them alone with `pytest tests/test_static_checks.py`, or each tool by hand from the repo root:
`ruff check .`, `ruff format --check .`, `lint-imports`, `mypy`. Configuration lives in pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def tool(name: str) -> str:
    """The tool installed beside this interpreter (the venv's), else the one on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install -e '.[test]'")
    return found


def run(*command: str) -> None:
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"$ {' '.join(command)}\n{result.stdout}{result.stderr}"


def test_ruff_lint_is_clean() -> None:
    run(tool("ruff"), "check", "--no-cache", ".")


def test_ruff_format_is_applied() -> None:
    run(tool("ruff"), "format", "--check", "--no-cache", ".")


def test_import_contracts_are_kept() -> None:
    run(tool("lint-imports"), "--no-cache")


def test_types_check() -> None:
    run(tool("mypy"))  # files and strictness per package: [tool.mypy] in pyproject.toml
