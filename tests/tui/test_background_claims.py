"""Background sentences (kind "background": colour and opinion kept for who said them) are plain text
in the browser: the reader does not mark them and the claims list does not list them."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import article_id
from corpus.model import Article
from tests.tui.corpus_fixture import app_data, sentence_claim
from tests.tui.helpers import option_texts, reader_of
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.widgets.claims import ClaimsList
from tui.widgets.sources import SourcesList


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


def _two_articles_with_background():
    from corpus.model import Extraction

    articles, claims = [], []
    for key, title in (("s", "Storm"), ("f", "Flood")):
        sentences = [f"The {title.lower()} killed 14 people.", f"“It is a disgrace,” the {key} mayor said."]
        body = "\n\n".join(sentences) + "\n"
        article = Article(article_id(body), title, "Outlet", [], "2024-10-11", False, f"{key}.txt", body)
        articles.append(article)
        claims += [
            sentence_claim(f"{key}0", article, sentences[0]),
            sentence_claim(f"{key}1", article, sentences[1], kind="background"),
        ]
    return Extraction(articles, claims, [], [])


@pytest.mark.parametrize("read", ["whole", "in part"])
async def test_the_sources_list_counts_the_claims_the_article_lists(tmp_path: Path, monkeypatch, read: str) -> None:
    """Not its background sentences: the list said "2 claims" of an article whose heading said 1.
    A DB read in part (shards of a claim) counts them from its view columns, as an add or a build
    leaves them."""
    from store.derived import write_derived_indexes
    from tests.tui.corpus_fixture import write_corpus

    if read == "in part":
        monkeypatch.setattr("store.shards.CLAIMS_PER_SHARD", 1)
    db = write_corpus(tmp_path / "corpus.json", _two_articles_with_background(), current=True)
    assert write_derived_indexes(db) == []
    app = FactscopeApp(db_path=tmp_path / "corpus.json")
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: app.data is not None and app.data.sources is not None, pilot=pilot, what="the data")
        assert app.data.corpus.complete == (read == "whole")
        sources = app.main_screen.query_one(SourcesList)
        await wait_until(lambda: len(sources.rows) == 2, pilot=pilot, what="the sources")
        assert all("· 1 claim" in row for row in option_texts(sources)), option_texts(sources)
        heading = str(app.main_screen.query_one("#article-title").render())
        assert "· 1 claim" in heading
