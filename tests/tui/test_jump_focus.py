"""A jump into another article while the text pane has focus and is scrolled (found by QA)."""

from pathlib import Path

from tests.tui.corpus_fixture import app_data, claims_article
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import AppData
from tui.widgets.claims import ClaimsList
from tui.widgets.reader import ArticleReader


def _two_articles(path: Path) -> AppData:
    articles, claims = [], []
    for key in ("a", "b"):
        sentences = [f"Officials in {key} said {n + 1},000 troops moved on day {n + 1}." for n in range(40)]
        article, article_claims = claims_article(key, sentences, title=f"Article {key}")
        articles.append(article)
        claims += article_claims
    return app_data(path, articles, claims)


async def test_a_jump_from_a_scrolled_text_pane_marks_the_claim_jumped_to(tmp_path: Path) -> None:
    app = FactscopeApp(data=_two_articles(tmp_path / "corpus.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_article(app.data.corpus.claim("a00").article_id)
        reader = app.main_screen.query_one(ArticleReader)
        reader.focus()
        # (the article is laid out, its scroll bar shown and the focus handed over in the next frames:
        # a page down before that scrolls nothing on a loaded machine)
        await wait_until(
            lambda: app.focused is reader and reader.allow_vertical_scroll, pilot=pilot, what="the article laid out"
        )
        await pilot.press("pagedown", "pagedown", "pagedown")
        await wait_until(lambda: reader.scroll_y > 0, pilot=pilot, what="the text pane scrolled")
        assert reader.scroll_y > 0
        app.open_claim("b30")  # as search, the palette or a view does on Enter
        main = app.main_screen
        await wait_until(lambda: reader.selected_id == "b30", pilot=pilot, what="the claim jumped to marked")
        assert main.selected_id == "b30"
        assert main.query_one(ClaimsList).highlighted_claim_id() == "b30"
        assert reader.selected_id == "b30" and "b30" in reader.visible_claim_ids()


async def test_the_text_scrolled_on_past_a_queued_selection_is_not_pulled_back_to_it(tmp_path: Path) -> None:
    """Scrolling the text selects its first visible claim through a message to the screen; when the
    text scrolls on before the screen reads it (a page down animated over several frames, keys
    held on a loaded machine), that older claim must not be selected again: it would scroll the
    text back to it, select the one before, and so on back to the top (found by CI)."""
    app = FactscopeApp(data=_two_articles(tmp_path / "corpus.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_article(app.data.corpus.claim("a00").article_id)
        reader = app.main_screen.query_one(ArticleReader)
        reader.focus()
        await wait_until(
            lambda: app.focused is reader and reader.allow_vertical_scroll and reader.max_scroll_y > 60,
            pilot=pilot,
            what="the text laid out, with its scroll bar, and focused",
        )
        reader.scroll_to(y=30, animate=False, immediate=True)  # selects the claim at the top, by message
        passed = reader.selected_id
        reader.scroll_to(y=60, animate=False, immediate=True)  # further on before the screen read it
        now = reader.selected_id
        assert passed != now and passed not in reader.visible_claim_ids()
        await pilot.pause()
        await wait_until(lambda: app.main_screen.selected_id == now, pilot=pilot, what="the claim at the top selected")
        assert reader.scroll_y == 60 and reader.selected_id == now
