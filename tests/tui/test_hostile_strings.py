"""Every DB string is plain text wherever it meets Textual or Rich: palette hits and their
help, notifications, titles, footers, tables, headings, lists and the views.

The corpus below puts markup-looking text in every field a user can't control:
article titles, outlets, speakers, entity names, measures, link reasons and notes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import article_id
from corpus.model import Article, Claim, Entity, Extraction, Quantity, XRef
from store.corpus_db import CorpusDB
from store.user_db import UserDB
from tests.tui.corpus_fixture import write_corpus
from tests.tui.helpers import palette_hits, screen_text
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import AppData

# Each would change the look or the behaviour if parsed as markup; "[/foo]" raises.
HOSTILE = ("[b]x[/b]", "[/foo]", "[@click=app.quit]", "[VIDEO]")
TITLE = "Closing tag [/foo] first zebra [VIDEO]"
OUTLET = "[b]x[/b] Wire [/foo]"
SPEAKER = "[@click=app.quit] spokesman"
ENTITY = "[VIDEO] Command"
MEASURE = "zebra [/foo] troops"
NOTE = "my [b]x[/b] note [/foo]"


def _article(body: str, title: str, outlet: str | None) -> Article:
    return Article(article_id(body), title, outlet, ["[b]x[/b]"], "2025-01-06", False, "zebra.txt", body)


def _claim(claim_id: str, article: Article, text: str, date: str) -> Claim:
    start = article.body.index(text)
    figure = text.split()[0]
    return Claim(
        claim_id,
        article.id,
        start,
        start + len(text),
        text,
        "quantity",
        SPEAKER,
        "asserted",
        quantities=[Quantity(figure, float(figure), None, None, "troops", MEASURE)],
        entities=[ENTITY],
        date=date,
        speaker_chain=[SPEAKER, article.outlet or "the paper"],
        subject=MEASURE,
    )


def hostile_data(tmp_path: Path) -> AppData:
    """Article one has no outlet, so its title names it (in the palette's help line too)."""
    first = _article("The Pentagon said 777 zebra troops moved to Kursk on Monday.\n", TITLE, None)
    second = _article("Officials said 900 zebra troops followed on Friday.\n", "Second [b]x[/b] report", OUTLET)
    claims = [
        _claim("z0", first, "777 zebra troops moved to Kursk on Monday", "2025-01-06"),
        _claim("z1", second, "900 zebra troops followed on Friday", "2025-01-10"),
    ]
    xrefs = [XRef("z1", "z0", "updates", 0.8, "[b]x[/b] later [/foo] count")]
    path = tmp_path / "corpus.json"
    entities = [Entity(ENTITY, "organisation", ["[/foo]"])]
    write_corpus(path, Extraction([first, second], claims, entities, xrefs))
    user = UserDB.open(tmp_path / "user.json")
    user.add_bookmark("z0", claims[0].text)
    user.set_note("z0", NOTE)
    return AppData(corpus=CorpusDB.open(path), user=user)


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
async def test_palette_hits_show_hostile_titles_speakers_and_entities_literally(tmp_path, size) -> None:
    app = FactscopeApp(data=hostile_data(tmp_path))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        claims_hits = await palette_hits(pilot, "zebra")
        assert app.is_running  # "[/foo]" in the help line used to raise a MarkupError
        assert "[@click=app.quit]" in claims_hits
        assert TITLE in claims_hits and OUTLET in claims_hits  # the help lines name the source
        entity_hits = await palette_hits(pilot, "video")
        assert "[VIDEO] Command" in entity_hits
        article_hits = await palette_hits(pilot, "second report")
        assert OUTLET in article_hits
        assert app.is_running


async def test_every_view_shows_hostile_strings_literally(tmp_path) -> None:
    app = FactscopeApp(data=hostile_data(tmp_path))
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        app.open_claim("z1")
        await pilot.pause()
        main = screen_text(app)
        for literal in (TITLE, OUTLET, "[@click=app.quit] spokesman", "[b]x[/b] later [/foo] count"):
            assert literal in main, literal
        app.open_claim("z0")
        await pilot.pause()
        assert "[b]x[/b] note [/foo]" in screen_text(app)  # the note, in the facts box

        for key, literals in (
            ("f", [MEASURE, OUTLET]),
            ("t", ["[@click=app.quit]", OUTLET]),
            ("e", [ENTITY]),
            ("B", [NOTE, TITLE]),  # z0's article has no outlet: its title names the source
        ):
            await pilot.press(key)
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            shown = screen_text(app)
            for literal in literals:
                assert literal in shown, (key, literal)
            await pilot.press("escape")
            await pilot.pause()

        await pilot.press("/")
        await pilot.pause()
        await pilot.press(*"zebra")
        await wait_until(lambda: app.screen.results_current, pilot=pilot, what="the search results")
        assert "[@click=app.quit]" in screen_text(app) and OUTLET in screen_text(app)
        assert app.is_running


async def test_notifications_quote_db_strings_literally(tmp_path) -> None:
    app = FactscopeApp(data=hostile_data(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.open_claim("[/foo]")  # names the id it could not find
        await pilot.pause()
        assert "[/foo]" in screen_text(app)
        assert app.is_running
