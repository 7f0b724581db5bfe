"""A series' span in the figures list starts at the lowest number reported: a stated range's
low end, never a bound read from words nobody gave in figures, nor an end of an interval read
from words ("several thousand")."""

from __future__ import annotations

from corpus.model import Quantity
from store.query.figures import measures_of
from store.query.view_source import ViewSource
from tests.tui.test_figures_honest import _corpus


def _sources(reports: list[tuple[str, str, str, Quantity]]) -> list[ViewSource]:
    """The corpus read whole (its claims held) and read in part (figures from the stored columns)."""
    corpus = _corpus(reports).corpus
    whole = ViewSource.of(corpus, frozenset())
    part = ViewSource(whole.rows, whole.articles, [], frozenset(), load=corpus.claim)
    assert whole.holds_claims and not part.holds_claims
    return [whole, part]


def test_the_span_starts_at_a_stated_ranges_low_end_never_at_one_read_from_words() -> None:
    reports = [
        (
            "Wire A",
            "2025-01-02",
            "Between 3,800 and 4,000 fled.",
            Quantity("3,800-4,000", None, 3800, 4000, "people", "fled"),
        ),
        (
            "Wire B",
            "2025-02-02",
            "More than 6,000 fled.",
            Quantity("more than 6,000", 6000, 6000, None, "people", "fled"),
        ),
        ("Wire C", "2025-03-02", "Some 5,000 fled.", Quantity("5,000", 5000, 5000, 5000, "people", "fled")),
    ]
    for source in _sources(reports):
        (measure,) = measures_of(source)
        assert measure.span() == (3800, 6000)
    vague = [
        (
            "Wire A",
            "2025-01-02",
            "Several thousand fled.",
            Quantity("several thousand", None, 2000, 10000, "people", "fled", vague=True),
        ),
        ("Wire B", "2025-02-02", "Some 6,000 fled.", Quantity("6,000", 6000, 6000, 6000, "people", "fled")),
    ]
    for source in _sources(vague):  # its 2,000-10,000 was read from the words: neither end was said
        (measure,) = measures_of(source)
        assert measure.span() == (6000, 6000) and measure.scale() == 6000
