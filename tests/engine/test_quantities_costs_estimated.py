"""What work is estimated to cost, and a repair or legal bill, are costs (issue 13): so a later, higher estimate of
the same repairs updates the first (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def _measures(sentence: str) -> list[str | None]:
    from corpus.extract.article import extract_article

    claims, _ = extract_article(make_article("Headline\n" + sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


def test_work_estimated_to_cost() -> None:
    assert _measures("Repairs to the pier are estimated to cost £3.4 million.") == ["cost"]


def test_work_now_expected_to_cost() -> None:
    assert _measures("The upgrade is now expected to cost $85 million.") == ["cost"]


def test_a_repair_bill() -> None:
    assert _measures("The repair bill for the harbour wall has risen to €7 million, the council said.") == ["cost"]


def test_a_higher_estimate_of_the_same_repairs_updates_the_first() -> None:
    first = make_article(
        "Storm damages Kelby pier\nThe Kelby pier was shut on Monday after storm damage, the council said. "
        "Repairs are estimated to cost £3.4 million.\n",
        published="2026-02-02",
        outlet="Coast News",
    )
    later = make_article(
        "Kelby pier repairs to cost more\nThe repair bill for the Kelby pier has risen to £5.1 million, the council "
        "said on Friday.\n",
        published="2026-02-20",
        outlet="Kelby Gazette",
    )
    assert [rel for rel, _ in links_between(links_of(first, later), "£5.1 million", "£3.4 million")] == ["updates"]
