"""Untrusted text shows literally; claims stay visible without colour; long text opens."""

from __future__ import annotations

import pytest

from corpus.loader import article_id
from corpus.model import Article, Claim, Extraction
from store.user_db import UserDB
from tests.tui.corpus_fixture import write_corpus
from tests.tui.helpers import SIZES, option_texts, reader_of, screen_text, visible_text
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import AppData
from tui.widgets.sources import SourcesList


def _claim(extraction, fragment):
    return next(claim for claim in extraction.claims if fragment in claim.text)


@pytest.mark.parametrize("size", SIZES)
async def test_markup_in_an_article_shows_literally(make_data, extraction, size) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(size[0], size[1])) as pilot:
        markup_claim = _claim(extraction, "[bold]not bold")
        app.open_claim(markup_claim.id)
        await pilot.pause()
        text = visible_text(reader_of(app))
        for literal in (
            "[bold]not bold[/bold]",
            "[@click=app.quit]click me[/]",
            ":warning:",
            "[red]people[/red]",
        ):
            assert literal in text.replace("\n", " ") or literal in " ".join(text.split())
        # titles in the sources list stay literal too
        assert any(
            "[b]page[/b] with :warning: markup" in row for row in option_texts(app.main_screen.query_one(SourcesList))
        )
        # the link reason, written by the pipeline from article words, is literal as well
        app.open_claim(_claim(extraction, "12 [red]people").id)
        await pilot.pause()
        await pilot.press("tab", "tab")  # to the claims pane (shown on 80x24)
        await pilot.pause()
        assert "[bold]cites[/bold] the agency" in screen_text(app)
        # clicking the would-be [@click] text does nothing but select
        assert app.is_running


async def test_no_color_still_marks_claims_and_conflicts(make_data, extraction, monkeypatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        assert app.no_color
        claim = _claim(extraction, "1,500 special")
        app.open_claim(claim.id)
        await pilot.pause()
        reader = reader_of(app)
        first, _last = reader.claim_lines(claim)
        strip = reader.render_line(first - int(reader.scroll_y))
        assert strip.text.startswith("▶#≠")  # selected, quantity, in conflict: all as glyphs
        claim_segments = [segment for segment in strip if "1,500" in segment.text]
        assert claim_segments and all(segment.style.underline for segment in claim_segments)
        other = _claim(extraction, "navy ships")
        other_first, _ = reader.claim_lines(other)
        assert reader.render_line(other_first - int(reader.scroll_y)).text.startswith("┃◆ ")
        rendered = screen_text(app)
        assert "≠ conflicts (2)" in rendered and "#≠" in rendered


def _long_article(size_bytes: int) -> tuple[Article, list[Claim]]:
    paragraph = (
        "Officials said on Tuesday that 1,200 workers had arrived, while a spokesman denied the report. "
        "Analysts expect further deployments [bold]soon[/bold].\n"
    )
    body = paragraph * (size_bytes // len(paragraph))
    article = Article(article_id(body), "A very long page", "Wire", [], "2025-01", False, "long.txt", body)
    claims = []
    step = len(paragraph) * 50
    for start in range(0, len(body), step):
        text = "1,200 workers had arrived"
        offset = body.index(text, start)
        claims.append(
            Claim(
                f"c-long-{offset}",
                article.id,
                offset,
                offset + len(text),
                text,
                "quantity",
                "Officials",
                "asserted",
            )
        )
    return article, claims


async def test_a_500_kb_article_opens_and_jumps_to_its_last_claim(tmp_path) -> None:
    article, claims = _long_article(500_000)
    corpus = write_corpus(tmp_path / "long.json", Extraction([article], claims, [], []))
    data = AppData(corpus, UserDB.open(tmp_path / "user.json"))
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = reader_of(app)
        assert reader.line_count() > 4000
        await pilot.press("greater_than_sign")
        await pilot.pause()
        last = claims[-1]
        first_line, last_line = reader.claim_lines(last)
        top = int(reader.scroll_y)
        assert top > 4000 and top <= first_line and last_line < top + reader.scrollable_content_region.height
        assert any(line.startswith("▶#") for line in visible_text(reader).splitlines())
        await pilot.press("less_than_sign")
        await pilot.pause()
        assert int(reader.scroll_y) < 10


@pytest.mark.parametrize("width", [80, 200])
async def test_panes_collapse_on_narrow_terminals_and_spread_on_wide(make_data, width) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        screen = app.main_screen
        shown = [pane for pane in ("sources", "reader", "claims") if screen.query_one(f"#{pane}-pane").display]
        if width == 80:
            assert shown == ["reader"] and screen.query_one("#pane-tabs").display
            await pilot.press("tab")
            assert [p for p in ("sources", "reader", "claims") if screen.query_one(f"#{p}-pane").display] == ["claims"]
            await pilot.press("tab", "tab")  # xrefs, then round to sources
            assert screen.query_one("#sources-pane").display and not screen.query_one("#claims-pane").display
        else:
            assert shown == ["sources", "reader", "claims"] and not screen.query_one("#pane-tabs").display
            assert screen.query_one("#reader-pane").size.width >= 80


async def test_load_failure_exits_with_the_errors_code_and_one_line(monkeypatch, tmp_path) -> None:
    from store.errors import CorruptDatabase

    broken = tmp_path / "corpus.json"

    def failing_load(db_path, progress=None):
        raise CorruptDatabase(db_path, "truncated")

    monkeypatch.setattr("tui.app.load_app_data", failing_load)
    app = FactscopeApp(db_path=broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(lambda: not app.is_running, pilot=pilot, what="the app to exit")
    assert app.return_code == 3, app.failure  # as `check` and the other commands say a corrupt DB
    assert app.failure is not None and app.failure.startswith(f"{broken}: corrupt database (truncated)")
    assert "\n" not in app.failure


async def test_load_failure_on_the_web_page_shows_one_line_not_a_traceback(monkeypatch, tmp_path) -> None:
    from corpus.errors import FactscopeError
    from tui.screens.loading import LoadFailedScreen

    broken = tmp_path / "corpus.json"

    def failing_load(db_path, progress=None):
        raise FactscopeError(f"{db_path}: corrupt database (truncated); left untouched")

    monkeypatch.setattr("tui.app.load_app_data", failing_load)
    monkeypatch.setattr(FactscopeApp, "is_web", property(lambda self: True))
    app = FactscopeApp(db_path=broken)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(lambda: isinstance(app.screen, LoadFailedScreen), pilot=pilot, what="the failure screen")
        assert app.screen.message == f"{broken}: corrupt database (truncated); left untouched"
        assert "Traceback" not in screen_text(app)
        await pilot.press("q")
    assert app.return_code == 0


async def test_the_app_loads_its_db_in_a_worker(extraction, tmp_path) -> None:
    write_corpus(tmp_path / "mine.json", extraction, current=True)
    app = FactscopeApp(db_path=tmp_path / "mine.json")
    messages: list[str] = []
    notify = app.notify
    app.notify = lambda message, **options: (messages.append(message), notify(message, **options))  # type: ignore[method-assign]
    checks: list = []
    check_corpus = app.check_corpus
    app.check_corpus = lambda *args: checks.append(check_corpus(*args)) or checks[-1]  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        # the staleness check, started after the data is shown
        await wait_until(lambda: checks and checks[0].is_finished, pilot=pilot, what="the staleness check")
        await pilot.pause()
        assert messages == []  # current DB: not rebuilt, no warnings
        assert app.data is not None and app.data.corpus.path == tmp_path / "mine.json"
        assert len(option_texts(app.main_screen.query_one(SourcesList))) == 3
        assert app.main_screen.selected_id is not None


async def test_an_empty_corpus_says_how_to_add_articles(tmp_path) -> None:
    corpus = write_corpus(tmp_path / "empty.json", Extraction())
    app = FactscopeApp(data=AppData(corpus, UserDB.open(tmp_path / "user.json")))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "b", "a", "enter", "backspace")  # nothing to act on: no crash
        assert "factscope add" in screen_text(app)


async def test_a_stale_db_is_shown_at_once_then_rebuilt_in_the_background(extraction, tmp_path) -> None:
    """End to end with the real pipeline: the stale DB's articles first, the rebuilt corpus after."""
    write_corpus(tmp_path / "stale.json", extraction)  # fingerprint from no real build: stale
    app = FactscopeApp(db_path=tmp_path / "stale.json")
    messages: list[str] = []
    notify = app.notify
    app.notify = lambda message, **options: (messages.append(message), notify(message, **options))  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_until(lambda: messages, pilot=pilot, timeout=60, what="the rebuild")
        assert messages == ["The corpus was rebuilt for this version of factscope."]
        sources = option_texts(app.main_screen.query_one(SourcesList))
        assert len(sources) == 3 + 5  # its own articles kept, the bundled ones added
        assert any("Washington Post" in row for row in sources)
        assert app.main_screen.claims  # the pipeline found claims in the article on screen
