"""A percentage is the rate its own clause names, and a rate of one part ("food price inflation") is not the
general rate (issue 12). Sentences written for these tests."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.frames import frame_measure

from .conftest import make_article


def _measures(sentence: str) -> dict[str, str | None]:
    article = make_article(sentence + "\n")
    (claim,) = [c for c in extract_article(article)[0] if c.quantities]
    return {q.text: frame_measure(q, claim) for q in claim.quantities}


def test_each_figure_is_the_rate_its_own_clause_names() -> None:
    found = _measures(
        "The central bank held its interest rate at 3.75% on Tuesday, a day after data showed inflation easing to 2.6%."
    )
    assert found == {"3.75%": "interest rate", "2.6%": "inflation rate"}


def test_a_price_inflation_of_one_part_is_not_the_inflation_rate() -> None:
    assert set(_measures("Food price inflation stayed at 6.1% in March.").values()) == {"food inflation rate"}
    assert set(_measures("House price inflation slowed to 1.9% last month.").values()) == {"house inflation rate"}


def test_an_outcome_among_a_group_counts_the_outcome_not_the_group() -> None:
    assert set(
        _measures(
            "Casualties among Kovarian troops in the southern delta region have now reached about 1,900."
        ).values()
    ) == {"casualties"}
    assert set(_measures("Kovarian troops in the delta have risen to 9,000.").values()) == {"troops"}
