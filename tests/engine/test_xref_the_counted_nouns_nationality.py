"""A nationality on a figure's counted noun says whose the figure is, whoever the sentence's subject is: "Russian air
defences destroyed 90 Ukrainian drones" counts Ukraine's drones, and "Russia launched 90 drones at Ukraine" Russia's;
the same number of each side's drones on one night is no second report of one count. Our own sentences."""

from tests.engine.conftest import links_across


def test_two_sides_drones_are_not_one_count() -> None:
    kyiv = (
        "Russian drones hit Odesa warehouse\nKYIV, March 3 (Reuters) - Russia launched 90 drones at Ukraine overnight, "
        "Ukraine's air force said on Monday.\nA warehouse in Odesa was set on fire.",
        "2031-03-03",
        "Reuters",
    )
    moscow = (
        "Air defences repel night raid\nMOSCOW, March 3 (TASS) - Russian air defences destroyed 90 Ukrainian drones "
        "overnight over five regions, the defence ministry said on Monday.\nNo one was hurt, the ministry said.",
        "2031-03-03",
        "TASS",
    )
    links = links_across([kyiv, moscow])
    assert [r for r, x, y in links if r != "related" and "90" in x and "90" in y] == [], links
