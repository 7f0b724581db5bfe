"""The app's data is one frozen snapshot per version of the corpus: a worker makes the next
one, and the one the screens hold is never changed under them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from corpus.model import Extraction
from store.corpus_db import CorpusDB
from store.user_db import UserDB
from tests.tui.corpus_fixture import build_extraction, write_corpus
from tui.data import AppData, queries_of, reload_changed


def _data(path: Path) -> AppData:
    return AppData(CorpusDB.open(path), UserDB.open(path.parent / "user.json"))


def test_a_snapshot_cannot_be_changed_in_part(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    write_corpus(path, build_extraction(), current=True)
    data = _data(path)
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.corpus = CorpusDB.open(path)  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.warnings = ("late",)  # type: ignore[misc]


def test_a_corpus_saved_by_another_process_comes_as_a_new_snapshot_and_the_old_stays(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    whole = build_extraction()
    write_corpus(path, whole, current=True)
    data = _data(path)
    answers = queries_of(data)
    assert reload_changed(data).data is None  # nothing saved since
    first = whole.articles[0]
    smaller = Extraction([first], [c for c in whole.claims if c.article_id == first.id], [], [])
    write_corpus(path, smaller, current=True)  # as `factscope add` or another browser would
    fresh = reload_changed(data).data
    assert fresh is not None and fresh.user is data.user
    assert len(data.corpus.articles()) == len(whole.articles)  # the snapshot shown is untouched
    assert len(fresh.corpus.articles()) == 1
    assert queries_of(data) is answers and queries_of(fresh) is not answers  # answers belong to one version
