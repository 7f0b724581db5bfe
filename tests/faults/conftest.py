"""Fixtures for the fault suite: real files, real ``factscope`` processes, real DB files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.faults.helpers import pipeline_available
from tests.store.helpers import copy_db


@pytest.fixture(autouse=True)
def _default_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTSCOPE_MAX_ARTICLE_BYTES", raising=False)


def _build_template(path: Path) -> None:
    """A real corpus DB of the bundled articles: the full pipeline when it exists.

    Without the pipeline, the DB holds the bundled articles and no claims; the
    refusal tests only need a real DB file whose bytes must not change.
    """
    from corpus.loader import bundled_articles
    from corpus.model import Extraction
    from store.corpus_db import CorpusDB

    if pipeline_available():
        from store.build import build_corpus_db

        build_corpus_db(path)
        return
    CorpusDB.open(path, create=True).replace_all(
        Extraction(articles=bundled_articles()), None, pipeline_version="none", includes_bundled=False
    )


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "corpus.json"
    _build_template(path)
    return path


@pytest.fixture
def corpus_db(template_db: Path, tmp_path: Path) -> Path:
    """A fresh copy of the template DB, alone in its own directory."""
    directory = tmp_path / "db"
    directory.mkdir()
    target = directory / "corpus.json"
    copy_db(template_db, target)
    return target
