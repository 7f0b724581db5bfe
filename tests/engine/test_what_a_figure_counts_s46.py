"""What a figure counts, read from the statistic it is told of and the words around it (issue 13, session 46):
a statistic named as the subject of a bare figure is its family past "a record" ("Net emigration hit a record
88,000": was none) and after "stands at"; a backlog is one with no noun before it ("The backlog of asylum appeals
reached 41,300"); the number of people in a state is of that state ("The number of people sheltering in evacuation
centres rose to 8,900": displaced, was `people`); jobs cut told by any noun of jobs are `jobs` ("axe 1,100 posts",
"shedding 640 roles"; were `post`, `role`) and jobs added or created `jobs added` (was `jobs`, the family of cuts); a
fire or its footprint as the subject of an area is the area burned ("The blaze has grown to 33,000 acres": was
`acre`); a percentage move told again against another time, its verb left out, is the same move ("grew 0.2% on the
quarter and 1.4% on a year earlier"); a growth forecast of the IMF or the OECD is one however its noun is told
("trimmed its global growth forecast", "cut its forecast for world growth"), and a tariff, a duty or a tax after a
preposition or a conjunction is no rate of the figure before ("cut its outlook to 2.9% on tariffs", "fell 7% after
duties rose": were `tariff rate`, `duty rate`); the Dax and the Cac 40 are indices however their names are cased.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str, published: str = "2026-09-14"):
    claims, _ = extract_article(make_article(sentence + "\n", published=published))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Net emigration from the islands hit a record 88,000 in the year to March.", "88,000", "emigration"),
        ("Enrolment at the province's universities climbed to a record 412,000 this autumn.", "412,000", "enrolment"),
        ("The court backlog stands at 63,700, the justice ministry said.", "63,700", "backlog"),
        ("The backlog of asylum appeals reached 41,300 at the end of May.", "41,300", "backlog"),
        ("The number of people sheltering in evacuation centres rose to 8,900 overnight.", "8,900", "displaced"),
        ("The number of families living in relief camps stood at 17,200 on Friday.", "17,200", "displaced"),
        ("The number of people sleeping rough in the city rose to 1,460 last autumn.", "1,460", "rough sleeping"),
    ],
)
def test_a_statistic_named_as_the_subject_is_the_figures_family(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_the_level_a_count_moved_to_counts_what_its_move_counts() -> None:
    sentence = "Claims for jobseeker's allowance jumped 23,000 in March to 1.12 million, the agency said."
    assert _figure(sentence, "1.12 million").measure == _figure(sentence, "23,000").measure
    # (the time the move took may be "in a decade", before a level after a percentage)
    sentence = "Admissions for heatstroke have risen by 140% in a decade, to 2,310 last summer."
    assert _figure(sentence, "2,310").measure == "admissions"


def test_a_backlog_told_with_its_own_noun_is_the_backlog() -> None:
    assert _figure("The backlog at the tribunal has grown to 48,600 claims.", "48,600").measure == "backlog"


def test_a_statistic_keeps_what_it_had_where_nothing_names_it() -> None:
    # (a record of something no statistic names stays as it was; people killed are still the killed)
    assert _figure("The number of people killed in the landslide rose to 64.", "64").measure == "killed"
    assert _figure("The number of people out of work fell to 1.31 million.", "1.31 million").measure == "unemployed"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The insurer will axe 1,100 posts across its regional offices.", "1,100"),
        ("The broadcaster is shedding 640 roles to save £90m.", "640"),
        ("The carmaker plans to eliminate 2,300 positions in Spain.", "2,300"),
        ("Around 450 roles will go when the call centre closes in March.", "450"),
        ("The bank said 380 positions would be cut at its head office.", "380"),
        ("The brewer will cut 900 jobs over three years.", "900"),
    ],
)
def test_jobs_cut_are_one_family_whatever_noun_tells_them(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "jobs"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Employers added 96,000 jobs in August, the statistics office said.", "96,000"),
        ("The battery plant will create 1,700 jobs in the valley.", "1,700"),
        ("The new terminal will bring 2,400 jobs to the town.", "2,400"),
    ],
)
def test_jobs_added_are_a_family_of_their_own(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "jobs added"


def test_roles_and_posts_that_are_no_jobs_keep_their_noun() -> None:
    assert _figure("The actress has played 35 roles on stage.", "35").measure == "role"
    assert _figure("The platform took down 12,000 posts last week.", "12,000").measure != "jobs"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The blaze has grown to 33,000 acres, fire officials said.", "33,000 acres"),
        ("The fire's footprint swelled to 7,800 hectares overnight.", "7,800 hectares"),
        ("The burned area now stands at roughly 2,250 hectares.", "2,250 hectares"),
        ("The wildfire now covers 16,400 acres of national forest.", "16,400 acres"),
    ],
)
def test_the_area_a_fire_grew_to_is_the_area_burned(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "area burned"


def test_an_area_told_burned_after_it_is_the_area_burned() -> None:
    sentence = "Some 5,600 hectares of heathland have been burned since the fire started on Sunday."
    assert _figure(sentence, "5,600 hectares").measure == "area burned"
    assert _figure("About 700 acres of barley were planted.", "700 acres").measure != "area burned"


def test_an_area_of_no_fire_or_a_fires_growth_by_stays_an_area() -> None:
    assert _figure("The estate covers 2,900 hectares of moorland.", "2,900 hectares").measure != "area burned"
    assert _figure("Floodwater now covers 9,100 hectares of farmland.", "9,100 hectares").measure != "area burned"
    assert _figure("The fire grew by 4,000 acres on Tuesday.", "4,000 acres").measure != "area burned"


def test_a_move_told_again_against_another_time_is_the_same_move() -> None:
    sentence = "The economy grew 0.2% on the quarter in the three months to June, and 1.4% on a year earlier."
    again = _figure(sentence, "1.4%")
    assert (again.measure, again.change, again.period) == ("economic growth", "up", "2026-Q2")
    sentence = "Sales at the chain rose 4% in the second quarter and 6% year on year."
    assert _figure(sentence, "6%").measure == _figure(sentence, "4%").measure == "sales increase"
    # (a move of another thing has a verb of its own)
    sentence = "The economy grew 0.2% in the second quarter, and imports fell 3% on a year earlier."
    assert _figure(sentence, "3%").measure == "imports decrease"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The IMF trimmed its global growth forecast to 2.9% on tariffs.", "2.9%"),
        ("IMF cuts world growth forecast to 2.9% as trade war bites", "2.9%"),
        ("The OECD cut its forecast for world growth to 3.0%, citing higher duties.", "3.0%"),
    ],
)
def test_a_growth_forecast_is_one_however_its_noun_is_told(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "economic growth forecast"


def test_a_forecasters_other_growth_is_no_economys() -> None:
    assert _figure("The retailer's economists cut its sales growth forecast to 2%.", "2%").measure != (
        "economic growth forecast"
    )


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Shipments to the US fell 7% after duties rose.", "7%"),
        ("Car exports slumped 14% as tariffs took hold.", "14%"),
        ("The bank cut its outlook to 1.2% on tariffs.", "1.2%"),
    ],
)
def test_a_levy_after_a_preposition_or_a_conjunction_is_no_rate_of_the_figure(sentence: str, figure: str) -> None:
    assert not (_figure(sentence, figure).measure or "").endswith(("tariff rate", "duty rate"))


def test_a_levy_right_after_the_figure_is_its_rate() -> None:
    assert _figure("The government imposed a 35% import duty on steel.", "35%").measure == "duty rate"
    assert _figure("Washington slapped a 25% tariff on the cars.", "25%").measure == "tariff rate"


def test_the_dax_and_the_cac_40_are_indices_however_cased() -> None:
    sentence = "Frankfurt's Dax closed down 1.1% at 23,480 on Thursday."
    assert _figure(sentence, "1.1%").measure == "dax index decrease"
    level = _figure(sentence, "23,480")
    assert (level.unit, level.measure) == ("point", "dax index")
    assert _figure("The Cac 40 rose 0.6% to 7,912 in Paris.", "7,912").measure == "cac 40 index"


def test_a_restated_count_told_as_wider_than_the_last_takes_no_family_of_it() -> None:
    # (the union's count takes in others the company's does not: no value of the jobs it cuts)
    body = (
        "Harlow Foods said it would cut 1,300 jobs at its bakeries. The bakers' union said the real number was "
        "closer to 1,700, because some 400 agency staff would also lose their shifts."
    )
    claims, _ = extract_article(make_article(body + "\n", published="2026-09-14"))
    restated = next(q for c in claims for q in c.quantities if q.text.endswith("1,700"))
    assert restated.measure != "jobs"
    # (restated with no reason it is wider, it is the same count)
    body = "Harlow Foods said it would cut 1,300 jobs at its bakeries. The union said the real number was 1,700."
    claims, _ = extract_article(make_article(body + "\n", published="2026-09-14"))
    assert next(q for c in claims for q in c.quantities if q.text.endswith("1,700")).measure == "jobs"


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Food inflation stuck at 5.3% in October, the agency said.", "5.3%", "inflation rate"),
        ("Economists put unemployment across the northern regions at 7.9% in the spring.", "7.9%", "unemployment rate"),
    ],
)
def test_a_rate_named_by_its_noun_however_its_level_is_told(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_jobs_lost_with_a_closure_are_jobs_cut() -> None:
    assert _figure("The chain is closing 23 stores, with the loss of 2,150 roles.", "2,150").measure == "jobs"


def test_a_noun_after_a_clause_opening_word_is_no_count_of_the_figure() -> None:
    level = _figure("The Nikkei fell 2.4% to 37,880 on Monday as carmakers slid.", "37,880")
    assert (level.unit, level.measure) == ("point", "nikkei index")
    level = _figure("The FTSE 100 closed at 8,415 while miners rallied.", "8,415")
    assert (level.unit, level.measure) == ("point", "ftse 100 index")


def test_the_months_a_move_is_set_against_are_a_span_of_time() -> None:
    sentence = "The economy grew 0.3% in the second quarter compared with the preceding three months."
    assert _figure(sentence, "three months").measure == "time span"


def test_the_measurement_a_thing_moved_to_after_a_percentage_is_of_that_thing() -> None:
    sentence = "Tree cover in the reserve shrank 22% to 1,940 square kilometres last year."
    assert _figure(sentence, "1,940 square kilometres").measure == "tree cover"
    sentence = "Glacier ice on the range shrank 9% to 3.8 cubic kilometres."
    assert _figure(sentence, "3.8 cubic kilometres").measure == "glacier ice"
