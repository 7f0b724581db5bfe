"""Two counts told over spans of other lengths after one happening ("in the two weeks after the attack" / "in the month
after the attack") are one running count at two points, never a dispute."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article


def test_counts_over_two_spans_do_not_conflict() -> None:
    fortnight = titled_article(
        "Cyber attack has disrupted 3,000 hospital appointments",
        "More than 1,100 planned operations and 2,100 outpatient appointments were postponed at two London hospital "
        "trusts in the two weeks after the cyber attack, NHS England said.\nThe Russian group Qilin has claimed "
        "responsibility.",
        "2024-06-20",
        "The Guardian",
    )
    month = titled_article(
        "Synnovis attack: 10,000 appointments postponed",
        "More than 10,000 outpatient appointments and 1,693 elective procedures were postponed at King's College "
        "Hospital and Guy's and St Thomas' in the month after the Synnovis attack, NHS England said.\nAnother trust in "
        "Kent said separately it had postponed 190 operations after a different cyber incident.",
        "2024-07-12",
        "Health Service Journal",
    )
    links = links_of(fortnight, month)
    assert "conflicts" not in relations_between(links, "10,000 appointments postponed", "2,100 outpatient"), links
