"""Quantity rules found by the blind check set (tests/data/quantities_blind.json), each on a sentence of our own."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.units import is_plural, singular
from corpus.model import Article

from .conftest import claimed_figures, figures_in


@pytest.mark.parametrize("word, head", [("flaws", "flaw"), ("windows", "window"), ("clinics", "clinic")])
def test_plurals_in_ws_and_ics_are_plurals(word, head) -> None:
    assert is_plural(word) and singular(word) == head


@pytest.mark.parametrize("word", ["economics", "politics", "news", "Andrews"])
def test_fields_news_and_names_are_no_plurals(word) -> None:
    assert singular(word) == word


def test_a_count_of_flaws_counts_flaws() -> None:
    (q,) = claimed_figures("The update fixes 14 security flaws, the vendor said.")
    assert (q.value, q.unit, q.counted) == (14, "flaw", "security flaws")


@pytest.mark.parametrize(
    "text, value",
    [
        ("Vaccination among five-year-olds fell sharply.", 5),
        ("Police said a woman, 81, was taken to hospital.", 81),
        ("The driver, 34, was arrested at the scene.", 34),
        ('"The water came in so fast," said Ilse Varga, 67.', 67),
    ],
)
def test_ages_of_plural_year_olds_and_of_a_person_named_by_a_noun(text, value) -> None:
    (q,) = figures_in(text)
    assert (q.value, q.unit) == (value, "year of age")


def test_a_body_named_by_a_noun_has_no_age() -> None:
    (q,) = figures_in("The council, 81, voted against.")
    assert q.unit != "year of age"


def test_a_glued_m_repeating_another_figures_scale_is_millions() -> None:
    first, second = figures_in("Velta sold 3.2m units in the quarter, against forecasts of 2.8m.")
    assert (first.value, second.value) == (3_200_000, 2_800_000)
    (wall,) = figures_in("The wall is 2.8m high.")
    assert (wall.value, wall.unit) == (2.8, "metre")
    jump, best = figures_in("She cleared 2.1m, beating the 1.9m she managed last year.")
    assert (jump.unit, best.unit) == ("metre", "metre")


def test_a_range_written_from_its_top_keeps_both_ends() -> None:
    (q,) = figures_in("Police put the crowd at 3,000 to 2,500.")
    assert (q.low, q.high, q.text) == (2500, 3000, "3,000 to 2,500")


def test_a_change_then_the_level_it_reached_are_two_figures() -> None:
    change, level = figures_in("The index fell 30 to 2,500 on Monday.")
    assert (change.value, change.change) == (30, "down")
    assert (level.value, level.change) == (2500, "=")
    (q,) = figures_in("Prices rose 5 to 10 percent.")  # a range of the rise
    assert (q.low, q.high, q.change) == (5, 10, "up")
    (q,) = figures_in("Sales fell from 3,000 to 2,500 units.")
    assert (q.from_value, q.value, q.change) == (3000, 2500, "from-to")


@pytest.mark.parametrize(
    "text",
    ["After two injured passengers died, the line was closed.", "Three wounded soldiers later succumbed."],
)
def test_the_hurt_who_died_are_counted_as_killed(text) -> None:
    q = claimed_figures(text)[0]
    assert q.measure == "killed"


def test_the_hurt_who_were_treated_stay_wounded() -> None:
    (q,) = claimed_figures("Two injured passengers were taken to hospital.")
    assert q.measure == "wounded"


def test_the_wholes_figure_and_place_are_no_part_of_what_is_counted() -> None:
    part, whole = claimed_figures("The Kestrels have won five of their last six matches.")
    assert (part.counted, part.unit) == ("matches", "match")
    assert (whole.counted, whole.unit) == ("matches", "match")


def test_a_number_in_a_name_before_a_singular_verb_is_no_figure() -> None:
    assert figures_in("The Boeing 737 Max 9 was grounded after a panel blew out.") == []
    (q,) = figures_in("Officials in Gaza said 300 were killed.")
    assert q.value == 300


def test_money_per_person_after_per_and_not_after_a_clause_opening_a() -> None:
    (q,) = figures_in("The drug costs $2.1m per patient.")
    assert (q.unit, q.text) == ("USD per patient", "$2.1m per patient")
    (q,) = figures_in("It cost $40, a customer said.")
    assert q.unit == "USD"


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Mortgage rates topped 7% for the first time.", "mortgage rate"),
        ("The tariff was raised to 125 percent.", "tariff rate"),
        ("Duties on steel will be cut to 10%.", "duty rate"),
        ("Exchange rates moved and 40% of firms said costs rose.", "share of firms"),
    ],
)
def test_what_a_percentage_is_a_rate_or_share_of(text, measure) -> None:
    (q,) = claimed_figures(text)
    assert q.measure == measure


def test_a_level_beside_another_figure_of_the_same_rate_is_that_rate() -> None:
    (now,) = claimed_figures("Inflation eased to 3.2% from 3.4%.")
    assert (now.measure, now.value, now.from_value) == ("inflation rate", 3.2, 3.4)
    _, level = claimed_figures("Unemployment fell 0.3 points to 4.1%.")
    assert level.measure == "unemployment rate"


def test_the_size_of_a_group_is_no_count_of_strong() -> None:
    (q,) = claimed_figures("A 5,000-strong crowd watched the final.")
    assert (q.value, q.counted, q.unit) == (5000, "crowd", "crowd")


def test_people_hurt_are_wounded_but_firms_hurt_by_rules_are_not() -> None:
    (q,) = claimed_figures("Twelve people were hurt in the crash.")
    assert q.measure == "wounded"
    (q,) = claimed_figures("Three firms were hurt by the new rules.")
    assert q.measure != "wounded"


def test_a_fraction_of_a_million_is_one_figure() -> None:
    (q,) = figures_in("More than a quarter of a million people signed the petition.")
    assert (q.value, q.low, q.high, q.change) == (250_000, 250_000, None, ">")
    assert q.text == "More than a quarter of a million"
    (q,) = figures_in("A quarter of the million people polled said no.")
    assert (q.value, q.unit) == (0.25, "fraction")


@pytest.mark.parametrize(
    "text, code",
    [
        ("Kenya borrowed KSh 120 billion from banks.", "KES"),
        ("He was fined Tk 50,000 by the court.", "BDT"),
        ("Jakarta will spend 50 trillion rupiah on roads.", "IDR"),
        ("The deal is worth AED 3.2 billion.", "AED"),
        ("The club was fined 2 million Danish kroner.", "DKK"),
        ("The oil fund grew by 900 billion Norwegian kroner.", "NOK"),
        ("The ferry line lost 80 million kroner last year.", "kroner"),  # Danish or Norwegian: not said
    ],
)
def test_more_currencies_by_code_sign_and_name(text, code) -> None:
    (q,) = figures_in(text)
    assert q.unit == code


def test_trillions_written_trln() -> None:
    (q,) = figures_in("Debt hit $1.2 trln last year.")
    assert (q.value, q.unit) == (1.2e12, "USD")


def test_percentages_joined_by_a_dash_are_a_range() -> None:
    (q,) = figures_in("Costs rose 10%-15% this year.")
    assert (q.low, q.high, q.change, q.text) == (10, 15, "up", "10%-15%")
    first, second = figures_in("The index fell 2% -0.5% on the day.")  # spaced: a second, signed figure
    assert (first.value, second.value) == (2, -0.5)


@pytest.mark.parametrize(
    "text, unit, measure",
    [
        ("Police arrested 23 people, 19 of them minors.", "people", "detained"),
        ("The chain has 1,200 stores, 300 of which are in China.", "store", "store"),
        ("Officials said 3,400 homes had been damaged and 46 destroyed.", "home", "destroyed"),
    ],
)
def test_a_part_of_a_group_or_the_next_of_a_list_counts_what_the_group_counts(text, unit, measure) -> None:
    _, part = claimed_figures(text)
    assert (part.unit, part.measure) == (unit, measure)


@pytest.mark.parametrize(
    "text, values",
    [
        ("Call 0800 123 456 for help; 12 lines are open.", [12]),
        ("Savers put $6,000 into 401(k) plans.", [6000]),
        ("He lives at 10 Downing Street, where 40 staff work.", [40]),
    ],
)
def test_phone_numbers_statute_letters_and_addresses_are_no_figures(text, values) -> None:
    assert [q.value for q in figures_in(text)] == values


def test_a_name_cut_inside_its_token_leaves_no_stray_digit() -> None:
    assert [q.value for q in claimed_figures("The H5N1 virus has infected 70 people in the US.")] == [70]


def test_and_a_half_in_words() -> None:
    (q,) = figures_in("The talks lasted two and a half hours.")
    assert (q.value, q.unit) == (2.5, "hour")
    (q,) = figures_in("He was jailed for two-and-a-half years.")
    assert (q.value, q.unit) == (2.5, "year")


@pytest.mark.parametrize(
    "text",
    [
        "He was jailed for two-and-a-half years.",
        "The judge sentenced him to 12 years.",
        "She faces a prison term of up to 20 years.",
    ],
)
def test_a_prison_term_is_a_figure_not_a_time_span(text) -> None:
    (q,) = claimed_figures(text)
    assert q.measure == "prison sentence"


def test_a_share_of_one_whole_against_another() -> None:
    first, second = claimed_figures("The candidate won 52.3% of the vote to 46.1%.")
    assert second.counted == first.counted == "the vote"


def test_a_thousands_group_cut_off_by_a_space_is_no_code() -> None:
    assert "foot" in [q.unit for q in figures_in("He fell 2, 000ft, police said.")]


def test_life_expectancy_is_an_age() -> None:
    (q,) = figures_in("Life expectancy for men in the city is around 73, officials said.")
    assert (q.value, q.unit, q.change) == (73, "year of age", "~")


@pytest.mark.parametrize(
    "text, subject",
    [("Unemployment doubled to 8% last year.", "unemployment rate"), ("Output contracted by 1.2%.", "Output")],
)
def test_more_verbs_of_change_name_what_they_change(text, subject) -> None:
    article = Article("t1", "Harbour talks resume", None, [], "2025-03-04", False, "t1.txt", text + "\n")
    (claim,) = extract_article(article)[0]
    assert claim.subject == subject


def test_a_fact_box_label_names_the_outcome() -> None:
    wounded, missing = claimed_figures("Injured: at least 3,400; missing: 12.")
    assert (wounded.measure, wounded.unit, missing.measure) == ("wounded", "people", "missing")


@pytest.mark.parametrize(
    "text, counted, change",
    [
        ("Cases rose by 1,234 to 45,678 on Friday.", "Cases", "up"),
        ("Measles cases hit 1,500, the highest in 25 years.", "Measles cases", "="),
        ("Jobless claims fell by 12,000 to 230,000.", "Jobless claims", "down"),
    ],
)
def test_a_plural_subject_moved_to_a_bare_figure_is_what_it_counts(text, counted, change) -> None:
    first = claimed_figures(text)[0]
    assert (first.counted, first.change) == (counted, change)


def test_the_level_after_a_counted_change_counts_the_same() -> None:
    """The subject is what the level counts and its measure; no unit is written with the figure."""
    _, level = claimed_figures("Cases rose by 1,234 to 45,678 on Friday.")
    assert (level.value, level.counted, level.measure, level.unit) == (45678, "Cases", "cases", None)


@pytest.mark.parametrize(
    "text", ["Shares rose 12 to 300 on Friday.", "Waiting lists grew by 65,000 to a record 7.6 million."]
)
def test_prices_amounts_and_lists_are_not_what_a_bare_figure_counts(text) -> None:
    assert claimed_figures(text)[0].counted is None


def test_every_age_of_a_list_after_aged() -> None:
    found = figures_in("Three men, aged 19, 22 and 25, have been charged.")
    assert [q.unit for q in found] == ["man", "year of age", "year of age", "year of age"]


def test_the_next_periods_figure_keeps_the_direction_of_its_left_out_verb() -> None:
    this_year, next_year = figures_in("The bank expects the economy to grow by 0.5% this year and 1.2% next year.")
    assert (this_year.change, next_year.change) == ("up", "up")
    _, stores = figures_in("Sales rose 3% this year and 40 stores opened.")
    assert stores.change == "="


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The union said the true figure could be closer to 1,100 once contractors were counted.", "1,100"),
        ("Turnout reached 61% because voters queued past closing time.", "61%"),
        ("The ferry carried 240 although forecasters had warned of gales.", "240"),
    ],
)
def test_a_clause_opened_after_a_figure_is_not_what_it_counts(sentence: str, figure: str) -> None:
    (q,) = [q for q in figures_in(sentence) if q.text.endswith(figure)]
    assert q.counted is None or q.counted.split()[0].lower() not in ("once", "because", "although"), q.counted


@pytest.mark.parametrize(
    "text",
    [
        "Djokovic, the world No. 2, lost in straight sets.",
        "The No. 3 seed was knocked out in the second round.",
        "The bank's No. 2 official resigned on Friday.",
        "She returned to No. 1 in the rankings.",
    ],
)
def test_a_number_after_no_is_a_rank_whatever_word_comes_before(text) -> None:
    assert figures_in(text) == []


def test_a_count_beside_a_rank_is_still_read() -> None:
    (q,) = figures_in("The world No. 4 needed three hours to win.")
    assert (q.value, q.unit) == (3, "hour")


@pytest.mark.parametrize(
    "text, values",
    [
        ("The carrier grounded 44 737 jets after the fault.", [44]),
        ("The airline will take delivery of 18 787 Dreamliners.", [18]),
        ("The final drew a crowd of 45 000.", [45_000]),
        ("The school has 1 150 pupils.", [1_150]),
        ("The ministry paid 12 345 678 euros.", [12_345_678]),
    ],
)
def test_a_plain_space_joins_one_group_only_when_round(text, values) -> None:
    assert [q.value for q in figures_in(text)] == values


def test_a_count_before_a_model_number_counts_the_model() -> None:
    (q,) = figures_in("The carrier grounded 44 737 jets after the fault.")
    assert (q.text, q.unit) == ("44", "jet")


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Nearly five hundred and fifty millimetres of rain fell.", 550, "millimetre"),
        ("A hundred and twenty-five people were hurt.", 125, "people"),
        ("One hundred twenty people were hurt.", 120, "people"),
        ("Two hundred and fifty thousand people marched.", 250_000, "people"),
    ],
)
def test_number_words_after_a_hundred_are_one_figure(text, value, unit) -> None:
    (q,) = figures_in(text)
    assert (q.value, q.unit) == (value, unit)


def test_number_words_after_a_hundred_join_but_two_hundreds_stay_two_figures() -> None:
    assert [q.value for q in figures_in("Three hundred and ten people came.")] == [310]
    assert [q.value for q in figures_in("Between two hundred and three hundred people came.")] == [200, 300]


def test_a_level_after_a_percentage_move_is_no_move() -> None:
    move, level = claimed_figures("Bond yields rose 0.2% to 4.5% on Monday.")
    assert (move.change, move.measure) == ("up", "percent increase")
    assert (level.change, level.measure) == ("=", "yield")  # (a level, no move: the yield it reached)


@pytest.mark.parametrize(
    "text",
    [
        "The bank will cut 300 jobs, two people familiar with the plans said.",
        "Three senior officials, speaking on condition of anonymity, said the talks had stalled.",
        "The deal is close, according to two people briefed on the talks.",
        "Two sources told the paper that the merger was off.",
    ],
)
def test_how_many_sources_a_report_names_is_no_figure(text) -> None:
    from corpus.extract.quantities import SOURCE_COUNT, is_figure

    sources = [q for q in claimed_figures(text) if q.measure == SOURCE_COUNT]
    assert len(sources) == 1 and not is_figure(sources[0])
    assert sources[0].value in (2, 3)  # still read as written (value and unit)


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Two people were killed, police said.", "killed"),
        ("Five hundred residents said they would leave.", "people"),
    ],
)
def test_people_a_report_counts_are_figures_though_a_verb_of_saying_follows(text, measure) -> None:
    (q,) = claimed_figures(text)
    assert q.measure == measure
    (source,) = claimed_figures("Two people familiar with the plans said the bank would shut.")
    assert source.measure == "sources"


def test_a_claim_whose_only_number_counts_its_sources_is_no_quantity_claim() -> None:
    article = Article(
        "t2",
        "Merger talks",
        None,
        [],
        "2025-03-04",
        False,
        "t2.txt",
        "Halden Steel is in talks to buy Orsk Metals, two people familiar with the matter said.\n",
    )
    claims, _ = extract_article(article)
    assert claims and all(c.kind != "quantity" for c in claims)


def test_two_reports_naming_different_numbers_of_sources_compare_no_figure() -> None:
    from corpus.xref.features import compared_measure

    two, three = (
        claimed_figures(text)[0]
        for text in (
            "Halden Steel will buy Orsk Metals, two people familiar with the matter said.",
            "Halden Steel will buy Orsk Metals, three people familiar with the matter said.",
        )
    )
    assert (two.value, three.value) == (2, 3)
    assert compared_measure(two) is None and compared_measure(three) is None


@pytest.mark.parametrize(
    "text, points",
    [
        ("Turnout rose four points to 61 per cent.", "four points"),
        ("Turnout was 67.3%, up 2.1 points on the last election.", "2.1 points"),
        ("Support fell three points to a record low of 21%.", "three points"),
    ],
)
def test_points_a_percentage_moved_by_are_percentage_points(text, points) -> None:
    (q,) = [q for q in figures_in(text) if q.text == points]
    assert q.unit == "percentage point"


def test_an_index_move_restated_as_a_percentage_keeps_its_points_and_is_a_move() -> None:
    points, percent = figures_in("The Dow fell 190 points, or 0.6%.")
    assert points.unit == "point"
    assert (percent.change, percent.measure) == ("down", "percent decrease")


def test_a_glued_m_after_what_is_counted_is_millions_and_else_metres() -> None:
    for text, value in [
        ("Passenger numbers at the airport reached 39.2m last year.", 39_200_000),
        ("The population rose to 5.2m in 2020.", 5_200_000),
        ("The wall is 2.8m high.", 2.8),
        ("The jump cleared 2.4m in June.", 2.4),
    ]:
        (q,) = figures_in(text)
        assert q.value == value, text


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the Fortune 500 firms gained.",
        "SpaceX showed the Apollo 11 replicas.",
        "Its Galaxy 24 phones sold well.",
    ],
)
def test_a_number_in_a_name_after_a_determiner_is_no_count_of_what_follows(text) -> None:
    assert figures_in(text) == []
    (q,) = figures_in("The army sent 300 Ukrainian troops.")  # a count before a capitalised word is still a count
    assert (q.value, q.unit) == (300, "troop")


@pytest.mark.parametrize(
    "text, values",
    [
        ("The 2023-24 season ended with 38 games played.", [38]),
        ("The 2024-25 budget adds 300 nurses.", [300]),
        ("He was mayor from 2010-2018.", []),
        ("In fiscal 2023/24 sales rose 4%.", [4]),
        ("In 2006-07, the club won 52 games.", [52]),
    ],
)
def test_the_end_of_a_span_of_years_is_no_negative_figure(text, values) -> None:
    assert [q.value for q in figures_in(text)] == values


def test_a_count_in_a_time_is_no_share_but_one_in_five_adults_is() -> None:
    assert "fraction" not in [q.unit for q in figures_in("She won 6-4, 6-3 in 78 minutes.")]
    assert "fraction" not in [q.unit for q in figures_in("He scored 2 in 10 minutes.")]
    (share,) = figures_in("Three in 10 voters backed the plan.")
    assert (share.unit, share.value) == ("fraction", 0.3)


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500, the Dow and the Nasdaq rose.",
        "Fans of the Big 12, the SEC and the ACC agreed.",
        "The bill, HR 3684, passed on Friday.",
    ],
)
def test_a_number_in_a_name_before_a_comma_is_still_part_of_the_name(text) -> None:
    assert figures_in(text) == []


def test_a_number_hyphened_to_a_capitalised_word_is_a_name_but_a_title_cased_unit_is_a_unit() -> None:
    assert [q.text for q in figures_in("The 7-Eleven owner agreed a $47bn deal.")] == ["$47bn"]
    assert [q.value for q in figures_in("The hotel has a 5-Star rating and 300 rooms.")] == [300]
    (span,) = figures_in("The 3-Day festival opened.")
    assert (span.value, span.unit) == (3, "day")


def test_a_fraction_before_the_noun_it_sizes_is_no_count_of_its_numerator() -> None:
    assert figures_in("The override needs a two-thirds majority in both chambers.") == []
    assert [q.value for q in figures_in("About two-thirds of voters backed it.")] == [pytest.approx(2 / 3)]


@pytest.mark.parametrize(
    "text",
    [
        "The number of measles cases in the district has risen to 180, the clinic said.",
        "Doctors have confirmed 64 mumps cases at the school.",
    ],
)
def test_a_disease_named_in_s_is_one_thing_and_the_cases_are_counted(text: str) -> None:
    assert not is_plural("measles") and singular("rabies") == "rabies"
    (q,) = claimed_figures(text)
    assert (q.unit, q.measure) == ("case", "cases")


@pytest.mark.parametrize(
    "text", ["Valdora recorded 45.8C on Sunday.", "It was 104F in Aston on Monday.", "It hit 41°C."]
)
def test_a_temperature_written_with_a_bare_scale_letter_is_a_temperature(text: str) -> None:
    (q,) = claimed_figures(text)
    assert q.measure == "temperature" and q.unit in ("celsius", "fahrenheit")


@pytest.mark.parametrize(
    "sentence, value, before, measure",
    [
        ("Unemployment rose to 5.1% from 4.8%.", 5.1, 4.8, "unemployment rate"),
        ("Inflation eased to 2.4% in September from 2.9% in August.", 2.4, 2.9, "inflation rate"),
        ("The death toll rose to 54 from 31 overnight.", 54, 31, "killed"),
        ("The number of people evacuated rose to 18,500 from 12,000.", 18500, 12000, "evacuated"),
    ],
)
def test_a_new_value_told_before_the_old_one_is_one_change(sentence, value, before, measure) -> None:
    [q] = claimed_figures(sentence)
    assert (q.value, q.from_value, q.change, q.measure) == (value, before, "from-to", measure)


def test_to_and_from_of_different_things_stay_two_figures() -> None:
    # "from 40 investors" is where the money came from, not an earlier amount
    found = claimed_figures("The fund grew to $3bn from 40 investors.")
    assert [(q.value, q.from_value) for q in found] == [(3e9, None), (40, None)]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The union, which represents 68,000 pilots, criticized the ruling.", "people"),
        ("The airline employs 1,200 pilots.", "people"),
        ("The air force lost 40 fighter pilots in the first year.", "troops"),
    ],
)
def test_pilots_are_troops_only_when_said_to_serve(sentence: str, measure: str) -> None:
    [q] = claimed_figures(sentence)
    assert q.measure == measure


def test_a_verb_inside_a_longer_word_sends_no_troops() -> None:
    # "represents" holds "sent"; "presents" and "consents" the same
    [q] = claimed_figures("The association, which represents 300 officers, objected.")
    assert q.measure != "troops deployed"


@pytest.mark.parametrize(
    "sentence",
    [
        "The carmaker announced 2,350 job cuts on Monday.",
        "The bank will make 300 redundancies.",
        "The retailer announced 400 layoffs.",
        "The number of job losses rose to 2,350.",
    ],
)
def test_job_cuts_layoffs_and_redundancies_count_jobs(sentence: str) -> None:
    [q] = claimed_figures(sentence)
    assert q.measure == "jobs"


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("The number of unemployed fell by 25,000 to 1.29 million in May.", "unemployed"),
        ("The number of jobless rose to 2.1 million, the agency said.", "jobless"),
        ("The number of displaced has risen to 40,000, aid groups said.", "displaced"),
    ],
)
def test_the_number_of_a_group_named_by_its_adjective_counts_that_group(sentence: str, counted: str) -> None:
    """ "the number of unemployed": the figure the number reaches counts the unemployed, as "the number of
    unemployed people" would."""
    total = [q for q in claimed_figures(sentence) if q.change == "="]
    assert [q.counted for q in total] == [counted]


def test_the_number_of_people_who_have_died_counts_the_dead() -> None:
    [q] = claimed_figures("The number of people who have died in the outbreak has risen to 44, health officials said.")
    assert q.measure == "killed"


@pytest.mark.parametrize(
    "sentence",
    [
        "The chemical fire forced about 2,000 residents to leave, officials said.",
        "About 5,000 people have now been told to leave their homes.",
        "Police ordered 300 people to evacuate on Sunday.",
        "Some 800 people were urged to flee the valley.",
    ],
)
def test_people_made_to_leave_count_the_evacuated(sentence: str) -> None:
    [q] = claimed_figures(sentence)
    assert q.measure == "evacuated"


def test_people_told_to_stay_indoors_are_not_evacuated() -> None:
    [q] = claimed_figures("Officials urged 40 people to stay indoors.")
    assert q.measure != "evacuated"


@pytest.mark.parametrize(
    "sentence",
    [
        "The central bank raised rates to 4.5% on Thursday.",
        "Two members wanted to hold rates at 4.5%.",
        "The bank left rates unchanged at 3%.",
    ],
)
def test_a_verb_that_moves_rates_is_not_what_the_rate_is_of(sentence: str) -> None:
    [q] = [q for q in claimed_figures(sentence) if q.unit == "percent"]
    # a bank's, when the sentence names one (test_measures_of_the_figures_own_clause); never "raised rate"
    assert q.measure == ("interest rate" if "bank" in sentence else "rate")


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The labour market is tight, with unemployment at 3.1 per cent.", "unemployment rate"),
        ("Inflation, at 3.9 per cent in October, remains high.", "inflation rate"),
    ],
)
def test_a_rate_noun_at_a_percentage_names_its_rate(sentence: str, measure: str) -> None:
    [q] = claimed_figures(sentence)
    assert q.measure == measure


def test_one_thing_then_a_verb_in_s_counts_the_thing() -> None:
    [q] = claimed_figures("One adult remains in hospital, the trust said.")
    assert q.counted_lemma == "adult"


def test_a_share_of_day_workers_is_a_share_not_a_time() -> None:
    (q,) = claimed_figures("About 9 in 100 day workers developed the illness.")
    assert (q.unit, q.value) == ("fraction", 0.09)


@pytest.mark.parametrize(
    "sentence, measures",
    [
        ("Health officials reported 87 cases and two deaths.", ["cases", "killed"]),
        ("The blast killed 12 and injured dozens.", ["killed", "wounded"]),
    ],
)
def test_an_outcome_word_after_another_figure_is_that_figures(sentence: str, measures: list[str]) -> None:
    assert [q.measure for q in claimed_figures(sentence)] == measures


def test_the_second_day_of_a_date_range_is_no_figure() -> None:
    assert [
        q.text for q in claimed_figures("The poll of 2,050 adults was carried out between September 10 and 12.")
    ] == ["2,050"]


@pytest.mark.parametrize(
    "text",
    [
        "About 40 people fell ill after eating at a school canteen.",
        "At least 25 pupils fell sick after the trip.",
        "The outbreak has sickened 112 people in the region.",
        "Twelve workers were taken ill at the plant.",
        "The number of pupils who fell ill after the lunch has risen to 112.",
    ],
)
def test_people_made_ill_are_counted_as_sickened(text) -> None:
    q = claimed_figures(text)[0]
    assert q.measure == "sickened"


def test_people_who_will_attend_are_no_count_of_the_ill() -> None:
    (q,) = claimed_figures("Officials said 300 people will attend the hearing.")
    assert q.measure == "people"


@pytest.mark.parametrize(
    "text, measures",
    [
        ("The raid killed three guards and wounded six others.", ["killed", "wounded"]),
        ("Troops detained 40 protesters and injured two.", ["detained", "wounded"]),
    ],
)
def test_an_outcome_verb_after_and_is_its_own_clause_not_the_figure_before(text, measures) -> None:
    found = claimed_figures(text)
    assert [q.measure for q in found][: len(measures)] == measures


def test_those_an_outcome_verb_after_and_takes_as_object_are_not_the_figure_before() -> None:
    q = claimed_figures("The gunmen took 25 passengers hostage and killed one of them.")[0]
    assert q.value == 25 and q.measure != "killed"


@pytest.mark.parametrize(
    "text, against",
    [
        ("Lawmakers backed the budget by 288 votes to 231.", 231),
        ("The board rejected the bid by seven votes to four.", 4),
    ],
)
def test_the_votes_against_in_a_tally_are_votes(text, against) -> None:
    against_q = next(q for q in claimed_figures(text) if q.value == against)
    assert against_q.unit == "vote"


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The bank trimmed its key rate by a quarter of a percentage point.", 0.25, "percentage point"),
        ("Inflation ticked up by three-tenths of a percentage point.", 0.3, "percentage point"),
        ("Prices moved by half of one per cent last week.", 0.5, "percent"),
    ],
)
def test_a_fraction_of_a_point_is_that_much_of_the_point(text, value, unit) -> None:
    q = next(q for q in claimed_figures(text) if q.value is not None and abs(q.value - value) < 1e-9)
    assert q.unit == unit


def test_go_up_to_a_level_is_the_level_reached_not_a_bound() -> None:
    q = claimed_figures("Bus fares will go up to $2.90 in the spring.")[0]
    assert (q.value, q.change, q.low, q.high) == (2.9, "=", 2.9, 2.9)


@pytest.mark.parametrize(
    "text, change, low, high",
    [
        ("More than one in four tenants are behind on rent.", ">", 0.25, None),
        ("Fewer than 2 in 10 drivers use the toll road.", "<", None, 0.2),
        ("Almost one in three pupils missed school.", "~", 1 / 3, 1 / 3),
    ],
)
def test_a_share_written_one_in_n_keeps_the_bound_before_it(text, change, low, high) -> None:
    (q,) = [q for q in claimed_figures(text) if q.unit == "fraction"]
    assert (q.change, q.low, q.high) == (change, low, high)
    assert q.text.split()[0] in ("More", "Fewer", "Almost")


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Tariffs will rise to 60 percent in June, the ministry said.", "tariff rate"),
        ("The export duty jumped to 15% after the harvest failed.", "duty rate"),
    ],
)
def test_a_levy_that_moves_to_a_percentage_is_its_rate(text, measure) -> None:
    (q,) = [q for q in claimed_figures(text) if q.unit == "percent"]
    assert q.measure == measure


@pytest.mark.parametrize(
    "text",
    [
        "Eleven patients are now in intensive care, up from six three days ago.",
        "The ministry counted 52 fires on Friday, compared with 31 two weeks earlier.",
    ],
)
def test_a_figure_before_a_dated_number_takes_no_unit_of_that_numbers(text) -> None:
    # the number after the earlier figure is the time back to it: its unit is no unit of the figure before it
    from corpus.extract.quantities import is_figure

    now, then = [q for q in figures_in(text) if is_figure(q)]
    assert then.unit == now.unit and then.counted_lemma == now.counted_lemma
    assert then.unit not in ("day", "week")


def test_a_total_over_a_period_counts_what_was_added() -> None:
    added, span, total = figures_in("Another 120 trains were cancelled, bringing the total for the two weeks to 860.")
    assert (added.unit, span.measure) == ("train", "time span")
    assert (total.value, total.unit, total.measure) == (860, "train", added.measure)
    rescued, _, so_far = figures_in("Divers freed 45 villagers, raising the tally over the past three days to 310.")
    assert (so_far.unit, so_far.measure) == (rescued.unit, rescued.measure) != (None, "time span")


@pytest.mark.parametrize(
    "text, written",
    [
        ("A 27-year-old woman was charged with fraud.", "27-year-old"),
        ("Both 16-year-olds were later released.", "16-year-olds"),
        ("The keeper is 58 years old.", "58 years old"),
        ("Their 14-month-old son was unhurt.", "14-month-old"),
    ],
)
def test_an_age_is_written_whole_and_is_no_figure(text, written) -> None:
    from corpus.extract.quantities import AGES, is_figure

    (q,) = figures_in(text)
    assert q.text == written and q.unit in AGES and not is_figure(q)
    assert not [c for c in claimed_figures(text) if is_figure(c)]  # no stray figure of it in the claims


def test_an_adverb_after_one_is_not_what_it_counts() -> None:
    (q,) = figures_in("Dean pulled one back for the visitors before half-time.")
    assert q.unit is None and q.counted is None


def test_a_verb_of_state_after_a_part_of_a_group_is_not_what_it_counts() -> None:
    first, second = figures_in("Fifteen of the injured remain in hospital, three of them in a serious condition.")
    assert (first.counted, first.measure) == ("the injured", "wounded")
    assert second.measure == "wounded"


@pytest.mark.parametrize(
    "text",
    [
        "The number of patients waiting for surgery in Orland rose to a record 1.2 million in May.",
        "Doctors blamed the cuts for pushing the hospital waiting list to 1.2 million.",
    ],
)
def test_a_waiting_list_is_a_measure_of_its_own(text: str) -> None:
    (q,) = figures_in(text)
    assert (q.measure, q.unit) == ("waiting list", "people")


def test_a_measurement_after_a_clause_measures_the_noun_after_its_verb() -> None:
    (q,) = figures_in("Storm Orla brought gusts of up to 130 km/h to the islands.")
    assert q.measure == "gust speed"


def test_a_time_span_between_the_number_of_and_its_figure_does_not_hide_what_is_counted() -> None:
    *_, q = figures_in("The number of asylum seekers fell 20% in the first nine months of the year to 18,400.")
    assert (q.value, q.counted) == (18_400, "asylum seekers")


def test_a_toll_keeps_its_measure_across_a_decimal_figure_in_between() -> None:
    figures = claimed_figures(
        "The death toll from Friday's magnitude 5.8 earthquake in the Sorvo valley has risen to 31."
    )
    toll = next(q for q in figures if q.value == 31)
    assert (toll.measure, toll.unit) == ("killed", "people")
    figures = claimed_figures("The number of people injured in the 2.5 km long pile-up has risen to 48, police said.")
    hurt = next(q for q in figures if q.value == 48)
    assert hurt.measure == "wounded"


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        (
            "An appeals court on Monday reduced the prison sentence of Osmera's former governor Ivo Marek to six years.",
            "prison sentence",
        ),
        ("The high court extended her sentence to 12 years after a prosecution appeal.", "prison sentence"),
        ("The club cut the manager's term to two years.", None),
    ],
)
def test_a_sentence_reduced_or_extended_to_a_term_is_a_prison_sentence(sentence: str, measure: str | None) -> None:
    [q] = claimed_figures(sentence)
    assert (q.measure == "prison sentence") == (measure == "prison sentence"), q.measure


@pytest.mark.parametrize(
    "sentence",
    [
        "The figure of 3,000 appears to come from a video of an older flood.",
        "A total of 12,000 seems too high to the mine's owners.",
        "The estimate of 4,500 remains disputed by the union.",
    ],
)
def test_the_verb_after_a_figure_is_not_what_it_counts(sentence: str) -> None:
    [q] = claimed_figures(sentence)
    assert q.counted is None and q.unit is None, (q.counted, q.unit, q.measure)


@pytest.mark.parametrize(
    ("sentence", "troops"),
    [
        ("The commissioner credited a scheme that put 600 more officers on the streets.", False),
        ("About 500 Kavari officers are already at the front, the ministry said.", True),
        ("Some 300 army officers were dismissed after the coup attempt.", True),
    ],
)
def test_officers_are_troops_only_when_said_to_serve(sentence: str, troops: bool) -> None:
    [q] = claimed_figures(sentence)
    assert (q.measure == "troops") == troops, q.measure


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Murders fell 12% last year to 412, according to police figures.", "Murders"),
        ("Murders in Dalsund fell 8% to 230 last year.", "Murders"),
        ("Burglaries rose 4.5 per cent to 8,950, the figures showed.", "Burglaries"),
        ("Shares rose 4% to 350.", None),
    ],
)
def test_a_plural_subject_moved_in_percent_to_a_level_is_what_the_level_counts(
    sentence: str, counted: str | None
) -> None:
    level = [q for q in claimed_figures(sentence) if q.unit != "percent"]
    assert [q.counted for q in level] == [counted]
