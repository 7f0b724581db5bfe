"""A build's link index rows and the claims file's documents, kept by the thousand before they are written, hold
about their length in memory: ``orjson.dumps`` returns its whole write buffer (~8 KB for an 850-byte claim)."""

from __future__ import annotations

import tracemalloc

import orjson

from corpus.loader import bundled_articles
from corpus.pipeline import extract
from corpus.xref.features import Features
from store import dumped
from store.claim_docs import ClaimDocs
from store.link_index import encode


def _held(make):
    """What ``make()`` returns, and the memory it still holds once made (tracemalloc)."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        made = make()
        return made, tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()


def test_dumps_gives_orjsons_bytes_holding_about_their_length() -> None:
    document = {"text": "The ferry to Lornholm will run twice a week from May, the council said. " * 10, "n": 3}
    kept, held = _held(lambda: [dumped.dumps(document) for _ in range(1000)])
    assert kept[0] == orjson.dumps(document) and type(kept[0]) is bytes
    assert held < 1000 * (len(kept[0]) + 100)


def test_a_builds_link_index_rows_hold_about_their_length() -> None:
    extraction = extract(bundled_articles())
    described = [f for f in extraction.link_features if isinstance(f, Features)]
    encoded, held = _held(lambda: encode(described))
    assert len(encoded) > 100
    length = sum(len(e.features) + len(e.doc) for e in encoded) + sum(
        {e.claim.article_id: len(e.article) for e in encoded}.values()
    )
    assert held < 2 * length + 1500 * len(encoded)  # (their blocks and positions besides; orjson's buffers: 5x)


def test_the_claims_files_documents_are_joined_from_bytes_of_their_length(tmp_path) -> None:
    claims = extract(bundled_articles()).claims
    length = sum(len(orjson.dumps(claim)) for claim in claims)
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        docs = ClaimDocs.of(claims, tmp_path / "corpus.json")
        peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert len(docs) == len(claims) and docs.claim(claims[0].id) == claims[0]
    assert peak < 3 * length + 300 * len(claims)  # (the documents, joined into one blob, and their offsets)
