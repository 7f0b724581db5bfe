"""A later report of the next act ("The woman arrested over the fire was charged on Wednesday") names the first act
only to say who: it is no second source for the arrest."""

from tests.engine.conftest import links_across


def test_the_charge_does_not_corroborate_the_arrest():
    links = links_across(
        [
            (
                "Arrest over Dovra town hall fire\n"
                "Police in Dovra have arrested a 41-year-old woman suspected of setting fire to the Dovra town hall, "
                "prosecutors said on Monday.",
                "2026-03-02",
                "Wire",
            ),
            (
                "Dovra fire suspect charged\n"
                "The woman arrested over the Dovra town hall fire was charged on Wednesday with arson, prosecutors "
                "said.",
                "2026-03-04",
                "Local",
            ),
        ]
    )
    assert [r for r, s, t in links if "was charged" in s and "have arrested" in t and r != "related"] == []
