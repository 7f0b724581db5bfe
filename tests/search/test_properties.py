"""Properties that hold for any text and any query (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.model import Article, Claim
from store.search import SearchIndex, parse_query
from store.search.normalise import normalise, normalise_many, word_spans

# Letters with and without accents, digits, commas, quotes, dashes, other scripts.
ALPHABET = "abcdeéÉkKnorstuy019 ,.-’“”'\"()*+$:Ωжß\u0301"
texts = st.text(alphabet=ALPHABET, max_size=60)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(st.lists(texts, max_size=6))
def test_normalise_many_agrees_with_normalise(items):
    assert normalise_many(items) == [normalise(t) for t in items]


@FAST
@given(texts)
def test_folding_is_idempotent_and_punctuation_free(text):
    folded = normalise(text)
    assert normalise(folded) == folded
    assert "  " not in folded and folded == folded.strip()
    assert all(ch.isalnum() or ch == " " for ch in folded)


@FAST
@given(texts)
def test_word_spans_are_ordered_and_fold_to_their_text(text):
    previous_end = 0
    for start, end, folded in word_spans(text):
        assert previous_end <= start < end <= len(text)
        assert folded == normalise(text[start:end])
        previous_end = end


@FAST
@given(st.lists(texts, min_size=1, max_size=8), st.text(alphabet=ALPHABET + " :", max_size=30))
def test_any_query_gives_sane_hits_and_a_session_agrees(bodies, query):
    claims = [Claim(f"c{i}", "a", 0, len(t), t, "statement", None, "asserted") for i, t in enumerate(bodies)]
    index = SearchIndex.build(claims, [Article("a", "T", None, [], None, False, "a.txt", "")])
    hits = index.search(query, limit=5)
    assert len(hits) <= 5 and len({h.claim_id for h in hits}) == len(hits)
    for hit in hits:
        text = bodies[int(hit.claim_id[1:])]
        assert 0.0 <= hit.score <= 100.0
        ends = [0]
        for start, end in hit.spans:
            assert ends[-1] <= start < end <= len(text)
            ends.append(end)
    session = index.session()
    for cut in range(1, len(query) + 1):
        session.search(query[:cut], limit=5)
    assert [(h.claim_id, h.score, h.spans) for h in session.search(query, limit=5)] == [
        (h.claim_id, h.score, h.spans) for h in hits
    ]
    assert parse_query(query) == parse_query(query)  # pure
