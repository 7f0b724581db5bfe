"""Compact columns, mapped .npz files and the link columns kept beside a corpus DB."""

from __future__ import annotations

import zipfile
from dataclasses import replace

import numpy as np
import pytest

from corpus.model import XRef
from store.columns import IdColumn, IdLayers, StringColumn, StringLayers
from store.links import LinkColumns, links_path
from store.mapped import map_npz

WORDS = ["", "plain", "naïve café", "emoji 🛰 in orbit", "a\x1fseparator"]


def test_a_string_column_gives_back_every_string() -> None:
    column = StringColumn.of(WORDS)
    assert len(column) == len(WORDS)
    assert list(column) == WORDS and column[-1] == WORDS[-1] and column[1:3] == WORDS[1:3]
    with pytest.raises(IndexError):
        column[len(WORDS)]


def test_string_layers_read_as_one_column_without_copying_any() -> None:
    first, empty, then = StringColumn.of(WORDS), StringColumn.of([]), StringColumn.of(["tail one", "", "tail ü"])
    layers = StringLayers([first, StringLayers([empty, then])])
    every = [*WORDS, "tail one", "", "tail ü"]
    assert len(layers) == len(every) and list(layers) == every and layers[-1] == "tail ü"
    assert [layers.raw(i) for i in range(len(every))] == [w.encode() for w in every]
    rows = np.array([7, 0, 5, 3, 7, 2], dtype=np.int64)  # across the layers, out of order, repeated
    assert [bytes(v) for v in layers.raw_many(rows)] == [every[i].encode() for i in rows.tolist()]
    assert layers.layers == [first, empty, then]  # nested layers flattened, none copied
    assert list(StringColumn.concat([layers])) == every  # and joined into one column when saved
    with pytest.raises(IndexError):
        layers[len(every)]


def test_an_id_column_finds_rows_by_binary_search() -> None:
    ids = ["c-b", "c-a", "longer-id-c", "c-aa"]
    column = IdColumn.of(ids)
    assert [column.row(i) for i in ids] == [0, 1, 2, 3]
    assert column.row("c") is None and column.row("c-ab") is None and column.row("x" * 40) is None
    assert column.rows(["c-aa", "missing", "c-b"]) == [3, 0]
    assert list(column) == ids


def test_id_layers_find_rows_as_the_joined_column_does_without_merging() -> None:
    base, tail = IdColumn.of(["c-b", "c-a", "longer-id-c"]), IdColumn.of(["c-0", "c-a", "z"])  # c-a in both
    layers, joined = IdLayers([base, IdLayers([tail])]), base.joined(tail)
    assert layers.layers == [base, tail] and len(layers) == len(joined) == 6
    every = ["c-b", "c-a", "longer-id-c", "c-0", "z", "missing", "c"]
    assert [layers.row(i) for i in every] == [joined.row(i) for i in every] == [0, 1, 2, 3, 5, None, None]
    assert list(layers) == list(joined) and layers[4] == "c-a"
    assert layers.mask_of(["z", "c-b", "nope"]).tolist() == joined.mask_of(["z", "c-b", "nope"]).tolist()
    other = IdColumn.of(["z", "c-b", "c-a", "x"])
    assert layers.rows_in(other).tolist() == joined.rows_in(other).tolist() == [1, 2, -1, -1, 2, 0]
    assert other.rows_in(layers).tolist() == other.rows_in(joined).tolist() == [5, 0, 1, -1]  # c-a: the base's
    assert layers.rows_in(layers).tolist() == joined.rows_in(joined).tolist()
    saved = IdColumn.from_arrays(layers.arrays("ids"), "ids")  # saved as the one column joined makes
    assert [saved.row(i) for i in every] == [joined.row(i) for i in every]
    assert layers.joined(IdColumn.of(["q"])).row("q") == 6


def test_saved_arrays_map_back_without_being_read(tmp_path) -> None:
    path = tmp_path / "cols.npz"
    column = IdColumn.of(["one", "two", "three"])
    np.savez(path, numbers=np.arange(10, dtype=np.int32), **column.arrays("ids"))
    arrays = map_npz(path)
    assert not arrays["numbers"].flags.owndata and not arrays["numbers"].flags.writeable  # a view of the map
    assert arrays["numbers"].tolist() == list(range(10))
    mapped = IdColumn.from_arrays(arrays, "ids")
    assert mapped.row("two") == 1 and mapped[2] == "three"


def test_a_compressed_or_damaged_file_is_refused(tmp_path) -> None:
    compressed = tmp_path / "c.npz"
    np.savez_compressed(compressed, numbers=np.arange(10))
    with pytest.raises(ValueError):
        map_npz(compressed)
    damaged = tmp_path / "d.npz"
    damaged.write_bytes(b"PK\x03\x04 not a zip at all")
    with pytest.raises(zipfile.BadZipFile):
        map_npz(damaged)


LINKS = [
    XRef("a1", "b1", "conflicts", 0.8, "different figures", "later figure", ["measure", "period"]),
    XRef("b1", "c1", "corroborates", 0.5, "same figure"),
    XRef("c1", "c1", "related", 0.1, "self", None, []),
    XRef("a1", "c1", "a relation from elsewhere", 0.3, "kept as it is"),
]


def test_link_columns_give_back_each_claims_links_in_stored_order(tmp_path) -> None:
    columns = LinkColumns.of(LINKS)
    assert columns.all() == LINKS
    assert columns.of_claim("a1") == [LINKS[0], LINKS[3]]
    assert columns.of_claim("c1") == [LINKS[1], LINKS[2], LINKS[3]]
    assert columns.of_claim("nobody") == []
    path = tmp_path / "corpus.json.links.npz"
    assert columns.save(path, "k1") is None
    mapped = LinkColumns.load(path, "k1")
    assert mapped is not None and mapped.all() == LINKS and mapped.of_claim("b1") == LINKS[:2]
    assert LinkColumns.load(path, "another version") is None


def test_link_columns_are_kept_beside_the_db_for_its_version(tmp_path) -> None:
    from store.corpus_db import CorpusDB
    from tests.tui.corpus_fixture import build_extraction, write_corpus

    path = tmp_path / "corpus.json"
    db = write_corpus(path, build_extraction(), current=True)
    made, problem = LinkColumns.from_db(CorpusDB.open(path))
    assert problem is None and links_path(path).is_file() and made.all() == db.xrefs()
    again, _ = LinkColumns.from_db(CorpusDB.open(path))
    assert again.all() == db.xrefs()
    links_path(path).write_bytes(b"garbage")
    rebuilt, problem = LinkColumns.from_db(CorpusDB.open(path))
    assert problem is None and rebuilt.all() == db.xrefs()


def test_claim_documents_make_each_claim_alone_and_follow_an_add(tmp_path) -> None:
    from store.claim_docs import ClaimDocs, claims_path
    from store.corpus_db import CorpusDB
    from tests.tui.corpus_fixture import build_extraction, write_corpus

    path = tmp_path / "corpus.json"
    whole = build_extraction()
    db = write_corpus(path, whole, current=True)
    _made, problem = ClaimDocs.from_db(CorpusDB.open(path))
    assert problem is None and claims_path(path).is_file()
    mapped, _ = ClaimDocs.from_db(CorpusDB.open(path))
    assert all(mapped.claim(claim.id) == claim for claim in db.claims())
    assert mapped.claim("no such claim") is None
    more = mapped.joined(ClaimDocs.of([replace(whole.claims[0], id="another-id")], path))
    assert more.claim("another-id") == replace(whole.claims[0], id="another-id")
    assert more.claim(whole.claims[1].id) == whole.claims[1]


def test_a_tampered_claim_document_fails_closed(tmp_path) -> None:
    from store.claim_docs import ClaimDocs
    from store.errors import CorruptDatabase
    from tests.tui.corpus_fixture import build_extraction

    claim = build_extraction().claims[0]
    docs = ClaimDocs.of([replace(claim, kind="\x1b[31mnot a kind")], tmp_path / "corpus.json")
    with pytest.raises(CorruptDatabase):
        docs.claim(claim.id)


@pytest.mark.parametrize("gone", [[], [0], [4], [1, 2], [3, 1, 3], [0, 1, 2, 3, 4]])
def test_a_string_column_less_some_rows_keeps_the_others_in_order(gone) -> None:
    whole = StringColumn.of(["before", *WORDS])
    column = StringColumn(whole.blob, whole.offsets[1:])  # its strings not at the blob's start
    assert list(column) == WORDS
    less = column.without(np.array(gone, dtype=np.int64))
    assert list(less) == [w for i, w in enumerate(WORDS) if i not in gone]
    assert int(less.offsets[0]) == 0 and int(less.offsets[-1]) == len(less.blob)
    with pytest.raises(IndexError):
        column.without(np.array([len(WORDS)], dtype=np.int64))


def test_links_taken_back_from_a_long_base_leave_the_others_as_stored() -> None:
    links = [
        XRef(f"c{i}", f"c{i + 3}", "related", i / 100, f"reason {i} é", f"rule{i}" if i % 3 else None, ["w"] * (i % 3))
        for i in range(60)
    ]
    base = LinkColumns.of(links)
    taken = [links[0], links[31], links[32], links[59]]  # the first, two together, the last
    added = [XRef("c5", "c40", "conflicts", 0.9, "new", None, []), XRef("c70", "c8", "related", 0.2, "new", "r", [])]
    tail = LinkColumns.of(added, unlinked=taken)  # new links sharing ends with the base's
    joined = base.joined(tail)
    kept = [x for x in links if x not in taken]
    expected = LinkColumns.of(kept + added)
    for name, values in expected._arrays.items():
        assert np.array_equal(joined._arrays[name], values), name
    assert [joined.of_claim(f"c{i}") for i in range(71)] == [expected.of_claim(f"c{i}") for i in range(71)]


def test_link_ends_not_in_order_are_sorted_when_joined() -> None:
    from store.links import _merged

    ends = np.array([b"b", b"a", b"c"], dtype="S1")  # not sorted: no merge, a whole sort
    more = np.array([b"a", b"b"], dtype="S1")
    merged_ends, links = _merged([(ends, np.array([0, 1, 2])), (more, np.array([3, 4]))])
    assert merged_ends.tolist() == [b"a", b"a", b"b", b"b", b"c"] and links.tolist() == [1, 3, 0, 4, 2]


def test_a_fold_copies_each_string_of_the_base_once() -> None:
    import tracemalloc

    reason = "the same figure reported by two outlets on the same day, " * 4  # ~230 bytes a link
    links = [XRef(f"c{i:06d}", f"c{i + 1:06d}", "related", 0.5, reason, None, ["subject"]) for i in range(20_000)]
    base = LinkColumns.of(links)
    strings = sum(len(base._arrays[f"{name}.blob"]) for name in ("source", "target", "reason", "rule", "matched"))
    tail = LinkColumns.of(
        [XRef("c900000", "c000007", "related", 0.5, "new", None, [])], unlinked=[links[7], links[9_000]]
    )
    tracemalloc.start()
    try:
        joined = base.joined(tail)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(joined) == 20_000 - 2 + 1
    held = sum(array.nbytes for array in joined._arrays.values())
    # the base less what the tail took back, then the tail, copied once: no second copy of the strings
    assert peak - held < strings / 2
