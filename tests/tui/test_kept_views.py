"""The views' screens are made once per corpus and kept: a key shows them, it does not
compose them again; they still follow the terminal's size, the user's marks and a new corpus.
Search is kept too, and opens with an empty box."""

from __future__ import annotations

from pathlib import Path

from tests.tui.test_views_app import real_data
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import queries_of
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.figures import COMPACT_BELOW, FiguresScreen
from tui.screens.main import MainScreen
from tui.screens.search import SearchScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.view_table import ViewTable


async def open_view(pilot, key: str, screen_class):
    await pilot.press(key)
    await wait_until(lambda: isinstance(pilot.app.screen, screen_class), pilot=pilot)
    await pilot.pause()
    return pilot.app.screen


def count_composes(monkeypatch, screen: type) -> list[int]:
    """One entry each time SCREEN is composed: a screen kept for reuse is composed once."""
    composed: list[int] = []
    compose = screen.compose
    monkeypatch.setattr(screen, "compose", lambda self: composed.append(1) or compose(self))
    return composed


async def close_view(pilot) -> None:
    await pilot.press("escape")
    await wait_until(lambda: pilot.app.screen is pilot.app.main_screen, pilot=pilot)


async def test_a_view_opened_again_is_the_same_screen_not_composed_again(tmp_path, monkeypatch) -> None:
    data, _ = real_data(tmp_path)
    composed = count_composes(monkeypatch, FiguresScreen)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = await open_view(pilot, "f", FiguresScreen)
        await close_view(pilot)
        again = await open_view(pilot, "f", FiguresScreen)
        assert again is first and composed == [1]
        await close_view(pilot)


async def test_a_kept_view_follows_a_resize_made_while_it_was_closed(tmp_path) -> None:
    data, _ = real_data(tmp_path)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await open_view(pilot, "f", FiguresScreen)
        wide = [column.key for column in app.screen.query_one(ViewTable).columns]
        await close_view(pilot)
        await pilot.resize_terminal(COMPACT_BELOW - 20, 24)
        await pilot.pause()
        screen = await open_view(pilot, "f", FiguresScreen)
        await wait_until(lambda: "value_counts" in [c.key for c in screen.query_one(ViewTable).columns], pilot=pilot)
        assert "value_counts" not in wide


async def test_a_kept_timeline_filter_sees_bookmarks_changed_since(tmp_path) -> None:
    data, sample = real_data(tmp_path)
    data.user.add_bookmark(sample.ids["hoax"])
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        timeline = await open_view(pilot, "t", TimelineScreen)
        timeline.query_one("#timeline-filter").value = "is:bookmarked"
        await wait_until(lambda: timeline.filter_current, pilot=pilot)
        assert [event.claim.id for event in timeline.shown] == [sample.ids["hoax"]]
        await pilot.press("enter")  # opens the claim; the filter stays in the box
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot)
        assert app.main_screen.selected_id == sample.ids["hoax"]
        await pilot.press("b")  # the bookmark is removed
        await wait_until(lambda: not data.user.is_bookmarked(sample.ids["hoax"]), pilot=pilot)
        await open_view(pilot, "t", TimelineScreen)
        assert timeline.filter_text == "is:bookmarked" and not timeline.shown


async def test_a_new_corpus_gets_new_view_screens(tmp_path) -> None:
    data, _ = real_data(tmp_path)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = await open_view(pilot, "f", FiguresScreen)
        await close_view(pilot)
        fresh, _ = real_data(tmp_path / "again")
        app._data_ready(fresh)
        await pilot.pause()
        second = await open_view(pilot, "f", FiguresScreen)
        assert second is not first and second.data is fresh
        assert first not in app._installed_screens.values()  # the old one is let go
        await wait_until(lambda: not first.is_attached, pilot=pilot, what="the old screen removed")


async def test_back_from_a_claim_opened_in_figures_returns_to_its_row(tmp_path) -> None:
    data, _ = real_data(tmp_path)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        figures = await open_view(pilot, "f", FiguresScreen)
        await pilot.press("down")
        chosen = figures.highlighted_figure()
        assert chosen is not None and chosen is not figures.rows[0]
        await pilot.press("enter")
        await wait_until(lambda: app.screen is app.main_screen, pilot=pilot)
        assert app.main_screen.selected_id == chosen.claim.id
        await pilot.press("backspace")
        await wait_until(lambda: isinstance(app.screen, FiguresScreen), pilot=pilot)
        assert app.screen is figures and figures.highlighted_figure() is chosen


async def _searched_and_closed(pilot, query: str) -> SearchScreen:
    """Open search, type ``query``, wait for its results, close it: the screen kept."""
    first = await open_view(pilot, "/", SearchScreen)
    await pilot.press(*query)
    await wait_until(lambda: first.results_current and first.results.option_count, pilot=pilot)
    await close_view(pilot)
    return first


async def test_search_opened_again_is_the_same_screen_with_an_empty_box(tmp_path, monkeypatch) -> None:
    data, _ = real_data(tmp_path)
    composed = count_composes(monkeypatch, SearchScreen)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = await _searched_and_closed(pilot, "kursk")
        again = await open_view(pilot, "/", SearchScreen)
        assert again is first and composed == [1]
        assert again.query_text == "" and again.results.option_count == 0
        await pilot.press("up")  # the query closed unopened is the newest in the history
        assert again.query_text == "kursk"
        await close_view(pilot)


async def test_closing_bookmarks_redraws_the_marks_only_after_a_change(tmp_path, monkeypatch) -> None:
    data, sample = real_data(tmp_path)
    data.user.add_bookmark(sample.ids["hoax"])
    redrawn: list[bool] = []
    refresh = MainScreen.refresh_user_marks
    monkeypatch.setattr(MainScreen, "refresh_user_marks", lambda self: redrawn.append(True) or refresh(self))
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await open_view(pilot, "B", BookmarksScreen)
        await close_view(pilot)
        assert redrawn == []  # looked at, nothing changed: the way back costs no redraw
        await open_view(pilot, "B", BookmarksScreen)
        await pilot.press("d")
        await wait_until(lambda: not data.user.is_bookmarked(sample.ids["hoax"]), pilot=pilot)
        await close_view(pilot)
        assert redrawn == [True]


async def test_back_from_a_view_the_browser_is_not_laid_out_again(tmp_path, monkeypatch) -> None:
    """Its bindings change on every return; the pane strip redrawn with the same text laid
    the whole screen out again, a second frame ~30 ms after the first. It is only repainted."""
    from tui.widgets.pane_tabs import PaneTabs

    data, _ = real_data(tmp_path)
    layouts: list[bool] = []  # for each change of the strip: whether it laid the screen out
    show, refresh = PaneTabs.show, PaneTabs.refresh
    showing = [False]

    def recording_show(self, *args):
        showing[0] = True
        try:
            show(self, *args)
        finally:
            showing[0] = False

    def recording_refresh(self, *regions, **kwargs):
        if showing[0]:
            layouts.append(bool(kwargs.get("layout")))
        return refresh(self, *regions, **kwargs)

    monkeypatch.setattr(PaneTabs, "show", recording_show)
    monkeypatch.setattr(PaneTabs, "refresh", recording_refresh)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(80, 24)) as pilot:  # narrow: the strip is shown
        await pilot.pause()
        assert "next pane" in str(app.main_screen.query_one(PaneTabs).render())
        before = len(layouts)
        for key, screen_class in (("f", FiguresScreen), ("t", TimelineScreen), ("B", BookmarksScreen)):
            await open_view(pilot, key, screen_class)
            await close_view(pilot)
            await pilot.pause()
        assert len(layouts) > before and not any(layouts)  # repainted on each return, never laid out


async def test_bookmarks_are_kept_and_show_the_marks_as_they_are_now(tmp_path, monkeypatch) -> None:
    """Made afresh, the list was composed on every B and removed after (~50 ms a key); kept,
    it still lists what was bookmarked meanwhile, from the top, with nothing left to undo."""
    from textual.widgets import OptionList

    data, sample = real_data(tmp_path)
    data.user.add_bookmark(sample.ids["hoax"])
    composed = count_composes(monkeypatch, BookmarksScreen)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = await open_view(pilot, "B", BookmarksScreen)
        await pilot.press("d")
        await wait_until(lambda: not data.user.is_bookmarked(sample.ids["hoax"]), pilot=pilot)
        await close_view(pilot)
        data.user.add_bookmark(sample.ids["hoax"])
        again = await open_view(pilot, "B", BookmarksScreen)
        assert again is first and composed == [1]
        listed = again.query_one(OptionList)
        assert [listed.get_option_at_index(n).id for n in range(listed.option_count)] == [sample.ids["hoax"]]
        assert listed.highlighted == 0 and listed.has_focus
        assert not again.check_action("undo", ())  # the removal before was undone by hand, not by u
        await pilot.press("B")  # already shown: not pushed a second time
        await pilot.pause()
        assert app.screen_stack.count(again) == 1


async def test_the_first_view_key_does_not_restyle_the_browser(tmp_path, monkeypatch) -> None:
    """The views' stylesheet (and their widgets' default CSS) is read once start-up is over:
    read on the first view key, each new source made Textual parse every source again and
    restyle every widget of the browser under the view, on that key."""
    from textual.css.stylesheet import Stylesheet

    data, _ = real_data(tmp_path, with_index=False)  # the index built by the app, as at start-up
    restyled: list[str] = []  # each full restyle and each parse of the whole stylesheet
    update, parse = Stylesheet.update, Stylesheet.parse
    monkeypatch.setattr(
        Stylesheet, "update", lambda self, *a, **kw: restyled.append("update") or update(self, *a, **kw)
    )
    monkeypatch.setattr(Stylesheet, "parse", lambda self: restyled.append("parse") or parse(self))
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        views_css = str(Path(FiguresScreen.CSS_PATH))
        # Start-up is over when the views' models are built too: a view opened sooner shows its preparing
        # screen, whose widgets bring styles of their own (that restyle is not what this test is about).
        await wait_until(
            lambda: app.stylesheet.has_source(views_css, "") and queries_of(app.data).ready("figures"),
            pilot=pilot,
            what="the views' styles read and their models built after start-up",
        )
        assert app.screen is app.main_screen
        before = len(restyled)
        await open_view(pilot, "f", FiguresScreen)
        await close_view(pilot)
        await open_view(pilot, "/", SearchScreen)
        assert restyled[before:] == []


async def test_search_opened_again_shows_its_empty_results_once(tmp_path) -> None:
    """Reopened, its box emptied and its results cleared are shown before its first frame; the
    box's Changed message, handled after that frame, showed the same empty results again: a
    layout and a second frame ~30 ms later (the `/` key settled twice as late as it was drawn)."""
    data, _ = real_data(tmp_path)
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        first = await _searched_and_closed(pilot, "kursk")
        shown = len(first.shown_queries)
        await open_view(pilot, "/", SearchScreen)
        for _ in range(8):
            await pilot.pause()
        assert first.query_text == "" and first.results.option_count == 0
        assert first.shown_queries[shown:] == [""]
