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


_FIRST_WAVE = (
    "Exploding radios kill 9, wound nearly 1,200 across Lebanon\nBEIRUT, May 13 (Wire) - Radios used by members of "
    "the Red Cedar militia exploded across Lebanon on Tuesday, killing at least nine people and wounding about 1,200, "
    "the health minister said.",
    "2031-05-13",
    "Wire Service",
)
_SECOND_WAVE = (
    "Pagers explode in Lebanon a day after radio blasts\nPagers used by the militia exploded across Lebanon on "
    "Wednesday, killing at least 20 people and wounding more than 450, the health ministry said, a day after the "
    "radio attack.",
    "2031-05-14",
    "Gulf Daily",
)
_BOTH_WAVES = (
    "Lebanon device blasts: what we know\nThe two waves of explosions killed at least 29 people and wounded about "
    "1,650, according to Lebanon's health ministry.",
    "2031-05-15",
    "Evening Post",
)


def test_a_second_incidents_toll_does_not_update_the_firsts() -> None:
    links = links_across([_FIRST_WAVE, _SECOND_WAVE])
    assert [r for r, x, y in links if r != "related" and "nine" in x + y and "20" in x + y] == []
    # (nor the first wave's headline, dated by its article's day)
    assert [r for r, x, y in links if r != "related" and "kill 9" in x + y and "20" in x + y] == []


def test_a_sum_over_two_waves_does_not_update_one_waves_toll() -> None:
    links = links_across([_FIRST_WAVE, _BOTH_WAVES])
    assert [r for r, x, y in links if r != "related" and "two waves" in x + y] == []


def test_a_toll_over_weeks_of_protests_does_not_update_one_days_toll() -> None:
    one_day = (
        "Kenya police fire on protesters, 13 killed\nAt least 13 people were killed in Nairobi on Tuesday when police "
        "opened fire on protesters who stormed parliament over the budget, a doctors' group said.",
        "2031-06-26",
        "Wire Service",
    )
    weeks = (
        "Kenya rights body gives protest toll\nThe Kenya National Commission on Human Rights said on Monday that 39 "
        "people had been killed during two weeks of protests against the budget.",
        "2031-07-01",
        "Daily Ledger",
    )
    links = links_across([one_day, weeks])
    assert [r for r, x, y in links if r != "related" and "on Tuesday" in x + y and "two weeks" in x + y] == []


def test_one_act_done_again_weeks_later_is_no_same_report() -> None:
    first = (
        "Judge delays Marek sentencing to September\nThe judge in Anton Marek's fraud case on Tuesday postponed "
        "his sentencing to Sept. 18, after his lawyers asked for more time.",
        "2031-07-01",
        "Court Wire",
    )
    again = (
        "Marek sentencing put off again\nJudge Ilse Varga on Friday postponed Anton Marek's sentencing in the fraud "
        "case to Nov. 26.",
        "2031-09-05",
        "City Herald",
    )
    links = links_across([first, again])
    assert [r for r, x, y in links if r == "corroborates" and "postponed" in x and "postponed" in y] == []


def test_a_headline_opening_with_one_fires_name_is_no_value_of_all_the_fires() -> None:
    one_fire = (
        "Brackens fire grows to 9,000 acres; four dead in Dunmore fire\nThe Brackens fire near Carston grew to 9,000 "
        "acres on Friday.",
        "2031-08-08",
        "State Wire",
    )
    links = links_across([one_fire, _ALL_FIRES])
    assert [r for r, x, y in links if r != "related" and "Brackens" in x + y and "14" in x + y] == []


_TWO_FIRES = (
    "Brackens fire grows to 9,000 acres; four dead in Dunmore fire\nThe Brackens fire near Carston grew to 9,000 acres "
    "on Friday.",
    "2031-08-08",
    "State Wire",
)


def test_one_named_fires_toll_is_no_value_of_another_named_fires() -> None:
    other = (
        "Brackens fire toll\nThe Brackens fire has killed eight people, the county coroner said on Monday.",
        "2031-08-11",
        "Valley Courier",
    )
    links = links_across([_TWO_FIRES, other])
    assert [r for r, x, y in links if r != "related" and "eight" in x + y and "four" in x + y] == []


def test_one_named_fires_later_toll_still_updates_it() -> None:
    later = (
        "Dunmore fire death toll reaches 9\nNine people have died in the Dunmore fire, the county coroner said on "
        "Monday.",
        "2031-08-11",
        "Valley Courier",
    )
    links = links_across([_TWO_FIRES, later])
    assert "updates" in [r for r, x, y in links if "four" in x + y and ("Nine" in x + y or "9" in x + y)]
