"""Background sentences (kind "background": colour and opinion kept for who said them) are plain text
in the browser: the reader does not mark them and the claims list does not list them."""

from __future__ import annotations

from pathlib import Path

from corpus.loader import article_id
from corpus.model import Article
from tests.tui.corpus_fixture import app_data, sentence_claim
from tests.tui.helpers import option_texts, reader_of
from tui.app import FactscopeApp
from tui.widgets.claims import ClaimsList


async def test_background_sentences_are_neither_marked_nor_listed(tmp_path: Path) -> None:
    sentences = ["The storm killed 14 people in the valley.", "“It is a disgrace,” the mayor said."]
    body = "\n\n".join(sentences) + "\n"
    article = Article(article_id(body), "Storm", "Outlet", [], "2024-10-11", False, "storm.txt", body)
    claims = [
        sentence_claim("c0", article, sentences[0]),
        sentence_claim("c1", article, sentences[1], kind="background"),
    ]
    app = FactscopeApp(data=app_data(tmp_path / "corpus.json", [article], claims))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_claim("c0")
        await pilot.pause()
        assert [claim.id for claim in reader_of(app).claims] == ["c0"]
        listed = option_texts(app.main_screen.query_one(ClaimsList))
        assert len(listed) == 1 and "storm killed 14" in listed[0]
