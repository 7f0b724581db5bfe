"""The palette at scale: it finds claims and entities of a corpus read in part without reading
every claim (it read them all as it opened, and again for an entity's count), and lists a
screenful of articles before anything is typed, not every article."""

from __future__ import annotations

from pathlib import Path

from corpus.loader import article_id
from corpus.model import Article, Extraction
from store.claim_docs import ClaimDocs
from store.corpus_db import CorpusDB
from store.links import LinkColumns
from store.user_db import UserDB
from tests.query.test_view_rows import stored
from tests.tui.corpus_fixture import build_extraction, built_corpora
from tests.tui.helpers import palette_hits, palette_settled, screen_text
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import AppData, queries_of
from tui.providers.articles import SHOWN


def read_in_part(path: Path, extraction: Extraction) -> AppData:
    """The DB as the app opens it: its first article's claims read, the others on demand."""
    stored(path, extraction, 1)  # a build of one article, then an add (a shard) per article
    db = CorpusDB.open_part(path, lambda articles: articles[0])
    assert not db.complete
    docs, _ = ClaimDocs.from_db(db)
    links, _ = LinkColumns.from_db(db)
    db.answer_from(docs.claim, links)
    return AppData(corpus=db, user=UserDB.open(path.with_name("user.json")))


async def test_the_palette_finds_claims_and_entities_without_reading_every_claim(tmp_path, monkeypatch) -> None:
    whole = build_extraction()
    data = read_in_part(tmp_path / "corpus.json", Extraction(whole.articles, whole.claims, whole.entities, []))
    read_whole: list[str] = []
    load_rest = CorpusDB.load_rest
    monkeypatch.setattr(CorpusDB, "load_rest", lambda self: read_whole.append("rest") or load_rest(self))
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(
            lambda: app.data is not None and app.data.index is not None and queries_of(app.data).ready("entities"),
            pilot=pilot,
            what="the search index and the views' models",
        )
        claims = await palette_hits(pilot, "1,500 special")
        assert "1,500 special" in claims and "Open claim" in claims
        entities = await palette_hits(pilot, "north korea")
        assert "North Korea (country" in entities and "Open in the entities view" in entities
        assert not read_whole and not app.data.corpus.complete


async def test_the_palette_lists_a_screenful_of_articles_before_anything_is_typed(tmp_path) -> None:
    articles = []
    for number in range(SHOWN + 10):
        body = f"Zebra report number {number} said nothing new.\n"
        articles.append(
            Article(article_id(body), f"Zebra report {number}", "Wire", [], "2025-01-06", False, f"z{number}.txt", body)
        )
    built_corpora().write(tmp_path / "corpus.json", Extraction(articles, [], [], []))
    app = FactscopeApp(
        data=AppData(corpus=CorpusDB.open(tmp_path / "corpus.json"), user=UserDB.open(tmp_path / "user.json"))
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await wait_until(lambda: palette_settled(app), pilot=pilot, what="the palette's list")
        from textual.command import CommandList

        listed = app.screen.query_one(CommandList)
        prompts = [str(getattr(option.prompt, "plain", option.prompt)) for option in listed.options]
        assert sum("Zebra report" in prompt for prompt in prompts) == SHOWN  # not all 60
        await pilot.press(*"report 59")
        await wait_until(lambda: palette_settled(app), pilot=pilot, what="the palette's hits")
        assert "Zebra report 59" in screen_text(app)  # every article can still be found


async def test_the_palettes_article_labels_are_made_behind_search_not_as_it_opens(make_data) -> None:
    from tui.providers import articles

    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(
            lambda: app.data is not None and queries_of(app.data).ready("entities"),
            pilot=pilot,
            what="the views' models",
        )
        await app.workers.wait_for_complete()
        assert app.data.corpus in articles._ENTRIES  # made by the worker that prepares the views
        hits = await palette_hits(pilot, "seoul daily")
        assert "Seoul Daily" in hits
