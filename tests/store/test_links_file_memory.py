"""The links file of a DB is written a column at a time as each is made, then mapped: making it never
holds every column in memory at once, nor a bytes object for each link's strings."""

from __future__ import annotations

import gc
import tracemalloc

import numpy as np

from corpus.model import Article, Claim, Extraction, XRef
from store.corpus_db import CorpusDB
from store.links import LinkColumns, links_path
from store.mapped import map_npz

ARTICLES = 600
CLAIMS_PER_ARTICLE = 3


def _linked_extraction() -> Extraction:
    """Articles of a ferry story, each claim linked to the claims of the two articles before it."""
    articles, claims, xrefs = [], [], []
    for a in range(ARTICLES):
        texts = [f"The council said {a + k} ferries would run each week from May. " for k in range(CLAIMS_PER_ARTICLE)]
        body = "".join(texts)
        articles.append(Article(f"a{a}", f"Ferry {a}", "Gazette", ["Desk"], "2024-05-02", False, f"a{a}.txt", body))
        offset = 0
        for k, text in enumerate(texts):
            end = offset + len(text) - 1
            claims.append(Claim(f"c{a}-{k}", f"a{a}", offset, end, body[offset:end], "statement", None, "asserted"))
            offset += len(text)
            for earlier in range(max(0, a - 2), a):
                for j in range(CLAIMS_PER_ARTICLE):
                    xrefs.append(
                        XRef(
                            f"c{a}-{k}",
                            f"c{earlier}-{j}",
                            ("corroborates", "updates")[j % 2],
                            0.5 + j / 10,
                            f"both count the ferries a week ({a + k} against {earlier + j}), told by the council",
                            "later figure" if j % 2 else None,
                            ["subject", "measure"][: j + 1],
                        )
                    )
    return Extraction(articles, claims, [], xrefs)


def test_a_builds_links_file_is_made_without_every_column_in_memory_at_once(tmp_path, monkeypatch) -> None:
    # strings encoded a thousand at a time: their bytes objects a small part of the whole, as they are
    # (16,384 at a time) in a build of hundreds of thousands of links
    monkeypatch.setattr("store.columns.ENCODED_AT_ONCE", 1_000)
    monkeypatch.setattr("store.links.ENCODED_AT_ONCE", 1_000)
    path = tmp_path / "corpus.json"
    extraction = _linked_extraction()
    db = CorpusDB.open(path, create=True)
    db.replace_all(extraction, None, includes_bundled=False)
    db = CorpusDB.open(path)  # read whole, as a build holds it
    links_path(path).unlink(missing_ok=True)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        links, problem = LinkColumns.from_db(db)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert problem is None and links.all() == db.xrefs() and len(links) == len(extraction.xrefs) > 10_000
    saved = sum(array.nbytes for array in map_npz(links_path(path)).values())
    # the largest column (the reasons), or the ends as they are sorted: ~0.9 of the file;
    # every column made before any was written, each string's bytes an object besides: ~2.5
    assert peak < 1.2 * saved, (peak, saved)


def test_links_made_in_memory_are_the_links_written(tmp_path) -> None:
    """A read-only DB's links are made in memory: the same columns as the file a writer saves."""
    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(_linked_extraction(), None, includes_bundled=False)
    links_path(path).unlink(missing_ok=True)
    made, problem = LinkColumns.from_db(CorpusDB.open(path, readonly=True))
    assert problem == "the corpus DB is read-only"
    written, problem = LinkColumns.from_db(CorpusDB.open(path))
    assert problem is None
    saved = map_npz(links_path(path))
    saved.pop("meta")
    assert list(saved) == list(made._arrays)  # in the order `save` writes them
    assert all(
        saved[name].dtype == made._arrays[name].dtype and np.array_equal(saved[name], made._arrays[name])
        for name in saved
    )
    assert written.all() == made.all()


def test_arrays_saved_as_they_are_made_and_no_temp_file_left_when_making_one_fails(tmp_path) -> None:
    from store.mapped import save_npz

    def columns(fail: bool):
        yield "first", np.arange(5)
        if fail:
            raise ValueError("a shard could not be read")
        yield "second", np.array([b"ab", b"c"])

    path = tmp_path / "columns.npz"
    assert save_npz(path, columns(fail=False)) is None
    saved = map_npz(path)
    assert list(saved) == ["first", "second"] and saved["second"].tolist() == [b"ab", b"c"]
    with_failure = tmp_path / "failed.npz"
    try:
        save_npz(with_failure, columns(fail=True))
    except ValueError as exc:
        assert "shard" in str(exc)
    else:
        raise AssertionError("the failure was not passed on")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["columns.npz"]
