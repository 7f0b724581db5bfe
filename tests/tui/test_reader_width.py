"""Text wraps inside the columns a pane can show, also when the text it is given makes a
scrollbar appear: Textual sends no Resize when a scroll view's scrollbar comes, so the reader
of a first screen filled after a slow load (an empty reader, no scrollbar yet) cut two
letters off every line's end at 80 columns."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import App, ComposeResult

from corpus.loader import article_id
from corpus.model import Article
from tests.waiting import wait_until
from tui.widgets.reader import GUTTER, ArticleReader
from tui.widgets.sources import SourcesList

# short words fill every line to within a letter of its width
PARAGRAPH = " ".join(["The board said on May 5 it had 2 new cranes and 9 of its 40 men on the dock."] * 3)


class ReaderApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleReader()


async def test_text_filled_into_an_empty_reader_fits_beside_its_scrollbar() -> None:
    body = "\n\n".join([PARAGRAPH] * 12)  # far taller than the reader: a scrollbar appears
    article = Article(article_id(body), "Crane", "Outlet", [], "2025-03-04", False, "crane.txt", body)
    app = ReaderApp()
    async with app.run_test(size=(60, 12)) as pilot:
        reader = app.query_one(ArticleReader)
        await wait_until(lambda: reader.size.width == 60, pilot=pilot, what="the reader's first layout")
        await pilot.pause()
        reader.show_article(article, [], set())
        await wait_until(lambda: reader.show_vertical_scrollbar, pilot=pilot, what="a scrollbar")
        await pilot.pause()
        shown = reader.scrollable_content_region.width - GUTTER
        widths = [cell_len(reader.line_text(index).rstrip()) for index in range(reader.line_count())]
        assert max(widths) <= shown, f"lines of {max(widths)} cells in {shown} shown"


class EmptyListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield SourcesList()


async def test_rows_set_into_an_empty_sources_list_are_laid_out_beside_its_scrollbar() -> None:
    app = EmptyListApp()
    async with app.run_test(size=(40, 10)) as pilot:
        sources = app.query_one(SourcesList)
        await wait_until(lambda: sources.outer_size.width == 40, pilot=pilot, what="the list's first layout")
        await pilot.pause()
        articles = [
            Article(f"a{n:03d}", f"Report {n:03d}", "Wire", [], "2024-01-05", False, "x.txt", "") for n in range(30)
        ]
        sources.set_articles(articles, {a.id: 3 for a in articles})
        await wait_until(lambda: sources.show_vertical_scrollbar, pilot=pilot, what="a scrollbar")
        await pilot.pause()
        # a title as wide as the list was before the scrollbar came must now take two lines
        assert sources._laid_out_width == sources.scrollable_content_region.width
