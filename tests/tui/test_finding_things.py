"""Finding one's way: Back returns to the view a claim was opened from; the footer at
80 columns keeps the keys to search, see figures and quit; the timeline keeps its
Source column at 80 columns."""

from __future__ import annotations

from tests.tui.helpers import notices, screen_text, settle_workers
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.screens.figures import FiguresScreen
from tui.screens.main import MainScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.footer import KeyBar


async def test_back_from_a_claim_opened_in_figures_returns_to_figures(make_data) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        before = app.main_screen.location
        await pilot.press("f")
        await settle_workers(pilot)
        figures = app.screen
        assert isinstance(figures, FiguresScreen)
        measure = figures.current.label
        if figures.highlighted_figure().claim.id == before.claim_id:
            await pilot.press("down")  # a claim elsewhere than where we are
        await pilot.press("enter")
        await settle_workers(pilot)
        assert isinstance(app.screen, MainScreen) and app.main_screen.location != before
        await pilot.press("backspace")
        await settle_workers(pilot)
        assert isinstance(app.screen, FiguresScreen) and app.screen.current.label == measure
        await pilot.press("escape")
        await settle_workers(pilot)
        await pilot.press("backspace")  # and on back to where we were before the figures
        await settle_workers(pilot)
        assert isinstance(app.screen, MainScreen) and app.main_screen.location == before


async def test_footer_at_80_columns_shows_search_figures_and_quit(make_data) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_workers(pilot)
        shown, _cut = app.main_screen.query_one(KeyBar).visible_keys(80)
        descriptions = {key.description for key in shown}
        assert {"Search", "Figures", "Quit"} <= descriptions
        footer = screen_text(app).splitlines()[-1] if "\n" in screen_text(app) else screen_text(app)
        assert "? Help" in footer or "?Help" in footer


async def test_timeline_keeps_a_source_column_at_80_columns(make_data) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await settle_workers(pilot)
        await pilot.press("t")
        # the view may be prepared first (its model built in a worker): wait until it is drawn
        await wait_until(lambda: "Seoul Daily" in screen_text(app), pilot=pilot, what="the timeline drawn")
        assert isinstance(app.screen, TimelineScreen)
        table = app.screen.query_one("#timeline-table")
        assert "source" in [column.key for column in table.columns]


# -- bookmarks and notes ---------------------------------------------------------------


def _claim(extraction, fragment):
    return next(claim for claim in extraction.claims if fragment in claim.text)


async def test_bookmarks_list_also_lists_notes_on_claims_not_bookmarked(make_data, extraction) -> None:
    from textual.widgets import OptionList

    from tests.tui.helpers import option_texts

    noted = _claim(extraction, "Pyongyang denied")
    data = make_data()
    data.user.set_note(noted.id, "check this denial")
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        await pilot.press("B")
        await settle_workers(pilot)
        rows = option_texts(app.screen.query_one(OptionList))
        assert len(rows) == 1 and "Pyongyang denied" in rows[0] and "check this denial" in rows[0]
        await pilot.press("enter")
        await settle_workers(pilot)
        assert app.main_screen.selected_id == noted.id  # the note is reachable


async def test_removing_a_bookmark_keeps_its_note_and_can_be_undone(make_data, extraction) -> None:
    from textual.widgets import OptionList

    from tests.tui.helpers import option_texts

    claim = _claim(extraction, "1,500 special")
    data = make_data()
    data.user.add_bookmark(claim.id, claim.text)
    data.user.set_note(claim.id, "my note")
    app = FactscopeApp(data=data)
    given = notices(app)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        await pilot.press("B")
        await settle_workers(pilot)
        await pilot.press("d")
        await settle_workers(pilot)
        assert not data.user.is_bookmarked(claim.id)
        assert data.user.note(claim.id).text == "my note"  # not orphaned: still listed, as a note
        rows = option_texts(app.screen.query_one(OptionList))
        assert len(rows) == 1 and rows[0].startswith("✎") and "my note" in rows[0]
        said = " ".join(given)
        assert "its note is kept" in said and "Press u to undo" in said
        await pilot.press("u")
        await settle_workers(pilot)
        assert data.user.is_bookmarked(claim.id) and option_texts(app.screen.query_one(OptionList))[0].startswith("★")
        await pilot.press("d", "d")  # the bookmark, then the note
        await settle_workers(pilot)
        assert data.user.note(claim.id) is None
        await pilot.press("u")
        await settle_workers(pilot)
        assert data.user.note(claim.id).text == "my note"


async def test_is_noted_finds_the_claims_with_a_note(tmp_path) -> None:
    from tests.tui.test_views_app import real_data, shown_keys, type_text
    from tests.tui.test_views_sample import ViewHost
    from tui.screens.search import SearchScreen

    for with_index in (True, False):  # the engine, and the scan used until it is built
        data, sample = real_data(tmp_path / str(with_index), with_index=with_index)
        data.user.set_note(sample.ids["hoax"], "a denial to follow up")
        app = ViewHost(lambda data=data: SearchScreen(data))
        async with app.run_test(size=(80, 24)) as pilot:
            await type_text(pilot, "is:noted")
            assert shown_keys(app, sample) == ["hoax"]


# -- cross-references -----------------------------------------------------------------


async def test_next_and_previous_link_keys_are_in_the_footer_and_move_between_links(make_data, extraction) -> None:
    from tui.screens.help import HelpScreen
    from tui.widgets.claim_detail import XRefList

    claim = _claim(extraction, "1,500 special")  # two links: both conflicts
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(200, 60)) as pilot:
        await settle_workers(pilot)
        app.open_claim(claim.id)
        await settle_workers(pilot)
        shown = {key.description for key in app.main_screen.query_one(KeyBar).visible_keys(200)[0]}
        assert {"Next link", "Prev link"} <= shown
        xrefs = app.main_screen.query_one(XRefList)
        first = xrefs.highlighted_target()
        await pilot.press("right_square_bracket")  # to the links
        await settle_workers(pilot)
        assert app.main_screen.focused is xrefs and xrefs.highlighted_target() == first
        await pilot.press("right_square_bracket")
        await settle_workers(pilot)
        second = xrefs.highlighted_target()
        assert second is not None and second != first
        await pilot.press("left_square_bracket")
        await settle_workers(pilot)
        assert xrefs.highlighted_target() == first
        await pilot.press("right_square_bracket", "enter")  # Enter follows the one highlighted
        await settle_workers(pilot)
        assert app.main_screen.selected_id == second
        await pilot.press("question_mark")
        await settle_workers(pilot)
        assert isinstance(app.screen, HelpScreen) and "Next link" in screen_text(app)


# -- the timeline's filter speaks the search grammar ---------------------------------------


async def test_timeline_filter_understands_kind_date_and_negation() -> None:
    from tests.tui.test_views_sample import ViewHost, sample_data

    data, _sample = sample_data()
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        everything = {e.claim.id for e in screen.shown}
        box = screen.query_one("#timeline-filter")
        for text, expected in (
            ("kind:denial", {e.claim.id for e in screen.events if e.claim.kind == "denial"}),
            ("-kind:denial", {e.claim.id for e in screen.events if e.claim.kind != "denial"}),
            ("date:>2025", {e.claim.id for e in screen.events if e.date >= "2026"}),
            ("date:<2025", {e.claim.id for e in screen.events if e.date < "2025"}),
        ):
            box.value = text
            screen.refresh_rows()
            await pilot.pause()
            assert {e.claim.id for e in screen.shown} == expected, text
            assert expected != everything or text.startswith("-"), text
        box.value = "kind:banana"
        screen.refresh_rows()
        await pilot.pause()
        assert "kind:banana is not a kind" in str(screen.query_one("#timeline-title").render())


async def test_a_query_closed_without_opening_a_result_is_kept_in_history(tmp_path) -> None:
    from store.user_db import UserDB
    from tests.tui.test_views_app import real_data, type_text
    from tests.tui.test_views_sample import ViewHost
    from tui.screens.search import SearchScreen
    from tui.widgets.search_history import wait_for_saves

    data, _ = real_data(tmp_path)
    app = ViewHost(lambda: SearchScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await type_text(pilot, "kind:denial hoax")
        await pilot.press("escape")
        await wait_until(lambda: app.dismissed, pilot=pilot)
    assert app.dismissed == [None]
    wait_for_saves()
    assert UserDB.open(tmp_path / "user.json").search_history()[0] == "kind:denial hoax"


async def test_sources_list_is_laid_out_again_when_the_terminal_grows(make_data) -> None:
    from tui.widgets.sources import SourcesList

    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        await pilot.resize_terminal(200, 60)
        await settle_workers(pilot)
        sources = app.main_screen.query_one(SourcesList)
        assert sources.virtual_size.height <= sources.scrollable_content_region.height  # nothing clipped
        assert sources.size.height > 30  # the pane's height, not the one measured at 120x40


async def test_entities_view_opened_at_an_entity_far_down_shows_it(tmp_path) -> None:
    from dataclasses import replace

    from corpus.model import Entity, Extraction
    from store.corpus_db import CorpusDB
    from store.user_db import UserDB
    from tests.tui.corpus_fixture import claims_article, write_corpus
    from tui.data import AppData
    from tui.screens.entities import EntitiesScreen

    names = [f"Zebra Command {n:02d}" for n in range(60)]
    article, claims = claims_article("z", [f"{name} said 5 trucks moved." for name in names], title="Zebras")
    claims = [replace(claim, entities=[name]) for claim, name in zip(claims, names)]
    entities = [Entity(name, "organisation", []) for name in names]
    write_corpus(tmp_path / "corpus.json", Extraction([article], claims, entities, []))
    data = AppData(CorpusDB.open(tmp_path / "corpus.json"), UserDB.open(tmp_path / "user.json"))
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        wanted = sorted(names)[-1]
        app.open_view("entities", entity=wanted)
        await settle_workers(pilot)
        await pilot.pause()
        assert isinstance(app.screen, EntitiesScreen)
        table = app.screen.query_one("#entities-list")
        assert app.screen.listed[table.cursor_row].entity.name == wanted
        top, visible = table.scroll_offset.y, table.scrollable_content_region.height - 1
        assert table.cursor_row >= visible and top <= table.cursor_row < top + visible  # scrolled to it
