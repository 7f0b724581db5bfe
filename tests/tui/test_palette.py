"""The command palette says what it finds, closes with ctrl+g too, and offers no
command that fails on a server."""

from __future__ import annotations

from textual.command import CommandPalette

from tests.tui.helpers import screen_text
from tui.app import FactscopeApp


async def test_palette_says_what_it_finds_and_ctrl_g_closes_it(make_data) -> None:
    app = FactscopeApp(data=make_data(), keymap="emacs")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("alt+x")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert "Jump to an article, claim, entity or command" in screen_text(app)
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert not isinstance(app.screen, CommandPalette)


async def test_no_screenshot_command_that_needs_a_downloads_folder(make_data) -> None:
    app = FactscopeApp(data=make_data())
    async with app.run_test(size=(120, 40)):
        titles = [command.title for command in app.get_system_commands(app.screen)]
        assert "Screenshot" not in titles and "Quit" in titles
