"""The views on the real store, the real search engine and inside the real app."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.corpus_db import CorpusDB
from store.search import SearchIndex
from store.user_db import UserDB
from tests.tui.helpers import SIZES, settle_search
from tests.tui.test_views_sample import MARKUP_TEXT, ViewHost, build_sample
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.commands.views import (
    ENTITIES_COMMANDS,
    FIGURES_COMMANDS,
    SEARCH_COMMANDS,
    TIMELINE_COMMANDS,
)
from tui.data import AppData, Derived
from tui.screens.entities import EntitiesScreen
from tui.screens.figures import FiguresScreen
from tui.screens.help import live_keys
from tui.screens.search import SearchScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.search_history import wait_for_saves
from tui.widgets.view_result_list import ResultList


def real_data(tmp_path: Path, with_index: bool = True):
    sample = build_sample()
    corpus = CorpusDB.open(tmp_path / "corpus.json", create=True)
    corpus.replace_all(sample.extraction, "views-sample")
    corpus = CorpusDB.open(tmp_path / "corpus.json")  # read back what was written
    user = UserDB.open(tmp_path / "user.json")
    index = None
    if with_index:
        index = SearchIndex.build(corpus.claims(), corpus.articles(), corpus.xrefs(), corpus.entities())
    return AppData(corpus=corpus, user=user, derived=Derived(index=index)), sample


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[" " if c == " " else c for c in text])
    await settle_search(pilot)


def shown_keys(app, sample) -> list[str]:
    by_id = {v: k for k, v in sample.ids.items()}
    results = app.screen.query_one(ResultList)
    return [by_id[results.get_option_at_index(i).id] for i in range(results.option_count)]


ENGINE_CASES = [
    ("speaker:peskov", {"hoax"}),
    ("kind:confirmation", {"disclosed", "russia-confirmed"}),
    ("is:conflict kind:quantity", {"training", "nis", "casualties"}),
    ("kind:quantity date:<2024", {"volunteers"}),
    ("hoax", {"hoax"}),
]
TEXT_CASES = [("casulties", "casualties"), ("pyongyang monthly", "payment")]  # a typo; words in any order


async def test_engine_search_and_filters_on_the_real_store(tmp_path) -> None:
    data, sample = real_data(tmp_path)
    app = ViewHost(lambda: SearchScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        box = app.screen.query_one("#search-input")
        for query, expected in ENGINE_CASES:
            box.value = query
            await settle_search(pilot)
            assert set(shown_keys(app, sample)) == expected, query
            assert "plain scan" not in str(app.screen.query_one("#search-status").render())
        for query, best in TEXT_CASES:  # free text: the best match first (others may follow)
            box.value = query
            await settle_search(pilot)
            assert shown_keys(app, sample)[0] == best, query


async def test_is_bookmarked_uses_the_bookmarks_of_the_moment(tmp_path) -> None:
    data, sample = real_data(tmp_path)
    data.user.add_bookmark(sample.ids["payment"])
    app = ViewHost(lambda: SearchScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        box = app.screen.query_one("#search-input")
        box.value = "is:bookmarked"
        await settle_search(pilot)
        assert shown_keys(app, sample) == ["payment"]
        data.user.add_bookmark(sample.ids["hoax"])
        box.value = "is:bookmarked kind:denial"
        await settle_search(pilot)
        assert shown_keys(app, sample) == ["hoax"]


async def test_engine_problems_are_shown_in_one_line(tmp_path) -> None:
    data, _ = real_data(tmp_path)
    app = ViewHost(lambda: SearchScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "troops date:2024-13")
        status = str(app.screen.query_one("#search-status").render())
        assert "date:2024-13" in status and "\n" not in status.strip()


@pytest.mark.parametrize("key", ["enter", "escape"])
async def test_the_query_kept_by_a_key_is_written_behind_it_not_on_the_ui_thread(tmp_path, key: str) -> None:
    """Opening a result (or closing the box) keeps the query: its write to the user DB (a locked,
    fsynced replace) runs on another thread, so the frame that answers the key does not wait."""
    import threading

    data, _ = real_data(tmp_path)
    writers: list[threading.Thread] = []
    add_search = data.user.add_search

    def recorded(query: str) -> None:
        writers.append(threading.current_thread())
        add_search(query)

    data.user.add_search = recorded
    app = ViewHost(lambda: SearchScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "speaker:shoigu")
        await pilot.press(key)
        await wait_until(lambda: app.dismissed, pilot=pilot)
    wait_for_saves()
    assert writers and threading.main_thread() not in writers
    assert UserDB.open(tmp_path / "user.json").search_history()[0] == "speaker:shoigu"


async def test_history_survives_a_restart_in_the_user_db(tmp_path) -> None:
    data, sample = real_data(tmp_path)
    app = ViewHost(lambda: SearchScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "speaker:shoigu")
        await pilot.press("enter")
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [sample.ids["shoigu"]]
    wait_for_saves()
    assert UserDB.open(tmp_path / "user.json").search_history()[0] == "speaker:shoigu"

    data, sample = real_data(tmp_path)  # a new process: everything reopened from disk
    app = ViewHost(lambda: SearchScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("up")
        await settle_search(pilot)
        assert app.screen.query_one("#search-input").value == "speaker:shoigu"
        assert shown_keys(app, sample) == ["shoigu"]


@pytest.mark.parametrize("size", SIZES)
async def test_search_in_the_app_jumps_to_the_claim(tmp_path, size) -> None:
    data, sample = real_data(tmp_path)
    app = FactscopeApp(data=data)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await wait_until(lambda: isinstance(app.screen, SearchScreen), pilot=pilot)
        await type_text(pilot, "volunteers")
        await pilot.press("enter")
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot)
        assert app.main_screen.selected_id == sample.ids["volunteers"]


@pytest.mark.parametrize(
    ("key", "screen_class", "keys", "expected"),
    [
        ("f", FiguresScreen, ["enter"], None),  # the first value of the first measure
        ("t", TimelineScreen, ["down", "down", "enter"], "hoax"),
        ("e", EntitiesScreen, ["enter", "enter"], "disclosed"),
    ],
)
async def test_each_view_opens_from_the_app_and_enter_shows_the_claim(
    tmp_path, key, screen_class, keys, expected
) -> None:
    data, sample = real_data(tmp_path, with_index=False)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(key)
        await wait_until(lambda: isinstance(app.screen, screen_class), pilot=pilot)
        if expected is None:
            expected_id = app.screen.rows[0].claim.id
        else:
            expected_id = sample.ids[expected]
        await pilot.press(*keys)
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot)
        assert app.main_screen.selected_id == expected_id


async def test_a_claim_opened_from_a_view_stacked_on_another_view_is_shown(tmp_path) -> None:
    data, sample = real_data(tmp_path, with_index=False)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await wait_until(lambda: isinstance(app.screen, FiguresScreen), pilot=pilot)
        await pilot.press("t")
        await wait_until(lambda: isinstance(app.screen, TimelineScreen), pilot=pilot)
        await pilot.press("down", "down", "enter")
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot)
        assert not any(isinstance(s, (FiguresScreen, TimelineScreen)) for s in app.screen_stack)
        assert app.main_screen.selected_id == sample.ids["hoax"]


async def test_views_show_markup_from_the_store_literally(tmp_path) -> None:
    data, sample = real_data(tmp_path)
    stored = data.corpus.claim(sample.ids["markup"])
    assert stored.text == MARKUP_TEXT.replace("\x1b[31m", "") or stored.text == MARKUP_TEXT
    app = FactscopeApp(data=data)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await wait_until(lambda: isinstance(app.screen, TimelineScreen), pilot=pilot)
        await pilot.press("slash", *"analyst")
        await wait_until(lambda: app.screen.filter_current, pilot=pilot)
        assert [e.claim.id for e in app.screen.shown] == [sample.ids["markup"]]
        assert app.is_running


@pytest.mark.parametrize(
    ("screen_class", "commands"),
    [
        (SearchScreen, SEARCH_COMMANDS),
        (FiguresScreen, FIGURES_COMMANDS),
        (TimelineScreen, TIMELINE_COMMANDS),
        (EntitiesScreen, ENTITIES_COMMANDS),
    ],
)
async def test_help_lists_each_views_commands_from_its_live_bindings(tmp_path, screen_class, commands) -> None:
    data, _ = real_data(tmp_path, with_index=False)
    app = ViewHost(lambda: screen_class(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: isinstance(app.screen, screen_class), pilot=pilot)
        rows = {binding_id: help_text for binding_id, _, _, help_text in live_keys(app.screen)}
        for command in commands:
            assert command.scope == screen_class.__name__
            assert rows.get(command.id) == command.help, command.id
