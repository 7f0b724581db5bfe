"""Words news uses interchangeably for one act ("buy"/"acquire"/"takeover", "cut"/"axe"/"shed", "faulty"/
"broken"/"defective", "paid"/"paying") are one word to the cross-references, and talks to do something are
a plan to do it. Our own sentences."""

from __future__ import annotations

from corpus.xref.stems import stem

from .conftest import links_of, make_article, relations_between


def test_words_for_one_act_share_a_stem() -> None:
    assert {stem(w) for w in ("buy", "acquire", "acquisition", "takeover", "bought")} == {stem("buy")}
    assert {stem(w) for w in ("axing", "slashed", "shed", "cuts")} == {stem("cut")}
    assert {stem(w) for w in ("faulty", "broken", "defective")} == {stem("faulty")}
    assert stem("paid") == stem("paying")
    assert stem("fire") != stem("buy")  # (an unrelated word keeps its own stem)


def test_a_deal_agreed_weeks_after_talks_were_reported_updates_the_report() -> None:
    talks = make_article(
        "Varga Foods in talks for Tolmin Dairy\nVarga Foods is in advanced talks to acquire rival Tolmin Dairy, two "
        "people familiar with the matter said.\n",
        published="2026-02-03",
        outlet="Ledger",
        title="Varga Foods in talks for Tolmin Dairy",
    )
    deal = make_article(
        "Varga Foods agrees Tolmin Dairy deal\nVarga Foods said on Monday it had agreed to buy Tolmin Dairy for 900 "
        "million euros in cash.\n",
        published="2026-02-23",
        outlet="Wire",
        title="Varga Foods agrees Tolmin Dairy deal",
    )
    links = links_of(talks, deal)
    assert relations_between(links, "agreed to buy Tolmin", "in advanced talks to acquire") == ["updates"], links
