"""What a figure measures where its subject names the count by a singular head ("The burglary count fell to 1,840",
"Its subscriber base grew to 88 million", "The waiting list fell by 3,100 to 61,200") or a flow of things ("Sales of
folding bikes topped 2 million"), the level a named thing's percentage move ended at, and the change "by N to M" as
its level, a sum settling a suit however told (issue 13); an outcome the words deny ("but no deaths") names no
one's count, and infections are cases. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str, published: str = "2026-08-10"):
    claims, _ = extract_article(make_article(sentence + "\n", published=published))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The region's burglary count dropped to 1,840 last year.", "1,840", "burglary"),
        ("The province's death count rose to 41 on Sunday.", "41", "killed"),
        ("The streaming service's subscriber base grew to 88 million.", "88 million", "subscriber"),
        ("The waiting list for council flats fell by 3,100 to 61,200.", "3,100", "waiting list"),
        ("The waiting list for council flats fell by 3,100 to 61,200.", "61,200", "waiting list"),
        ("Waiting lists for hip operations grew by 9,400 to a record 412,000.", "412,000", "waiting list"),
        ("Sales of folding bikes topped 2 million last year.", "2 million", "sales"),
        ("Shipments of the group's tablets fell 9% to 3.2 million in the quarter.", "3.2 million", "shipments"),
        ("The number of people sleeping rough rose by 820 to 4,900 in the spring.", "820", "rough sleeping"),
    ],
)
def test_a_count_named_by_its_subject(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "named, unnamed",
    [
        # a report counts no injured; sales of things do count them
        (
            ("Sales of folding bikes topped 2 million.", "2 million"),
            ("Reports of injuries have risen to nine.", "nine"),
        ),
        # a base of sums, not of people
        (("Its user base grew to 41 million.", "41 million"), ("The tax base grew to 41 million.", "41 million")),
        # a name before "count" is no counted thing
        (("The rabies count rose to 12.", "12"), ("Councillor Smith's count rose to 12.", "12")),
    ],
)
def test_a_count_named_only_where_the_subject_names_one(named: tuple[str, str], unnamed: tuple[str, str]) -> None:
    assert (_figure(*named).measure is not None, _figure(*unnamed).measure) == (True, None)


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Health officials reported 14 cases of the fever but no deaths.", "14", "cases"),
        ("The storm damaged 40 homes without any injuries reported.", "40", "damaged"),
    ],
)
def test_a_denied_outcome_names_no_count(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_infections_are_counted_as_cases() -> None:
    sentence = "The health ministry has confirmed 171 infections and reports no deaths."
    assert _figure(sentence, "171").measure == "cases"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The insurer's $412.5m settlement ended the class action.", "$412.5m"),
        ("The chemicals group settled for more than $412 million.", "$412 million"),
        ("The chemicals group settled the lawsuit for $412.5 million.", "$412.5 million"),
    ],
)
def test_a_sum_that_settles_a_suit_told_as_a_bound_or_exactly_is_a_settlement(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure == "settlement"
