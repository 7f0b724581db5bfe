"""The main split view: open, move through claims, follow links and come back."""

from __future__ import annotations

import pytest

from tests.tui.helpers import SIZES, option_texts, reader_of, visible_text
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.widgets.claim_detail import XRefList
from tui.widgets.claims import ClaimsList
from tui.widgets.sources import SourcesList


def _by_text(extraction, fragment):
    return next(claim for claim in extraction.claims if fragment in claim.text)


@pytest.mark.parametrize("size", SIZES)
async def test_open_lists_sources_and_shows_oldest_article(make_data, extraction, size) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.main_screen
        sources = option_texts(screen.query_one(SourcesList))
        assert len(sources) == 3
        # oldest first; the estimated date is marked with ≈
        assert "Kyiv counts" in sources[0] and "≈2024-10" in sources[0]
        assert "Seoul Daily · 2024-10-18" in sources[1]
        kyiv = _by_text(extraction, "3,000 North Korean").article_id
        assert screen.article.id == kyiv
        assert screen.selected_id == _by_text(extraction, "3,000 North Korean").id
        claims = option_texts(screen.query_one(ClaimsList))
        assert len(claims) == 2 and "Pyongyang denied" in claims[1]
        assert "KYIV — Ukrainian intelligence" in visible_text(reader_of(app))


@pytest.mark.parametrize("size", SIZES)
async def test_next_and_previous_claim_keep_panes_in_sync(make_data, extraction, size) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=size) as pilot:
        seoul = _by_text(extraction, "1,500 special").article_id
        app.open_article(seoul)
        await pilot.pause()
        screen, reader = app.main_screen, reader_of(app)
        ids = [c.id for c in sorted((c for c in extraction.claims if c.article_id == seoul), key=lambda c: c.start)]
        assert screen.selected_id == ids[0]
        await pilot.press("n")
        assert screen.selected_id == ids[1]
        assert reader.selected_id == ids[1]
        assert screen.query_one(ClaimsList).highlighted_claim_id() == ids[1]
        await pilot.press("n", "n")  # stops at the last claim
        assert screen.selected_id == ids[2]
        await pilot.press("p")
        assert screen.selected_id == ids[1]
        await pilot.press("less_than_sign")
        assert screen.selected_id == ids[0]
        await pilot.press("greater_than_sign")
        assert screen.selected_id == ids[2]
        # the other way round: moving in the claims list moves the text's mark
        screen.query_one(ClaimsList).focus()
        await pilot.press("up")
        await pilot.pause()
        assert reader.selected_id == ids[1]
        await pilot.press("shift+tab")  # back to the text pane (on 80x24 it replaces the claims pane)
        await wait_until(lambda: app.focused is reader, pilot=pilot, what="the text pane to take the focus")
        marked = [line for line in visible_text(reader).splitlines() if line.startswith("▶")]
        assert marked and "troops were moved" in " ".join(marked)


@pytest.mark.parametrize("size", SIZES)
async def test_follow_conflict_and_come_back(make_data, extraction, size) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=size) as pilot:
        source = _by_text(extraction, "1,500 special")
        target = _by_text(extraction, "3,000 North Korean")
        app.open_claim(source.id)
        await pilot.pause()
        screen = app.main_screen
        xrefs = screen.query_one(XRefList)
        headers = option_texts(xrefs)
        assert headers[0].startswith("≠ conflicts (2)")
        assert "Kyiv Post" in headers[1] and "3,000 North Korean" in headers[1]
        assert "why: 1,500 vs about 3,000" in headers[1]
        assert xrefs.highlighted_target() == target.id
        screen.query_one(ClaimsList).focus()
        await pilot.press("enter")  # into the cross-references
        assert app.focused is xrefs
        await pilot.press("enter")  # follow
        await pilot.pause()
        assert screen.article.id == target.article_id
        assert screen.selected_id == target.id
        assert reader_of(app).selected_id == target.id
        await pilot.press("backspace")
        await pilot.pause()
        assert (screen.article.id, screen.selected_id) == (source.article_id, source.id)
        await pilot.press("alt+right")
        await pilot.pause()
        assert (screen.article.id, screen.selected_id) == (target.article_id, target.id)


async def test_claim_detail_shows_attribution_date_and_figures(make_data, extraction) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        claim = _by_text(extraction, "1,500 special")
        app.open_claim(claim.id)
        await pilot.pause()
        facts = str(app.main_screen.query_one("#claim-facts").render())
        assert "# quantity · asserted · 2024-10-18" in facts
        assert "Speaker: National Intelligence Service" in facts
        assert "Via: National Intelligence Service ← Seoul Daily" in facts
        assert "Figures: 1,500 (troops deployed)" in facts
        estimated = _by_text(extraction, "navy ships")
        app.open_claim(estimated.id)
        await pilot.pause()
        assert "≈2024-10" in str(app.main_screen.query_one("#claim-facts").render())


async def test_clicking_a_claim_in_the_text_selects_it(make_data, extraction) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()  # the text is laid out once the panes have their sizes
        denial = _by_text(extraction, "Pyongyang denied")
        reader = reader_of(app)
        line, _ = reader.claim_lines(denial)
        column = reader.line_text(line).index("Pyongyang") + 4 + 2
        await pilot.click(reader, offset=(column, line - int(reader.scroll_y)))
        assert app.main_screen.selected_id == denial.id
        assert app.main_screen.query_one(ClaimsList).highlighted_claim_id() == denial.id


async def test_articles_added_by_another_process_appear(make_data, extraction, tmp_path) -> None:
    from corpus.loader import article_id
    from corpus.model import Article, Extraction
    from store.corpus_db import CorpusDB

    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        current = app.main_screen.location
        body = "A later report said 4,000 more troops arrived.\n"
        later = Article(article_id(body), "Later report", "Wire", [], "2025-02", False, "later.txt", body)
        CorpusDB.open(tmp_path / "corpus.json").add(Extraction(articles=[later]))  # as `factscope add` would
        app.poll_changes()  # as the timer does: read in a worker, handed over as a message
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(option_texts(app.main_screen.query_one(SourcesList))) == 4
        assert app.main_screen.location == current  # the reader stays where it was


async def test_a_changed_corpus_is_read_off_the_ui_thread_into_a_new_snapshot(
    make_data, extraction, tmp_path, monkeypatch
) -> None:
    """The reload timer read the whole DB on the UI thread and changed the data in place."""
    import threading

    from corpus.loader import article_id
    from corpus.model import Article, Extraction
    from store.corpus_db import CorpusDB

    opened_in: list[threading.Thread] = []
    open_db = CorpusDB.open_part.__func__

    def recording_open(cls, *args, **kwargs):
        opened_in.append(threading.current_thread())
        return open_db(cls, *args, **kwargs)

    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        before = app.data
        count = len(before.corpus.articles())
        body = "A later report said 4,000 more troops arrived.\n"
        later = Article(article_id(body), "Later report", "Wire", [], "2025-02", False, "later.txt", body)
        CorpusDB.open(tmp_path / "corpus.json").add(Extraction(articles=[later]))
        monkeypatch.setattr(CorpusDB, "open_part", classmethod(recording_open))
        app.poll_changes()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert opened_in and threading.main_thread() not in opened_in
        assert app.data is not before and len(app.data.corpus.articles()) == count + 1
        assert len(before.corpus.articles()) == count  # the old snapshot is never changed


async def test_scrolling_the_text_moves_the_claim_selection(make_data, extraction) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 12)) as pilot:
        seoul = next(c for c in extraction.claims if "1,500 special" in c.text)
        app.open_claim(seoul.id)
        await pilot.pause()
        reader = reader_of(app)
        reader.focus()
        await pilot.press("end")  # an animated scroll, started after the next refresh: waited for, not paused
        screen, claims = app.main_screen, app.main_screen.query_one(ClaimsList)
        await wait_until(
            lambda: screen.selected_id != seoul.id and screen.selected_id in reader.visible_claim_ids(),
            pilot=pilot,
            what="the selection to move to a claim in the scrolled text",
        )
        await wait_until(
            lambda: claims.highlighted_claim_id() == screen.selected_id,
            pilot=pilot,
            what="the claims list to highlight the claim selected in the text",
        )


async def test_enter_in_the_text_follows_the_selected_claims_first_link(make_data, extraction) -> None:
    source = _by_text(extraction, "1,500 special")
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_claim(source.id)
        await pilot.pause()
        assert app.focused is reader_of(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.selected_id == _by_text(extraction, "3,000 North Korean").id
        await pilot.press("backspace")
        assert app.main_screen.selected_id == source.id
