"""What a sum, a percentage or a measurement is of, when it counts no noun: the noun phrase the sentence says it is
of, kept as the figure's counted thing (the level after a move is of the moved thing), and nothing where the words
name no thing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _counted(sentence: str, text: str) -> str | None:
    claims, _ = extract_article(Article("mo", "Figures", None, [], "2026-09-09", False, "mo.txt", sentence + "\n"))
    return next(q.counted for c in claims for q in c.quantities if q.text.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, counted",
    [
        # the subject of the verb the figure measures
        ("Copper output at the mine slipped 4% in the year.", "4%", "Copper output"),
        ("The ferry ticket will cost €38 from May.", "€38", "ferry ticket"),
        ("Voter turnout was 61.5%, the electoral board said.", "61.5%", "Voter turnout"),
        # "X of N": the noun before "of"
        ("The storm brought gusts of 112km/h to the harbour.", "112km/h", "gusts"),
        ("The striker joined the club for a fee of £31m.", "£31m", "fee"),
        # the level after a move, or a level set against another, is of the moved thing
        ("Wheat exports fell 12% to $3.4 billion in the season.", "$3.4 billion", "Wheat exports"),
        ("Average rents rose to €1,210 from €1,150 a year earlier.", "€1,150", "Average rents"),
    ],
)
def test_a_measured_figure_counts_what_it_is_said_of(sentence: str, text: str, counted: str) -> None:
    assert _counted(sentence, text) == counted


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("The total now stands at £4.2m, the charity said.", "£4.2m"),  # the figure's own word, no thing
        ("He said it would cost about $90 million.", "$90 million"),  # a pronoun names nothing
    ],
)
def test_no_thing_where_the_words_name_none(sentence: str, text: str) -> None:
    assert _counted(sentence, text) is None


def _measure(sentence: str, text: str) -> str | None:
    claims, _ = extract_article(Article("mo", "Figures", None, [], "2026-09-09", False, "mo.txt", sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        # a move by so many percent of a common noun's phrase is that thing's move
        ("Road injuries in the county fell 14% last year.", "14%", "road injuries decrease"),
        ("Donations to the appeal dropped 9% in the spring.", "9%", "donations decrease"),
        ("The town's footfall rose 6% over Easter.", "6%", "footfall increase"),
        # a company, a country or a person moves by a percentage of nothing named
        ("Nintendo fell 4% in Tokyo trading.", "4%", "percent decrease"),
        ("Starbucks rose 2% after the results.", "2%", "percent increase"),
    ],
)
def test_a_percentage_move_of_a_named_thing_is_its_move(sentence: str, text: str, measure: str) -> None:
    assert _measure(sentence, text) == measure
