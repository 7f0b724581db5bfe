"""Monthly counts (a port's containers handled in one month, another month, a year's forecast) are figures for the
periods they name: neither a dispute nor a revision of each other. A month's figure said to be revised to a value
("revised its March figure to 1.26 million") updates that month's earlier figure, however near. Our own
sentences."""

from tests.engine.conftest import linked_stories, links_across

_MARCH = (
    "Rotterdam container traffic hits record\nROTTERDAM, April 9 (Reuters) - The Port of Rotterdam handled a record "
    "1.2 million containers in March, the port authority said on Wednesday.",
    "2031-04-09",
    "Reuters",
)


def _strong(links: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [link for link in links if link[0] in ("conflicts", "updates", "corroborates")]


def test_a_years_expected_count_is_no_dispute_of_a_months() -> None:
    report = (
        "Schiphol traffic hits record\nAMSTERDAM, April 9 (Reuters) - Schiphol Airport handled 7.2 million passengers "
        "in March, its busiest month since 2019, the airport said on Wednesday.\nSchiphol expects 70 million "
        "passengers this year.\nRoutes to Asia grew fastest.",
        "2031-04-09",
        "Reuters",
    )
    assert [x.relation for x in linked_stories([report]).xrefs if x.relation != "related"] == []


def test_a_months_traffic_named_before_its_noun_is_that_months() -> None:
    relay = (
        "Busiest month for Dutch port\nThe Port of Rotterdam's April traffic of 1.1 million containers was lower "
        "than in the month before, Reuters reported.",
        "2031-05-09",
        "Port News",
    )
    assert _strong(links_across([_MARCH, relay])) == []


def test_a_months_figure_revised_to_a_near_value_updates_it() -> None:
    revised = (
        "Rotterdam revises March traffic\nROTTERDAM, May 8 (Reuters) - The Port of Rotterdam revised its March "
        "figure to 1.24 million containers, the port authority said on Thursday.",
        "2031-05-08",
        "Reuters",
    )
    assert [link[0] for link in _strong(links_across([_MARCH, revised]))] == ["updates"]
