"""The index saved next to the corpus DB loads back identical, and only when it matches."""

from __future__ import annotations

import pytest

from corpus.model import Extraction
from store.corpus_db import CorpusDB
from store.search import SearchIndex
from store.search.persist import cache_path

QUERIES = ["kursk casualties", "pentagon 10,000", "source:breitbart volunteers", "date:2025 kursk", "hoxa"]


@pytest.fixture
def db(tmp_path, articles, claims):
    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(Extraction(articles, claims, [], []), fingerprint="t")
    return CorpusDB.open(path)


def results(index):
    return [[(h.claim_id, h.score, h.spans) for h in index.search(q)] for q in QUERIES]


def test_second_open_loads_the_saved_index_with_the_same_results(db):
    built = SearchIndex.from_db(db)
    assert not built.loaded_from_cache and cache_path(db.path).exists()
    loaded = SearchIndex.from_db(db)
    assert loaded.loaded_from_cache
    assert results(loaded) == results(built)


def test_a_changed_db_file_is_rebuilt(db, articles, claims):
    SearchIndex.from_db(db)
    db.replace_all(Extraction(articles, claims[:50], [], []), fingerprint="t2")
    index = SearchIndex.from_db(db)
    assert not index.loaded_from_cache and len(index) == 50


def test_a_damaged_cache_is_ignored_and_replaced(db):
    SearchIndex.from_db(db)
    cache_path(db.path).write_bytes(b"PK\x03\x04 not really a zip")
    index = SearchIndex.from_db(db)
    assert not index.loaded_from_cache and index.search("kursk")
    assert SearchIndex.from_db(db).loaded_from_cache


def test_cache_off_neither_reads_nor_writes(db):
    index = SearchIndex.from_db(db, cache=False)
    assert not index.loaded_from_cache and not cache_path(db.path).exists()


def test_an_index_saved_before_its_terms_lengths_were_loads_with_the_same_results(db):
    """Each term's length and whether it is alphabetic are saved with the index (made on load
    from every term before); a file without them still loads, and answers alike."""
    import numpy as np

    from store.mapped import map_npz, save_npz

    built = SearchIndex.from_db(db)
    loaded = SearchIndex.from_db(db)
    assert np.array_equal(loaded._text.term_lengths, built._text.term_lengths)
    assert np.array_equal(loaded._text.alphabetic, built._text.alphabetic)
    path = cache_path(db.path)
    older = {
        name: np.array(a) for name, a in map_npz(path).items() if not name.endswith(("term_lengths", "alphabetic"))
    }
    assert len(older) < len(map_npz(path))
    assert save_npz(path, older) is None
    again = SearchIndex.from_db(db)
    assert again.loaded_from_cache and results(again) == results(built)
    assert np.array_equal(again._text.term_lengths, built._text.term_lengths)


def test_the_saved_words_are_mapped_not_parsed_and_an_older_file_still_loads(db):
    """Each word list is saved as a string column and read from the mapped file by word (a start
    parsed every list into Python strings: 8.4 MB at 100k claims); a file that holds them in its
    JSON word lists, as saved before, loads and answers alike."""
    import numpy as np
    import orjson

    from store.columns import StringColumn
    from store.mapped import map_npz, save_npz

    built = SearchIndex.from_db(db)
    loaded = SearchIndex.from_db(db)
    assert loaded.loaded_from_cache and isinstance(loaded._text.vocab, StringColumn)
    assert list(loaded._text.vocab) == list(built._text.vocab)
    assert results(loaded) == results(built)
    path = cache_path(db.path)
    arrays = {name: np.array(a) for name, a in map_npz(path).items()}
    words = orjson.loads(arrays["words"].tobytes())
    assert "text" not in words  # no word list in the JSON
    for name in [n for n in arrays if n.endswith(".vocab.blob")]:
        prefix = name.removesuffix(".vocab.blob")
        words[prefix] = list(StringColumn.from_arrays(arrays, f"{prefix}.vocab"))
        del arrays[name], arrays[f"{prefix}.vocab.offsets"]
    arrays["words"] = np.frombuffer(orjson.dumps(words), dtype=np.uint8)
    assert save_npz(path, arrays) is None
    older = SearchIndex.from_db(db)
    assert older.loaded_from_cache and isinstance(older._text.vocab, list)
    assert results(older) == results(built)


def test_building_the_index_makes_no_full_collection(db):
    """The browser makes Python's full collections when no key is being answered (tui/idle_gc.py) and
    a command ends soon after a build: one here walked every object of the process for nothing (in
    each forked fault trial, a tenth of its CPU)."""
    import gc

    full: list[int] = []

    def seen(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            full.append(1)

    thresholds = gc.get_threshold()
    gc.set_threshold(1 << 30)  # none made by allocation meanwhile: only one asked for is seen
    gc.callbacks.append(seen)
    try:
        built = SearchIndex.from_db(db)
    finally:
        gc.callbacks.remove(seen)
        gc.set_threshold(*thresholds)
    assert not built.loaded_from_cache and full == []
