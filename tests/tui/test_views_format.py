"""Labels the views share: values and intervals, dates, highlighting, excerpts."""

from __future__ import annotations

import pytest

from corpus.model import Quantity
from tui.widgets.view_format import (
    date_label,
    excerpt,
    format_number,
    highlighted,
    quantity_label,
)


def q(text: str, value=None, low=None, high=None, unit="people", vague=False) -> Quantity:
    return Quantity(text=text, value=value, low=low, high=high, unit=unit, measure="killed", vague=vague)


@pytest.mark.parametrize(
    ("quantity", "label"),
    [
        (q("600", value=600), "600"),
        (q("10,000", value=10000), "10,000"),
        (q("approximately 6,000", value=6000), "≈6,000"),
        (q("about 1.5 million", value=1_500_000), "≈1,500,000"),
        (q("between 300 and 400", low=300, high=400), "300–400"),
        (q("more than 6,000", low=6000), ">6,000"),
        # the pipeline keeps the stated number as value for a bound too: still a bound
        (q(">6,000", value=6000, low=6000), ">6,000"),
        (q("at least 39", value=39, low=39), "≥39"),
        (q("up to 150", value=150, high=150), "≤150"),
        (q("at least 300", low=300), "≥300"),
        (q("as many as 100,000", high=100000), "≤100,000"),
        (q("fewer than 50", high=50), "<50"),
        (q("$2,000", value=2000, unit="USD"), "$2,000"),
        (q("12.5 percent", value=12.5, unit="percent"), "12.5%"),
        (q("several thousand", low=2000, high=9000, vague=True), "“several thousand”"),
        (q("dozens"), "dozens"),
    ],
)
def test_quantity_labels_read_as_an_analyst_expects(quantity: Quantity, label: str) -> None:
    assert quantity_label(quantity) == label


def test_numbers_and_dates() -> None:
    assert format_number(4100.0) == "4,100"
    assert format_number(0.25) == "0.25"
    assert date_label("2024-10", estimated=True) == "≈2024-10"
    assert date_label("2024-10-11") == "2024-10-11"
    assert date_label(None) == ""


def test_highlight_spans_survive_control_characters_and_newlines() -> None:
    text = "North\nKorean \x1b[31mcasualties [bold]rose"
    start = text.index("casualties")
    result = highlighted(text, [(start, start + len("casualties"))])
    assert "\x1b" not in result.plain and "\n" not in result.plain
    assert "[bold]" in result.plain  # markup stays text
    [span] = [s for s in result.spans if s.style]
    assert result.plain[span.start : span.end] == "casualties"


def test_excerpt_keeps_the_match_in_view() -> None:
    text = "a" * 300 + "NEEDLE" + "b" * 300
    window, spans = excerpt(text, [(300, 306)], 80)
    assert len(window) == 80 and window.startswith("…") and window.endswith("…")
    assert [window[s:e] for s, e in spans] == ["NEEDLE"]
    assert excerpt("short", [(0, 5)], 80) == ("short", [(0, 5)])
