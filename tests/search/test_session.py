"""As-you-type: narrowing the last keystroke's candidates gives a fresh search's results."""

from __future__ import annotations

import random

import pytest

TYPED = [
    "north korean troops killed",
    "kursk casualties",
    "speaker:shoigu workers",
    "pentagon 10,000",
    "kind:statement north kor",
    'source:"washington post" soldiers',
    "ukranian intelligance",
    "date:>2024-06 monument",
]


def as_tuples(hits):
    return [(h.claim_id, h.score, h.spans) for h in hits]


@pytest.mark.parametrize("query", TYPED)
@pytest.mark.parametrize("limit", [5, 50])
def test_typing_one_character_at_a_time_matches_fresh_search(big_index, query, limit):
    session = big_index.session()
    narrowed = 0
    for end in range(1, len(query) + 1):
        prefix = query[:end]
        assert as_tuples(session.search(prefix, limit)) == as_tuples(big_index.search(prefix, limit)), prefix
        narrowed += session.narrowed
    if limit == 5 and "intelligance" not in query:
        assert narrowed > 0  # the narrowing path really ran


def test_narrowing_is_used_when_a_word_is_extended(big_index):
    session = big_index.session()
    session.search("north kor", 5)
    session.search("north kore", 5)
    assert session.narrowed


def test_backspace_and_edits_start_over_correctly(big_index):
    session = big_index.session()
    for query in [
        "kursk cas",
        "kursk ca",
        "kursk c",
        "kursk",
        "kursk x",
        "kurs",
        "kind:denial",
        "kind:de",
        "north korean",
        "north koreans",
        "north korea",
        '"north korea"',
        "-kind:statement north",
    ]:
        assert as_tuples(session.search(query, 5)) == as_tuples(big_index.search(query, 5)), query


def test_random_editing_walk_matches_fresh_search(big_index):
    rng = random.Random(3)
    alphabet = list("north korean kursk casualties troops 10,000 ") + ["kind:", "speaker:", '"', "-"]
    session = big_index.session()
    query = ""
    for _ in range(80):
        if query and rng.random() < 0.25:
            query = query[:-1]
        else:
            query += rng.choice(alphabet)
        assert as_tuples(session.search(query, 5)) == as_tuples(big_index.search(query, 5)), query


def test_searches_from_several_threads_agree_with_one_thread(big_index, big_claims, articles):
    from concurrent.futures import ThreadPoolExecutor

    queries = [q[:end] for q in TYPED for end in range(3, len(q) + 1, 4)]
    expected = [as_tuples(big_index.search(q, 5)) for q in queries]
    fresh = type(big_index).build(big_claims, articles)  # empty caches, so threads fill them together
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda q: as_tuples(fresh.search(q, 5)), queries))
    assert [[hit[0] for hit in hits] for hits in got] == [[hit[0] for hit in hits] for hits in expected]
