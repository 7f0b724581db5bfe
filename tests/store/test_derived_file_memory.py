"""The links and claims files of a DB are written a column at a time as each is made, then mapped: making
them never holds every column in memory at once, nor a bytes object for each string, nor a column twice."""

from __future__ import annotations

import gc
import os
import tracemalloc
import zipfile

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
    # the largest column (the reasons), or the ends as they are sorted: ~0.6 of the file;
    # every column made before any was written, each string's bytes an object besides: ~2.5
    assert peak < saved, (peak, saved)


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


def test_a_saved_column_is_written_without_a_copy_of_it() -> None:
    from store.mapped import write_npz

    column = np.arange(2_500_000, dtype=np.int64)  # 20 MB
    with open(os.devnull, "wb") as sink:
        tracemalloc.start()
        try:
            write_npz(sink, {"column": column})
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 2_000_000, peak  # numpy's writer: a 16 MB copy at a time


def test_saved_members_are_those_numpy_writes(tmp_path) -> None:
    from store.mapped import save_npz

    arrays = {
        "ints": np.arange(10),
        "bytes": np.array([b"ab", b"c"]),
        "scalar": np.array(3.5),
        "fortran": np.arange(12.0).reshape(3, 4).copy(order="F"),
        "strided": np.arange(12).reshape(3, 4)[:, 1],
        "empty": np.zeros(0, dtype=bool),
    }
    assert save_npz(tmp_path / "ours.npz", arrays) is None
    np.savez(tmp_path / "numpys.npz", **arrays)
    with zipfile.ZipFile(tmp_path / "ours.npz") as ours, zipfile.ZipFile(tmp_path / "numpys.npz") as numpys:
        assert ours.namelist() == numpys.namelist()
        assert all(ours.read(name) == numpys.read(name) for name in ours.namelist())


def test_a_builds_claims_file_holds_its_documents_once(tmp_path) -> None:
    from store.claim_docs import ClaimDocs, claims_path

    path = tmp_path / "corpus.json"
    CorpusDB.open(path, create=True).replace_all(_linked_extraction(), None, includes_bundled=False)
    db = CorpusDB.open(path)
    claims = db.claims()
    claims_path(path).unlink(missing_ok=True)
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        docs, problem = ClaimDocs.from_db(db)
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert problem is None and len(docs) == len(claims) and docs.claim(claims[5].id) == claims[5]
    saved = sum(array.nbytes for array in map_npz(claims_path(path)).values())
    # the documents once and the ids: ~1.3; every document a bytes object, then joined, then copied: ~2.3
    assert peak < 1.5 * saved, (peak, saved)
