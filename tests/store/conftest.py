"""Fixtures for store tests: a hand-built extraction of the bundled articles,
and a way to run code in a real process without root's permission bypass."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.loader import bundled_articles
from corpus.model import Extraction
from tests.store import helpers

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bundled_extraction() -> Extraction:
    return helpers.extract(bundled_articles())


@pytest.fixture
def built_db(tmp_path: Path, bundled_extraction: Extraction) -> Path:
    from store.corpus_db import CorpusDB

    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(bundled_extraction, "fp-test", pipeline_version="t1")
    return path


def run_python(code: str, *, unprivileged: bool = False, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter at the repo root.

    ``unprivileged``: as root, drop the capabilities that bypass file
    permissions, so read-only files and directories really are read-only.
    """
    command = [sys.executable, "-c", code]
    if unprivileged and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a path truly read-only")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)
