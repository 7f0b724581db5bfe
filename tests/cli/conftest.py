"""Fixtures for the CLI tests: a corpus DB holding the hand-built sample, and a runner
that goes through ``tui.cli.main`` (so exit codes and one-line errors are the real ones)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from cli_sample import TEST_PIPELINE, sample_extraction, with_hostile_article, write_db
from click.testing import CliRunner


class _Entry:
    """Lets CliRunner drive ``tui.cli.main`` (the console script), not the bare click group."""

    name = "factscope"

    def main(self, args=(), prog_name=None, **extra):
        from tui.cli import main

        raise SystemExit(main(list(args)))


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def run():
    runner = CliRunner()

    def invoke(*args: str, env: dict | None = None) -> Outcome:
        result = runner.invoke(_Entry(), list(args), env=env, catch_exceptions=False)
        return Outcome(result.exit_code, result.stdout, result.stderr)

    return invoke


@pytest.fixture
def sample_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A corpus DB of the hand-built sample, chosen via FACTSCOPE_DB.

    The store rebuilds a DB made by another pipeline version; pinning the version
    keeps these tests about the CLI, whatever state the real pipeline is in.
    """
    import store.build

    monkeypatch.setattr(store.build, "pipeline_version", lambda: TEST_PIPELINE)
    path = tmp_path / "corpus.json"
    write_db(path, with_hostile_article(sample_extraction()))
    monkeypatch.setenv("FACTSCOPE_DB", str(path))
    return path
