"""A month's change ("exports grew 1.9% in April, slowing from 4.4% in March") against another month's ("exports rose
4.4% in March"): two months' figures, neither a dispute nor a revision; the earlier month's value the later claim
gives is where its figure moved from, not another source's figure."""

from tests.engine.conftest import links_across


def test_two_months_moves_are_not_in_dispute():
    links = links_across(
        [
            (
                "Vardian exports rise\nVardian exports rose 4.4% in March from a year earlier, the statistics office "
                "said on Tuesday.",
                "2026-04-14",
                "Wire",
            ),
            (
                "Vardian export growth slows\nVardian exports grew 1.9% in April from a year earlier, slowing from "
                "4.4% in March, official data showed on Thursday.",
                "2026-05-14",
                "Daily",
            ),
        ]
    )
    assert [r for r, s, t in links if r in ("conflicts", "updates")] == []
