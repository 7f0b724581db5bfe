"""Fixtures for the app tests: a small corpus and a user DB in the test's tmp dir."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.corpus_fixture import build_extraction
from tests.tui.fakes import FakeCorpus, FakeUser
from tui.data import AppData


@pytest.fixture
def extraction():
    return build_extraction()


@pytest.fixture
def make_data(extraction, tmp_path: Path):
    """Build AppData; calling it again opens the same files (a 'restart')."""

    def make() -> AppData:
        return AppData(corpus=FakeCorpus(extraction), user=FakeUser.open(tmp_path / "user.json"), index=None)

    return make
