"""A level passed is a lower bound in every form of its verb, a headline's present above all ("Death toll passes 200",
"Quake deaths top 200", "is expected to top 5,000", "broke the 1 million mark"; was exact), never a count of what was
passed nor "the top 10"; a sum taken by deceit from those named before it is `fraud` ("fleeced victims of £212
million", "conned pensioners out of £1.4m"; was `amount`) (issue 13; the lead's request of session 43). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str, published: str = "2026-08-10"):
    claims, _ = extract_article(make_article(sentence + "\n", published=published))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Flood death toll passes 140 in the delta", "140"),
        ("Landslide deaths top 60 as rescuers dig on", "60"),
        ("The storm's death toll tops 75, officials say", "75"),
        ("The number of dead surpassed 380 on Sunday.", "380"),
        ("The death toll, passing 90 on Tuesday, is expected to rise.", "90"),
        ("Confirmed infections are expected to top 4,000 by Friday.", "4,000"),
        ("Pledges to the appeal broke the 2 million mark overnight.", "2 million"),
        ("Delta flood deaths pass 3,000 as rescuers dig", "3,000"),
    ],
)
def test_a_level_passed_is_a_lower_bound(sentence: str, figure: str) -> None:
    q = _figure(sentence, figure)
    assert (q.change, q.low, q.high) == (">", q.value, None)
    # (never a count of what was passed, nor "the top 10", nor a record broken in a unit)
    assert _figure("The assembly passed 14 bills before the recess.", "14").change == "="
    assert _figure("The region's top 10 employers cut hours.", "10").change == "="
    assert _figure("She broke 4 minutes for the mile at last.", "4 minutes").change == "="


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Phone scammers fleeced victims of £38 million in the first half.", "£38 million"),
        ("A scheme that cheated savers of $61 million has been shut down.", "$61 million"),
        ("The couple conned elderly neighbours out of £1.4m over six years.", "£1.4m"),
        ("The clerk defrauded the council of £230,000.", "£230,000"),
    ],
)
def test_a_sum_taken_by_deceit_is_fraud(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "fraud"
    # (a sum stolen stays stolen)
    assert _figure("Burglars stole £60,000 from the safe.", "£60,000").measure == "stolen"
