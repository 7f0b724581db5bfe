"""Second QA round: defects found using the browser as an analyst would, each pinned by a test."""

from __future__ import annotations

from pathlib import Path

from corpus.loader import article_id
from corpus.model import Article, Claim, Extraction
from store.corpus_db import CorpusDB
from store.user_db import UserDB
from tests.tui.corpus_fixture import write_corpus
from tests.tui.test_views_table import TableApp
from tui.app import FactscopeApp
from tui.data import AppData
from tui.screens.main import MainScreen
from tui.widgets.claims import ClaimsList
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


def _many_claims_corpus(path: Path, count: int = 12) -> AppData:
    """One article of ``count`` one-sentence claims, each a paragraph."""
    sentences = [f"Officials said {n + 1},000 troops moved on day {n + 1}." for n in range(count)]
    body = "\n\n".join(sentences) + "\n"
    article = Article(article_id(body), "Many claims", "Outlet", [], "2024-10-11", False, "many.txt", body)
    claims = []
    for n, text in enumerate(sentences):
        start = body.index(text)
        claims.append(Claim(f"c{n:02d}", article.id, start, start + len(text), text, "quantity", None, "asserted"))
    write_corpus(path, Extraction([article], claims, [], []))
    return AppData(corpus=CorpusDB.open(path), user=UserDB.open(path.parent / "user.json"), index=None)


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
        await pilot.pause(0.3)
        assert selections[:3] == ["c01", "c02", "c03"]
        assert len(selections) <= 6, selections[:12]  # each echo is handled once, not forever
        assert main.selected_id == "c03"
        assert main.query_one(ClaimsList).highlighted_claim_id() == "c03"
        assert main.query_one(ArticleReader).selected_id == "c03"
