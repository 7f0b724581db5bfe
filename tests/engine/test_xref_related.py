"""``related`` only when it helps: best first by specific shared evidence, at most a few per claim (issue 12, item 4).

Every sentence here is our own; none comes from any dataset or from tests/data.
"""

from __future__ import annotations

from collections import Counter

from corpus.extract.article import article_of_claim, claim_id
from corpus.pipeline import extract
from corpus.xref.features import features
from corpus.xref.link import MAX_RELATED_IN_ITS_ARTICLE, MAX_RELATED_PER_CLAIM, STRONG_RELATED, STRONG_TIMES, _best_few
from corpus.xref.relations import Candidate, related_score

from .conftest import make_article

_DIGEST = [
    "The Velorian government said the drought in Karsk had cut the wheat harvest by a third.",
    "Velorian officials said the new dam on the Ostra river would open in Karsk next spring.",
    "The Velorian transport ministry said rail freight through Karsk had doubled since the bridge reopened.",
    "Velorian police said protests over fuel prices in Karsk had ended peacefully on Sunday.",
    "A Velorian court in Karsk said the mayor's corruption trial would resume in June.",
    "Velorian health officials said a measles outbreak in Karsk schools was under control.",
    "The Velorian army said it had finished its winter exercises near Karsk.",
    "Velorian customs officers said they had seized forged banknotes at the Karsk border post.",
]


def _features(text: str, title: str):
    article = make_article(text + "\n", title=title, published="2026-03-02")
    (claim,) = extract([article]).claims
    return features(claim, article)


def test_specific_shared_words_rank_a_related_link_above_a_shared_place_name() -> None:
    mine = _features("Rescuers said the collapse at the Orvik copper mine near Karsk trapped miners.", "Mine collapse")
    same = _features(
        "Miners were trapped underground after the Orvik copper mine collapsed near Karsk.", "Miners trapped"
    )
    other = _features("The Velorian army said it had finished its winter exercises near Karsk.", "Army drills end")
    assert related_score(0.4, mine, same) > related_score(0.4, mine, other)
    assert related_score(0.6, mine, other) < related_score(0.3, mine, same)  # evidence outranks the rule's score


def test_no_claim_lists_more_than_a_few_related_links_and_each_keeps_its_best() -> None:
    hub = [Candidate("hub", f"c{i:02d}", "related", round(0.45 - i / 100, 2), lambda: "") for i in range(20)]
    assert all(c.score < STRONG_RELATED for c in hub)
    kept = _best_few(hub, MAX_RELATED_PER_CLAIM)
    assert len(kept) <= 2 * MAX_RELATED_PER_CLAIM
    assert [c.target for c in kept[:MAX_RELATED_PER_CLAIM]] == [f"c{i:02d}" for i in range(MAX_RELATED_PER_CLAIM)]
    pairs = [Candidate(f"a{i}", f"b{i}", "related", 0.3, lambda: "") for i in range(6)]
    assert len(_best_few(pairs, MAX_RELATED_PER_CLAIM)) == 6  # claims with one link each all keep it


def test_a_digest_of_one_region_does_not_link_every_item_to_every_other() -> None:
    one = make_article(
        "Velorian news digest\n" + " ".join(_DIGEST[:4]) + "\n",
        outlet="Karsk Herald",
        title="Velorian news digest",
        published="2026-03-02",
    )
    two = make_article(
        "Velorian round-up\n" + " ".join(_DIGEST[4:]) + "\n",
        outlet="Ostra Post",
        title="Velorian round-up",
        published="2026-03-02",
    )
    extraction = extract([one, two])
    per_claim: Counter[str] = Counter()
    for x in extraction.xrefs:
        if x.relation == "related":
            per_claim[x.source] += 1
            per_claim[x.target] += 1
    assert len(extraction.claims) >= 6
    assert max(per_claim.values(), default=0) <= 2 * MAX_RELATED_PER_CLAIM, per_claim


def test_a_strong_related_link_between_two_busy_claims_is_kept_and_a_weak_one_is_not() -> None:
    # Two claims that each already list the cap's worth of better links: a link sharing much specific wording (a
    # strong related score) still joins them, one sharing little does not; and no claim lists more than twice the cap.
    better = [
        Candidate(end, f"{end}{i}", "related", 0.7, lambda: "")
        for end in ("a", "b")
        for i in range(MAX_RELATED_PER_CLAIM)
    ]
    strong = Candidate("a", "b", "related", STRONG_RELATED, lambda: "")
    weak = Candidate("a", "c", "related", 0.4, lambda: "")
    weak_partner = [Candidate("c", f"c{i}", "related", 0.7, lambda: "") for i in range(MAX_RELATED_PER_CLAIM)]
    kept = _best_few([*better, strong, weak, *weak_partner], MAX_RELATED_PER_CLAIM)
    assert strong in kept and weak not in kept
    # a claim told alike by many reports lists more of them, up to ``STRONG_TIMES`` the cap
    hub = [Candidate("hub", f"h{i:02d}", "related", 0.6, lambda: "") for i in range(20)]
    assert len(_best_few(hub, MAX_RELATED_PER_CLAIM)) == STRONG_TIMES * MAX_RELATED_PER_CLAIM
    hub = [Candidate("hub", f"h{i:02d}", "related", 0.6, lambda: "") for i in range(3 * MAX_RELATED_PER_CLAIM)]
    assert len(_best_few(hub, MAX_RELATED_PER_CLAIM)) == 3 * MAX_RELATED_PER_CLAIM  # (twice the cap once cut these)


def test_lines_of_a_claims_own_article_never_crowd_out_another_sources_related_report() -> None:
    # A claim with many closely worded lines in its own article, and one weaker related report in another
    # article: the other source's report is kept (its own lines once filled the claim's cap), and the own
    # article's lines only to their own smaller cap.
    seen: dict[str, int] = {}
    lead = claim_id("aharbour", "The Dovra harbour crane collapsed on Monday.", seen)
    own = [claim_id("aharbour", f"Harbour line {i} about the crane.", seen) for i in range(10)]
    other = claim_id("aquay", "A crane fell at the port of Dovra, the Quay Times said.", {})
    assert article_of_claim(lead) == article_of_claim(own[0]) == "aharbour" != article_of_claim(other)
    assert article_of_claim("hub") is None  # not an id claim_id made
    candidates = [Candidate(lead, o, "related", 0.45 - i / 100, lambda: "") for i, o in enumerate(own)]
    across = Candidate(lead, other, "related", 0.3, lambda: "")
    kept = _best_few([*candidates, across], MAX_RELATED_PER_CLAIM, MAX_RELATED_IN_ITS_ARTICLE)
    assert across in kept
    # (each line lists one link, so the lead keeps up to twice its cap of them, best first)
    assert [c.target for c in kept if c is not across] == own[: 2 * MAX_RELATED_IN_ITS_ARTICLE]
    assert MAX_RELATED_IN_ITS_ARTICLE < MAX_RELATED_PER_CLAIM


_ARREST = (
    "Police in Dovra arrested mayor Ilse Varga on Tuesday. The arrest followed a two-year bribery inquiry into harbour "
    "contracts, prosecutors said. Varga denies wrongdoing, her lawyer said.\n"
)
_COUNCIL = (
    "Councillors in Dovra chose a deputy as acting head of the lakeside town on Wednesday, a day after {who} was "
    "arrested, and postponed the budget vote and the ferry tender, its leader said. Prosecutors said the bribery "
    "inquiry into harbour contracts had lasted two years. A lawyer said Varga denies wrongdoing.\n"
)


def _claim_opening(body: str, title: str, opening: str):
    article = make_article(body, title=title, published="2026-03-02")
    claim = next(c for c in extract([article]).claims if c.text.startswith(opening))
    return features(claim, article)


def test_two_reports_of_one_happening_in_other_words_are_a_strong_related_link() -> None:
    # the arrest told as the news by one, in passing by the other, both naming Dovra: kept beyond the best few
    arrest = _claim_opening(_ARREST, "Dovra mayor arrested", "Police in Dovra")
    council = _claim_opening(_COUNCIL.format(who="Varga"), "Dovra picks acting head", "Councillors")
    assert related_score(0.3, arrest, council) >= STRONG_RELATED
    # (a guard: naming someone the other does not, another arrest of the story)
    other = _claim_opening(_COUNCIL.format(who="treasurer Otto Brill"), "Dovra picks acting head", "Councillors")
    assert related_score(0.3, arrest, other) < STRONG_RELATED
