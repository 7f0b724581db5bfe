"""Help is built from the keys in force, so a keymap change shows up in it."""

from __future__ import annotations

import pytest

from tests.tui.helpers import SIZES, palette_settled, screen_text
from tests.waiting import wait_until
from tui.app import FactscopeApp
from tui.commands import ALL_COMMANDS
from tui.screens.help import HelpScreen


def _keys_for(help_screen: HelpScreen, binding_id: str) -> str:
    return next(keys for found_id, keys, _title, _help in help_screen.rows if found_id == binding_id)


@pytest.mark.parametrize("size", SIZES)
async def test_help_lists_live_keys_and_follows_keymap_changes(make_data, size) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=size) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert _keys_for(app.screen, "claim.next") == "n"
        assert _keys_for(app.screen, "search.open") == "/"
        # (the help screen is painted a frame after it is pushed: on a loaded machine, after the asserts above)
        await wait_until(lambda: "Next claim" in screen_text(app), pilot=pilot, what="the help screen painted")
        await pilot.press("escape")
        assert app.screen is app.main_screen

        app.update_keymap({"claim.next": "j"})
        await pilot.press("question_mark")
        assert _keys_for(app.screen, "claim.next") == "j"
        await pilot.press("escape")
        before = app.main_screen.selected_id
        await pilot.press("j")
        assert app.main_screen.selected_id != before


def test_command_ids_are_unique_and_dotted() -> None:
    ids = [command.id for command in ALL_COMMANDS]
    assert len(ids) == len(set(ids))
    assert all("." in command_id for command_id in ids)
    required = {
        "search.open",
        "claim.next",
        "claim.prev",
        "claim.first",
        "claim.last",
        "xref.follow",
        "nav.back",
        "nav.forward",
        "pane.next",
        "view.figures",
        "view.timeline",
        "view.entities",
        "view.bookmarks",
        "bookmark.toggle",
        "note.edit",
        "help.show",
        "palette.open",
        "app.quit",
        "reader.page_down",
        "reader.page_up",
    }
    assert required <= set(ids)


async def test_every_main_command_action_exists(make_data) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)):
        for command in ALL_COMMANDS:
            action = command.action.split("(")[0]  # "step_xref(1)": the method is action_step_xref
            if command.scope == "app":
                assert hasattr(app, f"action_{action}"), command.id
            elif command.scope == "MainScreen":
                assert hasattr(app.main_screen, f"action_{action}"), command.id


async def test_palette_finds_a_claim_and_opens_it(make_data, extraction) -> None:
    target = next(claim for claim in extraction.claims if "Pyongyang denied" in claim.text)
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)) as pilot:
        app.open_claim(next(c.id for c in extraction.claims if "1,500" in c.text))
        await pilot.press("ctrl+p")
        await pilot.press(*"denied sending")
        await wait_until(lambda: palette_settled(app), pilot=pilot, what="the palette's hits")
        await pilot.press("enter")
        await pilot.pause()
        assert app.main_screen.selected_id == target.id
        await pilot.press("backspace")  # the palette jump went on the back stack
        assert app.main_screen.selected_id != target.id
