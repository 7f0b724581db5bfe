"""The search screen: as-you-type results, filters, stale-search cancelling, history."""

from __future__ import annotations

import threading

import pytest

from store.query.queries import CorpusQueries
from store.query.search import ClaimScan
from store.search.rank import Hit
from tests.tui.helpers import SIZES, settle_search
from tests.tui.test_views_sample import (
    MARKUP_TEXT,
    Data,
    MemoryUser,
    ViewHost,
    sample_data,
)
from tests.waiting import wait_until
from tui.screens.search import SearchScreen
from tui.widgets.view_result_list import ResultList


def shown_ids(app) -> list[str]:
    results = app.screen.query_one(ResultList)
    return [results.get_option_at_index(i).id for i in range(results.option_count)]


def status(app) -> str:
    return str(app.screen.query_one("#search-status").render())


def host(data: Data, query: str = "") -> ViewHost:
    return ViewHost(lambda: SearchScreen(data, query))


async def type_query(pilot, text: str) -> None:
    await pilot.press(*[" " if ch == " " else ch for ch in text])
    await settle_search(pilot)


@pytest.mark.parametrize("size", SIZES)
async def test_typing_narrows_results_and_enter_returns_the_claim(size) -> None:
    data, sample = sample_data()
    app = host(data)
    async with app.run_test(size=size) as pilot:
        await type_query(pilot, "north")
        broad = shown_ids(app)
        assert len(broad) >= 5
        await type_query(pilot, " korean casualties")
        narrow = shown_ids(app)
        assert narrow and set(narrow) < set(broad)
        assert narrow[0] == sample.ids["casualties"]
        await pilot.press("enter")
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [sample.ids["casualties"]]


async def test_matched_characters_are_highlighted_and_rows_name_source_date_speaker() -> None:
    data, sample = sample_data()
    app = host(data)
    async with app.run_test(size=(120, 40)) as pilot:
        await type_query(pilot, "hoax")
        results = app.screen.query_one(ResultList)
        prompt = results.get_option_at_index(0).prompt
        assert results.get_option_at_index(0).id == sample.ids["hoax"]
        marked = [prompt.plain[s.start : s.end] for s in prompt.spans if "reverse" in str(s.style)]
        assert marked == ["hoax"]
        assert "The Washington Post" in prompt.plain
        assert "2024-10-10" in prompt.plain
        assert "Dmitry Peskov" in prompt.plain
        assert "≠" in prompt.plain  # it conflicts with other claims


async def test_estimated_dates_are_marked() -> None:
    data, _ = sample_data()
    app = host(data)
    async with app.run_test(size=(120, 40)) as pilot:
        await type_query(pilot, "volunteers")
        prompt = app.screen.query_one(ResultList).get_option_at_index(0).prompt
        assert "≈2022-08" in prompt.plain


async def test_down_then_enter_opens_the_second_result() -> None:
    data, _ = sample_data()
    app = host(data)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_query(pilot, "north korea")
        second = shown_ids(app)[1]
        await pilot.press("down", "enter")
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [second]


FILTER_CASES = [
    ("speaker:peskov", {"hoax"}),
    ("speaker:shoigu deploy", {"shoigu"}),
    ("kind:confirmation", {"disclosed", "russia-confirmed"}),
    ("kind:denial", {"hoax"}),
    ("-kind:quantity kind:confirmation", {"disclosed", "russia-confirmed"}),
    ("is:conflict", {"hoax", "training", "disclosed", "nis", "casualties"}),
    ("is:conflict kind:quantity", {"training", "nis", "casualties"}),
    ("is:hedged", {"training", "volunteers"}),
    # "casualties" has no date of its own: its article's (2025-06-18) counts
    ("date:>2025-04 kind:quantity", {"shoigu", "payment", "casualties"}),
    ("date:<2024", {"volunteers"}),
    ("entity:shoigu", {"shoigu"}),
    ("source:epoch", {"disclosed", "russia-confirmed"}),
    ("is:bookmarked", {"payment"}),
    ("-is:conflict kind:quantity speaker:s", {"shoigu"}),  # negated flag, with others
    # the engine's flags work before it has loaded too: the scan reads the same parsed query
    ("is:corroborated", {"disclosed", "russia-confirmed"}),
    ("is:quantified speaker:n", {"nis"}),  # not "disclosed" (said by North Korea, no figure)
]


async def test_filters_narrow_correctly() -> None:
    data, sample = sample_data()
    data.user.bookmarked.add(sample.ids["payment"])
    app = host(data)
    async with app.run_test(size=(120, 40)) as pilot:
        box = app.screen.query_one("#search-input")
        for query, expected in FILTER_CASES:
            box.value = query  # typing itself is tested above; this tests the filters
            await settle_search(pilot)
            assert set(shown_ids(app)) == {sample.ids[key] for key in expected}, query


async def test_a_filter_that_matches_nothing_is_named() -> None:
    data, _ = sample_data()
    app = host(data)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_query(pilot, "troops speaker:nobodyatall")
        assert shown_ids(app) == []
        assert "speaker:nobodyatall" in status(app)
        assert "speaker:" in str(app.screen.query_one("#search-syntax").render())


class GatedIndex:
    """A search engine whose searches for one query wait until released."""

    def __init__(self, scan: ClaimScan, slow_query: str) -> None:
        self.scan, self.slow_query = scan, slow_query
        self.release = threading.Event()
        self.started: list[str] = []
        self.finished: list[str] = []

    def search(self, query: str, limit: int = 50) -> list[Hit]:
        self.started.append(query)
        if query == self.slow_query:
            self.release.wait(5)
        self.finished.append(query)
        return self.scan.search(query, limit)


async def test_a_newer_query_wins_over_an_older_slow_one() -> None:
    data, sample = sample_data()
    index = GatedIndex(CorpusQueries(data.corpus).scan, slow_query="hoax")
    data.index = index
    app = host(data)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"hoax")
        await wait_until(lambda: "hoax" in index.started, pilot=pilot)
        assert "hoax" not in index.finished  # stuck in the engine
        await pilot.press("ctrl+u", *"volunteers")
        await wait_until(lambda: app.screen.query_one("#search-input").value == "volunteers", pilot=pilot)
        index.release.set()  # now the old search finishes, late
        await settle_search(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "hoax" in index.finished  # the old search did finish ...
        assert "hoax" not in app.screen.shown_queries  # ... but its results were never shown
        assert app.screen.shown_queries[-1] == "volunteers"
        # the keys typed while it ran were searched once, as the box held them when it ended
        assert index.started[index.started.index("hoax") :] == ["hoax", "volunteers"]
        assert shown_ids(app) == [sample.ids["volunteers"]]  # ... but only the latest is shown


class NeverFires:
    """A timer that never goes off: what waits on one waits for ever."""

    def stop(self) -> None:
        pass


async def test_keys_typed_while_a_search_runs_are_searched_as_soon_as_it_ends(monkeypatch) -> None:
    """`/ku` typed at once: `k` searches, and `ku`, typed meanwhile, searches when `k`'s ends, not
    after a timer telling the burst's end (a 60 ms one was most of `/ku`'s 94-134 ms)."""
    data, sample = sample_data()
    index = GatedIndex(CorpusQueries(data.corpus).scan, slow_query="c")
    data.index = index
    app = host(data)
    timers: list[float] = []
    monkeypatch.setattr(
        SearchScreen, "set_timer", lambda _screen, delay, *_a, **_k: timers.append(delay) or NeverFires()
    )
    async with app.run_test(size=(80, 24)) as pilot:
        box = app.screen.query_one("#search-input")
        for end in range(1, len("casualties") + 1):  # keys typed faster than the first search
            box.value = "casualties"[:end]
        await wait_until(lambda: index.started == ["c"], pilot=pilot)
        await pilot.pause()
        assert index.started == ["c"]  # one search at a time
        index.release.set()
        # no timer: the search of what the box holds starts as the one before it ends
        await wait_until(lambda: index.started == ["c", "casualties"], pilot=pilot)
        await settle_search(pilot)
        assert shown_ids(app)[0] == sample.ids["casualties"] and app.screen.shown_queries == ["casualties"]
        assert timers == []


async def test_a_key_after_a_search_ended_searches_at_once() -> None:
    data, _ = sample_data()
    app = host(data)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_query(pilot, "h")
        assert app.screen.shown_queries == ["h"] and shown_ids(app)
        await type_query(pilot, "o")
        assert app.screen.shown_queries == ["h", "ho"] and shown_ids(app)


async def test_history_recalls_a_query_after_restart() -> None:
    kept: list[str] = []  # what the user DB holds across the two runs
    data, sample = sample_data(MemoryUser(kept))
    first = host(data)
    async with first.run_test(size=(80, 24)) as pilot:
        await type_query(pilot, "monthly worker")
        await pilot.press("enter")
        await wait_until(lambda: first.dismissed, pilot=pilot)
    assert first.dismissed == [sample.ids["payment"]]

    data, sample = sample_data(MemoryUser(kept))
    second = host(data)
    async with second.run_test(size=(80, 24)) as pilot:
        await pilot.press("up")
        await settle_search(pilot)
        assert second.screen.query_one("#search-input").value == "monthly worker"
        assert shown_ids(second) == [sample.ids["payment"]]
        await pilot.press("down")  # back past the newest: an empty box
        await settle_search(pilot)
        assert second.screen.query_one("#search-input").value == ""


async def test_history_walks_older_and_newer() -> None:
    data, _ = sample_data(MemoryUser(["newest", "middle", "oldest"]))
    app = host(data)
    async with app.run_test(size=(80, 24)) as pilot:
        box = app.screen.query_one("#search-input")
        await pilot.press("up", "up")
        assert box.value == "middle"
        await pilot.press("ctrl+r")
        assert box.value == "oldest"
        await pilot.press("down")
        assert box.value == "middle"
        await pilot.press("end", "x")  # editing ends the recall: up moves in results now
        await pilot.press("up")
        assert box.value == "middlex"


class BrokenIndex:
    def search(self, query: str, limit: int = 50) -> list[Hit]:
        raise ZeroDivisionError("engine bug")


async def test_a_bug_in_the_engine_is_reported_and_typing_goes_on() -> None:
    data, _ = sample_data()
    data.index = BrokenIndex()
    app = host(data)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"hoax")
        # the error shown for "hoax" itself, not for "hoa" typed on the way (a loaded machine)
        await wait_until(lambda: "internal error in search" in status(app) and app.screen.results_current, pilot=pilot)
        assert "ZeroDivisionError" in status(app) and app.is_running
        data.index = None  # e.g. the index is rebuilt: the screen keeps working
        await pilot.press("backspace")
        await settle_search(pilot)
        assert shown_ids(app)


async def test_escape_dismisses_with_none() -> None:
    data, _ = sample_data()
    app = host(data)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_query(pilot, "hoax")
        await pilot.press("escape")
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [None]


async def test_enter_before_the_search_ends_still_opens_the_match() -> None:
    data, sample = sample_data()
    app = host(data)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*"volunteers", "enter")
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [sample.ids["volunteers"]]


async def test_switches_from_plain_scan_to_the_engine_when_it_lands() -> None:
    data, sample = sample_data()
    app = host(data)
    async with app.run_test(size=(80, 24)) as pilot:
        await type_query(pilot, "hoax")
        assert "plain scan" in status(app)
        index = GatedIndex(CorpusQueries(data.corpus).scan, slow_query="")
        data.index = index
        await pilot.press("backspace")
        await settle_search(pilot)
        assert index.started == ["hoa"]
        assert "plain scan" not in status(app)
        assert shown_ids(app)[0] == sample.ids["hoax"]


async def test_markup_in_claims_shows_literally() -> None:
    data, _ = sample_data()
    app = host(data)
    async with app.run_test(size=(120, 40)) as pilot:
        await type_query(pilot, "analysts")
        prompt = app.screen.query_one(ResultList).get_option_at_index(0).prompt
        assert "[bold]300[/bold]" in prompt.plain
        assert "[@click=app.quit]here[/]" in prompt.plain
        assert "[red]Analyst[/red]" in prompt.plain
        assert "\x1b" not in prompt.plain
        assert app.is_running  # the [@click] did nothing
    assert MARKUP_TEXT.startswith("Analysts")


async def test_a_results_source_line_fits_the_list_at_80_columns(tmp_path) -> None:
    """A long outlet and a long speaker are cut to fit one line under the claim; the
    line wrapped at 80 columns, a stray word on a line of its own."""
    from rich.cells import cell_len

    from corpus.loader import article_id
    from corpus.model import Article, Claim
    from tests.tui.corpus_fixture import app_data
    from tui.app import FactscopeApp

    text = "The regional ministry said 40 bridges were repaired before the winter."
    body = text + "\n"
    article = Article(
        article_id(body), "Bridges", "The Example Evening Chronicle of Record", [], "2024-10-11", True, "b.txt", body
    )
    speaker = "the deputy spokesperson of the regional ministry of transport"
    claim = Claim("b0", article.id, 0, len(text), text, "quantity", speaker, "hedged")
    app = FactscopeApp(data=app_data(tmp_path / "corpus.json", [article], [claim]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("/")
        await wait_until(lambda: isinstance(app.screen, SearchScreen), pilot=pilot)
        await type_query(pilot, "bridges")
        results = app.screen.query_one(ResultList)
        meta = results.get_option_at_index(0).prompt.plain.splitlines()[-1]
        assert "The Example" in meta and "the deputy" in meta and "≈2024-10-11" in meta
        assert cell_len(meta) <= results.scrollable_content_region.width - 2
