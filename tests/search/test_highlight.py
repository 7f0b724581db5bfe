"""Highlight spans point at the characters that matched, in the original text."""

from __future__ import annotations

import pytest

from corpus.model import Article, Claim
from store.search import SearchIndex
from store.search.normalise import normalise

TEXTS = [
    "The Café’s owner said ABOUT 10,000 troops were near Zelenskyy’s HQ.",
    "Pyongyang sent 10000 workers, North Korean media said.",
    "There are reports that 100,000 North Korean volunteers are prepared to come.",
]


@pytest.fixture(scope="module")
def texts_index():
    claims = [Claim(f"t{i}", "a", 0, len(t), t, "statement", None, "asserted") for i, t in enumerate(TEXTS)]
    return SearchIndex.build(claims, [Article("a", "T", None, [], None, False, "a.txt", "")])


def spans_of(index, query, claim_id):
    hit = next(h for h in index.search(query) if h.claim_id == claim_id)
    text = TEXTS[int(claim_id[1:])]
    return [text[s:e] for s, e in hit.spans]


def test_accents_and_case_fold_but_spans_cover_the_written_word(texts_index):
    assert spans_of(texts_index, "cafe", "t0") == ["Café"]
    assert spans_of(texts_index, "about", "t0") == ["ABOUT"]
    assert spans_of(texts_index, "zelenskyy", "t0") == ["Zelenskyy"]


def test_numbers_match_with_or_without_digit_group_commas(texts_index):
    assert {h.claim_id for h in texts_index.search("10,000")} >= {"t0", "t1"}
    assert spans_of(texts_index, "10000", "t0") == ["10,000"]
    assert spans_of(texts_index, "10,000", "t1") == ["10000"]


def test_exact_number_ranks_above_a_longer_number_it_begins(texts_index):
    ranked = [h.claim_id for h in texts_index.search("10,000")]
    assert ranked.index("t2") > max(ranked.index("t0"), ranked.index("t1"))


def test_a_typo_highlights_the_word_it_found(texts_index):
    assert spans_of(texts_index, "voluntears", "t2") == ["volunteers"]


def test_quotes_and_dashes_around_a_word_are_not_highlighted():
    text = "He called it a \u201choax\u201d \u2014 \u00abhoax\u00bb, \u2018Hoax\u2019."
    claims = [Claim("q", "a", 0, len(text), text, "statement", None, "asserted")]
    index = SearchIndex.build(claims, [Article("a", "T", None, [], None, False, "a.txt", "")])
    (hit,) = index.search("hoax")
    assert [text[s:e] for s, e in hit.spans] == ["hoax", "hoax", "Hoax"]


def test_neighbouring_words_form_one_span(texts_index):
    assert spans_of(texts_index, "north korean", "t1") == ["North Korean"]


def test_a_word_being_typed_highlights_the_whole_word(texts_index):
    assert spans_of(texts_index, "pyong", "t1") == ["Pyongyang"]


@pytest.mark.parametrize(
    "query",
    [
        "kursk casualties",
        "pentagon 10,000",
        "peskov hoax",
        "north korean troops",
        "ukranian intelligance",
        "significant assist",
    ],
)
def test_every_span_in_real_sentences_is_a_matched_word(index, claims, query):
    by_id = {c.id: c.text for c in claims}
    words = normalise(query).split()
    hits = index.search(query, limit=20)
    assert hits
    for hit in hits:
        text = by_id[hit.claim_id]
        for start, end in hit.spans:
            assert 0 <= start < end <= len(text)
            assert text[start].isalnum() and text[end - 1].isalnum(), text[start:end]  # no quotes, no dashes
            for word in normalise(text[start:end]).split():
                # a query word begins it, or it is within a typo of one
                assert any(word.startswith(w) or _near(word, w) for w in words), (query, text[start:end])


def _near(a: str, b: str) -> bool:
    from rapidfuzz.distance import OSA

    return OSA.distance(a[: len(b)], b) <= 2


def test_a_quoted_phrase_ranks_claims_holding_it_first(index, claims):
    by_id = {c.id: c.text for c in claims}
    hits = index.search('"north korean soldiers"', limit=10)
    holding = ["north korean soldiers" in " ".join(by_id[h.claim_id].lower().split()) for h in hits]
    assert holding[0] and holding == sorted(holding, reverse=True)  # all holders before any other
