"""``date:`` selects a claim by its date or by the time its figures are for (``Quantity.period``):
"inflation rose to 3.1% in July", told in August, is found by ``date:2026-07``. A quarter or a
half ("2026-Q3", "2026-H1") is the days it covers, as a filter value too."""

from __future__ import annotations

from datetime import date

from corpus.model import Article, Claim, Quantity
from store.search import SearchIndex, persist
from store.search.dates import date_interval

ARTICLES = [
    Article("a1", "Prices", "The Ledger", [], "2026-08-14", False, "a1.txt", ""),
    Article("a2", "Growth", "The Courier", [], "2026-11-02", False, "a2.txt", ""),
]


def _claim(cid: str, article: str, text: str, date_: str | None, *periods: str | None) -> Claim:
    quantities = [Quantity(f"{n}%", n, n, n, "percent", "inflation", period=p) for n, p in enumerate(periods, 1)]
    return Claim(
        cid,
        article,
        0,
        len(text),
        text,
        "quantity",
        "The statistics office",
        "asserted",
        quantities=quantities,
        date=date_,
    )


CLAIMS = [
    _claim("july", "a1", "Inflation rose to 3.1% in July, the office said.", "2026-08-14", "2026-07"),
    _claim("told-july", "a1", "Prices are rising, the office said on July 9.", "2026-07-09"),
    _claim("q3", "a2", "The economy grew 0.4% in the third quarter.", "2026-11-02", "2026-Q3"),
    _claim("h1", "a2", "Growth was 0.9% in the first half and 0.2% in June.", "2026-11-02", "2026-H1", "2026-06"),
    _claim("none", "a2", "Unemployment is 5%, the office said.", "2026-11-02", None),
]


def found(index: SearchIndex, query: str) -> set[str]:
    return {hit.claim_id for hit in index.search(query, limit=50)}


def test_a_quarter_and_a_half_are_the_days_they_cover() -> None:
    assert date_interval("2026-Q3") == (date(2026, 7, 1).toordinal(), date(2026, 9, 30).toordinal())
    assert date_interval("2024-h1") == (date(2024, 1, 1).toordinal(), date(2024, 6, 30).toordinal())
    assert date_interval("2026-Q5") is None and date_interval("2026-H3") is None


def _indexes(tmp_path) -> list[SearchIndex]:
    """The index built whole, saved and mapped again, and built as a base with an add's tail."""
    whole = SearchIndex.build(CLAIMS, ARTICLES)
    path = tmp_path / "search.npz"
    persist.save(whole, path, "k")
    loaded = persist.load(path, "k")
    assert loaded is not None
    base = SearchIndex.build(CLAIMS[:1], ARTICLES[:1])
    tail = SearchIndex.of_added(CLAIMS[1:], ARTICLES[1:], [], [])
    return [whole, loaded, base.with_tail(tail), base.joined(tail)]


def test_a_date_filter_finds_the_figures_for_that_time_as_well_as_the_claims_told_then(tmp_path) -> None:
    for index in _indexes(tmp_path):
        assert found(index, "date:2026-07") == {"july", "told-july"}  # for July; told in July
        assert found(index, "date:2026-08") == {"july"}  # told in August
        assert found(index, "date:2026-Q3") == {"july", "told-july", "q3"}
        assert found(index, "date:2026-H1") == {"h1"}
        assert found(index, "date:2026-06") == set()  # the first half and June: more than June
        assert found(index, "date:<2026-07") == {"h1"}
        assert found(index, "-date:2026-Q3") == {"h1", "none"}


def test_the_timeline_filter_finds_the_figures_for_that_time_too() -> None:
    from corpus.model import Extraction
    from store.query.queries import CorpusQueries
    from store.query.reader import ExtractionReader

    timeline = CorpusQueries(ExtractionReader(Extraction(ARTICLES, CLAIMS, [], []))).timeline
    marks = {"bookmarked": [], "noted": []}
    assert {e.claim.id for e in timeline.apply("date:2026-07", lambda: marks).events} == {"july", "told-july"}
    assert {e.claim.id for e in timeline.apply("date:2026-Q3", lambda: marks).events} == {"july", "told-july", "q3"}
