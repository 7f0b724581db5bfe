"""Fixtures for the CLI tests: a corpus DB holding the hand-built sample, and a runner
that goes through ``tui.cli.main`` (so exit codes and one-line errors are the real ones)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner
from cli_sample import HOSTILE_BODY, sample_extraction

from corpus.loader import article_id
from corpus.model import Article, Claim, Extraction

TEST_PIPELINE = "cli-tests"


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


def with_hostile_article(extraction: Extraction) -> Extraction:
    """The sample plus an article whose text carries markup, emoji codes and escapes."""
    body = HOSTILE_BODY
    article = Article(article_id(body), "Hostile page", "Evil Outlet", [], "2025-03-01", False, "evil.txt", body)
    sentence = body.split("\n")[1]
    start = body.index(sentence)
    claim = Claim("cevil000001", article.id, start, start + len(sentence), sentence, "statement",
                  "[bold red]Mayor Jane Roe[/]", "asserted")
    return Extraction(extraction.articles + [article], extraction.claims + [claim], extraction.entities,
                      extraction.xrefs)


def write_db(path: Path, extraction: Extraction, version: str = TEST_PIPELINE):
    """A real corpus DB file holding ``extraction``, current for pipeline ``version``."""
    from store.corpus_db import CorpusDB

    db = CorpusDB.open(path, create=True)
    db.replace_all(extraction, None, pipeline_version=version, includes_bundled=False)
    return db


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
