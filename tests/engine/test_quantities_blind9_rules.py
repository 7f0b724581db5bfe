"""Quantity rules found by blind set 9 (tests/data/quantities_blind9.json), each on sentences of our own."""

from __future__ import annotations

import pytest

from corpus.extract.quantities import is_figure

from .conftest import claimed_figures, figures_in


@pytest.mark.parametrize(
    "text",
    [
        "The visitors were 310 all out at lunch on day two.",
        "The series goes to game seven after the Hawks won 104-99.",
        "Stokes was out for 40 in round three of the county championship.",
    ],
)
def test_a_number_word_naming_a_day_or_a_game_is_no_figure(text: str) -> None:
    assert all(q.value not in (2, 7, 3) for q in figures_in(text))


def test_a_number_word_after_a_day_with_a_determiner_still_counts() -> None:
    (q,) = figures_in("During the match two were sent off for dissent.")
    assert q.value == 2


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The euro slipped half a cent against the dollar.", 0.5, "cent"),
        ("The ferry left half an hour late.", 0.5, "hour"),
        ("The new lane added half a mile to the route.", 0.5, "mile"),
    ],
)
def test_half_of_a_unit_is_a_figure_in_that_unit(text: str, value: float, unit: str) -> None:
    (q,) = figures_in(text)
    assert (q.value, q.unit) == (value, unit)


def test_half_a_century_is_still_no_figure() -> None:
    assert figures_in("The mill has stood empty for half a century.") == []


def test_a_decimal_of_a_percentage_point_is_in_percentage_points() -> None:
    (q,) = figures_in("The jobless rate rose by 0.3 of a percentage point in May.")
    assert (q.value, q.unit, q.change, q.text) == (0.3, "percentage point", "up", "0.3 of a percentage point")


@pytest.mark.parametrize(
    "text",
    [
        "He finished fourth in the 400m hurdles at the trials.",
        "She swam the 200m freestyle in under two minutes.",
        "The 100m final was run into a headwind.",
    ],
)
def test_a_race_named_by_its_distance_is_in_metres(text: str) -> None:
    (q, *_) = figures_in(text)
    assert q.unit == "metre" and q.value in (400, 200, 100)


def test_millions_before_a_counted_noun_stay_millions() -> None:
    (q,) = figures_in("The app now has 4m runners in 30 countries.")[:1]
    assert q.value == 4_000_000


def test_a_name_opening_the_sentence_then_an_adverb_and_its_verb_is_no_figure() -> None:
    (q,) = figures_in("Windows 11 now runs on about 42% of office PCs.")
    assert (q.value, q.unit) == (42, "percent")


def test_as_high_as_is_an_upper_bound() -> None:
    (q,) = figures_in("Mortgage rates climbed as high as 6.2% last year.")
    assert (q.value, q.change, q.low, q.high) == (6.2, "<", None, 6.2)


@pytest.mark.parametrize(
    "text",
    ["A mother of three from Leeds was fined £500 for fly-tipping.", "The driver, a father of two, was fined £500."],
)
def test_a_parent_of_so_many_is_who_someone_is_not_a_figure(text: str) -> None:
    family, fine = claimed_figures(text)
    assert family.measure == "family" and not is_figure(family)
    assert is_figure(fine) and fine.value == 500


def test_parents_of_so_many_named_things_count_them() -> None:
    (q,) = figures_in("Parents of 300 pupils signed the letter.")
    assert (q.value, q.unit) == (300, "pupil") and is_figure(q)


@pytest.mark.parametrize(
    "text, value, change",
    [
        ("The group's market value fell by about a third to $40bn.", 1 / 3, "~"),
        ("Pre-tax profit fell by almost half in the second quarter.", 0.5, "~"),
        ("Ridership was cut by more than half after the fare rise.", 0.5, ">"),
    ],
)
def test_the_size_of_a_change_as_a_fraction_keeps_its_modifier(text: str, value: float, change: str) -> None:
    q = figures_in(text)[0]
    assert (q.value, q.unit, q.change) == (pytest.approx(value), "fraction", change)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The province will spend $1.5-billion on the new line.", 1.5e9, "USD"),
        ("The deal is worth C$450-million, the company said.", 4.5e8, "CAD"),
    ],
)
def test_a_scale_word_after_a_hyphen_scales_the_sum(text: str, value: float, unit: str) -> None:
    (q,) = figures_in(text)
    assert (q.value, q.unit) == (value, unit) and q.text.endswith("illion")


@pytest.mark.parametrize(
    "text, value, surface",
    [
        ("Crowds of 10,000-plus gathered outside the stadium.", 10_000, "10,000-plus"),
        ("More than 40 teams, and 1,000+ police were deployed.", 1_000, "1,000+"),
    ],
)
def test_plus_after_a_count_makes_it_a_lower_bound(text: str, value: float, surface: str) -> None:
    (q,) = [q for q in figures_in(text) if q.value == value]
    assert (q.text, q.change, q.low, q.high) == (surface, ">", value, None)


def test_a_change_by_a_range_of_percent_is_one_range() -> None:
    (q,) = figures_in("The vaccine cut hospital admissions by 70 to 80 per cent.")
    assert (q.low, q.high, q.unit, q.change) == (70, 80, "percent", "down")


def test_a_move_then_the_level_it_reached_stays_two_figures() -> None:
    move, level = figures_in("Unemployment rose by 0.3 to 4.1% in May.")
    assert (move.value, move.change, level.value, level.unit) == (0.3, "up", 4.1, "percent")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Only a third of homes were insured, and two-fifths had no savings at all.", 0.4),
        ("Three-quarters said they would vote for the plan again.", 0.75),
    ],
)
def test_a_plural_fraction_before_a_verb_is_a_share(text: str, value: float) -> None:
    assert any(q.value == pytest.approx(value) and q.unit == "fraction" for q in figures_in(text))


def test_a_third_before_a_verb_may_be_a_third_person() -> None:
    assert [q.value for q in figures_in("Two were killed and a third was injured.")] == [2]


@pytest.mark.parametrize(
    "text",
    [
        "The startup now employs fewer than 900 people.",
        "The chain employs roughly 8,500 people in 22 countries.",
        "The plant has a workforce of 1,200, the union said.",
    ],
)
def test_the_people_a_firm_employs_are_its_workers(text: str) -> None:
    assert figures_in(text)[0].measure == "workers"


def test_a_workforce_of_so_many_keeps_no_unit_it_does_not_name() -> None:
    (q,) = figures_in("The plant has a workforce of 1,200, the union said.")
    assert q.unit is None


@pytest.mark.parametrize(
    "text",
    [
        "He faces a maximum sentence of 20 years if convicted.",
        "She faces up to 14 years in prison on each count.",
        "The court imposed a custodial sentence of 18 months.",
        "He will spend six years behind bars.",
    ],
)
def test_a_term_of_prison_however_written_is_a_prison_sentence(text: str) -> None:
    (q,) = figures_in(text)[:1]
    assert q.measure == "prison sentence"


def test_years_in_a_place_that_is_no_prison_are_no_sentence() -> None:
    (q,) = figures_in("She worked for 14 years in Paris before moving.")
    assert q.measure != "prison sentence"


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Net income was $412 million, or 87 cents per diluted share.", "cent per share"),
        ("Earnings were $1.02 a diluted share in the quarter.", "USD per share"),
        ("It earned 91 cents per basic share.", "cent per share"),
    ],
)
def test_earnings_per_diluted_or_basic_share_are_per_share(text: str, unit: str) -> None:
    assert unit in [q.unit for q in figures_in(text)]


def test_a_hyphened_points_edge_in_a_poll_is_in_percentage_points() -> None:
    *_, q = figures_in("Harris leads 48% to 45% among likely voters, a three-point edge.")
    assert (q.value, q.unit) == (3, "percentage point")


@pytest.mark.parametrize(
    "text, value",
    [
        ("A couple of hundred protesters gathered outside the court.", 200),
        ("The company will cut a couple of dozen jobs.", 24),
        ("A couple of million viewers watched the final.", 2_000_000),
    ],
)
def test_a_couple_of_a_scale_is_about_two_of_it(text: str, value: float) -> None:
    (q,) = figures_in(text)
    assert (q.value, q.change) == (value, "~")


def test_a_couple_of_a_noun_commits_to_no_count() -> None:
    assert figures_in("He waited a couple of days before calling.") == []


def test_a_bare_run_of_ten_digits_is_an_identifier() -> None:
    text = 'The embed carried timestamp="1474387200" and tweet_id="778257943577919488", and 40 people shared it.'
    assert [q.value for q in figures_in(text)] == [40]


def test_a_sum_of_ten_digits_after_a_currency_sign_is_still_money() -> None:
    (q,) = figures_in("The deal is worth $1500000000, the filing shows.")
    assert (q.value, q.unit) == (1_500_000_000, "USD")


def test_per_a_period_of_a_substance_is_per_the_period() -> None:
    (q,) = figures_in("The plants emit nearly two billion tons per year of carbon dioxide.")
    assert (q.unit, q.text) == ("ton per year", "nearly two billion tons per year")


def test_the_lower_share_of_a_group_is_no_fall() -> None:
    (q,) = figures_in("The lower 95 percent of earners would face no tax increase.")
    assert (q.value, q.change) == (95, "=")


def test_a_share_closing_lower_still_fell() -> None:
    (q,) = figures_in("Shares of the bank closed lower 2% on Friday.")
    assert q.change == "down"


def test_a_couple_dozen_without_of_is_about_24() -> None:
    (q,) = figures_in("A couple dozen investment bankers met the minister.")
    assert (q.value, q.change) == (24, "~")


@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen has 503 delegates and Brandt has 70.",
        "Okafor has 11 delegates, Lindqvist has 10, Marsh has five.",
        "Halvorsen won at least 19 delegates and Brandt won at least 15.",
    ],
)
def test_a_bare_count_in_a_parallel_clause_counts_what_the_first_did(text: str) -> None:
    first, *rest = figures_in(text)
    assert first.unit == "delegate" and rest and all(q.unit == "delegate" for q in rest)


@pytest.mark.parametrize(
    "text",
    ["The firm has 300 stores and Smith owns 12.", "Police arrested 12 people and Smith said 40 were injured."],
)
def test_a_clause_with_another_verb_counts_nothing_named_before(text: str) -> None:
    first, second = figures_in(text)
    assert second.unit != first.unit or second.unit == "people"


def test_a_year_and_the_next_written_with_its_last_digit_is_no_figure() -> None:
    assert figures_in("After the collapse of 2008-9, the banks were bailed out.") == []


@pytest.mark.parametrize(
    "text, pair", [("The court upheld the law by a 4-to-3 vote.", [4, 3]), ("They won a 2-to-1 advantage.", [2, 1])]
)
def test_a_split_written_with_to_and_hyphens_is_a_pair(text: str, pair: list[int]) -> None:
    (q,) = figures_in(text)
    assert q.pair == pair


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("The car does 0-to-60-mph in under four seconds.", 0, 60, "mile per hour"),
        ("The survey covered 18-to-24-year-olds in May.", 18, 24, "year of age"),
    ],
)
def test_a_range_written_with_to_and_hyphens_is_one_range(text: str, low: float, high: float, unit: str) -> None:
    q = figures_in(text)[0]
    assert (q.low, q.high, q.unit) == (low, high, unit)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Ortega holds a six-percentage-point lead in the poll.", 6, "percentage point"),
        ("The bank made a 25-basis-point cut on Thursday.", 25, "basis point"),
    ],
)
def test_a_two_word_unit_written_with_hyphens_is_that_unit(text: str, value: float, unit: str) -> None:
    (q,) = figures_in(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "text, values",
    [
        ("By an overwhelming 80%-10%, those surveyed backed the plan.", [80, 10]),
        ("Ortega leads Brandt, 46%-35%, among younger voters.", [46, 35]),
    ],
)
def test_a_split_of_two_shares_is_two_shares_not_a_fall(text: str, values: list[float]) -> None:
    found = figures_in(text)
    assert [(q.value, q.change, q.unit) for q in found] == [(v, "=", "percent") for v in values]


def test_a_range_of_a_rise_in_percent_stays_a_range() -> None:
    (q,) = figures_in("Shares rose 10%-15% in a week.")
    assert (q.low, q.high, q.change) == (10, 15, "up")


def test_a_number_in_brackets_after_a_name_is_an_age() -> None:
    found = figures_in("Halvorsen (68), Brandt (69) and Okafor (74) are the oldest candidates.")
    assert [(q.value, q.unit) for q in found] == [(68, "year of age"), (69, "year of age"), (74, "year of age")]


@pytest.mark.parametrize(
    "text",
    [
        "Delegates meet between 10-11 a.m. with 40 candidates.",
        "The 40 polling stations are open from 7 to 10pm on Thursday.",
        "About 40 people came between 10 and 11 a.m.",
    ],
)
def test_a_range_of_times_of_day_is_no_figure(text: str) -> None:
    assert [q.value for q in figures_in(text)] == [40]


def test_a_chapter_and_verse_is_no_figure() -> None:
    assert [q.value for q in figures_in("The poster quotes Romans 8:31 and Ephesians 5:11 on 3 banners.")] == [3]


def test_ages_in_a_list_split_by_semicolons_are_ages() -> None:
    found = figures_in("He has children: Donald Jr., 38; Ivanka, 34; Eric, 32; and Barron 9.")
    assert [q.value for q in found if q.unit == "year of age"] == [38, 34, 32]


@pytest.mark.parametrize(
    "text", ["Police received 911 calls saying 3 shots had been fired.", "She made a 999 call about 3 men."]
)
def test_an_emergency_number_before_a_call_is_no_count(text: str) -> None:
    assert [q.value for q in figures_in(text)] == [3]


def test_a_count_of_calls_is_still_a_count() -> None:
    (q,) = figures_in("The agency took 112 calls in an hour.")
    assert (q.value, q.unit) == (112, "call")


@pytest.mark.parametrize(
    "text, date",
    [
        ("Twenty-two years ago, a report found 40 flaws.", "2004"),
        ("It happened seventy-four years ago, when 40 ships sank.", "1952"),
    ],
)
def test_a_compound_number_word_of_years_ago_is_one_date(text: str, date: str) -> None:
    from corpus.extract.dates import find_dates, resolve

    (mention,) = find_dates(text)
    assert resolve(mention, "2026-05-20", False)[0] == date
    assert [q.value for q in figures_in(text)] == [40]


def test_a_time_told_in_o_clock_is_no_figure() -> None:
    assert [q.value for q in figures_in("The 40 delegates meet at 6 o’clock tonight.")] == [40]


def test_a_decade_written_with_an_apostrophe_is_no_figure() -> None:
    assert [q.value for q in figures_in("In the 90’s the firm had 40 staff.")] == [40]


@pytest.mark.parametrize(
    "text",
    [
        "Halvorsen lost six percentage points and Sen. Ada Brandt gained six in the last week.",
        "Halvorsen lost six percentage points, while Brandt gained six and Okafor five.",
    ],
)
def test_a_bare_move_in_a_parallel_clause_moves_in_the_same_unit(text: str) -> None:
    found = [q for q in figures_in(text) if q.unit != "day" and q.measure != "time span"]
    assert len(found) > 1 and all(q.unit == "percentage point" for q in found)


@pytest.mark.parametrize(
    "text, age",
    [
        ("Police said the troubled actress, 26, would be arrested if she failed to appear.", 26),
        ("The gunman shot dead the firm's founder, Ada Brandt, 40.", 40),
    ],
)
def test_an_age_after_a_person_named_by_a_noun_or_ending_the_sentence(text: str, age: int) -> None:
    (q,) = [q for q in figures_in(text) if q.value == age]
    assert q.unit == "year of age"


def test_a_count_ending_a_sentence_after_a_comma_is_no_age() -> None:
    *_, q = figures_in("The group won 12 seats, 4 more than before.")
    assert q.unit != "year of age"
