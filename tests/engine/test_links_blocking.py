"""Blocking: which claims of different articles are ever compared. Our own sentences."""

from __future__ import annotations

from corpus.model import Article
from corpus.pipeline import extract
from corpus.xref import blocking
from corpus.xref.features import features

from .conftest import make_article


def _proposed(a: Article, b: Article, text_a: str, text_b: str) -> bool:
    extraction = extract([a, b])
    by_article = {a.id: a, b.id: b}
    feats = [features(c, by_article[c.article_id]) for c in extraction.claims]
    (first,) = [f for f in feats if text_a in f.claim.text]
    (second,) = [f for f in feats if text_b in f.claim.text]
    pairs = {frozenset((f.claim.id, g.claim.id)) for f, g in blocking.candidate_pairs(feats)}
    return frozenset((first.claim.id, second.claim.id)) in pairs


def test_a_denial_naming_nothing_meets_the_later_admission_in_another_article_of_its_story() -> None:
    denial = make_article(
        "Ferrovia Lusca says booking system was hacked\nFerrovia Lusca said on Tuesday that its booking system "
        "had been hacked. No bank card details were taken, a spokeswoman said.\n",
        published="2026-05-05",
        outlet="Rail Weekly",
        title="Ferrovia Lusca says booking system was hacked",
    )
    admission = make_article(
        "Ferrovia Lusca hack worse than first thought\nFerrovia Lusca admitted on Monday that the attack went "
        "further. Partial account numbers of about 12,000 customers had been exposed, the operator added.\n",
        published="2026-05-18",
        outlet="Coastal Herald",
        title="Ferrovia Lusca hack worse than first thought",
    )
    assert _proposed(denial, admission, "No bank card details", "Partial account numbers")


def test_a_story_name_that_many_claims_share_pairs_no_one_like_a_common_word() -> None:
    articles = [
        make_article(
            f"Ferrovia Lusca update {day}\nFerrovia Lusca gave update {edition} on day {day}. No bank card details "
            "were taken, a spokeswoman said.\n",
            published=f"2026-05-{day:02d}",
            title=f"Ferrovia Lusca update {day}",
        )
        for day in range(1, 29)
        for edition in range(3)  # 84 articles: the story name's block is larger than a small block
    ]
    extraction = extract(articles)
    by_article = {a.id: a for a in articles}
    feats = [features(c, by_article[c.article_id]) for c in extraction.claims if "bank card" in c.text]
    assert len(feats) > blocking.SMALL_BLOCK
    assert all(("story", "Ferrovia Lusca") in blocking.block_keys(f) for f in feats)
    assert not list(blocking.candidate_pairs(feats))


def test_a_relayed_sum_meets_the_report_of_it_in_another_article() -> None:
    report = make_article(
        "Regulator set to fine Corrin Insurance\nThe Prudential Authority is preparing to fine Corrin Insurance about "
        "£90mn over its mis-selling of travel policies, according to people familiar with the matter.\n",
        published="2026-06-02",
        outlet="City Ledger",
        title="Regulator set to fine Corrin Insurance",
    )
    relay = make_article(
        "Insurer shares slide\nLONDON (Reuters) - Shares in Corrin Insurance fell 4% on Tuesday.\nThe City Ledger "
        "said the watchdog would fine the insurer about 90 million pounds, citing sources.\n",
        published="2026-06-02",
        outlet="Reuters",
        title="Insurer shares slide",
    )
    # (They share no rare word and no story name: only the sum, in pounds, of a fine.)
    assert _proposed(report, relay, "preparing to fine Corrin", "The City Ledger said")
