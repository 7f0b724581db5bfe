"""Scores and vote splits as pairs, rates per time, metres written "m", names with numbers: each rule on a
sentence of our own."""

from __future__ import annotations

import pytest

from corpus.extract.quantities import compared_figure
from corpus.model import Quantity

from .conftest import claimed_figures, figures_in


@pytest.mark.parametrize(
    "text, surface, pair",
    [
        ("Rovers came from behind to beat Hartley 3-1 on Saturday.", "3-1", [3, 1]),
        ("The appeals court ruled 5-4 that the levy was unlawful.", "5-4", [5, 4]),
        ("The chamber passed the measure 52-48 after a long debate.", "52-48", [52, 48]),
        ("The council voted 7 to 2 on Tuesday to close the depot.", "7 to 2", [7, 2]),
        ("The sides drew 1-1 in the rain.", "1-1", [1, 1]),
        ("The visitors lost 1-2 at home.", "1-2", [1, 2]),
        ("It was a 0-2 defeat for the champions.", "0-2", [0, 2]),
        ("The bill cleared the assembly on a 220-207 vote.", "220-207", [220, 207]),
        ("The motion failed by a vote of 48 to 52.", "48 to 52", [48, 52]),
        ("The assembly passed the budget bill 220 to 207 on Friday.", "220 to 207", [220, 207]),
    ],
)
def test_a_score_or_a_vote_split_is_a_pair_as_written(text, surface, pair) -> None:
    (q,) = claimed_figures(text)
    assert (q.text, q.pair) == (surface, pair)
    # neither a value nor an interval: nothing shows "1-3" or compares it as a range
    assert (q.value, q.low, q.high) == (None, None, None)
    assert compared_figure(q) == (None, None, None)
    assert q.to_dict()["pair"] == pair


def test_each_set_of_a_tennis_score_is_a_pair_and_the_match_time_stays() -> None:
    found = claimed_figures("Okafor beat Lindqvist 6-4, 6-2 in 74 minutes.")
    assert [(q.text, q.pair) for q in found] == [("6-4", [6, 4]), ("6-2", [6, 2]), ("74 minutes", None)]


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("Voters aged 18 to 34 were asked.", 18, 34),
        ("The party could win 5-10 seats.", 5, 10),
        ("Prices rose 5 to 10 percent.", 5, 10),
        ("The crowd was put at 3,000 to 2,500.", 2500, 3000),
    ],
)
def test_a_range_stays_a_range(text, low, high) -> None:
    ranges = [q for q in figures_in(text) if q.low is not None and q.low != q.high]
    assert [(q.low, q.high, q.pair) for q in ranges] == [(low, high, None)]


def test_a_pair_round_trips_through_the_model() -> None:
    (q,) = figures_in("The court ruled 6-3 on Friday.")
    assert Quantity.from_dict(q.to_dict()) == q
    assert Quantity.from_dict({k: v for k, v in q.to_dict().items() if k != "pair"}).pair is None


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Officials put the daily cost of the dock strike at €25 million.", "EUR per day"),
        ("The blackout carries a daily cost of about $40 million.", "USD per day"),
        ("Annual sales of the vaccine reached £2.2bn last year.", "GBP per year"),
        ("The plant's weekly output of 1,200 cars is a record.", "car per week"),
    ],
)
def test_an_amount_said_of_a_day_or_a_year_is_per_that_time(text, unit) -> None:
    (q,) = claimed_figures(text)
    assert q.unit == unit


def test_a_dose_a_rate_or_another_noun_of_time_is_no_amount_per_time() -> None:
    (cost,) = claimed_figures("The daily bill for the repairs came to $2 million.")
    assert cost.unit == "USD per day"
    for text, unit in (
        ("A daily dose of 5mg cut the risk of stroke.", "milligram"),
        ("Annual inflation rose to 3% in May.", "percent"),
        ("The annual meeting drew 300 shareholders.", "shareholder"),
        ("Daily life changed when the plant cut 400 jobs.", "job"),
    ):
        assert [q.unit for q in claimed_figures(text)] == [unit]


@pytest.mark.parametrize(
    "text, value, unit, change",
    [
        ("Parts of the town were under 1.2m of water after the river burst.", 1.2, "metre", "="),
        ("The village lay under two feet of snow.", 2, "foot", "="),
        ("Crews cleared 3m of rubble from the road.", 3, "metre", "="),
    ],
)
def test_metres_of_water_are_metres_and_under_them_is_where_it_lies(text, value, unit, change) -> None:
    (q,) = claimed_figures(text)
    assert (q.value, q.unit, q.change) == (value, unit, change)
    # what falls is still a bound; millions of things are millions
    (snow,) = claimed_figures("Under 30cm of snow fell overnight.")
    assert (snow.value, snow.unit, snow.change) == (30, "centimetre", "<")
    (speakers,) = claimed_figures("Acme has sold 35m of its smart speakers.")
    assert (speakers.value, speakers.unit) == (35_000_000, "speaker")


@pytest.mark.parametrize(
    "text, values",
    [
        ("The hearing in Courtroom 4B was adjourned until Monday.", []),
        ("Regulators grounded 171 Boeing 737 Max 9 jets after a door panel blew out.", [171]),
    ],
)
def test_a_number_inside_a_name_or_a_label_is_no_figure(text, values) -> None:
    assert [q.value for q in figures_in(text)] == values
    # a scale glued after a modifier is still a scale
    assert [q.value for q in figures_in("Nearly 2B people lack safe drinking water.")] == [2_000_000_000]


@pytest.mark.parametrize(
    "text, measure",
    [
        ("The gauge at the airport recorded 85mm overnight.", "millimetre"),
        ("The gauge at the airport recorded 85 millimetres overnight.", "millimetre"),
        ("The border fence runs for roughly 1,000 km along the river.", "kilometre"),
        ("The border fence runs for roughly 1,000 kilometers along the river.", "kilometre"),
        # (a way travelled is named since session 35, in either spelling: "flew roughly 1,000 km")
        ("The drone flew roughly 1,000 km before it was shot down.", "distance travelled"),
        ("The drone flew roughly 1,000 kilometers before it was shot down.", "distance travelled"),
        ("The storm dumped 8 inches on the city.", "inch"),
        # (what fell named after it is the measure since session 30: "8 inches of snow" is snowfall)
        ("The storm dumped 8 inches of snow on the city.", "snowfall"),
    ],
)
def test_a_measure_given_only_by_its_unit_is_the_unit_written_one_way(text, measure) -> None:
    (q,) = claimed_figures(text)
    assert q.measure == measure


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The regulator fined the utility R250 million over the blackouts.", 250_000_000, "ZAR"),
        ("The utility needs R1.2bn for repairs.", 1_200_000_000, "ZAR"),
        ("Sea water reached 101.1 Fahrenheit off the coast.", 101.1, "fahrenheit"),
        ("It was 40 Celsius in the shade.", 40, "celsius"),
        ("The ministry set aside 50 million soles for rebuilding.", 50_000_000, "PEN"),
    ],
)
def test_rand_before_a_scaled_amount_and_a_bare_temperature_scale_are_units(text, value, unit) -> None:
    (q,) = claimed_figures(text)
    assert (q.value, q.unit) == (value, unit)
    # "R56" with no scale is a road, not money
    assert claimed_figures("Take the R56 towards the coast, police said.") == []


@pytest.mark.parametrize(
    "text, measure",
    [
        ("The quake struck at a depth of 18km.", "depth"),
        ("The new tunnel, 57km long, opens in May.", "length"),
        ("The crater is 8 metres across.", "width"),
        ("Sustained winds of 130 mph hit the coast.", "sustained wind speed"),
        ("The storm reached speeds of 120 mph overnight.", "speed"),
        ("Its driving range of 300 miles beats rivals.", "driving range"),
        ("Rainfall of 85mm was recorded at the airport.", "rainfall"),
    ],
)
def test_a_length_or_a_speed_measures_what_the_words_name(text, measure) -> None:
    (q,) = claimed_figures(text)
    assert q.measure == measure


def test_a_named_measure_compares_only_in_its_own_unit() -> None:
    from corpus.xref.features import compared_measure

    km, miles = claimed_figures("The quake struck at a depth of 10 km (6 miles).")
    assert km.measure == "depth"
    assert compared_measure(km) == "depth kilometre"
    assert (miles.measure, compared_measure(miles)) == ("depth", "depth mile")


@pytest.mark.parametrize(
    "text, pairs",
    [
        ("The Jaguars (5-10) lost again on Sunday.", [[5, 10]]),
        ("Kent (3-7, 1-2 away) lost at home.", [[3, 7], [1, 2]]),
        ("Texas Southern moved to 0-10 after another defeat.", [[0, 10]]),
    ],
)
def test_a_record_of_wins_and_losses_is_a_pair(text, pairs) -> None:
    assert [q.pair for q in claimed_figures(text)] == pairs
    # a label's numbers in brackets are a range
    (sections,) = figures_in("The rules in Sections (1-3) apply to landlords.")
    assert (sections.pair, sections.low, sections.high) == (None, 1, 3)


@pytest.mark.parametrize(
    "text",
    [
        "Anyone with information is asked to call the tip line at 800-800-3855.",
        "The coach switched to a 4-3-3 formation at half-time.",
        "The first 9-1-1 call came from a neighbour, police said.",
        "Rahman (45-7-2) was stopped in the seventh round.",
    ],
)
def test_three_numbers_joined_by_hyphens_are_no_figure(text) -> None:
    assert claimed_figures(text) == []
