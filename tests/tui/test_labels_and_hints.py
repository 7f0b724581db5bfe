"""What the screens say in context: headings, legends, key hints, palette rows, figure labels, notes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from corpus.loader import article_id
from corpus.model import Article
from tests.tui.corpus_fixture import app_data, claims_article, sentence_claim
from tests.tui.helpers import option_texts, palette_settled, screen_text
from tests.tui.test_views_figures import show
from tests.tui.test_views_sample import ViewHost, sample_data
from tests.tui.test_views_table import TableApp
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import AppData
from tui.screens.entities import EntitiesScreen
from tui.screens.figures import FiguresScreen
from tui.screens.help import live_keys
from tui.screens.main import MainScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets.claims import ClaimsList
from tui.widgets.footer import shown_keys
from tui.widgets.reader import ArticleReader
from tui.widgets.view_table import ViewTable


async def test_a_long_table_does_not_scroll_sideways() -> None:
    """The vertical scrollbar took 2 cells the rows were laid out for: a horizontal bar appeared."""
    app = TableApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        table = app.query_one(ViewTable)
        assert table.max_scroll_y > 0  # long enough for a vertical scrollbar
        assert table.max_scroll_x == 0
        assert table.scrollable_content_region.height == table.size.height  # no row lost to a bar
        await pilot.press("right")
        assert table.scroll_x == 0


def _many_claims_corpus(path: Path, count: int = 12, title: str = "Many claims") -> AppData:
    """One article of ``count`` one-sentence claims, each a paragraph."""
    sentences = [f"Officials said {n + 1},000 troops moved on day {n + 1}." for n in range(count)]
    article, claims = claims_article("c", sentences, title=title)
    return app_data(path, [article], claims)


async def test_keys_typed_in_a_burst_settle_on_the_last_claim(tmp_path: Path, monkeypatch) -> None:
    """Keys read together (a held key, a fast typist, SSH) ran their actions before the claims
    list's echoes were handled; each echo re-selected an older claim and echoed again, forever:
    the selection flickered between claims and the app spun at 100% CPU."""
    selections: list[str | None] = []
    select_claim = MainScreen.select_claim

    def counted(self, claim_id, **options):
        selections.append(claim_id)
        return select_claim(self, claim_id, **options)

    monkeypatch.setattr(MainScreen, "select_claim", counted)
    app = FactscopeApp(data=_many_claims_corpus(tmp_path / "corpus.json"))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        main = app.main_screen
        selections.clear()
        for _ in range(3):  # as the app runs three key presses that arrived in one read
            main.action_next_claim()
        reader = main.query_one(ArticleReader)
        await wait_until(
            lambda: main.query_one(ClaimsList).highlighted_claim_id() == "c03" and reader.selected_id == "c03",
            pilot=pilot,
            what="the list and the reader to follow",
        )
        await pilot.pause()  # an echo loop would never let the app go idle
        assert selections[:3] == ["c01", "c02", "c03"]
        assert len(selections) <= 6, selections[:12]  # each echo is handled once, not forever
        assert main.selected_id == "c03"
        assert main.query_one(ClaimsList).highlighted_claim_id() == "c03"
        assert main.query_one(ArticleReader).selected_id == "c03"


LONG_TITLE = (
    "A very long report on the war in Kursk with a title that goes on and on, naming every village, "
    "every unit and every official who spoke, as scraped pages often do with their headlines"
)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_long_title_leaves_the_article_heading_its_outlet_date_and_counts(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """The heading is three lines at most: a long title wrapped over all three and pushed out
    the line naming the outlet, the date and the claim counts. The title is cut (…) instead."""
    data = _many_claims_corpus(tmp_path / "corpus.json", title=LONG_TITLE)
    app = FactscopeApp(data=data)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        heading = app.main_screen.query_one("#article-title")
        lines = [heading.render_line(y).text.strip() for y in range(heading.size.height)]
        assert lines[-1] == "Outlet · 2024-10-11 · 12 claims", lines
        assert lines[0].startswith("A very long report")
        assert lines[-2].endswith("…"), lines  # the cut is shown
        assert LONG_TITLE in str(heading.render())  # the whole title is still there to read or copy


def _same_quote_corpus(path: Path) -> AppData:
    """One quote carried by two outlets, as wire copy often is."""
    quote = "Officials said 1,000 troops moved overnight."
    articles, claims = [], []
    for n, (outlet, published) in enumerate((("Seoul Daily", "2024-10-11"), ("Kyiv Post", "2024-11"))):
        body = f"{outlet} report {n}.\n\n{quote}\n"
        article = Article(article_id(body), f"Report {n}", outlet, [], published, False, f"{n}.txt", body)
        articles.append(article)
        claims.append(sentence_claim(f"q{n}", article, quote))
    return app_data(path, articles, claims)


async def test_palette_claims_name_their_source_and_date(tmp_path: Path) -> None:
    """The same quote from two sources gave two identical palette rows: which one opens where?"""
    app = FactscopeApp(data=_same_quote_corpus(tmp_path / "corpus.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p", *"troops moved overnight")
        await wait_until(lambda: palette_settled(app), pilot=pilot, what="the palette's hits")
        shown = screen_text(app)
        assert "Open claim · Seoul Daily · ≈2024-10-11" in shown  # undated claim: its article's date
        assert "Open claim · Kyiv Post · ≈2024-11" in shown


@pytest.mark.parametrize("size", [(120, 40), (200, 60)])
async def test_figures_name_what_each_value_counts_in_full_when_there_is_room(size) -> None:
    """``troops dep…`` in an 11-cell column while the speaker and source columns had 44 each."""
    data, _ = sample_data()
    app = ViewHost(lambda: FiguresScreen(data))
    async with app.run_test(size=size) as pilot:
        await show(pilot, "troops deployed")
        table = app.screen.query_one("#figures-table", ViewTable)
        rows = [table.line_text(row, table.scrollable_content_region.width).plain for row in range(table.row_count)]
        assert all("troops deployed" in row for row in rows), rows


@pytest.mark.parametrize(
    "screen_class, box_id",
    [(FiguresScreen, "#figures-filter"), (TimelineScreen, "#timeline-filter"), (EntitiesScreen, "#entities-filter")],
)
async def test_the_filter_key_is_not_offered_inside_the_filter_box(screen_class, box_id) -> None:
    """``/ Filter`` stayed in the footer and help while the box had focus, where ``/`` types a slash."""
    data, _ = sample_data()
    app = ViewHost(lambda: screen_class(data))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        box = app.screen.query_one(box_id, Input)
        app.screen.set_focus(None)
        await pilot.pause()
        assert "/" in _footer_keys(app.screen)  # from the table: / goes to the box
        await pilot.press("slash")
        assert app.focused is box
        assert "/" not in _footer_keys(app.screen)
        assert not any(row[0].endswith("filter") for row in live_keys(app.screen))
        await pilot.press("a", "slash")
        assert box.value.endswith("a/")


def _footer_keys(screen) -> list[str]:
    keys, pinned = shown_keys(screen)
    return [key.display for key in (*keys, *pinned)]


@pytest.mark.parametrize("keymap, key", [(None, "b"), ("vim", "m")])
async def test_an_empty_bookmarks_list_names_the_bookmark_key_in_force(make_data, keymap, key) -> None:
    app = FactscopeApp(data=make_data(), keymap=keymap)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("B")
        await pilot.pause()
        hint = option_texts(app.screen.query_one(OptionList))
        assert hint == [f"No bookmarks or notes yet: press {key} on a claim to bookmark it, a to write a note on it."]


async def test_help_lists_the_screen_keys_first_in_the_footer_order(make_data) -> None:
    """Help was sorted by binding id: 'q Quit' first, next/previous claim lost in the middle."""
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        ids = [row[0] for row in live_keys(app.main_screen)]
        assert ids[:2] == ["claim.next", "claim.prev"], ids
        assert ids.index("app.quit") > ids.index("note.edit")  # the app's keys after the screen's
        assert ids.index("search.open") < ids.index("view.figures") < ids.index("app.quit")  # declared order
        unnamed = [index for index, binding_id in enumerate(ids) if not binding_id]
        assert unnamed and min(unnamed) > max(i for i, binding_id in enumerate(ids) if binding_id)  # widget keys last


async def test_a_long_note_cut_from_the_claim_facts_says_so(make_data, extraction) -> None:
    """The facts box keeps to its lines: a long note ran past them and was cut off with no sign."""
    app = FactscopeApp(data=make_data())
    note = "Check the NIS estimate from October against the Pentagon number " * 2 + "END"
    async with app.run_test(size=(120, 40)) as pilot:
        claim = next(c for c in extraction.claims if "1,500 special" in c.text)
        app.data.user.set_note(claim.id, note)
        app.open_claim(claim.id)
        await pilot.pause()
        facts = app.main_screen.query_one("#claim-facts")
        lines = [facts.render_line(y).text.rstrip() for y in range(facts.size.height)]
        assert "END" not in "".join(lines)  # too long for the box ...
        assert lines[-1].endswith("…"), lines  # ... and the cut is shown
        assert note in str(facts.render()).replace("\n", " ")  # the whole text is still there


async def test_the_timeline_legend_never_parts_a_mark_from_its_meaning() -> None:
    """At 80 columns the legend wrapped inside an entry: '→ forecast  ?' / 'hedged'."""
    data, _ = sample_data()
    app = ViewHost(lambda: TimelineScreen(data))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        legend = app.screen.query_one(".view-legend")
        lines = [legend.render_line(y).text.strip() for y in range(legend.size.height)]
        assert len(lines) == 2, lines
        for entry in ("? hedged", "≠ conflicted", "≈ estimated date", "→ forecast", "# quantity"):
            assert any(entry in line for line in lines), (entry, lines)
        assert not any(line.endswith(("?", "≠", "≈")) for line in lines)


async def test_the_help_legend_never_parts_a_mark_from_its_meaning(make_data) -> None:
    """At 80x24 the legend wrapped '→' away from 'forecast'."""
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        legend = app.screen.query_one("#help-legend")
        lines = [row.render_line(y).text.strip() for row in legend.children for y in range(row.size.height)]
        assert lines[0] == "Marks in the text and lists"
        for entry in ("→ forecast", "~ related", "≈ estimated date", "┃ claim text (underlined)"):
            assert any(entry in line for line in lines), (entry, lines)
        assert not any(line.endswith(("→", "~", "≈", "┃")) for line in lines), lines


async def test_bookmark_keys_are_greyed_out_when_there_is_nothing_to_open_or_remove(make_data, extraction) -> None:
    """An empty bookmarks list offered '⏎ Open  d Remove' as if they would do something."""
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("b")  # bookmark the selected claim
        await pilot.press("B")
        await pilot.pause()
        enabled = {key.description: key.enabled for key in shown_keys(app.screen)[0]}
        assert enabled["Open"] and enabled["Remove"]
        await pilot.press("d")  # the only bookmark goes
        await pilot.pause()
        enabled = {key.description: key.enabled for key in shown_keys(app.screen)[0]}
        assert not enabled["Open"] and not enabled["Remove"], enabled
        assert enabled["Close"]
