"""The sources list draws only the rows in view, and keys and mouse work as in a list."""

from __future__ import annotations

import random
from array import array
from itertools import accumulate

import pytest
from rich.console import Console
from rich.text import Text
from textual.app import App, ComposeResult

from corpus.model import Article
from tui.widgets.sources import (
    OPEN_MARK,
    RowLayout,
    SourcesList,
    Widths,
    lines_for,
    lines_needed,
    source_row,
    wrapped,
)

WORDS = ["Kyiv", "troops", "said", "border", "ministry", "a", "Pyongyang", "reported", "thousands", "of", "—", "’s"]


def article(n: int, title: str | None = None, outlet: str | None = "Wire") -> Article:
    return Article(f"a{n:05d}", title or f"Report {n:05d}", outlet, [], "2024-01-05", False, "x.txt", "")


class ListApp(App[None]):
    def __init__(self, articles: list[Article]) -> None:
        super().__init__()
        self.articles = articles
        self.chosen: list[str] = []

    def compose(self) -> ComposeResult:
        yield SourcesList(id="sources")

    def on_mount(self) -> None:
        sources = self.query_one(SourcesList)
        sources.set_articles(self.articles, {a.id: 3 for a in self.articles})
        sources.focus()

    def on_sources_list_selected(self, event: SourcesList.Selected) -> None:
        self.chosen.append(event.article_id)


def drawn_lines(app: App) -> list[str]:
    """The screen as plain text, one string per line."""
    return ["".join(segment.text for segment in strip) for strip in app.screen._compositor.render_strips()]


async def test_five_thousand_articles_draw_only_the_rows_in_view(monkeypatch) -> None:
    drawn: list[int] = []
    draw = SourcesList._draw_row
    monkeypatch.setattr(
        SourcesList, "_draw_row", lambda self, index, *rest: drawn.append(index) or draw(self, index, *rest)
    )
    app = ListApp([article(n) for n in range(5000)])
    async with app.run_test(size=(40, 20)) as pilot:
        await pilot.pause()
        assert max(drawn) < 20 and len(set(drawn)) <= 20  # rows of the first screen only
        sources = app.query_one(SourcesList)
        assert sources.virtual_size.height == 5000 * 2  # each row: a title line, an outlet line
        await pilot.press("end")
        await pilot.pause()
        assert sources.highlighted == 4999
        assert "Report 04999" in "\n".join(drawn_lines(app))
        assert len(set(drawn)) <= 40  # the rows at the end, not the ones between


async def test_keys_move_the_cursor_and_enter_chooses() -> None:
    app = ListApp([article(n) for n in range(100)])
    async with app.run_test(size=(40, 12)) as pilot:
        sources = app.query_one(SourcesList)
        await pilot.pause()
        assert sources.highlighted == 0
        await pilot.press("down", "down", "up")
        assert sources.highlighted == 1
        await pilot.press("pagedown")
        assert sources.highlighted == 1 + 12 // 2  # a page of two-line rows
        await pilot.press("pageup", "end")
        assert sources.highlighted == 99
        await pilot.press("home", "down", "enter")
        assert app.chosen == ["a00001"]


async def test_a_click_chooses_the_row_under_the_mouse() -> None:
    app = ListApp([article(n) for n in range(30)])
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        await pilot.click(SourcesList, offset=(3, 5))  # the third row's outlet line
        assert app.chosen == ["a00002"]
        await pilot.press("pagedown", "pagedown")
        sources = app.query_one(SourcesList)
        top_row = sources.scroll_offset.y // 2
        await pilot.click(SourcesList, offset=(3, 0))
        assert app.chosen[-1] == f"a{top_row:05d}"


async def test_long_titles_take_two_lines_ending_in_an_ellipsis_and_the_open_one_is_marked() -> None:
    long = "North Korea to Send Thousands of Military Workers to Russia’s War Zones in Exchange for Vital Support"
    app = ListApp([article(0, long, outlet="A Very Long Outlet Name Indeed"), article(1, "Short")])
    async with app.run_test(size=(30, 10)) as pilot:
        sources = app.query_one(SourcesList)
        sources.highlight_article("a00000")
        await pilot.pause()
        lines = [line.strip() for line in drawn_lines(app)]
        assert lines[0].startswith(OPEN_MARK + "North Korea")
        assert lines[1].endswith("…") and "Support" not in lines[1]
        assert lines[2].startswith("A Very Long Outlet") and lines[3].endswith("3 claims")
        assert lines[4] == "Short"
        assert sources.row_text(0).startswith(OPEN_MARK) and not sources.row_text(1).startswith(OPEN_MARK)


async def test_an_open_mark_that_takes_a_title_onto_a_second_line_moves_the_rows_below() -> None:
    """Opening an article re-measures its row and the one it leaves: the rows below follow."""
    app = ListApp([article(0), article(1, "Next")])
    async with app.run_test(size=(34, 12)) as pilot:
        sources = app.query_one(SourcesList)
        await pilot.pause()
        fits_bare = "Kyiv " * (sources.scrollable_content_region.width // 5)
        fits_bare = (fits_bare + "troops")[: sources.scrollable_content_region.width - 1].rstrip()
        sources.set_articles([article(0, fits_bare), article(1, "Next")], {"a00000": 3, "a00001": 3})
        await pilot.pause()
        lines = [line.strip() for line in drawn_lines(app)]
        assert lines[0] == fits_bare and lines[2] == "Next"
        sources.highlight_article("a00000")
        await pilot.pause()
        lines = [line.strip() for line in drawn_lines(app)]
        assert lines[0].startswith(OPEN_MARK) and lines[3] == "Next"
        sources.highlight_article("a00001")
        await pilot.pause()
        lines = [line.strip() for line in drawn_lines(app)]
        assert lines[0] == fits_bare and lines[2] == OPEN_MARK + "Next"


async def test_the_focused_cursor_row_has_the_block_cursor_background() -> None:
    app = ListApp([article(n) for n in range(5)])
    async with app.run_test(size=(40, 10)) as pilot:
        await pilot.pause()
        strips = app.screen._compositor.render_strips()
        cursor = app.get_css_variables()["block-cursor-background"].lower()
        first_row = {
            segment.style.bgcolor.triplet.hex for segment in strips[0] if segment.style and segment.style.bgcolor
        }
        other_row = {
            segment.style.bgcolor.triplet.hex for segment in strips[2] if segment.style and segment.style.bgcolor
        }
        assert cursor in first_row and cursor not in other_row


async def test_markup_in_titles_is_shown_as_written() -> None:
    app = ListApp([article(0, "Closing tag [/foo] and [b]bold[/b] [@click=app.quit]x[/]")])
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        assert "Closing tag [/foo] and [b]bold[/b] [@click=app.quit]x[/]" in drawn_lines(app)[0]


@pytest.mark.parametrize("width", [8, 13, 24, 36])
def test_a_rows_height_is_the_lines_it_draws(width: int) -> None:
    """Heights come from widths alone; they must match what wrapping draws, or rows overlap."""
    console = Console(width=200)
    rng = random.Random(width)
    for _ in range(300):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 14)))
        lines = wrapped(Text(text), width, console)
        assert len(lines) == lines_needed(text, width), text
        assert all(line.cell_len <= width for line in lines), text


class CountedWidths(array):
    """16-bit widths as a saved first screen gives them, counting the widths read one by one."""

    read = 0

    def __getitem__(self, index):  # type: ignore[override]
        CountedWidths.read += 1
        return super().__getitem__(index)

    def __iter__(self):  # type: ignore[override]
        for index in range(len(self)):
            yield self[index]


class SavedLike(tuple):
    """Rows that know every row's widths (``cells``), as ``tui.first_screen.SavedRows`` do."""

    def cells(self):
        return CountedWidths("H", (r.title_cells for r in self)), CountedWidths("H", (r.meta_cells for r in self))


class RowsApp(App[None]):
    def __init__(self, rows) -> None:
        super().__init__()
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield SourcesList(id="sources")

    def on_mount(self) -> None:
        sources = self.query_one(SourcesList)
        sources.set_rows(self.rows)
        sources.focus()


async def test_fifty_thousand_rows_are_laid_out_as_far_as_they_are_drawn() -> None:
    """The first screen reads the widths of the rows it draws, not every row's (a loop over
    50,000 rows' widths, for each width the list was laid out at, cost ~8 ms of it)."""
    articles = [article(n, f"A longer title, of report {n}" if n % 3 else None) for n in range(50_000)]
    rows = SavedLike(source_row(a, 3) for a in articles)
    CountedWidths.read = 0
    app = RowsApp(rows)
    async with app.run_test(size=(30, 20)) as pilot:
        await pilot.pause()
        sources = app.query_one(SourcesList)
        assert "Report 00000" in drawn_lines(app)[0]
        assert CountedWidths.read < 2_000, CountedWidths.read
        width = sources.scrollable_content_region.width
        assert sources.virtual_size.height == sum(
            lines_for(r.title_cells, width) + lines_for(r.meta_cells, width) for r in rows
        )
        await pilot.press("end")
        await pilot.pause()
        assert sources.highlighted == 49_999
        last = [line.strip() for line in drawn_lines(app)[-4:]]
        assert last == ["A longer title, of report", "49999", "Wire", "2024-01-05 · 3 claims"]


@pytest.mark.parametrize("widest", [200, 400])  # one byte a width, and wider than a byte holds
def test_a_layout_asked_row_by_row_is_the_sum_of_the_heights(widest: int) -> None:
    rng = random.Random(widest)
    titles = [rng.randint(0, widest) for _ in range(3_000)]
    metas = [rng.randint(0, widest) for _ in range(3_000)]
    for cells in (titles, array("H", titles)):
        layout = RowLayout(Widths(cells), Widths(array("H", metas)), 90)
        heights = [lines_for(t, 90) + lines_for(m, 90) for t, m in zip(titles, metas, strict=True)]
        tops = [0, *accumulate(heights)]
        assert layout.total == tops[-1]
        assert layout.row_at(tops[1500] + 1) == 1500 and layout.top(2999) == tops[2999]
        assert layout.row_at(-1) is None and layout.row_at(tops[-1]) is None
        assert layout.row_at(tops[-1] - 1) == 2999
        # the open row's height set apart: the rows below move, those above stay
        grown = heights[700] + 1
        assert layout.set_height(700, grown) and not layout.set_height(700, grown)
        heights[700] = grown
        tops = [0, *accumulate(heights)]
        assert layout.total == tops[-1] and layout.top(2000) == tops[2000] and layout.top(700) == tops[700]
        assert [layout.row_at(line) for line in (tops[701], tops[701] - 1)] == [701, 700]
        layout.set_height(700, heights[700] - 1)
        assert layout.total == tops[-1] - 1 and layout.height(700) == layout.base_height(700)
