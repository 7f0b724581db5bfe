"""A prison term told from the old one ("cut his sentence from 18 years to 12") or as the most a charge can bring
("he faces up to 10 years on each count", "if convicted of fraud, he faces as long as eight years") is a `prison
sentence`, as "a maximum sentence of 14 years" is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[tuple[str, str | None]]:
    claims, _ = extract_article(Article("tp", "Courts", None, [], "2026-06-10", False, "tp.txt", sentence + "\n"))
    return [(q.text, q.measure) for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The appeals court cut his sentence from 18 years to 12.", "from 18 years to 12"),
        ("The court reduced her jail term from nine years to six on appeal.", "from nine years to six"),
        ("A jury found him guilty on two counts, and he faces up to 10 years on each.", "up to 10 years"),
        ("If convicted of fraud, he faces as long as eight years.", "eight years"),
        ("The 19 defendants were each given suspended sentences of between six and 18 months.", "six and 18 months"),
        ("The gang members got custodial sentences of up to nine years.", "up to nine years"),
    ],
)
def test_a_term_told_otherwise_is_a_prison_sentence(sentence: str, figure: str) -> None:
    assert (figure, "prison sentence") in _measures(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The club faces up to 10 years of debt repayments.",
        "Rents rose from 18 years ago to 12% more.",
        "The ministers agreed terms of between two and five years.",
    ],
)
def test_a_span_of_no_crime_is_no_prison_sentence(sentence: str) -> None:
    assert all(m != "prison sentence" for _, m in _measures(sentence))
