"""A jump into another article while the text pane has focus and is scrolled (found by QA)."""
from pathlib import Path

from corpus.loader import article_id
from corpus.model import Article, Claim, Extraction
from store.corpus_db import CorpusDB
from store.user_db import UserDB
from tests.tui.corpus_fixture import write_corpus
from tui.app import FactscopeApp
from tui.data import AppData
from tui.widgets.claims import ClaimsList
from tui.widgets.reader import ArticleReader


def _two_articles(path: Path) -> AppData:
    articles, claims = [], []
    for key in ("a", "b"):
        sentences = [f"Officials in {key} said {n + 1},000 troops moved on day {n + 1}." for n in range(40)]
        body = "\n\n".join(sentences) + "\n"
        article = Article(article_id(body), f"Article {key}", "Outlet", [], "2024-10-11", False, f"{key}.txt", body)
        articles.append(article)
        for n, text in enumerate(sentences):
            start = body.index(text)
            claims.append(Claim(f"{key}{n:02d}", article.id, start, start + len(text), text, "quantity", None, "asserted"))
    write_corpus(path, Extraction(articles, claims, [], []))
    return AppData(corpus=CorpusDB.open(path), user=UserDB.open(path.parent / "user.json"), index=None)


async def test_a_jump_from_a_scrolled_text_pane_marks_the_claim_jumped_to(tmp_path: Path) -> None:
    app = FactscopeApp(data=_two_articles(tmp_path / "corpus.json"))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_article(app.data.corpus.claim("a00").article_id)
        reader = app.main_screen.query_one(ArticleReader)
        reader.focus()
        await pilot.press("pagedown", "pagedown", "pagedown")
        await pilot.pause()
        assert reader.scroll_y > 0
        app.open_claim("b30")  # as search, the palette or a view does on Enter
        await pilot.pause()
        main = app.main_screen
        assert main.selected_id == "b30"
        assert main.query_one(ClaimsList).highlighted_claim_id() == "b30"
        assert reader.selected_id == "b30" and "b30" in reader.visible_claim_ids()
