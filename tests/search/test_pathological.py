"""Empty, huge or hostile queries return quickly and safely (a list of sane hits)."""

from __future__ import annotations

import pytest

QUERIES = [
    "",
    " ",
    "\t\n",
    "!!!",
    "?!.,;:'\"",
    "(a+)+$",
    ".*",
    "[",
    "\\",
    "a" * 10_000,
    "kursk " * 2000,
    "(" * 10_000,
    "\x1b[31mred\x1b[0m",
    "date:",
    "date:>",
    "date:9999-99",
    "speaker:",
    ":",
    "-:",
    "-",
    '"',
    "\u202e\u200b",
    "🔊🔊🔊",
    "x:y:z",
    "is:",
    "kind:" + "d" * 5000,
    "0" * 500,
    "10,000,000,000,000",
]


@pytest.mark.parametrize("query", QUERIES, ids=range(len(QUERIES)))
def test_pathological_query_returns_sane_hits(index, claims, query):
    by_id = {c.id: c for c in claims}
    hits = index.search(query, limit=50)
    assert isinstance(hits, list) and len(hits) <= 50
    for hit in hits:
        claim = by_id[hit.claim_id]
        assert 0.0 <= hit.score <= 100.0
        assert all(0 <= s < e <= len(claim.text) for s, e in hit.spans)


def test_only_punctuation_or_empty_finds_nothing(index):
    for query in ("", "   ", "!!!", ".*", "—"):
        assert index.search(query) == []


def test_regex_like_text_is_searched_as_words_not_as_a_pattern(index, claims):
    hits = index.search("kursk.*", limit=5)
    by_id = {c.id: c.text for c in claims}
    assert hits and all("kursk" in by_id[h.claim_id].lower() for h in hits)


def test_a_session_survives_the_same_queries(index):
    session = index.session()
    for query in QUERIES:
        assert isinstance(session.search(query), list)


def test_zero_or_negative_limit(index):
    assert index.search("kursk", limit=0) == []
    assert index.search("kursk", limit=-3) == []


def test_an_empty_corpus_and_odd_claims_are_searchable():
    from corpus.model import Claim
    from store.search import SearchIndex

    empty = SearchIndex.build([], [])
    assert empty.search("kursk") == [] and empty.search("kind:denial") == [] and empty.session().search("k") == []
    odd = [
        Claim("x", "a", 0, 0, "", "statement", None, "asserted"),
        Claim("y", "missing", 0, 3, "...", "not-a-kind", "", "asserted", date="garbage"),
    ]
    index = SearchIndex.build(odd, [])
    assert index.search("kursk") == [] and index.search("date:2024") == []
    assert {h.claim_id for h in index.search("-kind:denial")} == {"x", "y"}
