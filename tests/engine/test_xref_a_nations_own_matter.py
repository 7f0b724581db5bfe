"""A nationality before a matter only its nation has ("in Polish election", "Czech parliament") places a headline's
story in that country wherever it stands in the line: one country's turnout is no value of another's. Our own
sentences, invented results."""

from tests.engine.conftest import links_across

_POLISH = (
    "Centre-right bloc wins most seats in Polish election\nThe Civic Alliance won 201 of the 460 seats in the Sejm in "
    "Sunday's run-off, ahead of the ruling party with 168 seats.\nTurnout was 66.6%, the highest since 1997.",
    "2031-10-14",
    "Wire Service",
)


def test_two_nations_turnouts_are_no_series() -> None:
    british = (
        "Labour wins landslide with 412 seats\nLONDON, Oct 12 (Reuters) - Labour won 412 of the 650 seats in "
        "Britain's parliament, ending 14 years of Conservative government.\nTurnout was 59.9%, the lowest since 2001.",
        "2031-10-12",
        "Reuters",
    )
    links = links_across([_POLISH, british])
    assert [r for r, x, y in links if r != "related" and "Turnout" in x and "Turnout" in y] == []
