"""Search through the query layer: one grammar, the engine or a scan of the same parsed query."""

from __future__ import annotations

import pytest

from store.query.queries import CorpusQueries
from store.query.reader import ExtractionReader
from store.query.search import ClaimSearch, filter_text, found_claims
from store.search import SearchIndex, parse_query
from tests.tui.test_views_sample import build_sample

# Filters only: what the scan returns must be exactly what the engine returns.
FILTER_QUERIES = [
    "is:quantified",
    "is:corroborated",
    "is:conflict",
    "is:hedged",
    "is:unattributed",
    "kind:denial",
    "kind:conf",
    "-kind:quantity",
    "speaker:shoigu",
    'speaker:"sergei sh"',
    "entity:nis",
    "entity:pyongyang",
    'source:"washington post"',
    "date:>2025",
    "date:2024-10",
    "date:2024-06..2024-12",
    "-date:<=2024",
    "is:quantified kind:quantity -is:hedged",
]


@pytest.fixture(scope="module")
def corpus():
    sample = build_sample()
    return sample, ExtractionReader(sample.extraction)


@pytest.fixture(scope="module")
def queries(corpus):
    _, reader = corpus
    return CorpusQueries(reader)


@pytest.fixture(scope="module")
def engine(corpus):
    _, reader = corpus
    return SearchIndex.build(reader.claims(), reader.articles(), reader.xrefs(), reader.entities())


@pytest.mark.parametrize("query", FILTER_QUERIES)
def test_the_scan_selects_what_the_engine_selects(corpus, engine, query: str) -> None:
    _, reader = corpus
    scanned = {hit.claim_id for hit in CorpusQueries(reader).scan.search(query, limit=1000)}
    indexed = {hit.claim_id for hit in engine.search(query, limit=1000)}
    assert scanned == indexed


def test_flags_the_old_scan_did_not_know_match_while_the_engine_loads(corpus, queries) -> None:
    sample, _reader = corpus
    search = ClaimSearch(lambda: None, lambda: queries.scan)
    quantified = {hit.claim_id for hit in search.search("is:quantified", limit=100)}
    assert quantified == {c.id for c in sample.extraction.claims if c.quantities}
    corroborated = {hit.claim_id for hit in search.search("is:corroborated")}
    assert corroborated == {sample.ids["russia-confirmed"], sample.ids["disclosed"]}
    assert not search.using_index


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("casulties", "casualties"),  # a typo
        ("casualties troops", "casualties"),  # reordered
        ("6,000 deploy", "shoigu"),  # a number, exactly
        ("monthly worker", "payment"),  # partial
    ],
)
def test_plain_scan_finds_typos_reorders_numbers(corpus, query: str, expected: str) -> None:
    sample, reader = corpus
    hits = CorpusQueries(reader).scan.search(query)
    assert hits and hits[0].claim_id == sample.ids[expected]


def test_plain_scan_is_safe_on_pathological_queries(corpus) -> None:
    _, reader = corpus
    scan = CorpusQueries(reader).scan
    assert scan.search("") == []
    assert scan.search("((((*+?[") == []
    assert scan.search("x" * 10_000) == []
    repeated = scan.search("word " * 2_000)  # cut to the grammar's limits; one term, once
    assert len(repeated) <= 50 and all(len(hit.spans) <= 1 for hit in repeated)


def test_user_marks_are_read_only_when_a_filter_names_them(corpus, queries, engine) -> None:
    sample, _reader = corpus
    reads: list[int] = []

    def marks():
        reads.append(1)
        return {"bookmarked": [sample.ids["nis"]], "noted": [sample.ids["hoax"]]}

    for index in (None, engine):
        search = ClaimSearch(lambda index=index: index, lambda: queries.scan, marks)
        reads.clear()
        assert search.search("casualties", limit=5)
        assert reads == []
        assert [h.claim_id for h in search.search("is:bookmarked")] == [sample.ids["nis"]]
        assert [h.claim_id for h in search.search("is:noted")] == [sample.ids["hoax"]]
        assert sample.ids["nis"] not in {h.claim_id for h in search.search("-is:b", limit=100)}
        assert reads


def test_the_engine_is_used_as_soon_as_it_is_there(corpus, queries, engine) -> None:
    _, _reader = corpus
    holder: list[SearchIndex] = []
    search = ClaimSearch(lambda: holder[0] if holder else None, lambda: queries.scan)
    assert not search.using_index
    holder.append(engine)
    assert search.using_index
    assert search.search("peskov hoax")[0].claim_id.endswith("-hoax")


def test_filters_matching_nothing_are_named_as_typed_again(corpus, queries, engine) -> None:
    _, _reader = corpus
    for index in (None, engine):
        search = ClaimSearch(lambda index=index: index, lambda: queries.scan)
        assert search.filters_matching_nothing('troops speaker:"nobody at all" kind:denial -kind:x') == [
            'speaker:"nobody at all"'
        ]


def test_problems_come_from_the_one_grammar() -> None:
    assert ClaimSearch.problems("date:2024-13 troops") == list(parse_query("date:2024-13 troops").problems)
    assert ClaimSearch.problems("date:2024-13")  # the bad date is named


def test_filter_text_round_trips_through_the_grammar() -> None:
    for typed in ('speaker:"sergei shoigu"', "-kind:denial", "date:>2024-06", "is:conflict"):
        [flt] = parse_query(typed).filters
        assert filter_text(flt) == typed
        assert parse_query(filter_text(flt)).filters == (flt,)


def test_found_claims_carry_their_article_and_link_counts(corpus, engine) -> None:
    sample, reader = corpus
    hits = engine.search("peskov hoax", limit=3)
    gone = type(hits[0])("no-such-claim", 50.0, ())  # an index older than the corpus
    found = found_claims(reader, [*hits, gone])
    assert [f.claim.id for f in found] == [h.claim_id for h in hits]
    hoax = found[0]
    assert hoax.claim.id == sample.ids["hoax"]
    assert hoax.article is not None and hoax.article.outlet == "The Washington Post"
    assert (hoax.corroborating, hoax.conflicting) == (0, 2)
    assert hoax.spans == tuple(hits[0].spans)
    disclosed = found_claims(reader, engine.search("disclosed first time", limit=1))[0]
    assert (disclosed.corroborating, disclosed.conflicting) == (1, 1)
