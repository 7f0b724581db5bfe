"""How much of a happening a count covers: one named fire's toll is no value of all the fires' toll, and one attack's
toll is no second report of a week's. Our own sentences, invented places."""

from tests.engine.conftest import links_across

_ALL_FIRES = (
    "Death toll in Marrick Valley fires rises to 14\nThe death toll from the Marrick Valley wildfires rose to 14 on "
    "Sunday, with nine dead in the Harlow fire and five in the Dunmore fire, the county coroner said.",
    "2031-08-10",
    "Valley Courier",
)
_ONE_FIRE_EARLY = (
    "Harlow fire kills at least four\nThe Harlow fire near Carston had burned 9,000 acres and killed at least four "
    "people, the county sheriff said on Friday.",
    "2031-08-08",
    "State Wire",
)
_ONE_FIRE_LATER = (
    "Harlow fire death toll reaches 15\nFifteen people have died in the Harlow fire, the county coroner said on "
    "Wednesday, making it the deadliest blaze in the state in a decade.",
    "2031-08-13",
    "Evening Standard Herald",
)


def test_one_named_fires_toll_is_no_value_of_all_the_fires_toll() -> None:
    links = links_across([_ALL_FIRES, _ONE_FIRE_LATER])
    strong = [(r, x, y) for r, x, y in links if r != "related" and ("Harlow fire" in x) != ("Harlow fire" in y)]
    strong += [(r, x, y) for r, x, y in links if r != "related" and "Marrick" in x + y and "Fifteen" in x + y]
    assert strong == []


def test_all_the_fires_toll_does_not_update_one_fires_earlier_toll() -> None:
    links = links_across([_ONE_FIRE_EARLY, _ALL_FIRES])
    assert [r for r, x, y in links if r != "related" and "Marrick" in x + y and "four" in x + y] == []


def test_one_named_fires_tolls_are_still_a_series() -> None:
    links = links_across([_ONE_FIRE_EARLY, _ONE_FIRE_LATER])
    assert "updates" in [r for r, x, y in links if "Fifteen" in x + y and "at least four" in x + y]


_ONE_ATTACK = (
    "Militia kills 85 in attack on Tessa market, medics say\nGunmen from the Free Hills militia killed at least 85 "
    "people in an attack on a market in the town of Tessa on Thursday, a medical charity said.",
    "2031-03-14",
    "Wire Service",
)
_A_WEEKS_FIGHTING = (
    "Army says it holds Tessa airfield\nThe army said on Sunday it had taken the airfield outside Tessa.\nAt least 85 "
    "people were killed in fighting around the town over the past week, a local doctors' group said.",
    "2031-04-20",
    "Wire Service",
)


def test_one_attacks_toll_and_a_weeks_toll_are_two_counts() -> None:
    links = links_across([_ONE_ATTACK, _A_WEEKS_FIGHTING])
    assert [r for r, x, y in links if r != "related" and "past week" in x + y] == []


def test_one_attacks_toll_told_again_still_corroborates() -> None:
    again = (
        "Tessa market attack toll at 85\nAt least 85 people were killed when gunmen attacked a market in Tessa on "
        "Thursday, a local official said on Friday.",
        "2031-03-15",
        "Daily Ledger",
    )
    links = links_across([_ONE_ATTACK, again])
    assert "corroborates" in [r for r, x, y in links if "85" in x and "85" in y]
