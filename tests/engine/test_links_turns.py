"""A build's pairs found in turns, claim by claim in block order, and what relating worked out from a claim let go
once its turn is past (corpus/xref/blocking.py ``BuildPairs``, corpus/xref/link.py ``Turns``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import bundled_articles, load_dir
from corpus.model import is_background
from corpus.pipeline import extract, extract_one
from corpus.xref import blocking, link
from corpus.xref.features import Features, features

CLUSTERS = Path(__file__).resolve().parents[1] / "data" / "clusters"


@pytest.fixture(scope="module")
def described() -> list[Features]:
    found = []
    for given in bundled_articles() + load_dir(CLUSTERS):
        article, claims, _mentions, _notices = extract_one(given)
        found += [features(c, article) for c in claims if not is_background(c)]
    return found


@pytest.mark.parametrize("windows", ["as built", "small"])
def test_pairs_in_turns_are_the_candidate_pairs_and_put_back_in_their_order(
    described: list[Features], windows: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if windows == "small":  # large blocks, compared within windows, and skipped blocks of common words
        monkeypatch.setattr(blocking, "SMALL_BLOCK", 6)
        monkeypatch.setattr(blocking, "NEIGHBOURS", 2)
    listed = list(blocking.candidate_pairs(described))
    found = blocking.BuildPairs(described)
    in_turns = list(found)
    assert len(in_turns) == len(listed) > 1500
    assert {_ids(p) for p in in_turns} == {_ids(p) for p in listed}  # each once, the earlier first
    # claim by claim in block order: once a claim's turn is past, no pair names it again
    firsts = [blocking.sort_key(f) for f, _g in in_turns]
    assert firsts == sorted(firsts)
    past: set[str] = set()
    turn = None
    for f, g in in_turns:
        if f is not turn:
            if turn is not None:
                past.add(turn.claim.id)
            turn = f
        assert f.claim.id not in past and g.claim.id not in past
    assert [_ids(p) for p in sorted(in_turns, key=lambda p: found.found_order(*p))] == [_ids(p) for p in listed]


def _ids(pair: tuple[Features, Features]) -> tuple[str, str]:
    return pair[0].claim.id, pair[1].claim.id


def test_a_build_lets_a_claims_memo_go_once_its_turn_is_past(monkeypatch: pytest.MonkeyPatch) -> None:
    """Held all together to the end of relating, the values worked out from each claim were most of what linking
    added to a build's peak (docs/storage.md, session 44). Now, while a pair is related, no claim of an earlier turn
    holds more than its blocks (which the link index reads); and the same links come out."""
    articles = bundled_articles() + load_dir(CLUSTERS)
    whole = extract(articles)
    seen: dict[int, Features] = {}
    held_past_turn: list[str] = []
    relate = link.relate

    def watched(a: Features, b: Features, rarity: object) -> object:
        turn = min(blocking.sort_key(a), blocking.sort_key(b))
        held_past_turn.extend(f.claim.id for f in seen.values() if len(f.memo) > 1 and blocking.sort_key(f) < turn)
        seen[id(a)], seen[id(b)] = a, b
        return relate(a, b, rarity)

    monkeypatch.setattr(link, "relate", watched)
    again = extract(articles)
    assert again.xrefs == whole.xrefs
    assert len(seen) > 300
    assert held_past_turn == []


def test_a_build_works_out_each_claims_outlet_keys_once_not_for_every_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """Which pairs ``_cites`` reads (one claim attributed to the other's outlet) was asked of every pair of two
    articles, each way, working out both claims' outlet keys each time (docs/storage.md, session 45): now once a
    claim, and the same citations come out."""
    articles = bundled_articles() + load_dir(CLUSTERS)
    whole = extract(articles)
    worked_out: list[str] = []
    outlet_keys = link._outlet_keys

    def counted(f: Features) -> set[str]:
        worked_out.append(f.claim.id)
        return outlet_keys(f)

    monkeypatch.setattr(link, "_outlet_keys", counted)
    again = extract(articles)
    assert again.xrefs == whole.xrefs
    assert any(x.rule == link.CITES_RULE for x in again.xrefs)
    assert len(worked_out) == len(set(worked_out)) > 300
