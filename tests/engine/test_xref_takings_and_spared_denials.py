"""A region's sales are no value of a company's total takings; a denial that says what it does not deny does not
contradict a report of that."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

STRONG = {"updates", "corroborates", "conflicts"}


def _article(title: str, body: str, day: str, outlet: str) -> object:
    return make_article(f"{title}\n{body}\n", published=day, outlet=outlet, title=title)


def test_a_regions_sales_are_no_value_of_the_total_or_of_another_line() -> None:
    summer = _article(
        "Orchard's phone sales fall 2% as China weakness persists",
        "Aug 1 (Reuters) - Orchard said on Thursday that phone revenue fell nearly 2% to $31.2 billion in its fiscal "
        "third quarter, while sales in Greater China dropped 5.5% to $12.9 billion.\nTotal revenue rose 4% to $71.6 "
        "billion.",
        "2026-08-01",
        "Reuters",
    )
    autumn = _article(
        "Orchard forecasts slower holiday-quarter growth",
        "Oct 31 (Reuters) - Orchard reported fourth-quarter revenue of $80.3 billion, up 5%, and phone revenue of "
        "$38.5 billion.\nSales in Greater China fell slightly to $13.1 billion.",
        "2026-10-31",
        "Reuters",
    )
    links = links_of(summer, autumn)
    assert not STRONG & set(relations_between(links, "Sales in Greater China fell", "Total revenue rose")), links
    assert not STRONG & set(relations_between(links, "Sales in Greater China fell", "phone revenue fell")), links
    assert not STRONG & set(relations_between(links, "Sales in Greater China fell", "fourth-quarter revenue")), links


def test_a_report_of_what_a_denial_left_standing_is_not_contradicted() -> None:
    first = _article(
        "Spy agency says Norland sending 9,000 troops to help Vesria",
        "SELMARK, Oct 18 (Reuters) - Norland has decided to send 9,000 troops to help Vesria in its war against "
        "Tarsk, the spy agency of Kovia said on Friday.",
        "2026-10-18",
        "Reuters",
    )
    evidence = _article(
        "Minister says Norland troops are in Vesria",
        "WASHBURN (AP) - Defence Minister Ola Brandt said on Wednesday there was evidence that Norland troops were in "
        "Vesria, and put their number at about 2,500.",
        "2026-10-23",
        "Associated Press",
    )
    denial = _article(
        "Vesria dismisses reports of Norland troops as fake",
        "A Vesrian government spokesman on Tuesday dismissed as fake reports that Norland troops were fighting in "
        "the Arlov region, though he did not deny they were in Vesria.",
        "2026-11-05",
        "BBC News",
    )
    links = links_of(first, evidence, denial)
    assert "conflicts" not in relations_between(links, "dismissed as fake", "there was evidence"), links
