"""A running total told in reported speech is backshifted ("it said 310 had now been postponed"): still a total
that grows, so the later report updates the earlier count rather than standing beside it as another figure."""

from tests.engine.conftest import links_across


def test_a_backshifted_total_updates_the_earlier_count():
    links = links_across(
        [
            (
                "Strike hits Dunmore hospitals\n"
                "About 900 clinic visits and 120 operations were postponed in the first week of the strike, "
                "according to figures released by the health board.",
                "2026-06-02",
                "Wire",
            ),
            (
                "Dunmore strike goes on\n"
                "The health board said 310 operations had now been postponed since the strike began on 28 May.",
                "2026-06-09",
                "Daily",
            ),
        ]
    )
    assert [r for r, s, t in links if "310 operations" in s and "120 operations" in t] == ["updates"]
