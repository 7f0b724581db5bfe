"""What relations work out from one claim's features is kept with them (``corpus.xref.memo``): the
relations come out the same with the memo filled as from fresh features, and nothing of it is stored."""

from __future__ import annotations

import pathlib

import pytest

from corpus.loader import bundled_articles
from corpus.pipeline import extract
from corpus.xref import blocking, stored
from corpus.xref.features import features
from corpus.xref.link import rarity_of
from corpus.xref.relations import relate


def _relations(pairs, rarity) -> list[tuple[str, str, str, float, str] | None]:
    out = []
    for a, b in pairs:
        found = relate(a, b, rarity)
        out.append(None if found is None else (found.source, found.target, found.relation, found.score, found.reason()))
    return out


def test_relations_with_the_memo_filled_equal_those_from_fresh_features() -> None:
    articles = bundled_articles()
    by_id = {a.id: a for a in articles}
    claims = extract(articles).claims

    def described():
        return [features(c, by_id[c.article_id]) for c in claims]

    first = described()
    pairs = list(blocking.candidate_pairs(first))
    assert len(pairs) > 100
    rarity = rarity_of(first)
    before = _relations(pairs, rarity)  # fills the memos
    assert any(f.memo for f in first)
    assert _relations(pairs, rarity) == before  # read from the memos
    fresh = {f.claim.id: f for f in described()}
    assert _relations([(fresh[a.claim.id], fresh[b.claim.id]) for a, b in pairs], rarity) == before
    assert sum(r is not None for r in before) > 50


def test_the_memo_is_neither_stored_nor_compared() -> None:
    articles = bundled_articles()[:1]
    claim = extract(articles).claims[0]
    f, g = features(claim, articles[0]), features(claim, articles[0])
    doc = stored.to_doc(f)
    relate(f, f)
    f.memo["anything"] = 1
    assert "memo" not in doc and stored.to_doc(f) == doc
    assert f == g and "memo" not in repr(f)
    again = stored.from_doc(doc, claim, articles[0])
    assert again.memo == {} and again == g


def test_features_with_their_memo_filled_pickle_and_relate_the_same() -> None:
    import pickle

    articles = bundled_articles()
    by_id = {a.id: a for a in articles}
    feats = [features(c, by_id[c.article_id]) for c in extract(articles).claims]
    pairs = list(blocking.candidate_pairs(feats))
    rarity = rarity_of(feats)
    before = _relations(pairs, rarity)
    copied = pickle.loads(pickle.dumps(feats))
    assert any(f.memo for f in copied)
    again = {f.claim.id: f for f in copied}
    assert _relations([(again[a.claim.id], again[b.claim.id]) for a, b in pairs], rarity) == before


def test_what_one_claim_or_one_article_decides_is_worked_out_once_not_once_a_pair(monkeypatch) -> None:
    """A test of one claim's own text ("names the euro area", "there are no talks") is searched for once a claim, however many pairs
    it is in, and the names of an article's headline and lead once an article, however many claims it has. (The one-pattern
    tests made by ``claim_says`` hold their pattern: one made here over a counted pattern stands for them.)"""
    from corpus.xref import relations, subjects
    from corpus.xref.memo import claim_says

    articles = bundled_articles()
    by_id = {a.id: a for a in articles}
    feats = [features(c, by_id[c.article_id]) for c in extract(articles).claims]
    pairs = list(blocking.candidate_pairs(feats))
    counted = {"searches": 0, "bases": 0}
    none_exist, bases = relations._NONE_EXIST, subjects._with_bases

    class Counted:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text, *args):
            counted["searches"] += 1
            return self.pattern.search(text, *args)

    def with_bases(words):
        counted["bases"] += 1
        return bases(words)

    names_euro_area = claim_says(Counted(relations._EURO_AREA), "_names_euro_area_counted")  # type: ignore[arg-type]
    monkeypatch.setattr(relations, "_NONE_EXIST", Counted(none_exist))
    monkeypatch.setattr(subjects, "_with_bases", with_bases)
    subjects._protagonist_words.cache_clear()
    for a, b in pairs:
        names_euro_area(a), names_euro_area(b)
        relations._said_not_to_exist(a, b)
        subjects.different_protagonists(a, b)
    assert len(pairs) > 2 * len(feats)
    assert 0 < counted["searches"] <= 2 * len(feats)  # (each pattern once a claim)
    assert 0 < counted["bases"] <= 2 * len(articles)


def test_two_functions_of_one_name_cannot_share_a_memo_key() -> None:
    from corpus.xref.memo import per_claim

    def first(f):
        return 1

    def second(f):
        return 2

    for make in (first, second):
        make.__module__, make.__qualname__ = "tests.memo_probe", "_value"
    per_claim(first)
    with pytest.raises(ValueError, match=r"tests\.memo_probe\._value"):
        per_claim(second)


def test_a_check_kept_for_the_pair_last_asked_is_asked_again_of_any_other_pair() -> None:
    """``per_pair``: the rules asked of one pair ask a check of it again and again; it is worked out once for that
    pair, and again for any other pair, the same two the other way round, or features made anew."""
    from corpus.xref.memo import per_pair
    from corpus.xref.statements import different_times

    articles = bundled_articles()
    by_id = {a.id: a for a in articles}
    claims = extract(articles).claims
    feats = [features(c, by_id[c.article_id]) for c in claims]
    asked = []

    def apart(a, b):
        asked.append((a.claim.id, b.claim.id))
        return different_times.__wrapped__(a, b)

    kept = per_pair(apart)
    a, b, c = feats[0], feats[1], feats[-1]
    assert [kept(a, b) for _ in range(3)] == [different_times(a, b)] * 3
    assert kept(b, a) == different_times(b, a) and kept(a, c) == different_times(a, c)
    again = features(claims[0], by_id[claims[0].article_id])
    kept(again, c)
    ids = (a.claim.id, b.claim.id, c.claim.id)
    assert asked == [(ids[0], ids[1]), (ids[1], ids[0]), (ids[0], ids[2]), (ids[0], ids[2])]
    # (every pair related in a build: the same answers as the check itself)
    pairs = list(blocking.candidate_pairs(feats))
    assert len(pairs) > 100
    assert [different_times(x, y) for x, y in pairs] == [different_times.__wrapped__(x, y) for x, y in pairs]


def test_a_claims_framed_figures_are_worked_out_once_a_claim(monkeypatch) -> None:
    """How each figure of a claim is framed (``frames.framed``: asked by the rate-or-count check, the wording of the
    figures and their starts) is worked out once a claim, however many pairs it is related in, not once a pair; the
    relations are the same."""
    from corpus.loader import load_dir
    from corpus.xref import frames

    articles = bundled_articles() + load_dir(pathlib.Path(__file__).parents[1] / "data" / "articles")
    by_id = {a.id: a for a in articles}
    claims = extract(articles).claims
    feats = [features(c, by_id[c.article_id]) for c in claims]
    pairs = list(blocking.candidate_pairs(feats))
    rarity = rarity_of(feats)
    counted = {"frame": 0}
    frame_measure = frames.frame_measure

    def counted_frame(q, claim):
        counted["frame"] += 1
        return frame_measure(q, claim)

    monkeypatch.setattr(frames, "frame_measure", counted_frame)
    related = _relations(pairs, rarity)
    assert sum(r is not None for r in related) > 100 and len(pairs) > 5 * len(feats)
    assert 0 < counted["frame"] <= sum(len(f.claim.quantities) for f in feats)
    fresh = {f.claim.id: f for f in (features(c, by_id[c.article_id]) for c in claims)}
    monkeypatch.undo()
    assert _relations([(fresh[a.claim.id], fresh[b.claim.id]) for a, b in pairs], rarity) == related


def test_what_an_article_decides_is_worked_out_once_an_article_whatever_the_pairs_order(monkeypatch) -> None:
    """An article's dateline places and towns, its words, whether it is a correction and the acts its lead tells are
    worked out once an article and shared by its claims (``memo.per_article``), however its claims' pairs are
    ordered: caches keyed by the article's text, of 256 to 65,536 entries, were emptied and filled again once pairs
    spanned more articles than they held (a correction's check 10,497 times for 2,000 synthetic articles)."""
    from dataclasses import replace

    from corpus.xref import features as described
    from corpus.xref import relations, statements, subjects
    from corpus.xref.features import dateline_named

    articles = bundled_articles()
    claims = extract(articles).claims
    by_id = {a.id: replace(a) for a in articles}  # (other objects than those extract related: nothing kept for them)
    feats = [features(c, by_id[c.article_id]) for c in claims]
    pairs = list(blocking.candidate_pairs(feats))
    asked = {"towns": 0, "corrects": 0, "acts": 0, "places": 0}

    def counting(name, make):
        def counted(*args):
            asked[name] += 1
            return make(*args)

        return counted

    monkeypatch.setattr(subjects, "dateline_towns", counting("towns", subjects.dateline_towns.__wrapped__))
    monkeypatch.setattr(relations, "corrects", counting("corrects", relations.corrects))
    monkeypatch.setattr(statements, "happened_words", counting("acts", statements.happened_words.__wrapped__))
    places = counting("places", subjects.dateline_places.__wrapped__)
    monkeypatch.setattr(subjects, "dateline_places", places)
    monkeypatch.setattr(described, "dateline_places", places, raising=False)  # (where pairs read them by text)
    for a, b in reversed(pairs):  # (no article's claims one after another)
        subjects.shared_dateline(a, b)
        dateline_named(a, b)
        relations._corrections(a), relations._corrections(b)
        statements.lead_acts(a), statements.lead_acts(b)
    assert len(pairs) > 2 * len(feats)
    for name, count in asked.items():  # (an article's towns are read from its places: twice an article)
        assert 0 < count <= (2 if name == "places" else 1) * len(articles), name


def test_the_words_an_article_writes_are_read_once_an_article_whatever_the_pairs_order(monkeypatch) -> None:
    """Whether one article writes the names another's headline and lead give is asked of every pair of their claims:
    the words of each article's body and headline are made once an article (and a claim's headline names once a
    claim), not from an lru of 4,096 texts (9,692 times for 2,000 synthetic articles)."""
    from dataclasses import replace

    from corpus.xref import relations

    articles = bundled_articles()
    claims = extract(articles).claims
    by_id = {a.id: replace(a) for a in articles}  # (other objects than those extract related: nothing kept for them)
    feats = [features(c, by_id[c.article_id]) for c in claims]
    pairs = [(a, b) for a, b in blocking.candidate_pairs(feats) if a.article.id != b.article.id]
    made = 0

    def body_words(text):
        nonlocal made
        made += 1
        return words(text)

    words = relations._body_words.__wrapped__
    monkeypatch.setattr(relations, "_body_words", body_words)
    for a, b in reversed(pairs):
        relations._names_unknown_to(a, b), relations._unknown_headline_name(a, b)
    assert len(pairs) > 2 * len(feats)
    assert 0 < made <= 2 * len(articles) + len(feats)


def test_a_value_kept_once_an_article_is_never_read_for_another_article_of_the_same_id() -> None:
    from dataclasses import replace

    from corpus.xref.memo import per_article

    def dateline_word(article):
        return article.body.split()[0]

    first_word = per_article(dateline_word)
    article = bundled_articles()[0]
    claim = extract([article]).claims[0]
    other = replace(article, body="OKEBA, Nigeria (AFP) - " + article.body)
    assert first_word(features(claim, article)) == article.body.split()[0]
    assert first_word(features(claim, other)) == "OKEBA,"  # the same id, another article
    assert first_word(features(claim, article)) == article.body.split()[0]


def test_what_pairs_ask_of_an_article_by_its_text_is_worked_out_once_an_article(monkeypatch) -> None:
    """The checks of a pair that read each claim's article by its text (its dateline's regions, the outlets it relays,
    the stage its lead tells, the single names its lead opens sentences with, the lemmas of its whole text, the
    countries of the bodies its lead names, the distinctive names of its headline and lead) work each out once an
    article, however its claims' pairs are ordered: caches of 4,096 texts are emptied and filled again once a build's
    pairs span more articles than that."""
    from dataclasses import replace

    from corpus.xref import features as described
    from corpus.xref import places, relations, stages, subjects

    articles = bundled_articles()
    claims = extract(articles).claims
    by_id = {a.id: replace(a) for a in articles}  # (other objects than those extract related: nothing kept for them)
    feats = [features(c, by_id[c.article_id]) for c in claims]
    pairs = [(a, b) for a, b in blocking.candidate_pairs(feats) if a.article.id != b.article.id]
    asked: dict[str, int] = {}

    def counting(module, name, past_its_cache=True):
        make = getattr(module, name)
        if past_its_cache:  # (every time it is worked out, not only when its cache of texts misses)
            make = getattr(make, "__wrapped__", make)

        def counted(*args):
            asked[name] = asked.get(name, 0) + 1
            return make(*args)

        monkeypatch.setattr(module, name, counted)

    for module, name in (
        (places, "dateline_regions"),
        (relations, "dateline_regions"),
        (relations, "_relayed_outlets"),
        (stages, "_stage_told"),
        (described, "_tentative_story"),
        (places, "_lead_bodies_countries"),
        (described, "lead_lemmas"),
    ):
        counting(module, name)
    # (the names of a claim's headline and lead, with those its features read there: asked once a claim; reads the
    # dateline's regions through its cache, so once an article here)
    counting(subjects, "lead_names", past_its_cache=False)
    for a, b in reversed(pairs):  # (no article's claims one after another)
        for x, y in ((a, b), (b, a)):
            relations._from_its_country(x, y)
            relations._dateline_countries(x)
            relations._relays_its_figure(x, y)
            stages.stages_apart(x, y)
            relations._undated_same_event(x, y), described.tentative_story(x)
            described._country_and_unplaced_town(x, y)
            places.bodies_of_other_countries(x, y)
            places._one_protagonist(x, y)
    assert len(pairs) > 4 * len(articles)
    for name, count in asked.items():
        most = {"dateline_regions": 2 * len(articles), "lead_names": len(feats)}.get(name, len(articles))
        assert count <= most, name
    assert {"dateline_regions", "_relayed_outlets", "_stage_told", "_tentative_story", "lead_names"} <= set(asked)


def test_a_builds_memos_are_let_go_once_its_pairs_are_related() -> None:
    """What the rules worked out for each claim and article is let go once a build has related its pairs (a third of
    what a build held at linking's end), but for the claims' blocks, which the link index reads; relating the pairs
    again works it out anew, to the same relations."""
    from corpus.xref import memo
    from corpus.xref.blocking import block_keys
    from corpus.xref.features import Features

    extraction = extract(bundled_articles())
    feats = [f for f in extraction.link_features if isinstance(f, Features)]
    blocks = memo._key_of(block_keys.__wrapped__)
    assert len(feats) > 100 and all(set(f.memo) <= {blocks} for f in feats) and any(f.memo for f in feats)
    assert not any(memo._HELD)
    pairs = list(blocking.candidate_pairs(feats))
    related = _relations(pairs, rarity_of(feats))
    assert sum(r is not None for r in related) > 50 and any(len(f.memo) > 1 for f in feats)
    by_id = {a.id: a for a in extraction.articles}
    fresh = {f.claim.id: features(f.claim, by_id[f.claim.article_id]) for f in feats}
    assert _relations([(fresh[a.claim.id], fresh[b.claim.id]) for a, b in pairs], rarity_of(feats)) == related
