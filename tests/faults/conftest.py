"""Fixtures for the fault suite: real files, real ``factscope`` processes, real DB files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.helpers import copy_db


@pytest.fixture(autouse=True)
def _default_size_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FACTSCOPE_MAX_ARTICLE_BYTES", raising=False)


def _build_template(path: Path) -> None:
    """A real corpus DB of the bundled articles, built by the full pipeline."""
    from store.build import build_corpus_db

    build_corpus_db(path)


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
