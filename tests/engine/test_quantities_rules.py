"""One sentence of our own per quantity rule (issue 13): units, signs, scales, words, names, ranges."""

from __future__ import annotations

import pytest

from corpus.extract.quantities import compared_figure, is_figure, name_noun_families
from corpus.model import Article, Quantity

from .conftest import figures_in


def _one(text: str) -> Quantity:
    (q,) = figures_in(text)
    return q


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Turnout reached 19 per cent in the capital.", 19, "percent"),
        ("The bank cut rates by 25 basis points.", 25, "basis point"),
        ("Support slipped 3 percentage points among young voters.", 3, "percentage point"),
        ("The new model ships with 256GB of storage.", 256, "gigabyte"),
        ("The hail stones measured 1.5mm across.", 1.5, "millimetre"),
        ("The ferry crossing takes 40min in calm weather.", 40, "minute"),
        ("The screen is a 6.7-inch panel.", 6.7, "inch"),
        ("The storm brought winds of 90 mph to the coast.", 90, "mile per hour"),
        ("The lake lies 1,200 kilometres north of the port.", 1200, "kilometre"),
        ("The plant burns 52,000 barrels a day.", 52000, "barrel per day"),
        ("Crude settled at $81.40 per barrel.", 81.40, "USD per barrel"),
        ("A flat in the district rents for €1,900 a month.", 1900, "EUR per month"),
        ("The ticket cost HK$450 at the gate.", 450, "HKD"),
        ("Shares closed at RM4.20 on Friday.", 4.20, "MYR"),
        ("The fund raised USD10m in its first round.", 10e6, "USD"),
        # A letter apart from its figure is a unit where the words say so.
        ("Thermometers in the square read 41 C by noon.", 41, "celsius"),
        ("The adapter supplies 65 W and charges in an hour.", 65, "watt"),
        ("The new mast is 212 m tall.", 212, "metre"),
        ("The ice core holds 0.4 ksi of stress.", 0.4, "kilopound per square inch"),
        ("Gas for March delivery settled at $3.12 per mmBtu.", 3.12, "USD per million british thermal unit"),
        ("The rear camera is a 48-megapixel sensor.", 48, "megapixel"),
        ("The probe draws 20 mA from its cell.", 20, "milliampere"),
        ("The nearest such star lies 4.2 light-years from us.", 4.2, "light-year"),
        ("The test device had a yield of 15 kilotons.", 15, "kiloton"),
        ("The reserve covers 463 sq miles of marsh.", 463, "square mile"),
        # A whole number and a fraction are one figure.
        ("Stir in 1 1/2 cups of oats.", 1.5, "cup"),
        ("The ferry ride lasts 2½ hours.", 2.5, "hour"),
        # "pounds" after a price is money; a weight otherwise.
        ("A pint at the pub costs about 6 pounds now.", 6, "GBP"),
        ("The newborn weighs 8 pounds.", 8, "pound"),
        ("The mayor manages about A$3.5 billion a year.", 3.5e9, "AUD per year"),
    ],
)
def test_units_are_read_and_normalised(text, value, unit) -> None:
    q = _one(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text, value, change",
    [
        ("The index fell 0.9% on Tuesday.", 0.9, "down"),
        ("The currency gained 1.4 percent against the euro.", 1.4, "up"),
        ("Exports shrank -0.6% in the third quarter.", -0.6, "down"),
        ("The ridge sits at minus 12 degrees in winter.", -12, "="),
        ("About 6,000 residents left the valley.", 6000, "~"),
        ("More than 300 homes were flooded.", 300, ">"),
        ("Up to 400 jobs could go.", 400, "<"),
    ],
)
def test_signs_direction_and_change(text, value, change) -> None:
    q = _one(text)
    assert (q.value, q.change) == (pytest.approx(value), change)


def test_an_approximate_figure_keeps_its_value_and_comparison_allows_a_tolerance() -> None:
    q = _one("Approximately 6,000 volunteers signed up.")
    assert (q.value, q.low, q.high, q.change) == (6000, 6000, 6000, "~")
    assert compared_figure(q) == (6000, pytest.approx(5400), pytest.approx(6600))
    near = _one("Nearly 90 volunteers signed up.")
    assert compared_figure(near)[1:] == (pytest.approx(81), 90)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The startup raised $13.6M from investors.", 13.6e6, "USD"),
        ("The port handled 1.2m tonnes of grain.", 1.2e6, "tonne"),
        ("The video drew 25k viewers overnight.", 25e3, "viewer"),
        ("The bill would cost £3bn over a decade.", 3e9, "GBP"),
        ("The firm sold 35m devices last year.", 35e6, "device"),
    ],
)
def test_scale_suffixes(text, value, unit) -> None:
    q = next(q for q in figures_in(text) if q.unit == unit)
    assert q.value == pytest.approx(value)


def test_a_glued_m_without_a_counted_noun_is_metres() -> None:
    assert [(q.value, q.unit) for q in figures_in("She cleared 1.5m at the trials.")] == [(1.5, "metre")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("Porto deny 60m agreement for winger", 60e6),
        ("The board turned down a 25m bid from a rival fund.", 25e6),
    ],
)
def test_a_glued_m_before_a_deal_is_millions_without_a_currency(text: str, value: float) -> None:
    assert [(q.value, q.unit) for q in figures_in(text)] == [(pytest.approx(value), None)]


def test_a_glued_m_before_a_built_thing_stays_metres() -> None:
    assert [(q.value, q.unit) for q in figures_in("The 40m wall collapsed in the storm.")] == [(40, "metre")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("He pleaded guilty to one count of fraud.", 1),
        ("A third of the patients recovered within days.", 1 / 3),
        ("Half of the 9,000 members voted.", 0.5),
        ("Two-thirds of the stalls were empty.", 2 / 3),
    ],
)
def test_number_words_and_fractions(text, value) -> None:
    assert pytest.approx(value) in [q.value for q in figures_in(text)]


def test_one_in_a_phrase_is_not_a_count() -> None:
    assert figures_in("No one answered the door.") == []
    assert figures_in("The town is one of the oldest in the region.") == []


def test_vague_amounts_follow_one_convention() -> None:
    assert [(q.low, q.high) for q in figures_in("Hundreds of fans waited outside.")] == [(100, 1000)]
    assert [(q.low, q.high) for q in figures_in("Millions of viewers tuned in.")] == [(1e6, 1e7)]
    q = _one("The repairs cost tens of thousands of dollars.")
    assert (q.low, q.high, q.unit) == (1e4, 1e5, "USD")


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("The trust put its losses at several hundred thousand pounds.", 2e5, 1e6, "GBP"),
        ("Rebuilding the pier will cost several million euros.", 2e6, 1e7, "EUR"),
        ("The scheme could cost a few billion dollars.", 2e9, 1e10, "USD"),
        ("Thieves took several hundred dollars from the till.", 200, 1000, "USD"),
    ],
)
def test_a_vague_amount_keeps_its_scale_and_its_currency(text: str, low: float, high: float, unit: str) -> None:
    q = _one(text)
    assert (q.low, q.high, q.unit) == (low, high, unit)


def test_several_hundred_pounds_alone_may_be_a_weight() -> None:
    assert _one("The crate weighed several hundred pounds.").unit != "GBP"


@pytest.mark.parametrize(
    "text",
    [
        "The S&P 500 closed higher on Monday.",
        "Apple unveiled the iPhone 14 at its autumn event.",
        "The team finished third in the Big 12 this season.",
        "Fans in Row 21 booed the referee.",
        "The ruling turned on Section 427 of the code.",
    ],
)
def test_numbers_inside_names_are_not_figures(text) -> None:
    assert figures_in(text) == []


def test_a_number_after_a_name_with_a_counted_noun_is_a_count() -> None:
    assert [q.value for q in figures_in("The report said Valmora 300 tanks had moved.")] == [300]


def test_ranges_and_from_to_changes() -> None:
    q = _one("The coin slid from $41,200 overnight to $39,850 by noon.")
    assert (q.change, q.from_value, q.value, q.unit) == ("from-to", 41200, 39850, "USD")
    q = _one("Tickets cost between 40 and 65 euros.") if False else _one("Between 11,000 and 12,000 people marched.")
    assert (q.value, q.low, q.high) == (None, 11000, 12000)
    q = _one("Fees range from 1 per cent to 1.5 per cent.")
    assert (q.low, q.high, q.unit) == (1, 1.5, "percent")
    q = _one("The target rose from 4 to 6 percent this year.")
    assert (q.change, q.from_value, q.value) == ("from-to", 4, 6)
    q = _one("The fund raised $10 to $15 billion.")
    assert (q.low, q.high) == (10e9, 15e9)


def test_time_spans_are_kept_as_durations() -> None:
    assert [(q.value, q.unit) for q in figures_in("The reactor could run in 15 years.")] == [(15, "year")]
    assert [(q.value, q.unit) for q in figures_in("Prices doubled over the past two years.")] == [(2, "year")]


def test_a_rate_says_what_it_is_a_rate_of() -> None:
    q = _one("The government will raise the tariff to 125 percent.")
    assert (q.unit, q.measure) == ("percent", "tariff rate")
    q = _one("Officials announced a 145% tariff on steel.")
    assert q.measure == "tariff rate"


def test_iso_dates_are_not_ranges() -> None:
    assert figures_in("On 2024-10-30 the ministry said talks would resume.") == []


def test_thin_and_no_break_space_thousands() -> None:
    assert [q.value for q in figures_in("About 3\u2009000 people marched.")] == [3000]
    assert [q.value for q in figures_in("About 12\u00a0500 people marched.")] == [12500]


def test_ages() -> None:
    assert [(q.value, q.unit) for q in figures_in("The 65-year-old fisherman retired.")] == [(65, "year of age")]
    assert [(q.value, q.unit) for q in figures_in("Lindqvist, 58, said the talks had stalled.")] == [
        (58, "year of age")
    ]


def test_what_it_counts() -> None:
    q = _one("The agency built 1,100 public housing properties.")
    assert (q.counted, q.counted_lemma, q.unit) == ("public housing properties", "property", "property")
    q = _one("Some 60% of its revenue comes from ads.")
    assert q.counted == "its revenue"


def test_a_bare_number_shares_the_unit_it_is_compared_with() -> None:
    found = figures_in("Sales reached 4.1 million tablets, up from 3.2 million a year earlier.")
    assert [(q.value, q.unit) for q in found] == [(4.1e6, "tablet"), (3.2e6, "tablet")]
    found = figures_in("A taxi ride costs seven or eight euros.")
    assert [(q.value, q.unit) for q in found] == [(7, "EUR"), (8, "EUR")]


def test_a_unit_after_its_modifiers_is_the_unit() -> None:
    q = _one("The runner covered 212 rushing yards in the final.")
    assert (q.unit, q.counted) == ("yard", "rushing yards")


def test_coordinated_and_participle_modifiers_belong_to_what_is_counted() -> None:
    q = _one("Police recovered 460 Kia and Hyundai vehicles.")
    assert (q.counted, q.counted_lemma) == ("Kia and Hyundai vehicles", "vehicle")
    q = _one("The archive holds 300 recorded songs.")
    assert q.counted_lemma == "song"
    assert _one("The ferry carried 600 rescued migrants.").counted_lemma == "migrant"
    assert _one("The blast left 600 killed.").counted is None


def test_an_age_of_a_thing_and_a_future_age() -> None:
    assert [(q.value, q.unit) for q in figures_in("They found a 300,000 year-old skull.")] == [(300000, "year of age")]
    assert [(q.value, q.unit) for q in figures_in("She will be 40 by the end of the year.")] == [(40, "year of age")]


def test_a_time_before_a_time_zone_is_not_a_figure() -> None:
    assert [q.value for q in figures_in("The curfew began at 0400 GMT and 30 people were held.")] == [30]


def test_when_a_year_earlier_is_not_a_rate() -> None:
    q = figures_in("Revenue rose to $7.4 billion from $6.8 billion a year earlier.")
    assert [(q.unit, q.value, q.from_value) for q in q] == [("USD", 7.4e9, 6.8e9)]


def test_signed_percentages_are_changes_and_scores_need_of() -> None:
    assert [(q.value, q.change) for q in figures_in("The index moved -0.6% on Friday.")] == [(-0.6, "down")]
    assert [(q.value, q.change) for q in figures_in("Output was +1.2% in March.")] == [(1.2, "up")]
    assert [q.text for q in figures_in("Test scores ranged widely this year.")] == []
    assert [(q.low, q.high) for q in figures_in("Scores of people gathered.")] == [(20, 200)]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Two hundred people marched to the square.", 200, "people"),
        ("About two dozen homes burned.", 24, "home"),
        ("The state spent Rs 500 crore on new roads.", 5e9, "INR"),
        ("The scheme pays 3 lakh rupees a month.", 3e5, "INR per month"),
    ],
)
def test_multiplier_words(text, value, unit) -> None:
    q = _one(text)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_a_count_of_what_changed_is_not_a_change_by() -> None:
    assert [(q.value, q.change, q.unit) for q in figures_in("The firm shed 2,000 jobs last year.")] == [
        (2000, "=", "job")
    ]
    assert [(q.value, q.change) for q in figures_in("Profits fell 12% in March.")] == [(12, "down")]


def test_collective_nouns_and_verbs_around_what_is_counted() -> None:
    assert _one("Some 40 police officers were hurt.").counted == "police officers"
    assert _one("Later seven of the wounded died.").counted == "the wounded"


def test_newsroom_abbreviations() -> None:
    assert [(q.value, q.unit) for q in figures_in("Wages rose 5pc last year.")] == [(5, "percent")]
    assert [(q.value, q.unit) for q in figures_in("The chip is 2.5x faster than before.")] == [(2.5, "times")]
    assert [(q.value, q.unit) for q in figures_in("Exports reached $3.2 bln in May.")] == [(3.2e9, "USD")]


def test_one_in_five_is_a_share() -> None:
    q = _one("One in five adults has never voted.")
    assert (q.value, q.unit, q.counted) == (pytest.approx(0.2), "fraction", "adults")
    q = _one("Three out of 10 voters backed the plan.")
    assert q.value == pytest.approx(0.3)


@pytest.mark.parametrize(
    "text, level",
    [
        ("The Nikkei slipped 0.8% to 31,240.55 in thin trading.", 31240.55),
        ("The FTSE 100 added 22.4 points to 7,618.30 by the close.", 7618.30),
        ("The Dow Jones industrial average finished at 35,102.", 35102),
        ("The consumer price index rose to 114.2 in March.", 114.2),
    ],
)
def test_a_stock_index_level_is_in_points(text, level) -> None:
    (q,) = [q for q in figures_in(text) if q.value == level]
    assert q.unit == "point"


def test_a_bare_number_without_an_index_gets_no_points() -> None:
    (_, price) = figures_in("The bakery raised its price 3% to 450 this week.")
    assert price.value == 450 and price.unit is None


def test_half_the_things_counts_the_things() -> None:
    q = _one("Half the orchards were lost to the frost.")
    assert (q.value, q.unit, q.counted) == (0.5, "fraction", "orchards")


def test_a_totalling_word_is_not_what_is_counted() -> None:
    q = _one("The two clubs sold 8,200 combined tickets for the final.")
    assert (q.counted, q.counted_lemma, q.unit) == ("tickets", "ticket", "ticket")


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The chairman's bonus was worth up to PS3.4m last year.", 3_400_000, "GBP"),  # "£" folded to ASCII
        ("Tickets cost PS12,500 (HK $120,000) for the box.", 12_500, "GBP"),
        ("Shares of the carmaker closed at Y=4,215 in Tokyo.", 4_215, "JPY"),  # "¥" folded to ASCII
        ("At 64.2p, the shares sit well below last year's peak.", 64.2, "penny"),
        ("Exports to the region grew more than fourfold over the decade.", 4, "times"),
    ],
)
def test_transliterated_signs_pence_and_fold_words(text: str, value: float, unit: str) -> None:
    q = next(q for q in figures_in(text) if q.unit == unit)
    assert q.value == value


@pytest.mark.parametrize(
    "text",
    [
        "Players queued overnight for the PS5 and its new controller.",  # a console, not pounds
        "The fort was built between A.D. 900 and 1150 by local rulers.",  # years of an era
        "Bronze tools from around 2300 BC were found at the site.",
        "The match streams in 1080p on the club's own app.",  # a picture's height, not pence
        "Hospitals ran short of COVID -19 tests in the spring.",  # the name written with a space
    ],
)
def test_names_eras_and_resolutions_are_no_figures(text: str) -> None:
    assert [q.text for q in figures_in(text)] == []


def test_now_before_an_age_is_no_part_of_a_name() -> None:
    q = _one("She moved in with her now-14 month-old son.")
    assert (q.value, q.unit) == (14, "month of age")


def test_an_australian_dollar_sign_before_the_figure() -> None:
    q = _one("The council approved $A45 million for the bridge.")
    assert (q.value, q.unit) == (45_000_000, "AUD")


def test_from_one_figure_up_to_another_is_one_range() -> None:
    q = _one("Rents in the new block run from 600 sq ft up to 1,400 sq ft.")
    assert (q.low, q.high, q.value, q.unit, q.change) == (600, 1400, None, "square foot", "=")
    q = _one("Fares went from $12 up to $19 after the merger.")
    assert (q.from_value, q.value, q.change) == (12, 19, "from-to")


def test_a_number_word_after_the_or_those_measures_when_a_unit_follows() -> None:
    q = _one("Exports stalled during those five weeks of strikes.")
    assert (q.value, q.unit) == (5, "week")
    assert figures_in("The three ministers met in Geneva.") == []  # a reference to people named before


def test_one_after_same_or_other_is_a_pronoun() -> None:
    assert figures_in("Reusing a password or picking the same one for every site is risky.") == []


def test_ages_are_descriptions_not_figures() -> None:
    from corpus.extract.quantities import is_figure

    q = _one("A 38-year-old driver was detained after the crash.")
    assert (q.value, q.unit, q.measure, is_figure(q)) == (38, "year of age", "age", False)
    bracket = _one("Most workers aged 25 to 34 rent a room.")  # an age bracket, not a count of workers
    assert (bracket.low, bracket.high, bracket.unit, is_figure(bracket)) == (25, 34, "year of age", False)


def test_a_percentage_after_or_restates_the_change_before_it() -> None:
    assert [(q.value, q.change) for q in figures_in("The index lost 210 points, or 0.7%, on Friday.")] == [
        (210, "down"),
        (0.7, "down"),
    ]
    # ("grew by 1,200 jobs": a change by them, as the percentage restating it is)
    assert [q.change for q in figures_in("Payrolls grew by 1,200 jobs or 2.2 per cent last year.")] == ["up", "up"]
    assert [q.change for q in figures_in("Turnout was 40 percent or 45 percent, officials said.")] == ["=", "="]


@pytest.mark.parametrize(
    "text",
    [
        "Team 4 C won the relay.",  # no temperature in the sentence
        "The shop at 1200 W Madison Street reopened.",  # an address: West
        "She won the 100 m final.",  # a letter not before a dimension
    ],
)
def test_a_letter_apart_from_its_figure_is_no_unit_without_its_context(text) -> None:
    assert [q.unit for q in figures_in(text)] == [None]


def test_a_capital_a_with_a_space_before_a_dollar_is_the_article() -> None:
    q = _one("A $5 fee applies at the door.")
    assert (q.text, q.unit) == ("$5", "USD")


def test_a_slash_without_a_whole_number_is_not_a_fraction() -> None:
    assert figures_in("The 24/7 line opened after 9/11.") == []


def test_nine_out_of_ten_is_a_share() -> None:
    q = _one("Nine out of 10 dentists agree.")
    assert (q.value, q.unit, q.counted) == (pytest.approx(0.9), "fraction", "dentists")


@pytest.mark.parametrize(
    "text, change",
    [
        ("The economy contracted 0.3% in the spring.", "down"),
        ("Factory output expanded 2.4% last year.", "up"),
        ("The ice shelf has shrunk by 40% since 1990.", "down"),
        ("Ticket sales have fallen 12% this season.", "down"),
        ("Membership has grown 8% since May.", "up"),
    ],
)
def test_verbs_of_growing_and_shrinking_give_the_direction(text, change) -> None:
    assert _one(text).change == change


def test_money_raised_is_the_sum_not_a_rise() -> None:
    assert _one("The clinic raised $2.5m from local donors.").change == "="
    assert _one("Fares were raised by 4% this winter.").change == "up"


def test_a_part_of_a_stated_whole_counts_what_the_whole_counts() -> None:
    first, whole = figures_in("The kicker made 9 of 12 attempts on Sunday.")
    assert (first.counted, first.counted_lemma, whole.unit) == ("attempts", "attempt", "attempt")


def test_nautical_miles_and_cattle() -> None:
    assert _one("The trawler sailed 340 nautical miles north.").unit == "nautical mile"
    assert _one("Ranchers moved 800 cattle to higher ground.").unit == "cattle"


def test_people_over_an_age_are_described_not_counted() -> None:
    from corpus.extract.quantities import is_figure

    q = _one("The booster is offered to people over 65 this autumn.")
    assert (q.value, q.unit, q.change, is_figure(q)) == (65, "year of age", ">", False)
    assert [q.unit for q in figures_in("The squad has 14 players over 30.")] == ["player", None]  # not said of people


def test_a_nationality_plural_is_what_a_figure_counts() -> None:
    assert [q.counted for q in figures_in("The coach carried 40 Canadians and 12 Britons.")] == ["Canadians", "Britons"]


def test_a_new_total_counts_what_the_figure_before_it_counts() -> None:
    added, total = figures_in("The service added 3.1 million listeners, bringing its total to 92 million.")
    assert (added.unit, total.unit, total.counted) == ("listener", "listener", "listeners")


def test_a_range_keeps_a_glued_scale_on_both_ends() -> None:
    q = _one("The bank expects profit of between US$2.1bn and US$2.6bn.")
    assert (q.low, q.high, q.unit) == (2.1e9, 2.6e9, "USD")


def test_degrees_with_the_scale_letter_after_a_space() -> None:
    assert [q.unit for q in figures_in("It hit 31 degrees C at noon and 88 deg F by night.")] == [
        "celsius",
        "fahrenheit",
    ]


@pytest.mark.parametrize(
    "text, figure, said_of",
    [
        ("The probe dived at a speed of 12 knots.", "12", "speed"),
        ("Gusts of up to 90 mph hit the coast.", "up to", "Gusts"),
        ("The new hall is 40 metres long.", "40", "new hall"),
        ("Operating profit in the period fell to 3.2 billion euros.", "3.2", "Operating profit"),
        ("He was driving at 80 mph.", "80", None),  # a verb before it: no noun phrase
        ("It was 30 km away.", "30", None),  # a pronoun says nothing of what was measured
        # the subject of a verb that moves, costs or measures
        ("The Kospi 200 slid 1.4% in early trade.", "1.4", "Kospi 200"),
        ("A new kettle will cost $45 at launch.", "$45", "new kettle"),
        ("Diesel averaged about $4.10 a gallon.", "about", "Diesel"),
        ("The oil slick stretched for some nine miles.", "some", "oil slick"),
        ("Analysts said rents rose 7% in the city.", "7%", "rents"),  # a new clause after "said"
        ("The agency expects wages to rise only to 3.1% next year.", "3.1", "wages"),
        ("The team beat its points total by 12 points.", "12", None),  # "total" here is a noun
        ("She wanted to sing on stage since she was 6.", "6", None),  # a pronoun subject names nothing
        ("The March wheat contract was up 12 cents at $6.40.", "12", "March wheat contract"),
        ("The Hang Seng ended down 0.8% at 17,210.", "0.8", "Hang Seng"),
        ("Brent crude settled at $82.30 a barrel.", "$82", "Brent crude"),
        ("Inflation eased to 19 per cent in March.", "19", "Inflation"),  # more verbs of level and change
        ("Revenue has risen to $5.1 billion.", "$5", "Revenue"),
        ("The adult moths can fly more than 100 kilometres.", "more", "adult moths"),
        ("The sensors measure between 2.5 cm (1 inch) and 4 cm across.", "2.5", "sensors"),
        ("The charge stored in the cell was 3.2 volts.", "3.2", "charge"),  # a participle after its noun
        ("The pixel pitch employed was 352 μm.", "352", "pixel pitch"),
        ("However the top speed drops to 87 mph with armour.", "87", "top speed"),  # a connective opens the clause
        ("The update will boost the driving range by about 35 miles.", "about", "driving range"),  # verb's object
        # a time opening the sentence is no subject
        ("Next month the bus fare will rise to £2.90.", "£2", "bus fare"),
        ("In October the jobless rate fell to 4.2%.", "4.2", "jobless rate"),
    ],
)
def test_what_a_measurement_is_said_of(text, figure, said_of) -> None:
    from corpus.extract.measures import property_of

    assert property_of(text, text.index(figure)) == said_of


def test_a_claims_subject_names_what_its_measurement_is_of_not_its_unit() -> None:
    from corpus.extract.article import extract_article

    body = "The drill reached a depth of 900 metres on Friday, engineers said.\n"
    claims, _ = extract_article(Article("m1", "Drill report", None, [], "2025-05-02", False, "m1.txt", body))
    assert [c.subject for c in claims] == ["depth"]


def test_a_plural_acronym_is_what_a_figure_counts() -> None:
    assert [
        (q.counted, q.counted_lemma) for q in figures_in("The party lost 12 MPs and the dealer sold 300 SUVs.")
    ] == [
        ("MPs", "mp"),
        ("SUVs", "suv"),
    ]


def test_an_adjective_in_ly_before_a_plural_is_part_of_what_is_counted() -> None:
    q = _one("The service now has 40 million monthly active users.")
    assert (q.counted, q.unit) == ("monthly active users", "user")
    assert _one("Police detained 30 quickly after the march.").counted is None


@pytest.mark.parametrize(
    "text, value, change",
    [
        ("Exports fell by half last year.", 0.5, "down"),
        ("Profits were up a third on the year.", 1 / 3, "up"),
        ("The new drug cut relapses by a quarter.", 0.25, "down"),
    ],
)
def test_a_fraction_after_by_up_or_down_is_the_size_of_a_change(text, value, change) -> None:
    q = _one(text)
    assert (q.value, q.unit, q.change) == (pytest.approx(value), "fraction", change)


@pytest.mark.parametrize(
    "text",
    [
        "One analyst at the bank said rates would rise.",
        "One resident, who asked not to be named, told us the road was shut.",
        "The plan is doomed, according to one diplomat.",
    ],
)
def test_one_before_a_source_that_speaks_is_no_figure(text) -> None:
    assert figures_in(text) == []


def test_one_still_counts_what_happened_to_one() -> None:
    assert [(q.value, q.counted) for q in figures_in("One guard was hurt and the crew lost one boat she built.")] == [
        (1, "guard"),
        (1, "boat"),
    ]


def test_a_spaced_c_is_celsius_only_near_words_about_temperature() -> None:
    far = (
        "The heatwave emptied the streets of the old town on Tuesday afternoon, and later that evening the "
        "returning officer said the vote in ward 12 ended 30 C in favour."
    )
    assert [q.unit for q in figures_in(far)] == [None, None]
    assert _one("The thermometer on the pier read 38 C at noon.").unit == "celsius"


def test_a_spaced_w_after_a_is_watts_before_any_noun() -> None:
    assert _one("The kit ships with a 45 W USB-C adapter.").unit == "watt"
    assert _one("Their office is at 1200 W Lake Street.").unit is None


@pytest.mark.parametrize(
    "text, counted",
    [
        ("A 12-member panel reviewed the case.", "member"),
        ("They ordered a three course dinner.", "course"),
        ("She signed the 27-nation trade pact, officials said.", "nation"),
        ("The 40-page report finds fault with the agency.", "page"),
        ("He is a two-term Ohio senator.", "term"),
    ],
)
def test_a_figure_in_a_compound_modifier_counts_the_noun_after_it(text, counted) -> None:
    q = _one(text)
    assert (q.counted, q.counted_lemma, q.unit) == (counted, counted, counted)
    assert _one("He swung a 9-iron.").counted is None  # a name for a thing, modifying nothing
    assert _one("It is now a three-way contest.").counted is None  # an idiom: no ways are counted


def test_a_currency_joined_to_its_figure_by_a_hyphen_is_money() -> None:
    q = _one("The court imposed a 500-euro fine.")
    assert (q.text, q.unit) == ("500-euro", "EUR")


def test_a_spaced_figure_after_the_is_no_modifier() -> None:
    q = figures_in("Auditors said 4 of the 9 contain errors.")[-1]
    assert q.counted_lemma != "contain"


def test_crew_counts_people_and_is_a_modifier_before_a_plural() -> None:
    assert [q.unit for q in figures_in("The ferry carried 40 passengers and five crew.")] == ["passenger", "crew"]
    assert _one("Three crew members were rescued.").unit == "member"


def test_kilometres_per_second() -> None:
    assert _one("The probe left at 11.2 km/s.").unit == "kilometre per second"


@pytest.mark.parametrize(
    "text, values",
    [
        ("The chapel, built in 1742, seats 300 people.", [300]),
        ("The dyke must hold until 2150, engineers said.", []),
        ("Output rose by 1600 to 4100.", [1600, 4100]),
        ("The clinic saw 1650 patients in 1650 days.", [1650, 1650]),
    ],
)
def test_a_year_of_another_century_after_in_since_or_by_is_no_figure(text, values) -> None:
    assert [q.value for q in figures_in(text)] == values


@pytest.mark.parametrize(
    "text, unit",
    [
        ("The new well pumps 40,000 bpd.", "barrel per day"),
        ("Exports fell by 300,000 b/d in May.", "barrel per day"),
        ("Corn settled at $4.80 a bushel.", "USD per bushel"),
        ("Smog reached 180 micrograms per cubic metre.", "microgram per cubic metre"),
        ("Shops rent for $60 a square foot downtown.", "USD per square foot"),
    ],
)
def test_oil_and_grain_units_and_a_rate_per_a_two_word_unit(text, unit) -> None:
    assert _one(text).unit == unit


@pytest.mark.parametrize(
    "text, changes",
    [
        ("Migratory birds can fly more than 300 kilometres (186 miles) a day.", [">", ">"]),
        ("The engine makes just under 150 hp (112 kW / 152 PS).", ["<", "<", "<"]),
        ("Shares of Norvale fell 3.1%, Brixco by 1.2% and Tandem 0.8%.", ["down", "down", "down"]),
        ("Rents rose about 2.5% last month.", ["up"]),  # a rise, of about 2.5%
        ("Farmers make up about 4% of the workforce.", ["~"]),  # "make up" is no rise
        ("The firm added about 300 jobs in March.", ["~"]),  # a count of what changed
        ("Turnout was higher than 70% and costs lower than 2 million euros.", [">", "<"]),
    ],
)
def test_a_bound_or_direction_carries_to_a_conversion_or_an_elided_verb(text, changes) -> None:
    assert [q.change for q in figures_in(text)] == changes


def test_over_after_for_is_more_than_a_duration() -> None:
    (q,) = [q for q in figures_in("She has chaired the board for over 12 years, with 40 staff.") if q.unit == "year"]
    assert (q.text, q.change, q.low, q.high) == ("over 12 years", ">", 12, None)
    (q,) = [q for q in figures_in("Prices rose 20% over three years.") if q.unit == "year"]
    assert (q.text, q.change) == ("three years", "=")


@pytest.mark.parametrize(
    "text, change",
    [
        ("The vaccine reduced the risk of a stroke by 35 per cent.", "down"),
        ("The bank raised its growth forecast by 0.4 percentage points.", "up"),
        ("The mill cut its workforce by 700.", "down"),
        ("The town expanded the park by 12 hectares.", "up"),
        ("The ferry was hit by 3 waves.", "="),  # no verb of change
    ],
)
def test_a_verb_of_change_reaches_over_its_object_to_by(text, change) -> None:
    assert figures_in(text)[0].change == change


def test_a_time_of_day_is_no_figure() -> None:
    assert [q.value for q in figures_in("The polls shut at 8 p.m. after 2,100 people voted by 11 AM.")] == [2100]


@pytest.mark.parametrize(
    "text, values",
    [
        ("The survey ran Oct. 3 to 9 among 1,200 adults.", [1200]),
        ("The fair runs 4-8 June with 300 stalls.", [300]),
        ("The index rose on May 5 to 310 points.", [310]),  # a figure, not a day
    ],
)
def test_a_range_of_days_around_a_date_is_the_date(text, values) -> None:
    assert [q.value for q in figures_in(text)] == values


def test_idioms_of_one_are_no_count() -> None:
    assert figures_in("She gave one-on-one lessons. One morning she left.") == []
    assert _one("He spoke of ‘thousands of shootings’ in the city.").counted_lemma == "shooting"  # a quote, closed


@pytest.mark.parametrize(
    "text, counted",
    [
        ("Almost half of the combined 2.1M print and digital copies were sold abroad.", "print and digital copies"),
        ("Rebels hold 12 of the 40 districts.", "districts"),
        ("Police now guard 300 of the city's 1,400 schools.", "schools"),  # (the whole's owner is no part of it)
    ],
)
def test_a_figure_or_total_inside_the_of_phrase_is_not_what_is_counted(text, counted) -> None:
    assert figures_in(text)[0].counted == counted


@pytest.mark.parametrize(
    "text, value, counted",
    [
        ("Seven-tenths of members voted yes.", 0.7, "members"),
        ("Three-fifths of the council resigned.", 0.6, "the council"),
        ("A sixth of the budget went to schools.", 1 / 6, "the budget"),  # "went" is what it did
        ("Five-eighths of the land is farmed.", 0.625, "the land"),
    ],
)
def test_fractions_in_words_are_count_over_denominator(text, value, counted) -> None:
    q = figures_in(text)[0]
    assert (q.value, q.unit, q.counted) == (value, "fraction", counted)


@pytest.mark.parametrize(
    "text, value, counted, lemma",
    [
        ("That takes the number of geese culled or due to be culled to about 40,000.", 40000, "geese", "goose"),
        ("The number of oiled ducks taken to shelters has climbed to 220, the trust said.", 220, "oiled ducks", "duck"),
        ("The number of infected farms has risen to seven.", 7, "infected farms", "farm"),
        ("The count of flooded homes stood at 1,200 on Friday.", 1200, "flooded homes", "home"),
    ],
)
def test_a_figure_that_is_the_number_of_something_counts_it(text, value, counted, lemma) -> None:
    q = _one(text)
    assert (q.value, q.counted, q.counted_lemma, q.unit) == (value, counted, lemma, lemma)


def test_the_number_of_reaches_no_figure_past_another_figure_or_a_duration() -> None:
    first, second, crews = figures_in("The number of ferries fell by 3 to 40, and 12 crews were laid off.")
    assert (first.counted, second.counted) == (None, "ferries")  # the size of the change is no other figure's
    assert crews.counted == "crews"
    assert _one("The number of years he served was 12.").counted is None
    assert _one("The number of times he was stopped rose to 9.").counted is None


def test_a_time_span_between_two_listed_figures_does_not_stop_the_unit_carrying_over() -> None:
    found = figures_in(
        "Now 400 people have been out of work for one to two years and 900 who have been out of work for longer."
    )
    assert [(q.value, q.unit) for q in found if q.value] == [(400, "people"), (900, "people")]


def test_at_the_age_of_and_between_the_ages_of_are_ages() -> None:
    q = _one("He retired at the age of 62.")
    assert (q.value, q.unit, is_figure(q)) == (62, "year of age", False)
    q = _one("Children between the ages of 5 and 11 can apply.")
    assert (q.low, q.high, q.unit) == (5, 11, "year of age")


def test_a_speed_in_kilometres_per_hour_is_not_measured_in_kilometres() -> None:
    from corpus.extract.measures import measure_for

    text = "The bus was limited to 140 km/h on the motorway."
    start = text.index("140")
    assert measure_for(text, start, start + 3, None) == (None, None)
    assert _one(text).unit == "kilometre per hour"


@pytest.mark.parametrize(
    "text, counted",
    [
        ("Of the 300 passengers on board, 12 were injured.", "passengers"),
        ("Out of the 40 schools inspected, nine failed.", "schools"),
    ],
)
def test_a_part_after_of_the_whole_counts_what_the_whole_counts(text, counted) -> None:
    whole, part = figures_in(text)
    assert (part.counted, part.unit) == (counted, whole.unit)


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Rescuers pulled 14 survivors from the rubble, and 3 more on Monday.", "survivor"),
        ("The clinic saw 140 patients on Monday, compared with a daily average of 90.", "patient"),
        ("Police logged 22 burglaries last week, against an average of 20 per week.", "burglary per week"),
        ("About 1.4 million homes had no power on Friday, down from a peak of 2.3 million.", "home"),
    ],
)
def test_a_bare_number_after_and_or_an_average_of_shares_the_count_before_it(text, unit) -> None:
    assert figures_in(text)[-1].unit == unit


def test_a_change_in_points_restated_after_or_keeps_its_direction() -> None:
    found = figures_in("The bank raised rates by 25 basis points, or 0.25 percentage points, on Thursday.")
    assert [(q.unit, q.change) for q in found] == [("basis point", "up"), ("percentage point", "up")]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("The storm destroyed 1,200 homes and damaged 3,400 more.", "home"),
        ("The airline cancelled 300 flights on Monday and another 120 on Tuesday.", "flight"),
    ],
)
def test_more_of_the_same_counts_what_the_figure_before_counts(text, unit) -> None:
    assert [q.unit for q in figures_in(text)] == [unit, unit]


def test_others_beside_people_are_people_and_beside_things_are_no_named_count() -> None:
    q = figures_in("The blast killed two police officers and wounded 40 others.")[-1]
    assert (q.counted, q.counted_lemma, q.unit, q.measure) == ("others", "people", "people", "wounded")
    q = figures_in("The storm flattened seven hospitals and damaged three others.")[-1]
    assert (q.counted, q.unit) == (None, None)


@pytest.mark.parametrize(
    "text, lemma",
    [
        ("The state will replace 4,000 school buses.", "bus"),
        ("Labs sequenced 300 viruses last year.", "virus"),
        ("The storm damaged 300 houses.", "house"),
    ],
)
def test_plurals_in_es_of_nouns_in_s(text, lemma) -> None:
    assert _one(text).counted_lemma == lemma


def test_the_first_or_second_half_of_a_period_is_no_share() -> None:
    assert figures_in("The deal should close in the first half of 2025.") == []
    assert [q.value for q in figures_in("Profits fell by half in the second half of the year.")] == [0.5]


def test_an_age_set_by_a_rule_is_a_figure_not_a_persons_age() -> None:
    q = _one("The reform raises the pension age from 62 to 64.")
    assert (q.from_value, q.value, q.unit, is_figure(q)) == (62, 64, None, True)


def test_a_toll_that_climbed_past_a_figure_counts_the_dead() -> None:
    q = _one("The death toll from the landslide climbed past 2,800 on Tuesday.")
    assert (q.measure, q.unit) == ("killed", "people")


@pytest.mark.parametrize("text", ["Nearly 2,000 turned out to protest.", "About 300 marched to the town hall."])
def test_a_bare_number_that_turned_out_or_marched_counts_people(text) -> None:
    assert _one(text).unit == "people"
    assert _one("Sales of 300 rallied the market.").unit is None  # the figure is no clause's subject


@pytest.mark.parametrize(
    "text, surface",
    [
        ("The 6.9-magnitude earthquake killed 120 in the hill towns.", "6.9"),
        ("A magnitude 5.8 earthquake injured dozens of villagers on Tuesday.", "5.8"),
        ("The tremor, measuring 6.2 on the Richter scale, killed 45 villagers.", "6.2"),
        ("The quake had a magnitude of 7.1, the survey said.", "7.1"),
    ],
)
def test_a_quakes_magnitude_is_its_size_never_a_count_of_the_dead(text: str, surface: str) -> None:
    magnitude = next(q for q in figures_in(text) if q.text == surface)
    assert (magnitude.measure, magnitude.unit, magnitude.counted) == ("magnitude", "magnitude", None)


@pytest.mark.parametrize(
    "text",
    [
        "The landslide has trapped 17 miners underground.",
        "Rescuers said 17 miners are still trapped.",
        "Seventeen miners were trapped by the landslide.",
    ],
)
def test_the_outcome_verb_decides_the_measure_before_or_after_the_workers(text: str) -> None:
    assert [q.measure for q in figures_in(text)] == ["trapped"]


def test_a_verb_after_the_wholes_figure_is_not_what_the_part_counts() -> None:
    part, whole = figures_in("Officials said 9 of the 25 contain classified material.")
    assert part.counted is None and whole.counted is None
    part, whole = figures_in("Officials said 9 of the 25 files contain classified material.")
    assert part.counted_lemma == "file" and whole.counted_lemma == "file"


def test_a_counted_noun_is_not_read_across_a_coordinated_clause() -> None:
    hospitals, others = figures_in("The barrage destroyed seven hospitals and damaged three others nearby.")
    assert hospitals.measure == "destroyed" and others.value == 3
    # within one noun phrase "and" still joins modifiers: "300 Syrian and Iraqi refugees" are people
    (refugees,) = figures_in("The camp took in 300 Syrian and Iraqi refugees last year.")
    assert refugees.measure == "people"


@pytest.mark.parametrize(
    "text",
    [
        "Statute 12 expired at midnight, the ministry said.",
        "Arena 1 returns to the schedule in March.",
        "Officials said Arena 1 returns to the schedule in March.",
        "Protocol 7 was suspended after the vote.",
    ],
)
def test_a_name_and_its_number_before_a_verb_are_no_figure(text: str) -> None:
    assert figures_in(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nearly 300 protested outside the ministry.", 300),
        ("Yesterday 40 marched to the square.", 40),
        ("Kessler 12 killed in the raid, the army said.", 12),
    ],
)
def test_a_modifier_or_a_word_of_time_before_a_count_opens_no_name(text: str, value: float) -> None:
    assert [q.value for q in figures_in(text)] == [value]


def test_one_before_a_verb_in_s_counts_nothing() -> None:
    (one,) = figures_in("He said the plan gives 1 returns to the board, oddly.")
    assert one.counted is None
    (innings,) = figures_in("By then he had pitched 1 innings.")
    assert innings.counted_lemma == "inning"


@pytest.mark.parametrize(
    "text",
    [
        "The statistics office revised inflation up to 3.6% for the year.",
        "The fund revises its growth forecast up to 2.9%.",
        "Unemployment edged up to 4.1% in June.",
        "The agency on Friday revised Ostland's annual jobless rate up to 6.2%, citing late returns.",
    ],
)
def test_up_as_a_verbs_particle_is_no_upper_bound(text: str) -> None:
    (q,) = figures_in(text)
    assert (q.text[0].isdigit(), q.change, q.low, q.high) == (True, "=", q.value, q.value)


@pytest.mark.parametrize(
    "text", ["The mill plans to cut up to 900 jobs.", "The start-up hopes to raise up to $4 million this year."]
)
def test_up_to_before_a_count_or_a_sum_stays_an_upper_bound(text: str) -> None:
    (q,) = figures_in(text)
    assert (q.change, q.low) == ("<", None)


def test_closer_to_is_an_approximate_figure() -> None:
    (q,) = figures_in("Organisers said attendance was closer to 5,400.")
    assert (q.value, q.change, q.low, q.high) == (5400, "~", 5400, 5400)


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Inspectors found 14 infected farms in the valley.", "farm"),
        ("The commission ordered a recount at 14 polling stations.", "station"),
        ("Thirty farms have been infected since May.", "farm"),
        ("The number of infected farms rose to 14.", "farm"),
        ("About 800 of the mill's 2,300 workers will go.", "workers"),
        ("Three regulatory bodies approved the merger.", "body"),
        ("The fund held 30 million shares on Monday.", "shares"),
        ("The studio hired 45 new animators this spring.", "animator"),
        ("The lab now runs 3,000 samples per day.", "sample per day"),  # a rate, never a count of samples
    ],
)
def test_a_count_of_a_noun_outside_the_families_measures_that_noun(text: str, measure: str | None) -> None:
    found = figures_in(text)
    name_noun_families(found)
    assert found[0].measure == measure


@pytest.mark.parametrize(
    "text", ["Four bodies have been recovered from the rubble.", "Rescuers found 12 more bodies on Tuesday."]
)
def test_bodies_count_the_dead(text: str) -> None:
    assert [q.measure for q in figures_in(text)] == ["killed"]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Inflation eased to 4% in May.", "inflation rate"),
        ("Annual inflation in the bloc was 2.4% in March.", "inflation rate"),
        ("Unemployment edged up to 4.1% in June.", "unemployment rate"),
        ("GDP growth slowed to 1.2% in the quarter.", "economic growth"),  # (an economy's growth, session 44)
        ("Growth in sales slowed to 1.2% in the quarter.", "growth rate"),
        ("About 40% of the vote went to the Greens.", "vote share"),
        ("Sales rose 5% last year.", "sales increase"),
        ("Exports fell 12 percent from a year earlier.", "exports decrease"),
        ("The chain reported a 9% rise in sales.", "percent increase"),
        ("Walkers had a 22 per cent lower risk of stroke.", "risk decrease"),  # (a risk's move, session 40)
        ("Night-shift workers were 30% more likely to fall ill.", "percent increase"),
        ("The bank said inflation, which eased to 2.9% in May, was still too high.", "inflation rate"),
        ("Unemployment for the quarter stood at 5.1%.", "unemployment rate"),
    ],
)
def test_a_percentage_says_what_it_is_a_rate_of(text: str, measure: str) -> None:
    (q,) = figures_in(text)
    assert q.measure == measure


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The plant made 3 000 cars and 1 500 vans last year.", [3000, 1500]),
        ("The state paid 12 500 000 euros in aid.", [12_500_000]),
        ("In 2024 3 000 people moved to the island.", [3000]),
        ("Codes 12 345 678 9 were listed.", [12, 345, 678, 9]),
    ],
)
def test_a_plain_space_groups_thousands_but_never_merges_a_list(text: str, values: list[float]) -> None:
    assert [q.value for q in figures_in(text)] == values


def test_a_noun_family_leaves_the_known_families_and_the_subject_alone() -> None:
    from corpus.extract.article import extract_article

    body = "Guards said 300 prisoners and 42 cooks had left the camp.\nOf its 2,300 workers, about 800 will go.\n"
    claims, _ = extract_article(Article("a2", "Camp", "2024-05-02", [], None, False, "a2.txt", body))
    assert [q.measure for c in claims for q in c.quantities] == ["people", "cook", "workers", "workers"]
    assert claims[0].subject == "people"


def test_a_restated_number_counts_what_the_last_count_counted() -> None:
    from corpus.extract.article import extract_article

    body = (
        "The carmaker said it would cut 1,400 positions at its Orvel plant.\n"
        "The plan will cost about 90 million euros.\n"
        "The union said the true number was closer to 1,900, counting agency staff.\n"
    )
    article = Article("a1", "Cuts at Orvel", "2024-05-02", [], None, False, "a1.txt", body)
    claims, _ = extract_article(article)
    restated = next(q for c in claims for q in c.quantities if q.value == 1900)
    assert (restated.change, restated.counted_lemma, restated.unit) == ("~", "position", "position")


@pytest.mark.parametrize(
    "restating",
    [
        "The county has put that number at fewer than 9,000.",
        "An independent study estimated the figure at closer to 6,500.",
        "The governor disputed the estimate, putting the number at 8,200.",
        "That compares with 27,000 at the last election.",
    ],
)
def test_another_source_s_value_of_the_count_just_told_counts_what_it_counted(restating: str) -> None:
    from corpus.extract.article import extract_article

    body = f"Advocates said about 31,000 registered voters lacked an accepted ID.\n{restating}\n"
    article = Article("a2", "Voter ID", "2024-05-02", [], None, False, "a2.txt", body)
    claims, _ = extract_article(article)
    restated = next(q for c in claims[1:] for q in c.quantities)
    assert (restated.counted_lemma, restated.unit) == ("voter", "voter")


def test_the_figure_restated_after_a_part_of_the_count_counts_the_whole() -> None:
    from corpus.extract.article import extract_article

    body = (
        "The number of guests taken ill at the resort has risen to 86, including nine staff, health officials said.\n"
        "The hotel group had earlier put the figure at just over 50.\n"
    )
    article = Article("a3", "Resort outbreak", "2024-05-02", [], None, False, "a3.txt", body)
    claims, _ = extract_article(article)
    (restated,) = claims[1].quantities
    assert (restated.value, restated.change, restated.measure) == (50, ">", "sickened")


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("More than 200 guests at the Harbour View hotel in Brixley have fallen ill, the council said.", "sickened"),
        ("Fourteen pupils at St Anne's primary school in Dorley have been hospitalised.", "hospitalised"),
        ("Six walkers on the eastern ridge of Ben Carran were rescued overnight.", "rescued"),
    ],
)
def test_the_counted_and_where_they_were_then_what_befell_them(sentence: str, measure: str) -> None:
    (q,) = figures_in(sentence)
    assert q.measure == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll has risen to seven, the fire service said, adding that 23 people remained in hospital.",
        "Officials said 15 children were still in hospital on Sunday.",
    ],
)
def test_those_still_in_hospital_are_the_hospitalised(sentence: str) -> None:
    q = next(q for q in figures_in(sentence) if q.value in (23, 15))
    assert q.measure == "hospitalised"


def test_a_result_told_with_the_verb_of_the_count_before_counts_its_noun() -> None:
    from corpus.extract.article import extract_article

    body = (
        "The Liberal Democrats held Eastgate ward with 1,870 votes.\n"
        "The Independents took 911 and the Greens 356.\n"
        "She took 20 minutes to thank her team.\n"
    )
    claims, _ = extract_article(Article("a4", "Results", "2024-05-03", [], None, False, "a4.txt", body))
    assert [(q.value, q.counted_lemma) for c in claims[1:] for q in c.quantities] == [
        (911, "vote"),
        (356, "vote"),
        (20, None),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The club agreed a fee of 38 million euros plus 4 million in bonuses.",
        "The council spent £12 million and another 3 million on repairs.",
        "The bank lent $900 million and a further 150 million in March.",
        "It now expects sales of 2.1 billion euros, compared with a previous forecast of 2.4 billion.",
        "The group raised its bid to £610 million from an earlier offer of 540 million.",
    ],
)
def test_a_bare_sum_added_to_or_set_against_a_sum_is_in_its_currency(sentence: str) -> None:
    first, added = figures_in(sentence)
    assert first.unit is not None and added.unit == first.unit


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("A former cashier was jailed for stealing £310,000 from the club.", "stolen"),
        ("The treasurer embezzled $84,000 from the parish over six years.", "stolen"),
        ("The driver has had his sentence increased to nine years by the Court of Appeal.", "prison sentence"),
        ("Her jail term was cut to 30 months on appeal.", "prison sentence"),
    ],
)
def test_a_sum_stolen_and_a_sentence_changed_in_the_passive(sentence: str, measure: str) -> None:
    assert figures_in(sentence)[0].measure == measure


def test_an_outcome_after_another_subject_is_that_subjects() -> None:
    # (and "a third child has died" is a toll of three, told by its rank)
    q, died = figures_in(
        "Mumps cases in Vestria have risen to 840 this year and a third child has died, officials said."
    )
    assert q.measure == "cases"
    assert (died.value, died.measure) == (3, "killed")
    # the same in a second reported clause, opened by "and that"
    from corpus.extract.article import extract_article

    from .conftest import make_article

    claims, _ = extract_article(
        make_article("Head\nOfficials said 840 measles cases had been confirmed and that a third child had died.\n")
    )
    assert [q.measure for c in claims for q in c.quantities] == ["cases", "killed"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A record 640 migrants crossed the Channel on Sunday, officials said.",
        "Some 300 people arrived on Lesbos overnight.",
    ],
)
def test_people_who_crossed_or_arrived_are_arrivals(sentence: str) -> None:
    (q,) = figures_in(sentence)
    assert q.measure == "arrivals"


@pytest.mark.parametrize(
    ("sentence", "lemma"),
    [
        ("The island has opened five new bases to British forces.", "base"),
        ("The firm sold 40 jets to Indian forces.", "jet"),
    ],
)
def test_a_noun_counted_before_a_phrase_about_forces_is_the_count(sentence: str, lemma: str) -> None:
    q = figures_in(sentence)[0]
    assert q.counted_lemma == lemma and q.measure not in ("troops", "troops deployed")


def test_officers_who_took_part_in_raids_are_no_crowd() -> None:
    (q,) = figures_in("About 1,200 officers took part in the raids, prosecutors said.")
    assert q.measure != "turnout"
    (q,) = figures_in("About 1,200 people took part in the march, organisers said.")
    assert q.measure == "turnout"


@pytest.mark.parametrize(
    "sentence",
    [
        "There is no approved vaccine, but a trial of an experimental one began last week.",
        "The council wanted a new bridge, and a controversial one was chosen.",
    ],
)
def test_one_after_an_adjective_standing_for_a_noun_is_no_figure(sentence: str) -> None:
    assert figures_in(sentence) == []


def test_a_part_of_the_counted_injured_who_died_is_dead() -> None:
    part, whole = figures_in("Three of the 22 injured died in hospital overnight, officials said.")
    assert (part.measure, whole.value) == ("killed", 22)


def test_unaccounted_for_counts_the_missing() -> None:
    (q,) = figures_in("About 30 hikers are still unaccounted for after the avalanche.")
    assert q.measure == "missing"


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("She finished a 750 meter swim in record time.\n", "swim"),
        ("The kit ships with a 5 W USB-C charger.\n", "USB-C charger"),
        ("Pure tin has a 232 C melting point.\n", "melting point"),
        ("The shop ended March with sales of 5,835 units.\n", "sales"),
        ("The index fell 0.7 percent lower on Friday.\n", "index"),
    ],
)
def test_a_measure_before_a_noun_is_a_measure_of_that_noun(body: str, subject: str) -> None:
    from corpus.extract.article import extract_article

    claims, _ = extract_article(Article("a3", "Notes", "2024-05-02", [], None, False, "a3.txt", body))
    assert claims[0].subject == subject


@pytest.mark.parametrize(
    ("body", "subject"),
    [
        ("Egg prices are expected to increase between 3% and 4% this spring.\n", "Egg prices"),
        ("Imports are expected to grow 4% next year, the ministry said.\n", "Imports"),
        ("The festival pass cost me 90 euros at the gate.\n", "festival pass"),
        ("The old mill was valued at $2 million last year.\n", "old mill"),
    ],
)
def test_what_is_expected_to_move_or_is_priced_is_what_the_figure_measures(body: str, subject: str) -> None:
    from corpus.extract.article import extract_article

    claims, _ = extract_article(Article("a4", "Notes", "2024-05-02", [], None, False, "a4.txt", body))
    assert claims[0].subject == subject


def test_a_measure_in_a_range_before_its_verb_modifies_nothing() -> None:
    from corpus.extract.article import extract_article

    body = "Flats from $400,000 to $500,000 stay on the market for 60 days.\n"
    claims, _ = extract_article(Article("a5", "Notes", "2024-05-02", [], None, False, "a5.txt", body))
    assert claims[0].subject != "stay"


def test_children_and_pupils_under_an_age_are_described_not_counted() -> None:
    assert _one("Most of the cases are in children under 10 who had not been vaccinated.").unit == "year of age"
    assert _one("The free meals go to pupils over 11 in the county.").unit == "year of age"


def test_volunteers_are_troops_only_when_said_to_fight() -> None:
    assert _one("About 60 volunteers joined the search on Sunday.").measure == "people"
    assert _one("Some 2,000 foreign volunteers are fighting in the east.").measure == "troops"


def test_a_verb_in_the_past_after_a_figure_then_a_name_counts_nothing() -> None:
    q = _one("A crowd of 31,200 saw Lukas Brenner score the winner.")
    assert (q.value, q.counted_lemma) == (31200, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The fire started at about 3.40 p.m. in the kitchen.",
        "The ferry left at 7.05am with a full load.",
        "The alarm was raised at 21.30 local time.",
    ],
)
def test_a_time_of_day_with_minutes_is_no_figure(sentence: str) -> None:
    assert figures_in(sentence) == []


def test_a_range_said_to_be_the_earlier_one_is_a_range_not_a_change() -> None:
    new, old = figures_in("The firm cut its growth forecast to 2% to 4% on Friday, from 4% to 6% previously.")
    assert (new.low, new.high, old.low, old.high, old.change) == (2, 4, 4, 6, "=")


def test_a_new_total_for_a_named_span_counts_what_was_added() -> None:
    added, total = figures_in("A further 900 flights were cancelled, bringing the total for the week to 2,100.")
    assert (added.counted_lemma, total.counted_lemma, total.value) == ("flight", "flight", 2100)


def test_a_sum_named_by_what_it_was_paid_as_is_not_the_fine_beside_it() -> None:
    fine, paid = figures_in(
        "Critics said the 5 million euro fine was small for a firm that paid 80 million euros in dividends."
    )
    assert (fine.measure, paid.measure) == ("fine", "dividend")


@pytest.mark.parametrize(
    "text, low, high, written",
    [
        ("The three suspects, who were between 17 and 21 years old, were bailed.", 17, 21, "17 and 21 years old"),
        ("Bus passes are free for 16 to 19-year-olds.", 16, 19, "16 to 19-year-olds"),
        ("Bus passes are free for 16- to 19-year-olds.", 16, 19, "16- to 19-year-olds"),
        ("Bus passes are free for 16-to-19-year-olds.", 16, 19, "16-to-19-year-olds"),
        ("Pupils aged between nine and 14 took part.", 9, 14, "nine and 14"),
    ],
)
def test_a_range_of_ages_is_one_age_range_not_a_time_span(text: str, low: float, high: float, written: str) -> None:
    ages = [q for q in figures_in(text) if q.unit == "year of age"]
    assert [(q.low, q.high, q.text) for q in ages] == [(low, high, written)]


def test_a_count_before_an_age_modifier_counts_the_noun_after_the_age() -> None:
    count, age = figures_in("Officers detained two 15-year-old boys near the station.")
    assert (count.value, count.unit, count.counted) == (2, "boy", "boys")
    assert (age.value, age.unit) == (15, "year of age")


@pytest.mark.parametrize(
    "text, value, unit, change",
    [
        ("The lender trimmed its variable rate by a quarter point to 6.1%.", 0.25, "percentage point", "down"),
        ("Economists expect a half-point rise in rates next month.", 0.5, "percentage point", "="),
        ("The bank lifted its base rate by half a point to 4.75%.", 0.5, "percentage point", "up"),
        ("The grandmaster ended the event half a point behind the winner.", 0.5, "point", "="),
    ],
)
def test_a_fraction_of_a_point_is_a_figure(text: str, value: float, unit: str, change: str) -> None:
    q = figures_in(text)[0]
    assert (q.value, q.unit, q.change) == (value, unit, change)


def test_a_share_of_a_whole_written_with_a_scale_word_counts_the_noun_after_the_scale() -> None:
    share, whole = figures_in("About a third of the 2.4 million tenants are behind on rent.")
    assert (share.unit, share.counted) == ("fraction", "tenants")
    assert (whole.value, whole.counted) == (2_400_000, "tenants")


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("The region logged 14.6 burglaries per 1,000 households in 2025.", 14.6, "burglary per 1000 household"),
        ("The clinic reported 42 cases for every 100,000 people.", 42, "case per 100000 people"),
        ("Its suicide rate was 11.2 per 100,000 residents.", 11.2, "per 100000 resident"),
    ],
)
def test_a_rate_per_so_many_people_is_one_figure_with_its_base_in_the_unit(text: str, value: float, unit: str) -> None:
    assert [(q.value, q.unit) for q in figures_in(text)] == [(value, unit)]


def test_a_rate_per_so_many_people_is_never_measured_as_a_count() -> None:
    from .conftest import claimed_figures

    count, rate = claimed_figures("The city recorded 233 burglaries, or 14.6 burglaries per 1,000 households.")
    assert count.measure != rate.measure
    assert rate.measure.endswith("per 1000 household")


@pytest.mark.parametrize(
    ("text", "level", "unit"),
    [
        ("The Greens gained one seat, to 10.", 10, "seat"),
        ("Coal imports fell 40 tonnes, to 900.", 900, "tonne"),
    ],
)
def test_the_level_a_change_reached_counts_what_the_change_counted(text: str, level: float, unit: str) -> None:
    q = next(q for q in figures_in(text) if q.value == level)
    assert q.unit == unit


def test_people_on_board_are_passengers_whatever_was_sent_after() -> None:
    q = _one("The coast guard said the ferry had 52 people on board when it sent a distress call.")
    assert q.measure == "passenger"


def test_people_said_to_have_been_aboard_are_passengers() -> None:
    assert _one("Survivors said 38 people had been aboard the fishing boat.").measure == "passenger"


@pytest.mark.parametrize(
    "text, measures",
    [
        ("The judge gave him a 12-year sentence.", ["prison sentence"]),
        ("She received an 18-month suspended sentence.", ["prison sentence"]),
        ("He faces a nine-month jail term.", ["prison sentence"]),
        ("He was jailed for life with a minimum term of 22 years.", ["minimum term"]),
        ("The court ordered her to serve 90 days of treatment.", ["time span"]),
        ("The court imposed a 16-year sentence, with a minimum term of 11 years.", ["prison sentence", "minimum term"]),
        ("The mayor began a four-year term in office.", [None]),
    ],
)
def test_a_sentence_written_before_its_noun_and_a_minimum_term_are_measured_apart(
    text: str, measures: list[str | None]
) -> None:
    assert [q.measure for q in figures_in(text)] == measures


@pytest.mark.parametrize(
    "text, change",
    [
        ("The gross margin widened by 80 basis points to 31.4%.", "up"),
        ("The trade gap narrowed 9% in April.", "down"),
        ("The budget deficit widened to 4.6% of output.", "="),
    ],
)
def test_widening_and_narrowing_are_the_direction_of_a_change(text: str, change: str) -> None:
    assert figures_in(text)[0].change == change


def test_the_number_of_something_moved_by_a_change_counts_it_at_its_new_level() -> None:
    change, level = figures_in("The number of rough sleepers rose by a fifth to 4,100.")
    assert (change.unit, change.change) == ("fraction", "up")
    assert (level.value, level.counted, level.change) == (4100, "rough sleepers", "=")


def test_a_range_a_verb_of_change_governs_keeps_its_unit_glued_to_the_second_end() -> None:
    (q,) = figures_in("Average sea levels there have risen 18-23cm since 1900.")
    assert (q.low, q.high, q.unit, q.change, q.text) == (18, 23, "centimetre", "up", "18-23cm")


@pytest.mark.parametrize(
    "text",
    [
        "Core prices rose 0.3% m/m and 2.9% y/y.",
        "Rents were up 1.1% on the quarter, 6.4% on the year.",
        "Factory output fell 0.7% month-on-month and 1.8% year-on-year.",
    ],
)
def test_one_move_told_over_two_periods_keeps_its_direction(text: str) -> None:
    first, second = figures_in(text)
    assert second.change == first.change != "="


def test_a_minus_sign_before_a_currency_sign_makes_the_sum_negative() -> None:
    (q,) = figures_in("Net inflows were -€2.7bn in March.")
    assert (q.value, q.unit, q.text) == (-2.7e9, "EUR", "-€2.7bn")
    assert [(q.low, q.high) for q in figures_in("Seats cost €30-€45.")] == [(30, 45)]  # a range, no minus


def test_a_sum_raised_in_a_funding_round_is_no_rise() -> None:
    (q,) = figures_in("The lab raised a $40M seed round.")
    assert (q.value, q.change) == (40e6, "=")


@pytest.mark.parametrize(
    "text, unit", [("Lagos approved a ₦820bn budget.", "NGN"), ("The fine was ₪3.1 million.", "ILS")]
)
def test_the_naira_and_shekel_signs_are_money(text: str, unit: str) -> None:
    (q,) = figures_in(text)
    assert q.unit == unit


@pytest.mark.parametrize(
    "sentence",
    [
        "The council said repairs to the sea wall would cost €4.1 million.",
        "The upgrade of the signalling system will cost about £85 million.",
    ],
)
def test_what_work_would_cost_is_a_cost(sentence: str) -> None:
    assert [q.measure for q in figures_in(sentence)] == ["cost"]
    assert figures_in("A ticket to the final will cost €70.")[0].measure != "cost"  # one thing's price


def test_what_a_participle_of_saying_reports_is_the_thing_measured() -> None:
    from corpus.extract.measures import property_of

    text = "The mayor defended the closure, saying repairs would cost €3.2 million."
    assert property_of(text, text.index("€")) == "repairs"


def test_a_sum_analysts_expected_is_a_sum_not_a_count_of_analysts() -> None:
    actual, expected = figures_in("Profit was 2.3 billion kronor, above the 2.1 billion analysts had expected.")
    assert actual.unit == "SEK"
    assert (expected.unit, expected.counted) == ("SEK", None)
    (count,) = figures_in("About 40 analysts had expected a cut.")
    assert count.counted == "analysts"
