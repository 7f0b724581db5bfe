"""Fixtures for the fault suite: real files, real ``factscope`` processes, real DB files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.helpers import FIRST, SECOND, THIRD, write_article
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


@pytest.fixture(scope="module")
def user_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A corpus DB of two user articles only (no bundled corpus: each trial stays quick),
    written twice so a backup exists; and the file of a third article to add."""
    from corpus.loader import load_file
    from store.build import build_corpus_db

    home = tmp_path_factory.mktemp("crash-template")
    files = home / "files"
    files.mkdir()
    articles = [load_file(write_article(files, n, t)) for n, t in (("first.txt", FIRST), ("second.txt", SECOND))]
    template = home / "db"
    template.mkdir()
    build_corpus_db(template / "corpus.json", articles[:1], keep_added=False)
    build_corpus_db(template / "corpus.json", articles, keep_added=False)
    return template, write_article(files, "third.txt", THIRD)


@pytest.fixture(scope="module")
def user_corpus_derived(user_corpus: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """``user_corpus`` with its derived files written, as `factscope build` leaves it: an add
    then extends them (by a tail, or folding one) instead of making them whole."""
    import shutil

    from store.corpus_db import CorpusDB
    from store.derived import write_derived_indexes

    template, third = user_corpus
    copy = tmp_path_factory.mktemp("crash-template-derived") / "db"
    shutil.copytree(template, copy)
    assert write_derived_indexes(CorpusDB.open(copy / "corpus.json")) == []
    return copy, third
