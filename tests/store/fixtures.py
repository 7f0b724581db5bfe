"""Fixtures for store tests, imported by the test modules that use them.

(Not a conftest.py: other test folders import their conftest by the bare name
``conftest``, and one more conftest on sys.path would shadow theirs.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import bundled_articles
from corpus.model import Extraction
from tests.store import helpers


@pytest.fixture(scope="session")
def bundled_extraction() -> Extraction:
    """The bundled articles with hand-rule claims (real offsets)."""
    return helpers.extract(bundled_articles())


@pytest.fixture
def built_db(tmp_path: Path, bundled_extraction: Extraction) -> Path:
    """A real corpus DB file holding ``bundled_extraction``."""
    from store.corpus_db import CorpusDB

    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(bundled_extraction, "fp-test", pipeline_version="t1")
    return path
