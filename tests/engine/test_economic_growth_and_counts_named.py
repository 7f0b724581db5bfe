"""An economy's growth is one family, `economic growth`, however its verb or noun tells it ("grew at a 2.4%
annualised rate", "GDP shrank 0.2%", "is forecast to expand 1.3%", "GDP growth slowed to 0.6%"; was `share`, a bare
percent move or `growth rate`), and so is a percentage restating it later in its sentence ("revising down its earlier
estimate of 1.9%"); months told as a span give their quarter ("from July through September", "between January and
March"), a quarter of a fiscal year none ("the second quarter of fiscal 2027"; was the calendar quarter); a count
named "the count of" or "the tally of" is read as "the number of" is; "<animal> numbers" with a place phrase of
several words before the verb count that animal; sailors and pilots a military body takes on are its recruits (issue
13). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str, published: str = "2026-10-20"):
    claims, _ = extract_article(make_article(sentence + "\n", published=published))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The island's economy grew at a 2.4% annualised rate in the spring, the bureau said.", "2.4%"),
        ("Gross domestic product shrank 0.2% in the three months to June.", "0.2%"),
        ("Canada's economy expanded an annualized 1.7% in the second quarter.", "1.7%"),
        ("The economy is forecast to expand 1.3% next year, the treasury said.", "1.3%"),
        ("The republic's economy contracted by 0.9% last year as exports slumped.", "0.9%"),
        ("GDP growth slowed to 0.6% in the third quarter, official figures showed.", "0.6%"),
        ("Economic growth of 1.1% is the weakest since 2020.", "1.1%"),
    ],
)
def test_an_economys_growth_is_one_family(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "economic growth"


def test_a_percentage_restating_the_growth_is_of_it_and_other_figures_are_not() -> None:
    sentence = "The economy grew at a 2.1% annual pace, the agency said, revising down its earlier estimate of 2.3%."
    assert _figure(sentence, "2.3%").measure == "economic growth"
    assert _figure(
        "GDP rose 0.4% in the quarter, slower than the 0.7% pace of the quarter before.", "0.7%"
    ).measure == ("economic growth")
    # (a forecast of it stays a forecast; a target is no growth reported)
    assert _figure("The economy expanded 0.4% in the quarter, beating a forecast of 0.2%.", "0.2%").measure == (
        "economic growth forecast"
    )
    assert _figure("The economy grew 1.4% last year, short of the government's 2% target.", "2%").measure != (
        "economic growth"
    )
    # (what else moved in the sentence keeps its own family; bare "output" and "sales growth" are no economy's)
    assert _figure("The economy grew 2% last year while inflation rose to 4%.", "4%").measure == "inflation rate"
    assert _figure("Sales growth slowed to 3% in the quarter.", "3%").measure == "growth rate"
    assert _figure("Output at the plant rose 6% in the quarter.", "6%").measure != "economic growth"


@pytest.mark.parametrize(
    "sentence, figure, period",
    [
        ("The economy grew at a 1.8% annual pace from July through September.", "1.8%", "2026-Q3"),
        ("Retail sales rose 3% between January and March.", "3%", "2026-Q1"),
        ("Retail sales rose 3% between January and March 2025.", "3%", "2025-Q1"),
        ("Revenue fell 4% in the second quarter of fiscal 2026.", "4%", None),
        ("Revenue fell 4% in the first half of its financial year.", "4%", None),
        ("Revenue fell 4% in the second quarter of 2025.", "4%", "2025-Q2"),
    ],
)
def test_months_told_as_a_span_give_their_quarter_and_a_fiscal_quarter_none(
    sentence: str, figure: str, period: str | None
) -> None:
    assert _figure(sentence, figure).period == period


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The count of people without a job fell by 6,000 to 98,000 over the winter.", "98,000", "unemployed"),
        ("The count of people without a job fell by 6,000 to 98,000 over the winter.", "6,000", "unemployed"),
        ("The tally of people out of work rose to 1.2 million.", "1.2 million", "unemployed"),
        ("The count of people waiting for surgery hit 7,300.", "7,300", "waiting list"),
        ("The count of homes without power fell to 12,000 by the evening.", "12,000", "without power"),
    ],
)
def test_a_count_or_tally_of_is_a_number_of(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure
    # (a count of a charge stays what it was)
    assert _figure("He was convicted on one count of fraud and 3 counts of theft.", "3").measure != "unemployed"


@pytest.mark.parametrize(
    "sentence, figure, counted",
    [
        ("Otter numbers on the upper river have climbed to about 340.", "340", "otters"),
        ("Seal numbers along the rocky north coast fell to 2,150.", "2,150", "seals"),
        ("Crane numbers at the restored wetland reserve rose to 96 this spring.", "96", "cranes"),
    ],
)
def test_animal_numbers_with_a_place_phrase_count_the_animal(sentence: str, figure: str, counted: str) -> None:
    assert _figure(sentence, figure).counted == counted


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The navy signed up 2,700 new sailors last year.", "2,700"),
        ("The air force took on 640 trainee pilots in 2025.", "640"),
    ],
)
def test_sailors_and_pilots_a_force_takes_on_are_recruits(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "recruits"
    # (an airline's pilots are no one's recruits)
    assert _figure("The airline hired 300 pilots last year.", "300").measure != "recruits"


@pytest.mark.parametrize(
    "sentence, figure, family",
    [
        ("Officers made 1,460 arrests during the fortnight of checks.", "1,460", "detained"),
        ("Border guards logged 270 detentions in the first week.", "270", "detained"),
        ("Medics counted 58 hospitalisations in the first week of the outbreak.", "58", "hospitalised"),
    ],
)
def test_a_count_of_a_readers_word_for_a_family_is_that_family(sentence: str, figure: str, family: str) -> None:
    assert _figure(sentence, figure).measure == family
    # (a count of a word for a family of sums counts no sum; words that name other things too are no family's)
    assert _figure("The lottery paid out 14 jackpots this year.", "14").measure == "jackpot"
    assert _figure("Victims reported 380 scams to the helpline.", "380").measure == "scam"
    assert _figure("The account made 1,200 posts last month.", "1,200").measure == "post"
    # (things counted keep their own noun's name: the cross-references merge "vessels" with "ships")
    assert _figure("About 45 vessels were waiting off the port on Monday.", "45").measure != "ships"
