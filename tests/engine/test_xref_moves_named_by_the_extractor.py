"""A percentage move is compared as its measure's value however the measure came (issue 12): when the extractor
already names "Rents rose 9%" as xref reads it ("rents rise"), the figure is still the move's size, compared as a
level, not dropped as a change by 9. Before, only a measure xref renamed had its change reset. Our own sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corpus.extract.article import extract_article
from corpus.xref.features import compared_measure
from corpus.xref.frames import frame_measure, framed

from .conftest import make_article


@pytest.mark.parametrize(
    "sentence",
    [
        "Rents rose 9% in the year to March, the property agency said.",
        "Food prices fell 2.1% in May, the statistics office said.",
        "Vessa's exports rose 7% last year, the ministry said.",
    ],
)
def test_a_move_the_extractor_names_as_xref_does_is_compared_as_a_level(sentence: str) -> None:
    (claim,) = [c for c in extract_article(make_article(sentence + "\n"))[0] if c.quantities]
    (q,) = claim.quantities
    measure = frame_measure(q, claim)
    assert measure is not None and measure.endswith((" rise", " fall"))
    named = replace(claim, quantities=[replace(q, measure=measure)])  # as the extractor would name it
    (got,) = framed(named).quantities
    # (a fall is compared as the rise of the same thing with its sign turned: "fell 2.1%" is a rise of -2.1%)
    falls = measure.endswith(" fall")
    rise = measure.removesuffix(" fall") + " rise" if falls else measure
    assert (got.measure, got.change, got.value) == (rise, "=", -q.value if falls and q.value else q.value)
    assert compared_measure(got) == rise


def test_a_move_by_a_count_keeps_its_change() -> None:
    (claim,) = [
        c
        for c in extract_article(make_article("Rents rose by 40 euros a month in March, the agency said.\n"))[0]
        if c.quantities
    ]
    assert all(q.change == r.change for q, r in zip(claim.quantities, framed(claim).quantities, strict=True))
