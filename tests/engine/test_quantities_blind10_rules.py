"""Quantity rules found by blind set 10 (tests/data/quantities_blind10.json), each on sentences of our own."""

from __future__ import annotations

import pytest

from .conftest import figures_in


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Hamilton pitted on lap 31 and came out in sixth.", []),
        ("The crash on lap 7 of the race brought out the safety car.", []),
        ("She swam from lane 4 and touched first in 52.3 seconds.", [52.3]),
        ("The Briton won heat 2 in a season's best.", []),
        ("By lap 40 of 57, six cars had retired.", [57, 6]),
    ],
)
def test_a_lap_a_lane_or_a_heat_numbered_is_no_figure(text: str, kept: list[float]) -> None:
    assert [q.value for q in figures_in(text)] == kept


@pytest.mark.parametrize(
    "text, values",
    [
        ("The chamber now stands at Republicans 218, Democrats 215, with two seats empty.", [218, 215, 2]),
        ("The final tally was Labour 402, Conservatives 119 and Liberals 64.", [402, 119, 64]),
    ],
)
def test_a_party_before_its_seats_in_a_tally_is_a_count_not_a_name(text: str, values: list[float]) -> None:
    assert [q.value for q in figures_in(text)] == values


def test_a_name_before_a_number_still_names_it() -> None:
    assert figures_in("The Big 12 schools meet in Dallas.") == []


@pytest.mark.parametrize(
    "text",
    [
        "City played the last half hour with one fewer man.",
        "For the mayor it is one less thing to worry about.",
    ],
)
def test_one_fewer_or_one_less_is_no_count(text: str) -> None:
    assert [q.value for q in figures_in(text) if q.value == 1] == []


def test_one_before_a_counted_noun_still_counts() -> None:
    (q,) = figures_in("One man was arrested at the scene.")
    assert q.value == 1


@pytest.mark.parametrize(
    "text, date, kept",
    [
        ("Only 90 wolves roamed the park two decades ago.", "2006", [90]),
        ("The town had 4,000 people a decade ago.", "2016", [4000]),
        ("Three decades ago the mill employed 900 workers.", "1996", [900]),
    ],
)
def test_decades_ago_is_a_date_not_a_span(text: str, date: str, kept: list[float]) -> None:
    from corpus.extract.dates import find_dates, resolve

    (mention,) = find_dates(text)
    assert resolve(mention, "2026-05-20", False)[0] == date
    assert [q.value for q in figures_in(text)] == kept


@pytest.mark.parametrize(
    "text, unit",
    [
        # (drugs seized or found: `seized`, test_amounts_votes_and_points.py, test_economic_growth_and_counts_named.py)
        ("Border guards found 640 kg of undeclared rice.", "kilogram"),
        ("The country bought about 3,500 metric tons of wheat.", "tonne"),
        ("The country bought about 3,500 tonnes of wheat.", "tonne"),
        ("The vault holds 48,000 ounces of silver.", "ounce"),  # (produced: `output`)
        ("The barge carried 900 tons of coal.", "ton"),
        ("Inspectors found 35 grams of gold dust.", "gram"),
    ],
)
def test_a_mass_is_measured_in_its_unit(text: str, unit: str) -> None:
    (q,) = figures_in(text)
    assert (q.unit, q.measure) == (unit, unit)


@pytest.mark.parametrize(
    "text",
    [
        "The truck weighs 7,500kg when loaded.",
        "The bell weighed about 3 tonnes.",
        "Each panel weighs just 19 pounds.",
    ],
)
def test_what_weighs_a_mass_has_it_as_its_weight(text: str) -> None:
    (q,) = figures_in(text)
    assert q.measure == "weight"


def test_a_dose_is_no_mass_measure() -> None:
    (q,) = figures_in("Patients took 20mg of the drug.")
    assert q.measure != "milligram"


@pytest.mark.parametrize(
    "text, measure",
    [
        ("Of the 40 people hurt in the blast, nine remain in critical condition.", "critical condition"),
        ("Two workers are in a serious condition after the fall.", "serious condition"),
    ],
)
def test_the_state_the_hurt_are_said_to_be_in_is_their_measure(text: str, measure: str) -> None:
    assert figures_in(text)[-1].measure == measure


def test_what_weighs_a_mass_stays_the_claims_subject() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    body = "The scooter weighs just 14 kilograms and costs 399 euros.\n"
    claims, _ = extract_article(Article("t1", "New scooter", None, [], "2026-03-04", False, "t1.txt", body))
    assert [c.subject for c in claims] == ["scooter"]


@pytest.mark.parametrize(
    "text, measure",
    [
        ("The judge set bail at $75,000 for the driver.", "bail"),
        ("His bail was later set at C$40,000.", "bail"),
        ("Her starting salary will be £28,500 a year from April.", "payment per period"),
        ("The median salary in the city rose to $61,200.", "salary"),
        ("Average weekly earnings in retail were £512.", "salary"),
        ("The average price of a flat in the district hit €410,000.", "price"),
        ("Day passes, priced at £18, go on sale on Monday.", "price"),
        ("Gold prices climbed 1.2% to $2,410 an ounce.", "price"),
        ("The deal gives the software maker a valuation of $6.5bn.", "valuation"),
        ("The offer valued the chain at £1.9bn.", "valuation"),
        ("Turnover at the brewer fell 4% to €880m in the year.", "revenue"),
        ("Annual sales of the vaccine reached $3.1bn.", "revenue"),
        ("Operating profit slipped to ¥92bn in the quarter.", "profit"),
        ("Net income came in at $640 million.", "profit"),
    ],
)
def test_a_sum_named_before_it_has_its_family(text: str, measure: str) -> None:
    (q,) = [q for q in figures_in(text) if q.unit and q.unit.split()[0].isupper()]
    assert q.measure == measure


@pytest.mark.parametrize(
    "text",
    [
        "The group expects revenue of $4bn next year.",  # an outlook: the cross-references tell it from a result
        "Analysts see full-year profit at about $1.1bn.",
        "The council paid £2m in wages and £1m for repairs.",  # what a sum was paid as, after it
        "Sales rose, and the firm spent $40m on a new plant.",  # another clause
    ],
)
def test_no_family_for_an_outlook_a_sum_paid_as_or_a_sum_of_another_clause(text: str) -> None:
    families = {"bail", "salary", "price", "valuation", "revenue", "profit"}
    assert not [q for q in figures_in(text) if q.measure in families]


def test_a_sums_family_keeps_the_claims_subject_what_the_words_name() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    body = "Bail for the driver was set at $75,000 on Tuesday, the court said.\n"
    claims, _ = extract_article(Article("t1", "Driver in court", None, [], "2026-03-04", False, "t1.txt", body))
    assert [q.measure for c in claims for q in c.quantities] == ["bail"]
    assert "bail" not in {c.subject for c in claims}


def test_two_reports_of_different_bails_are_no_conflict() -> None:
    from .conftest import links_of, make_article

    a = make_article("Bail for the driver was set at $75,000 on Tuesday.\n", "2026-03-04", title="Driver in court")
    b = make_article("Bail for the driver was set at $2 million on Tuesday.\n", "2026-03-05", title="Driver in court")
    assert not [link for link in links_of(a, b) if link[0] in ("conflicts", "updates", "corroborates")]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The court granted him bail of R20,000.", 20000),
        ("Each household will receive R1,250 a month.", 1250),
    ],
)
def test_rand_with_thousands_is_money(text: str, value: float) -> None:
    (q,) = figures_in(text)
    assert (q.value, q.unit.split()[0]) == (value, "ZAR")


def test_a_road_named_r_and_a_number_is_still_no_money() -> None:
    assert [q.unit for q in figures_in("Take the R61 towards the coast for 40 km.")] == ["kilometre"]


@pytest.mark.parametrize(
    "word, lemma", [("blazes", "blaze"), ("prizes", "prize"), ("waltzes", "waltz"), ("boxes", "box")]
)
def test_a_plural_in_zes_keeps_its_e(word: str, lemma: str) -> None:
    from corpus.extract.units import singular

    assert singular(word) == lemma


@pytest.mark.parametrize(
    "body, date",
    [
        ("Median download speeds reached 188Mbps, twice the 2021 figure.", None),
        ("Museum visits climbed to 2.1 million last year, 91% of their 2019 level.", "2025"),
        ("Orders rose 6% in 2025, still below the 2018 peak.", "2025"),
        ("The 2024 total reached 310 deaths.", "2024"),  # the figure is the year's own
    ],
)
def test_a_year_of_what_a_figure_is_set_against_is_not_the_claims_date(body: str, date: str | None) -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    claims, _ = extract_article(Article("t1", "Figures out", None, [], "2026-03-04", False, "t1.txt", body + "\n"))
    assert {c.date for c in claims if c.quantities} == {date}


@pytest.mark.parametrize(
    "text, change",
    [
        ("The guard averaged 17.2 points a game last season.", "~"),
        ("Petrol prices are averaging $1.42 a litre.", "~"),
        ("Rainfall was an average of 41mm a month.", "="),  # an average stated as a figure
    ],
)
def test_the_verb_of_an_average_makes_its_figure_approximate(text: str, change: str) -> None:
    (q,) = figures_in(text)
    assert q.change == change


def test_the_owner_of_a_whole_is_not_what_its_part_counts() -> None:
    part, whole = figures_in("Nine of the county's 31 libraries will shut in May.")
    assert (part.counted, whole.counted) == ("libraries", "libraries")


def test_a_bare_figure_after_an_average_of_several_years_shares_the_unit_before() -> None:
    first, _span, average = figures_in("Milk output reached 6.2 tonnes a cow, against a three-year average of 5.9.")
    assert average.unit == first.unit == "tonne"
