"""An outlook revised by whoever gave it ("raised its forecast ..., now predicting 9 to 14 typhoons") updates the
outlook first told, never the same report; last year's happening ("Last year's season brought 11 typhoons") is
another year's, never told alike with this year's outlook."""

from tests.engine.conftest import links_across

_OUTLOOK = (
    "Busy typhoon season ahead\n"
    "The Marlow Weather Agency on Tuesday forecast an above-normal typhoon season in the western Pacific, with 8 to "
    "12 typhoons.",
    "2026-05-12",
    "Wire",
)


def _strong(later: str, day: str) -> list[str]:
    links = links_across([_OUTLOOK, ("Typhoon season\n" + later, day, "Daily")])
    return [r for r, s, t in links if r != "related" and ("8 to" in t or "8 to" in s)]


def test_a_raised_outlook_updates_the_first():
    later = "The Marlow Weather Agency on Tuesday raised its forecast for the western Pacific typhoon season, now predicting 9 to 14 typhoons."
    assert _strong(later, "2026-08-04") == ["updates"]


def test_last_years_season_is_not_this_years_outlook():
    outlook = (
        "Busy cyclone season ahead\n"
        "The Marlow Weather Agency on Tuesday forecast an above-normal cyclone season in the Coral Sea, with 9 to 15 "
        "tropical cyclones.",
        "2026-05-12",
        "Wire",
    )
    later = (
        "Cyclone season\nForecasters expect between 9 and 15 tropical cyclones this year, the agency said.\n\n"
        "Last year's season produced 12 tropical cyclones and five severe cyclones."
    )
    links = links_across([outlook, (later, "2026-05-12", "Daily")])
    assert [r for r, s, t in links if "Last year" in s + t and r != "related"] == []
