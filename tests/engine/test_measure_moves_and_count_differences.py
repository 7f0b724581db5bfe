"""What a bare count measures when a plural subject moved to it with any of news English's verbs of a rise or a fall
("slumped", "slipped", "recovered to"), with a longer phrase of place between the subject and its verb ("in Kent and
Sussex"), or told as a record ("rose to a record 61,400"); and a bare count after another told as how far it moved ("60
up on 2024", "1 million more than a year earlier"), a rise or a fall of what that count counts (issue 13). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Pet adoptions slumped to 112 in July.", "112", "adoption"),
        ("Cinema admissions slipped to 3,900 over the holiday.", "3,900", "admission"),
        ("Bookings recovered to 8,400 in May.", "8,400", "booking"),
        ("Referrals to the town's youth clinics hit 8,200 in May.", "8,200", "referral"),
        ("Burglaries in Kent and Sussex fell 9% to 14,300.", "14,300", "burglary"),
        ("Shoplifting offences rose to a record 61,400.", "61,400", "offence"),
    ],
)
def test_a_bare_count_a_plural_subject_moved_to(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure, change",
    [
        ("The clinic carried out 2,310 scans in 2025, 140 up on 2024.", "140", "scan", "up"),
        (
            "The courier delivered 9 million parcels, 1 million more than a year earlier.",
            "1 million",
            "deliveries",
            "up",
        ),
        ("The force logged 212 homicides last year, 23 fewer than in 2024.", "23", "homicide", "down"),
    ],
)
def test_a_bare_count_told_as_a_move_from_the_count_before(
    sentence: str, figure: str, measure: str, change: str
) -> None:
    q = _figure(sentence, figure)
    assert (q.measure, q.change) == (measure, change)
