"""Keys typed fast after the note key all go into the note (a terminal hands a burst over at once)."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.data import note_for
from tui.screens.note import NoteScreen


def _note_text(app: FactscopeApp) -> str | None:
    boxes = app.screen.query(TextArea) if isinstance(app.screen, NoteScreen) else None
    return boxes.first().text if boxes else None  # None too while the note screen composes


async def test_every_key_typed_fast_after_the_note_key_goes_into_the_note(make_data, extraction) -> None:
    """`a` then `check entities` in one burst: the first words went to the main screen (`e` opened
    the entities view over the note) while the note screen was composing."""
    claim = next(claim for claim in extraction.claims if "1,500 special" in claim.text)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_claim(claim.id)
        for _time in ("first", "again"):
            for typed in ("a", *"check", "space", *"entities"):
                app.post_message(events.Key(typed, " " if typed == "space" else typed))
            await wait_until(lambda: _note_text(app) == "check entities", pilot=pilot, what="the whole note")
            assert app.screen_stack[1:] == [app.screen]  # nothing opened over or under it
            await pilot.press("ctrl+s")
            await wait_until(lambda: app.screen is app.main_screen, pilot=pilot, what="the main screen")
            assert note_for(app.data.user, claim.id) == "check entities"  # on the claim that was open
            await pilot.press("a", "ctrl+a", "ctrl+k", "ctrl+s")  # emptied: deleted
            await wait_until(lambda: note_for(app.data.user, claim.id) is None, pilot=pilot, what="no note")
