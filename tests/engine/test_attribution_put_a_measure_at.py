"""Whoever "put the quake's magnitude at 5.9" or "put the river's height at 4.2 metres" gives that figure:
the estimate's maker speaks, possessive or not."""

from __future__ import annotations

import pytest

from .conftest import speakers_in


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The Nordic Seismic Centre put the tremor's magnitude at 5.4.", "Nordic Seismic Centre"),
        ("Hydrologists put the river's height at 6.1 metres on Tuesday.", "Hydrologists"),
    ],
)
def test_who_puts_a_measure_at_a_figure_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]
