"""A hostile article in the real app (Pilot): markup, emoji codes and escape payloads
show as literal text or not at all, and no drawn segment carries a control character."""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

import pytest

from corpus.loader import read_article
from corpus.model import Claim, Extraction
from store.corpus_db import CorpusDB
from tests.tui.helpers import palette_settled
from tests.waiting import wait_until

HOSTILE = (
    "Breaking \x1b]0;PWNED-TITLE\x07[bold]Mayor[/] :warning: update\r\n"
    "The mayor said 40 homes burned\x1b]52;c;cHduZWQtY2xpcGJvYXJk\x07 [@click=app.quit]overnight[/].\x1b[2J\r\n"
    "Officials \u202eroF\u202c denied it [link=https://evil.example]here[/link].\x9b31m\r\n"
)
PAYLOADS = ("PWNED-TITLE", "cHduZWQtY2xpcGJvYXJk", "2J", "31m")
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _claim(article, sentence: str) -> Claim:
    start = article.body.index(sentence)
    return Claim(
        id="c" + hashlib.sha256(sentence.encode()).hexdigest()[:10], article_id=article.id, start=start, end=start + len(sentence),
        text=sentence, kind="quantity", speaker="The mayor", certainty="asserted",
    )  # fmt: skip


@pytest.fixture
def hostile_data(tmp_path: Path):
    from store.user_db import UserDB
    from tui.data import AppData

    source = tmp_path / "hostile.txt"
    source.write_bytes(HOSTILE.encode("utf-8"))
    article = read_article(source).article
    claims = [
        _claim(article, "The mayor said 40 homes burned [@click=app.quit]overnight[/]."),
        _claim(article, "Officials ⟨RLO⟩roF⟨PDF⟩ denied it [link=https://evil.example]here[/link]."),
    ]
    db_path = tmp_path / "corpus.json"
    CorpusDB.open(db_path, create=True).replace_all(
        Extraction(articles=[article], claims=claims), None, pipeline_version="faults", includes_bundled=False
    )
    return AppData(corpus=CorpusDB.open(db_path), user=UserDB.open(tmp_path / "user.json")), article


def screen_text(app) -> str:
    svg = app.export_screenshot()
    return "".join(html.unescape(chunk) for chunk in re.findall(r"<text [^>]*>(.*?)</text>", svg))


async def test_hostile_article_shows_literally_in_the_app(hostile_data) -> None:
    from tui.app import FactscopeApp
    from tui.widgets.reader import ArticleReader

    data, article = hostile_data
    app = FactscopeApp(data=data)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        reader = app.main_screen.query_one(ArticleReader)
        assert reader.article is not None and reader.article.id == article.id
        drawn = [reader.render_line(y) for y in range(reader.scrollable_content_region.height)]
        for strip in drawn:
            for segment in strip:
                assert CONTROL.search(segment.text) is None, repr(segment.text)
        shown = " ".join(strip.text for strip in drawn)
        for literal in (
            "[bold]Mayor[/] :warning:",
            "[@click=app.quit]overnight[/]",
            "⟨RLO⟩roF⟨PDF⟩",
            "[link=https://evil.example]here[/link]",
        ):
            assert literal in shown
        everything = screen_text(app)
        assert "[@click=app.quit]overnight[/]" in everything
        # the title (sources list, reader header, claim detail) is the hostile first line, literally
        assert "".join("Breaking [bold]Mayor[/] :warning: update".split()) in "".join(everything.split())
        assert not any(payload in everything for payload in PAYLOADS)
        await pilot.click(ArticleReader)  # a click on the text must not run an embedded action
        await pilot.pause()
        assert app.is_running


async def test_hostile_titles_show_literally_in_the_command_palette(hostile_data) -> None:
    from textual.command import CommandList

    from tui.app import FactscopeApp

    data, _ = hostile_data
    app = FactscopeApp(data=data)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        app.action_command_palette()
        await pilot.pause()
        await pilot.press(*"Breaking Mayor")
        await wait_until(lambda: palette_settled(app), pilot=pilot, what="the palette's hits")
        hits = app.screen.query_one(CommandList)
        drawn = [hits.render_line(y) for y in range(hits.size.height)]
        for strip in drawn:
            assert all(CONTROL.search(segment.text) is None for segment in strip)
        listed = "".join("".join(strip.text for strip in drawn).split())
        assert "Breaking[bold]Mayor[/]:warning:update" in listed
        assert not any(payload in listed for payload in PAYLOADS)
