"""Bookmarks and notes live in the user DB: they survive a restart, and a failed
save keeps what the user wrote and lets them retry."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, TextArea

from tests.tui.helpers import SIZES, option_texts
from tui.app import FactscopeApp
from tui.data import note_for, pending_note
from tui.screens.bookmarks import BookmarksScreen
from tui.screens.note import NoteScreen
from tui.widgets.claims import ClaimsList


def _claim(extraction, fragment):
    return next(claim for claim in extraction.claims if fragment in claim.text)


@pytest.mark.parametrize("size", SIZES)
async def test_bookmark_survives_restart(make_data, extraction, size) -> None:
    claim = _claim(extraction, "Pyongyang denied")
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=size) as pilot:
        app.open_claim(claim.id)
        await pilot.press("b")
        assert "★" in option_texts(app.main_screen.query_one(ClaimsList))[1]

    restarted = FactscopeApp(data=make_data())
    async with restarted.run_test(size=size) as pilot:
        assert restarted.data.user.is_bookmarked(claim.id)
        await pilot.press("B")
        assert isinstance(restarted.screen, BookmarksScreen)
        rows = option_texts(restarted.screen.query_one(OptionList))
        assert len(rows) == 1 and "Pyongyang denied" in rows[0]
        await pilot.press("enter")
        await pilot.pause()
        assert restarted.main_screen.selected_id == claim.id
        await pilot.press("b")  # toggles off
        assert not restarted.data.user.is_bookmarked(claim.id)
        await pilot.press("b", "B", "d")  # on again, then removed from the bookmarks list
        assert "No bookmarks or notes yet" in option_texts(restarted.screen.query_one(OptionList))[0]
        await pilot.press("escape")
        assert "★" not in option_texts(restarted.main_screen.query_one(ClaimsList))[1]


@pytest.mark.parametrize("size", SIZES)
async def test_note_survives_restart(make_data, extraction, size) -> None:
    claim = _claim(extraction, "1,500 special")
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=size) as pilot:
        app.open_claim(claim.id)
        await pilot.press("a")
        assert isinstance(app.screen, NoteScreen)
        await pilot.press(*"NIS?")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is app.main_screen

    restarted = FactscopeApp(data=make_data())
    async with restarted.run_test(size=(120, 40)) as pilot:
        restarted.open_claim(claim.id)
        await pilot.pause()
        assert "Note: NIS?" in str(restarted.main_screen.query_one("#claim-facts").render())
        assert "✎" in option_texts(restarted.main_screen.query_one(ClaimsList))[0]


async def test_failed_note_save_keeps_text_and_retries(make_data, extraction, disk_full) -> None:
    claim = _claim(extraction, "1,500 special")
    data = make_data()
    app = FactscopeApp(data=data)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_claim(claim.id)
        disk_full.on()
        await pilot.press("a")
        await pilot.press(*"keep me")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NoteScreen), "a failed save must not close the editor"
        assert "No space left on device" in str(app.screen.query_one("#note-error").render())
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main_screen
        assert note_for(data.user, claim.id) is None
        assert note_for(make_data().user, claim.id) is None  # nothing half-written on disk
        assert pending_note(data.user, claim.id) == "keep me"  # the user DB keeps it to retry
        disk_full.off()
        await pilot.press("a")  # reopens with the unsaved text
        assert app.screen.query_one(TextArea).text == "keep me"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert note_for(make_data().user, claim.id) == "keep me"
        assert pending_note(data.user, claim.id) is None


async def test_a_note_edited_after_a_failed_save_keeps_the_edit_and_escape_saves_it_once_it_can(
    make_data, extraction, disk_full
) -> None:
    """The text kept for a retry is the text in the box when it is closed, and the one
    place that keeps it is the user DB's pending writes."""
    claim = _claim(extraction, "1,500 special")
    data = make_data()
    app = FactscopeApp(data=data)
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_claim(claim.id)
        disk_full.on()
        await pilot.press("a", *"first", "ctrl+s")
        await pilot.press(*" and more", "escape")
        await pilot.pause()
        assert app.screen is app.main_screen
        assert pending_note(data.user, claim.id) == "first and more"
        assert "Note: first and more" in str(app.main_screen.query_one("#claim-facts").render())
        disk_full.off()
        await pilot.press("a", "escape")  # reopened unsaved: Escape tries once more, and saves
        await pilot.pause()
        assert note_for(make_data().user, claim.id) == "first and more"
        assert pending_note(data.user, claim.id) is None


async def test_failed_bookmark_is_reported_not_raised(make_data, extraction, disk_full) -> None:
    data = make_data()
    app = FactscopeApp(data=data)
    messages: list[str] = []
    notify = app.notify
    app.notify = lambda message, **options: (messages.append(message), notify(message, **options))  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        disk_full.on()
        await pilot.press("b")
        await pilot.pause()
        assert app.is_running and data.user.bookmarks() == []
        assert any("Bookmark not saved" in message and "retry" in message for message in messages)


async def test_failed_bookmark_names_the_retry_key_in_force(make_data, extraction, disk_full) -> None:
    data = make_data()
    app = FactscopeApp(data=data, keymap="vim")  # vim bookmarks with m, not b
    messages: list[str] = []
    notify = app.notify
    app.notify = lambda message, **options: (messages.append(message), notify(message, **options))  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        disk_full.on()
        await pilot.press("m")
        await pilot.pause()
        assert data.user.bookmarks() == []
        assert any("Bookmark not saved" in message and "Press m to retry" in message for message in messages)


async def test_a_bookmarked_claim_of_an_undated_article_says_undated(tmp_path) -> None:
    """Not "Outlet ·" with nothing after it: the word the other views use."""
    from corpus.loader import article_id
    from corpus.model import Article
    from tests.tui.corpus_fixture import app_data, sentence_claim

    body = "The ministry said 12 units were lost on Friday.\n"
    article = Article(article_id(body), "Units lost", "Example Wire", [], None, False, "u.txt", body)
    data = app_data(tmp_path / "corpus.json", [article], [sentence_claim("u0", article, body.strip())])
    data.user.add_bookmark("u0")
    app = FactscopeApp(data=data)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("B")
        await pilot.pause()
        rows = option_texts(app.screen.query_one(OptionList))
        assert len(rows) == 1 and "Example Wire · undated" in rows[0]
