"""A season's total over many happenings of a kind ("11 people had died in avalanches in Austria so far this
winter") is no value of one happening's count ("An avalanche killed two climbers near the Austrian village of
Lechtal on Sunday"): never an update of it, whichever way."""

from tests.engine.conftest import links_across


def test_a_seasons_total_does_not_update_one_avalanche():
    links = links_across(
        [
            (
                "Avalanche kills two climbers\nAn avalanche killed two climbers near the Austrian village of Lechtal "
                "on Sunday, Tyrol police said.",
                "2026-02-09",
                "Wire",
            ),
            (
                "Avalanche warning stays high\nThe avalanche warning service said 11 people had died in avalanches in "
                "Austria so far this winter.",
                "2026-02-10",
                "Local",
            ),
        ]
    )
    assert [r for r, s, t in links if r != "related"] == []
