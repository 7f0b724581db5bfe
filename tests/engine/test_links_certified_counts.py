"""A certified count ("The certified count released on Monday gave Rhee 5,262 votes") replaces the unofficial one
reported on election night: an update, not two firm counts in dispute."""

from tests.engine.conftest import links_across


def test_the_certified_count_updates_election_nights():
    links = links_across(
        [
            (
                "Rhee wins council seat\n"
                "Hana Rhee received 5,210 votes to 4,987 for Paul Drake, the county elections office said on "
                "Wednesday.",
                "2026-11-04",
                "Wire",
            ),
            (
                "Certified count in Dunmore ward\n"
                "The certified count released on Monday gave Rhee 5,262 votes and Drake 5,040.",
                "2026-11-17",
                "Local",
            ),
        ]
    )
    assert [r for r, s, t in links if "5,262" in s and "5,210" in t] == ["updates"]
