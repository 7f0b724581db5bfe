"""Fixtures for the app tests: a small corpus in a real corpus DB, and a real
user DB, both in the test's tmp dir; a switch that makes disk writes fail; views' models that
build only when let."""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from corpus.model import Extraction
from store.corpus_db import CorpusDB
from store.query.queries import CorpusQueries
from store.user_db import UserDB
from tests.tui.corpus_fixture import build_extraction, built_corpora
from tui.data import AppData


@pytest.fixture
def extraction() -> Extraction:
    return build_extraction()


@pytest.fixture
def make_data(extraction: Extraction, tmp_path: Path):
    """Build AppData; calling it again reopens the same files (a 'restart')."""
    corpus_path = tmp_path / "corpus.json"
    built_corpora().write(corpus_path, extraction)

    def make() -> AppData:
        return AppData(corpus=CorpusDB.open(corpus_path), user=UserDB.open(tmp_path / "user.json"))

    return make


class DiskFull:
    """While on, every atomic replace fails as if the disk were full."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self._monkeypatch = monkeypatch

    def on(self) -> None:
        def refuse(src, dst, *args, **kwargs):
            raise OSError(errno.ENOSPC, "No space left on device")

        self._monkeypatch.setattr("store.atomic.os.replace", refuse)

    def off(self) -> None:
        self._monkeypatch.undo()


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> DiskFull:
    return DiskFull(monkeypatch)


@pytest.fixture
def slow_models(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The views' models build only once the returned event is set (as a big corpus is slow)."""
    built = threading.Event()
    build = CorpusQueries.build

    def build_when_let(self: CorpusQueries, name: str) -> None:
        built.wait(60)
        build(self, name)

    monkeypatch.setattr(CorpusQueries, "build", build_when_let)
    yield built
    built.set()  # no worker left waiting when the app shuts down
