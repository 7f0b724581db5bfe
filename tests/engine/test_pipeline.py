"""The pipeline contract: offsets, ids, kinds, extend, progress, and odd input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.model import CERTAINTIES, CLAIM_KINDS, Extraction
from corpus.pipeline import PIPELINE_VERSION, extend, extract

from .conftest import make_article


def test_every_claim_points_at_its_exact_text(bundled, own) -> None:
    for articles, extraction in (bundled, own):
        bodies = {a.id: a.body for a in articles}
        for c in extraction.claims:
            assert bodies[c.article_id][c.start : c.end] == c.text
            assert c.kind in CLAIM_KINDS and c.certainty in CERTAINTIES
            for q in c.quantities:
                assert bodies[c.article_id][q.start : q.end] == q.text
                assert c.start <= q.start < q.end <= c.end
            assert (c.speaker is None) == (c.speaker_chain == []) and (
                not c.speaker_chain or c.speaker_chain[0] == c.speaker
            )


def test_claim_ids_are_unique_and_stable_across_rebuilds(bundled) -> None:
    articles, first = bundled
    again = extract(articles)
    assert [c.id for c in again.claims] == [c.id for c in first.claims]
    assert len({c.id for c in first.claims}) == len(first.claims)
    assert all(c.id.startswith(c.article_id) for c in first.claims)


def test_repeated_sentences_get_distinct_ids() -> None:
    article = make_article("Officials said 12 people died.\n\nOfficials said 12 people died.\n")
    ids = [c.id for c in extract([article]).claims]
    assert len(ids) == 2 and len(set(ids)) == 2


def test_entities_are_listed_once_with_types(bundled) -> None:
    _, extraction = bundled
    names = [e.name for e in extraction.entities]
    assert len(names) == len(set(names))
    used = {name for c in extraction.claims for name in c.entities}
    assert used <= set(names)


def test_extend_returns_only_the_new_and_links_them_to_the_old(bundled, own) -> None:
    articles, base = bundled
    followup = make_article(
        "The South Korean National Intelligence Service said in May 2025 that 900 North Korean soldiers had been killed.",
        published="2025-05-20",
    )
    delta = extend(base, [followup, articles[0]])
    assert [a.id for a in delta.articles] == [followup.id]
    assert {c.article_id for c in delta.claims} == {followup.id}
    new_ids = {c.id for c in delta.claims}
    old_ids = {c.id for c in base.claims}
    assert any(x.source in new_ids or x.target in new_ids for x in delta.xrefs)
    assert any((x.source in old_ids) or (x.target in old_ids) for x in delta.xrefs)
    # the old links it takes back and the links it adds between old claims are a build's changes
    built = extract([*articles, followup])
    key = lambda x: (x.source, x.target, x.relation)  # noqa: E731
    assert {key(x) for x in delta.unlinked} <= {key(x) for x in base.xrefs} - {key(x) for x in built.xrefs}
    between_old = {key(x) for x in delta.xrefs if x.source in old_ids and x.target in old_ids}
    assert between_old <= {key(x) for x in built.xrefs} - {key(x) for x in base.xrefs}
    assert not {e.name for e in delta.entities} & {e.name for e in base.entities}


def test_extend_with_nothing_new_is_empty(bundled) -> None:
    articles, base = bundled
    assert extend(base, articles) == Extraction()


def test_progress_is_reported_per_article(bundled) -> None:
    articles, _ = bundled
    calls = []
    extract(articles, progress=lambda done, total, label: calls.append((done, total)))
    assert calls == [(i + 1, len(articles)) for i in range(len(articles))]


def test_version_is_a_string() -> None:
    assert isinstance(PIPELINE_VERSION, str) and PIPELINE_VERSION


@pytest.mark.parametrize(
    "body",
    [
        "",
        "\n\n\n",
        "no punctuation at all just words",
        "“",
        "12345",
        "$$$ %%% ... ???",
        "A" * 5000,
        "x. " * 2000,
        "Ünïcödé — “quoted” text. 😀 " * 50,
    ],
)
def test_odd_bodies_do_not_crash(body) -> None:
    extraction = extract([make_article(body)])
    for c in extraction.claims:
        assert body[c.start : c.end] == c.text


def test_extraction_is_plain_data(bundled) -> None:
    """Everything serialises: the store persists exactly to_dict()."""
    import json

    _, extraction = bundled
    json.dumps(
        [c.to_dict() for c in extraction.claims]
        + [x.to_dict() for x in extraction.xrefs]
        + [e.to_dict() for e in extraction.entities]
    )


@pytest.mark.parametrize("published", ["2024-13-45", "2024-02-30", "garbage", "0000", None, "2024"])
def test_malformed_published_dates_only_lose_what_is_impossible(published) -> None:
    extraction = extract(
        [make_article("The army said 12 soldiers died on Thursday and 3 more last week.", published=published)]
    )
    (claim,) = extraction.claims
    assert claim.quantities and (claim.date is None or claim.date[:4].isdigit())


_PIECES = list("aAbBsS 0123,.-—“”\"'’?:\n$%•") + [
    "said ",
    "U.S. ",
    "Oct. ",
    "killed ",
    "2024",
    "Kim ",
    "at least ",
    "the official ",
]
_NEWSY = st.lists(st.sampled_from(_PIECES), max_size=120).map("".join)


@settings(max_examples=60, deadline=None)
@given(_NEWSY)
def test_any_text_extracts_with_exact_offsets(body) -> None:
    extraction = extract([make_article(body)])
    for c in extraction.claims:
        assert body[c.start : c.end] == c.text
        for q in c.quantities:
            assert body[q.start : q.end] == q.text
